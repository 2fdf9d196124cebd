"""`python -m store.migrate`: a TinyDB data folder into PostgreSQL, verified, idempotently."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from store.factory import Stores, open_stores_async
from store.interfaces import StateItem
from store.migrate import main, migrate_tinydb, summary
from store.models import Case, CaseStatus, Notice, NoticeKind
from store.postgres.importer import Imported
from store.tinydb_cases import TinyDbCaseStore
from store.tinydb_kv import TinyDbKeyValueStore
from store.transitions import advance
from tests.store.database import fresh_schema
from tests.store.samples import COORDINATOR, OTHER, OWNER, at, make_case

S = CaseStatus
# The moves that bring a new draft to each status.
PATHS: dict[CaseStatus, list[CaseStatus]] = {
    S.DRAFT: [],
    S.SUBMITTED: [S.SUBMITTED],
    S.IN_PROGRESS: [S.SUBMITTED, S.IN_PROGRESS],
    S.RETURNED: [S.SUBMITTED, S.RETURNED],
    S.FORWARDED: [S.SUBMITTED, S.IN_PROGRESS, S.FORWARDED],
    S.DONE: [S.SUBMITTED, S.IN_PROGRESS, S.DONE],
    S.CANCELLED: [S.CANCELLED],
}
STATE: dict[str, StateItem] = {
    "msteams/conversations/a:1/": {"DialogState": {"dialog_stack": [{"id": "ny"}]}},
    "references/user/chef-1": {"conversation": {"id": "a:1"}, "service_url": "https://x/"},
    "feedback/2026-03-01/1": {"helpful": False, "comment": "Oklart steg"},
}


async def fill_tinydb(folder: Path) -> list[Case]:
    """A data folder with a case in every status, outbox notices, two years and state keys."""
    cases, state = TinyDbCaseStore(folder), TinyDbKeyValueStore(folder)
    stored: list[Case] = []
    for day, (status, moves) in enumerate(PATHS.items(), start=1):
        case = await cases.create(make_case(owner=OTHER if day % 2 else OWNER, created_at=at(day)))
        for move in moves:
            case = advance(case, move, COORDINATOR, now=at(day, 10 + len(case.events)))
            if move is S.SUBMITTED:
                notice = Notice(kind=NoticeKind.CHANNEL_CARD, status=S.SUBMITTED)
                queued = [notice] if status in (S.SUBMITTED, S.RETURNED) else []
                reference = await cases.next_reference(2026)
                case = case.model_copy(update={"reference": reference, "outbox": queued})
            case = await cases.save(case)
        assert case.status is status
        stored.append(case)
    await cases.next_reference(2025)
    await state.write({key: dict(item) for key, item in STATE.items()})
    await cases.close()
    await state.close()
    return stored


@pytest.fixture
async def database_url() -> AsyncIterator[str]:
    async with fresh_schema() as url:
        yield url


async def postgres_contents(
    stores: Stores, ids: list[str]
) -> tuple[list[Case | None], dict[str, StateItem]]:
    return [await stores.cases.get(case_id) for case_id in ids], await stores.state.read(STATE)


async def test_a_data_folder_round_trips_and_rerunning_changes_nothing(
    tmp_path: Path, database_url: str
) -> None:
    source = await fill_tinydb(tmp_path / "data")
    first = await migrate_tinydb(tmp_path / "data", database_url)
    assert first.problems == []
    assert first.read == first.found
    assert first.written == {"cases": 7, "counters": 2, "state": 3}
    assert (first.found["cases"], first.found["notices"], first.found["events"]) == (7, 2, 19)
    assert all(first.found[f"status:{status.value}"] == 1 for status in CaseStatus)

    stores = await open_stores_async(tmp_path, database_url)
    try:
        copied, state = await postgres_contents(stores, [case.id for case in source])
        assert copied == source
        assert {key: {**item, "e_tag": state[key]["e_tag"]} for key, item in STATE.items()} == state
        assert [c.id for c in await stores.cases.list_with_outbox()] == [source[1].id, source[3].id]

        again = await migrate_tinydb(tmp_path / "data", database_url)
        assert (again.problems, again.found, again.written["cases"]) == ([], first.found, 0)
        assert again.written == {"cases": 0, "counters": 0, "state": 0}
        assert await postgres_contents(stores, [case.id for case in source]) == (copied, state)
        assert await stores.cases.next_reference(2026) == "HB-2026-0006"
        assert await stores.cases.next_reference(2025) == "HB-2025-0002"
    finally:
        await stores.close()


async def test_what_the_bot_changed_in_postgresql_since_is_kept(
    tmp_path: Path, database_url: str
) -> None:
    source = await fill_tinydb(tmp_path / "data")
    await migrate_tinydb(tmp_path / "data", database_url)
    stores = await open_stores_async(tmp_path, database_url)
    try:
        moved_on = await stores.cases.save(advance(source[0], S.SUBMITTED, OWNER))
        await stores.state.write({"feedback/2026-03-01/1": {"helpful": True}})
        again = await migrate_tinydb(tmp_path / "data", database_url)
        assert again.problems == []
        assert again.written == {"cases": 0, "counters": 0, "state": 0}
        assert await stores.cases.get(moved_on.id) == moved_on
        assert (await stores.state.read(["feedback/2026-03-01/1"]))["feedback/2026-03-01/1"][
            "helpful"
        ]
    finally:
        await stores.close()


async def test_the_command_prints_and_verifies_the_counts(
    tmp_path: Path, database_url: str
) -> None:
    await fill_tinydb(tmp_path / "data")
    command = [sys.executable, "-m", "store.migrate"]
    process = await asyncio.create_subprocess_exec(
        *command, "--from-tinydb", str(tmp_path / "data"), "--to", database_url,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await process.communicate()
    assert (process.returncode, err) == (0, b"")
    lines = out.decode().splitlines()
    assert lines[-1] == "verified"
    assert lines[1].split() == ["cases", "7", "7", "7"]
    assert "status:avbruten 1 1" in [" ".join(line.split()) for line in lines]


def test_a_missing_folder_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--from-tinydb", str(tmp_path / "saknas"), "--to", "postgresql://x/y"]) == 1
    assert "is not a folder" in capsys.readouterr().err


def test_the_summary_shows_problems() -> None:
    result = Imported(problems=["case x is missing"])
    assert summary(result)[-2:] == ["PROBLEM: case x is missing", "NOT verified"]
