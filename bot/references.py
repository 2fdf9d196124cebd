"""Where to reach people proactively: the coordinator channel and each manager's 1:1 chat.

Conversation references are kept in the key-value store, so they survive restarts and are
shared by every instance when the store is PostgreSQL.
"""

from __future__ import annotations

from typing import Any

from botbuilder.schema import ConversationReference

from bot.wire import to_wire
from store.interfaces import KeyValueStore

CHANNEL_KEY = "references/coordinator-channel"


def _user_key(aad_object_id: str) -> str:
    return f"references/user/{aad_object_id}"


class ReferenceBook:
    def __init__(self, store: KeyValueStore) -> None:
        self._store = store
        self._known: dict[str, dict[str, Any]] = {}

    async def channel(self) -> ConversationReference | None:
        return await self._get(CHANNEL_KEY)

    async def set_channel(self, reference: ConversationReference) -> None:
        await self._put(CHANNEL_KEY, reference)

    async def user(self, aad_object_id: str) -> ConversationReference | None:
        return await self._get(_user_key(aad_object_id))

    async def remember_user(self, aad_object_id: str, reference: ConversationReference) -> None:
        """Save a manager's chat reference, but only when it changed (not a write per turn)."""
        await self._put(_user_key(aad_object_id), reference)

    async def _get(self, key: str) -> ConversationReference | None:
        items = await self._store.read([key])
        if key not in items:
            return None
        return ConversationReference().deserialize(items[key]["reference"])

    async def _put(self, key: str, reference: ConversationReference) -> None:
        data = to_wire(reference)
        # The activity a reference was taken from changes every turn; a proactive message is
        # a new post, never a reply to it, so it is not kept (and not a reason to write).
        data.pop("activityId", None)
        if self._known.get(key) == data:
            return
        await self._store.write({key: {"reference": data}})
        self._known[key] = data
