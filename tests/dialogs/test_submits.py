"""Parsing card submits: Swedish messages per input, stale cards, and cleaned text."""

from __future__ import annotations

from datetime import date

from dialogs.submits import (
    COURSES_PASSED_ON,
    CoursesSubmit,
    HeromaCourseSubmit,
    PersonSubmit,
    UnitsSubmit,
    clean_text,
)
from dialogs.validation import Invalid, Stale, parse_submit
from store.routine import Routine

CONTEXT_DAY = date(2026, 11, 23)


def test_control_characters_and_lone_surrogates_are_removed() -> None:
    assert clean_text("An\x00na\ud800 Ek\n") == "Anna? Ek\n"


def test_person_fields_are_normalised() -> None:
    value = {
        "action": "new_access.person",
        "name": " Anna ",
        "user_id": "AnnAn12",
        "email": "A@B.SE",
    }
    person = PersonSubmit.model_validate(value)
    assert (person.name, person.user_id, person.email) == ("Anna", "annan12", "a@b.se")


def test_units_split_on_lines_commas_and_semicolons_without_duplicates() -> None:
    value = {"action": "new_access.units", "units": "1 A\n2 B; 1 A, 3 C", "business_area": "VO"}
    assert UnitsSubmit.model_validate(value).units == ["1 A", "2 B", "3 C"]


def test_errors_are_swedish_and_placed_by_input(routine: Routine) -> None:
    context = {"routine": routine, "today": CONTEXT_DAY}
    outcome = parse_submit(
        {"action": "new_access.courses", "course_heroma_introduktion": "igår"},
        ("new_access.courses",),
        "",
        context,
    )
    assert isinstance(outcome, Invalid)
    assert outcome.errors == {"course_heroma_introduktion": "Ange datumet som ÅÅÅÅ-MM-DD."}


def test_wrong_action_or_case_is_stale(routine: Routine) -> None:
    context = {"routine": routine, "today": CONTEXT_DAY}
    assert isinstance(parse_submit("text", ("a",), "", context), Stale)
    assert isinstance(parse_submit({"action": "b"}, ("a",), "", context), Stale)
    value = {"action": "new_access.role", "case_id": "other"}
    assert isinstance(parse_submit(value, ("new_access.role",), "mine", context), Stale)


def test_unknown_assignment_is_refused(routine: Routine) -> None:
    context = {"routine": routine, "today": CONTEXT_DAY}
    value = {"action": "new_access.assignment", "assignment_id": "kung"}
    outcome = parse_submit(value, ("new_access.assignment",), "", context)
    assert isinstance(outcome, Invalid)
    assert outcome.errors["assignment_id"] == "Välj ett av uppdragen i listan."


def test_empty_dates_are_not_given(routine: Routine) -> None:
    """Some Teams clients (e.g. mobile) send an empty input as "" instead of leaving it out."""
    context = {"routine": routine, "today": CONTEXT_DAY}
    value = {
        "action": "new_access.courses",
        "course_heroma_introduktion": "",
        "course_heroma_for_chefer": " \n",
    }
    outcome = parse_submit(value, ("new_access.courses",), "", context)
    assert isinstance(outcome, CoursesSubmit)
    assert outcome.dates == {}
    value = {"action": "new_access.heroma_course", "heroma_status": "anmald"}
    outcome = parse_submit(
        value | {"heroma_completed_on": ""}, ("new_access.heroma_course",), "", context
    )
    assert isinstance(outcome, HeromaCourseSubmit)
    assert outcome.heroma_completed_on is None


def test_heroma_course_date_is_checked_against_the_preparatory_courses(routine: Routine) -> None:
    context = {"routine": routine, "today": CONTEXT_DAY, COURSES_PASSED_ON: date(2026, 10, 15)}
    actions = ("new_access.heroma_course",)
    done = {"action": "new_access.heroma_course", "heroma_status": "genomford"}
    early = parse_submit(done | {"heroma_completed_on": "2026-10-14"}, actions, "", context)
    assert isinstance(early, Invalid)
    assert "2026-10-15" in early.errors["heroma_completed_on"]
    same_day = parse_submit(done | {"heroma_completed_on": "2026-10-15"}, actions, "", context)
    assert isinstance(same_day, HeromaCourseSubmit)
    # A date sent along while the course is not done is dropped, so it is not checked.
    pending = done | {"heroma_status": "anmald", "heroma_completed_on": "2026-10-01"}
    assert isinstance(parse_submit(pending, actions, "", context), HeromaCourseSubmit)
