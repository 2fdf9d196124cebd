"""The reminder rules as pure functions: working days, when each reminder is due, applying one."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.models import Actor, AuditEvent, Case, CaseKind, CaseStatus, NoticeKind, Person, Stage
from store.reminders import (
    NotDue,
    ReminderPolicy,
    add_working_days,
    apply_reminder,
    document_warning_due,
    due_reminders,
    is_due,
    mark_reviewed,
    snooze,
    turn_off,
    working_days_between,
)
from store.reviews import active_roles, review_anchor, reviewable_roles
from store.routine import Routine

POLICY = ReminderPolicy()
OWNER = Actor(aad_object_id="aad-manager-1", name="Maria Chef")
COORDINATOR = Actor(aad_object_id="aad-coord-1", name="Sam Samordnare")
FRIDAY = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # 10:00 in Stockholm
MINUTE = timedelta(minutes=1)


def draft(updated_at: datetime = FRIDAY, stage: Stage = Stage.COURSES) -> Case:
    person = Person(name="Anna Andersson", user_id="annan12", email="anna@example.se")
    return Case(owner=OWNER, stage=stage, person=person, updated_at=updated_at)


def event(at: datetime, to: CaseStatus | None, action: str = "status") -> AuditEvent:
    return AuditEvent(at=at, actor=COORDINATOR, action=action, to_status=to)


def submitted(at: datetime = FRIDAY) -> Case:
    return draft(at, Stage.SUBMITTED).model_copy(
        update={
            "status": CaseStatus.SUBMITTED,
            "reference": "HB-2026-0001",
            "submitted_at": at,
            "events": [event(at, CaseStatus.SUBMITTED)],
        }
    )


def done(
    at: datetime, kind: CaseKind = CaseKind.NEW_ACCESS, user_id: str = "annan12", case_id: str = ""
) -> Case:
    person = Person(name="Anna Andersson", user_id=user_id, email="anna@example.se")
    case = Case(
        owner=OWNER, kind=kind, status=CaseStatus.DONE, person=person, updated_at=at + MINUTE
    )
    update: dict[str, object] = {"events": [event(at, CaseStatus.DONE)]}
    if case_id:
        update["id"] = case_id
    return case.model_copy(update=update)


def brute_force(a: date, b: date) -> int:
    days = ((a + timedelta(days=n)) for n in range(1, (b - a).days + 1))
    return sum(1 for day in days if day.weekday() < 5)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (date(2026, 11, 20), date(2026, 11, 23), 1),  # Friday to Monday
        (date(2026, 11, 20), date(2026, 11, 25), 3),  # Friday to Wednesday
        (date(2026, 11, 21), date(2026, 11, 22), 0),  # Saturday to Sunday
        (date(2026, 11, 23), date(2026, 11, 23), 0),
        (date(2026, 11, 25), date(2026, 11, 23), 0),
        (date(2026, 11, 23), date(2026, 12, 7), 10),  # two whole weeks
    ],
)
def test_working_days_between(a: date, b: date, expected: int) -> None:
    assert working_days_between(a, b) == expected


@given(st.dates(date(2020, 1, 1), date(2030, 12, 31)), st.integers(0, 60))
def test_working_days_between_counts_every_weekday(a: date, span: int) -> None:
    assert working_days_between(a, a + timedelta(days=span)) == brute_force(a, a + timedelta(span))


def test_working_days_are_added_across_a_weekend() -> None:
    assert add_working_days(FRIDAY, 3) == datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    saturday = FRIDAY + timedelta(days=1)
    assert add_working_days(saturday, 1) == datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def test_draft_follow_up_is_due_after_seven_days_not_a_minute_before() -> None:
    case = draft()
    due = FRIDAY + timedelta(days=7)
    assert due_reminders(case, due - MINUTE, POLICY) == []
    assert due_reminders(case, due, POLICY) == [NoticeKind.DRAFT_REMINDER]


def test_applying_sets_the_marker_and_enqueues_the_notice_in_one_copy() -> None:
    now = FRIDAY + timedelta(days=7)
    applied = apply_reminder(draft(), NoticeKind.DRAFT_REMINDER, now, POLICY)
    assert applied.reminders.followed_up_at == now
    assert [(n.kind, n.status) for n in applied.outbox] == [
        (NoticeKind.DRAFT_REMINDER, CaseStatus.DRAFT)
    ]
    assert applied.updated_at == FRIDAY  # a reminder is not a change of the draft
    with pytest.raises(NotDue):
        apply_reminder(applied, NoticeKind.DRAFT_REMINDER, now + timedelta(days=1), POLICY)


def test_a_waiting_draft_is_followed_up_again_every_period_or_after_a_change() -> None:
    first = FRIDAY + timedelta(days=7)
    followed = apply_reminder(draft(), NoticeKind.DRAFT_REMINDER, first, POLICY)
    assert not is_due(
        followed, NoticeKind.DRAFT_REMINDER, first + timedelta(days=7) - MINUTE, POLICY
    )
    assert is_due(followed, NoticeKind.DRAFT_REMINDER, first + timedelta(days=7), POLICY)
    changed = followed.model_copy(update={"updated_at": first + timedelta(days=2)})
    assert not is_due(changed, NoticeKind.DRAFT_REMINDER, first + timedelta(days=8), POLICY)
    assert is_due(changed, NoticeKind.DRAFT_REMINDER, first + timedelta(days=9), POLICY)


@pytest.mark.parametrize("stage", [Stage.PERSON, Stage.REVIEW])
def test_only_drafts_waiting_for_training_are_followed_up(stage: Stage) -> None:
    assert due_reminders(draft(stage=stage), FRIDAY + timedelta(days=30), POLICY) == []


def test_snooze_and_off_silence_the_follow_up() -> None:
    now = FRIDAY + timedelta(days=7)
    snoozed = snooze(draft(), now, POLICY)
    assert snoozed.reminders.snoozed_until == now + timedelta(days=7)
    assert due_reminders(snoozed, now + timedelta(days=7) - MINUTE, POLICY) == []
    assert due_reminders(snoozed, now + timedelta(days=7), POLICY) == [NoticeKind.DRAFT_REMINDER]
    assert due_reminders(turn_off(draft()), now + timedelta(days=365), POLICY) == []


def test_untouched_case_is_flagged_after_three_working_days_across_a_weekend() -> None:
    case = submitted()
    wednesday = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    assert due_reminders(case, wednesday - MINUTE, POLICY) == []
    assert due_reminders(case, wednesday, POLICY) == [NoticeKind.COORDINATOR_FLAG]
    flagged = apply_reminder(case, NoticeKind.COORDINATOR_FLAG, wednesday, POLICY)
    assert due_reminders(flagged, wednesday + timedelta(days=30), POLICY) == []


def test_a_new_event_starts_a_new_untouched_period() -> None:
    wednesday = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    flagged = apply_reminder(submitted(), NoticeKind.COORDINATOR_FLAG, wednesday, POLICY)
    thursday = wednesday + timedelta(days=1)
    taken = flagged.model_copy(
        update={
            "status": CaseStatus.IN_PROGRESS,
            "events": [*flagged.events, event(thursday, CaseStatus.IN_PROGRESS)],
        }
    )
    tuesday = thursday + timedelta(days=5)  # Fri, Mon, Tue
    assert due_reminders(taken, tuesday - MINUTE, POLICY) == []
    assert due_reminders(taken, tuesday, POLICY) == [NoticeKind.COORDINATOR_FLAG]


def test_the_manager_cannot_silence_the_coordinator_flag() -> None:
    case = turn_off(snooze(submitted(), FRIDAY, POLICY))
    assert due_reminders(case, FRIDAY + timedelta(days=5), POLICY) == [NoticeKind.COORDINATOR_FLAG]


def test_returned_or_forwarded_cases_are_not_flagged() -> None:
    for status in (CaseStatus.RETURNED, CaseStatus.FORWARDED, CaseStatus.DONE):
        case = submitted().model_copy(update={"status": status})
        assert due_reminders(case, FRIDAY + timedelta(days=60), POLICY) == []


def test_a_later_termination_for_the_same_person_ends_a_role() -> None:
    role = done(FRIDAY)
    change = done(FRIDAY + timedelta(days=1), CaseKind.CHANGE, user_id="other1")
    earlier_end = done(FRIDAY - timedelta(days=1), CaseKind.TERMINATION)
    assert active_roles([role, change, earlier_end]) == [role, change]
    later_end = done(FRIDAY + timedelta(days=2), CaseKind.TERMINATION, user_id="ANNAN12")
    assert active_roles([role, change, later_end]) == [change]
    draft_end = later_end.model_copy(update={"status": CaseStatus.DRAFT})
    assert active_roles([role, draft_end]) == [role]


def test_review_is_due_after_180_days_and_is_anchored_on_the_first_due_role() -> None:
    first = done(FRIDAY, case_id="b")
    second = done(FRIDAY + timedelta(days=10), CaseKind.CHANGE, user_id="other1", case_id="a")
    due = FRIDAY + timedelta(days=180)
    assert review_anchor([first, second], due - MINUTE, 180) is None
    assert review_anchor([first, second], due, 180) == first
    assert not is_due(second, NoticeKind.ROLE_REVIEW, due + timedelta(days=30), POLICY, [first])
    applied = apply_reminder(first, NoticeKind.ROLE_REVIEW, due, POLICY, [first, second])
    assert [n.kind for n in applied.outbox] == [NoticeKind.ROLE_REVIEW]
    assert (
        review_anchor([applied, mark_reviewed(second, due)], due + timedelta(days=179), 180) is None
    )
    assert not is_due(applied, NoticeKind.ROLE_REVIEW, due, POLICY, [first, second])


def test_turned_off_roles_are_not_reviewed() -> None:
    role = turn_off(done(FRIDAY))
    assert reviewable_roles([role]) == []
    assert review_anchor([role], FRIDAY + timedelta(days=400), 180) is None


def test_mark_reviewed_never_moves_back() -> None:
    reviewed = mark_reviewed(done(FRIDAY), FRIDAY + timedelta(days=1))
    with pytest.raises(NotDue):
        mark_reviewed(reviewed, FRIDAY)


def test_document_warning_is_due_from_local_midnight_60_days_ahead(routine: Routine) -> None:
    document = routine.document  # valid to 2028-03-13: warned from 2028-01-13 in Stockholm
    midnight = datetime(2028, 1, 12, 23, 0, tzinfo=UTC)
    assert not document_warning_due(document, midnight - MINUTE, POLICY)
    assert document_warning_due(document, midnight, POLICY)
