"""Two bot processes on one PostgreSQL database, driven like Teams drives them."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from store.factory import open_stores_async
from store.models import Actor, Case, CaseStatus, Person, Stage
from tests.bot.test_process import ROOT, free_port, wait_healthy
from tests.store.database import fresh_schema
from tests.support.connector import FakeConnector
from tests.support.flows import post, submit_new_access
from tests.support.teams import channel_activity, execute_activity, personal_activity


@pytest.fixture
async def database() -> AsyncIterator[str]:
    async with fresh_schema() as conninfo:
        yield conninfo


async def start_bot(
    database: str, tmp_path: Path, name: str
) -> tuple[str, asyncio.subprocess.Process]:
    port = free_port()
    env = {
        **os.environ,
        "PORT": str(port),
        "DATA_DIR": str(tmp_path / name),
        "DATABASE_URL": database,
        "COORDINATOR_AAD_IDS": "aad-coord-1,aad-coord-2",
        "ALLOWED_TENANT_ID": "tenant-1",
        "OUTBOX_INTERVAL_SECONDS": "0.1",
        "SCHEDULER_INTERVAL_SECONDS": "0.2",
    }
    env.pop("MicrosoftAppId", None)
    with (tmp_path / f"{name}.log").open("wb") as log:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", cwd=ROOT, env=env, stdout=log, stderr=log
        )
    base = f"http://127.0.0.1:{port}"
    await wait_healthy(f"{base}/healthz", process)
    return f"{base}/api/messages", process


async def stop(process: asyncio.subprocess.Process) -> None:
    if process.returncode is None:
        process.send_signal(signal.SIGINT)
        await asyncio.wait_for(process.wait(), timeout=15)


async def test_coordinators_on_two_instances_make_exactly_one_transition(
    database: str, connector: FakeConnector, tmp_path: Path
) -> None:
    first, a = await start_bot(database, tmp_path, "a")
    second, b = await start_bot(database, tmp_path, "b")
    try:
        await post(first, channel_activity(connector.url, text="registrera kanal"))
        await submit_new_access(first, connector)
        stores = await open_stores_async(tmp_path, database)
        (case,) = await stores.cases.list_by_status([CaseStatus.SUBMITTED])
        data = {"case_id": case.id}
        results = await asyncio.gather(
            post(first, execute_activity(connector.url, "coordinator.take", data)),
            post(
                second,
                execute_activity(
                    connector.url, "coordinator.take", data, user_id="aad-coord-2", user_name="Kim"
                ),
            ),
        )
        texts = [str(body) for _, body in results]
        assert sum("Redan hanterat av" in text for text in texts) == 1
        fresh = await stores.cases.get(case.id)
        assert fresh is not None
        assert fresh.status is CaseStatus.IN_PROGRESS
        assert len([e for e in fresh.events if e.to_status is CaseStatus.IN_PROGRESS]) == 1
        await stores.close()
    finally:
        await stop(a)
        await stop(b)


async def test_a_reminder_due_once_fires_once_across_two_instances(
    database: str, connector: FakeConnector, tmp_path: Path
) -> None:
    first, a = await start_bot(database, tmp_path, "a")
    _, b = await start_bot(database, tmp_path, "b")
    try:
        await post(first, personal_activity(connector.url, text="hej"))  # her chat is known
        stores = await open_stores_async(tmp_path, database)
        # A draft that has waited for training for longer than the follow-up time; both
        # instances' schedulers tick every 0.2 s on the same database.
        owner = Actor(aad_object_id="aad-manager-1", name="Maria Chef", tenant_id="tenant-1")
        old = datetime.now(UTC) - timedelta(days=30)
        draft = Case(
            owner=owner,
            stage=Stage.COURSES,
            person=Person(name="Anna Andersson", user_id="annan12", email="anna@example.se"),
            created_at=old,
            updated_at=old,
        )
        await stores.cases.create(draft)
        for _ in range(100):
            case = await stores.cases.get(draft.id)
            if case is not None and case.reminders.followed_up_at and not case.outbox:
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(1.0)  # several more ticks of both schedulers
        reminders = [
            r
            for r in connector.requests
            if "a:aad-manager-1" in r.path and "klarat utbildningarna" in str(r.body)
        ]
        assert len(reminders) == 1
        await stores.close()
    finally:
        await stop(a)
        await stop(b)
