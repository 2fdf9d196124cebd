"""How long a closed case is kept, and removing the ones kept long enough.

A case carries personal data: the person's name, user id and e-mail, the manager's and the
coordinator's names. An open case (draft, returned, submitted, in progress, forwarded) is
never removed, however old: someone still has to act on it. A closed case (klar, avbruten) is
kept `months` after it was last needed, then removed with its audit events and outbox:

- from when it was closed (its last move to its final status), or
- for an access role the manager is still asked to review (store/reviews.py), from its latest
  review: while the bot asks whether the role is needed, it needs the case. When the role ends
  (a termination) or the manager turns the reviews off, the clock runs from the last review.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import datetime

from pydantic import BaseModel, ConfigDict

from store.interfaces import CaseStore, ConflictError
from store.models import Case, CaseKind, CaseStatus

DEFAULT_MONTHS = 24
CLOSED = frozenset({CaseStatus.DONE, CaseStatus.CANCELLED})
ATTEMPTS = 5


class PurgedCase(BaseModel):
    """What the purge log keeps of a removed case: nothing about any person."""

    model_config = ConfigDict(frozen=True)

    id: str
    reference: str | None
    kind: CaseKind
    status: CaseStatus
    closed_at: datetime


def months_before(at: datetime, months: int) -> datetime:
    """The same moment `months` calendar months earlier (31 March - 1 month: 28/29 February)."""
    index = at.year * 12 + at.month - 1 - months
    year, month = divmod(index, 12)
    day = min(at.day, calendar.monthrange(year, month + 1)[1])
    return at.replace(year=year, month=month + 1, day=day)


def closed_at(case: Case) -> datetime:
    """When the case reached its status: its last move there, else its last update."""
    moves = [event.at for event in case.events if event.to_status is case.status]
    return max(moves, default=case.updated_at)


def kept_from(case: Case) -> datetime | None:
    """When the retention period of a closed case starts; None for an open case."""
    if case.status not in CLOSED:
        return None
    closed = closed_at(case)
    reviewed = case.reminders.reviewed_at
    return max(closed, reviewed) if reviewed is not None else closed


def is_expired(case: Case, cutoff: datetime) -> bool:
    """A closed case last needed before `cutoff` (now minus the retention period)."""
    start = kept_from(case)
    return start is not None and start < cutoff


def as_purged(case: Case) -> PurgedCase:
    return PurgedCase(
        id=case.id,
        reference=case.reference,
        kind=case.kind,
        status=case.status,
        closed_at=closed_at(case),
    )


async def expired_cases(cases: CaseStore, cutoff: datetime) -> list[PurgedCase]:
    """The closed cases last needed before `cutoff`, oldest first."""
    closed = await cases.list_by_status(CLOSED)
    return [as_purged(case) for case in closed if is_expired(case, cutoff)]


async def purge_case(cases: CaseStore, case_id: str, cutoff: datetime) -> bool:
    """Remove the case if its freshest copy is still expired; True if it is gone now.

    The removal is conditional on the version read, so a case that changed in between (a
    review fired, say) is read and judged again rather than removed on an old copy.
    """
    for _ in range(ATTEMPTS):
        case = await cases.get(case_id)
        if case is None:
            return True
        if not is_expired(case, cutoff):
            return False
        try:
            await cases.delete(case.id, case.version)
        except ConflictError:
            continue
        return True
    return False


def merged(*groups: Iterable[PurgedCase]) -> list[PurgedCase]:
    """The entries of all `groups`, each case once, in the order first seen."""
    by_id: dict[str, PurgedCase] = {}
    for group in groups:
        for entry in group:
            by_id.setdefault(entry.id, entry)
    return list(by_id.values())
