"""The aiohttp application: /api/messages for Bot Framework activities and /healthz."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging

from aiohttp import web
from botbuilder.core import ConversationState

from bot.adapter import create_adapter
from bot.auth import bound_key_fetch
from bot.cloud_adapter import TeamsCloudAdapter
from bot.config import Settings
from bot.inbound import Inbound
from bot.locks import KeyedLocks
from bot.log_filter import install as mask_logs
from bot.messenger import Messenger
from bot.outbox import Outbox
from bot.references import ReferenceBook
from bot.scheduler import Scheduler
from bot.state_storage import KeyValueBotStorage
from bot.teams_bot import HeromaBot
from bot.tuning import speed_up_retry_policy, speed_up_state_hash, widen_default_executor
from dialogs.coordinator import CoordinatorDesk, CoordinatorPolicy
from dialogs.main import MainDialog
from dialogs.services import Contacts, Faq, Services
from knowledge import FaqContent, FaqIndex, load_faq
from store.factory import Stores
from store.feedback import FeedbackLog
from store.routine import Routine

logger = logging.getLogger(__name__)

ADAPTER = web.AppKey("adapter", TeamsCloudAdapter)
OUTBOX = web.AppKey("outbox", Outbox)
OUTBOX_TASK = web.AppKey("outbox_task", asyncio.Task[None])
SCHEDULER = web.AppKey("scheduler", Scheduler)
SCHEDULER_TASK = web.AppKey("scheduler_task", asyncio.Task[None])
MAX_BODY = 256 * 1024  # an activity is a few KB; anything larger is refused before parsing


def create_app(
    settings: Settings, routine: Routine, stores: Stores, faq: FaqContent | None = None
) -> web.Application:
    """Wire store, dialogs, bot and adapter together; nothing else constructs them."""
    speed_up_retry_policy()
    speed_up_state_hash()
    bound_key_fetch()
    mask_logs([settings.app_password])
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
    content = faq if faq is not None else load_faq(settings.faq_path)
    services = Services(
        cases=stores.cases,
        routine=routine,
        submissions=outbox,
        faq=Faq(content, FaqIndex.for_content(content), FeedbackLog(stores.state)),
        contacts=Contacts(settings.coordinator_contact, settings.payroll_contact),
        reminders=settings.reminder_policy,
    )
    policy = CoordinatorPolicy(coordinator_ids=settings.coordinators, tenant_id=settings.tenant)
    desk = CoordinatorDesk(services, policy)
    bot = HeromaBot(conversation_state, MainDialog(services), desk, references, outbox)
    locks = KeyedLocks()
    inbound = Inbound(adapter, settings.tenant)
    scheduler = Scheduler(
        stores.cases,
        stores.state,
        outbox,
        settings.reminder_policy,
        routine,
        retention_months=settings.retention_months,
    )

    async def messages(request: web.Request) -> web.StreamResponse:
        try:
            body = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):  # deep nesting
            return web.json_response({"error": "Ogiltig JSON"}, status=400)
        if not isinstance(body, dict):
            return web.json_response(
                {"error": "En aktivitet måste vara ett JSON-objekt"}, status=400
            )
        # 400/401/403 (and 503 without signing keys) are raised here, before any turn.
        admitted = await inbound.admit(body, request.headers.get("Authorization", ""))
        conversation = body.get("conversation")
        key = str(conversation.get("id")) if isinstance(conversation, dict) else ""
        async with locks.hold(key):
            response = await inbound.run(admitted, bot)
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
        widen_default_executor(asyncio.get_running_loop())
        app[OUTBOX_TASK] = asyncio.create_task(outbox.run(), name="outbox")
        reminders = scheduler.run(settings.scheduler_interval)
        app[SCHEDULER_TASK] = asyncio.create_task(reminders, name="scheduler")

    async def stop(app: web.Application) -> None:
        for task in (app[SCHEDULER_TASK], app[OUTBOX_TASK]):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await adapter.sender.close()
        await stores.close()

    app = web.Application(client_max_size=MAX_BODY)
    app.router.add_post("/api/messages", messages)
    app.router.add_get("/healthz", healthz)
    app[ADAPTER] = adapter
    app[OUTBOX] = outbox
    app[SCHEDULER] = scheduler
    app.on_startup.append(start_outbox)
    app.on_cleanup.append(stop)
    return app
