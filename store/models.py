"""The case a manager sends to the staffing coordinator, its status and its audit trail."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from store.kinds import (
    ChangeDetails,
    ManagerLinkDetails,
    ReminderState,
    TerminationDetails,
)
from store.kinds import (
    Person as Person,
)

# Limits on free text so that no input can grow a case without bound.
MAX_NAME = 120
MAX_SHORT = 60
MAX_COMMENT = 1000
MAX_UNITS = 20


def utcnow() -> datetime:
    return datetime.now(UTC)


class CaseKind(StrEnum):
    NEW_ACCESS = "ny_behorighet"
    CHANGE = "forandring"
    TERMINATION = "avslut"
    MANAGER_LINK = "chefskoppling"


class CaseStatus(StrEnum):
    DRAFT = "utkast"
    SUBMITTED = "inskickad"
    IN_PROGRESS = "under_handlaggning"
    RETURNED = "returnerad"
    FORWARDED = "vidarebefordrad"
    DONE = "klar"
    CANCELLED = "avbruten"


class Stage(StrEnum):
    """Where a draft stands in its flow; the order is the order of the flow.

    A change starts with what changes and why, then follows the new-access stages. Termination
    and manager-link cases have one details card, then go straight to review.
    """

    CHANGE = "forandring"
    DETAILS = "uppgifter"
    ASSIGNMENT = "uppdrag"
    ROLE = "roll"
    PERSON = "person"
    UNITS = "ansvar"
    COURSES = "forberedande_utbildningar"
    HEROMA_COURSE = "heromautbildning"
    REVIEW = "granskning"
    SUBMITTED = "inskickad"

    @property
    def position(self) -> int:
        return list(Stage).index(self)


class Actor(BaseModel):
    """A Teams user as the bot saw them: Entra object id, display name and tenant."""

    model_config = ConfigDict(frozen=True)

    aad_object_id: str = Field(min_length=1, max_length=64)
    name: str = Field(default="", max_length=MAX_NAME)
    tenant_id: str = Field(default="", max_length=64)


SYSTEM_ACTOR = Actor(aad_object_id="system", name="Heroma-assistenten")


class CourseRecord(BaseModel):
    """A preparatory course and the date the person passed it (None: not yet passed)."""

    course_id: str
    completed_on: date | None = None


class AuditEvent(BaseModel):
    at: datetime = Field(default_factory=utcnow)
    actor: Actor
    action: str
    from_status: CaseStatus | None = None
    to_status: CaseStatus | None = None
    comment: str | None = Field(default=None, max_length=MAX_COMMENT)


class NoticeKind(StrEnum):
    """What to deliver: the coordinator's channel card, or a status message to the manager."""

    CHANNEL_CARD = "kanalkort"
    MANAGER_STATUS = "statusbesked"
    DRAFT_REMINDER = "utkastpaminnelse"
    COORDINATOR_FLAG = "vantar_pa_samordnare"
    ROLE_REVIEW = "omprovning"


class Notice(BaseModel):
    """A delivery waiting in the case's outbox; removed once delivered, retried with backoff."""

    id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    kind: NoticeKind
    status: CaseStatus
    comment: str | None = Field(default=None, max_length=MAX_COMMENT)
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow)
    last_error: str | None = Field(default=None, max_length=500)


class ChannelPost(BaseModel):
    """Where the case's card stands in the coordinator channel, so it can be updated in place."""

    conversation_id: str
    activity_id: str


class Case(BaseModel):
    """One request to the staffing coordinator, from first draft to done.

    `version` grows by one on every save; stores use it for optimistic concurrency.
    """

    model_config = ConfigDict(frozen=True)  # changed only by model_copy: a stored copy is shared

    id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    reference: str | None = None
    kind: CaseKind = CaseKind.NEW_ACCESS
    status: CaseStatus = CaseStatus.DRAFT
    stage: Stage = Stage.ASSIGNMENT
    owner: Actor
    assignment_id: str | None = None
    role_id: str | None = None
    person: Person | None = None
    responsibility_units: list[str] = Field(default_factory=list, max_length=MAX_UNITS)
    business_area: str | None = Field(default=None, max_length=MAX_NAME)
    courses: list[CourseRecord] = Field(default_factory=list)
    heroma_course_enrolled: bool = False
    heroma_course_completed_on: date | None = None
    confirmed_by_manager: bool = False
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    submitted_at: datetime | None = None
    events: list[AuditEvent] = Field(default_factory=list)
    change: ChangeDetails | None = None
    termination: TerminationDetails | None = None
    manager_link: ManagerLinkDetails | None = None
    reminders: ReminderState = Field(default_factory=ReminderState)
    handler: Actor | None = None
    channel_post: ChannelPost | None = None
    outbox: list[Notice] = Field(default_factory=list)
    version: int = 0

    @property
    def is_open_draft(self) -> bool:
        return self.status in (CaseStatus.DRAFT, CaseStatus.RETURNED)

    def course_date(self, course_id: str) -> date | None:
        for record in self.courses:
            if record.course_id == course_id:
                return record.completed_on
        return None
