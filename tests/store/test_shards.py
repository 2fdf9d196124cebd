"""ShardPool: one worker thread per file at a time, even when a caller is cancelled."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
from tinydb import TinyDB

from store.interfaces import StoreError
from store.shards import ShardPool


async def test_a_cancelled_caller_keeps_the_file_locked_until_its_thread_ends(
    tmp_path: Path,
) -> None:
    pool = ShardPool()
    path = tmp_path / "db.json"
    started, release = threading.Event(), threading.Event()
    order: list[str] = []

    def slow(db: TinyDB) -> None:
        started.set()
        release.wait(10)
        db.insert({"n": 1})
        order.append("slow")

    def fast(db: TinyDB) -> int:
        order.append("fast")
        return len(db)

    first = asyncio.create_task(pool.run(path, slow))
    await asyncio.to_thread(started.wait, 10)
    first.cancel()
    with pytest.raises(asyncio.CancelledError):
        await first
    second = asyncio.create_task(pool.run(path, fast))
    await asyncio.sleep(0.05)
    assert order == []
    release.set()
    assert await second == 1
    assert order == ["slow", "fast"]


async def test_close_waits_for_work_in_flight_and_refuses_more(tmp_path: Path) -> None:
    pool = ShardPool()
    path = tmp_path / "db.json"
    release = threading.Event()
    writing = asyncio.create_task(pool.run(path, lambda db: release.wait(10) and db.insert({})))
    await asyncio.sleep(0)
    closing = asyncio.create_task(pool.close())
    await asyncio.sleep(0.05)
    assert not closing.done()
    release.set()
    await closing
    assert await writing == 1
    with pytest.raises(StoreError):
        await pool.run(path, len)
