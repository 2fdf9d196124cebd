"""A prompt that sends an Adaptive Card and waits until a valid submit for it arrives.

Everything that is not a valid submit for the current card gets a clear Swedish message and the
card again (with the user's input kept), so a turn never crashes and the flow never loses its place.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from datetime import date
from typing import Any

from pydantic import BaseModel, Field

from cards.errors import with_errors, with_notice
from dialogs.commands import is_help
from dialogs.replies import send_card, send_text
from dialogs.sdk import (
    ActivityTypes,
    ComponentDialog,
    Dialog,
    DialogContext,
    DialogTurnResult,
    TurnContext,
)
from dialogs.validation import Invalid, Stale, parse_submit

STATE_KEY = "card_request"
STALE_NOTICE = (
    "Det kortet hör till ett tidigare steg eller ett annat ärende. Du står här nu – fortsätt "
    "med kortet nedan."
)
TEXT_NOTICE = (
    "Jag väntar på att du fyller i kortet nedan. Skriv **hjälp** om du vill ha förklaringar, "
    "**meny** för menyn eller **avbryt** för att lämna formuläret (utkastet sparas)."
)

# Answers free text typed while a card waits; returns True if it answered (e.g. the FAQ).
FreeTextHandler = Callable[[TurnContext, str], Awaitable[bool]]
ContextFactory = Callable[[], Mapping[str, Any]]


class CardRequest(BaseModel):
    """What the prompt keeps in dialog state: the card, the actions it accepts, its case."""

    card: dict[str, Any]
    actions: tuple[str, ...] = Field(min_length=1)
    case_id: str = ""
    help: str
    # Dates already on the case that the submit is checked against (e.g. a course date),
    # by name in the validation context; kept here so validating needs no store read.
    case_dates: dict[str, date] = Field(default_factory=dict)


class CardPrompt(Dialog):  # type: ignore[misc]
    def __init__(
        self,
        dialog_id: str,
        validation_context: ContextFactory,
        free_text: FreeTextHandler | None = None,
    ) -> None:
        super().__init__(dialog_id)
        self._validation_context = validation_context
        self._free_text = free_text

    async def begin_dialog(
        self, dialog_context: DialogContext, options: object = None
    ) -> DialogTurnResult:
        """Send the card and wait."""
        request = CardRequest.model_validate(options)
        # Kept as one JSON string: botbuilder hashes and pickles the whole dialog state twice
        # per turn, and a nested card dict made that the costliest part of a turn.
        dialog_context.active_dialog.state[STATE_KEY] = request.model_dump_json()
        await send_card(dialog_context.context, request.card)
        return Dialog.end_of_turn

    async def continue_dialog(self, dialog_context: DialogContext) -> DialogTurnResult:
        """End with the parsed submit, or answer and show the card again."""
        activity = dialog_context.context.activity
        if activity.type != ActivityTypes.message:
            return Dialog.end_of_turn
        request = CardRequest.model_validate_json(dialog_context.active_dialog.state[STATE_KEY])
        context = dialog_context.context
        if activity.value is None:
            await self._on_text(context, request, (activity.text or "").strip())
            return Dialog.end_of_turn
        if isinstance(activity.value, dict) and activity.value.get("action") == "flow.help":
            await self._send_help(context, request)
            return Dialog.end_of_turn
        checks = {**self._validation_context(), **request.case_dates}
        outcome = parse_submit(activity.value, request.actions, request.case_id, checks)
        if isinstance(outcome, Invalid):
            await send_card(context, with_errors(request.card, outcome.errors, outcome.values))
        elif isinstance(outcome, Stale):
            await send_card(context, with_notice(request.card, STALE_NOTICE))
        else:
            return await dialog_context.end_dialog(outcome)
        return Dialog.end_of_turn

    async def reprompt_dialog(self, context: TurnContext, instance: Any) -> None:
        await send_card(context, CardRequest.model_validate_json(instance.state[STATE_KEY]).card)

    async def _on_text(self, context: TurnContext, request: CardRequest, text: str) -> None:
        """Typed text while a card waits: help, an answer from the FAQ, or a nudge to the card."""
        if is_help(text):
            await self._send_help(context, request)
            return
        if text and self._free_text is not None and await self._free_text(context, text):
            await send_card(context, request.card)
            return
        await send_card(context, with_notice(request.card, TEXT_NOTICE))

    async def _send_help(self, context: TurnContext, request: CardRequest) -> None:
        await send_text(context, request.help)
        await send_card(context, request.card)


def waiting_case_id(dialog_context: DialogContext) -> str:
    """The case of the card a running flow waits on; "" while the flow has no case yet.

    Walks down the running dialogs (each component dialog keeps its own stack in its state)
    to the card prompt on top.
    """
    stack = dialog_context.stack
    while stack:
        state = stack[0].state  # botbuilder keeps the top of a stack first
        saved = state.get(STATE_KEY)
        if isinstance(saved, str):
            return CardRequest.model_validate_json(saved).case_id
        inner = state.get(ComponentDialog.persisted_dialog_state)
        stack = inner.dialog_stack if inner is not None else []
    return ""
