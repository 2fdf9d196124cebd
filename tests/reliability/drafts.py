"""What "fortsätt" must show: the latest draft at the step where it stands, with what was entered,
or the menu saying that there is no draft."""

from __future__ import annotations

from typing import Any

from cards.labels import STAGE_TITLES
from store.models import Case, Stage
from tests.dialogs.test_new_access import COURSES_DONE, HEROMA_DONE, PERSON, UNITS
from tests.support.chat import actions_of

NO_DRAFT = "Du har inget påbörjat utkast att fortsätta med."

# What every manager enters, keyed by the stage whose submit stores it.
FORM: dict[Stage, object] = {
    Stage.ASSIGNMENT: "enhetschef",
    Stage.PERSON: (PERSON["name"], PERSON["user_id"], PERSON["email"]),
    Stage.UNITS: (tuple(UNITS["units"].splitlines()), UNITS["business_area"]),
    Stage.COURSES: tuple(sorted(COURSES_DONE.values())),
    Stage.HEROMA_COURSE: HEROMA_DONE["heroma_completed_on"],
}


def form_of(case: Case) -> dict[Stage, object]:
    """What the case holds of the form, keyed like FORM, for the stages it has passed."""
    person = case.person
    values: dict[Stage, object] = {
        Stage.ASSIGNMENT: case.assignment_id,
        Stage.PERSON: (person.name, person.user_id, person.email) if person else None,
        Stage.UNITS: (tuple(case.responsibility_units), case.business_area),
        Stage.COURSES: tuple(sorted(str(r.completed_on) for r in case.courses)),
        Stage.HEROMA_COURSE: str(case.heroma_course_completed_on),
    }
    return {stage: value for stage, value in values.items() if _passed(case, stage)}


def _passed(case: Case, stage: Stage) -> bool:
    return case.stage.position > stage.position


def assert_resumed(card: dict[str, Any] | None, draft: Case | None, who: str) -> None:
    """`card`, the answer to "fortsätt", takes up `draft` where it stands, or says there is none."""
    where = f"draft {draft.id} at {draft.stage}" if draft else "no draft"
    assert card is not None, f"{who}: no card in answer to fortsätt ({where})"
    texts = [block.get("text") for block in card.get("body", [])]
    if draft is None:
        assert NO_DRAFT in texts, f"{who}: no draft, yet fortsätt answered {texts[:3]}"
        return
    title = STAGE_TITLES.get(draft.stage)
    assert title in texts, f"{who}: {where} resumed at {texts[:3]}"
    case_ids = {data.get("case_id") for data in actions_of(card).values()} - {None}
    assert case_ids == {draft.id}, f"{who}: draft {draft.id} resumed as {case_ids}"
    expected = {stage: value for stage, value in FORM.items() if _passed(draft, stage)}
    assert form_of(draft) == expected, f"{who}: draft {draft.id} lost what was entered"
