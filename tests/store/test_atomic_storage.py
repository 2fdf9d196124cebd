"""AtomicStorage: atomic replacement, the write-through copy, and loud failures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tinydb import TinyDB

from store.atomic_storage import AtomicStorage, CorruptFileError, temp_path


def open_db(path: Path) -> TinyDB:
    return TinyDB(path, storage=AtomicStorage)


def test_writes_valid_json_and_reads_it_back_after_reopening(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    db = open_db(path)
    for n in range(3):
        db.insert({"n": n, "namn": "Åsa"})
        assert len(json.loads(path.read_text(encoding="utf-8"))["_default"]) == n + 1
    assert [doc["n"] for doc in open_db(path).all()] == [0, 1, 2]
    assert not temp_path(path).exists()


def test_reading_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    assert open_db(path).all() == []
    assert not path.exists()


def test_reads_use_the_copy_in_memory(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    db = open_db(path)
    db.insert({"n": 1})
    path.write_text("inte json", encoding="utf-8")
    assert db.all() == [{"n": 1}]


def test_a_failed_write_leaves_file_and_memory_as_before(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    db = open_db(path)
    db.insert({"n": 1})
    before = path.read_bytes()
    with pytest.raises(TypeError):
        db.insert({"n": object()})
    assert path.read_bytes() == before
    assert db.all() == [{"n": 1}]
    assert not temp_path(path).exists()


def test_a_stray_temp_file_is_removed_on_open(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    open_db(path).insert({"n": 1})
    temp_path(path).write_text('{"_default": {"1": {"n": 2', encoding="utf-8")
    db = open_db(path)
    assert not temp_path(path).exists()
    assert db.all() == [{"n": 1}]


@pytest.mark.parametrize("content", ["", '{"_default": {"1": {"n"', "[1, 2]", '{"t": 3}'])
def test_a_damaged_file_is_an_error_naming_it(tmp_path: Path, content: str) -> None:
    path = tmp_path / "db.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorruptFileError, match=str(path)):
        open_db(path).all()


def test_text_that_is_not_valid_utf8_is_stored_anyway(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    open_db(path).insert({"namn": "Åsa \ud800"})
    assert open_db(path).all() == [{"namn": "Åsa \ud800"}]
