"""The scheduler on real TinyDB files with an injected clock: each reminder fires exactly once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.document_warning import document_key
from bot.messenger import DeliveryError
from bot.scheduler import Scheduler
from store.factory import Stores, open_stores
from store.models import Case, CaseKind, NoticeKind
from store.reminders import ReminderPolicy, snooze, turn_off
from store.routine import Routine
from store.updates import update_case
from tests.store.test_reminders import FRIDAY, MINUTE, done, draft, submitted

POLICY = ReminderPolicy()
DRAFT_DUE = FRIDAY + timedelta(days=7)
FLAG_DUE = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)  # Friday + 3 working days
REVIEW_DUE = FRIDAY + timedelta(days=180)
WARNING_DUE = datetime(2028, 1, 12, 23, 0, tzinfo=UTC)  # 2028-01-13 00:00 in Stockholm


@dataclass
class Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now


@dataclass
class FakeOutbox:
    """Records wake-ups and channel posts; `failures` posts fail first (channel unreachable)."""

    wakes: int = 0
    failures: int = 0
    posted: list[dict[str, Any]] = field(default_factory=list)

    def wake(self) -> None:
        self.wakes += 1

    async def post_in_channel(self, card: dict[str, Any]) -> None:
        await asyncio.sleep(0)  # let a racing scheduler run in between
        if self.failures:
            self.failures -= 1
            raise DeliveryError("ServiceUnavailable")
        self.posted.append(card)


@pytest.fixture
async def stores(tmp_path: Path) -> AsyncIterator[Stores]:
    opened = open_stores(tmp_path)
    yield opened
    await opened.close()


def scheduler(stores: Stores, routine: Routine, clock: Clock, outbox: FakeOutbox) -> Scheduler:
    return Scheduler(stores.cases, stores.state, outbox, POLICY, routine, now=clock)


async def notices(stores: Stores, case_id: str) -> list[NoticeKind]:
    case = await stores.cases.get(case_id)
    assert case is not None
    return [notice.kind for notice in case.outbox]


CASES = {
    NoticeKind.DRAFT_REMINDER: (draft, DRAFT_DUE),
    NoticeKind.COORDINATOR_FLAG: (submitted, FLAG_DUE),
    NoticeKind.ROLE_REVIEW: (done, REVIEW_DUE),
}


@pytest.mark.parametrize("kind", list(CASES))
async def test_each_reminder_fires_once_at_its_time(
    stores: Stores, routine: Routine, kind: NoticeKind
) -> None:
    make, due = CASES[kind]
    case = await stores.cases.create(make(FRIDAY))
    clock, outbox = Clock(due - MINUTE), FakeOutbox()
    ticker = scheduler(stores, routine, clock, outbox)
    assert await ticker.tick() == 0
    assert outbox.wakes == 0
    clock.now = due
    assert await ticker.tick() == 1
    assert outbox.wakes == 1
    assert await notices(stores, case.id) == [kind]
    clock.now = due + timedelta(days=1)
    assert await ticker.tick() == 0
    assert await notices(stores, case.id) == [kind]


async def test_nothing_fires_twice_after_a_restart(tmp_path: Path, routine: Routine) -> None:
    first = open_stores(tmp_path)
    ids = [(await first.cases.create(make(FRIDAY))).id for make, _ in CASES.values()]
    clock, outbox = Clock(REVIEW_DUE), FakeOutbox()
    assert await scheduler(first, routine, clock, outbox).tick() == 3
    await first.close()
    again = open_stores(tmp_path)
    try:
        assert await scheduler(again, routine, clock, FakeOutbox()).tick() == 0
        clock.now += timedelta(days=6)  # the draft's next follow-up is a week after the first
        assert await scheduler(again, routine, clock, FakeOutbox()).tick() == 0
        assert [len(await notices(again, case_id)) for case_id in ids] == [1, 1, 1]
    finally:
        await again.close()


async def test_two_schedulers_racing_fire_each_reminder_exactly_once(
    tmp_path: Path, routine: Routine
) -> None:
    for round_ in range(5):
        stores = open_stores(tmp_path / str(round_))
        try:
            cases = [await stores.cases.create(make(FRIDAY)) for make, _ in CASES.values()]
            other_role = done(FRIDAY + timedelta(days=3), CaseKind.CHANGE, user_id="other1")
            cases.append(await stores.cases.create(other_role))
            clock, outbox = Clock(WARNING_DUE), FakeOutbox()
            tickers = [scheduler(stores, routine, clock, outbox) for _ in range(2)]
            fired = await asyncio.gather(*(ticker.tick() for ticker in tickers))
            assert sum(fired) == 4  # follow-up, flag, one review for both roles, the warning
            kinds = [kind for case in cases for kind in await notices(stores, case.id)]
            assert sorted(kinds) == sorted(CASES)  # one of each; none for the second role
            assert len(outbox.posted) == 1
        finally:
            await stores.close()


async def test_one_review_covers_all_active_roles_of_a_manager(
    stores: Stores, routine: Routine
) -> None:
    first = await stores.cases.create(done(FRIDAY))
    later = done(FRIDAY + timedelta(days=90), CaseKind.CHANGE, user_id="other1")
    second = await stores.cases.create(later)
    clock = Clock(REVIEW_DUE)
    ticker = scheduler(stores, routine, clock, FakeOutbox())
    assert await ticker.tick() == 1
    assert await notices(stores, first.id) == [NoticeKind.ROLE_REVIEW]
    assert await notices(stores, second.id) == []
    clock.now = FRIDAY + timedelta(days=90 + 180)  # the second role's own date has passed
    assert await ticker.tick() == 0
    clock.now = REVIEW_DUE + timedelta(days=180)  # both come up together again
    assert await ticker.tick() == 1


async def test_snooze_and_off_are_honoured(stores: Stores, routine: Routine) -> None:
    snoozed = await stores.cases.create(draft(FRIDAY))
    silenced = await stores.cases.create(draft(FRIDAY))
    role = await stores.cases.create(done(FRIDAY))
    until = DRAFT_DUE + timedelta(days=3)
    await update_case(stores.cases, snoozed.id, lambda c: snooze(c, until - timedelta(7), POLICY))
    for case in (silenced, role):
        await update_case(stores.cases, case.id, turn_off)
    clock = Clock(DRAFT_DUE)
    ticker = scheduler(stores, routine, clock, FakeOutbox())
    assert await ticker.tick() == 0
    clock.now = until - MINUTE
    assert await ticker.tick() == 0
    clock.now = until
    assert await ticker.tick() == 1
    assert await notices(stores, snoozed.id) == [NoticeKind.DRAFT_REMINDER]
    clock.now = REVIEW_DUE + timedelta(days=365)
    await ticker.tick()
    assert await notices(stores, silenced.id) == []
    assert await notices(stores, role.id) == []


async def test_document_warning_fires_once_per_version(stores: Stores, routine: Routine) -> None:
    clock, outbox = Clock(WARNING_DUE - MINUTE), FakeOutbox()
    assert await scheduler(stores, routine, clock, outbox).tick() == 0
    clock.now = WARNING_DUE
    assert await scheduler(stores, routine, clock, outbox).tick() == 1
    assert await scheduler(stores, routine, clock, outbox).tick() == 0
    (card,) = outbox.posted
    assert "2028-03-13" in str(card)
    assert "60 dagar" in str(card)
    newer = routine.document.model_copy(update={"version": "9.1"})
    revised = routine.model_copy(update={"document": newer})
    assert await scheduler(stores, revised, clock, outbox).tick() == 1
    assert await scheduler(stores, revised, clock, outbox).tick() == 0
    assert len(outbox.posted) == 2


async def test_document_warning_is_retried_until_the_channel_takes_it(
    stores: Stores, routine: Routine
) -> None:
    clock, outbox = Clock(WARNING_DUE), FakeOutbox(failures=2)
    ticker = scheduler(stores, routine, clock, outbox)
    assert await ticker.tick() == 0
    key = document_key(routine.document)
    item = (await stores.state.read([key]))[key]
    assert (item["state"], item["attempts"]) == ("pending", 1)
    assert await ticker.tick() == 0
    assert await ticker.tick() == 1
    assert (await stores.state.read([key]))[key]["state"] == "sent"
    assert await ticker.tick() == 0
    assert len(outbox.posted) == 1


async def test_run_keeps_ticking_after_a_failed_round(routine: Routine) -> None:
    calls: list[int] = []

    class FlakyCases:
        async def list_by_status(self, statuses: object) -> list[Case]:
            calls.append(1)
            if len(calls) == 1:
                raise OSError("disk busy")
            return []

    from store.memory import MemoryKeyValueStore

    ticker = Scheduler(
        FlakyCases(),  # type: ignore[arg-type]
        MemoryKeyValueStore(),
        FakeOutbox(),
        POLICY,
        routine,
        now=Clock(FRIDAY),
    )
    task = asyncio.create_task(ticker.run(0))
    for _ in range(100):
        if len(calls) >= 3:
            break
        await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert len(calls) >= 3
