"""Cases in PostgreSQL: a JSONB document per case beside the columns we filter and sort on."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from psycopg.errors import UniqueViolation
from psycopg.types.json import Jsonb

from store.interfaces import ConflictError, StoreError
from store.models import Case, CaseStatus
from store.postgres.pool import Connection, Pool, borrow
from store.rules import as_stored, check_new, format_reference

INSERT = """
    INSERT INTO cases (id, owner_aad_id, status, reference, created_at, submitted_at,
                       has_outbox, version, doc)
    VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)
"""
INSERT_NEW = INSERT + "ON CONFLICT (id) DO NOTHING"
# The version check and the write are one statement: of several instances saving the same
# version, the first to lock the row wins and the others find the version moved on (0 rows).
UPDATE = """
    UPDATE cases
    SET status = %s, reference = %s, created_at = %s, submitted_at = %s,
        has_outbox = %s, version = %s, doc = %s
    WHERE id = %s AND version = %s AND owner_aad_id = %s
"""
# The row lock taken by the update is held to the end of the transaction, so concurrent
# callers get consecutive numbers, and a rolled-back transaction gives its number back.
NEXT_NUMBER = """
    INSERT INTO reference_counters (year, last) VALUES (%s, 1)
    ON CONFLICT (year) DO UPDATE SET last = reference_counters.last + 1
    RETURNING last
"""
# Audit events and the outbox live in the document, so the row is all there is to remove.
DELETE = "DELETE FROM cases WHERE id = %s AND version = %s"
SELECT = "SELECT doc FROM cases"
# The same sort keys as rules.newest_first / rules.oldest_first, served by the indexes.
NEWEST_FIRST = "ORDER BY created_at DESC, id DESC"
OLDEST_FIRST = "ORDER BY coalesce(submitted_at, created_at), id"


def case_row(case: Case, doc: dict[str, Any]) -> tuple[Any, ...]:
    """The values of INSERT for `case` stored as `doc`: its columns, then the document."""
    return (
        case.id,
        case.owner.aad_object_id,
        case.status.value,
        case.reference,
        case.created_at,
        case.submitted_at,
        bool(case.outbox),
        doc["version"],
        Jsonb(doc),
    )


class PostgresCaseStore:
    """Cases in the `cases` table, reference counters in `reference_counters`."""

    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    async def create(self, case: Case) -> Case:
        """Store a new case (version 0) and return it as stored (version 1)."""
        check_new(case)
        doc = as_stored(case, 1)
        async with borrow(self._pool) as conn:
            created = await _guarded(conn, case, INSERT_NEW, case_row(case, doc))
        if created == 0:
            raise ConflictError(f"case {case.id} already exists")
        return Case.model_validate(doc)

    async def get(self, case_id: str) -> Case | None:
        """The case with this id, or None."""
        found = await self._select("WHERE id = %s", (case_id,))
        return found[0] if found else None

    async def save(self, case: Case) -> Case:
        """Store `case` if nobody saved it since it was read; return it as stored."""
        doc = as_stored(case, case.version + 1)
        columns = case_row(case, doc)[2:]
        async with borrow(self._pool) as conn:
            owner = case.owner.aad_object_id
            changed = await _guarded(conn, case, UPDATE, (*columns, case.id, case.version, owner))
            if changed == 0:
                await _explain_refusal(conn, case)
        return Case.model_validate(doc)

    async def delete(self, case_id: str, version: int) -> bool:
        """Remove the case if it is still at `version`; False if there is none."""
        async with borrow(self._pool) as conn:
            cursor = await conn.execute(DELETE, (case_id, version))
            if cursor.rowcount == 1:
                return True
            cursor = await conn.execute("SELECT version FROM cases WHERE id = %s", (case_id,))
            stored = await cursor.fetchone()
        if stored is None:
            return False
        raise ConflictError(f"case {case_id} is at version {stored[0]}, not {version}")

    async def list_by_owner(self, aad_object_id: str) -> list[Case]:
        """The owner's cases, newest first."""
        return await self._select(f"WHERE owner_aad_id = %s {NEWEST_FIRST}", (aad_object_id,))

    async def list_by_status(self, statuses: Iterable[CaseStatus]) -> list[Case]:
        """All cases in any of `statuses`, oldest first."""
        wanted = sorted({CaseStatus(status).value for status in statuses})
        return await self._select(f"WHERE status = ANY(%s) {OLDEST_FIRST}", (wanted,))

    async def list_with_outbox(self) -> list[Case]:
        """Cases with deliveries waiting, oldest first (a partial index holds just these)."""
        return await self._select(f"WHERE has_outbox {OLDEST_FIRST}", ())

    async def next_reference(self, year: int) -> str:
        """The next reference of `year`, e.g. HB-2026-0001, committed before it is returned."""
        async with borrow(self._pool) as conn:
            cursor = await conn.execute(NEXT_NUMBER, (year,))
            row = await cursor.fetchone()
        assert row is not None  # INSERT ... RETURNING always returns the row
        return format_reference(year, int(row[0]))

    async def _select(self, where: str, params: tuple[Any, ...]) -> list[Case]:
        async with borrow(self._pool) as conn:
            cursor = await conn.execute(f"{SELECT} {where}".encode(), params)
            rows = await cursor.fetchall()
        return [Case.model_validate(row[0]) for row in rows]


async def _guarded(conn: Connection, case: Case, query: str, params: tuple[Any, ...]) -> int:
    """Run the INSERT or UPDATE of `case`; return the number of rows it changed."""
    try:
        cursor = await conn.execute(query, params)
    except UniqueViolation as error:
        # Only the reference is unique besides the id, which the statements handle themselves.
        raise StoreError(f"reference {case.reference!r} already belongs to another case") from error
    return cursor.rowcount


async def _explain_refusal(conn: Connection, case: Case) -> None:
    """Raise the error that says why UPDATE changed no row, in the order rules.check_save uses."""
    cursor = await conn.execute("SELECT version, owner_aad_id FROM cases WHERE id = %s", (case.id,))
    stored = await cursor.fetchone()
    if stored is None:
        raise KeyError(case.id)
    version, owner = stored
    if version != case.version or owner == case.owner.aad_object_id:
        raise ConflictError(f"case {case.id} is at version {version}, not {case.version}")
    raise ValueError(f"case {case.id} cannot change owner")
