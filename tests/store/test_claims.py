"""Claims in the key-value store, against every backend: exactly one racing writer wins."""

from __future__ import annotations

import asyncio

from store.claims import GUARD_KEY, create_once, replace_if
from store.interfaces import KeyValueStore

KEY = "reminders/document/SAS-1/9.0"


async def test_the_first_create_wins_and_later_ones_do_not(kv_store: KeyValueStore) -> None:
    assert await create_once(kv_store, KEY, {"state": "pending"})
    assert not await create_once(kv_store, KEY, {"state": "other"})
    item = (await kv_store.read([KEY]))[KEY]
    assert item["state"] == "pending"


async def test_of_many_racing_creates_exactly_one_wins(kv_store: KeyValueStore) -> None:
    for round_ in range(3):
        key = f"{KEY}/{round_}"
        won = await asyncio.gather(*(create_once(kv_store, key, {"n": n}) for n in range(8)))
        # Even in the first round, where all of them find no guard and write one: whoever
        # wrote the guard last reads after every guard write, so one claim always succeeds.
        assert won.count(True) == 1
        assert not await create_once(kv_store, key, {"n": 100})


async def test_a_late_guard_write_cannot_let_a_second_claim_win(kv_store: KeyValueStore) -> None:
    assert await create_once(kv_store, KEY, {"state": "pending"})
    await kv_store.write({GUARD_KEY: {"purpose": "written again by a slow instance"}})
    assert not await create_once(kv_store, KEY, {"state": "again"})


async def test_replace_if_needs_the_current_etag(kv_store: KeyValueStore) -> None:
    await create_once(kv_store, KEY, {"state": "pending"})
    etag = (await kv_store.read([KEY]))[KEY]["e_tag"]
    newer = await replace_if(kv_store, KEY, etag, {"state": "sending"})
    assert newer is not None
    assert await replace_if(kv_store, KEY, etag, {"state": "stolen"}) is None
    assert await replace_if(kv_store, KEY, newer, {"state": "sent"}) is not None
    assert (await kv_store.read([KEY]))[KEY]["state"] == "sent"
