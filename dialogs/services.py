"""What the dialogs need from the rest of the bot, passed in by the composition root."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from knowledge import FaqContent, FaqIndex
from store.feedback import FeedbackLog
from store.interfaces import CaseStore
from store.models import Case
from store.reminders import ReminderPolicy
from store.routine import Routine


class SubmissionListener(Protocol):
    """Told about every submitted case; returns True if it is on its way to the coordinator's
    channel (one is registered), False if it waits until one is."""

    async def case_submitted(self, case: Case) -> bool: ...


class NoCoordinatorChannel:
    """The listener until a coordinator channel exists: the case is stored, nothing is delivered."""

    async def case_submitted(self, case: Case) -> bool:
        return False


@dataclass(frozen=True)
class Contacts:
    """Who to turn to, as shown to users; set in configuration, never in code or content."""

    coordinator: str = "bemanningssamordnaren (se intranätet)"
    payroll: str = "Löneservice (se Löneservice hemsida)"


@dataclass(frozen=True)
class Faq:
    content: FaqContent
    index: FaqIndex
    feedback: FeedbackLog | None = None


@dataclass(frozen=True)
class Services:
    cases: CaseStore
    routine: Routine
    submissions: SubmissionListener = field(default_factory=NoCoordinatorChannel)
    today: Callable[[], date] = date.today
    faq: Faq | None = None
    contacts: Contacts = field(default_factory=Contacts)
    reminders: ReminderPolicy = field(default_factory=ReminderPolicy)
