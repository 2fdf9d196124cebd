"""Open the stores: TinyDB in a data folder by default, PostgreSQL when given a database URL."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from store.interfaces import CaseStore, KeyValueStore
from store.postgres import PostgresCaseStore, PostgresKeyValueStore, open_pool
from store.tinydb_cases import TinyDbCaseStore
from store.tinydb_kv import TinyDbKeyValueStore


@dataclass(frozen=True)
class Stores:
    """The stores the bot needs: cases, and the state behind botbuilder's `Storage`.

    Tests build one from the memory stores and no closers.
    """

    cases: CaseStore
    state: KeyValueStore
    closers: tuple[Callable[[], Awaitable[None]], ...] = ()

    async def close(self) -> None:
        """Let the writes in flight finish; later calls raise StoreError."""
        for close in self.closers:
            await close()


def open_stores(data_dir: Path, database_url: str | None = None) -> Stores:
    """TinyDB stores under `data_dir`, which is created if missing.

    PostgreSQL needs a connection and migrations before its first use: `open_stores_async`.
    """
    if database_url:
        raise ValueError("a database URL needs the async set-up: use open_stores_async()")
    data_dir.mkdir(parents=True, exist_ok=True)
    cases, state = TinyDbCaseStore(data_dir), TinyDbKeyValueStore(data_dir)
    return Stores(cases=cases, state=state, closers=(cases.close, state.close))


async def open_stores_async(
    data_dir: Path, database_url: str | None = None, *, min_pool: int = 1, max_pool: int = 10
) -> Stores:
    """PostgreSQL stores at `database_url`, migrated and sharing one pool; else TinyDB.

    Raises psycopg.OperationalError with libpq's message when the database cannot be reached.
    """
    if not database_url:
        return open_stores(data_dir)
    pool = await open_pool(database_url, min_size=min_pool, max_size=max_pool)
    return Stores(
        cases=PostgresCaseStore(pool), state=PostgresKeyValueStore(pool), closers=(pool.close,)
    )
