"""The KeyValueStore contract, run against every backend in conftest.KV_BACKENDS."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from store.interfaces import ConflictError, KeyValueStore

KEY = "msteams/conversations/a:1/"
OTHER_KEY = "msteams/users/29:x/"


def state(**fields: Any) -> dict[str, Any]:
    return {"data": {"dialog_stack": [{"id": "main", "values": {"steg": 1}}], **fields}}


class TestKeyValueStoreContract:
    async def test_read_of_missing_keys_is_empty(self, kv_store: KeyValueStore) -> None:
        assert await kv_store.read([KEY, OTHER_KEY]) == {}
        assert await kv_store.read([]) == {}

    async def test_write_then_read_returns_the_document_with_an_etag(
        self, kv_store: KeyValueStore
    ) -> None:
        await kv_store.write({KEY: state(name="Åsa")})
        items = await kv_store.read([KEY, OTHER_KEY])
        assert list(items) == [KEY]
        etag = items[KEY].pop("e_tag")
        assert isinstance(etag, str)
        assert etag
        assert items[KEY] == state(name="Åsa")

    async def test_write_puts_the_fresh_etag_into_the_change(self, kv_store: KeyValueStore) -> None:
        change = state()
        await kv_store.write({KEY: change})
        first = change["e_tag"]
        assert (await kv_store.read([KEY]))[KEY]["e_tag"] == first
        # Saving the same dict again in one turn does not conflict with itself.
        change["data"]["more"] = True
        await kv_store.write({KEY: change})
        assert change["e_tag"] != first
        assert (await kv_store.read([KEY]))[KEY] == change

    async def test_stale_etag_is_rejected(self, kv_store: KeyValueStore) -> None:
        await kv_store.write({KEY: state()})
        mine = (await kv_store.read([KEY]))[KEY]
        theirs = (await kv_store.read([KEY]))[KEY]
        await kv_store.write({KEY: {**theirs, "vinnare": "de"}})
        with pytest.raises(ConflictError):
            await kv_store.write({KEY: {**mine, "vinnare": "jag"}})
        assert (await kv_store.read([KEY]))[KEY]["vinnare"] == "de"

    async def test_star_etag_always_writes(self, kv_store: KeyValueStore) -> None:
        await kv_store.write({KEY: {"e_tag": "*", "n": 1}})
        await kv_store.write({KEY: {"e_tag": "*", "n": 2}})
        item = (await kv_store.read([KEY]))[KEY]
        assert item["n"] == 2
        assert item["e_tag"] != "*"

    async def test_etag_for_a_missing_key_is_rejected(self, kv_store: KeyValueStore) -> None:
        with pytest.raises(ConflictError):
            await kv_store.write({KEY: {"e_tag": "gammal", "n": 1}})
        assert await kv_store.read([KEY]) == {}

    async def test_change_without_etag_overwrites(self, kv_store: KeyValueStore) -> None:
        await kv_store.write({KEY: {"n": 1}})
        await kv_store.write({KEY: {"n": 2}})
        assert (await kv_store.read([KEY]))[KEY]["n"] == 2

    async def test_one_stale_etag_writes_none_of_the_changes(self, kv_store: KeyValueStore) -> None:
        await kv_store.write({KEY: {"n": 1}})
        with pytest.raises(ConflictError):
            await kv_store.write({OTHER_KEY: {"n": 1}, KEY: {"e_tag": "gammal", "n": 2}})
        assert await kv_store.read([OTHER_KEY]) == {}
        assert (await kv_store.read([KEY]))[KEY]["n"] == 1

    async def test_reads_and_writes_are_copies(self, kv_store: KeyValueStore) -> None:
        change = state()
        await kv_store.write({KEY: change})
        change["data"]["dialog_stack"].clear()
        first = await kv_store.read([KEY])
        first[KEY]["data"]["dialog_stack"][0]["values"]["steg"] = 99
        again = await kv_store.read([KEY])
        assert again[KEY]["data"] == state()["data"]

    async def test_values_must_be_json(self, kv_store: KeyValueStore) -> None:
        with pytest.raises(TypeError):
            await kv_store.write({KEY: {"when": object()}})
        assert await kv_store.read([KEY]) == {}

    async def test_delete_forgets_and_ignores_missing_keys(self, kv_store: KeyValueStore) -> None:
        await kv_store.write({KEY: {"n": 1}, OTHER_KEY: {"n": 2}})
        await kv_store.delete([KEY, "finns-inte"])
        assert list(await kv_store.read([KEY, OTHER_KEY])) == [OTHER_KEY]
        await kv_store.write({KEY: {"n": 3}})
        assert (await kv_store.read([KEY]))[KEY]["n"] == 3

    async def test_concurrent_writes_with_one_etag_let_exactly_one_win(
        self, kv_store: KeyValueStore
    ) -> None:
        await kv_store.write({KEY: {"n": 0}})
        etag = (await kv_store.read([KEY]))[KEY]["e_tag"]
        changes = [{KEY: {"e_tag": etag, "n": n}} for n in range(1, 21)]
        results = await asyncio.gather(
            *(kv_store.write(change) for change in changes), return_exceptions=True
        )
        assert results.count(None) == 1
        assert all(isinstance(r, ConflictError) for r in results if r is not None)
        winner = changes[results.index(None)][KEY]
        assert (await kv_store.read([KEY]))[KEY] == winner
