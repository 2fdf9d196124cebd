"""The scheduler's cards: reminders and reviews for managers, flags and warnings in the channel."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from cards.elements import (
    CardDict,
    Element,
    action_set,
    card,
    container,
    fact_set,
    heading,
    submit,
    text,
)
from cards.labels import KIND_LABELS, STAGE_TITLES, STATUS_LABELS, format_date
from store.models import Case
from store.reminders import local_date, untouched_since
from store.reviews import done_at
from store.routine import Document, Routine

MAX_REVIEWED = 15  # roles listed on one review card; the rest are under "Mina ärenden"
TO_MENU = submit("Till menyn", "menu.show")


def role_name(case: Case, routine: Routine) -> str:
    """The role's name in the routine, or its id if the routine no longer has it."""
    if not case.role_id:
        return "–"
    try:
        return routine.role(case.role_id).name
    except KeyError:
        return case.role_id


def person_name(case: Case) -> str:
    """The employee's name, or a neutral word when the draft has none yet."""
    return case.person.name if case.person else "medarbetaren"


def draft_reminder_card(case: Case, routine: Routine) -> CardDict:
    """To the manager: her draft has waited for the training; continue, snooze or stop asking."""
    who = person_name(case)
    body: list[Element] = [
        heading(f"Har {who} klarat utbildningarna nu?"),
        text(
            f"Ditt utkast om behörighetsrollen **{role_name(case, routine)}** för {who} har "
            f"stått vid steget *{STAGE_TITLES[case.stage]}* sedan "
            f"{format_date(local_date(case.updated_at))}."
        ),
        text(
            "Ärendet kan skickas till bemanningssamordnaren först när utbildningarna är gjorda. "
            "Är de klara fortsätter du där du slutade och fyller i datumen."
        ),
        # The main answer on a row of its own, so no title is cut off in a narrow chat.
        action_set(
            [submit("Fortsätt där jag slutade", "case.resume", style="positive", case_id=case.id)]
        ),
    ]
    actions = [
        submit("Påminn mig om en vecka", "reminder.snooze", case_id=case.id),
        submit("Inga fler påminnelser för ärendet", "reminder.off", case_id=case.id),
    ]
    return card(body, actions)


def coordinator_flag_card(case: Case, routine: Routine, waited: int) -> CardDict:
    """In the channel, as a new message: a case nobody has touched for `waited` working days."""
    days = "arbetsdag" if waited == 1 else "arbetsdagar"
    person = f"{case.person.name} ({case.person.user_id})" if case.person else "–"
    body: list[Element] = [
        heading(f"Väntar på åtgärd: {case.reference or 'ärende utan referens'}"),
        container(
            [text(f"Ärendet har väntat **{waited} {days}** utan att något hänt.")],
            style="attention",
        ),
        fact_set(
            [
                ("Referens", case.reference or "–"),
                ("Ärende", KIND_LABELS[case.kind]),
                ("Person", person),
                ("Behörighetsroll", role_name(case, routine)),
                ("Status", STATUS_LABELS[case.status]),
                ("Senaste händelse", format_date(local_date(untouched_since(case)))),
                ("Ansvarig chef", case.owner.name or case.owner.aad_object_id),
            ]
        ),
        text(
            "Hantera ärendet med knapparna på dess ärendekort, eller skriv "
            f"**visa ärende {case.reference or ''}**.",
            subtle=True,
            size="Small",
        ),
    ]
    return card(body)


def role_review_card(roles: Sequence[Case], routine: Routine) -> CardDict:
    """To the manager: the access roles she has requested that are active; still needed?"""
    body: list[Element] = [
        heading("Behövs behörigheterna fortfarande?"),
        text(
            "Med jämna mellanrum ber jag dig se över behörigheterna i Heroma som du har "
            "beställt och som fortfarande gäller. Som chef ansvarar du för att de stämmer."
        ),
    ]
    for role in roles[:MAX_REVIEWED]:
        body.append(_review_item(role, routine))
    if len(roles) > MAX_REVIEWED:
        rest = len(roles) - MAX_REVIEWED
        body.append(text(f"… och {rest} till. Du hittar alla under Mina ärenden.", subtle=True))
    return card(body, [submit("Mina ärenden", "menu.my_cases")])


def _review_item(role: Case, routine: Routine) -> Element:
    """One role on the review card, with its three answers."""
    person = f"{role.person.name} ({role.person.user_id})" if role.person else "–"
    since = format_date(local_date(done_at(role)))
    return container(
        [
            text(f"**{person}** · {role_name(role, routine)}"),
            text(f"{role.reference or '–'} · {KIND_LABELS[role.kind]} · klar {since}", subtle=True),
            action_set(
                [
                    submit("Behövs fortfarande", "review.keep", case_id=role.id),
                    submit("Avsluta", "menu.termination", case_id=role.id),
                    submit("Ändra", "menu.change", case_id=role.id),
                ]
            ),
        ],
        style="emphasis",
    )


def document_warning_card(document: Document, today: date) -> CardDict:
    """In the channel: the routine document the bot follows runs out soon (or has run out)."""
    left = (document.valid_to - today).days
    if left > 0:
        when = f"gäller till och med {format_date(document.valid_to)} – {left} dagar kvar"
    else:
        when = f"gällde till och med {format_date(document.valid_to)}"
    return card(
        [
            heading("Rutinen behöver en ny version"),
            text(f"Rutinen ”{document.title}” som assistenten följer {when}."),
            fact_set(
                [
                    ("Dokument-id", document.document_id),
                    ("Version", document.version),
                    ("Organisation", document.organisation),
                ]
            ),
            text(
                "Be rutinens innehållsansvarige om en reviderad version i god tid. Assistenten "
                "följer den här versionen tills en ny har lagts in."
            ),
        ]
    )


def reminder_reply_card(title: str, message: str) -> CardDict:
    """The answer to a press on a reminder's button: what was done, or why nothing was."""
    return card([heading(title), text(message)], [TO_MENU, submit("Mina ärenden", "menu.my_cases")])
