"""What each kind of case carries beyond the person and role, and its reminder settings."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, Field

MAX_TEXT = 1000
MAX_LINE = 120


class Person(BaseModel):
    """A person on the form: the employee who gets the role, or a manager to link."""

    name: str = Field(min_length=1, max_length=MAX_LINE)
    user_id: str = Field(min_length=1, max_length=60)
    email: str = Field(min_length=3, max_length=MAX_LINE)


class ChangeAspect(StrEnum):
    ROLE = "roll"
    UNITS = "ansvar"
    DATES = "datum"


class ChangeDetails(BaseModel):
    """A change of an existing access: what changes, why, and from when."""

    based_on: str | None = None  # the earlier case's id, when started from one
    based_on_reference: str | None = None
    aspects: list[ChangeAspect] = Field(default_factory=list, max_length=3)
    reason: str = Field(default="", max_length=MAX_TEXT)
    valid_from: date | None = None


class TerminationDetails(BaseModel):
    """The end of one or more access roles: never automatic, sent by the responsible manager."""

    based_on: str | None = None
    based_on_reference: str | None = None
    roles: list[str] = Field(default_factory=list, max_length=10)
    last_day: date | None = None


class ManagerLinkDetails(BaseModel):
    """Linking a new manager to a responsibility unit so employees' matters reach her."""

    unit: str = Field(default="", max_length=MAX_LINE)
    new_manager: Person | None = None
    from_date: date | None = None
    previous_manager: str | None = Field(default=None, max_length=MAX_LINE)


class ReminderState(BaseModel):
    """What the scheduler has already done for a case, and what the manager asked of it."""

    off: bool = False
    snoozed_until: datetime | None = None
    followed_up_at: datetime | None = None  # draft waiting for training: last follow-up
    flagged_at: datetime | None = None  # untouched by the coordinator: last flag in the channel
    reviewed_at: datetime | None = None  # active role: last periodic review
