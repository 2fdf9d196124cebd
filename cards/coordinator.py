"""The coordinator's cards: the case card in her channel, the open list, status to the manager."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from cards.elements import (
    CardDict,
    Element,
    card,
    container,
    execute,
    fact_set,
    heading,
    submit,
    text,
    text_input,
)
from cards.labels import KIND_LABELS, STATUS_LABELS, case_summary, next_step
from cards.review import case_facts
from store.decisions import Verb, available_verbs
from store.models import MAX_COMMENT, Case, CaseStatus
from store.routine import Routine

VERB_TITLES: dict[Verb, str] = {
    Verb.TAKE: "Jag hanterar",
    Verb.FORWARD: "Skickad till Löneservice",
    Verb.DONE: "Klar",
    Verb.RETURN: "Returnera för komplettering",
}
STATUS_STYLE: dict[CaseStatus, str] = {
    CaseStatus.SUBMITTED: "attention",
    CaseStatus.IN_PROGRESS: "accent",
    CaseStatus.RETURNED: "warning",
    CaseStatus.FORWARDED: "accent",
    CaseStatus.DONE: "good",
}
HISTORY_SHOWN = 6
LOCAL_TIME = ZoneInfo("Europe/Stockholm")


def channel_case_card(case: Case, routine: Routine, *, notice: str | None = None) -> CardDict:
    """The case as the whole channel sees it; only the actions that still apply are shown."""
    body: list[Element] = []
    if notice:
        body.append(text(notice, color="Attention", weight="Bolder"))
    body += [
        heading(f"{case.reference} · {KIND_LABELS[case.kind]}"),
        container(
            [text(handling_line(case))],
            style=STATUS_STYLE.get(case.status, "default"),
        ),
        fact_set(
            [
                *case_facts(case, routine)[1:],
                ("Ansvarig chef", case.owner.name or case.owner.aad_object_id),
                ("Inskickad", format_datetime(case.submitted_at)),
            ]
        ),
        text("**Historik**", spacing="Medium"),
        *history(case),
    ]
    verbs = available_verbs(case.status)
    if Verb.RETURN in verbs:
        body.append(
            text_input(
                "comment",
                "Kommentar till chefen (krävs vid retur)",
                max_length=MAX_COMMENT,
                multiline=True,
                placeholder="Vad behöver kompletteras?",
            )
        )
    actions = [execute(VERB_TITLES[v], v.value, case_id=case.id) for v in verbs]
    return card(body, actions)


def handling_line(case: Case) -> str:
    """The status and who has the case; a case sent in again is nobody's until someone takes it."""
    who = (case.handler.name or case.handler.aad_object_id) if case.handler else ""
    if case.status is CaseStatus.SUBMITTED and who:
        # Only a decision sets the handler, so a submitted case with one was returned and resent.
        return f"**Inskickad igen** · hanterades tidigare av {who}"
    return f"**{STATUS_LABELS[case.status]}** · hanteras av {who or 'ingen ännu'}"


def history(case: Case) -> list[Element]:
    lines = []
    for event in case.events[-HISTORY_SHOWN:]:
        what = STATUS_LABELS[event.to_status] if event.to_status else event.action
        line = (
            f"{format_datetime(event.at)} · {event.actor.name or event.actor.aad_object_id}: {what}"
        )
        if event.comment:
            line += f" – ”{event.comment}”"
        lines.append(text(line, size="Small", subtle=True, spacing="None"))
    return lines


def status_card(case: Case, routine: Routine, comment: str | None) -> CardDict:
    """Told to the manager in her chat at every status change."""
    role_names = {role.id: role.name for role in routine.roles}
    body: list[Element] = [
        heading(f"{case.reference}: {STATUS_LABELS[case.status]}"),
        text(f"Ditt ärende ({case_summary(case, role_names)}) har fått ny status."),
    ]
    if case.handler:
        body.append(text(f"Hanteras av {case.handler.name or 'bemanningssamordnaren'}."))
    if comment:
        body.append(text(f"**Kommentar från bemanningssamordnaren:** {comment}"))
    body.append(text(next_step(case)))
    actions = [submit("Mina ärenden", "menu.my_cases")]
    if case.status is CaseStatus.RETURNED:
        actions.insert(
            0, submit("Komplettera ärendet", "case.resume", style="positive", case_id=case.id)
        )
    return card(body, actions)


def open_cases_card(
    cases: Sequence[Case], now: datetime, role_names: Mapping[str, str]
) -> CardDict:
    """The open cases, oldest first, each with what it is about and its age in days."""
    body: list[Element] = [heading(f"Öppna ärenden ({len(cases)})")]
    if not cases:
        body.append(text("Inga öppna ärenden just nu."))
    for case in cases[:30]:
        since = case.submitted_at or case.created_at
        days = max((now - since).days, 0)
        body.append(
            text(
                f"**{case.reference}** · {KIND_LABELS[case.kind]} · "
                f"{case_summary(case, role_names)} · "
                f"{STATUS_LABELS[case.status]} · {days} dagar"
            )
        )
    if len(cases) > 30:
        body.append(text(f"… och {len(cases) - 30} till. Skriv **exportera** för hela listan."))
    body.append(
        text("Skriv **visa ärende HB-ÅÅÅÅ-NNNN** för ett ärende.", subtle=True, size="Small")
    )
    return card(body)


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return "–"
    return value.astimezone(LOCAL_TIME).strftime("%Y-%m-%d %H:%M")
