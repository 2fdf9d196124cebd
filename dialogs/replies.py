"""Sending cards and text, and reading who the user is, from a turn."""

from __future__ import annotations

from typing import Any

from dialogs.sdk import MessageFactory, TurnContext, card_activity
from store.models import Actor


async def send_card(context: TurnContext, card: dict[str, Any]) -> None:
    await context.send_activity(card_activity(card))


async def send_text(context: TurnContext, text: str) -> None:
    await context.send_activity(MessageFactory.text(text))


def actor_of(context: TurnContext) -> Actor:
    """The sender as an Actor. Teams always sends aadObjectId; elsewhere the id stands in."""
    activity = context.activity
    sender = activity.from_property
    aad_id = getattr(sender, "aad_object_id", None) or getattr(sender, "id", None) or "okänd"
    tenant = ""
    channel_data = activity.channel_data
    if isinstance(channel_data, dict):
        tenant = str((channel_data.get("tenant") or {}).get("id") or "")
    conversation = activity.conversation
    if not tenant and conversation is not None:
        tenant = getattr(conversation, "tenant_id", None) or ""
    return Actor(
        aad_object_id=str(aad_id)[:64],
        name=str(getattr(sender, "name", None) or "")[:120],
        tenant_id=tenant[:64],
    )
