"""Delivers what waits in the cases' outboxes: channel cards, status messages and reminders.

A delivery is stored in the case before anything is sent, in the same save as the change that
caused it, so a crash or a connector outage delays it but never loses it. Failed attempts are
retried with exponential backoff; the loop also wakes at once when asked (new submission,
channel registered, a coordinator's decision).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from bot.messenger import DeliveryError, Messenger
from bot.references import ReferenceBook
from cards.coordinator import channel_case_card, status_card
from cards.elements import CardDict
from cards.reminders import coordinator_flag_card, draft_reminder_card, role_review_card
from store.decisions import delivered, failed
from store.interfaces import CaseStore, ConflictError
from store.models import Case, ChannelPost, Notice, NoticeKind, utcnow
from store.reminders import is_waiting_draft, local_date, untouched_since, working_days_between
from store.reviews import reviewable_roles
from store.routine import Routine
from store.updates import update_case

logger = logging.getLogger(__name__)


CLAIM_LEASE = timedelta(seconds=60)
NO_CHANNEL = "no coordinator channel is registered yet"


class _NotDue(Exception):
    """The notice is gone or claimed by someone else."""


class Outbox:
    def __init__(
        self,
        cases: CaseStore,
        references: ReferenceBook,
        messenger: Messenger,
        routine: Routine,
        *,
        interval: float = 5.0,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        self._cases = cases
        self._references = references
        self._messenger = messenger
        self._routine = routine
        self._interval = interval
        self._now = now
        self._wake = asyncio.Event()
        self._lock = asyncio.Lock()

    def wake(self) -> None:
        self._wake.set()

    async def run(self) -> None:
        """Deliver due notices until cancelled."""
        while True:
            try:
                await self.flush()
            except Exception:
                logger.exception("Outbox round failed; trying again in %s s", self._interval)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self._interval)
            self._wake.clear()

    async def flush(self) -> None:
        """Try every due notice of every case; one round at a time."""
        async with self._lock:
            for case in await self._cases.list_with_outbox():
                for notice in case.outbox:
                    if notice.next_attempt_at <= self._now():
                        await self._attempt(case.id, notice)

    async def _attempt(self, case_id: str, notice: Notice) -> None:
        case = await self._claim(case_id, notice.id)
        if case is None:
            return
        try:
            post = await self._deliver(case, notice)
        except DeliveryError as exc:
            error = str(exc)
            logger.warning("Delivery of %s for %s failed: %s", notice.kind, case.reference, error)
            await update_case(self._cases, case_id, lambda c: failed(c, notice.id, error))
            return

        def done(fresh: Case) -> Case:
            with_post = fresh.model_copy(update={"channel_post": post or fresh.channel_post})
            return delivered(with_post, notice.id)

        await update_case(self._cases, case_id, done)

    async def _claim(self, case_id: str, notice_id: str) -> Case | None:
        """Take a due notice for this instance by moving its next attempt a lease ahead.

        The claim is a versioned save, so of several instances (or rounds) only one wins; the
        others see the notice not due and leave it. If this instance dies while sending, the
        lease runs out and another takes the notice up.
        """
        now = self._now()

        def take(fresh: Case) -> Case:
            notice = next((n for n in fresh.outbox if n.id == notice_id), None)
            if notice is None or notice.next_attempt_at > now:
                raise _NotDue
            leased = notice.model_copy(update={"next_attempt_at": now + CLAIM_LEASE})
            outbox = [leased if n.id == notice_id else n for n in fresh.outbox]
            return fresh.model_copy(update={"outbox": outbox})

        try:
            return await update_case(self._cases, case_id, take)
        except (_NotDue, KeyError):
            return None

    async def _deliver(self, case: Case, notice: Notice) -> ChannelPost | None:
        """Send one notice; returns where a newly posted channel card stands."""
        if notice.kind is NoticeKind.MANAGER_STATUS:
            as_then = case.model_copy(update={"status": notice.status})
            await self._post_to_manager(case, status_card(as_then, self._routine, notice.comment))
            return None
        if notice.kind is not NoticeKind.CHANNEL_CARD:
            card = await self._reminder_card(case, notice)
            if card is not None and notice.kind is NoticeKind.COORDINATOR_FLAG:
                await self.post_in_channel(card)
            elif card is not None:
                await self._post_to_manager(case, card)
            return None
        reference = await self._references.channel()
        if reference is None:
            raise DeliveryError(NO_CHANNEL)
        card = channel_case_card(case, self._routine)
        # Without the id the connector gave the first card, it cannot be updated: post anew.
        if case.channel_post is not None and case.channel_post.activity_id:
            reference.conversation.id = case.channel_post.conversation_id
            await self._messenger.update(reference, case.channel_post.activity_id, card)
            return None
        activity_id = await self._messenger.post(reference, card)
        return ChannelPost(conversation_id=reference.conversation.id, activity_id=activity_id)

    async def _reminder_card(self, case: Case, notice: Notice) -> CardDict | None:
        """The reminder's card, or None when it no longer applies (it is dropped, not sent)."""
        if notice.kind is NoticeKind.DRAFT_REMINDER:
            waiting = is_waiting_draft(case) and not case.reminders.off
            return draft_reminder_card(case, self._routine) if waiting else None
        if notice.kind is NoticeKind.COORDINATOR_FLAG:
            if case.status is not notice.status:
                return None  # the coordinator acted in the meantime
            since = local_date(untouched_since(case))
            waited = working_days_between(since, local_date(self._now()))
            return coordinator_flag_card(case, self._routine, waited)
        roles = reviewable_roles(await self._cases.list_by_owner(case.owner.aad_object_id))
        return role_review_card(roles, self._routine) if roles else None

    async def _post_to_manager(self, case: Case, card: CardDict) -> None:
        """Post `card` in the manager's 1:1 chat; DeliveryError if it is not known or fails."""
        reference = await self._references.user(case.owner.aad_object_id)
        if reference is None:
            raise DeliveryError("the manager's chat is not known yet")
        await self._messenger.post(reference, card)

    async def post_in_channel(self, card: CardDict) -> None:
        """Post `card` as a new message in the coordinator channel; DeliveryError if it fails."""
        reference = await self._references.channel()
        if reference is None:
            raise DeliveryError(NO_CHANNEL)
        await self._messenger.post(reference, card)

    async def channel_registered(self) -> int:
        """A channel exists now: cards that waited for one are due at once, not after backoff.

        Returns how many were made due. A card already claimed by a round in flight is left.
        """
        now = self._now()
        waiting = [
            case
            for case in await self._cases.list_with_outbox()
            if any(_waits_for_channel(n, now) for n in case.outbox)
        ]

        def due_now(fresh: Case) -> Case:
            outbox = [
                n.model_copy(update={"next_attempt_at": now}) if _waits_for_channel(n, now) else n
                for n in fresh.outbox
            ]
            return fresh.model_copy(update={"outbox": outbox})

        made_due = 0
        for case in waiting:
            with contextlib.suppress(KeyError, ConflictError):
                await update_case(self._cases, case.id, due_now)
                made_due += 1
        self.wake()
        return made_due

    async def case_submitted(self, case: Case) -> bool:
        """A manager submitted: post the channel card in the background, right away.

        The card waits in the case's outbox (saved with the submission), so the manager's
        receipt goes first and does not wait for the connector. Returns whether a coordinator
        channel is registered, i.e. whether the card is on its way or waits for one.
        """
        self.wake()
        return await self._references.channel() is not None


def _waits_for_channel(notice: Notice, now: datetime) -> bool:
    """A channel card put off by backoff (not one claimed right now by a round in flight)."""
    return (
        notice.kind is NoticeKind.CHANNEL_CARD
        and notice.attempts > 0
        and notice.next_attempt_at > now
        and notice.last_error == NO_CHANNEL
    )
