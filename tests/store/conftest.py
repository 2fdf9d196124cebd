"""Backends for the contract tests: a new backend joins by adding one entry to a table below."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from store.factory import Stores, open_stores, open_stores_async
from store.interfaces import CaseStore, KeyValueStore
from store.memory import MemoryCaseStore, MemoryKeyValueStore
from store.tinydb_cases import TinyDbCaseStore
from store.tinydb_kv import TinyDbKeyValueStore
from tests.store.database import fresh_schema

Backend = Callable[[Path], AbstractAsyncContextManager[Any]]


@asynccontextmanager
async def memory_cases(_: Path) -> AsyncIterator[CaseStore]:
    yield MemoryCaseStore()


@asynccontextmanager
async def tinydb_cases(folder: Path) -> AsyncIterator[CaseStore]:
    store = TinyDbCaseStore(folder)
    yield store
    await store.close()


@asynccontextmanager
async def memory_kv(_: Path) -> AsyncIterator[KeyValueStore]:
    yield MemoryKeyValueStore()


@asynccontextmanager
async def tinydb_kv(folder: Path) -> AsyncIterator[KeyValueStore]:
    store = TinyDbKeyValueStore(folder)
    yield store
    await store.close()


@asynccontextmanager
async def postgres_stores(folder: Path) -> AsyncIterator[Stores]:
    """Both stores on one pool in a schema of their own (see database.py without a server)."""
    async with fresh_schema() as url:
        stores = await open_stores_async(folder, url)
        try:
            yield stores
        finally:
            await stores.close()


@asynccontextmanager
async def postgres_cases(folder: Path) -> AsyncIterator[CaseStore]:
    async with postgres_stores(folder) as stores:
        yield stores.cases


@asynccontextmanager
async def postgres_kv(folder: Path) -> AsyncIterator[KeyValueStore]:
    async with postgres_stores(folder) as stores:
        yield stores.state


@asynccontextmanager
async def memory_stores(_: Path) -> AsyncIterator[Stores]:
    yield Stores(cases=MemoryCaseStore(), state=MemoryKeyValueStore())


@asynccontextmanager
async def tinydb_stores(folder: Path) -> AsyncIterator[Stores]:
    stores = open_stores(folder)
    yield stores
    await stores.close()


CASE_BACKENDS: dict[str, Backend] = {
    "memory": memory_cases,
    "tinydb": tinydb_cases,
    "postgres": postgres_cases,
}
KV_BACKENDS: dict[str, Backend] = {
    "memory": memory_kv,
    "tinydb": tinydb_kv,
    "postgres": postgres_kv,
}

# Both stores of one backend, for what uses cases and state together (the purge rounds).
STORE_BACKENDS: dict[str, Backend] = {
    "memory": memory_stores,
    "tinydb": tinydb_stores,
    "postgres": postgres_stores,
}


@pytest.fixture(params=list(CASE_BACKENDS))
async def case_store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[CaseStore]:
    async with CASE_BACKENDS[request.param](tmp_path) as store:
        yield store


@pytest.fixture(params=list(KV_BACKENDS))
async def kv_store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[KeyValueStore]:
    async with KV_BACKENDS[request.param](tmp_path) as store:
        yield store


@pytest.fixture(params=list(STORE_BACKENDS))
async def stores(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Stores]:
    async with STORE_BACKENDS[request.param](tmp_path) as opened:
        yield opened
