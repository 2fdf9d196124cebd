"""Reference counters: concurrent requests share one durable write, numbers set aside ahead."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest
from tinydb import TinyDB

from store.counters import BatchedCounters
from store.shards import ShardPool


class CountingFile:
    """The counters file behind a real ShardPool, counting the writes that reach it."""

    def __init__(self, path: Path, fail: int = 0) -> None:
        self.pool = ShardPool()
        self.path = path
        self.writes = 0
        self.fail = fail

    async def write(self, work: Callable[[TinyDB], dict[int, int]]) -> dict[int, int]:
        self.writes += 1
        if self.fail:
            self.fail -= 1
            raise OSError("disk full")
        return await self.pool.run(self.path, work)


async def test_fifty_at_once_get_fifty_numbers_in_a_few_writes(tmp_path: Path) -> None:
    file = CountingFile(tmp_path / "counters.json")
    counters = BatchedCounters(file.write)
    numbers = await asyncio.gather(*(counters.next(2026) for _ in range(50)))
    assert sorted(numbers) == list(range(1, 51))
    assert file.writes <= 3  # the first alone, then the ones that queued behind it
    assert await counters.next(2026) == 51
    assert await counters.next(2027) == 1


async def test_numbers_set_aside_are_handed_out_without_a_write(tmp_path: Path) -> None:
    file = CountingFile(tmp_path / "counters.json")
    counters = BatchedCounters(file.write, ahead=4)
    assert [await counters.next(2026) for _ in range(5)] == [1, 2, 3, 4, 5]
    assert file.writes == 1
    assert await counters.next(2026) == 6
    assert file.writes == 2


async def test_numbers_survive_a_restart_and_a_clean_close_gives_back_the_spare(
    tmp_path: Path,
) -> None:
    first = BatchedCounters(CountingFile(tmp_path / "counters.json").write)
    await asyncio.gather(*(first.next(2026) for _ in range(5)))
    await first.close()
    again = BatchedCounters(CountingFile(tmp_path / "counters.json").write)
    assert await again.next(2026) == 6


async def test_after_a_crash_no_number_is_handed_out_twice(tmp_path: Path) -> None:
    crashed = BatchedCounters(CountingFile(tmp_path / "counters.json").write, ahead=9)
    assert await crashed.next(2026) == 1  # 2-10 set aside, and the process dies
    again = BatchedCounters(CountingFile(tmp_path / "counters.json").write, ahead=9)
    assert await again.next(2026) == 11  # a gap of at most `ahead`


async def test_a_failed_write_fails_its_batch_and_hands_out_nothing(tmp_path: Path) -> None:
    file = CountingFile(tmp_path / "counters.json", fail=1)
    counters = BatchedCounters(file.write)
    results = await asyncio.gather(*(counters.next(2026) for _ in range(3)), return_exceptions=True)
    assert all(isinstance(result, OSError) for result in results)
    assert await counters.next(2026) == 1  # nothing was used up by the failed write


async def test_a_caller_that_gives_up_does_not_stop_the_others(tmp_path: Path) -> None:
    file = CountingFile(tmp_path / "counters.json")
    counters = BatchedCounters(file.write)
    impatient = asyncio.create_task(counters.next(2026))
    patient = asyncio.create_task(counters.next(2026))
    await asyncio.sleep(0)
    impatient.cancel()
    assert await patient in (1, 2)
    with pytest.raises(asyncio.CancelledError):
        await impatient


async def test_callers_waiting_for_a_cancelled_writer_are_not_left_hanging(
    tmp_path: Path,
) -> None:
    file = CountingFile(tmp_path / "counters.json")
    counters = BatchedCounters(file.write)
    first = asyncio.create_task(counters.next(2026))
    await asyncio.sleep(0)  # the writer has started on the first batch
    second = asyncio.create_task(counters.next(2026))  # waits for the next batch
    await asyncio.sleep(0)
    assert counters._writer is not None
    counters._writer.cancel()
    results = await asyncio.wait_for(
        asyncio.gather(first, second, return_exceptions=True), timeout=2
    )
    assert all(isinstance(result, BaseException) for result in results)
    assert await counters.next(2026) >= 1  # and the counter still works
