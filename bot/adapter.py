"""botbuilder's CloudAdapter, configured from Settings, with an error handler that never leaks."""

from __future__ import annotations

import contextlib
import logging
import uuid
from dataclasses import dataclass

import aiohttp
from botbuilder.core import ConversationState, MessageFactory, TurnContext
from botbuilder.integration.aiohttp import ConfigurationBotFrameworkAuthentication

from bot.cloud_adapter import TeamsCloudAdapter
from bot.config import Settings
from bot.outbound import ConnectorSender

logger = logging.getLogger(__name__)

APOLOGY = (
    "Förlåt, något gick fel hos mig (felkod {code}). Det du redan fyllt i är sparat: skriv "
    "**fortsätt** för att ta upp ditt utkast, eller **meny** för att börja om."
)


@dataclass(frozen=True)
class _AdapterConfig:
    """The attribute names botbuilder's configuration factories look for."""

    APP_ID: str
    APP_PASSWORD: str
    APP_TYPE: str
    APP_TENANTID: str


def create_adapter(settings: Settings, conversation_state: ConversationState) -> TeamsCloudAdapter:
    config = _AdapterConfig(
        APP_ID=settings.app_id,
        APP_PASSWORD=settings.app_password,
        # SingleTenant insists on an app id; local mode has none and authenticates nothing.
        APP_TYPE="MultiTenant" if settings.local_mode else settings.app_type,
        APP_TENANTID=settings.app_tenant_id,
    )
    sender = ConnectorSender(aiohttp.ClientTimeout(total=settings.connector_timeout, connect=5))
    adapter = TeamsCloudAdapter(ConfigurationBotFrameworkAuthentication(config), sender)

    async def on_turn_error(context: TurnContext, error: Exception) -> None:
        """Log with a correlation id, apologise, and clear the dialog stack so no one is stuck."""
        code = uuid.uuid4().hex[:8]
        logger.error(
            "Turn failed [%s] (activity type %s)",
            code,
            context.activity.type,
            exc_info=(type(error), error, error.__traceback__),
        )
        try:
            await context.send_activity(MessageFactory.text(APOLOGY.format(code=code)))
        except Exception:
            logger.exception("Could not send the apology [%s]", code)
        # KeyError: the state was never loaded in this turn (e.g. an invoke).
        with contextlib.suppress(KeyError):
            await conversation_state.delete(context)

    adapter.on_turn_error = on_turn_error
    return adapter
