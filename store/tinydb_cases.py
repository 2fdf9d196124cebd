"""Cases in TinyDB files, one per owner, so a write costs the same however many cases exist."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple, cast

from tinydb import Query, TinyDB
from tinydb.table import Table

from store.atomic_storage import AtomicStorage, CorruptFileError, temp_path
from store.counters import BatchedCounters
from store.interfaces import ConflictError
from store.models import Case, CaseStatus
from store.rules import (
    as_stored,
    check_new,
    check_save,
    check_version,
    format_reference,
    newest_first,
    oldest_first,
)
from store.shards import ShardPool, replace_with

CASES = "cases"


def shard_name(aad_object_id: str) -> str:
    """The file of an owner's cases: a hash, so no user input ever becomes a path."""
    return hashlib.sha256(aad_object_id.encode("utf-8")).hexdigest()[:20] + ".json"


class _Entry(NamedTuple):
    shard: Path
    status: CaseStatus
    pending: bool  # the case has deliveries waiting in its outbox


def _cases(db: TinyDB) -> Table:
    # No query cache: it would keep a second reference to documents we replace in place.
    return db.table(CASES, cache_size=0)


def _find(db: TinyDB, case_id: str) -> Case | None:
    doc = _cases(db).get(Query().id == case_id)
    return None if doc is None else Case.model_validate(doc)


