"""Pure status transitions of a case: every move is checked and leaves an audit event."""

from __future__ import annotations

from datetime import datetime

from store.models import Actor, AuditEvent, Case, CaseStatus, Stage, utcnow

# Which status may follow which. Cancelling is only for drafts: a submitted case is the
# coordinator's to decide, and a case that reached Heroma is ended by a termination case.
ALLOWED: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.DRAFT: frozenset({CaseStatus.SUBMITTED, CaseStatus.CANCELLED}),
    CaseStatus.SUBMITTED: frozenset({CaseStatus.IN_PROGRESS, CaseStatus.RETURNED}),
    CaseStatus.IN_PROGRESS: frozenset({CaseStatus.RETURNED, CaseStatus.FORWARDED, CaseStatus.DONE}),
    CaseStatus.RETURNED: frozenset({CaseStatus.SUBMITTED, CaseStatus.CANCELLED}),
    CaseStatus.FORWARDED: frozenset({CaseStatus.DONE}),
    CaseStatus.DONE: frozenset(),
    CaseStatus.CANCELLED: frozenset(),
}


class IllegalTransition(ValueError):
    def __init__(self, case: Case, to_status: CaseStatus) -> None:
        super().__init__(f"{case.status.value} -> {to_status.value} is not allowed")
        self.from_status = case.status
        self.to_status = to_status


def advance(
    case: Case,
    to_status: CaseStatus,
    actor: Actor,
    *,
    comment: str | None = None,
    now: datetime | None = None,
) -> Case:
    """Return a copy of `case` in `to_status` with an audit event; raise if the move is illegal."""
    if to_status not in ALLOWED[case.status]:
        raise IllegalTransition(case, to_status)
    at = now or utcnow()
    event = AuditEvent(
        at=at,
        actor=actor,
        action=f"status:{to_status.value}",
        from_status=case.status,
        to_status=to_status,
        comment=comment,
    )
    update: dict[str, object] = {
        "status": to_status,
        "updated_at": at,
        "events": [*case.events, event],
    }
    if to_status is CaseStatus.SUBMITTED:
        update["submitted_at"] = at
        update["stage"] = Stage.SUBMITTED
    return case.model_copy(update=update)


def record(case: Case, actor: Actor, action: str, *, now: datetime | None = None) -> Case:
    """Return a copy of `case` with an audit event that changes no status (e.g. a draft saved)."""
    at = now or utcnow()
    event = AuditEvent(at=at, actor=actor, action=action)
    return case.model_copy(update={"updated_at": at, "events": [*case.events, event]})
