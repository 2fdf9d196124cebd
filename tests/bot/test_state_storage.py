"""botbuilder's Storage over our key-value stores: dialog state round-trips, e-tags hold."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from botbuilder.dialogs import DialogInstance, DialogState

from bot.locks import KeyedLocks
from bot.state_storage import KeyValueBotStorage
from store.memory import MemoryKeyValueStore
from store.tinydb_kv import TinyDbKeyValueStore


@pytest.fixture(params=["memory", "tinydb"])
def storage(request: pytest.FixtureRequest, tmp_path: Path) -> KeyValueBotStorage:
    if request.param == "memory":
        return KeyValueBotStorage(MemoryKeyValueStore())
    return KeyValueBotStorage(TinyDbKeyValueStore(tmp_path))


def dialog_state() -> DialogState:
    instance = DialogInstance()
    instance.id = "NewAccessDialog"
    instance.state = {"values": {"case_id": "abc"}, "stepIndex": 4}
    return DialogState([instance])


async def test_dialog_state_round_trips(storage: KeyValueBotStorage) -> None:
    await storage.write({"conv/1": {"DialogState": dialog_state()}})
    item = (await storage.read(["conv/1"]))["conv/1"]
    restored = item["DialogState"]
    assert isinstance(restored, DialogState)
    assert restored.dialog_stack[0].id == "NewAccessDialog"
    assert restored.dialog_stack[0].state["values"] == {"case_id": "abc"}
    assert item["e_tag"]


async def test_stale_e_tag_is_rejected_and_own_write_is_not(storage: KeyValueBotStorage) -> None:
    await storage.write({"conv/1": {"n": 1}})
    first = (await storage.read(["conv/1"]))["conv/1"]
    second = (await storage.read(["conv/1"]))["conv/1"]
    first["n"] = 2
    await storage.write({"conv/1": first})
    await storage.write({"conv/1": first})  # the same turn saving twice is fine
    second["n"] = 3
    with pytest.raises(KeyError):
        await storage.write({"conv/1": second})
    assert (await storage.read(["conv/1"]))["conv/1"]["n"] == 2


async def test_read_of_nothing_and_delete(storage: KeyValueBotStorage) -> None:
    assert await storage.read([]) == {}
    await storage.write({"k": {"x": 1}})
    await storage.delete(["k", "missing"])
    assert await storage.read(["k"]) == {}


async def test_keyed_locks_serialize_one_key_and_clean_up() -> None:
    locks = KeyedLocks()
    order: list[str] = []

    async def turn(name: str, key: str) -> None:
        async with locks.hold(key):
            order.append(f"{name}+")
            await asyncio.sleep(0.01)
            order.append(f"{name}-")

    await asyncio.gather(turn("a", "k"), turn("b", "k"), turn("c", "other"))
    assert order.index("a-") < order.index("b+")
    assert len(locks) == 0
