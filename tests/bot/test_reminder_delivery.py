"""Reminders end to end: the real app and outbox on loopback, delivered to a fake Bot Connector.

The scheduler is ticked by the test with a fixed clock; cases are moved back in time in the
store instead of waiting for days to pass.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.app import OUTBOX, SCHEDULER_TASK, create_app
from bot.config import Settings
from bot.scheduler import Scheduler
from store.factory import Stores, open_stores
from store.models import Case, CaseStatus
from store.reminders import ReminderPolicy
from store.routine import Routine
from store.transitions import advance
from store.updates import update_case
from tests.bot.test_coordinator_channel import card_of, eventually, in_channel, register
from tests.support.chat import actions_of, press
from tests.support.connector import FakeConnector, Recorded
from tests.support.flows import NEW_ACCESS, post, submit_new_access
from tests.support.teams import personal_activity

COORDINATOR = "aad-coord-1"


@dataclass
class Deployment:
    url: str
    stores: Stores
    app: web.Application


@pytest.fixture
async def bot(tmp_path: Path, routine: Routine) -> AsyncIterator[Deployment]:
    settings = Settings(
        DATA_DIR=tmp_path,
        COORDINATOR_AAD_IDS=COORDINATOR,
        ALLOWED_TENANT_ID="tenant-1",
        OUTBOX_INTERVAL_SECONDS=0.05,
        SCHEDULER_INTERVAL_SECONDS=3600,  # the test ticks its own scheduler
    )
    stores = open_stores(tmp_path)
    app = create_app(settings, routine, stores)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    yield Deployment(str(server.make_url("/api/messages")), stores, app)
    await server.close()


def scheduler(bot: Deployment, routine: Routine, now: datetime) -> Scheduler:
    outbox = bot.app[OUTBOX]
    return Scheduler(
        bot.stores.cases, bot.stores.state, outbox, ReminderPolicy(), routine, now=lambda: now
    )


async def backdate(stores: Stores, case_id: str, days: int) -> None:
    """Move everything that happened to the case `days` into the past."""
    delta = timedelta(days=days)

    def shift(case: Case) -> Case:
        events = [event.model_copy(update={"at": event.at - delta}) for event in case.events]
        update: dict[str, object] = {
            "created_at": case.created_at - delta,
            "updated_at": case.updated_at - delta,
            "events": events,
        }
        if case.submitted_at is not None:
            update["submitted_at"] = case.submitted_at - delta
        return case.model_copy(update=update)

    await update_case(stores.cases, case_id, shift)


def to_manager(record: Recorded) -> bool:
    return record.method == "POST" and "a:aad-manager-1" in record.path


async def test_app_runs_the_scheduler_in_the_background(bot: Deployment) -> None:
    task = bot.app[SCHEDULER_TASK]
    assert task.get_name() == "scheduler"
    assert not task.done()


async def test_draft_follow_up_reaches_the_manager_and_resumes_the_draft(
    bot: Deployment, connector: FakeConnector, routine: Routine
) -> None:
    await post(bot.url, personal_activity(connector.url, text="hej"))
    for button, values in NEW_ACCESS[:5]:  # up to the course checklist
        value = press(connector.cards()[-1], button, **values)
        await post(bot.url, personal_activity(connector.url, value=value))
    (case,) = await bot.stores.cases.list_by_status([CaseStatus.DRAFT])
    assert case.stage.value == "forberedande_utbildningar"
    await backdate(bot.stores, case.id, 8)
    connector.clear()
    assert await scheduler(bot, routine, datetime.now(UTC)).tick() == 1
    card = card_of(await eventually(connector, to_manager))
    assert "Har Anna Andersson klarat utbildningarna nu?" in str(card)
    buttons = actions_of(card)
    assert buttons["Påminn mig om en vecka"] == {"action": "reminder.snooze", "case_id": case.id}
    assert buttons["Inga fler påminnelser för ärendet"]["action"] == "reminder.off"
    connector.clear()
    resume = press(card, "Fortsätt där jag slutade")
    await post(bot.url, personal_activity(connector.url, value=resume))
    assert "Förberedande utbildningar" in str(connector.cards()[-1])


async def test_untouched_case_is_flagged_as_a_new_message_in_the_channel(
    bot: Deployment, connector: FakeConnector, routine: Routine
) -> None:
    await register(bot, connector)
    await submit_new_access(bot.url, connector)
    await eventually(connector, in_channel)
    (case,) = await bot.stores.cases.list_by_status([CaseStatus.SUBMITTED])
    await backdate(bot.stores, case.id, 10)
    connector.clear()
    assert await scheduler(bot, routine, datetime.now(UTC)).tick() == 1
    flag = card_of(await eventually(connector, in_channel))
    text = str(flag)
    assert "Väntar på åtgärd: HB-2026-0001" in text
    assert "arbetsdagar" in text
    assert "Anna Andersson" in text
    assert [r.method for r in connector.requests if "19:coordinators" in r.path] == ["POST"]


async def test_role_review_reaches_the_manager(
    bot: Deployment, connector: FakeConnector, routine: Routine
) -> None:
    await submit_new_access(bot.url, connector)
    (case,) = await bot.stores.cases.list_by_status([CaseStatus.SUBMITTED])

    def finish(fresh: Case) -> Case:
        taken = advance(fresh, CaseStatus.IN_PROGRESS, fresh.owner)
        return advance(taken, CaseStatus.DONE, fresh.owner)

    await update_case(bot.stores.cases, case.id, finish)
    await backdate(bot.stores, case.id, 181)
    connector.clear()
    assert await scheduler(bot, routine, datetime.now(UTC)).tick() == 1
    card = card_of(await eventually(connector, to_manager))
    assert "Behövs behörigheterna fortfarande?" in str(card)
    actions = [data["action"] for data in actions_of(card).values()]
    assert {"review.keep", "menu.termination", "menu.change"} <= set(actions)


async def test_document_warning_is_posted_once_after_an_outage(
    bot: Deployment, connector: FakeConnector, routine: Routine
) -> None:
    await register(bot, connector)
    connector.clear()
    connector.fail_next = 1
    connector.fail_prefix = "/v3/conversations/19:coordinators"
    ticker = scheduler(bot, routine, datetime(2028, 1, 20, 8, 0, tzinfo=UTC))
    assert await ticker.tick() == 0  # the channel is unreachable: kept for the next round
    assert await ticker.tick() == 1
    assert await ticker.tick() == 0
    posts = [r for r in connector.requests if in_channel(r)]
    assert len(posts) == 1
    assert "Rutinen behöver en ny version" in str(card_of(posts[0]))
