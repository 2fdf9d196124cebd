"""Every reminder card, for the renderer check (test_renderer.py) and structural tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from cards.reminders import (
    coordinator_flag_card,
    document_warning_card,
    draft_reminder_card,
    reminder_reply_card,
    role_review_card,
)
from dialogs.reminders import NOT_YOURS
from store.models import AuditEvent, CaseKind, CaseStatus, Person, Stage
from tests.cards.samples_flow import OWNER, ROUTINE, _case

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
DONE = AuditEvent(at=NOW, actor=OWNER, action="status:klar", to_status=CaseStatus.DONE)


def _samples() -> dict[str, dict[str, Any]]:
    draft = _case(CaseStatus.DRAFT).model_copy(update={"stage": Stage.COURSES})
    submitted = _case(CaseStatus.SUBMITTED).model_copy(update={"submitted_at": NOW})
    roles = [
        _case(CaseStatus.DONE, name=f"Person {i}", reference=f"HB-2026-{i:04d}").model_copy(
            update={
                "kind": CaseKind.CHANGE if i % 2 else CaseKind.NEW_ACCESS,
                "person": Person(name=f"Person {i}", user_id=f"pers{i:02d}", email="p@example.se"),
                "events": [DONE],
            }
        )
        for i in range(1, 18)
    ]
    document = ROUTINE.document
    return {
        "draft_reminder": draft_reminder_card(draft, ROUTINE),
        "draft_reminder_heroma_course": draft_reminder_card(
            draft.model_copy(update={"stage": Stage.HEROMA_COURSE}), ROUTINE
        ),
        "coordinator_flag": coordinator_flag_card(submitted, ROUTINE, 3),
        "coordinator_flag_one_day": coordinator_flag_card(
            submitted.model_copy(update={"status": CaseStatus.IN_PROGRESS}), ROUTINE, 1
        ),
        "role_review_one": role_review_card(roles[:1], ROUTINE),
        "role_review_many": role_review_card(roles, ROUTINE),
        "document_warning": document_warning_card(document, date(2028, 1, 13)),
        "document_expired": document_warning_card(document, date(2028, 3, 20)),
        "reply_snoozed": reminder_reply_card(
            "Påminnelsen är flyttad", "Du påminns igen den 2026-11-30."
        ),
        "reply_refused": reminder_reply_card("Inget har ändrats", NOT_YOURS),
    }


SAMPLES = _samples()
