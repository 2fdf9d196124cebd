"""Every card submit parsed into a typed model; each field error gets a Swedish message."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, ClassVar, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from cards.access_steps import EMAIL_PATTERN, USER_ID_PATTERN
from cards.training import HEROMA_COMPLETED, HEROMA_ENROLLED, HEROMA_NOT_ENROLLED
from store.models import MAX_NAME, MAX_SHORT, MAX_UNITS
from store.routine import Routine

MAX_FIELD = 2000  # no single submitted value may be longer than this
# In the validation context: the day the last preparatory course was passed (see CardRequest).
COURSES_PASSED_ON = "courses_passed_on"


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: str) -> str:
    """Drop control characters and lone surrogates, which no form field needs (and PostgreSQL's
    jsonb refuses)."""
    return _CONTROL.sub("", value.encode("utf-8", "replace").decode("utf-8"))


class Submit(BaseModel):
    """What every submit carries: the action it is for and the case it belongs to."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True, frozen=True)

    action: str = Field(max_length=MAX_SHORT)
    case_id: str = Field(default="", max_length=MAX_SHORT)

    # Messages for pattern mismatches, by field; pydantic's own would be in English.
    pattern_messages: ClassVar[dict[str, str]] = {}

    @model_validator(mode="before")
    @classmethod
    def _blank_is_missing(cls, data: Any) -> Any:
        """Clean the inputs, drop the empty ones, then give them the model's shape.

        Teams clients send an empty input as "" (some, e.g. mobile, even an optional date);
        "" or only spaces means not given. Dropped before `reshape`, so no field sees one.
        """
        if not isinstance(data, dict):
            raise ValueError("Kortets svar kunde inte läsas.")
        cleaned = {k: clean_text(v) if isinstance(v, str) else v for k, v in data.items()}
        given = {k: v for k, v in cleaned.items() if not (isinstance(v, str) and v.strip() == "")}
        return cls.reshape(given)

    @classmethod
    def reshape(cls, inputs: dict[str, Any]) -> dict[str, Any]:
        """The card's inputs as the model's fields; most cards need nothing done."""
        return inputs

    @classmethod
    def input_id(cls, loc: tuple[int | str, ...]) -> str:
        """The card input an error location belongs to ("" for the card as a whole)."""
        return str(loc[0]) if loc else ""


class Bare(Submit):
    """A button without inputs (go back, cancel, continue)."""


class AssignmentSubmit(Submit):
    assignment_id: str = Field(max_length=MAX_SHORT)

    @field_validator("assignment_id")
    @classmethod
    def _known(cls, value: str, info: ValidationInfo) -> str:
        routine: Routine = (info.context or {})["routine"]
        if value not in {a.id for a in routine.assignments}:
            raise ValueError("Välj ett av uppdragen i listan.")
        return value


class PersonSubmit(Submit):
    name: str = Field(min_length=2, max_length=MAX_NAME)
    user_id: str = Field(max_length=MAX_SHORT, pattern=USER_ID_PATTERN)
    email: str = Field(max_length=MAX_NAME, pattern=EMAIL_PATTERN)

    pattern_messages: ClassVar[dict[str, str]] = {
        "user_id": "Användar-id ska vara 3–8 bokstäver följda av högst 4 siffror, t.ex. annan12.",
        "email": "Ange en giltig e-postadress, t.ex. fornamn.efternamn@example.se.",
    }

    @field_validator("user_id", "email")
    @classmethod
    def _lower(cls, value: str) -> str:
        return value.lower()


class UnitsSubmit(Submit):
    units: list[str] = Field(min_length=1, max_length=MAX_UNITS)
    business_area: str = Field(max_length=MAX_NAME)

    @field_validator("units", mode="before")
    @classmethod
    def _split(cls, value: Any) -> Any:
        """One unit per line; commas and semicolons also separate, duplicates are dropped."""
        if not isinstance(value, str):
            return value
        if len(value) > MAX_FIELD:
            raise ValueError(f"Högst {MAX_FIELD} tecken.")
        parts = [p.strip() for p in re.split(r"[\n;,]+", value)]
        return list(dict.fromkeys(p for p in parts if p))

    @field_validator("units")
    @classmethod
    def _unit_length(cls, value: list[str]) -> list[str]:
        too_long = [u for u in value if len(u) > MAX_SHORT]
        if too_long:
            raise ValueError(f"Varje ansvar får vara högst {MAX_SHORT} tecken: {too_long[0][:20]}…")
        return value


