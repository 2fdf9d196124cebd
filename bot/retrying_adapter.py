"""CloudAdapter whose replies survive a connector that is briefly overloaded or down.

botbuilder 4.17.1 never retries a POST to the Bot Connector: a 429 or 5xx on a reply goes
straight to on_turn_error and the manager sees nothing (or an apology). Here each reply of a
turn is sent on its own and retried a few times with backoff (honouring Retry-After, capped),
so one failed activity is never sent twice along with the ones before it. Proactive messages
are left to the outbox, which retries them durably.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity, ResourceResponse
from msrest.exceptions import ClientRequestError, HttpOperationError

logger = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
DELAYS = (0.5, 1.0, 2.0)  # three retries, about 3.5 s at the most plus Retry-After
MAX_RETRY_AFTER = 5.0


class RetryingCloudAdapter(CloudAdapter):  # type: ignore[misc]
    async def send_activities(
        self, context: TurnContext, activities: Sequence[Activity]
    ) -> list[ResourceResponse]:
        if _is_proactive(context):
            # Proactive sends come from the outbox, which retries durably with its own backoff.
            sent: list[ResourceResponse] = await super().send_activities(context, activities)
            return sent
        responses: list[ResourceResponse] = []
        for activity in activities:
            responses.extend(await self._send_one(context, activity))
        return responses

    async def _send_one(self, context: TurnContext, activity: Activity) -> list[ResourceResponse]:
        for attempt, delay in enumerate((*DELAYS, None)):
            try:
                sent: list[ResourceResponse] = await super().send_activities(context, [activity])
                return sent
            except (HttpOperationError, ClientRequestError) as error:
                status, wait = _status_and_wait(error)
                if delay is None or (status is not None and status not in RETRY_STATUSES):
                    raise
                pause = max(delay, wait)
                logger.warning(
                    "Reply not accepted (%s), try %d of %d again in %.1f s",
                    status or type(error).__name__,
                    attempt + 1,
                    len(DELAYS),
                    pause,
                )
                await asyncio.sleep(pause)
        raise AssertionError("unreachable")


def _is_proactive(context: TurnContext) -> bool:
    activity = context.activity
    return bool(activity.type == "event" and activity.name == "ContinueConversation")


def _status_and_wait(error: Exception) -> tuple[int | None, float]:
    """The HTTP status of a failed call (None for a connection error) and its Retry-After."""
    response: Any = getattr(error, "response", None)
    status = getattr(response, "status_code", None)
    headers = getattr(response, "headers", None) or {}
    try:
        wait = min(float(headers.get("Retry-After", 0)), MAX_RETRY_AFTER)
    except (TypeError, ValueError):
        wait = 0.0
    return (int(status) if status is not None else None), wait
