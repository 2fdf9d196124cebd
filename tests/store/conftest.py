"""Backends for the contract tests: a new backend joins by adding one entry to a table below."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from store.interfaces import CaseStore, KeyValueStore
from store.memory import MemoryCaseStore, MemoryKeyValueStore
from store.tinydb_cases import TinyDbCaseStore
from store.tinydb_kv import TinyDbKeyValueStore

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


# A PostgreSQL backend adds e.g. "postgres": postgres_cases here (skipping without a database).
CASE_BACKENDS: dict[str, Backend] = {"memory": memory_cases, "tinydb": tinydb_cases}
KV_BACKENDS: dict[str, Backend] = {"memory": memory_kv, "tinydb": tinydb_kv}


@pytest.fixture(params=list(CASE_BACKENDS))
async def case_store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[CaseStore]:
    async with CASE_BACKENDS[request.param](tmp_path) as store:
        yield store


@pytest.fixture(params=list(KV_BACKENDS))
async def kv_store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[KeyValueStore]:
    async with KV_BACKENDS[request.param](tmp_path) as store:
        yield store
