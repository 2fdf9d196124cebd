"""What is refused before any turn: activities botbuilder cannot handle, other tenants, no sender.

Several cases were found by tests/bot/test_fuzz.py and each crashed a turn or gave a 500.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from botbuilder.schema import Activity

from bot.app import create_app
from bot.config import Settings
from bot.inbound import MAX_DEPTH, MAX_TEXT, parse_activity
from bot.tenant import refusal
from store.routine import Routine
from tests.support.connector import FakeConnector
from tests.support.stores import RecordingStores
from tests.support.teams import TENANT, channel_activity, execute_activity, personal_activity

URL = "https://smba.example.test/"


def nested(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = [value]
    return value


def without(activity: dict[str, Any], *path: str) -> dict[str, Any]:
    part = activity
    for key in path[:-1]:
        part = part[key]
    part.pop(path[-1])
    return activity


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (without(personal_activity(URL, text="hej"), "type"), "typ"),
        ({**personal_activity(URL, text="hej"), "type": ["message"]}, "typ"),
        (without(personal_activity(URL, text="hej"), "serviceUrl"), "serviceUrl"),
        ({**personal_activity(URL, text="hej"), "serviceUrl": "file:///etc"}, "serviceUrl"),
        (without(personal_activity(URL, text="hej"), "conversation", "id"), "konversation"),
        (personal_activity(URL, text="hej", user_id="ö ü"), "konversation"),  # reply URLs break
        ({**personal_activity(URL, text="hej"), "id": "act\n1"}, "id"),
        (without(channel_activity(URL, text="öppna ärenden"), "recipient"), "mottagare"),
        ({**personal_activity(URL, text="hej"), "channelId": ""}, "channelId"),
        ({**personal_activity(URL, text="hej"), "from": 5}, "kunde inte läsas"),
        ({**personal_activity(URL, text="hej"), "timestamp": "igår"}, "kunde inte läsas"),
        ({**personal_activity(URL, text="hej"), "value": nested(MAX_DEPTH + 1)}, "nästlad"),
    ],
)
def test_activities_botbuilder_cannot_handle_are_400(body: dict[str, Any], why: str) -> None:
    with pytest.raises(web.HTTPBadRequest) as refused:
        parse_activity(body)
    assert why in json.loads(refused.value.text or "{}")["error"]


def test_a_long_message_is_cut_and_a_card_value_of_normal_depth_passes() -> None:
    body = personal_activity(URL, text="å" * (MAX_TEXT + 5000), value={"a": nested(MAX_DEPTH - 3)})
    activity = parse_activity(body)
    assert activity.text == "å" * MAX_TEXT


def activity(**changes: Any) -> Activity:
    body = {**personal_activity(URL, text="hej"), **changes}
    return Activity().deserialize(body)


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({}, None),
        ({"from": {"name": "Anna"}}, "no sender id"),
        ({"from": {"id": "  "}}, "no sender id"),
        ({"channelData": {"tenant": {"id": "another"}}}, "another tenant"),
        ({"channelData": {"tenant": "tenant-1"}}, "another tenant"),  # not Teams' shape
        ({"channelData": {"tenant": {"id": 1}}}, "another tenant"),
        ({"conversation": {"id": "a:1", "tenantId": "another"}}, "another tenant"),
        ({"channelData": {}, "conversation": {"id": "a:1"}}, "no tenant stated"),
        ({"channelData": {}, "conversation": {"id": "a:1", "tenantId": TENANT}}, None),
    ],
)
def test_refusal(changes: dict[str, Any], reason: str | None) -> None:
    assert refusal(activity(**changes), TENANT) == reason


def test_without_a_configured_tenant_only_the_sender_is_required() -> None:
    assert refusal(activity(channelData={"tenant": {"id": "another"}}), "") is None
    assert refusal(activity(**{"from": {"name": "x"}}), "") == "no sender id"


@pytest.fixture
def stores() -> RecordingStores:
    return RecordingStores.new()


@pytest.fixture
async def bot_url(tmp_path: Path, routine: Routine, stores: RecordingStores) -> AsyncIterator[str]:
    settings = Settings(DATA_DIR=tmp_path, ALLOWED_TENANT_ID=TENANT)
    server = TestServer(create_app(settings, routine, stores), host="127.0.0.1")
    await server.start_server()
    yield str(server.make_url("/api/messages"))
    await server.close()


@pytest.mark.parametrize("kind", ["message", "conversationUpdate", "installationUpdate"])
async def test_another_tenant_gets_403_no_reply_and_no_state(
    bot_url: str, connector: FakeConnector, stores: RecordingStores, kind: str
) -> None:
    activity = personal_activity(connector.url, text="hej", kind=kind)
    activity["channelData"] = {"tenant": {"id": "another-tenant"}}
    activity["membersAdded"] = [activity["recipient"]]
    assert await status_of(bot_url, activity) == 403
    assert connector.requests == []
    assert stores.writes == []
    activity["channelData"] = {"tenant": {"id": TENANT}}  # the same from our tenant is served
    assert await status_of(bot_url, activity) in (200, 201)


async def status_of(url: str, data: str | dict[str, Any]) -> int:
    kwargs: dict[str, Any] = {"json": data} if isinstance(data, dict) else {"data": data}
    kwargs.setdefault("headers", {"Content-Type": "application/json"})
    async with aiohttp.ClientSession() as session, session.post(url, **kwargs) as response:
        return response.status


async def test_deeply_nested_json_is_400_not_500(bot_url: str) -> None:
    assert await status_of(bot_url, "[" * 5000 + "]" * 5000) == 400


async def test_a_teams_invoke_the_bot_does_not_use_is_501_even_with_an_odd_value(
    bot_url: str,
) -> None:
    for name, value in (("fileConsent/invoke", None), ("task/fetch", [1, 2])):
        invoke = {**execute_activity(URL, "x", {}), "name": name, "value": value}
        assert await status_of(bot_url, invoke) == 501  # botbuilder's Not Implemented
