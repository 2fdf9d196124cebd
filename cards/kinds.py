"""Cards of the change, termination and manager-link flows."""

from __future__ import annotations

from collections.abc import Sequence

from cards.access_steps import EMAIL_PATTERN, USER_ID_PATTERN, flow_actions
from cards.elements import (
    CardDict,
    Element,
    card,
    choice_set,
    date_input,
    fact_set,
    heading,
    submit,
    submit_without_inputs,
    text,
    text_input,
    toggle,
)
from cards.labels import ASPECT_LABELS
from store.kinds import MAX_LINE, MAX_TEXT
from store.models import Case, Person
from store.routine import Role

NOTHING_ENDS_BY_ITSELF = (
    "En behörighet i Heroma upphör aldrig av sig själv – inte ens när anställningen eller "
    "uppdraget tar slut. Du som ansvarig chef skickar in avslutet."
)
# A choice's value may not be empty in Adaptive Cards; this one means "no earlier case".
FROM_SCRATCH = "fran_borjan"


def base_case_card(
    title: str, intro: str, cases: Sequence[Case], role_names: dict[str, str], *, action: str
) -> CardDict:
    """Choose an earlier case to start from, or start from scratch."""
    choices = [("Inget – jag fyller i från början", FROM_SCRATCH)]
    for case in cases:
        who = case.person.name if case.person else "–"
        role = role_names.get(case.role_id or "", "–")
        choices.append((f"{case.reference} · {who} · {role}", case.id))
    body = [
        heading(title),
        text(intro),
        choice_set("base_case_id", "Utgå från ärende", choices, value=FROM_SCRATCH),
    ]
    return card(body, flow_actions(submit("Nästa", action, style="positive"), ""))


def change_card(case: Case, *, reason: str = "") -> CardDict:
    """What changes, why, and from when; the access steps follow with the values prefilled."""
    details = case.change
    body: list[Element] = [heading("Förändring av behörighet")]
    if details and details.based_on_reference:
        body.append(text(f"Utgår från {details.based_on_reference}."))
    body += [
        text(
            "Rollen ska revideras när ett uppdrag ändras, så att rätt person har åtkomst till "
            "rätt medarbetare. Vad ändras?"
        ),
        choice_set(
            "aspects",
            "Det här ändras",
            [(title, aspect.value) for aspect, title in ASPECT_LABELS.items()],
            value=",".join(a.value for a in details.aspects) if details else "",
            multi=True,
            required=True,
            error_message="Välj vad som ändras.",
        ),
        text_input(
            "reason",
            "Varför?",
            value=details.reason if details else reason,
            placeholder="t.ex. ny tjänst som enhetschef från 1 januari",
            required=True,
            error_message="Skriv varför behörigheten ändras.",
            max_length=MAX_TEXT,
            multiline=True,
        ),
        date_input(
            "valid_from",
            "Gäller från",
            value=details.valid_from.isoformat() if details and details.valid_from else "",
            required=True,
            error_message="Ange från vilket datum förändringen gäller.",
        ),
    ]
    primary = submit("Nästa", "change.details", style="positive", case_id=case.id)
    return card(body, flow_actions(primary, case.id))


def person_inputs(person: Person | None) -> list[Element]:
    return [
        text_input(
            "name", "Namn", value=person.name if person else "", required=True, max_length=MAX_LINE
        ),
        text_input(
            "user_id",
            "Användar-id (t.ex. VGR-ID)",
            value=person.user_id if person else "",
            required=True,
            max_length=60,
            regex=USER_ID_PATTERN,
            error_message="Ange användar-id som 3–8 bokstäver följda av högst 4 siffror.",
        ),
        text_input(
            "email",
            "E-post",
            value=person.email if person else "",
            required=True,
            max_length=MAX_LINE,
            regex=EMAIL_PATTERN,
            error_message="Ange en e-postadress, t.ex. fornamn.efternamn@example.se.",
        ),
    ]


def termination_card(case: Case, roles: Sequence[Role]) -> CardDict:
    """Who, which role(s) end, and the last day."""
    details = case.termination
    body: list[Element] = [
        heading("Avslut av behörighet"),
        text(NOTHING_ENDS_BY_ITSELF, weight="Bolder"),
        *person_inputs(case.person),
        choice_set(
            "roles",
            "Roller som ska avslutas",
            [(role.name, role.id) for role in roles],
            value=",".join(details.roles) if details else "",
            multi=True,
            required=True,
            error_message="Välj minst en roll som ska avslutas.",
        ),
        date_input(
            "last_day",
            "Sista dag med behörighet",
            value=details.last_day.isoformat() if details and details.last_day else "",
            required=True,
        ),
    ]
    primary = submit("Nästa", "termination.details", style="positive", case_id=case.id)
    return card(body, flow_actions(primary, case.id))


def manager_link_card(case: Case | None) -> CardDict:
    """A new manager for a responsibility unit, so employees' matters reach the right manager."""
    link = case.manager_link if case else None
    body: list[Element] = [
        heading("Chefskoppling"),
        text(
            "När chefen för ett ansvar byts måste den nya chefen kopplas till ansvaret i Heroma, "
            "annars hamnar medarbetarnas ärenden hos fel chef."
        ),
        text_input(
            "unit", "Ansvar", value=link.unit if link else "", required=True, max_length=MAX_LINE
        ),
        text_input(
            "business_area",
            "Verksamhetsområde",
            value=(case.business_area or "") if case else "",
            required=True,
            max_length=MAX_LINE,
        ),
        text("**Ny chef**"),
        *person_inputs(link.new_manager if link else None),
        date_input(
            "from_date",
            "Kopplingen gäller från",
            value=link.from_date.isoformat() if link and link.from_date else "",
            required=True,
            error_message="Ange från vilket datum kopplingen gäller.",
        ),
        text_input(
            "previous_manager",
            "Tidigare chef (om du vet)",
            value=(link.previous_manager or "") if link else "",
            max_length=MAX_LINE,
        ),
    ]
    case_id = case.id if case else ""
    primary = submit("Nästa", "manager_link.details", style="positive", case_id=case_id)
    return card(body, flow_actions(primary, case_id))


def confirm_card(
    title: str,
    facts: list[tuple[str, str]],
    manager_name: str,
    *,
    action: str,
    case_id: str,
    note: str = "",
) -> CardDict:
    """The whole form to check, the manager's two confirmations, and the submit button."""
    body: list[Element] = [heading(title), fact_set(facts)]
    if note:
        body.append(text(note, weight="Bolder"))
    body += [
        text(f"Ansvarig chef: **{manager_name}**"),
        toggle(
            "confirm_responsible",
            "Jag är ansvarig chef och skickar in detta",
            label="Ansvarig chef",
        ),
        toggle("confirm_correct", "Jag har kontrollerat att uppgifterna stämmer", label="Kontroll"),
    ]
    primary = submit("Skicka till bemanningssamordnaren", action, style="positive", case_id=case_id)
    actions = flow_actions(primary, case_id)
    actions.insert(1, submit_without_inputs("Ändra", "flow.back", case_id=case_id))
    return card(body, actions)
