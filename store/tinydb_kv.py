"""Bot state in TinyDB files, one per key, so a write costs the same however many keys exist."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from pathlib import Path

from tinydb import TinyDB
from tinydb.table import Document, Table

from store.interfaces import StateItem
from store.rules import check_etag, json_copy, new_etag
from store.shards import ShardPool, replace_with

ITEMS = "state"
# Each file holds one document: the key (for whoever reads the files) and its item.
DOC_ID = 1


def key_file(key: str) -> str:
    """The file of a key: a hash, so no key (they contain user and channel ids) becomes a path."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest() + ".json"


def _table(db: TinyDB) -> Table:
    return db.table(ITEMS, cache_size=0)


def _item(db: TinyDB) -> StateItem | None:
    doc = _table(db).get(doc_id=DOC_ID)
    return None if doc is None else doc["item"]


def _put(db: TinyDB, key: str, item: StateItem) -> None:
    doc = {"key": key, "item": item}
    table = _table(db)
    if table.contains(doc_id=DOC_ID):
        table.update(replace_with(doc), doc_ids=[DOC_ID])
    else:
        table.insert(Document(doc, doc_id=DOC_ID))


class TinyDbKeyValueStore:
    """State documents in `<data_dir>/state/<sha256 of key>.json`, with e-tags."""

    def __init__(self, data_dir: Path, *, max_open: int = 1024) -> None:
        self._folder = data_dir / "state"
        self._folder.mkdir(parents=True, exist_ok=True)
        # Nothing has been written by this process yet, so every temp file is left from a crash.
        for stray in self._folder.glob("*.tmp"):
            stray.unlink(missing_ok=True)
        self._pool = ShardPool(max_open)

    async def read(self, keys: Iterable[str]) -> dict[str, StateItem]:
        """Copies of the stored documents among `keys`; missing keys are left out."""
        paths = {self._path(key): key for key in keys}

        def load(dbs: dict[Path, TinyDB]) -> dict[str, StateItem]:
            # Copied under the lock: the cached item must never reach the caller.
            items = {paths[path]: _item(db) for path, db in dbs.items()}
            return {key: json_copy(item) for key, item in items.items() if item is not None}

        return await self._pool.read_many(paths, load) if paths else {}

    async def write(self, changes: Mapping[str, StateItem]) -> None:
        """Write all `changes` or, if any e-tag is stale, none; give each a fresh e-tag."""
        if not changes:
            return
        copies = {key: json_copy(change) for key, change in changes.items()}
        etags = {key: new_etag() for key in changes}
        paths = {self._path(key): key for key in changes}

        def apply(dbs: dict[Path, TinyDB]) -> None:
            for path, key in paths.items():
                check_etag(key, _item(dbs[path]), copies[key])
            for path, key in paths.items():
                _put(dbs[path], key, {**copies[key], "e_tag": etags[key]})

        await self._pool.run_many(paths, apply)
        # The caller's dict gets the new e-tag, so saving it again in the same turn is no conflict.
        for key, etag in etags.items():
            changes[key]["e_tag"] = etag

    async def delete(self, keys: Iterable[str]) -> None:
        """Forget `keys` by deleting their files; a missing key is fine."""
        await self._pool.remove(self._path(key) for key in keys)

    async def close(self) -> None:
        """Let the writes in flight finish, then refuse new ones."""
        await self._pool.close()

    def _path(self, key: str) -> Path:
        return self._folder / key_file(key)
