"""Writes to the key-value store that exactly one of several racing writers wins.

The store writes a key either unconditionally (no e-tag) or only if the e-tag still matches
what is stored, and a conditional write of a key that does not exist fails. It cannot create
a key only if it is absent: "read, see nothing, write without e-tag" lets two writers both
believe they created it. A guard key closes that gap. A new key is written together with a
conditional write of the guard (a multi-key write is all or nothing), based on one read of
both (a read of several keys is one consistent view): if anyone created a key in between,
the guard's e-tag has changed and the write fails. Writing the guard itself unconditionally
(when it is missing) only ever changes its e-tag, so at worst a racing claim fails and is
tried again later; it can never make two claims succeed.
"""

from __future__ import annotations

from datetime import datetime

from store.interfaces import ConflictError, KeyValueStore, StateItem

GUARD_KEY = "claims/guard"


async def create_once(store: KeyValueStore, key: str, item: StateItem) -> bool:
    """Store `item` under `key` if nothing is stored there; True only for the writer that did."""
    for _ in range(2):  # a second round only after creating a missing guard
        found = await store.read([key, GUARD_KEY])
        if key in found:
            return False
        guard = found.get(GUARD_KEY)
        if guard is None:
            await store.write({GUARD_KEY: {"purpose": "serializes creating claimed keys"}})
            continue
        change = {key: {k: v for k, v in item.items() if k != "e_tag"}}
        change[GUARD_KEY] = {**guard, "e_tag": guard["e_tag"]}
        try:
            await store.write(change)
        except ConflictError:
            return False
        return True
    return False


async def replace_if(store: KeyValueStore, key: str, e_tag: str, item: StateItem) -> str | None:
    """Store `item` under `key` if its e-tag is still `e_tag`; the new e-tag, or None if not."""
    change = {**item, "e_tag": e_tag}
    try:
        await store.write({key: change})
    except ConflictError:
        return None
    return str(change["e_tag"])


def takeable(item: StateItem, now: datetime, *, pending: str, busy: str) -> bool:
    """A claimed piece of work anyone may take: still `pending`, or left `busy` by an instance
    that stopped before it finished (its lease, the ISO time in `until`, has run out)."""
    if item.get("state") == pending:
        return True
    until = item.get("until")
    if item.get("state") != busy or not isinstance(until, str):
        return False
    return datetime.fromisoformat(until) < now
