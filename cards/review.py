"""The access form for review, the manager's confirmation, and the receipt after submission."""

from __future__ import annotations

from collections.abc import Sequence

from cards.access_steps import flow_actions, step_header
from cards.elements import (
    CardDict,
    action_set,
    card,
    fact_set,
    heading,
    submit,
    submit_without_inputs,
    text,
    toggle,
)
from cards.labels import ASPECT_LABELS, KIND_LABELS, PAYROLL_TASK, STATUS_LABELS, format_date
from store.kinds import ChangeAspect
from store.models import Case, CaseKind, CaseStatus, Stage
from store.routine import Course, Routine


def case_facts(case: Case, routine: Routine) -> list[tuple[str, str]]:
    """Every field of the form as (label, value), in the form's order, for any kind of case."""
    facts = [("Ärende", KIND_LABELS[case.kind])]
    if case.kind is CaseKind.MANAGER_LINK:
        return facts + _manager_link_facts(case)
    person = case.person
    facts += [
        ("Namn", person.name if person else "–"),
        ("Användar-id", person.user_id if person else "–"),
        ("E-post", person.email if person else "–"),
    ]
    if case.kind is CaseKind.TERMINATION:
        return facts + _termination_facts(case, routine)
    if case.kind is CaseKind.CHANGE and case.change:
        change = case.change
        changed = [ASPECT_LABELS[aspect] for aspect in ChangeAspect if aspect in change.aspects]
        facts += [
            ("Utgår från", change.based_on_reference or "–"),
            ("Ändras", "; ".join(changed) or "–"),
            ("Skäl", change.reason or "–"),
            ("Gäller från", format_date(change.valid_from)),
        ]
    role = routine.role(case.role_id).name if case.role_id else "–"
    assignment = routine.assignment(case.assignment_id).name if case.assignment_id else "–"
    facts += [
        ("Uppdrag", assignment),
        ("Behörighetsroll", role),
        ("Ansvar", ", ".join(case.responsibility_units) or "–"),
        ("Verksamhetsområde", case.business_area or "–"),
    ]
    for record in case.courses:
        facts.append((routine.course(record.course_id).name, format_date(record.completed_on)))
    facts.append(("Heromautbildningen", format_date(case.heroma_course_completed_on)))
    return facts


def _termination_facts(case: Case, routine: Routine) -> list[tuple[str, str]]:
    details = case.termination
    roles = ", ".join(routine.role(r).name for r in details.roles) if details else "–"
    return [
        ("Roller som avslutas", roles or "–"),
        ("Sista dag", format_date(details.last_day if details else None)),
        ("Utgår från", (details.based_on_reference if details else None) or "–"),
    ]


def _manager_link_facts(case: Case) -> list[tuple[str, str]]:
    link = case.manager_link
    manager = link.new_manager if link else None
    return [
        ("Ansvar", link.unit if link else "–"),
        ("Verksamhetsområde", case.business_area or "–"),
        ("Ny chef", manager.name if manager else "–"),
        ("Användar-id", manager.user_id if manager else "–"),
        ("E-post", manager.email if manager else "–"),
        ("Från", format_date(link.from_date if link else None)),
        ("Tidigare chef", (link.previous_manager if link else None) or "–"),
    ]


def review_card(case: Case, routine: Routine, manager_name: str) -> CardDict:
    """Step 7: the whole access form to check, two confirmations and the submit button."""
    body = [
        *step_header(Stage.REVIEW),
        text(
            "Så här ser behörighetsblanketten ut. Kontrollera uppgifterna innan du skickar den "
            "till bemanningssamordnaren."
        ),
        fact_set(case_facts(case, routine)),
        action_set(
            [
                submit_without_inputs(
                    "Ändra person", "new_access.edit", case_id=case.id, section="person"
                ),
                submit_without_inputs(
                    "Ändra ansvar", "new_access.edit", case_id=case.id, section="ansvar"
                ),
                submit_without_inputs(
                    "Ändra utbildningar", "new_access.edit", case_id=case.id, section="utbildning"
                ),
            ]
        ),
        text(f"Ansvarig chef: **{manager_name}**"),
        toggle("confirm_responsible", "Jag är ansvarig chef för personen", label="Ansvarig chef"),
        toggle("confirm_correct", "Jag har kontrollerat att uppgifterna stämmer", label="Kontroll"),
    ]
    primary = submit(
        "Skicka till bemanningssamordnaren", "new_access.review", style="positive", case_id=case.id
    )
    return card(body, flow_actions(primary, case.id))


_VIA_COORDINATOR = (
    "bemanningssamordnaren granskar blanketten och lämnar den vidare till Löneservice "
    "specialistsupport, som"
)
# The receipt's "what happens next", for each kind of case (the routine's path).
WHAT_HAPPENS_NEXT: dict[CaseKind, str] = {
    CaseKind.NEW_ACCESS: f"{_VIA_COORDINATOR} {PAYROLL_TASK[CaseKind.NEW_ACCESS]}.",
    CaseKind.CHANGE: f"{_VIA_COORDINATOR} {PAYROLL_TASK[CaseKind.CHANGE]}.",
    CaseKind.TERMINATION: (
        f"{_VIA_COORDINATOR} {PAYROLL_TASK[CaseKind.TERMINATION]}. En behörighet tas aldrig "
        "bort automatiskt – därför behövs ditt avslut."
    ),
    CaseKind.MANAGER_LINK: (
        f"{_VIA_COORDINATOR} {PAYROLL_TASK[CaseKind.MANAGER_LINK]}. Då går medarbetarnas "
        "ärenden till rätt chef."
    ),
}


def receipt_card(
    case: Case, routine: Routine, *, channel_ready: bool, resent: bool = False
) -> CardDict:
    """The receipt: the reference, what was sent and what happens next.

    `channel_ready`: a coordinator channel is registered, so the case card is on its way there
    (the outbox posts it right after the receipt and retries until the connector takes it).

    `resent`: the case went in earlier (a turn cut off before its receipt, an old card pressed
    again), so the receipt is shown once more and nothing is sent twice.
    """
    delivery = (
        ""  # a coordinator has it already: the status line above says where it stands
        if resent and case.status is not CaseStatus.SUBMITTED
        else "Det går nu till bemanningssamordnarens kanal i Teams."
        if channel_ready
        else "Ärendet är sparat och köat; bemanningssamordnaren får det så snart kanalen är "
        "kopplad till assistenten."
    )
    body = [heading(f"Skickat: {case.reference}")]
    if resent:
        body.append(
            text(
                "Ärendet var redan inskickat, så det skickades inte en gång till. Här är "
                f"kvittot igen. Status just nu: {STATUS_LABELS[case.status]}.",
                weight="Bolder",
            )
        )
    body += [
        text(f"Tack! Ärendet har referensnumret **{case.reference}**. {delivery}".strip()),
        fact_set(case_facts(case, routine)),
        text(
            f"**Så går det vidare:** {WHAT_HAPPENS_NEXT[case.kind]} Du får besked här i "
            "chatten när status ändras."
        ),
    ]
    return card(body, [submit("Mina ärenden", "menu.my_cases"), submit("Till menyn", "menu.show")])


def missing_training_notice(missing: Sequence[Course]) -> str:
    names = ", ".join(course.name for course in missing)
    return f"Blanketten kan inte skickas förrän utbildningen är klar. Saknas: {names}."
