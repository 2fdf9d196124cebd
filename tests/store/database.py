"""A fresh PostgreSQL schema per test; without a server, a clear skip (a clear failure in CI)."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import NoReturn

import psycopg
import pytest
from psycopg import sql
from psycopg.conninfo import make_conninfo

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
# Commits need not wait for the disk in tests; visibility and locking are unchanged.
NO_FSYNC_WAIT = "-c synchronous_commit=off"
START_HINT = "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"
# Why the server could not be reached, so the tests after the first do not wait for it again.
_unreachable: list[str] = []


def unavailable(reason: str) -> NoReturn:
    """Skip the test, or fail it under CI=true, where the PostgreSQL tests must run."""
    message = (
        f"PostgreSQL is unreachable at {TEST_DATABASE_URL} ({reason}). "
        f"Start it with `{START_HINT}` or point TEST_DATABASE_URL at a server."
    )
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message} CI=true: the PostgreSQL tests must run, not skip.", pytrace=False)
    pytest.skip(message)


@asynccontextmanager
async def fresh_schema() -> AsyncIterator[str]:
    """The conninfo of a new, empty schema (first on its search_path), dropped afterwards."""
    if _unreachable:
        unavailable(_unreachable[0])
    try:
        admin = await psycopg.AsyncConnection.connect(
            TEST_DATABASE_URL, autocommit=True, connect_timeout=3, options=NO_FSYNC_WAIT
        )
    except psycopg.OperationalError as error:
        _unreachable.append(" ".join(str(error).split()))
        unavailable(_unreachable[0])
    schema = sql.Identifier(f"test_{uuid.uuid4().hex[:16]}")
    async with admin:
        await admin.execute(sql.SQL("CREATE SCHEMA {}").format(schema))
        try:
            yield make_conninfo(
                TEST_DATABASE_URL, options=f"-c search_path={schema.as_string()} {NO_FSYNC_WAIT}"
            )
        finally:
            await admin.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(schema))
