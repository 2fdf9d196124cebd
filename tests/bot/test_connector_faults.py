"""Replies survive a connector that answers 429/5xx for a moment, and are sent once."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestServer

from bot.app import create_app
from bot.config import Settings
from store.factory import open_stores
from store.routine import Routine
from tests.support.chat import actions_of
from tests.support.connector import FakeConnector
from tests.support.flows import post
from tests.support.teams import personal_activity


@pytest.fixture
async def bot_url(tmp_path: Path, routine: Routine) -> AsyncIterator[str]:
    server = TestServer(
        create_app(Settings(DATA_DIR=tmp_path), routine, open_stores(tmp_path)), host="127.0.0.1"
    )
    await server.start_server()
    yield str(server.make_url("/api/messages"))
    await server.close()


@pytest.mark.parametrize("status", [429, 500, 503])
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
