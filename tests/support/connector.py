"""A fake Bot Connector on loopback that records what the bot sends, as Teams' would receive it."""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestServer


@dataclass
class Recorded:
    method: str
    path: str
    body: dict[str, Any]
    authorization: str = ""  # the bot's own token on the request (empty in local mode)
    raw_path: str = ""  # as sent, ids still percent-encoded


@dataclass
class FakeConnector:
    """Answers the Bot Connector REST calls the bot makes and keeps every request body."""

    requests: list[Recorded] = field(default_factory=list)
    # Answer this many of the next requests with `fail_status` (a connector outage).
    fail_next: int = 0
    fail_status: int = 503
    fail_prefix: str = "/"  # only requests whose path starts with this fail
    # Leave this many of the next requests unanswered for `hang_seconds` and then drop them
    # untaken (a connector that times out before it takes the message).
    hang_next: int = 0
    hang_seconds: float = 5.0
    hung: int = 0  # requests left unanswered so far
    keep: bool = True  # keep every request (tests); a benchmark keeps only the last cards
    _last_cards: dict[str, dict[str, Any]] = field(default_factory=dict)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _server: TestServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None, "start() first"
        return str(self._server.make_url("/"))

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._server = TestServer(app, host="127.0.0.1")
        # Microsoft's side: its access log (conversation ids in paths) is not the bot's log.
        await self._server.start_server(access_log=None)

    async def close(self) -> None:
        if self._server is not None:
            await self._server.close()

    async def _handle(self, request: web.Request) -> web.Response:
        body = await request.json() if request.can_read_body else {}
        if self.hang_next > 0 and request.path.startswith(self.fail_prefix):
            self.hang_next -= 1
            self.hung += 1
            await asyncio.sleep(self.hang_seconds)
            return web.json_response({"error": {"code": "GatewayTimeout"}}, status=504)
        if self.fail_next > 0 and request.path.startswith(self.fail_prefix):
            self.fail_next -= 1
            return web.json_response(
                {"error": {"code": "ServiceUnavailable"}}, status=self.fail_status
            )
        authorization = request.headers.get("Authorization", "")
        if self.keep:
            self.requests.append(
                Recorded(request.method, request.path, body, authorization, request.raw_path)
            )
        for attachment in body.get("attachments") or []:
            if attachment.get("contentType") == "application/vnd.microsoft.card.adaptive":
                conversation = request.path.split("/")[3]
                self._last_cards[conversation] = attachment["content"]
        if request.method == "POST" and request.path.rstrip("/") == "/v3/conversations":
            return web.json_response({"id": f"conv-{next(self._ids)}", "activityId": "1"})
        return web.json_response({"id": f"activity-{next(self._ids)}"})

    def activities(self) -> list[dict[str, Any]]:
        """Every activity the bot sent (replies, proactive messages and updates)."""
        return [r.body for r in self.requests if r.body.get("type")]

    def cards(self) -> list[dict[str, Any]]:
        return [
            attachment["content"]
            for activity in self.activities()
            for attachment in activity.get("attachments") or []
            if attachment.get("contentType") == "application/vnd.microsoft.card.adaptive"
        ]

    def last_card_for(self, conversation_id: str) -> dict[str, Any]:
        """The last card sent into a conversation (kept even when `keep` is off)."""
        return self._last_cards[conversation_id]

    def clear(self) -> None:
        self.requests.clear()
