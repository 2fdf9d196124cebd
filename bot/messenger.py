"""Proactive messages through the adapter: post or update a card in a stored conversation."""

from __future__ import annotations

from typing import Any

from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity, ConversationReference

from dialogs.sdk import card_activity


class DeliveryError(RuntimeError):
    """The connector did not take the message; the outbox will try again later."""


class Messenger:
    def __init__(self, adapter: CloudAdapter, app_id: str) -> None:
        self._adapter = adapter
        self._app_id = app_id

    async def post(self, reference: ConversationReference, card: dict[str, Any]) -> str:
        """Post `card` as a new message in the conversation; returns the new activity's id."""
        ids: list[str] = []

        async def send(context: TurnContext) -> None:
            # Without an id the message is a new post, not a reply to the continuation event.
            context.activity.id = None
            response = await context.send_activity(_card_activity(card))
            ids.append(response.id if response else "")

        await self._run(reference, send)
        return ids[0] if ids else ""

    async def update(
        self, reference: ConversationReference, activity_id: str, card: dict[str, Any]
    ) -> None:
        """Replace an earlier card in place, for everyone who sees it."""

        async def replace(context: TurnContext) -> None:
            activity = _card_activity(card)
            activity.id = activity_id
            await context.update_activity(activity)

        await self._run(reference, replace)

    async def _run(self, reference: ConversationReference, callback: Any) -> None:
        # The adapter hands errors inside the callback to on_turn_error (which would apologise
        # in the channel); catch them here so the outbox sees the failure and retries.
        errors: list[Exception] = []

        async def guarded(context: TurnContext) -> None:
            try:
                await callback(context)
            except Exception as exc:
                errors.append(exc)

        try:
            await self._adapter.continue_conversation(reference, guarded, self._app_id)
        except Exception as exc:
            errors.append(exc)
        if errors:
            error = errors[0]
            raise DeliveryError(f"{type(error).__name__}: {error}"[:300]) from error


def _card_activity(card: dict[str, Any]) -> Activity:
    return card_activity(card)
