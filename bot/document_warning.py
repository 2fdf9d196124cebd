"""The warning to coordinators that the routine document runs out: once per id and version.

Its state is a document in the key-value store, one key per document id and version. It is
created once as "pending" (store/claims.create_once: of racing instances only one creates
it), moved to "sending" by the one instance whose conditional write wins, and to "sent" once
the channel took the message. A failed post goes back to "pending" and is tried again at the
next tick; a "sending" left behind by a crash is taken over when its lease has run out.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Protocol

from bot.messenger import DeliveryError
from cards.elements import CardDict
from cards.reminders import document_warning_card
from store.claims import create_once, replace_if, takeable
from store.interfaces import KeyValueStore, StateItem
from store.reminders import ReminderPolicy, document_warning_due, local_date
from store.routine import Document

logger = logging.getLogger(__name__)

PENDING, SENDING, SENT = "pending", "sending", "sent"
LEASE = timedelta(minutes=10)


class ChannelPoster(Protocol):
    async def post_in_channel(self, card: CardDict) -> None: ...


def document_key(document: Document) -> str:
    """The key of the warning's state: one per document id and version."""
    return f"reminders/document/{document.document_id}/{document.version}"


def _takeable(item: StateItem, now: datetime) -> bool:
    return takeable(item, now, pending=PENDING, busy=SENDING)


class DocumentWarning:
    def __init__(
        self,
        state: KeyValueStore,
        channel: ChannelPoster,
        document: Document,
        policy: ReminderPolicy,
    ) -> None:
        self._state = state
        self._channel = channel
        self._document = document
        self._policy = policy

    async def tick(self, now: datetime) -> bool:
        """Post the warning if it is due and not yet posted; True if this call posted it."""
        if not document_warning_due(self._document, now, self._policy):
            return False
        key = document_key(self._document)
        await create_once(self._state, key, {"state": PENDING, "attempts": 0})
        item = (await self._state.read([key])).get(key)
        if item is None or not _takeable(item, now):
            return False
        sending = {**item, "state": SENDING, "until": (now + LEASE).isoformat()}
        e_tag = await replace_if(self._state, key, item["e_tag"], sending)
        if e_tag is None:
            return False  # another instance took it first
        card = document_warning_card(self._document, local_date(now))
        try:
            await self._channel.post_in_channel(card)
        except DeliveryError as exc:
            logger.warning("Routine warning not posted (tried again next round): %s", exc)
            attempts = int(item.get("attempts", 0)) + 1
            retry = {"state": PENDING, "attempts": attempts, "last_error": str(exc)[:300]}
            await replace_if(self._state, key, e_tag, retry)
            return False
        await replace_if(self._state, key, e_tag, {"state": SENT, "sent_at": now.isoformat()})
        return True
