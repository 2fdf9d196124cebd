"""PostgreSQL beyond the contract: several instances on one database, closing, the factory."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import psycopg
import pytest

from store.factory import Stores, open_stores, open_stores_async
from store.interfaces import ConflictError, StoreError
from store.models import Case, CaseStatus, Notice, NoticeKind
from store.postgres.pool import connect
from store.tinydb_cases import TinyDbCaseStore
from store.transitions import advance, record
from tests.store.database import fresh_schema, unavailable
from tests.store.samples import OWNER, at, make_case


@pytest.fixture
async def database_url() -> AsyncIterator[str]:
    async with fresh_schema() as url:
        yield url


@asynccontextmanager
async def instances(folder: Path, url: str, count: int) -> AsyncIterator[list[Stores]]:
    """`count` bot instances on one database, each with its own pool, starting at once."""
    started = await asyncio.gather(
        *(open_stores_async(folder, url, min_pool=4) for _ in range(count))
    )
    try:
        yield list(started)
    finally:
        for stores in started:
            await stores.close()


async def test_instances_starting_together_apply_each_migration_once(
    database_url: str, tmp_path: Path
) -> None:
    async with instances(tmp_path, database_url, 3), await connect(database_url) as conn:
        cursor = await conn.execute("SELECT version, name FROM schema_migrations")
        assert await cursor.fetchall() == [(1, "0001_cases_and_state")]


async def test_two_instances_saving_one_version_let_exactly_one_win(
    database_url: str, tmp_path: Path
) -> None:
    async with instances(tmp_path, database_url, 2) as (first, second):
        created = await first.cases.create(make_case())
        attempts = [
            stores.cases.save(record(created, OWNER, f"försök {n}"))
            for n in range(10)
            for stores in (first, second)
        ]
        results = await asyncio.gather(*attempts, return_exceptions=True)
        winners = [result for result in results if isinstance(result, Case)]
        assert len(winners) == 1
        assert all(isinstance(r, ConflictError) for r in results if not isinstance(r, Case))
        assert await second.cases.get(created.id) == winners[0]
        assert await first.cases.get(created.id) == winners[0]


async def test_two_instances_number_references_without_gaps(
    database_url: str, tmp_path: Path
) -> None:
    async with instances(tmp_path, database_url, 2) as (first, second):
        references = await asyncio.gather(
            *(stores.cases.next_reference(2026) for stores in (first, second) for _ in range(50))
        )
        assert sorted(references) == [f"HB-2026-{number:04d}" for number in range(1, 101)]
        assert await second.cases.next_reference(2027) == "HB-2027-0001"


async def test_indexed_columns_follow_the_document(database_url: str, tmp_path: Path) -> None:
    async with instances(tmp_path, database_url, 1) as (stores,):
        created = await stores.cases.create(make_case())
        submitted = advance(created, CaseStatus.SUBMITTED, OWNER, now=at(4))
        reference = await stores.cases.next_reference(2026)
        notice = Notice(kind=NoticeKind.CHANNEL_CARD, status=CaseStatus.SUBMITTED)
        submitted = submitted.model_copy(update={"reference": reference, "outbox": [notice]})
        await stores.cases.save(submitted)
        async with await connect(database_url) as conn:
            cursor = await conn.execute(
                "SELECT owner_aad_id, status, reference, created_at, submitted_at, has_outbox,"
                " version, doc->>'version' FROM cases"
            )
            row = await cursor.fetchone()
    assert row == (OWNER.aad_object_id, "inskickad", "HB-2026-0001", at(1), at(4), True, 2, "2")


async def test_a_reference_given_to_two_cases_is_refused(database_url: str, tmp_path: Path) -> None:
    async with instances(tmp_path, database_url, 1) as (stores,):
        await stores.cases.create(make_case(reference="HB-2026-0001"))
        with pytest.raises(StoreError, match="HB-2026-0001"):
            await stores.cases.create(make_case(reference="HB-2026-0001"))


async def test_closed_stores_raise_store_error(database_url: str, tmp_path: Path) -> None:
    stores = await open_stores_async(tmp_path, database_url, min_pool=2, max_pool=2)
    await stores.state.write({"k": {"n": 1}})
    await stores.close()
    with pytest.raises(StoreError, match="closed"):
        await stores.state.read(["k"])
    with pytest.raises(StoreError, match="closed"):
        await stores.cases.get("x")


async def test_an_unreachable_database_fails_at_start_up(tmp_path: Path) -> None:
    with pytest.raises(psycopg.OperationalError):
        await open_stores_async(tmp_path, "postgresql://postgres@127.0.0.1:1/test")


async def test_without_a_url_the_stores_are_tinydb(tmp_path: Path) -> None:
    stores = await open_stores_async(tmp_path, None)
    assert isinstance(stores.cases, TinyDbCaseStore)
    await stores.close()


def test_the_sync_factory_points_a_url_to_the_async_one(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="open_stores_async"):
        open_stores(tmp_path, "postgresql://postgres@127.0.0.1/test")


def test_a_missing_database_skips_locally_and_fails_in_ci(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        unavailable("connection refused")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="connection refused"):
        unavailable("connection refused")
