"""Per-year reference counters in one TinyDB file, with concurrent requests written together.

Every number handed out has been written (fsync'd) first. One write per request would put every
submission in a queue behind that single file: at fifty managers at once, most of a submit's
time went to waiting for the counter. Instead, requests that arrive while a write is running
wait for the next one, which takes them all: one write for the whole batch, numbered in order
of arrival. Each write also sets aside a few numbers more (`ahead`), which the next callers get
without waiting for the disk; a clean close writes back the ones not handed out. A number is
used up once written: a caller that gives up before its case is saved leaves a gap, as any
counter saved apart from the case does, and a process that dies leaves at most `ahead` more.
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


def give_back(db: TinyDB, unused: dict[int, tuple[int, int]]) -> dict[int, int]:
    """Lower each year's counter to the last number handed out, if it still ends the range."""
    table = db.table(REFERENCES, cache_size=0)
    for year, (first, last) in unused.items():
        this_year = Query().year == year
        found = table.get(this_year)
        if found is not None and int(found["last"]) == last:
            table.update({"last": first - 1}, this_year)
    return {}


class BatchedCounters:
    """`next(year)` gives that year's next number; concurrent calls share one durable write."""

    def __init__(self, write: Write, *, ahead: int = 9) -> None:
        self._write = write  # runs `reserve` on the counters file under its lock, in a thread
        self._ahead = ahead
        self._waiting: dict[int, list[asyncio.Future[int]]] = {}
        self._writer: asyncio.Task[None] | None = None
        # Per year, numbers written but not yet handed out: the next one and the last one.
        self._spare: dict[int, tuple[int, int]] = {}

    async def next(self, year: int) -> int:
        if year in self._spare and not self._waiting.get(year):
            return self._take(year)
        future: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(year, []).append(future)
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_batches())
        return await future

    async def _write_batches(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting, {}
            # Callers who queued behind the last write take its spare numbers first.
            for year, futures in list(batch.items()):
                while futures and year in self._spare:
                    future = futures.pop(0)
                    if not future.done():
                        future.set_result(self._take(year))
                if not futures:
                    del batch[year]
            if not batch:
                continue
            wanted = {year: len(futures) + self._ahead for year, futures in batch.items()}
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
                if self._ahead:  # the year had none to spare, or it would not be in the batch
                    start = first[year] + len(futures)
                    self._spare[year] = (start, start + self._ahead - 1)

    def _take(self, year: int) -> int:
        first, last = self._spare[year]
        if first < last:
            self._spare[year] = (first + 1, last)
        else:
            del self._spare[year]
        return first

    async def close(self) -> None:
        """Write back the numbers set aside and not handed out, so a restart goes on from them."""
        if self._writer is not None and not self._writer.done():
            await asyncio.shield(self._writer)
        unused, self._spare = self._spare, {}
        if unused:
            await self._write(functools.partial(give_back, unused=unused))


def _copy(error: BaseException) -> BaseException:
    return error if isinstance(error, Exception) else RuntimeError(repr(error))
