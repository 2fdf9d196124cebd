"""Fixtures shared by every test folder."""

from __future__ import annotations

import pytest

from store.factory import Stores
from store.memory import MemoryCaseStore, MemoryKeyValueStore
from store.routine import Routine, load_routine


@pytest.fixture(scope="session")
def routine() -> Routine:
    return load_routine()


@pytest.fixture
def memory_stores() -> Stores:
    return Stores(cases=MemoryCaseStore(), state=MemoryKeyValueStore())
