"""A manager's answer to a reminder: remind me later, no more reminders, or keep a role.

Only the case id and the action are read from the card; that the case is the manager's own
and what it allows are decided against the stored case.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from cards.reminders import reminder_reply_card, role_name
from dialogs.services import Services
from store.models import Actor, Case, utcnow
from store.reminders import (
    NotDue,
    ReminderPolicy,
    local_date,
    mark_reviewed,
    snooze,
    turn_off,
)
from store.reviews import active_roles
from store.updates import update_case

UNREADABLE = "Det kortet kunde jag inte läsa, så inget har ändrats. Välj i menyn i stället."
NOT_YOURS = (
    "Det ärendet hittar jag inte bland dina egna ärenden, så inget har ändrats. "
    "Påminnelser kan bara ändras av chefen som äger ärendet."
)
NOT_ACTIVE = "{name} är inte en aktiv behörighet längre, så det finns inget att bekräfta."


class ReminderAction(BaseModel):
    """What a reminder's button sends; anything else on the card is ignored."""

    model_config = ConfigDict(extra="ignore")

    action: Literal["reminder.snooze", "reminder.off", "review.keep"]
    case_id: str = Field(min_length=1, max_length=64)


def case_name(case: Case) -> str:
    """How the manager knows the case: its reference, or the draft's person."""
    if case.reference:
        return case.reference
    return f"utkastet för {case.person.name}" if case.person else "utkastet"


async def handle_reminder_action(
    services: Services,
    actor: Actor,
    value: dict[str, Any],
    *,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Snooze, turn off or keep, for the actor's own case only; returns the card to show."""
    try:
        request = ReminderAction.model_validate(value)
    except ValidationError:
        return reminder_reply_card("Inget har ändrats", UNREADABLE)
    case = await services.cases.get(request.case_id)
    if case is None or case.owner.aad_object_id != actor.aad_object_id:
        return reminder_reply_card("Inget har ändrats", NOT_YOURS)
    rules = services.reminders
    at = now or utcnow()
    if request.action == "reminder.snooze":
        stored = await update_case(services.cases, case.id, lambda c: snooze(c, at, rules))
        until = stored.reminders.snoozed_until or at
        return reminder_reply_card(
            "Påminnelsen är flyttad", f"Du påminns igen den {local_date(until).isoformat()}."
        )
    if request.action == "reminder.off":
        await update_case(services.cases, case.id, turn_off)
        return reminder_reply_card(
            "Påminnelserna är avstängda",
            f"Inga fler påminnelser för {case_name(case)}. Ärendet finns kvar under Mina ärenden.",
        )
    return await _keep(services, case, at, rules)


async def _keep(
    services: Services, case: Case, at: datetime, rules: ReminderPolicy
) -> dict[str, Any]:
    """The manager confirms that an active role is still needed: next question in review_days."""
    mine = await services.cases.list_by_owner(case.owner.aad_object_id)
    if case.id not in {role.id for role in active_roles(mine)}:
        return reminder_reply_card("Inget har ändrats", NOT_ACTIVE.format(name=case_name(case)))
    await update_case(services.cases, case.id, lambda c: _reviewed(c, at))
    role = role_name(case, services.routine)
    who = case.person.name if case.person else "medarbetaren"
    next_time = local_date(at + timedelta(days=rules.review_days)).isoformat()
    return reminder_reply_card(
        "Tack, behörigheten står kvar",
        f"{role} för {who} ({case_name(case)}) behövs fortfarande. "
        f"Jag frågar igen omkring {next_time}.",
    )


def _reviewed(case: Case, at: datetime) -> Case:
    """Kept at `at`, or unchanged if a review at the same moment already covered it."""
    try:
        return mark_reviewed(case, at)
    except NotDue:
        return case
