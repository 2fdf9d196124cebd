"""The coordinator's decisions and the deliveries they cause, as pure functions on a case."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from store.models import MAX_COMMENT, Actor, Case, CaseStatus, Notice, NoticeKind, Stage, utcnow
from store.transitions import ALLOWED, advance


class Verb(StrEnum):
    """The actions on the coordinator's card (the `verb` of each Action.Execute)."""

    TAKE = "coordinator.take"
    RETURN = "coordinator.return"
    FORWARD = "coordinator.forward"
    DONE = "coordinator.done"


TARGET: dict[Verb, CaseStatus] = {
    Verb.TAKE: CaseStatus.IN_PROGRESS,
    Verb.RETURN: CaseStatus.RETURNED,
    Verb.FORWARD: CaseStatus.FORWARDED,
    Verb.DONE: CaseStatus.DONE,
}


class CommentRequired(ValueError):
    """Returning a case for completion needs a comment that tells the manager what to fix."""


def available_verbs(status: CaseStatus) -> list[Verb]:
    """The actions that still apply to a case in `status`, in the order the card shows them."""
    order = [Verb.TAKE, Verb.FORWARD, Verb.DONE, Verb.RETURN]
    return [verb for verb in order if TARGET[verb] in ALLOWED[status]]


def decide(
    case: Case, verb: Verb, actor: Actor, comment: str | None, now: datetime | None = None
) -> Case:
    """Apply a coordinator's decision: move the status, note who handles it, tell the manager."""
    text = (comment or "").strip()[:MAX_COMMENT] or None
    if verb is Verb.RETURN and text is None:
        raise CommentRequired("Skriv vad chefen behöver komplettera.")
    at = now or utcnow()
    decided = advance(case, TARGET[verb], actor, comment=text, now=at)
    update: dict[str, object] = {}
    if verb is Verb.TAKE or case.handler is None:
        update["handler"] = actor
    if verb is Verb.RETURN:
        # The manager continues at the review card, where she can edit and must confirm again.
        update["stage"] = Stage.REVIEW
        update["confirmed_by_manager"] = False
    decided = decided.model_copy(update=update)
    decided = enqueue(decided, NoticeKind.CHANNEL_CARD, now=at)
    return enqueue(decided, NoticeKind.MANAGER_STATUS, comment=text, now=at)


def enqueue(
    case: Case, kind: NoticeKind, *, comment: str | None = None, now: datetime | None = None
) -> Case:
    """Add a delivery to the case's outbox; it is saved together with the change that caused it."""
    at = now or utcnow()
    notice = Notice(kind=kind, status=case.status, comment=comment, next_attempt_at=at)
    if kind is NoticeKind.CHANNEL_CARD and any(n.kind is kind for n in case.outbox):
        return case  # the channel card always shows the current case: one pending update is enough
    return case.model_copy(update={"outbox": [*case.outbox, notice]})


def delivered(case: Case, notice_id: str) -> Case:
    return case.model_copy(update={"outbox": [n for n in case.outbox if n.id != notice_id]})


def failed(case: Case, notice_id: str, error: str, now: datetime | None = None) -> Case:
    """Count a failed attempt and schedule the next one with exponential backoff (max 10 min)."""
    at = now or utcnow()
    outbox = []
    for notice in case.outbox:
        if notice.id == notice_id:
            attempts = notice.attempts + 1
            delay = min(2**attempts, 600)
            notice = notice.model_copy(
                update={
                    "attempts": attempts,
                    "next_attempt_at": at + timedelta(seconds=delay),
                    "last_error": error[:500],
                }
            )
        outbox.append(notice)
    return case.model_copy(update={"outbox": outbox})
