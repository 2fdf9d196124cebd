"""What only the TinyDB key-value store has: one file per key, restarts and damaged files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from store.atomic_storage import CorruptFileError, read_tables
from store.tinydb_kv import TinyDbKeyValueStore

KEY = "msteams/conversations/a:1/"


def key_path(data_dir: Path, key: str) -> Path:
    return data_dir / "state" / (hashlib.sha256(key.encode()).hexdigest() + ".json")


async def test_state_survives_a_restart_in_one_file_per_key(tmp_path: Path) -> None:
    store = TinyDbKeyValueStore(tmp_path)
    change = {"data": {"steg": "person"}}
    await store.write({KEY: change, "annan": {"n": 1}})
    await store.close()

    assert sorted((tmp_path / "state").iterdir()) == sorted(
        [key_path(tmp_path, KEY), key_path(tmp_path, "annan")]
    )
    on_disk = read_tables(key_path(tmp_path, KEY)) or {}
    assert on_disk["state"]["1"] == {"key": KEY, "item": change}
    assert (await TinyDbKeyValueStore(tmp_path).read([KEY]))[KEY] == change


async def test_delete_removes_the_file(tmp_path: Path) -> None:
    store = TinyDbKeyValueStore(tmp_path)
    await store.write({KEY: {"n": 1}})
    await store.delete([KEY])
    assert not key_path(tmp_path, KEY).exists()
    assert await TinyDbKeyValueStore(tmp_path).read([KEY]) == {}


async def test_stray_temp_files_are_removed_on_open(tmp_path: Path) -> None:
    await TinyDbKeyValueStore(tmp_path).write({KEY: {"n": 1}})
    path = key_path(tmp_path, KEY)
    strays = [path.with_name(path.name + ".tmp"), tmp_path / "state" / "abc.json.tmp"]
    for stray in strays:
        stray.write_text("{", encoding="utf-8")
    store = TinyDbKeyValueStore(tmp_path)
    assert not any(stray.exists() for stray in strays)
    assert (await store.read([KEY]))[KEY]["n"] == 1


async def test_a_damaged_file_is_an_error_naming_it(tmp_path: Path) -> None:
    await TinyDbKeyValueStore(tmp_path).write({KEY: {"n": 1}})
    key_path(tmp_path, KEY).write_text('{"state": {"1": ', encoding="utf-8")
    with pytest.raises(CorruptFileError, match=key_path(tmp_path, KEY).name):
        await TinyDbKeyValueStore(tmp_path).read([KEY])
