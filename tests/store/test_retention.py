"""Which cases the retention rules remove and when, and removing one against every backend."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from store.interfaces import CaseStore
from store.kinds import ReminderState
from store.models import AuditEvent, Case, CaseKind, CaseStatus
from store.retention import (
    CLOSED,
    closed_at,
    is_expired,
    kept_from,
    months_before,
    purge_case,
)
from store.transitions import record
from tests.store.samples import COORDINATOR, make_case

NOW = datetime(2026, 3, 15, 9, 0, tzinfo=UTC)
CUTOFF = months_before(NOW, 24)
EXPIRED = datetime(2024, 3, 14, 9, 0, tzinfo=UTC)  # 24 months and a day before NOW
RECENT = datetime(2024, 4, 15, 9, 0, tzinfo=UTC)  # 23 months before NOW
OPEN = sorted(set(CaseStatus) - CLOSED)


def closed(
    at: datetime,
    status: CaseStatus = CaseStatus.DONE,
    kind: CaseKind = CaseKind.TERMINATION,
    **fields: object,
) -> Case:
    """A case that moved to `status` at `at` (a termination: no role reviews keep it)."""
    events = [AuditEvent(at=at, actor=COORDINATOR, action=f"status:{status}", to_status=status)]
    return make_case(
        kind=kind,
        status=status,
        events=events,
        created_at=at - timedelta(days=10),
        updated_at=at,
        **fields,
    )


def opened(status: CaseStatus, at: datetime) -> Case:
    """A case in an open `status` that nothing has touched since `at`."""
    return make_case(status=status, created_at=at, updated_at=at, events=[])


@pytest.mark.parametrize(
    ("at", "months", "expected"),
    [
        (NOW, 24, datetime(2024, 3, 15, 9, 0, tzinfo=UTC)),
        (datetime(2026, 3, 31, tzinfo=UTC), 1, datetime(2026, 2, 28, tzinfo=UTC)),
        (datetime(2028, 3, 31, tzinfo=UTC), 1, datetime(2028, 2, 29, tzinfo=UTC)),
        (datetime(2026, 1, 10, tzinfo=UTC), 1, datetime(2025, 12, 10, tzinfo=UTC)),
        (datetime(2026, 5, 31, tzinfo=UTC), 27, datetime(2024, 2, 29, tzinfo=UTC)),
    ],
)
def test_months_before_counts_calendar_months(
    at: datetime, months: int, expected: datetime
) -> None:
    assert months_before(at, months) == expected


def test_closed_at_is_the_last_move_to_the_final_status() -> None:
    case = closed(EXPIRED)
    later = record(case, COORDINATOR, "kommentar", now=RECENT)
    assert closed_at(later) == EXPIRED
    assert later.updated_at == RECENT
    without_events = case.model_copy(update={"events": []})
    assert closed_at(without_events) == EXPIRED  # falls back to the last update


@pytest.mark.parametrize("status", OPEN)
def test_an_open_case_never_expires(status: CaseStatus) -> None:
    ancient = opened(status, NOW - timedelta(days=3650))
    assert kept_from(ancient) is None
    assert not is_expired(ancient, CUTOFF)


@pytest.mark.parametrize("status", sorted(CLOSED))
def test_a_closed_case_expires_once_older_than_the_retention(status: CaseStatus) -> None:
    assert is_expired(closed(EXPIRED, status), CUTOFF)
    assert not is_expired(closed(RECENT, status), CUTOFF)
    assert not is_expired(closed(CUTOFF, status), CUTOFF)  # strictly older
    assert is_expired(closed(CUTOFF - timedelta(seconds=1), status), CUTOFF)


def test_a_role_still_reviewed_is_kept_from_its_latest_review() -> None:
    role = closed(EXPIRED, kind=CaseKind.NEW_ACCESS)
    reviewed = role.model_copy(update={"reminders": ReminderState(reviewed_at=RECENT)})
    assert kept_from(reviewed) == RECENT
    assert not is_expired(reviewed, CUTOFF)
    long_ago = role.model_copy(update={"reminders": ReminderState(reviewed_at=EXPIRED)})
    assert is_expired(long_ago, CUTOFF)


async def test_purge_case_removes_an_expired_case(case_store: CaseStore) -> None:
    doomed = await case_store.create(closed(EXPIRED))
    kept = await case_store.create(closed(RECENT))
    assert await purge_case(case_store, doomed.id, CUTOFF) is True
    assert await purge_case(case_store, kept.id, CUTOFF) is False
    assert await case_store.get(doomed.id) is None
    assert await case_store.get(kept.id) == kept
    assert await purge_case(case_store, doomed.id, CUTOFF) is True  # gone is gone


async def test_purge_case_never_removes_an_open_case(case_store: CaseStore) -> None:
    ids = [(await case_store.create(opened(status, EXPIRED))).id for status in OPEN]
    assert [await purge_case(case_store, case_id, CUTOFF) for case_id in ids] == [False] * len(ids)
    assert all([await case_store.get(case_id) is not None for case_id in ids])


class ReviewedMeanwhile:
    """The case store, where a review is saved right after the first read of a case."""

    def __init__(self, inner: CaseStore) -> None:
        self._inner = inner
        self.reads = 0

    async def get(self, case_id: str) -> Case | None:
        found = await self._inner.get(case_id)
        self.reads += 1
        if found is not None and self.reads == 1:
            reminders = ReminderState(reviewed_at=NOW)
            await self._inner.save(found.model_copy(update={"reminders": reminders}))
        return found

    async def delete(self, case_id: str, version: int) -> bool:
        return await self._inner.delete(case_id, version)


async def test_purge_case_judges_a_case_changed_meanwhile_again(case_store: CaseStore) -> None:
    role = await case_store.create(closed(EXPIRED, kind=CaseKind.NEW_ACCESS))
    racing = ReviewedMeanwhile(case_store)
    assert await purge_case(racing, role.id, CUTOFF) is False  # type: ignore[arg-type]
    assert racing.reads == 2  # the removal of the old copy was refused; the fresh one is kept
    stored = await case_store.get(role.id)
    assert stored is not None
    assert stored.reminders.reviewed_at == NOW
