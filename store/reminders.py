"""When the scheduler reminds whom: pure rules on a case and the clock, and applying one.

Each reminder leaves a marker in the case's ReminderState. Applying a reminder checks that it
is still due on the copy it is given, sets the marker and enqueues the notice in one new copy,
so one conditional save does both: of two schedulers racing, only one save can succeed, and
the other, re-applied to the fresher copy, finds the marker and stops (NotDue).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field

from store.decisions import enqueue
from store.models import Case, CaseStatus, NoticeKind, Stage
from store.reviews import after_snooze, replacing, review_anchor
from store.routine import Document

# Working days and "days ahead" are counted on the Swedish calendar, not in UTC.
WORK_TIME = ZoneInfo("Europe/Stockholm")
WAITING_STAGES = frozenset({Stage.COURSES, Stage.HEROMA_COURSE})
UNTOUCHED_STATUSES = (CaseStatus.SUBMITTED, CaseStatus.IN_PROGRESS)
MARKERS: dict[NoticeKind, str] = {
    NoticeKind.DRAFT_REMINDER: "followed_up_at",
    NoticeKind.COORDINATOR_FLAG: "flagged_at",
    NoticeKind.ROLE_REVIEW: "reviewed_at",
}


class ReminderPolicy(BaseModel):
    """How long each reminder waits; set from the environment (bot/config.py)."""

    model_config = ConfigDict(frozen=True)

    draft_days: int = Field(default=7, ge=1)
    coordinator_working_days: int = Field(default=3, ge=1)
    review_days: int = Field(default=180, ge=1)
    document_warning_days: int = Field(default=60, ge=0)
    snooze_days: int = Field(default=7, ge=1)


class NotDue(Exception):
    """The reminder no longer applies to this copy of the case (e.g. another instance sent it)."""


def is_working_day(day: date) -> bool:
    """Monday to Friday; public holidays are not known to the bot."""
    return day.weekday() < 5


def working_days_between(a: date, b: date) -> int:
    """Working days after `a` up to and including `b` (Friday to Monday is one); 0 if b <= a."""
    if b <= a:
        return 0
    weeks, rest = divmod((b - a).days, 7)
    tail = (a + timedelta(days=weeks * 7 + offset) for offset in range(1, rest + 1))
    return weeks * 5 + sum(1 for day in tail if is_working_day(day))


def add_working_days(start: datetime, count: int) -> datetime:
    """The same local time of day `count` working days after `start` (Friday 10:00 + 1: Monday)."""
    local = start.astimezone(WORK_TIME)
    day = local.date()
    while working_days_between(local.date(), day) < count:
        day += timedelta(days=1)
    return local + timedelta(days=(day - local.date()).days)


def local_date(at: datetime) -> date:
    """The calendar day in Sweden at `at`."""
    return at.astimezone(WORK_TIME).date()


def is_waiting_draft(case: Case) -> bool:
    """A draft that stands still until the person has passed the training."""
    return case.status is CaseStatus.DRAFT and case.stage in WAITING_STAGES


def draft_follow_up_at(case: Case, policy: ReminderPolicy) -> datetime | None:
    """When a draft waiting for training is next followed up; None if it is not waiting or off.

    `draft_days` after the draft last changed, and again every `draft_days` after each
    follow-up while it still waits (or from the end of a snooze).
    """
    if not is_waiting_draft(case) or case.reminders.off:
        return None
    last = max(case.updated_at, case.reminders.followed_up_at or case.updated_at)
    return after_snooze(case, last + timedelta(days=policy.draft_days))


def untouched_since(case: Case) -> datetime:
    """The last thing that happened to the case: its latest audit event, else its submission."""
    if case.events:
        return max(event.at for event in case.events)
    return case.submitted_at or case.updated_at


def coordinator_flag_at(case: Case, policy: ReminderPolicy) -> datetime | None:
    """When an untouched submitted or in-progress case is flagged; None once flagged this period.

    Snooze and off are the manager's and do not silence this one.
    """
    if case.status not in UNTOUCHED_STATUSES:
        return None
    since = untouched_since(case)
    flagged = case.reminders.flagged_at
    if flagged is not None and flagged >= since:
        return None
    return add_working_days(since, policy.coordinator_working_days)


def due_reminders(case: Case, now: datetime, policy: ReminderPolicy) -> list[NoticeKind]:
    """The case's own reminders that are due now (reviews are per owner: `review_anchor`)."""
    due = []
    follow_up = draft_follow_up_at(case, policy)
    if follow_up is not None and follow_up <= now:
        due.append(NoticeKind.DRAFT_REMINDER)
    flag = coordinator_flag_at(case, policy)
    if flag is not None and flag <= now:
        due.append(NoticeKind.COORDINATOR_FLAG)
    return due


def is_due(
    case: Case,
    kind: NoticeKind,
    now: datetime,
    policy: ReminderPolicy,
    owner_cases: Sequence[Case] = (),
) -> bool:
    """Whether reminder `kind` is due for this copy of the case (reviews: if it is the anchor)."""
    if kind is NoticeKind.ROLE_REVIEW:
        anchor = review_anchor(replacing(owner_cases, case), now, policy.review_days)
        return anchor is not None and anchor.id == case.id
    return kind in due_reminders(case, now, policy)


def apply_reminder(
    case: Case,
    kind: NoticeKind,
    now: datetime,
    policy: ReminderPolicy,
    owner_cases: Sequence[Case] = (),
) -> Case:
    """Set the reminder's marker and enqueue its notice in one copy; NotDue if it is not due."""
    if not is_due(case, kind, now, policy, owner_cases):
        raise NotDue(f"{kind.value} is not due for case {case.id}")
    state = case.reminders.model_copy(update={MARKERS[kind]: now})
    return enqueue(case.model_copy(update={"reminders": state}), kind, now=now)


def mark_reviewed(case: Case, now: datetime) -> Case:
    """The role was covered by a review (or kept by the manager) at `now`."""
    reviewed = case.reminders.reviewed_at
    if reviewed is not None and reviewed >= now:
        raise NotDue(f"case {case.id} was reviewed at {reviewed.isoformat()}")
    return case.model_copy(
        update={"reminders": case.reminders.model_copy(update={"reviewed_at": now})}
    )


def snooze(case: Case, now: datetime, policy: ReminderPolicy) -> Case:
    """The manager asked to be reminded about the case again in `snooze_days`."""
    until = now + timedelta(days=policy.snooze_days)
    return case.model_copy(
        update={"reminders": case.reminders.model_copy(update={"snoozed_until": until})}
    )


def turn_off(case: Case) -> Case:
    """The manager wants no more follow-ups or reviews for the case (the coordinator still may)."""
    return case.model_copy(update={"reminders": case.reminders.model_copy(update={"off": True})})


def document_warning_from(document: Document, policy: ReminderPolicy) -> date:
    """The first (local) day on which coordinators are warned that the routine runs out."""
    return document.valid_to - timedelta(days=policy.document_warning_days)


def document_warning_due(document: Document, now: datetime, policy: ReminderPolicy) -> bool:
    """Whether coordinators should be warned now (also once it has run out, if never warned)."""
    return local_date(now) >= document_warning_from(document, policy)
