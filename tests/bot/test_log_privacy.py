"""The log output of a whole flow holds no personal data, no token and no secret.

Authentication on; our loggers at DEBUG, aiohttp and botbuilder at INFO, formatted as
`python -m bot` formats them (tracebacks included).
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from bot.app import create_app
from store.models import CaseStatus
from store.routine import Routine
from tests.dialogs.test_new_access import PERSON
from tests.support.auth import APP_PASSWORD, OUTGOING_TOKEN, KeyServer, production_settings
from tests.support.chat import press
from tests.support.connector import FakeConnector
from tests.support.flows import NEW_ACCESS
from tests.support.stores import RecordingStores
from tests.support.teams import channel_activity, execute_activity, personal_activity

OURS = ("bot", "dialogs", "store", "knowledge", "cards")
MANAGER: dict[str, Any] = {"user_id": "aad-manager-4711", "user_name": "Maria Chefsdotter"}
COORDINATOR: dict[str, Any] = {"user_id": "aad-coord-1", "user_name": "Sam Samordnare"}
COMMENT = "Ring Anna Andersson på 070-123 45 67 om ansvar 123457."


@pytest.fixture
def log_output() -> Iterator[io.StringIO]:
    """Everything logged while the test runs, formatted as in production."""
    output = io.StringIO()
    handler = logging.StreamHandler(output)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    levels = {name: logging.getLogger(name).level for name in (*OURS, "")}
    root.addHandler(handler)
    root.setLevel(logging.INFO)  # aiohttp (access log included), botbuilder, msrest, urllib3
    for name in OURS:
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield output
    root.removeHandler(handler)
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


class Client:
    """Posts activities to the bot as Teams does: each with a fresh, valid token."""

    def __init__(self, url: str, keys: KeyServer, connector: FakeConnector) -> None:
        self.url, self.keys, self.connector = url, keys, connector
        self.tokens: list[str] = []

    async def post(self, activity: dict[str, Any], token: str | None = None) -> tuple[int, Any]:
        token = token or self.keys.token(self.connector.url)
        self.tokens.append(token)
        headers = {"Authorization": f"Bearer {token}"}
        async with (
            aiohttp.ClientSession() as session,
            session.post(self.url, json=activity, headers=headers) as response,
        ):
            body = await response.json() if response.content_type == "application/json" else None
            return response.status, body


async def test_a_whole_flow_logs_no_personal_data_tokens_or_secrets(
    tmp_path: Path,
    routine: Routine,
    key_server: KeyServer,
    connector: FakeConnector,
    log_output: io.StringIO,
) -> None:
    settings = production_settings(
        tmp_path, COORDINATOR_AAD_IDS=COORDINATOR["user_id"], OUTBOX_INTERVAL_SECONDS=0.05
    )
    stores = RecordingStores.new()
    server = TestServer(create_app(settings, routine, stores), host="127.0.0.1")
    await server.start_server()
    client = Client(str(server.make_url("/api/messages")), key_server, connector)
    try:
        await run_flow(client, connector, stores)
    finally:
        await server.close()
    output = log_output.getvalue()
    assert "Unauthenticated request refused" in output  # the capture works: our logs are here
    assert "POST /api/messages" in output  # and aiohttp's access log
    assert "Turn failed" in output  # with its traceback
    assert "Delivery of" in output  # the outbox's warning
    secrets = {
        "the person's name": PERSON["name"],
        "the person's user id": PERSON["user_id"],
        "the person's e-mail": PERSON["email"],
        "the manager's name": MANAGER["user_name"],
        "the manager's Entra id": MANAGER["user_id"],
        "the coordinator's name": COORDINATOR["user_name"],
        "the return comment": "070-123 45 67",
        "the app password": APP_PASSWORD,
        "the bot's own token": OUTGOING_TOKEN,
    }
    found = {what: value for what, value in secrets.items() if value.lower() in output.lower()}
    found.update({f"token {i}": t[:20] for i, t in enumerate(client.tokens) if t[:40] in output})
    assert not found, f"in the log: {found}\n{output}"


async def run_flow(client: Client, connector: FakeConnector, stores: RecordingStores) -> None:
    """Register the channel, submit a case, take and return it, and one forged request."""
    status, _ = await client.post(
        channel_activity(connector.url, text="registrera kanal", **COORDINATOR)
    )
    assert status == 201
    # A reply is refused (400 is not retried, unlike 429/5xx): the turn fails.
    connector.fail_next, connector.fail_status = 1, 400
    await client.post(personal_activity(connector.url, text="hej", **MANAGER))
    await client.post(personal_activity(connector.url, text="hej", **MANAGER))
    for button, values in NEW_ACCESS:
        value = press(connector.cards()[-1], button, **values)
        status, _ = await client.post(personal_activity(connector.url, value=value, **MANAGER))
        assert status in (200, 201)
    (case,) = await stores.cases.list_by_status([CaseStatus.SUBMITTED])
    # The manager's status message fails once: the outbox logs the failure and keeps it.
    connector.fail_next, connector.fail_prefix = 1, "/v3/conversations/a:"
    take = execute_activity(connector.url, "coordinator.take", {"case_id": case.id}, **COORDINATOR)
    assert (await client.post(take))[0] == 200
    await failed_delivery(stores, case.id)
    data = {"case_id": case.id, "comment": COMMENT}
    give_back = execute_activity(connector.url, "coordinator.return", data, **COORDINATOR)
    assert (await client.post(give_back))[0] == 200
    returned = await stores.cases.get(case.id)
    assert returned is not None
    assert returned.status is CaseStatus.RETURNED
    forged = client.keys.token(connector.url, key="attacker", name=MANAGER["user_name"])
    status, _ = await client.post(personal_activity(connector.url, text="hej", **MANAGER), forged)
    assert status == 401


async def failed_delivery(stores: RecordingStores, case_id: str) -> None:
    for _ in range(200):
        case = await stores.cases.get(case_id)
        if case is not None and any(n.attempts for n in case.outbox):
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the outbox did not try the delivery")
