"""botbuilder's `Storage` on top of the store's key-value interface.

Dialog state holds botbuilder objects (DialogState, DialogInstance) that are not JSON; they are
encoded to plain JSON on write and restored on read (bot/state_codec.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from botbuilder.core import Storage

from bot.state_codec import decode, encode
from store.interfaces import ConflictError, KeyValueStore

E_TAG = "e_tag"


class KeyValueBotStorage(Storage):  # type: ignore[misc]
    def __init__(self, store: KeyValueStore) -> None:
        super().__init__()
        self._store = store

    async def read(self, keys: Sequence[str]) -> dict[str, Any]:
        if not keys:
            return {}
        items = await self._store.read(keys)
        return {key: self._restore(item) for key, item in items.items()}

    async def write(self, changes: dict[str, Any]) -> None:
        if changes is None:
            raise TypeError("changes are required when writing")
        flat: dict[str, dict[str, Any]] = {}
        for key, item in changes.items():
            flat[key] = self._flatten(item)
        try:
            await self._store.write(flat)
        except ConflictError as exc:
            # botbuilder callers expect a KeyError on e-tag conflicts (as MemoryStorage raises).
            raise KeyError(f"E-tag conflict for {list(changes)}") from exc
        for key, item in changes.items():
            new_tag = flat[key].get(E_TAG)
            if isinstance(item, dict):
                item[E_TAG] = new_tag
            elif hasattr(item, E_TAG):
                item.e_tag = new_tag

    async def delete(self, keys: Sequence[str]) -> None:
        await self._store.delete(keys)

    @staticmethod
    def _flatten(item: Any) -> dict[str, Any]:
        e_tag = item.get(E_TAG) if isinstance(item, dict) else getattr(item, E_TAG, None)
        document: dict[str, Any] = {"data": encode(item)}
        if e_tag:
            document[E_TAG] = e_tag
        return document

    @staticmethod
    def _restore(document: dict[str, Any]) -> Any:
        item = decode(document["data"])
        if isinstance(item, dict):
            item[E_TAG] = document.get(E_TAG)
        elif hasattr(item, E_TAG):
            item.e_tag = document.get(E_TAG)
        return item
