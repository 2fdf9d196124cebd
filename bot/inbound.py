"""The way in: from a request to /api/messages to a turn, refusing on the way what must not pass.

In order, each step runs no turn when it refuses:
1. the body must be an activity botbuilder can handle (400): without a `serviceUrl` botbuilder
   fails the turn after trying the public Bot Framework host, and with auth on it would also skip
   the token's `serviceurl` check; without `conversation.id`, `channelId` or `recipient.id`, or
   with ids that cannot go into a URL, or nested deeper than MAX_DEPTH, it fails too;
2. authentication with botbuilder's own checks (401, see bot.auth);
3. a sender and our tenant (403, see bot.tenant).
Only then does `run` hand the already authenticated activity to the adapter.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from botbuilder.core import Bot, serializer_helper
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity, ActivityTypes
from botframework.connector.auth import AuthenticateRequestResult

from bot.auth import authenticate
from bot.tenant import refusal
from bot.wire import from_wire

logger = logging.getLogger(__name__)

MAX_TEXT = 4000  # a chat message; longer text is cut (Teams itself stops at about 28 KB)
# Teams nests an activity about 6 levels deep; botbuilder copies and serializes it recursively.
MAX_DEPTH = 32
# Teams' ids ("a:1f…", "19:…@thread.tacv2;messageid=…", "29:1…") are printable ASCII, well under
# 512 characters; the conversation and activity ids go into the URLs of the bot's replies.
_ID = re.compile(r"[\x21-\x7e]{1,512}")
_TYPES = frozenset(str(kind.value) for kind in ActivityTypes)  # logged as is; others as "other"


@dataclass(frozen=True)
class Admitted:
    """An activity that passed every check, with botbuilder's authentication result."""

    activity: Activity
    auth: AuthenticateRequestResult


class Inbound:
    def __init__(self, adapter: CloudAdapter, tenant: str) -> None:
        self._adapter = adapter
        self._tenant = tenant

    async def admit(self, body: dict[str, Any], authorization: str) -> Admitted:
        """Parse, authenticate and screen; raises the HTTP error (400/401/403/503) otherwise."""
        activity = parse_activity(body)
        auth = await authenticate(
            self._adapter.bot_framework_authentication, activity, authorization
        )
        reason = refusal(activity, self._tenant)
        if reason is not None:
            kind = activity.type if activity.type in _TYPES else "other"
            logger.info("Activity refused: %s (type %s)", reason, kind)
            raise web.HTTPForbidden(
                text='{"error": "Boten betjänar inte den här avsändaren"}',
                content_type="application/json",
            )
        return Admitted(activity, auth)

    async def run(self, admitted: Admitted, bot: Bot) -> web.Response:
        """The turn, as `CloudAdapter.process` runs it after its own authentication."""
        invoke = await self._adapter.process_activity(admitted.auth, admitted.activity, bot.on_turn)
        if invoke is None:
            return web.Response(status=201)
        return web.json_response(serializer_helper(invoke.body), status=int(invoke.status))


def parse_activity(body: dict[str, Any]) -> Activity:
    """The activity in `body`, or 400 when it is not one the bot can answer."""
    if not _shallow(body, MAX_DEPTH):
        raise _bad_request("Aktiviteten är för djupt nästlad")
    try:
        activity = from_wire(Activity, body)
    except Exception:  # msrest's DeserializationError, whatever it wraps
        raise _bad_request("Aktiviteten kunde inte läsas") from None
    if not isinstance(body.get("type"), str) or not body["type"] or len(body["type"]) > 64:
        raise _bad_request("Aktiviteten saknar typ")
    service_url = body.get("serviceUrl")
    if not isinstance(service_url, str) or not service_url.startswith(("https://", "http://")):
        raise _bad_request("Aktiviteten saknar serviceUrl")
    if not _is_id(getattr(activity.conversation, "id", None)):
        raise _bad_request("Aktiviteten saknar konversation")
    if not _is_id(activity.channel_id):  # the conversation state's key starts with it
        raise _bad_request("Aktiviteten saknar channelId")
    if activity.id is not None and not _is_id(activity.id):
        raise _bad_request("Aktivitetens id är ogiltigt")
    if not _is_id(getattr(activity.recipient, "id", None)):  # botbuilder reads it on every message
        raise _bad_request("Aktiviteten saknar mottagare")
    if isinstance(activity.text, str) and len(activity.text) > MAX_TEXT:
        activity.text = activity.text[:MAX_TEXT]
    return activity


def _shallow(body: object, limit: int) -> bool:
    """No list or object in `body` deeper than `limit` (walked without recursion)."""
    stack: list[tuple[object, int]] = [(body, 1)]
    while stack:
        node, depth = stack.pop()
        children = (
            node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        )
        if children and depth > limit:
            return False
        stack.extend((child, depth + 1) for child in children)
    return True


def _is_id(value: object) -> bool:
    return isinstance(value, str) and _ID.fullmatch(value) is not None


def _bad_request(message: str) -> web.HTTPBadRequest:
    return web.HTTPBadRequest(text=f'{{"error": "{message}"}}', content_type="application/json")
