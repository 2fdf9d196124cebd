"""Which access roles a manager has active, and when she is next asked whether they are needed.

A manager gets one review covering all her active roles. The review is carried by one case,
the anchor: the active role whose review falls due first. Whoever claims the anchor (its
marker and the notice in one conditional save) sends the review; the other roles are marked
reviewed at the same time, so from then on all her roles come up together.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from store.models import Case, CaseKind, CaseStatus

ROLE_KINDS = frozenset({CaseKind.NEW_ACCESS, CaseKind.CHANGE})


def done_at(case: Case) -> datetime:
    """When the case became klar: its last move to DONE, else its last update."""
    moves = [event.at for event in case.events if event.to_status is CaseStatus.DONE]
    return moves[-1] if moves else case.updated_at


def after_snooze(case: Case, at: datetime) -> datetime:
    """`at`, or later if the manager asked to be reminded later."""
    until = case.reminders.snoozed_until
    return max(at, until) if until is not None else at


def _same_person(role: Case, termination: Case) -> bool:
    """Both cases are about the same employee (user id, ignoring case)."""
    if role.person is None or termination.person is None:
        return False
    return role.person.user_id.casefold() == termination.person.user_id.casefold()


def active_roles(owner_cases: Iterable[Case]) -> list[Case]:
    """Done role cases (new access, change) that no later done termination for the person ended."""
    cases = list(owner_cases)
    ended = [c for c in cases if c.kind is CaseKind.TERMINATION and c.status is CaseStatus.DONE]
    roles = [c for c in cases if c.kind in ROLE_KINDS and c.status is CaseStatus.DONE]
    return [
        role
        for role in roles
        if not any(_same_person(role, end) and done_at(end) > done_at(role) for end in ended)
    ]


def reviewable_roles(owner_cases: Iterable[Case]) -> list[Case]:
    """Active roles whose reminders the manager has not turned off, oldest first."""
    roles = [role for role in active_roles(owner_cases) if not role.reminders.off]
    return sorted(roles, key=lambda role: (done_at(role), role.id))


def review_at(case: Case, review_days: int) -> datetime:
    """When the role is next up for review: `review_days` after it was done or last reviewed."""
    last = max(done_at(case), case.reminders.reviewed_at or done_at(case))
    return after_snooze(case, last + timedelta(days=review_days))


def review_anchor(owner_cases: Sequence[Case], now: datetime, review_days: int) -> Case | None:
    """The role that carries the manager's review if one is due now (the first due), else None."""
    due = [r for r in reviewable_roles(owner_cases) if review_at(r, review_days) <= now]
    return min(due, key=lambda r: (review_at(r, review_days), r.id), default=None)


def replacing(cases: Iterable[Case], fresh: Case) -> list[Case]:
    """`cases` with the copy of `fresh` among them swapped for it (or `fresh` added)."""
    others = [case for case in cases if case.id != fresh.id]
    return [*others, fresh]
