"""python -m store.dump: the JSON a data file holds, and a clear error for a file it cannot read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tinydb import TinyDB

from store.atomic_storage import AtomicStorage
from store.dump import main


def test_prints_the_current_copy_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "db.json"
    db = TinyDB(path, storage=AtomicStorage)
    db.insert({"namn": "Åsa"})
    db.update({"namn": "Åsa Ändrad"}, doc_ids=[1])
    assert main([str(path)]) == 0
    assert json.loads(capsys.readouterr().out) == {"_default": {"1": {"namn": "Åsa Ändrad"}}}


def test_a_damaged_or_missing_file_is_an_error_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = tmp_path / "trasig.json"
    damaged.write_bytes(b"\x00" * 8192)
    assert main([str(damaged), str(tmp_path / "saknas.json")]) == 1
    errors = capsys.readouterr().err
    assert "trasig.json" in errors
    assert "saknas.json: no such file" in errors
