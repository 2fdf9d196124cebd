"""The coordinator's side: decisions from the channel card and the channel's text commands.

Nothing the card carries is trusted but the case id and the verb: who may act, what the case
looks like and which move is legal are all decided here against the stored case.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from cards.coordinator import channel_case_card, open_cases_card
from cards.labels import KIND_LABELS, STATUS_LABELS
from dialogs.services import Services
from store.decisions import CommentRequired, Verb, decide
from store.export import select, to_csv
from store.models import MAX_COMMENT, Actor, Case, CaseStatus, utcnow
from store.routine import Routine
from store.transitions import IllegalTransition
from store.updates import update_case

OPEN = (CaseStatus.SUBMITTED, CaseStatus.IN_PROGRESS, CaseStatus.FORWARDED)
SENT = (*OPEN, CaseStatus.RETURNED, CaseStatus.DONE)
NOT_ALLOWED = "Bara bemanningssamordnare kan hantera ärenden. Inget har ändrats."
CHANNEL_HELP = (
    "Kommandon för bemanningssamordnare: **öppna ärenden**, **visa ärende HB-ÅÅÅÅ-NNNN**, "
    "**exportera** [verksamhetsområde] [från ÅÅÅÅ-MM-DD] [till ÅÅÅÅ-MM-DD] och "
    "**registrera kanal**."
)
_REFERENCE = re.compile(r"\bHB-\d{4}-\d{4,}\b", re.IGNORECASE)
_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@dataclass(frozen=True)
class CoordinatorPolicy:
    """Who counts as a coordinator: configured Entra object ids (coordinators and stand-ins)."""

    coordinator_ids: frozenset[str]
    tenant_id: str = ""  # empty: any tenant (local mode only)

    def allows(self, actor: Actor) -> bool:
        if self.tenant_id and actor.tenant_id != self.tenant_id:
            return False
        return actor.aad_object_id in self.coordinator_ids


@dataclass(frozen=True)
class DeskReply:
    """What the bot shows: a card and/or text, and the case to deliver if one changed."""

    card: dict[str, Any] | None = None
    text: str | None = None
    changed: Case | None = None
    register_channel: bool = False


class ActionData(BaseModel):
    model_config = ConfigDict(extra="ignore")

    case_id: str = Field(min_length=1, max_length=64)
    comment: str | None = Field(default=None, max_length=MAX_COMMENT)


class CoordinatorDesk:
    def __init__(
        self, services: Services, policy: CoordinatorPolicy, now: Callable[[], datetime] = utcnow
    ) -> None:
        self.cases = services.cases
        self.routine: Routine = services.routine
        self.policy = policy
        self.now = now

    async def act(self, actor: Actor, verb: str, data: Any) -> DeskReply:
        """A press on the channel card: check, decide, and answer with the fresh card."""
        try:
            parsed = ActionData.model_validate(data if isinstance(data, dict) else {})
        except ValidationError:
            return DeskReply(text="Kortet saknar uppgifter om ärendet. Inget har ändrats.")
        case = await self.cases.get(parsed.case_id)
        if case is None or case.reference is None:
            return DeskReply(text="Ärendet finns inte. Inget har ändrats.")
        if not self.policy.allows(actor):
            return DeskReply(card=self.card(case, NOT_ALLOWED))
        try:
            chosen = Verb(verb)
        except ValueError:
            return DeskReply(card=self.card(case, "Okänd åtgärd. Inget har ändrats."))
        try:
            updated = await update_case(
                self.cases, case.id, lambda c: decide(c, chosen, actor, parsed.comment, self.now())
            )
        except CommentRequired as exc:
            return DeskReply(card=self.card(case, str(exc)))
        except IllegalTransition:
            fresh = await self.cases.get(case.id) or case
            who = fresh.handler.name if fresh.handler else "någon annan"
            status = STATUS_LABELS[fresh.status].lower()
            return DeskReply(card=self.card(fresh, f"Redan hanterat av {who} (nu {status})."))
        return DeskReply(card=self.card(updated), changed=updated)

    async def command(self, actor: Actor, text: str) -> DeskReply:
        """A text command in the channel."""
        words = text.casefold().split()
        if not self.policy.allows(actor):
            return DeskReply(text="Kommandona här är till för bemanningssamordnare.")
        if words[:2] == ["registrera", "kanal"]:
            return DeskReply(register_channel=True)
        if words[:2] == ["öppna", "ärenden"]:
            open_cases = await self.cases.list_by_status(OPEN)
            role_names = {role.id: role.name for role in self.routine.roles}
            return DeskReply(card=open_cases_card(open_cases, self.now(), role_names))
        if words[:1] == ["visa"]:
            return await self.show(text)
        if words[:1] == ["exportera"]:
            return await self.export(text)
        return DeskReply(text=CHANNEL_HELP)

    async def show(self, text: str) -> DeskReply:
        found = _REFERENCE.search(text)
        if not found:
            return DeskReply(text="Ange referensen, t.ex. **visa ärende HB-2026-0001**.")
        reference = found.group(0).upper()
        matches = [c for c in await self.cases.list_by_status(SENT) if c.reference == reference]
        if not matches:
            return DeskReply(text=f"Hittar inget ärende {reference}.")
        return DeskReply(card=self.card(matches[0]))

    async def export(self, text: str) -> DeskReply:
        """CSV of sent cases, optionally for one business area and a date range."""
        try:
            dates = [date.fromisoformat(d) for d in _DATE.findall(text)]
        except ValueError:
            return DeskReply(text="Ett datum kunde inte läsas. Skriv datum som ÅÅÅÅ-MM-DD.")
        rest = _DATE.sub("", text).split(maxsplit=1)
        area = rest[1].removeprefix("från").strip() if len(rest) > 1 else ""
        area = re.sub(r"\b(från|till)\b", "", area).strip()
        start = dates[0] if dates else None
        end = dates[1] if len(dates) > 1 else None
        chosen = select(await self.cases.list_by_status(SENT), area, start, end)
        scope = f" för {area}" if area else ""
        header = f"Export av {len(chosen)} ärenden{scope} (semikolonseparerad CSV):"
        table = to_csv(chosen, self.routine, kind_names=KIND_LABELS, status_names=STATUS_LABELS)
        return DeskReply(text=f"{header}\n\n```\n{table}```")

    def card(self, case: Case, notice: str | None = None) -> dict[str, Any]:
        return channel_case_card(case, self.routine, notice=notice)
