"""The connector calls on aiohttp: URLs, headers, tokens and failures, and clients reused."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from botbuilder.core import MessageFactory
from botbuilder.integration.aiohttp import ConfigurationBotFrameworkAuthentication
from botbuilder.schema import Activity, ConversationAccount
from botframework.connector.auth import MicrosoftAppCredentials
from yarl import URL

from bot.app import ADAPTER, create_app
from bot.config import Settings
from bot.outbound import (
    MAX_RETRY_AFTER,
    ConnectorCallError,
    ConnectorSender,
    ReusedClients,
    _proxy_for,
)
from store.factory import open_stores
from store.routine import Routine
from tests.support.connector import FakeConnector
from tests.support.flows import post
from tests.support.stores import RecordingStores
from tests.support.teams import personal_activity

CHANNEL = "19:coordinators@thread.tacv2;messageid=1700000000000"


class _Client:
    """What the sender reads from botbuilder's connector client: base URL and credentials."""

    def __init__(self, base_url: str, credentials: Any) -> None:
        self.config = type("Config", (), {"base_url": base_url, "credentials": credentials})()


def _activity(conversation: str, reply_to: str | None = None) -> Activity:
    activity = MessageFactory.text("Hej")
    activity.conversation = ConversationAccount(id=conversation)
    activity.reply_to_id = reply_to
    return activity


@pytest.fixture
async def sender() -> AsyncIterator[ConnectorSender]:
    client = ConnectorSender()
    yield client
    await client.close()


async def test_a_reply_goes_to_the_activity_it_answers_with_ids_escaped(
    connector: FakeConnector, sender: ConnectorSender
) -> None:
    client = _Client(connector.url, MicrosoftAppCredentials.empty())
    response = await sender.send(client, _activity(CHANNEL, reply_to="act:9"))
    (request,) = connector.requests
    assert request.method == "POST"
    assert request.path == f"/v3/conversations/{CHANNEL}/activities/act:9"
    # Escaped as msrest does: nothing in an id is left as a URL delimiter.
    assert request.raw_path == f"/v3/conversations/{quote(CHANNEL, safe='')}/activities/act%3A9"
    assert request.body["text"] == "Hej"
    assert request.authorization == ""  # local mode: no app id, no token
    assert response.id.startswith("activity-")


async def test_a_new_post_and_an_update(connector: FakeConnector, sender: ConnectorSender) -> None:
    client = _Client(connector.url, MicrosoftAppCredentials.empty())
    await sender.send(client, _activity("a:manager"))
    update = _activity(CHANNEL)
    update.id = "activity-1"
    await sender.update(client, update)
    assert [(r.method, r.path) for r in connector.requests] == [
        ("POST", "/v3/conversations/a:manager/activities"),
        ("PUT", f"/v3/conversations/{CHANNEL}/activities/activity-1"),
    ]


async def test_the_bots_token_goes_with_every_call(
    connector: FakeConnector, sender: ConnectorSender, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        MicrosoftAppCredentials, "get_access_token", lambda self, force_refresh=False: "tok-1"
    )
    credentials = MicrosoftAppCredentials("app-id", "secret")
    await sender.send(_Client(connector.url, credentials), _activity("a:manager"))
    assert connector.requests[0].authorization == "Bearer tok-1"


async def _refusing(status: int, retry_after: str | None) -> TestServer:
    async def refuse(_: web.Request) -> web.Response:
        headers = {"Retry-After": retry_after} if retry_after is not None else {}
        return web.json_response({"error": {"code": "Busy"}}, status=status, headers=headers)

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", refuse)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    return server


@pytest.mark.parametrize(
    ("status", "header", "wait"),
    [(429, "7", 7.0), (503, None, 0.0), (429, "9999", MAX_RETRY_AFTER), (500, "soon", 0.0)],
)
async def test_a_refusal_carries_status_and_retry_after(
    sender: ConnectorSender, status: int, header: str | None, wait: float
) -> None:
    server = await _refusing(status, header)
    try:
        client = _Client(str(server.make_url("/")), MicrosoftAppCredentials.empty())
        with pytest.raises(ConnectorCallError) as caught:
            await sender.send(client, _activity("a:manager"))
    finally:
        await server.close()
    assert (caught.value.status, caught.value.retry_after) == (status, wait)
    assert caught.value.maybe_taken is (status not in (429, 503))  # 500: it may have arrived


