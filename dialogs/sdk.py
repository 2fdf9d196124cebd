"""Every botbuilder name the dialogs use, in one place.

botbuilder-python 4.17.1 is its final release; the Microsoft 365 Agents SDK offers the same
dialog model under other module names. Moving dialogs/ means changing these imports only.
"""

from __future__ import annotations

from typing import Any

from botbuilder.core import CardFactory, MessageFactory, TurnContext
from botbuilder.dialogs import (
    ComponentDialog,
    Dialog,
    DialogContext,
    DialogTurnResult,
    DialogTurnStatus,
    WaterfallDialog,
    WaterfallStepContext,
)
from botbuilder.schema import Activity, ActivityTypes, Attachment

__all__ = [
    "Activity",
    "ActivityTypes",
    "CardFactory",
    "ComponentDialog",
    "Dialog",
    "DialogContext",
    "DialogTurnResult",
    "DialogTurnStatus",
    "MessageFactory",
    "TurnContext",
    "WaterfallDialog",
    "WaterfallStepContext",
    "card_activity",
]


class _SentAttachment(Attachment):  # type: ignore[misc]
    """A card attachment once handed over for sending: nothing changes it after that.

    botbuilder deep-copies every outgoing activity (`TurnContext.send_activities`) so that its
    changes to the activity's own fields don't reach the caller; the card is most of what it
    would copy, about half a millisecond a reply, and can be shared instead.
    """

    def __deepcopy__(self, memo: dict[int, Any]) -> _SentAttachment:
        return self


def card_activity(card: dict[str, Any]) -> Activity:
    """A message carrying `card` (an Adaptive Card) as its one attachment."""
    attachment = CardFactory.adaptive_card(card)
    shared = _SentAttachment(content_type=attachment.content_type, content=attachment.content)
    return MessageFactory.attachment(shared)
