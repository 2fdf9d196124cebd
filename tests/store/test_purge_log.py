"""The daily purge round against every backend: once a day, audited, restart- and race-safe."""

from __future__ import annotations

import asyncio
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from store.claims import GUARD_KEY
from store.factory import Stores, open_stores_async
from store.interfaces import CaseStore
from store.kinds import Person
from store.models import Case, CaseKind, CaseStatus
from store.purge_log import LEASE, RUNNING, RetentionPurge, read_round, round_key
from store.reminders import local_date
from tests.store.database import fresh_schema
from tests.store.samples import COORDINATOR, OWNER
from tests.store.test_retention import EXPIRED, NOW, OPEN, RECENT, closed, opened

TODAY = date(2026, 3, 15)
PERSON = Person(name="Tove Testsson", user_id="tt9999", email="tove.t@example.se")
# What a purge log must never contain: the people on the cases and the people handling them.
PERSONAL = [
    PERSON.name,
    PERSON.user_id,
    PERSON.email,
    OWNER.name,
    OWNER.aad_object_id,
    COORDINATOR.name,
    COORDINATOR.aad_object_id,
]


async def add(stores: Stores, *cases: Case) -> list[Case]:
    return [await stores.cases.create(case) for case in cases]


async def stored_ids(stores: Stores, cases: list[Case]) -> list[str]:
    return [case.id for case in cases if await stores.cases.get(case.id) is not None]


async def test_a_round_removes_expired_closed_cases_and_logs_them(stores: Stores) -> None:
    expired = await add(
        stores,
        closed(EXPIRED, person=PERSON, reference="HB-2024-0007"),
        closed(EXPIRED, CaseStatus.CANCELLED, CaseKind.NEW_ACCESS, person=PERSON),
    )
    kept = await add(
        stores,
        closed(RECENT, person=PERSON),
        closed(RECENT, CaseStatus.CANCELLED),
        *(opened(status, NOW - timedelta(days=3650)) for status in OPEN),
    )
    purge = await RetentionPurge(stores.cases, stores.state).tick(NOW)
    assert purge is not None
    assert sorted(entry.id for entry in purge.purged) == sorted(case.id for case in expired)
    assert (purge.day, purge.cutoff, purge.retention_months) == (TODAY, NOW.replace(year=2024), 24)
    assert await stored_ids(stores, expired) == []
    assert await stored_ids(stores, kept) == [case.id for case in kept]
    assert await read_round(stores.state, TODAY) == purge
    logged = json.dumps(await stores.state.read([round_key(TODAY)]), ensure_ascii=False)
    assert "HB-2024-0007" in logged
    assert [trace for trace in PERSONAL if trace in logged] == []


async def test_one_round_a_day(stores: Stores) -> None:
    (first,) = await add(stores, closed(EXPIRED))
    purger = RetentionPurge(stores.cases, stores.state)
    today = await purger.tick(NOW)
    assert today is not None
    assert [entry.id for entry in today.purged] == [first.id]
    (late,) = await add(stores, closed(EXPIRED))
    assert await purger.tick(NOW + timedelta(hours=5)) is None
    assert await RetentionPurge(stores.cases, stores.state).tick(NOW + timedelta(hours=6)) is None
    assert await stores.cases.get(late.id) is not None
    tomorrow = await purger.tick(NOW + timedelta(days=1))
    assert tomorrow is not None
    assert [entry.id for entry in tomorrow.purged] == [late.id]
    assert await read_round(stores.state, TODAY) == today
    assert await read_round(stores.state, TODAY + timedelta(days=1)) == tomorrow


async def test_a_day_with_nothing_to_remove_writes_nothing(stores: Stores) -> None:
    kept = await add(stores, closed(RECENT), opened(CaseStatus.SUBMITTED, EXPIRED))
    assert await RetentionPurge(stores.cases, stores.state).tick(NOW) is None
    assert await stored_ids(stores, kept) == [case.id for case in kept]
    assert await stores.state.read([round_key(TODAY), GUARD_KEY]) == {}


