"""The training gates: preparatory courses, then the Heroma course the person enrols in herself."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from cards.access_steps import flow_actions, step_header
from cards.elements import (
    CardDict,
    bullet_list,
    card,
    choice_set,
    date_input,
    heading,
    submit,
    submit_without_inputs,
    text,
)
from store.models import Stage
from store.routine import Course, LearningPortal

# How far the person has come with the Heroma course (values of the choice set).
HEROMA_NOT_ENROLLED = "inte_anmald"
HEROMA_ENROLLED = "anmald"
HEROMA_COMPLETED = "genomford"


def course_input_id(course_id: str) -> str:
    return f"course_{course_id}"


def courses_card(
    person_name: str,
    courses: Sequence[Course],
    completed: Mapping[str, date | None],
    *,
    case_id: str,
) -> CardDict:
    """Step 5: a checklist of the preparatory courses with the date each one was passed."""
    body = [
        *step_header(Stage.COURSES),
        text(
            f"Har {person_name} klarat de förberedande utbildningarna i Lärportalen? Ange datumet "
            "då varje utbildning blev godkänd. Lämna datumet tomt för en utbildning som inte är "
            "klar än, så sparar jag utkastet och du fortsätter när den är klar."
        ),
    ]
    for course in courses:
        done = completed.get(course.id)
        body.append(
            date_input(
                course_input_id(course.id),
                f"{course.name}, godkänd datum",
                value=done.isoformat() if done else "",
            )
        )
    primary = submit("Nästa", "new_access.courses", style="positive", case_id=case_id)
    return card(body, flow_actions(primary, case_id))


def courses_missing_card(
    person_name: str, missing: Sequence[Course], portal: LearningPortal, *, case_id: str
) -> CardDict:
    """The flow pauses: which courses are missing and how the person completes them."""
    body = [
        heading("Utkastet är sparat – utbildning saknas"),
        text(f"{person_name} behöver bli godkänd i följande innan ansökan kan gå vidare:"),
        bullet_list(course.name for course in missing),
        text(f"**Så gör personen:** {portal.how_to}"),
        text(
            "Behörighetsblanketten skickas först när utbildningen är genomförd. När kurserna är "
            "klara trycker du på Fortsätt, eller skriver **fortsätt**, så tar vi vid här."
        ),
    ]
    actions = [
        submit("Fortsätt", "case.resume", style="positive", case_id=case_id),
        submit("Till menyn", "menu.show"),
    ]
    return card(body, actions)


def heroma_course_card(
    person_name: str,
    portal: LearningPortal,
    *,
    status: str,
    completed_on: date | None,
    case_id: str,
) -> CardDict:
    """Step 6: the Heroma course itself, which the person enrols in after the preparatory ones."""
    body = [
        *step_header(Stage.HEROMA_COURSE),
        text(
            f"De förberedande utbildningarna är klara. Nu anmäler sig {person_name} själv till "
            f'Heromautbildningen genom att söka på "{portal.search_term}" i {portal.name}. '
            "Du som chef kan inte göra anmälan åt personen."
        ),
        choice_set(
            "heroma_status",
            "Hur långt har personen kommit?",
            [
                ("Inte anmäld än", HEROMA_NOT_ENROLLED),
                ("Anmäld, men inte klar med utbildningen", HEROMA_ENROLLED),
                ("Har genomfört Heromautbildningen", HEROMA_COMPLETED),
            ],
            value=status,
            required=True,
            error_message="Välj hur långt personen har kommit.",
        ),
        date_input(
            "heroma_completed_on",
            "Datum då Heromautbildningen genomfördes",
            value=completed_on.isoformat() if completed_on else "",
        ),
    ]
    primary = submit("Nästa", "new_access.heroma_course", style="positive", case_id=case_id)
    return card(body, flow_actions(primary, case_id))


def heroma_course_pending_card(
    person_name: str, portal: LearningPortal, *, enrolled: bool, case_id: str
) -> CardDict:
    """The flow pauses until the Heroma course is done; says what the person does next."""
    if enrolled:
        what = (
            f"{person_name} är anmäld men har inte genomfört Heromautbildningen än. "
            "Blanketten skickas in först efter genomförd utbildning."
        )
    else:
        what = (
            f"{person_name} behöver anmäla sig själv: logga in i {portal.name}, sök på "
            f'"{portal.search_term}" och anmäl dig till utbildningen.'
        )
    body = [
        heading("Utkastet är sparat – väntar på Heromautbildningen"),
        text(what),
        text("Tryck på Fortsätt, eller skriv **fortsätt**, när utbildningen är genomförd."),
    ]
    actions = [
        submit("Fortsätt", "case.resume", style="positive", case_id=case_id),
        submit_without_inputs("Till menyn", "menu.show"),
    ]
    return card(body, actions)
