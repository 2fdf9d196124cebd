"""The real aiohttp app on loopback, driven with Teams-shaped activities, replies recorded by a
fake Bot Connector."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from bot.app import create_app
from bot.config import Settings
from store.factory import Stores, open_stores
from store.memory import MemoryCaseStore, MemoryKeyValueStore
from store.models import Case, CaseStatus
from store.routine import Routine
from tests.dialogs.test_new_access import CONFIRMED, COURSES_DONE, HEROMA_DONE, PERSON, UNITS
from tests.support.chat import actions_of, press
from tests.support.connector import FakeConnector
from tests.support.teams import personal_activity


@pytest.fixture
async def bot_url(tmp_path: Path, routine: Routine) -> AsyncIterator[str]:
    settings = Settings(DATA_DIR=tmp_path)
    server = TestServer(create_app(settings, routine, open_stores(tmp_path)), host="127.0.0.1")
    await server.start_server()
    yield str(server.make_url("/api/messages"))
    await server.close()


async def post(url: str, activity: dict[str, Any]) -> int:
    async with aiohttp.ClientSession() as session, session.post(url, json=activity) as response:
        return response.status


async def test_hej_gets_the_menu_card(bot_url: str, connector: FakeConnector) -> None:
    status = await post(bot_url, personal_activity(connector.url, text="hej"))
    assert status in (200, 201)
    (card,) = connector.cards()
    assert "Ny behörighet" in actions_of(card)
    (request,) = connector.requests
    assert request.path.startswith("/v3/conversations/a:aad-manager-1/activities")


async def test_manager_completes_a_request_over_http(
    bot_url: str, connector: FakeConnector, tmp_path: Path
) -> None:
    inputs: list[dict[str, str]] = [
        {},
        {"assignment_id": "enhetschef"},
        {},
        PERSON,
        UNITS,
        COURSES_DONE,
        HEROMA_DONE,
        CONFIRMED,
    ]
    buttons = [
        "Ny behörighet",
        "Nästa",
        "Stämmer, fortsätt",
        "Nästa",
        "Nästa",
        "Nästa",
        "Nästa",
        "Skicka till bemanningssamordnaren",
    ]
    await post(bot_url, personal_activity(connector.url, text="hej"))
    for button, values in zip(buttons, inputs, strict=True):
        card = connector.cards()[-1]
        connector.clear()
        # Action.Submit arrives as a message with empty text and the inputs in `value`.
        value = press(card, button, **values)
        assert await post(bot_url, personal_activity(connector.url, value=value)) in (200, 201)
    receipt = connector.cards()[-1]
    assert receipt["body"][0]["text"] == "Skickat: HB-2026-0001"
    stores = open_stores(tmp_path)
    (case,) = await stores.cases.list_by_status([CaseStatus.SUBMITTED])
    assert case.owner.aad_object_id == "aad-manager-1"
    assert case.assignment_id == "enhetschef"
    await stores.close()


async def test_malformed_requests_get_4xx_not_5xx(bot_url: str, connector: FakeConnector) -> None:
    async with aiohttp.ClientSession() as session:
        for body in (b"not json", b"[1, 2]", b"{}"):
            headers = {"Content-Type": "application/json"}
            async with session.post(bot_url, data=body, headers=headers) as response:
                assert 400 <= response.status < 500, body
    assert connector.requests == []


async def test_healthz(bot_url: str) -> None:
    async with (
        aiohttp.ClientSession() as session,
        session.get(bot_url.replace("/api/messages", "/healthz")) as response,
    ):
        body = await response.json()
    assert body["status"] == "ok"
    assert body["mode"] == "local"
    assert body["routine"]["version"] == "9.0"


class BrokenCases(MemoryCaseStore):
    """A case store whose disk has gone away."""

    async def list_by_owner(self, aad_object_id: str) -> list[Case]:
        raise OSError("disk unavailable: /secret/path")


async def test_unexpected_error_gets_an_apology_with_a_code_not_a_stack_trace(
    routine: Routine, connector: FakeConnector, caplog: pytest.LogCaptureFixture
) -> None:
    stores = Stores(cases=BrokenCases(), state=MemoryKeyValueStore())
    server = TestServer(create_app(Settings(), routine, stores), host="127.0.0.1")
    await server.start_server()
    try:
        url = str(server.make_url("/api/messages"))
        status = await post(url, personal_activity(connector.url, text="mina ärenden"))
    finally:
        await server.close()
    assert status in (200, 201)
    (reply,) = connector.activities()
    assert "Förlåt, något gick fel" in reply["text"]
    code = reply["text"].split("felkod ")[1][:8]
    assert "/secret/path" not in reply["text"]
    assert any(code in record.getMessage() for record in caplog.records)
