"""Per-year reference counters in one TinyDB file, with concurrent requests written together.

Every number handed out has been written (fsync'd) first. One write per request would put every
submission in a queue behind that single file: at fifty managers at once, most of a submit's
time went to waiting for the counter. Instead, requests that arrive while a write is running
wait for the next one, which takes them all: one write for the whole batch, numbered in order
of arrival. A number is used up once written: a caller that gives up (or a process that dies)
before its case is saved leaves a gap, as any counter saved apart from the case does.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from typing import Any

from tinydb import Query, TinyDB

REFERENCES = "references"

Write = Callable[[Callable[[TinyDB], dict[int, int]]], Coroutine[Any, Any, dict[int, int]]]


def reserve(db: TinyDB, wanted: dict[int, int]) -> dict[int, int]:
    """Raise each year's counter by the number wanted; returns each year's first new number."""
    table = db.table(REFERENCES, cache_size=0)
    first: dict[int, int] = {}
    for year, count in wanted.items():
        this_year = Query().year == year
        found = table.get(this_year)
        last = 0 if found is None else int(found["last"])
        first[year] = last + 1
        if found is None:
            table.insert({"year": year, "last": last + count})
        else:
            table.update({"last": last + count}, this_year)
    return first


class BatchedCounters:
    """`next(year)` gives that year's next number; concurrent calls share one durable write."""

    def __init__(self, write: Write) -> None:
        self._write = write  # runs `reserve` on the counters file under its lock, in a thread
        self._waiting: dict[int, list[asyncio.Future[int]]] = {}
        self._writer: asyncio.Task[None] | None = None

    async def next(self, year: int) -> int:
        future: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(year, []).append(future)
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_batches())
        return await future

    async def _write_batches(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting, {}
            wanted = {year: len(futures) for year, futures in batch.items()}
            try:
                first = await self._write(functools.partial(reserve, wanted=wanted))
            except BaseException as error:
                for futures in batch.values():
                    for future in futures:
                        if not future.done():
                            future.set_exception(_copy(error))
                if isinstance(error, asyncio.CancelledError):
                    # Nobody is left to write the next batch: its callers must not wait forever.
                    left, self._waiting = self._waiting, {}
                    for futures in left.values():
                        for future in futures:
                            future.cancel()
                    raise
                continue
            for year, futures in batch.items():
                for offset, future in enumerate(futures):
                    if not future.done():  # a caller that gave up leaves its number unused
                        future.set_result(first[year] + offset)


def _copy(error: BaseException) -> BaseException:
    return error if isinstance(error, Exception) else RuntimeError(repr(error))
