"""A crash-safe TinyDB storage: atomic file replacement and a write-through copy in memory."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from store.interfaces import StoreError

Tables = dict[str, dict[str, Any]]


class CorruptFileError(StoreError):
    """A data file exists but cannot be read as a TinyDB database."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}; restore it from a backup or move it aside")
        self.path = path


def temp_path(path: Path) -> Path:
    """The one temp file a storage writes before renaming it over `path`."""
    return path.with_name(path.name + ".tmp")


def _sync_data(fd: int) -> None:
    """The file's contents (and its size) on disk; fdatasync skips timestamps nobody needs."""
    sync = getattr(os, "fdatasync", os.fsync)  # macOS and Windows have no fdatasync
    sync(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename or unlink in `folder` durable (the entry lives in the folder, not the file)."""
    # Windows cannot open a folder as a file and has no O_DIRECTORY; its renames are durable enough.
    if not hasattr(os, "O_DIRECTORY"):
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_file(path: Path) -> None:
    """Delete `path` (and a stray temp file of it) durably; a missing file is fine."""
    temp_path(path).unlink(missing_ok=True)
    path.unlink(missing_ok=True)
    fsync_dir(path.parent)


class AtomicStorage(Storage):
    """Writes a temp file, fsyncs it and renames it over the target, so a crash leaves either
    the old or the new file, never a half-written one.

    Only one process may use the files, and only one thread at a time per file: callers hold
    a lock per file. That is what makes the in-memory copy safe and reads free of parsing.
    """

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = Path(path)
        self._temp = temp_path(self.path)
        self._data: Tables | None = None
        self._loaded = False
        # A temp file only survives a crash between writing it and renaming it. The target
        # then still holds the last acknowledged state, so the temp file is garbage.
        self._temp.unlink(missing_ok=True)

    def read(self) -> Tables | None:
        # TinyDB reads the whole database before every operation; parsing the file each time
        # would make every turn cost as much as the file is big. We parse it once.
        if not self._loaded:
            self._data = self._load()
            self._loaded = True
        return self._data

    def write(self, data: Tables) -> None:
        try:
            self._replace(data)
        except BaseException:
            # TinyDB edits the dict we returned from read() in place before calling write().
            # If that state never reached the disk, forget it: the next read reloads the file.
            self._data = None
            self._loaded = False
            self._temp.unlink(missing_ok=True)
            raise
        self._data = data
        self._loaded = True

    def close(self) -> None:
        self._data = None
        self._loaded = False

    def _load(self) -> Tables | None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        # We never write an empty or partial file, so one means damage from outside; treating it
        # as an empty database (as TinyDB's JSONStorage does) would silently drop the data.
        try:
            data = json.loads(text)
        except ValueError as error:
            raise CorruptFileError(self.path, f"not valid JSON ({error})") from error
        if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
            raise CorruptFileError(
                self.path, "not a TinyDB database (expected tables of documents)"
            )
        return data

    def _replace(self, data: Tables) -> None:
        # Serialize first: a value that is not JSON must fail before any file is touched.
        # ASCII escapes keep a lone surrogate from a client's JSON from failing the UTF-8 write.
        text = json.dumps(data, separators=(",", ":"))
        with open(self._temp, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            _sync_data(handle.fileno())
        os.replace(self._temp, self.path)
        fsync_dir(self.path.parent)
