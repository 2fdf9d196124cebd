"""Memory stores that record every write, to show that a refused request changed nothing."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from store.factory import Stores
from store.interfaces import StateItem
from store.memory import MemoryCaseStore, MemoryKeyValueStore
from store.models import Case


class RecordingCaseStore(MemoryCaseStore):
    def __init__(self) -> None:
        super().__init__()
        self.writes: list[str] = []

    async def create(self, case: Case) -> Case:
        self.writes.append(f"case create {case.id}")
        return await super().create(case)

    async def save(self, case: Case) -> Case:
        self.writes.append(f"case save {case.id}")
        return await super().save(case)


class RecordingKeyValueStore(MemoryKeyValueStore):
    def __init__(self) -> None:
        super().__init__()
        self.writes: list[str] = []

    async def write(self, changes: Mapping[str, StateItem]) -> None:
        self.writes.extend(f"state write {key}" for key in changes)
        await super().write(changes)

    async def delete(self, keys: Iterable[str]) -> None:
        keys = list(keys)
        self.writes.extend(f"state delete {key}" for key in keys)
        await super().delete(keys)


class RecordingStores(Stores):
    cases: RecordingCaseStore
    state: RecordingKeyValueStore

    @classmethod
    def new(cls) -> RecordingStores:
        return cls(cases=RecordingCaseStore(), state=RecordingKeyValueStore())

    @property
    def writes(self) -> list[str]:
        """Every write so far, cases and state, in no particular order across the two."""
        return [*self.cases.writes, *self.state.writes]
