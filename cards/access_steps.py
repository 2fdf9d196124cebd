"""The first four cards of the new-access flow: assignment, role, person, responsibility units."""

from __future__ import annotations

from collections.abc import Sequence

from cards.elements import (
    CardDict,
    Element,
    bullet_list,
    card,
    choice_set,
    fact_set,
    heading,
    progress,
    submit,
    submit_without_inputs,
    text,
    text_input,
)
from cards.labels import FLOW_STEPS, STAGE_TITLES, step_of
from store.models import MAX_NAME, MAX_SHORT, Person, Stage
from store.routine import Assignment, Course, Role

USER_ID_PATTERN = r"^[A-Za-z]{3,8}[0-9]{0,4}$"
EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"


def flow_actions(primary: Element, case_id: str) -> list[Element]:
    """The primary action of a step, then help and cancel, which never validate inputs."""
    return [
        primary,
        submit_without_inputs("Hjälp", "flow.help", case_id=case_id),
        submit_without_inputs("Avbryt", "flow.cancel", case_id=case_id),
    ]


def step_header(stage: Stage) -> list[Element]:
    return [progress(step_of(stage), FLOW_STEPS, STAGE_TITLES[stage]), heading(STAGE_TITLES[stage])]


def assignment_card(
    assignments: Sequence[Assignment], *, selected: str = "", case_id: str = ""
) -> CardDict:
    """Step 1: which assignment the person has; the assignment decides the access role."""
    body = [
        *step_header(Stage.ASSIGNMENT),
        text(
            "Vilket uppdrag har personen som ska få behörighet i Heroma? Uppdraget avgör vilken "
            "behörighetsroll personen får."
        ),
        choice_set(
            "assignment_id",
            "Personens uppdrag",
            [(a.name, a.id) for a in assignments],
            value=selected,
            required=True,
        ),
    ]
    primary = submit("Nästa", "new_access.assignment", style="positive", case_id=case_id)
    return card(body, flow_actions(primary, case_id))


def role_card(
    assignment: Assignment, role: Role, courses: Sequence[Course], *, case_id: str
) -> CardDict:
    """Step 2: the role the assignment gives, the rule behind it and the courses it needs."""
    facts = [("Uppdrag", assignment.name), ("Behörighetsroll", role.name)]
    if assignment.valid_from:
        facts.append(("Gäller från", assignment.valid_from.isoformat()))
    body = [
        *step_header(Stage.ROLE),
        fact_set(facts),
        text(f"**Regel:** {assignment.rule}"),
        text(role.description),
        text("Rollen kräver att personen har klarat dessa förberedande utbildningar:"),
        bullet_list(course.name for course in courses),
    ]
    primary = submit("Stämmer, fortsätt", "new_access.role", style="positive", case_id=case_id)
    actions = flow_actions(primary, case_id)
    actions.insert(1, submit_without_inputs("Byt uppdrag", "new_access.role_back", case_id=case_id))
    return card(body, actions)


def person_card(person: Person | None, *, case_id: str) -> CardDict:
    """Step 3: who the person is: name, user id (e.g. a VGR-ID) and e-mail."""
    body = [
        *step_header(Stage.PERSON),
        text("Vem ska få behörigheten? Uppgifterna skrivs in på behörighetsblanketten."),
        text_input(
            "name",
            "Namn",
            value=person.name if person else "",
            placeholder="För- och efternamn",
            required=True,
            max_length=MAX_NAME,
        ),
        text_input(
            "user_id",
            "Användar-id (t.ex. VGR-ID)",
            value=person.user_id if person else "",
            placeholder="t.ex. annan12",
            required=True,
            max_length=MAX_SHORT,
            regex=USER_ID_PATTERN,
            error_message="Ange användar-id som 3–8 bokstäver följda av högst 4 siffror.",
        ),
        text_input(
            "email",
            "E-post",
            value=person.email if person else "",
            placeholder="fornamn.efternamn@example.se",
            required=True,
            max_length=MAX_NAME,
            regex=EMAIL_PATTERN,
            error_message="Ange en e-postadress, t.ex. fornamn.efternamn@example.se.",
        ),
    ]
    primary = submit("Nästa", "new_access.person", style="positive", case_id=case_id)
    return card(body, flow_actions(primary, case_id))


def units_card(units: Sequence[str], business_area: str, *, case_id: str) -> CardDict:
    """Step 4: the responsibility unit(s) the role applies to and the business area."""
    body = [
        *step_header(Stage.UNITS),
        text(
            "Vilket eller vilka ansvar ska behörigheten gälla? Skriv ett ansvar per rad, "
            "med nummer och gärna namn."
        ),
        text_input(
            "units",
            "Ansvar (ett per rad)",
            value="\n".join(units),
            placeholder="t.ex. 123456 Medicinavdelning 12",
            required=True,
            max_length=2000,
            multiline=True,
        ),
        text_input(
            "business_area",
            "Verksamhetsområde",
            value=business_area,
            placeholder="t.ex. VO Medicin",
            required=True,
            max_length=MAX_NAME,
        ),
    ]
    primary = submit("Nästa", "new_access.units", style="positive", case_id=case_id)
    return card(body, flow_actions(primary, case_id))
