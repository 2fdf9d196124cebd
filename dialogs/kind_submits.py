"""Submits of the change, termination and manager-link cards."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import Field, ValidationInfo, field_validator

from cards.access_steps import EMAIL_PATTERN, USER_ID_PATTERN
from cards.kinds import FROM_SCRATCH
from dialogs.submits import PersonSubmit, Submit
from store.kinds import MAX_LINE, MAX_TEXT, ChangeAspect
from store.routine import Routine


def _split_choices(value: Any) -> Any:
    """A multi-select ChoiceSet submits "a,b"."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


class BaseCaseSubmit(Submit):
    """Which earlier case to start from; empty means from scratch."""

    base_case_id: str = Field(default="", max_length=64)

    @field_validator("base_case_id")
    @classmethod
    def _scratch_is_none(cls, value: str) -> str:
        return "" if value == FROM_SCRATCH else value


class ChangeSubmit(Submit):
    aspects: list[ChangeAspect] = Field(min_length=1, max_length=3)
    reason: str = Field(min_length=3, max_length=MAX_TEXT)
    valid_from: date

    _split = field_validator("aspects", mode="before")(_split_choices)


class TerminationSubmit(PersonSubmit):
    roles: list[str] = Field(min_length=1, max_length=10)
    last_day: date

    _split = field_validator("roles", mode="before")(_split_choices)

    @field_validator("roles")
    @classmethod
    def _known_roles(cls, value: list[str], info: ValidationInfo) -> list[str]:
        routine: Routine = (info.context or {})["routine"]
        if set(value) - {role.id for role in routine.roles}:
            raise ValueError("Välj roller i listan.")
        return value


class ManagerLinkSubmit(Submit):
    unit: str = Field(min_length=2, max_length=MAX_LINE)
    business_area: str = Field(min_length=2, max_length=MAX_LINE)
    name: str = Field(min_length=2, max_length=MAX_LINE)
    user_id: str = Field(max_length=60, pattern=USER_ID_PATTERN)
    email: str = Field(max_length=MAX_LINE, pattern=EMAIL_PATTERN)
    from_date: date
    previous_manager: str | None = Field(default=None, max_length=MAX_LINE)

    pattern_messages = PersonSubmit.pattern_messages


KIND_SUBMIT_MODELS: dict[str, type[Submit]] = {
    "change.base": BaseCaseSubmit,
    "change.details": ChangeSubmit,
    "termination.base": BaseCaseSubmit,
    "termination.details": TerminationSubmit,
    "manager_link.details": ManagerLinkSubmit,
}
