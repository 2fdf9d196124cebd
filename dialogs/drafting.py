"""Pure updates of a draft from each step's submit; the dialog only loads, calls and saves."""

from __future__ import annotations

from datetime import date

from dialogs.submits import (
    AssignmentSubmit,
    CoursesSubmit,
    HeromaCourseSubmit,
    PersonSubmit,
    UnitsSubmit,
)
from store.models import Case, CourseRecord, Person, Stage
from store.routine import Course, Routine

EDIT_SECTIONS: dict[str, Stage] = {
    "person": Stage.PERSON,
    "ansvar": Stage.UNITS,
    "utbildning": Stage.COURSES,
}


def at_stage(case: Case, stage: Stage) -> Case:
    return case.model_copy(update={"stage": stage})


def with_assignment(case: Case, submit: AssignmentSubmit, routine: Routine) -> Case:
    """The assignment and the role it gives; the course list follows the role."""
    role = routine.role_for(submit.assignment_id)
    known = {r.course_id: r.completed_on for r in case.courses}
    courses = [CourseRecord(course_id=c, completed_on=known.get(c)) for c in role.courses]
    return case.model_copy(
        update={
            "assignment_id": submit.assignment_id,
            "role_id": role.id,
            "courses": courses,
            "stage": Stage.ROLE,
        }
    )


def with_person(case: Case, submit: PersonSubmit) -> Case:
    person = Person(name=submit.name, user_id=submit.user_id, email=submit.email)
    return case.model_copy(update={"person": person, "stage": Stage.UNITS})


def with_units(case: Case, submit: UnitsSubmit) -> Case:
    return case.model_copy(
        update={
            "responsibility_units": submit.units,
            "business_area": submit.business_area,
            "stage": Stage.COURSES,
        }
    )


def with_courses(case: Case, submit: CoursesSubmit, routine: Routine) -> Case:
    """Course dates from the checklist; the stage moves on only when every course is passed."""
    records = [
        CourseRecord(course_id=c.id, completed_on=submit.dates.get(c.id))
        for c in required_courses(case, routine)
    ]
    updated = case.model_copy(update={"courses": records})
    stage = Stage.HEROMA_COURSE if not missing_courses(updated, routine) else Stage.COURSES
    return at_stage(updated, stage)


def with_heroma_course(case: Case, submit: HeromaCourseSubmit) -> Case:
    done = submit.heroma_status == "genomford"
    return case.model_copy(
        update={
            "heroma_course_enrolled": submit.heroma_status != "inte_anmald",
            "heroma_course_completed_on": submit.heroma_completed_on if done else None,
            "stage": Stage.REVIEW if done else Stage.HEROMA_COURSE,
        }
    )


def required_courses(case: Case, routine: Routine) -> tuple[Course, ...]:
    return routine.courses_for(case.role_id) if case.role_id else ()


def missing_courses(case: Case, routine: Routine) -> list[Course]:
    return [c for c in required_courses(case, routine) if case.course_date(c.id) is None]


def training_complete(case: Case, routine: Routine) -> bool:
    """The routine's gate: the form goes in only after all training is done."""
    return not missing_courses(case, routine) and case.heroma_course_completed_on is not None


def courses_passed_on(case: Case) -> date | None:
    """The day the last preparatory course was passed; the Heroma course comes after it."""
    return max((r.completed_on for r in case.courses if r.completed_on), default=None)


def course_dates(case: Case) -> dict[str, date | None]:
    return {r.course_id: r.completed_on for r in case.courses}
