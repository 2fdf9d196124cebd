"""Bot state in PostgreSQL: one row per key, its e-tag beside the JSONB document."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from psycopg.types.json import Jsonb

from store.interfaces import ConflictError, StateItem
from store.postgres.pool import Connection, Pool, borrow
from store.rules import ANY_ETAG, json_copy, new_etag

READ = "SELECT key, e_tag, doc FROM state WHERE key = ANY(%s)"
# No e-tag (or "*"): write whatever is stored, or nothing.
UPSERT = """
    INSERT INTO state (key, e_tag, doc) VALUES (%s, %s, %s)
    ON CONFLICT (key) DO UPDATE SET e_tag = excluded.e_tag, doc = excluded.doc, updated_at = now()
"""
# An e-tag: write only over that very version. A concurrent writer holding the row makes us
# wait, and then the condition is checked again against what it committed.
UPDATE_IF = (
    "UPDATE state SET e_tag = %s, doc = %s, updated_at = now() WHERE key = %s AND e_tag = %s"
)
DELETE = "DELETE FROM state WHERE key = ANY(%s)"


class PostgresKeyValueStore:
    """State documents in the `state` table, with e-tags; a multi-key write is one transaction."""

    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    async def read(self, keys: Iterable[str]) -> dict[str, StateItem]:
        """The stored documents among `keys`, in the order asked; missing keys are left out."""
        wanted = list(dict.fromkeys(keys))
        if not wanted:
            return {}
        async with borrow(self._pool) as conn:
            cursor = await conn.execute(READ, (wanted,))
            rows = await cursor.fetchall()
        found: dict[str, StateItem] = {key: {**doc, "e_tag": e_tag} for key, e_tag, doc in rows}
        return {key: found[key] for key in wanted if key in found}

    async def write(self, changes: Mapping[str, StateItem]) -> None:
        """Write all `changes` or, if any e-tag is stale, none; give each a fresh e-tag."""
        if not changes:
            return
        # Copied first: a value that is not JSON raises TypeError before anything is sent.
        copies = {key: json_copy(change) for key, change in changes.items()}
        etags = {key: new_etag() for key in changes}
        async with borrow(self._pool) as conn, conn.transaction():
            # One order of keys for every writer, so two multi-key writes cannot deadlock.
            for key in sorted(copies):
                await _put(conn, key, copies[key], etags[key])
        # The caller's dict gets the new e-tag, so saving it again in the same turn is no conflict.
        for key, etag in etags.items():
            changes[key]["e_tag"] = etag

    async def delete(self, keys: Iterable[str]) -> None:
        """Forget `keys`; a missing key is fine."""
        doomed = list(dict.fromkeys(keys))
        if doomed:
            async with borrow(self._pool) as conn:
                await conn.execute(DELETE, (doomed,))


async def _put(conn: Connection, key: str, item: StateItem, etag: str) -> None:
    """Store `item` under `key` with `etag`, if the e-tag it carries allows it."""
    expected = item.pop("e_tag", None)
    doc = Jsonb(item)
    if expected is None or expected == ANY_ETAG:
        await conn.execute(UPSERT, (key, etag, doc))
        return
    cursor = await conn.execute(UPDATE_IF, (etag, doc, key, expected))
    if cursor.rowcount == 0:
        # Rolls the whole write back: all or nothing.
        raise ConflictError(f"{key}: e-tag {expected!r} is stale, or nothing is stored")
