"""The manager's answers to reminders: snooze, off and keep, only for her own cases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from dialogs.reminders import handle_reminder_action
from dialogs.services import Services
from store.factory import Stores
from store.models import Actor, Case, CaseKind, CaseStatus, NoticeKind
from store.reminders import ReminderPolicy, due_reminders
from store.routine import Routine
from tests.store.test_reminders import FRIDAY, OWNER, done, draft
from tests.support.chat import actions_of

NOW = datetime(2026, 11, 24, 11, 0, tzinfo=UTC)
STRANGER = Actor(aad_object_id="aad-manager-2", name="Karin Chef")


def services(stores: Stores, routine: Routine, **policy: int) -> Services:
    return Services(cases=stores.cases, routine=routine, reminders=ReminderPolicy(**policy))


def shown(card: dict[str, Any]) -> str:
    return " ".join(block["text"] for block in card["body"])


async def stored(stores: Stores, case: Case) -> Case:
    found = await stores.cases.get(case.id)
    assert found is not None
    return found


async def test_snooze_moves_the_next_reminder_a_week_ahead(
    memory_stores: Stores, routine: Routine
) -> None:
    case = await memory_stores.cases.create(draft(FRIDAY))
    value = {"action": "reminder.snooze", "case_id": case.id}
    card = await handle_reminder_action(services(memory_stores, routine), OWNER, value, now=NOW)
    assert "Du påminns igen den 2026-12-01." in shown(card)
    after = await stored(memory_stores, case)
    assert after.reminders.snoozed_until == NOW + timedelta(days=7)
    assert after.updated_at == case.updated_at  # not a change of the draft itself
    assert due_reminders(after, NOW + timedelta(days=7), ReminderPolicy()) == [
        NoticeKind.DRAFT_REMINDER
    ]


async def test_off_stops_the_reminders_for_the_case(
    memory_stores: Stores, routine: Routine
) -> None:
    case = await memory_stores.cases.create(
        done(FRIDAY).model_copy(update={"reference": "HB-2026-0007"})
    )
    value = {"action": "reminder.off", "case_id": case.id}
    card = await handle_reminder_action(services(memory_stores, routine), OWNER, value, now=NOW)
    assert "Inga fler påminnelser för HB-2026-0007." in shown(card)
    assert (await stored(memory_stores, case)).reminders.off


async def test_keep_confirms_an_active_role_until_the_next_review(
    memory_stores: Stores, routine: Routine
) -> None:
    role = done(FRIDAY).model_copy(update={"role_id": "chef", "reference": "HB-2026-0002"})
    case = await memory_stores.cases.create(role)
    value = {"action": "review.keep", "case_id": case.id}
    kept = services(memory_stores, routine, review_days=90)
    card = await handle_reminder_action(kept, OWNER, value, now=NOW)
    assert "Chef för Anna Andersson (HB-2026-0002) behövs fortfarande" in shown(card)
    assert "2027-02-22" in shown(card)
    assert (await stored(memory_stores, case)).reminders.reviewed_at == NOW


async def test_keep_of_a_role_that_has_ended_changes_nothing(
    memory_stores: Stores, routine: Routine
) -> None:
    case = await memory_stores.cases.create(done(FRIDAY))
    end = done(FRIDAY + timedelta(days=5), CaseKind.TERMINATION)
    await memory_stores.cases.create(end)
    value = {"action": "review.keep", "case_id": case.id}
    card = await handle_reminder_action(services(memory_stores, routine), OWNER, value, now=NOW)
    assert "inte en aktiv behörighet" in shown(card)
    assert (await stored(memory_stores, case)).reminders.reviewed_at is None


@pytest.mark.parametrize("action", ["reminder.snooze", "reminder.off", "review.keep"])
async def test_another_managers_case_is_refused_politely(
    memory_stores: Stores, routine: Routine, action: str
) -> None:
    case = await memory_stores.cases.create(done(FRIDAY))
    value = {"action": action, "case_id": case.id}
    card = await handle_reminder_action(services(memory_stores, routine), STRANGER, value)
    assert "hittar jag inte bland dina egna ärenden" in shown(card)
    assert await stored(memory_stores, case) == case
    assert "Till menyn" in actions_of(card)


@pytest.mark.parametrize(
    "value",
    [
        {"action": "reminder.snooze"},
        {"action": "reminder.later", "case_id": "x"},
        {"action": "reminder.off", "case_id": "unknown"},
    ],
)
async def test_unreadable_or_unknown_cards_change_nothing(
    memory_stores: Stores, routine: Routine, value: dict[str, Any]
) -> None:
    card = await handle_reminder_action(services(memory_stores, routine), OWNER, value)
    assert "inget har ändrats" in shown(card).lower()
    assert await memory_stores.cases.list_by_status(list(CaseStatus)) == []
