"""Open TinyDB files by path, each behind its own asyncio lock, with a bounded set kept open."""

from __future__ import annotations

import asyncio
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar, cast

from tinydb import TinyDB

from store.atomic_storage import AtomicStorage, remove_file
from store.interfaces import StoreError

T = TypeVar("T")


def replace_with(new: Mapping[str, Any]) -> Callable[[Mapping[str, Any]], None]:
    """A TinyDB update that replaces the whole document (a plain update() merges keys)."""

    def apply(doc: Mapping[str, Any]) -> None:
        target = cast(dict[str, Any], doc)
        target.clear()
        target.update(new)

    return apply


class ShardPool:
    """Runs blocking TinyDB work in a worker thread while holding the lock of every file it uses.

    TinyDB is not thread-safe; the lock per file guarantees one thread per file at a time.
    Files stay open (with their parsed copy) in a least-recently-used set of `max_open`, so the
    memory used does not grow with the number of files ever touched.
    """

    def __init__(self, max_open: int = 256) -> None:
        self._max_open = max_open
        self._open: OrderedDict[Path, TinyDB] = OrderedDict()
        # Worker threads for different files touch `_open` at the same time.
        self._guard = threading.Lock()
        # A lock lives as long as a task holds or waits for it; idle keys cost nothing.
        self._locks: weakref.WeakValueDictionary[Path, asyncio.Lock] = weakref.WeakValueDictionary()
        self._closed = False

    async def run(self, path: Path, work: Callable[[TinyDB], T]) -> T:
        """Run `work` on the database at `path` in a thread while holding its lock."""
        return await self.run_many([path], lambda dbs: work(dbs[path]))

    async def read(self, path: Path, work: Callable[[TinyDB], T]) -> T:
        """Run read-only `work` in the event loop while holding the file's lock.

        Reads are served from the parsed copy kept in memory, so a hop to a worker thread would
        cost more than the read; the lock still keeps any writer's thread off the file.
        """
        return await self.read_many([path], lambda dbs: work(dbs[path]))

    async def read_many(self, paths: Iterable[Path], work: Callable[[dict[Path, TinyDB]], T]) -> T:
        """`read` over several files, holding all their locks (taken in path order)."""
        ordered = sorted(set(paths))
        taken: list[asyncio.Lock] = []
        try:
            for path in ordered:
                lock = self._lock(path)
                await lock.acquire()
                taken.append(lock)
            if self._closed:
                raise StoreError("the store is closed")
            return work({path: self._db(path) for path in ordered})
        finally:
            for lock in taken:
                lock.release()

    async def run_many(self, paths: Iterable[Path], work: Callable[[dict[Path, TinyDB]], T]) -> T:
        """Run `work` on several databases at once, holding all their locks (a consistent view)."""
        ordered = sorted(set(paths))
        return await self._in_thread(ordered, lambda: work({p: self._db(p) for p in ordered}))

    async def remove(self, paths: Iterable[Path]) -> None:
        """Delete the files at `paths` durably and forget their open databases."""
        ordered = sorted(set(paths))

        def forget_and_delete() -> None:
            for path in ordered:
                self.discard(path)

        await self._in_thread(ordered, forget_and_delete)

    def discard(self, path: Path) -> None:
        """Delete the file at `path` durably and forget its open database.

        Only for `work` running under the file's lock (`run`, `run_many`): it lets a change and
        the removal of the file it emptied happen as one step that no other writer can split.
        """
        with self._guard:
            self._open.pop(path, None)
        remove_file(path)

    async def close(self) -> None:
        """Wait for the work in flight to finish, then refuse more and drop the open files."""
        self._closed = True
        for lock in list(self._locks.values()):
            async with lock:
                pass
        with self._guard:
            self._open.clear()

    async def _in_thread(self, ordered: list[Path], call: Callable[[], T]) -> T:
        locks = [self._lock(path) for path in ordered]
        taken: list[asyncio.Lock] = []
        try:
            # Always locking in path order means two multi-file calls cannot deadlock.
            for lock in locks:
                await lock.acquire()
                taken.append(lock)
            if self._closed:
                raise StoreError("the store is closed")
        except BaseException:
            for lock in taken:
                lock.release()
            raise
        future = asyncio.get_running_loop().run_in_executor(None, call)

        def release(_: object = None) -> None:
            for lock in locks:
                lock.release()
            if future.done() and not future.cancelled():
                future.exception()  # retrieved, so an orphaned failure is not logged as lost

        try:
            return await asyncio.shield(future)
        finally:
            # A thread cannot be cancelled: if our caller was, the thread still runs, so the
            # locks wait for the thread. Otherwise they are released before our caller resumes,
            # so it can update what it keeps in memory before anyone else sees the file.
            if future.done():
                release()
            else:
                future.add_done_callback(release)

    def _lock(self, path: Path) -> asyncio.Lock:
        lock = self._locks.get(path)
        if lock is None:
            lock = self._locks[path] = asyncio.Lock()
        return lock

    def _db(self, path: Path) -> TinyDB:
        with self._guard:
            db = self._open.pop(path, None)
            if db is None:
                db = TinyDB(path, storage=AtomicStorage)
            self._open[path] = db
            # An evicted database is only dropped, not closed: a thread may still be using it,
            # and it holds no file handle. Its file is complete on disk, so reopening is safe.
            while len(self._open) > self._max_open:
                self._open.popitem(last=False)
        return db
