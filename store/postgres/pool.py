"""The connection pool the PostgreSQL stores share, and the one way they borrow from it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from psycopg import AsyncConnection
from psycopg.rows import TupleRow
from psycopg_pool import AsyncConnectionPool, PoolClosed

from store.interfaces import StoreError
from store.postgres.schema import apply_migrations

Connection = AsyncConnection[TupleRow]
Pool = AsyncConnectionPool[Connection]

# Seconds to wait for the server to answer a new connection; libpq would wait forever.
CONNECT_TIMEOUT = 10


async def connect(database_url: str) -> Connection:
    """One connection outside any pool, in autocommit mode (transactions are explicit)."""
    return await AsyncConnection.connect(
        database_url, autocommit=True, connect_timeout=CONNECT_TIMEOUT
    )


async def open_pool(database_url: str, *, min_size: int = 1, max_size: int = 10) -> Pool:
    """Migrate the schema, then open a pool of `min_size` to `max_size` connections.

    The migration runs over a direct connection first: it fails at once with libpq's own
    message (wrong host, password, database), where a pool would retry until its timeout.
    """
    async with await connect(database_url) as conn:
        await apply_migrations(conn)
    pool = Pool(
        database_url,
        min_size=min_size,
        max_size=max_size,
        open=False,
        kwargs={"autocommit": True, "connect_timeout": CONNECT_TIMEOUT},
        # A connection broken by a database restart is replaced, not handed to a store.
        check=Pool.check_connection,
        name="heroma",
    )
    await pool.open(wait=True)
    return pool


@asynccontextmanager
async def borrow(pool: Pool) -> AsyncIterator[Connection]:
    """A connection from `pool`; once the pool is closed, StoreError as in the other backends."""
    try:
        async with pool.connection() as conn:
            yield conn
    except PoolClosed as error:
        raise StoreError("the PostgreSQL store is closed") from error
