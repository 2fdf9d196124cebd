"""botbuilder's CloudAdapter with its outbound path replaced, and replies that survive faults.

Everything inbound (authentication, turn context, middleware, the bot) is botbuilder's own.
Outbound, the two calls the bot makes go through `ConnectorSender` (aiohttp, keep-alive) instead
of msrest and blocking `requests`, and the connector clients are reused across turns
(bot/outbound.py says why). The rest of botbuilder's `send_activities` (delay, invoke response,
trace) is kept by handing those activities to it.

botbuilder 4.17.1 never retries a POST to the Bot Connector: a 429 or 503 on a reply goes
straight to on_turn_error and the manager sees nothing (or an apology). Here each reply of a
turn is sent on its own and retried a few times with backoff (honouring Retry-After, capped)
when the connector surely did not take it (no connection, 408, 429, 503), so a reply is never
sent twice. A read timeout or a 500/502/504 may have been taken: not retried. Proactive messages
are not retried here: the outbox retries them durably, with its own backoff.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity, ActivityTypes, ResourceResponse
from botframework.connector import Channels
from botframework.connector.auth import BotFrameworkAuthentication

from bot.outbound import ConnectorCallError, ConnectorSender, ReusedClients

logger = logging.getLogger(__name__)

DELAYS = (0.5, 1.0, 2.0)  # three retries, about 3.5 s at the most plus Retry-After
MAX_RETRY_AFTER = 5.0


class TeamsCloudAdapter(CloudAdapter):  # type: ignore[misc]
    def __init__(self, authentication: BotFrameworkAuthentication, sender: ConnectorSender):
        super().__init__(ReusedClients(authentication))
        self.sender = sender

    async def send_activities(
        self, context: TurnContext, activities: Sequence[Activity]
    ) -> list[ResourceResponse]:
        responses: list[ResourceResponse] = []
        for activity in activities:
            if not _goes_to_connector(activity):
                responses.extend(await super().send_activities(context, [activity]))
                continue
            activity.id = None
            responses.append(await self._send_one(context, activity))
        return responses

    async def update_activity(self, context: TurnContext, activity: Activity) -> Any:
        return await self.sender.update(self._client(context), activity)

    async def _send_one(self, context: TurnContext, activity: Activity) -> ResourceResponse:
        client = self._client(context)
        if _is_proactive(context):
            return await self.sender.send(client, activity)
        for attempt, delay in enumerate((*DELAYS, None)):
            try:
                return await self.sender.send(client, activity)
            except ConnectorCallError as error:
                # Only what surely did not arrive is sent again: a reply is never shown twice.
                # (A read timeout or a 500 may have been taken; the turn fails and apologises.)
                if delay is None or error.maybe_taken:
                    raise
                pause = max(delay, min(error.retry_after, MAX_RETRY_AFTER))
                logger.warning(
                    "Reply not accepted (%s), try %d of %d again in %.1f s",
                    error.status or "no answer",
                    attempt + 1,
                    len(DELAYS),
                    pause,
                )
                await asyncio.sleep(pause)
        raise AssertionError("unreachable")

    def _client(self, context: TurnContext) -> Any:
        client = context.turn_state.get(self.BOT_CONNECTOR_CLIENT_KEY)
        if client is None:
            raise RuntimeError("The turn has no connector client")
        return client


def _goes_to_connector(activity: Activity) -> bool:
    if activity.type in ("delay", ActivityTypes.invoke_response):
        return False
    return not (activity.type == ActivityTypes.trace and activity.channel_id != Channels.emulator)


def _is_proactive(context: TurnContext) -> bool:
    activity = context.activity
    return bool(activity.type == "event" and activity.name == "ContinueConversation")
