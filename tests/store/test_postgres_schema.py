"""The migration runner: versioned files, applied once each, all or nothing."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import psycopg
import pytest

from store.interfaces import StoreError
from store.postgres.pool import Connection, connect
from store.postgres.schema import MIGRATIONS, apply_migrations, load_migrations
from tests.store.database import fresh_schema

JOBS = """
CREATE TABLE jobs (
    id      bigserial PRIMARY KEY,
    run_at  timestamptz NOT NULL,
    case_id text REFERENCES cases (id)
);
"""


@pytest.fixture
async def conn() -> AsyncIterator[Connection]:
    async with fresh_schema() as url, await connect(url) as connection:
        yield connection


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the real migrations, to add to."""
    for path in MIGRATIONS.glob("*.sql"):
        shutil.copy(path, tmp_path)
    return tmp_path


async def tables(conn: Connection) -> set[str]:
    cursor = await conn.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
    )
    return {row[0] for row in await cursor.fetchall()}


async def test_each_version_is_applied_once(conn: Connection, folder: Path) -> None:
    assert await apply_migrations(conn) == [1]
    assert await tables(conn) == {"cases", "reference_counters", "state", "schema_migrations"}
    (folder / "0002_add_jobs.sql").write_text(JOBS, encoding="utf-8")
    assert await apply_migrations(conn, load_migrations(folder)) == [2]
    assert await apply_migrations(conn, load_migrations(folder)) == []
    assert "jobs" in await tables(conn)


async def test_a_failing_migration_changes_nothing(conn: Connection, folder: Path) -> None:
    (folder / "0002_add_jobs.sql").write_text(JOBS + "SELECT no_such_column;", encoding="utf-8")
    with pytest.raises(psycopg.errors.UndefinedColumn):
        await apply_migrations(conn, load_migrations(folder))
    assert await tables(conn) == set()
    assert await apply_migrations(conn) == [1]


@pytest.mark.parametrize(
    ("names", "message"),
    [
        (["0001_a.sql", "0003_c.sql"], "numbered"),
        (["0001_a.sql", "0001_b.sql"], "numbered"),
        (["1_a.sql"], "named like"),
        (["0001 a.sql"], "named like"),
    ],
)
def test_badly_numbered_files_are_refused(tmp_path: Path, names: list[str], message: str) -> None:
    for name in names:
        (tmp_path / name).write_text("SELECT 1;", encoding="utf-8")
    with pytest.raises(StoreError, match=message):
        load_migrations(tmp_path)