class TinyDbCaseStore:
    """Cases in `<data_dir>/cases/<hash of owner>.json`, reference counters in `counters.json`.

    An index from case id to file and status is built at first use by reading every file once
    and then kept in memory: we are the only process writing these files.
    """

    def __init__(self, data_dir: Path, *, max_open: int = 256) -> None:
        self._folder = data_dir / "cases"
        self._folder.mkdir(parents=True, exist_ok=True)
        self._counters = data_dir / "counters.json"
        self._pool = ShardPool(max_open)
        self._references = BatchedCounters(lambda work: self._pool.run(self._counters, work))
        self._index: dict[str, _Entry] | None = None
        self._index_lock = asyncio.Lock()

    async def create(self, case: Case) -> Case:
        """Store a new case (version 0) and return it as stored (version 1)."""
        check_new(case)
        index = await self._ensure_index()
        if case.id in index:
            raise ConflictError(f"case {case.id} already exists")
        shard = self._shard(case.owner.aad_object_id)
        # Claim the id before the first await, so a concurrent create of it fails above.
        index[case.id] = _Entry(shard, case.status, bool(case.outbox))
        doc = as_stored(case, 1)
        stored = Case.model_validate(doc)
        try:
            await self._pool.run(shard, lambda db: _cases(db).insert(doc))
        except Exception:
            # Not on cancellation: the worker thread goes on and will most likely store the case.
            del index[case.id]
            raise
        return stored

    async def get(self, case_id: str) -> Case | None:
        """The case with this id, or None."""
        entry = (await self._ensure_index()).get(case_id)
        if entry is None:
            return None
        return await self._pool.read(entry.shard, lambda db: _find(db, case_id))

    async def save(self, case: Case) -> Case:
        """Store `case` if nobody saved it since it was read; return it as stored."""
        index = await self._ensure_index()
        entry = index.get(case.id)
        if entry is None:
            raise KeyError(case.id)
        doc = as_stored(case, case.version + 1)
        stored = Case.model_validate(doc)

        def replace(db: TinyDB) -> None:
            # The version check and the write happen under the file's lock, so they are atomic.
            check_save(_find(db, case.id), case)
            _cases(db).update(replace_with(doc), Query().id == case.id)
            # Updated here, not after the await, so a cancelled caller cannot leave the index
            # behind the file. Replacing a value is atomic; the event loop only reads entries.
            index[case.id] = _Entry(entry.shard, stored.status, bool(stored.outbox))

        await self._pool.run(entry.shard, replace)
        return stored

    async def delete(self, case_id: str, version: int) -> bool:
        """Remove the case if it is still at `version`; the owner's file goes with her last case."""
        index = await self._ensure_index()
        entry = index.get(case_id)
        if entry is None:
            return False

        def remove(db: TinyDB) -> bool:
            found = _cases(db).get(Query().id == case_id)
            if found is None:
                return False
            check_version(case_id, int(found["version"]), version)
            if len(_cases(db)) == 1:
                # The file is named by a hash of the owner's id: with her last case it goes too.
                self._pool.discard(entry.shard)
                return True
            # A new file renamed over the old one: the removed case stays in neither copy.
            cast(AtomicStorage, db.storage).start_fresh()
            _cases(db).remove(Query().id == case_id)
            return True

        removed = await self._pool.run(entry.shard, remove)
        # Dropped in the event loop, which iterates the index. Should a cancelled caller skip
        # this, the stale entry only makes reads look into a file that no longer holds the case.
        index.pop(case_id, None)
        return removed

    async def list_by_owner(self, aad_object_id: str) -> list[Case]:
        """The owner's cases, newest first."""
        await self._ensure_index()
        shard = self._shard(aad_object_id)
        cases = await self._pool.read(shard, lambda db: _all(_cases(db).all()))
        return newest_first(case for case in cases if case.owner.aad_object_id == aad_object_id)

    async def list_by_status(self, statuses: Iterable[CaseStatus]) -> list[Case]:
        """All cases in any of `statuses`, oldest first."""
        wanted = {CaseStatus(status) for status in statuses}
        index = await self._ensure_index()
        shards = {entry.shard for entry in index.values() if entry.status in wanted}

        def collect(dbs: dict[Path, TinyDB]) -> list[Case]:
            return _all(
                doc for db in dbs.values() for doc in _cases(db).all() if doc["status"] in wanted
            )

        return oldest_first(await self._pool.run_many(shards, collect))

    async def list_with_outbox(self) -> list[Case]:
        """Cases with deliveries waiting, oldest first; only their files are read."""
        index = await self._ensure_index()
        shards = {entry.shard for entry in index.values() if entry.pending}

        def collect(dbs: dict[Path, TinyDB]) -> list[Case]:
            return _all(doc for db in dbs.values() for doc in _cases(db).all() if doc.get("outbox"))

        return oldest_first(await self._pool.run_many(shards, collect))

    async def next_reference(self, year: int) -> str:
        """The next reference of `year`, e.g. HB-2026-0001, saved before it is returned."""
        await self._ensure_index()
        return format_reference(year, await self._references.next(year))

    async def close(self) -> None:
        """Let the writes in flight finish, then refuse new ones."""
        try:
            await self._references.close()
        finally:
            await self._pool.close()

    def _shard(self, aad_object_id: str) -> Path:
        return self._folder / shard_name(aad_object_id)

    async def _ensure_index(self) -> dict[str, _Entry]:
        if self._index is None:
            async with self._index_lock:
                if self._index is None:
                    self._index = await asyncio.to_thread(self._build_index)
        return self._index

    def _build_index(self) -> dict[str, _Entry]:
        """Read every case file once: O(all cases), paid at the first call after start-up."""
        # Every call waits for the index, so no write has run yet and any temp file is a stray.
        for stray in [*self._folder.glob("*.tmp"), temp_path(self._counters)]:
            stray.unlink(missing_ok=True)
        index: dict[str, _Entry] = {}
        for path in sorted(self._folder.glob("*.json")):
            for doc in ((AtomicStorage(path).read() or {}).get(CASES) or {}).values():
                try:
                    case_id, status = str(doc["id"]), CaseStatus(doc["status"])
                    pending = bool(doc.get("outbox"))
                except (KeyError, TypeError, ValueError) as error:
                    raise CorruptFileError(
                        path, f"a case without id or status: {error!r}"
                    ) from error
                if case_id in index:
                    raise CorruptFileError(
                        path, f"case {case_id} is also in {index[case_id].shard}"
                    )
                index[case_id] = _Entry(path, status, pending)
        return index


def _all(docs: Iterable[dict[str, Any]]) -> list[Case]:
    return [Case.model_validate(doc) for doc in docs]
