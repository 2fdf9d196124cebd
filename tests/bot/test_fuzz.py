"""Random activities and card payloads against the real app: no 5xx, no crash, and nothing
changed by a sender who may not change it.

The app runs in local mode on loopback with a tenant and a coordinator configured, in front of a
fake Bot Connector. A manager's case has been submitted and another is a draft; their ids are
among the drawn case ids. Every example is checked for:
- no 5xx (501 only for an invoke name the bot does not implement: Bot Framework's own answer);
- no error logged (a failed turn is answered with an apology and 201, so the log tells);
- a 4xx wrote nothing at all, and a sender other than the owner or a coordinator of our tenant
  changed none of the stored cases.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestServer
from hypothesis import HealthCheck, event, given, note, settings

from bot.app import OUTBOX, create_app
from bot.config import Settings
from bot.outbox import Outbox
from dialogs.commands import Command
from dialogs.validation import MODELS
from store.decisions import Verb
from store.models import CaseStatus
from store.routine import Routine
from tests.support.chat import press
from tests.support.connector import FakeConnector
from tests.support.flows import NEW_ACCESS, submit_new_access
from tests.support.fuzzing import CASE_IDS, SERVICE_URL, activities, fill
from tests.support.stores import RecordingStores
from tests.support.teams import TENANT, channel_activity, personal_activity

OWNER = "aad-manager-1"
COORDINATOR = "aad-coord-1"
ACTIONS = sorted(
    {*MODELS, *Command, *Verb}
    | {"faq.ask", "faq.feedback", "faq.show", "faq.topic", "faq.topics", "flow.back"}
    | {"reminder.off", "reminder.snooze", "review.keep", "new_access.role_back"}
)


@dataclass
class Target:
    url: str
    outbox: Outbox
    stores: RecordingStores
    connector: FakeConnector
    case_ids: list[str]


class Errors(logging.Handler):
    """Every record at ERROR or above, from any logger."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def errors() -> Iterator[Errors]:
    handler = Errors()
    logging.getLogger().addHandler(handler)
    yield handler
    logging.getLogger().removeHandler(handler)


@pytest.fixture
async def target(tmp_path: Path, routine: Routine) -> AsyncIterator[Target]:
    connector = FakeConnector()
    await connector.start()
    config = Settings(
        DATA_DIR=tmp_path,
        ALLOWED_TENANT_ID=TENANT,
        COORDINATOR_AAD_IDS=COORDINATOR,
        OUTBOX_INTERVAL_SECONDS=3600,  # each example ends with an explicit flush instead
    )
    stores = RecordingStores.new()
    app = create_app(config, routine, stores)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server(access_log=None)
    url = str(server.make_url("/api/messages"))
    try:
        await post(url, channel_activity(connector.url, text="registrera kanal"))
        await submit_new_access(url, connector, user_id=OWNER)
        await post(url, personal_activity(connector.url, text="meny", user_id=OWNER))
        for button, values in NEW_ACCESS[:2]:  # a second case, left as a draft
            value = press(connector.cards()[-1], button, **values)
            await post(url, personal_activity(connector.url, value=value, user_id=OWNER))
        await app[OUTBOX].flush()
        cases = await stores.cases.list_by_status(list(CaseStatus))
        assert len(cases) == 2
        assert all(not case.outbox for case in cases)
        yield Target(url, app[OUTBOX], stores, connector, [case.id for case in cases])
    finally:
        await server.close()
        await connector.close()


async def post(url: str, activity: Any) -> int:
    async with aiohttp.ClientSession() as session, session.post(url, json=activity) as response:
        await response.read()
        return response.status


async def snapshot(stores: RecordingStores, ids: list[str]) -> list[Any]:
    return [
        None if case is None else case.model_dump(mode="json")
        for case in [await stores.cases.get(case_id) for case_id in ids]
    ]


def may_change_cases(activity: Any) -> bool:
    """The owner or a coordinator, in our tenant: everyone else must change no case."""
    if not isinstance(activity, dict):
        return False
    sender = activity.get("from")
    who = sender.get("aadObjectId") if isinstance(sender, dict) else None
    channel_data = activity.get("channelData")
    tenant = channel_data.get("tenant") if isinstance(channel_data, dict) else None
    return who in (OWNER, COORDINATOR) and tenant == {"id": TENANT}


ACTIVITIES = activities(ACTIONS, (OWNER, COORDINATOR))


@pytest.mark.filterwarnings("ignore:Generating overly large repr")  # a failing huge example
@settings(
    max_examples=300,
    deadline=None,
    # The app and its stores live for the whole run on purpose: state builds up as in use.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(drawn=ACTIVITIES)
async def test_random_activities_get_no_5xx_no_crash_and_change_nothing_they_may_not(
    target: Target, errors: Errors, drawn: Any
) -> None:
    real = {SERVICE_URL: target.connector.url, **dict(zip(CASE_IDS, target.case_ids, strict=True))}
    activity = fill(drawn, real)
    note(f"sent: {json.dumps(activity, ensure_ascii=True)[:3000]}")  # as bent, shown on failure
    before = await snapshot(target.stores, target.case_ids)
    writes = len(target.stores.writes)
    errors.records.clear()
    status = await post(target.url, activity)
    await target.outbox.flush()  # what the example set off is delivered before the checks
    event(f"HTTP {status}")  # --hypothesis-show-statistics: how many reached a turn
    name = activity.get("name") if isinstance(activity, dict) else None
    assert status < 500 or (status == 501 and name != "adaptiveCard/action"), status
    assert not errors.records, [r.getMessage() for r in errors.records]
    if 400 <= status < 500:
        assert target.stores.writes[writes:] == []
    if not may_change_cases(activity):
        assert await snapshot(target.stores, target.case_ids) == before
