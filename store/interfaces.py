"""The small persistence interfaces the bot depends on; every backend passes one contract test."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from store.models import Case, CaseStatus


class StoreError(Exception):
    """Base class of the store's own errors."""


class ConflictError(StoreError):
    """A write was based on an old version (case) or an old e-tag (state item)."""


class CaseStore(Protocol):
    """Cases with their audit events. Writes are conditional on the version the caller read."""

    async def create(self, case: Case) -> Case:
        """Store a new case (version 0) and return it as stored (version 1)."""
        ...

    async def get(self, case_id: str) -> Case | None:
        """The case with this id, or None."""
        ...

    async def save(self, case: Case) -> Case:
        """Store `case` if the stored version still equals `case.version`; return it as stored.

        Raises ConflictError when someone else saved in between, KeyError when it does not exist.
        """
        ...

    async def delete(self, case_id: str, version: int) -> bool:
        """Remove the case, with its audit events and outbox, if it is still at `version`.

        True if this call removed it, False if nothing is stored under `case_id` (removing
        twice is harmless). Raises ConflictError when someone saved the case in between.
        """
        ...

    async def list_by_owner(self, aad_object_id: str) -> list[Case]:
        """The owner's cases, newest first."""
        ...

    async def list_by_status(self, statuses: Iterable[CaseStatus]) -> list[Case]:
        """All cases in any of `statuses`, oldest first."""
        ...

    async def list_with_outbox(self) -> list[Case]:
        """Cases with deliveries waiting in their outbox, oldest first."""
        ...

    async def next_reference(self, year: int) -> str:
        """A new unique human reference such as HB-2026-0001, numbered per year.

        Never the same number twice; no gaps except where a caller got a number and then
        failed or died before saving its case.
        """
        ...


StateItem = dict[str, Any]


class KeyValueStore(Protocol):
    """JSON documents by key with e-tags, the shape botbuilder's `Storage` needs.

    A document carrying an `e_tag` other than "*" is written only if it matches the stored one;
    every write gives the document a fresh `e_tag`.
    """

    async def read(self, keys: Iterable[str]) -> dict[str, StateItem]: ...

    async def write(self, changes: Mapping[str, StateItem]) -> None: ...

    async def delete(self, keys: Iterable[str]) -> None: ...
