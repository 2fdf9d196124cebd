"""AtomicStorage: two checksummed slots, rebuilds, the write-through copy, and loud failures."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from tinydb import TinyDB

from store import atomic_storage
from store.atomic_storage import AtomicStorage, CorruptFileError, read_tables, temp_path


def open_db(path: Path) -> TinyDB:
    return TinyDB(path, storage=AtomicStorage)


def test_every_write_is_on_disk_and_read_back_after_reopening(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    db = open_db(path)
    for n in range(3):
        db.insert({"n": n, "namn": "Åsa"})
        assert len((read_tables(path) or {})["_default"]) == n + 1
    assert [doc["n"] for doc in open_db(path).all()] == [0, 1, 2]
    assert not temp_path(path).exists()


def test_writes_that_fit_overwrite_the_file_in_place(tmp_path: Path) -> None:
    # No new file and no rename: the write changes no metadata, so it needs no journal commit.
    path = tmp_path / "db.json"
    db = open_db(path)
    db.insert({"n": 0})
    before = os.stat(path)
    for n in range(1, 20):
        db.insert({"n": n})
    after = os.stat(path)
    assert (after.st_ino, after.st_size) == (before.st_ino, before.st_size)
    assert len(open_db(path).all()) == 20


def test_a_database_that_outgrows_its_slots_is_rebuilt_with_room(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    db = open_db(path)
    db.insert({"n": 0})
    small = os.stat(path).st_size
    db.insert({"text": "x" * 10_000})
    assert os.stat(path).st_size > small
    assert not temp_path(path).exists()
    assert open_db(path).all() == [{"n": 0}, {"text": "x" * 10_000}]


def damage_copies(path: Path, *, both: bool = False) -> None:
    """What a power cut in the middle of a write leaves: the slot being written is torn."""
    raw = bytearray(path.read_bytes())
    half = len(raw) // 2
    # The newest copy is the one with the higher sequence number (bytes 8-16 of each slot).
    newest = max((0, half), key=lambda start: int.from_bytes(raw[start + 8 : start + 16], "little"))
    for start in (0, half) if both else (newest,):
        raw[start + 40 : start + 48] = b"\xff" * 8
    path.write_bytes(bytes(raw))


def test_a_torn_write_leaves_the_state_before_it(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    db = open_db(path)
    for n in range(3):
        db.insert({"n": n})
    damage_copies(path)
    assert [doc["n"] for doc in open_db(path).all()] == [0, 1]
    reopened = open_db(path)
    reopened.insert({"n": 9})  # goes to the torn slot; the good one is kept
    assert [doc["n"] for doc in open_db(path).all()] == [0, 1, 9]


def test_both_copies_damaged_is_an_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    db = open_db(path)
    db.insert({"n": 0})
    db.insert({"n": 1})
    damage_copies(path, both=True)
    with pytest.raises(CorruptFileError, match="neither of its two copies"):
        open_db(path).all()


def test_a_file_of_an_earlier_version_is_read_and_rebuilt_at_its_first_write(
    tmp_path: Path,
) -> None:
    path = tmp_path / "db.json"
    path.write_text(json.dumps({"_default": {"1": {"namn": "Åsa"}}}), encoding="utf-8")
    db = open_db(path)
    assert db.all() == [{"namn": "Åsa"}]
    db.insert({"n": 2})
    assert not path.read_bytes().startswith(b"{")
    assert open_db(path).all() == [{"namn": "Åsa"}, {"n": 2}]


def test_start_fresh_leaves_nothing_removed_in_either_copy(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    db = open_db(path)
    db.insert({"namn": "Kvar"})
    db.insert({"namn": "Bo Borttagen", "pnr": "19800101-1234"})
    db.insert({"namn": "Också kvar"})
    storage = db.storage
    assert isinstance(storage, AtomicStorage)
    storage.start_fresh()
    db.remove(doc_ids=[2])
    assert b"Borttagen" not in path.read_bytes()
    assert b"19800101" not in path.read_bytes()
    assert [doc["namn"] for doc in open_db(path).all()] == ["Kvar", "Också kvar"]
    db.insert({"namn": "Ny"})  # and the writes after it go in place again
    assert len(open_db(path).all()) == 3


def test_a_shorter_state_leaves_no_tail_of_a_longer_one(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    db = open_db(path)
    db.insert({"namn": "Kvar"})
    db.insert({"namn": "Bo Borttagen"})
    db.remove(doc_ids=[2])  # the last document: the shorter state ends before its text
    db.update({"namn": "Kvar igen"}, doc_ids=[1])  # the other copy rewritten too
    assert b"Borttagen" not in path.read_bytes()


def test_after_a_failed_write_the_state_before_it_is_read_and_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Linux: when the sync of an O_DSYNC write fails, the bytes may still be in the page
    # cache and read back as a complete copy. They never reached the disk: they must not count.
    path = tmp_path / "db.json"
    db = open_db(path)
    db.insert({"n": 1})
    db.insert({"n": 2})
    real_write_at = atomic_storage._write_at

    def written_then_failed(fd: int, data: bytes, offset: int) -> None:
        real_write_at(fd, data, offset)
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic_storage, "_write_at", written_then_failed)
    with pytest.raises(OSError, match="Input/output error"):
        db.insert({"n": 3})
    monkeypatch.setattr(atomic_storage, "_write_at", real_write_at)
    assert [doc["n"] for doc in db.all()] == [1, 2]
    db.insert({"n": 4})
    assert [doc["n"] for doc in open_db(path).all()] == [1, 2, 4]


def test_writes_work_without_pwrite_as_on_windows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(os, "pwrite")
    path = tmp_path / "db.json"
    db = open_db(path)
    for n in range(3):
        db.insert({"n": n})
    assert [doc["n"] for doc in open_db(path).all()] == [0, 1, 2]


def test_an_earlier_versions_file_of_a_slot_like_size_is_read_as_json(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    text = json.dumps({"_default": {"1": {"n": 1}}})
    path.write_text(text.ljust(8192), encoding="utf-8")  # JSON allows trailing spaces
    assert open_db(path).all() == [{"n": 1}]


@pytest.mark.parametrize(
    "content", ["", '{"_default": {"1": {"n"', "[1, 2]", '{"t": 3}', "x" * 8192]
)
def test_a_damaged_file_is_an_error_naming_it(tmp_path: Path, content: str) -> None:
    path = tmp_path / "db.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorruptFileError, match=str(path)):
        open_db(path).all()


def test_text_that_is_not_valid_utf8_is_stored_anyway(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    open_db(path).insert({"namn": "Åsa \ud800"})
    assert open_db(path).all() == [{"namn": "Åsa \ud800"}]
