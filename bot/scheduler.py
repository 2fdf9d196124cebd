"""Reminders on a clock: follow-ups of waiting drafts, flags of untouched cases, role reviews,
and the routine document's validity warning; and the daily retention purge of closed cases.

Every round reads the candidate cases and fires what is due. A reminder is applied with
update_case, so its due check runs again on the freshest stored copy and its marker and
notice are saved together: of two schedulers (or two instances) racing, one save wins and the
other finds the marker and stops. Delivery is the outbox's (durable, retried); the document
warning is claimed in the key-value store (bot/document_warning.py), as is each day's purge
round (store/purge_log.py), which runs after the reminders so a role reviewed now is kept.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Protocol

from bot.document_warning import DocumentWarning
from cards.elements import CardDict
from store.interfaces import CaseStore, ConflictError, KeyValueStore
from store.models import Case, CaseStatus, NoticeKind, utcnow
from store.purge_log import PurgeRound, RetentionPurge, round_key
from store.reminders import NotDue, ReminderPolicy, apply_reminder, due_reminders, mark_reviewed
from store.retention import DEFAULT_MONTHS
from store.reviews import review_anchor, reviewable_roles
from store.routine import Routine
from store.updates import update_case

logger = logging.getLogger(__name__)

# The log line names this many removed cases; the purge log in the store has them all.
LOGGED_REFERENCES = 20
# Drafts (follow-ups), submitted and in-progress cases (flags), done cases (reviews).
CANDIDATES = (CaseStatus.DRAFT, CaseStatus.SUBMITTED, CaseStatus.IN_PROGRESS, CaseStatus.DONE)


class ReminderOutbox(Protocol):
    """What the scheduler needs of the outbox (bot/outbox.py)."""

    def wake(self) -> None: ...

    async def post_in_channel(self, card: CardDict) -> None: ...


class Scheduler:
    def __init__(
        self,
        cases: CaseStore,
        state: KeyValueStore,
        outbox: ReminderOutbox,
        policy: ReminderPolicy,
        routine: Routine,
        *,
        now: Callable[[], datetime] = utcnow,
        retention_months: int = DEFAULT_MONTHS,
    ) -> None:
        self._cases = cases
        self._outbox = outbox
        self._policy = policy
        self._now = now
        self._document = DocumentWarning(state, outbox, routine.document, policy)
        self._retention = RetentionPurge(cases, state, retention_months)

    async def run(self, interval: float) -> None:
        """Tick every `interval` seconds until cancelled; a failed round is logged, not fatal."""
        while True:
            try:
                await self.tick()
            except Exception:
                logger.exception("Scheduler round failed; trying again in %s s", interval)
            await asyncio.sleep(interval)

    async def tick(self) -> int:
        """One round: fire every due reminder once, wake the outbox, then purge if not yet today.

        Returns how many reminders fired.
        """
        now = self._now()
        cases = await self._cases.list_by_status(CANDIDATES)
        fired = 0
        for case in cases:
            for kind in due_reminders(case, now, self._policy):
                fired += await self._fire(case.id, kind, now)
        for owner_cases in _by_owner(c for c in cases if c.status is CaseStatus.DONE):
            fired += await self._review(owner_cases, now)
        if fired:
            self._outbox.wake()
        if await self._document.tick(now):
            fired += 1
        _log_purge(await self._retention.tick(now))
        return fired

    async def _review(self, owner_cases: Sequence[Case], now: datetime) -> int:
        """One review for a manager whose first role is due; it covers all her active roles.

        The other roles are marked before the anchor is claimed, so a racing scheduler that
        read the cases in between finds either the same anchor or nothing due.
        """
        anchor = review_anchor(owner_cases, now, self._policy.review_days)
        if anchor is None:
            return 0
        for role in reviewable_roles(owner_cases):
            if role.id != anchor.id:
                await self._update(role.id, lambda fresh: mark_reviewed(fresh, now))
        return await self._fire(anchor.id, NoticeKind.ROLE_REVIEW, now, owner_cases)

    async def _fire(
        self, case_id: str, kind: NoticeKind, now: datetime, owner_cases: Sequence[Case] = ()
    ) -> int:
        """Apply one reminder to the freshest copy; 1 if this call fired it, 0 if not due."""

        def change(fresh: Case) -> Case:
            return apply_reminder(fresh, kind, now, self._policy, owner_cases)

        fired = await self._update(case_id, change)
        if fired:
            logger.info("Reminder %s fired for case %s", kind.value, case_id)
        return int(fired)

    async def _update(self, case_id: str, change: Callable[[Case], Case]) -> bool:
        """Save `change` of the case; False if it no longer applies or the case kept changing."""
        try:
            await update_case(self._cases, case_id, change)
        except NotDue:
            return False
        except (ConflictError, KeyError) as exc:
            logger.warning("Reminder for case %s left for the next round: %r", case_id, exc)
            return False
        return True


def _by_owner(cases: Iterable[Case]) -> list[list[Case]]:
    """The cases grouped by the manager who owns them."""
    groups: defaultdict[str, list[Case]] = defaultdict(list)
    for case in cases:
        groups[case.owner.aad_object_id].append(case)
    return list(groups.values())


def _log_purge(purge: PurgeRound | None) -> None:
    """One line per round this instance recorded: counts and references, never names."""
    if purge is None:
        return
    names = [entry.reference or entry.id for entry in purge.purged]
    references = ", ".join(names[:LOGGED_REFERENCES]) or "none"
    if len(names) > LOGGED_REFERENCES:
        references += f" and {len(names) - LOGGED_REFERENCES} more"
    logger.info(
        "Retention purge %s: %d closed case(s) last needed before %s removed "
        "(RETENTION_MONTHS=%d; log in %s): %s",
        purge.day.isoformat(),
        len(purge.purged),
        purge.cutoff.isoformat(),
        purge.retention_months,
        round_key(purge.day),
        references,
    )
