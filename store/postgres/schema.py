"""Versioned SQL migrations from store/migrations, applied at start-up under an advisory lock."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from psycopg import AsyncConnection

from store.interfaces import StoreError

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
FILE_NAME = re.compile(r"(\d{4})_[a-z0-9_]+\.sql")

# The lock is per schema, so instances of separate deployments (or tests) in one database
# do not wait for each other; hashtext() turns the name into the lock's integer key.
LOCK = """
    SELECT pg_advisory_xact_lock(hashtext('heroma-migrations:' || coalesce(current_schema(), '')))
"""
CREATE_LEDGER = """
    CREATE TABLE IF NOT EXISTS schema_migrations (
        version    integer PRIMARY KEY,
        name       text        NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
    )
"""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations(folder: Path = MIGRATIONS) -> list[Migration]:
    """The migrations in `folder`, named 0001_what.sql, 0002_what.sql, ... without gaps."""
    found: list[Migration] = []
    for path in sorted(folder.glob("*.sql")):
        match = FILE_NAME.fullmatch(path.name)
        if match is None:
            raise StoreError(f"{path}: a migration is named like 0002_add_jobs.sql")
        found.append(Migration(int(match[1]), path.stem, path.read_text(encoding="utf-8")))
    versions = [migration.version for migration in found]
    if versions != list(range(1, len(found) + 1)):
        raise StoreError(f"{folder}: migrations must be numbered 0001, 0002, ... (got {versions})")
    return found


async def apply_migrations(
    conn: AsyncConnection[Any], migrations: Sequence[Migration] | None = None
) -> list[int]:
    """Apply the migrations not yet in `schema_migrations`; return the versions applied now.

    One transaction holds the advisory lock throughout, so of several instances starting at
    once one migrates and the others wait, then find nothing left to do. PostgreSQL's DDL is
    transactional: a failing migration leaves the schema as it was.
    """
    pending = load_migrations() if migrations is None else migrations
    applied_now: list[int] = []
    async with conn.transaction():
        await conn.execute(LOCK)
        await conn.execute(CREATE_LEDGER)
        cursor = await conn.execute("SELECT version FROM schema_migrations")
        applied = {row[0] for row in await cursor.fetchall()}
        for migration in pending:
            if migration.version in applied:
                continue
            # Bytes: the file's text is not a literal, and without parameters psycopg runs
            # it as it is, several statements at once.
            await conn.execute(migration.sql.encode("utf-8"))
            await conn.execute(
                "INSERT INTO schema_migrations (version, name) VALUES (%s, %s)",
                (migration.version, migration.name),
            )
            applied_now.append(migration.version)
    return applied_now
