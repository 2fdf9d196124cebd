"""Replies survive a connector that answers 429/5xx for a moment, and are sent once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestServer

from bot.app import create_app
from bot.config import Settings
from store.factory import Stores, open_stores
from store.models import CaseStatus
from store.routine import Routine
from tests.bot.conftest import Deployment, deployed
from tests.support.chat import actions_of
from tests.support.connector import FakeConnector
from tests.support.flows import post, submit_new_access
from tests.support.teams import CHANNEL_ID, channel_activity, execute_activity, personal_activity


@pytest.fixture
async def bot_url(tmp_path: Path, routine: Routine) -> AsyncIterator[str]:
    server = TestServer(
        create_app(Settings(DATA_DIR=tmp_path), routine, open_stores(tmp_path)), host="127.0.0.1"
    )
    await server.start_server()
    yield str(server.make_url("/api/messages"))
    await server.close()


@pytest.mark.parametrize("status", [429, 503])
async def test_reply_is_retried_until_the_connector_takes_it(
    bot_url: str, connector: FakeConnector, status: int
) -> None:
    connector.fail_next = 2
    connector.fail_status = status
    code, _ = await post(bot_url, personal_activity(connector.url, text="hej"))
    assert code in (200, 201)
    (card,) = connector.cards()  # delivered, and exactly once
    assert "Ny behörighet" in actions_of(card)


async def test_a_connector_that_stays_down_fails_the_turn_cleanly(
    bot_url: str, connector: FakeConnector
) -> None:
    connector.fail_next = 100
    code, _ = await post(bot_url, personal_activity(connector.url, text="hej"))
    assert code in (200, 201)  # the turn failed, was logged, and the request still answered
    connector.fail_next = 0
    code, _ = await post(bot_url, personal_activity(connector.url, text="hej"))
    assert code in (200, 201)
    assert connector.cards()


# Timeouts: the connector does not answer in CONNECTOR_TIMEOUT_SECONDS and drops the message.
# The fake's hung request never counts as taken, so "exactly once" below is the real thing.


@pytest.fixture
async def impatient(tmp_path: Path, routine: Routine) -> AsyncIterator[Deployment]:
    """The app with a short connector timeout."""
    async with deployed(tmp_path, routine, CONNECTOR_TIMEOUT_SECONDS=0.2) as deployment:
        yield deployment


async def test_a_reply_that_may_have_arrived_is_not_sent_again(
    impatient: Deployment, connector: FakeConnector
) -> None:
    # A read timeout: the connector may have shown it. Sending again could show it twice, so
    # the turn fails and apologises instead; the draft is safe ("fortsätt").
    connector.hang_next, connector.hang_seconds = 1, 1.0
    code, _ = await post(impatient.url, personal_activity(connector.url, text="hej"))
    assert code == 201
    assert connector.hung == 1
    assert connector.cards() == []  # the menu was not posted a second time
    assert "Förlåt, något gick fel" in str(connector.activities())


async def test_a_500_on_a_reply_is_not_retried(bot_url: str, connector: FakeConnector) -> None:
    connector.fail_next, connector.fail_status = 1, 500
    code, _ = await post(bot_url, personal_activity(connector.url, text="hej"))
    assert code == 201
    assert connector.cards() == []
    assert "Förlåt, något gick fel" in str(connector.activities())


async def test_channel_card_and_manager_status_survive_timeouts_and_outages(
    impatient: Deployment, connector: FakeConnector
) -> None:
    await post(impatient.url, channel_activity(connector.url, text="registrera kanal"))
    channel = f"/v3/conversations/{CHANNEL_ID}"
    connector.fail_prefix = channel
    connector.hang_next, connector.hang_seconds = 1, 1.0  # the card's first try times out
    receipt = await submit_new_access(impatient.url, connector)
    assert "går nu till bemanningssamordnarens kanal" in str(receipt)
    (case,) = await impatient.stores.cases.list_by_status([CaseStatus.SUBMITTED])
    await until(lambda: failed_attempts(impatient.stores, case.id, 1))  # timed out, queued
    await due_now(impatient.stores, case.id)
    posted = await until(
        lambda: [r for r in connector.requests if r.path == f"{channel}/activities"]
    )
    assert len(posted) == 1

    # The coordinator takes it while the manager's chat answers 429, then times out.
    connector.fail_prefix = "/v3/conversations/a:aad-manager-1"
    connector.fail_next, connector.fail_status = 1, 429
    connector.hang_next = 1
    connector.clear()
    take = execute_activity(connector.url, "coordinator.take", {"case_id": case.id})
    assert (await post(impatient.url, take))[0] == 200
    for attempts in (1, 2):  # one failure each round: move the backoff forward, twice
        await until(lambda n=attempts: failed_attempts(impatient.stores, case.id, n))
        await due_now(impatient.stores, case.id)
    to_manager = await until(
        lambda: [r for r in connector.requests if r.path.startswith(connector.fail_prefix)]
    )
    assert len(to_manager) == 1
    assert "Under handläggning" in str(to_manager[0].body)
    assert len([r for r in connector.requests if r.method == "PUT"]) == 1  # the channel card
    # Delivered and then recorded as delivered: the save follows the connector's answer.
    assert await until(lambda: outbox_empty(impatient.stores, case.id))


async def outbox_empty(stores: Stores, case_id: str) -> bool:
    case = await stores.cases.get(case_id)
    return case is not None and case.outbox == []


async def failed_attempts(stores: Stores, case_id: str, attempts: int) -> bool:
    """The manager's status message has failed `attempts` times and waits for its next try."""
    case = await stores.cases.get(case_id)
    return bool(case and any(n.attempts == attempts and n.last_error for n in case.outbox))


async def due_now(stores: Stores, case_id: str) -> None:
    """Make every waiting delivery of the case due now, instead of sleeping through backoff."""
    case = await stores.cases.get(case_id)
    assert case is not None
    now = datetime.now(UTC)
    due = [n.model_copy(update={"next_attempt_at": now}) for n in case.outbox]
    await stores.cases.save(case.model_copy(update={"outbox": due}))


async def until(check: Callable[[], Any]) -> Any:
    """Poll (bounded) until `check` gives something truthy; it may be a coroutine function."""
    for _ in range(300):
        result = check()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return result
        await asyncio.sleep(0.02)
    raise AssertionError("did not happen in time")
