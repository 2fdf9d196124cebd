"""The Teams activity handler: runs the dialogs for 1:1 chats and welcomes new users."""

from __future__ import annotations

from typing import Any

from botbuilder.core import ConversationState, MessageFactory, TurnContext
from botbuilder.core.teams import TeamsActivityHandler
from botbuilder.dialogs import DialogSet, DialogTurnStatus

from dialogs.main import MainDialog

CHANNEL_REPLY = (
    "I kanaler svarar jag på bemanningssamordnarens kommandon; den delen byggs just nu. "
    "Skriv till mig i en personlig chatt för att ansöka om behörighet i Heroma."
)


class HeromaBot(TeamsActivityHandler):  # type: ignore[misc]
    def __init__(self, conversation_state: ConversationState, main_dialog: MainDialog) -> None:
        super().__init__()
        self._conversation_state = conversation_state
        self._main = main_dialog
        self._dialogs = DialogSet(conversation_state.create_property("DialogState"))
        self._dialogs.add(main_dialog)

    async def on_turn(self, turn_context: TurnContext) -> None:
        await super().on_turn(turn_context)
        await self._conversation_state.save_changes(turn_context)

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        if _conversation_type(turn_context) != "personal":
            await turn_context.send_activity(MessageFactory.text(CHANNEL_REPLY))
            return
        dialog_context = await self._dialogs.create_context(turn_context)
        result = await dialog_context.continue_dialog()
        if result.status == DialogTurnStatus.Empty:
            await dialog_context.begin_dialog(self._main.id)

    async def on_teams_members_added_dispatch(
        self, members_added: list[Any], team_info: Any, turn_context: TurnContext
    ) -> None:
        """The bot was installed in a personal chat: greet with the menu.

        Replaces botbuilder's dispatch, which fetches every added member from the connector
        (a round trip per member, and a failed turn when the connector answers 404).
        """
        recipient = turn_context.activity.recipient
        bot_id = recipient.id if recipient is not None else None
        added_bot = any(member.id == bot_id for member in members_added)
        if added_bot and _conversation_type(turn_context) == "personal":
            await self._main.welcome(turn_context)


def _conversation_type(turn_context: TurnContext) -> str:
    conversation = turn_context.activity.conversation
    return str(getattr(conversation, "conversation_type", None) or "personal")
