"""Open the default (TinyDB) stores in a data folder."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from store.interfaces import CaseStore, KeyValueStore
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


def open_stores(data_dir: Path) -> Stores:
    """TinyDB stores under `data_dir`, which is created if missing."""
    data_dir.mkdir(parents=True, exist_ok=True)
    cases, state = TinyDbCaseStore(data_dir), TinyDbKeyValueStore(data_dir)
    return Stores(cases=cases, state=state, closers=(cases.close, state.close))
