"""The aiohttp application: /api/messages for Bot Framework activities and /healthz."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging

from aiohttp import web
from botbuilder.core import ConversationState

from bot.adapter import create_adapter
from bot.config import Settings
from bot.locks import KeyedLocks
from bot.messenger import Messenger
from bot.outbox import Outbox
from bot.references import ReferenceBook
from bot.state_storage import KeyValueBotStorage
from bot.teams_bot import HeromaBot
from dialogs.coordinator import CoordinatorDesk, CoordinatorPolicy
from dialogs.main import MainDialog
from dialogs.services import Services
from store.factory import Stores
from store.routine import Routine

logger = logging.getLogger(__name__)

OUTBOX = web.AppKey("outbox", Outbox)
OUTBOX_TASK = web.AppKey("outbox_task", asyncio.Task[None])
MAX_BODY = 256 * 1024  # an activity is a few KB; anything larger is refused before parsing


def create_app(settings: Settings, routine: Routine, stores: Stores) -> web.Application:
    """Wire store, dialogs, bot and adapter together; nothing else constructs them."""
    conversation_state = ConversationState(KeyValueBotStorage(stores.state))
    adapter = create_adapter(settings, conversation_state)
    references = ReferenceBook(stores.state)
    outbox = Outbox(
        stores.cases,
        references,
        Messenger(adapter, settings.app_id),
        routine,
        interval=settings.outbox_interval,
    )
    services = Services(cases=stores.cases, routine=routine, submissions=outbox)
    policy = CoordinatorPolicy(coordinator_ids=settings.coordinators, tenant_id=settings.tenant)
    desk = CoordinatorDesk(services, policy)
    bot = HeromaBot(conversation_state, MainDialog(services), desk, references, outbox)
    locks = KeyedLocks()

    async def messages(request: web.Request) -> web.StreamResponse:
        try:
            body = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            return web.json_response({"error": "Ogiltig JSON"}, status=400)
        if not isinstance(body, dict):
            return web.json_response(
                {"error": "En aktivitet måste vara ett JSON-objekt"}, status=400
            )
        conversation = body.get("conversation")
        key = str(conversation.get("id")) if isinstance(conversation, dict) else ""
        async with locks.hold(key):
            response = await adapter.process(request, bot)
        return response if response is not None else web.Response(status=201)

    async def healthz(_: web.Request) -> web.StreamResponse:
        return web.json_response(
            {
                "status": "ok",
                "mode": "local" if settings.local_mode else "production",
                "routine": {
                    "document_id": routine.document.document_id,
                    "version": routine.document.version,
                },
            }
        )

    async def start_outbox(app: web.Application) -> None:
        app[OUTBOX_TASK] = asyncio.create_task(outbox.run(), name="outbox")

    async def stop(app: web.Application) -> None:
        app[OUTBOX_TASK].cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await app[OUTBOX_TASK]
        await stores.close()

    app = web.Application(client_max_size=MAX_BODY)
    app.router.add_post("/api/messages", messages)
    app.router.add_get("/healthz", healthz)
    app[OUTBOX] = outbox
    app.on_startup.append(start_outbox)
    app.on_cleanup.append(stop)
    return app