async def test_no_answer_at_all_is_a_call_error_without_status(sender: ConnectorSender) -> None:
    server = await _refusing(503, None)
    url = str(server.make_url("/"))
    await server.close()  # nothing listens there any more
    with pytest.raises(ConnectorCallError) as caught:
        await sender.send(_Client(url, MicrosoftAppCredentials.empty()), _activity("a:m"))
    assert caught.value.status is None
    assert caught.value.maybe_taken is False  # never connected: safe to send again


async def test_netrc_credentials_never_reach_the_connector(
    connector: FakeConnector,
    sender: ConnectorSender,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    netrc = tmp_path / "netrc"
    netrc.write_text("default login someone password secret\n", encoding="utf-8")
    monkeypatch.setenv("NETRC", str(netrc))
    await sender.send(_Client(connector.url, MicrosoftAppCredentials.empty()), _activity("a:m"))
    assert connector.requests[0].authorization == ""


def test_the_environments_proxy_is_used_unless_no_proxy_exempts_the_host(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.internal:3128")
    monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.1")
    assert _proxy_for(URL("https://smba.trafficmanager.net/emea/")) == "http://proxy.internal:3128"
    assert _proxy_for(URL("https://127.0.0.1:8080/")) is None


class _CountingAuth(ConfigurationBotFrameworkAuthentication):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__(_Config())
        self.created = 0

    def create_connector_factory(self, claims_identity: Any) -> Any:
        inner = super().create_connector_factory(claims_identity)
        outer = self

        class Counting:
            async def create(self, service_url: str, audience: str | None = None) -> Any:
                outer.created += 1
                return await inner.create(service_url, audience)

        return Counting()


class _Config:
    APP_ID = ""
    APP_PASSWORD = ""
    APP_TYPE = "MultiTenant"
    APP_TENANTID = ""


async def test_connector_clients_are_built_once_per_service_url() -> None:
    inner = _CountingAuth()
    auth = ReusedClients(inner)
    identity = (await auth.authenticate_request(_activity("a:m"), "")).claims_identity
    factory = auth.create_connector_factory(identity)
    first = await factory.create("https://smba.example/emea/", None)
    again = await auth.create_connector_factory(identity).create("https://smba.example/emea/")
    other = await factory.create("https://smba.example/amer/", None)
    assert first is again
    assert other is not first
    assert inner.created == 2
    token_client = await auth.create_user_token_client(identity)
    assert await auth.create_user_token_client(identity) is token_client


async def test_a_managers_reference_is_written_once_not_every_turn(
    tmp_path: Path, routine: Routine, connector: FakeConnector
) -> None:
    stores = RecordingStores.new()
    server = TestServer(create_app(Settings(DATA_DIR=tmp_path), routine, stores), host="127.0.0.1")
    await server.start_server()
    try:
        url = str(server.make_url("/api/messages"))
        for text in ("hej", "meny", "hej"):
            assert (await post(url, personal_activity(connector.url, text=text)))[0] == 201
    finally:
        await server.close()
    references = [w for w in stores.state.writes if "references/user/" in w]
    assert references == ["state write references/user/aad-manager-1"]
    assert len(connector.cards()) == 3


async def test_the_apps_connector_session_is_closed_on_shutdown(
    tmp_path: Path, routine: Routine, connector: FakeConnector
) -> None:
    app = create_app(Settings(DATA_DIR=tmp_path), routine, open_stores(tmp_path))
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    url = str(server.make_url("/api/messages"))
    assert (await post(url, personal_activity(connector.url, text="hej")))[0] == 201
    session = app[ADAPTER].sender._session
    assert session is not None
    assert not session.closed
    await server.close()
    assert session.closed
