"""Rules every backend shares: references, list order, version checks and e-tags."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from store.interfaces import ConflictError, StateItem
from store.models import Case

REFERENCE_PREFIX = "HB"
ANY_ETAG = "*"


def format_reference(year: int, number: int) -> str:
    """HB-2026-0001: zero-padded to four digits, longer when a year passes 9,999 cases."""
    return f"{REFERENCE_PREFIX}-{year}-{number:04d}"


def newest_first(cases: Iterable[Case]) -> list[Case]:
    """Cases by creation time, newest first (id breaks ties so the order is stable)."""
    return sorted(cases, key=lambda case: (case.created_at, case.id), reverse=True)


def oldest_first(cases: Iterable[Case]) -> list[Case]:
    """Cases by submission time (creation time for drafts), oldest first."""
    return sorted(cases, key=lambda case: (case.submitted_at or case.created_at, case.id))


def check_new(case: Case) -> None:
    """Reject creating a case that has been stored before (it should be saved instead)."""
    if case.version != 0:
        raise ValueError(f"case {case.id} has version {case.version}; create() expects 0")


def check_version(case_id: str, stored: int, expected: int) -> None:
    """Reject a write based on version `expected` of a case that is at version `stored`."""
    if stored != expected:
        raise ConflictError(f"case {case_id} is at version {stored}, not {expected}")


def check_save(stored: Case | None, case: Case) -> None:
    """Reject saving a case that is unknown, stale, or moved to another owner."""
    if stored is None:
        raise KeyError(case.id)
    check_version(case.id, stored.version, case.version)
    if stored.owner.aad_object_id != case.owner.aad_object_id:
        raise ValueError(f"case {case.id} cannot change owner")


def as_stored(case: Case, version: int) -> dict[str, Any]:
    """The JSON document a store keeps for `case` at `version`."""
    return case.model_copy(update={"version": version}).model_dump(mode="json")


def new_etag() -> str:
    return uuid.uuid4().hex


def check_etag(key: str, stored: StateItem | None, change: Mapping[str, Any]) -> None:
    """Raise ConflictError if `change` carries an e-tag that does not match what is stored.

    No e-tag (or None) writes unconditionally and "*" matches anything, stored or not.
    """
    etag = change.get("e_tag")
    if etag is None or etag == ANY_ETAG:
        return
    if stored is None:
        raise ConflictError(f"{key}: e-tag {etag!r} given, but nothing is stored")
    if stored.get("e_tag") != etag:
        raise ConflictError(f"{key}: e-tag {etag!r} is stale")


def json_copy(item: Mapping[str, Any]) -> StateItem:
    """A deep copy of a JSON-native document; anything else raises TypeError now, not later."""
    copied: StateItem = json.loads(json.dumps(item))
    return copied
