"""Every card of the menu and the new-access flow, for representative data (checked by
test_renderer.py with Microsoft's Adaptive Cards library and by test_flow_cards.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from cards.access_steps import assignment_card, person_card, role_card, units_card
from cards.errors import with_errors, with_notice, with_return_comment
from cards.menu import menu_card
from cards.my_cases import my_cases_card
from cards.review import receipt_card, review_card
from cards.training import (
    courses_card,
    courses_missing_card,
    heroma_course_card,
    heroma_course_pending_card,
)
from store.models import Actor, AuditEvent, Case, CaseStatus, CourseRecord, Person, Stage
from store.routine import load_routine

ROUTINE = load_routine()
OWNER = Actor(aad_object_id="aad-1", name="Maria Chef", tenant_id="t")
LONG = ("Anna-Karin Maximiliana Wilhelmina Söderström-Gyllenhammar af Ekebyhov " * 2)[:120]
COURSES = ROUTINE.courses_for("chef")
PORTAL = ROUTINE.learning_portal


def _case(
    status: CaseStatus, name: str = "Anna Andersson", reference: str = "HB-2026-0001"
) -> Case:
    return Case(
        reference=None if status is CaseStatus.DRAFT else reference,
        status=status,
        stage=Stage.REVIEW,
        owner=OWNER,
        assignment_id="vardenhetschef",
        role_id="chef",
        person=Person(name=name, user_id="annan12", email="anna.andersson@example.se"),
        responsibility_units=["123456 Medicinavdelning 12", "123457 Mottagning"],
        business_area="VO Medicin",
        courses=[
            CourseRecord(course_id="heroma_introduktion", completed_on=date(2026, 10, 1)),
            CourseRecord(course_id="heroma_for_chefer", completed_on=date(2026, 10, 15)),
        ],
        heroma_course_enrolled=True,
        heroma_course_completed_on=date(2026, 11, 2),
        updated_at=datetime(2026, 11, 20, tzinfo=UTC),
    )


def _samples() -> dict[str, dict[str, Any]]:
    draft = _case(CaseStatus.DRAFT)
    person = person_card(None, case_id="c1")
    samples: dict[str, dict[str, Any]] = {
        "menu": menu_card(),
        "menu_with_draft_and_notice": menu_card(
            has_draft=True,
            notice="Det kortet är inte längre aktivt.",
        ),
        "assignment": assignment_card(ROUTINE.assignments),
        "assignment_selected": assignment_card(
            ROUTINE.assignments, selected="stabschef", case_id="c1"
        ),
        "role_chef": role_card(
            ROUTINE.assignment("lakarchef"), ROUTINE.role("chef"), COURSES, case_id="c1"
        ),
        "role_reporter": role_card(
            ROUTINE.assignment("stodfunktion"),
            ROUTINE.role("heromarapportor"),
            ROUTINE.courses_for("heromarapportor"),
            case_id="c1",
        ),
        "person_empty": person,
        "person_long_name": person_card(_case(CaseStatus.DRAFT, name=LONG).person, case_id="c1"),
        "person_with_errors": with_errors(
            person,
            {"user_id": "Användar-id ska vara 3–8 bokstäver.", "": "Ett fel för hela kortet."},
            {"name": "Anna", "user_id": "12!"},
        ),
        "units_empty": units_card([], "", case_id="c1"),
        "units_filled": units_card(draft.responsibility_units, "VO Medicin", case_id="c1"),
        "courses_empty": courses_card("Anna Andersson", COURSES, {}, case_id="c1"),
        "courses_filled": courses_card(
            "Anna Andersson", COURSES, {"heroma_introduktion": date(2026, 10, 1)}, case_id="c1"
        ),
        "courses_missing": courses_missing_card(
            "Anna Andersson", COURSES[1:], PORTAL, case_id="c1"
        ),
        "heroma_course": heroma_course_card(
            "Anna Andersson",
            PORTAL,
            status="genomford",
            completed_on=date(2026, 11, 2),
            case_id="c1",
        ),
        "heroma_pending_not_enrolled": heroma_course_pending_card(
            "Anna Andersson", PORTAL, enrolled=False, case_id="c1"
        ),
        "heroma_pending_enrolled": heroma_course_pending_card(
            LONG, PORTAL, enrolled=True, case_id="c1"
        ),
        "review": review_card(draft, ROUTINE, "Maria Chef"),
        "review_stale_notice": with_notice(
            review_card(draft, ROUTINE, "Maria Chef"), "Gammalt kort."
        ),
        "receipt_delivered": receipt_card(_case(CaseStatus.SUBMITTED), ROUTINE, channel_ready=True),
        "receipt_queued": receipt_card(_case(CaseStatus.SUBMITTED), ROUTINE, channel_ready=False),
        "receipt_resent": receipt_card(
            _case(CaseStatus.IN_PROGRESS), ROUTINE, channel_ready=True, resent=True
        ),
        "menu_with_latest_case": menu_card(
            notice="Du har inget påbörjat utkast att fortsätta med.",
            detail="Ditt senaste ärende HB-2026-0012 är inskickat. Se Mina ärenden.",
        ),
        "my_cases_empty": my_cases_card([], {"chef": "Chef"}),
    }
    every_status = [
        _case(status, reference=f"HB-2026-{i:04d}") for i, status in enumerate(CaseStatus)
    ]
    samples["my_cases_every_status"] = my_cases_card(every_status, {"chef": "Chef"})
    samples["my_cases_many"] = my_cases_card([draft] * 25, {"chef": "Chef"})
    returned = _case(CaseStatus.RETURNED).model_copy(
        update={
            "events": [
                AuditEvent(
                    actor=Actor(aad_object_id="aad-c", name="Sam Samordnare"),
                    action="status:returnerad",
                    from_status=CaseStatus.IN_PROGRESS,
                    to_status=CaseStatus.RETURNED,
                    comment="Ansvaret 123457 finns inte – kontrollera numret.",
                )
            ]
        }
    )
    samples["review_returned"] = with_return_comment(
        review_card(returned, ROUTINE, "Maria Chef"), returned
    )
    return samples


SAMPLES = _samples()
