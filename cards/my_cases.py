"""'Mina ärenden': the manager's own cases with status and the next step."""

from __future__ import annotations

from collections.abc import Sequence

from cards.elements import CardDict, Element, card, container, heading, submit, text
from cards.labels import KIND_LABELS, STATUS_LABELS, case_summary, format_date, next_step
from store.models import Case, CaseStatus

MAX_LISTED = 20


def my_cases_card(cases: Sequence[Case], role_names: dict[str, str]) -> CardDict:
    """Up to 20 of the manager's cases, newest first, each with status and what happens next."""
    body: list[Element] = [heading("Mina ärenden")]
    if not cases:
        body.append(text("Du har inga ärenden ännu. Välj Ny behörighet i menyn för att börja."))
    for case in cases[:MAX_LISTED]:
        body.append(_case_item(case, role_names))
    if len(cases) > MAX_LISTED:
        body.append(text(f"Visar de {MAX_LISTED} senaste av {len(cases)} ärenden.", subtle=True))
    return card(body, [submit("Till menyn", "menu.show")])


def _case_item(case: Case, role_names: dict[str, str]) -> Element:
    title = case.reference or "Utkast"
    items: list[Element] = [
        text(f"**{title}** · {KIND_LABELS[case.kind]} · {STATUS_LABELS[case.status]}"),
        text(
            f"{case_summary(case, role_names)} · senast ändrad {format_date(case.updated_at)}",
            subtle=True,
        ),
        text(next_step(case), size="Small"),
    ]
    if case.status in (CaseStatus.DRAFT, CaseStatus.RETURNED):
        items.append(
            {
                "type": "ActionSet",
                "actions": [submit("Fortsätt", "case.resume", case_id=case.id)],
            }
        )
    return container(items, style="emphasis")
