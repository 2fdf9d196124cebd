"""The Teams activity handler: dialogs in 1:1 chats, the coordinator's channel and card actions."""

from __future__ import annotations

import logging
import re
from typing import Any

from botbuilder.core import (
    ConversationState,
    InvokeResponse,
    MessageFactory,
    TurnContext,
)
from botbuilder.core.teams import TeamsActivityHandler
from botbuilder.dialogs import DialogSet, DialogTurnStatus
from botbuilder.schema import AdaptiveCardInvokeResponse

from bot.outbox import Outbox
from bot.references import ReferenceBook
from dialogs.coordinator import CoordinatorDesk, DeskReply
from dialogs.main import MainDialog
from dialogs.replies import actor_of
from dialogs.sdk import card_activity

logger = logging.getLogger(__name__)
_MENTION = re.compile(r"<at>.*?</at>", re.IGNORECASE | re.DOTALL)

CARD = "application/vnd.microsoft.card.adaptive"
REGISTERED = (
    "Den här kanalen tar nu emot ärenden som bemanningssamordnarens kanal. Ärenden som väntat "
    "levereras nu. Skriv **hjälp** för kommandona."
)


class HeromaBot(TeamsActivityHandler):  # type: ignore[misc]
    def __init__(
        self,
        conversation_state: ConversationState,
        main_dialog: MainDialog,
        desk: CoordinatorDesk | None = None,
        references: ReferenceBook | None = None,
        outbox: Outbox | None = None,
    ) -> None:
        super().__init__()
        self._conversation_state = conversation_state
        self._main = main_dialog
        self._desk = desk
        self._references = references
        self._outbox = outbox
        self._dialogs = DialogSet(conversation_state.create_property("DialogState"))
        self._dialogs.add(main_dialog)

    async def on_turn(self, turn_context: TurnContext) -> None:
        await super().on_turn(turn_context)
        await self._conversation_state.save_changes(turn_context)

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        if _conversation_type(turn_context) != "personal":
            await self._channel_command(turn_context)
            return
        if self._references is not None:
            reference = TurnContext.get_conversation_reference(turn_context.activity)
            await self._references.remember_user(actor_of(turn_context).aad_object_id, reference)
        dialog_context = await self._dialogs.create_context(turn_context)
        result = await dialog_context.continue_dialog()
        if result.status == DialogTurnStatus.Empty:
            await dialog_context.begin_dialog(self._main.id)

    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse | None:
        """Card actions answered with the invoke response model itself.

        4.17.1's own path serializes the body to a dict and CloudAdapter then serializes it a
        second time, which fails (500); returning the model once avoids that.
        """
        if turn_context.activity.name == "healthCheck":
            return await super().on_invoke_activity(turn_context)
        if turn_context.activity.name != "adaptiveCard/action":
            # Task modules, message extensions, file consent, sign-in: not used by this bot.
            # botbuilder would answer 501 too, but first reads `value` and fails on odd ones.
            return InvokeResponse(status=501)
        value = turn_context.activity.value
        action = value.get("action") if isinstance(value, dict) else None
        if not isinstance(action, dict) or action.get("type") != "Action.Execute":
            return InvokeResponse(status=200, body=_message("Kortets åtgärd kunde inte läsas."))
        return InvokeResponse(status=200, body=await self.on_card_action(turn_context, action))

    async def on_card_action(
        self, turn_context: TurnContext, action: dict[str, Any]
    ) -> AdaptiveCardInvokeResponse:
        """A coordinator pressed an Action.Execute on the channel card."""
        if self._desk is None:
            return _message("Den här åtgärden finns inte här.")
        verb = str(action.get("verb") or "")
        reply = await self._desk.act(actor_of(turn_context), verb, action.get("data"))
        if reply.changed is not None and self._outbox is not None:
            self._outbox.wake()  # the channel card for everyone, the manager's status message
        if reply.card is not None:
            return AdaptiveCardInvokeResponse(status_code=200, type=CARD, value=reply.card)
        return _message(reply.text or "")

    async def on_teams_members_added_dispatch(
        self, members_added: list[Any], team_info: Any, turn_context: TurnContext
    ) -> None:
        """Installed in a personal chat: greet with the menu. Added to a team: say how to register.

        Replaces botbuilder's dispatch, which fetches every added member from the connector
        (a round trip per member, and a failed turn when the connector answers 404).
        """
        recipient = turn_context.activity.recipient
        bot_id = recipient.id if recipient is not None else None
        if not any(member.id == bot_id for member in members_added):
            return
        if _conversation_type(turn_context) == "personal":
            await self._main.welcome(turn_context)
        elif self._desk is not None and self._desk.policy.allows(actor_of(turn_context)):
            # A coordinator added the bot to her team: its General channel takes the cases.
            await self._register_channel(turn_context)
        else:
            await turn_context.send_activity(
                "Hej! En bemanningssamordnare skriver **registrera kanal** i den kanal där "
                "ärendena ska komma in."
            )

    async def _channel_command(self, turn_context: TurnContext) -> None:
        if self._desk is None:
            return
        # Not TurnContext.remove_recipient_mention: it uses each mention's text as a regex.
        text = _MENTION.sub("", str(turn_context.activity.text or ""))
        reply = await self._desk.command(actor_of(turn_context), text.strip())
        if reply.register_channel:
            await self._register_channel(turn_context)
            return
        await _send(turn_context, reply)

    async def _register_channel(self, turn_context: TurnContext) -> None:
        """Store this channel as the coordinator channel; queued cards are delivered now."""
        if self._references is None or self._outbox is None:
            return
        reference = TurnContext.get_conversation_reference(turn_context.activity)
        channel_data = turn_context.activity.channel_data or {}
        channel = (channel_data.get("channel") or {}).get("id")
        # Post new top-level messages in the channel, not replies in the command's thread:
        # the channel's id, or the conversation id without its ";messageid=" thread suffix.
        reference.conversation.id = channel or reference.conversation.id.split(";")[0]
        reference.activity_id = None
        await self._references.set_channel(reference)
        logger.info("Coordinator channel registered: %s", reference.conversation.id)
        await turn_context.send_activity(REGISTERED)
        await self._outbox.channel_registered()


async def _send(turn_context: TurnContext, reply: DeskReply) -> None:
    if reply.text:
        await turn_context.send_activity(MessageFactory.text(reply.text))
    if reply.card is not None:
        await turn_context.send_activity(card_activity(reply.card))


def _message(text: str) -> AdaptiveCardInvokeResponse:
    """A short card with `text`: 4.17.1 cannot serialize a plain message response."""
    card = {
        "type": "AdaptiveCard",
        "version": "1.5",
        "body": [{"type": "TextBlock", "text": text, "wrap": True}],
    }
    return AdaptiveCardInvokeResponse(status_code=200, type=CARD, value=card)


def _conversation_type(turn_context: TurnContext) -> str:
    conversation = turn_context.activity.conversation
    return str(getattr(conversation, "conversation_type", None) or "personal")
