"""Every botbuilder name the dialogs use, in one place.

botbuilder-python 4.17.1 is its final release; the Microsoft 365 Agents SDK offers the same
dialog model under other module names. Moving dialogs/ means changing these imports only.
"""

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
from botbuilder.schema import ActivityTypes

__all__ = [
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
]