class CoursesSubmit(Submit):
    """The date each preparatory course was passed; inputs are named course_<id>."""

    dates: dict[str, date | None]

    @classmethod
    def reshape(cls, inputs: dict[str, Any]) -> dict[str, Any]:
        """course_<id> inputs → `dates` by course id (a course left empty is not in it)."""
        dates = {k.removeprefix("course_"): v for k, v in inputs.items() if k.startswith("course_")}
        rest = {k: v for k, v in inputs.items() if not k.startswith("course_")}
        return {**rest, "dates": dates}

    @field_validator("dates")
    @classmethod
    def _not_in_future(cls, value: dict[str, date | None], info: ValidationInfo) -> Any:
        today: date = (info.context or {})["today"]
        for course_id, day in value.items():
            if day is not None and day > today:
                raise ValueError(f"course_{course_id}: Datumet kan inte ligga i framtiden.")
        return value

    @classmethod
    def input_id(cls, loc: tuple[int | str, ...]) -> str:
        if len(loc) >= 2 and loc[0] == "dates":
            return f"course_{loc[1]}"
        return super().input_id(loc)


class HeromaCourseSubmit(Submit):
    heroma_status: Literal["inte_anmald", "anmald", "genomford"]
    heroma_completed_on: date | None = None

    @model_validator(mode="after")
    def _date_when_done(self, info: ValidationInfo) -> HeromaCourseSubmit:
        context = info.context or {}
        today: date = context["today"]
        prepared: date | None = context.get(COURSES_PASSED_ON)
        done = self.heroma_completed_on
        if self.heroma_status == HEROMA_COMPLETED and done is None:
            raise ValueError("heroma_completed_on: Ange datumet då utbildningen genomfördes.")
        if done is not None and done > today:
            raise ValueError("heroma_completed_on: Datumet kan inte ligga i framtiden.")
        if self.heroma_status == HEROMA_COMPLETED and done and prepared and done < prepared:
            raise ValueError(
                "heroma_completed_on: Heromautbildningen kan inte vara genomförd före de "
                "förberedande utbildningarna – den sista av dem blev godkänd "
                f"{prepared.isoformat()}. Kontrollera datumen."
            )
        return self


class ReviewSubmit(Submit):
    confirm_responsible: bool = False
    confirm_correct: bool = False

    @model_validator(mode="after")
    def _both_confirmed(self) -> ReviewSubmit:
        if not self.confirm_responsible:
            raise ValueError("confirm_responsible: Bekräfta att du är ansvarig chef för personen.")
        if not self.confirm_correct:
            raise ValueError("confirm_correct: Bekräfta att du har kontrollerat uppgifterna.")
        return self


class EditSubmit(Submit):
    section: Literal["person", "ansvar", "utbildning"]


SUBMIT_MODELS: dict[str, type[Submit]] = {
    "new_access.assignment": AssignmentSubmit,
    "new_access.role": Bare,
    "new_access.role_back": Bare,
    "new_access.person": PersonSubmit,
    "new_access.units": UnitsSubmit,
    "new_access.courses": CoursesSubmit,
    "new_access.heroma_course": HeromaCourseSubmit,
    "new_access.review": ReviewSubmit,
    "new_access.edit": EditSubmit,
    # The confirmation of termination and manager-link cases is the same as the review's.
    "termination.confirm": ReviewSubmit,
    "manager_link.confirm": ReviewSubmit,
    "flow.back": Bare,
}

HEROMA_STATUSES = (HEROMA_NOT_ENROLLED, HEROMA_ENROLLED, HEROMA_COMPLETED)
