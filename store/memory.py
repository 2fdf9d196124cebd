"""In-memory stores: the reference implementation of the contract, and the fakes for tests."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from store.interfaces import ConflictError, StateItem
from store.models import Case, CaseStatus
from store.rules import (
    as_stored,
    check_etag,
    check_new,
    check_save,
    check_version,
    format_reference,
    json_copy,
    new_etag,
    newest_first,
    oldest_first,
)


class MemoryCaseStore:
    """Cases kept as JSON documents in a dict, so they round-trip exactly as on disk."""

    def __init__(self) -> None:
        self._cases: dict[str, dict[str, Any]] = {}
        self._counters: defaultdict[int, int] = defaultdict(int)

    async def create(self, case: Case) -> Case:
        """Store a new case (version 0) and return it as stored (version 1)."""
        check_new(case)
        if case.id in self._cases:
            raise ConflictError(f"case {case.id} already exists")
        self._cases[case.id] = as_stored(case, 1)
        return Case.model_validate(self._cases[case.id])

    async def get(self, case_id: str) -> Case | None:
        """The case with this id, or None."""
        doc = self._cases.get(case_id)
        return None if doc is None else Case.model_validate(doc)

    async def save(self, case: Case) -> Case:
        """Store `case` if nobody saved it since it was read; return it as stored."""
        check_save(await self.get(case.id), case)
        self._cases[case.id] = as_stored(case, case.version + 1)
        return Case.model_validate(self._cases[case.id])

    async def delete(self, case_id: str, version: int) -> bool:
        """Remove the case if it is still at `version`; False if there is none."""
        doc = self._cases.get(case_id)
        if doc is None:
            return False
        check_version(case_id, doc["version"], version)
        del self._cases[case_id]
        return True

    async def list_by_owner(self, aad_object_id: str) -> list[Case]:
        """The owner's cases, newest first."""
        docs = self._cases.values()
        return newest_first(
            Case.model_validate(doc)
            for doc in docs
            if doc["owner"]["aad_object_id"] == aad_object_id
        )

    async def list_by_status(self, statuses: Iterable[CaseStatus]) -> list[Case]:
        """All cases in any of `statuses`, oldest first."""
        wanted = {CaseStatus(status).value for status in statuses}
        docs = self._cases.values()
        return oldest_first(Case.model_validate(doc) for doc in docs if doc["status"] in wanted)

    async def list_with_outbox(self) -> list[Case]:
        """Cases with deliveries waiting, oldest first."""
        docs = self._cases.values()
        return oldest_first(Case.model_validate(doc) for doc in docs if doc.get("outbox"))

    async def next_reference(self, year: int) -> str:
        """The next reference of `year`, e.g. HB-2026-0001."""
        self._counters[year] += 1
        return format_reference(year, self._counters[year])


class MemoryKeyValueStore:
    """State documents by key with e-tags, kept as JSON copies in a dict."""

    def __init__(self) -> None:
        self._items: dict[str, StateItem] = {}

    async def read(self, keys: Iterable[str]) -> dict[str, StateItem]:
        """Copies of the stored documents among `keys`; missing keys are left out."""
        return {key: json_copy(self._items[key]) for key in keys if key in self._items}

    async def write(self, changes: Mapping[str, StateItem]) -> None:
        """Write all `changes` or, if any e-tag is stale, none; give each a fresh e-tag."""
        for key, change in changes.items():
            check_etag(key, self._items.get(key), change)
        copies = {key: json_copy(change) for key, change in changes.items()}
        for key, item in copies.items():
            item["e_tag"] = changes[key]["e_tag"] = new_etag()
            self._items[key] = item

    async def delete(self, keys: Iterable[str]) -> None:
        """Forget `keys`; a missing key is fine."""
        for key in keys:
            self._items.pop(key, None)
