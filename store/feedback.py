"""'Var svaret till hjälp?': answers counted per FAQ entry, for the coordinator to review."""

from __future__ import annotations

from collections.abc import Iterable

from store.interfaces import ConflictError, KeyValueStore

PREFIX = "faq-feedback/"
ATTEMPTS = 5


class FeedbackLog:
    """Counts of helpful / not helpful per entry, kept in the key-value store."""

    def __init__(self, store: KeyValueStore) -> None:
        self._store = store

    async def add(self, entry_id: str, helpful: bool) -> None:
        """Count one answer; concurrent answers are retried on the e-tag, none is lost."""
        key = PREFIX + entry_id
        field = "helpful" if helpful else "not_helpful"
        for _ in range(ATTEMPTS):
            item = (await self._store.read([key])).get(key) or {"helpful": 0, "not_helpful": 0}
            item[field] = int(item.get(field, 0)) + 1
            try:
                await self._store.write({key: item})
                return
            except ConflictError:
                continue
        raise ConflictError(f"feedback for {entry_id} kept changing")

    async def summary(self, entry_ids: Iterable[str]) -> dict[str, tuple[int, int]]:
        """(helpful, not helpful) per entry that has any answers."""
        keys = [PREFIX + entry_id for entry_id in entry_ids]
        items = await self._store.read(keys)
        return {
            key.removeprefix(PREFIX): (int(item.get("helpful", 0)), int(item.get("not_helpful", 0)))
            for key, item in items.items()
        }