async def test_two_instances_racing_run_one_round(stores: Stores) -> None:
    doomed = await add(stores, *(closed(EXPIRED) for _ in range(3)))
    purgers = [RetentionPurge(stores.cases, stores.state) for _ in range(2)]
    results = await asyncio.gather(*(purger.tick(NOW) for purger in purgers))
    rounds = [result for result in results if result is not None]
    assert len(rounds) == 1
    assert sorted(entry.id for entry in rounds[0].purged) == sorted(case.id for case in doomed)
    assert await read_round(stores.state, TODAY) == rounds[0]
    assert [await purger.tick(NOW + timedelta(minutes=5)) for purger in purgers] == [None, None]


class CrashAfterOneDelete:
    """The case store of an instance that stops after its first removal."""

    def __init__(self, inner: CaseStore) -> None:
        self._inner = inner
        self.deleted = 0

    def __getattr__(self, name: str) -> object:
        return getattr(self._inner, name)

    async def delete(self, case_id: str, version: int) -> bool:
        if self.deleted:
            raise ConnectionResetError("the instance stopped")
        self.deleted += 1
        return await self._inner.delete(case_id, version)


async def test_a_round_left_half_done_is_finished_and_logged_in_full(stores: Stores) -> None:
    doomed = await add(stores, *(closed(EXPIRED) for _ in range(3)))
    crashing = CrashAfterOneDelete(stores.cases)
    with pytest.raises(ConnectionResetError):
        await RetentionPurge(crashing, stores.state).tick(NOW)  # type: ignore[arg-type]
    assert len(await stored_ids(stores, doomed)) == 2
    left = (await stores.state.read([round_key(TODAY)]))[round_key(TODAY)]
    assert left["state"] == RUNNING
    assert len(left["planned"]) == 3  # written before anything was removed

    again = RetentionPurge(stores.cases, stores.state)
    assert await again.tick(NOW + LEASE - timedelta(minutes=1)) is None  # still leased
    finished = await again.tick(NOW + LEASE + timedelta(minutes=1))
    assert finished is not None
    assert sorted(entry.id for entry in finished.purged) == sorted(case.id for case in doomed)
    assert await stored_ids(stores, doomed) == []
    assert await read_round(stores.state, TODAY) == finished


async def test_the_retention_is_configurable(stores: Stores) -> None:
    older, newer = await add(
        stores, closed(NOW - timedelta(days=7 * 31)), closed(NOW - timedelta(days=5 * 31))
    )
    purge = await RetentionPurge(stores.cases, stores.state, months=6).tick(NOW)
    assert purge is not None
    assert [entry.id for entry in purge.purged] == [older.id]
    assert purge.retention_months == 6
    assert await stored_ids(stores, [older, newer]) == [newer.id]


def test_a_retention_below_one_month_is_refused(memory_stores: Stores) -> None:
    with pytest.raises(ValueError, match="at least one month"):
        RetentionPurge(memory_stores.cases, memory_stores.state, months=0)


async def test_two_postgres_instances_racing_run_one_round_a_day(tmp_path: Path) -> None:
    async with fresh_schema() as url:
        instances = [await open_stores_async(tmp_path, url, min_pool=2) for _ in range(2)]
        try:
            for offset in range(5):
                now = NOW + timedelta(days=offset)
                doomed = await add(instances[0], *(closed(EXPIRED) for _ in range(3)))
                purgers = [RetentionPurge(s.cases, s.state) for s in instances]
                results = await asyncio.gather(*(purger.tick(now) for purger in purgers))
                rounds = [result for result in results if result is not None]
                assert len(rounds) == 1
                assert sorted(e.id for e in rounds[0].purged) == sorted(c.id for c in doomed)
                assert await read_round(instances[1].state, local_date(now)) == rounds[0]
        finally:
            for stores in instances:
                await stores.close()
