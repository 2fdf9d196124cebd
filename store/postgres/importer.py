"""Copy cases, counters and state into PostgreSQL idempotently, then check what arrived."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from psycopg.types.json import Jsonb

from store.interfaces import StateItem
from store.models import Case
from store.postgres.cases import INSERT, case_row
from store.postgres.pool import Connection
from store.rules import as_stored, new_etag

# A case already there is replaced only by a newer version of it: re-running changes nothing,
# and a case the bot has moved on in PostgreSQL since is kept.
UPSERT_CASE = (
    INSERT
    + """
    ON CONFLICT (id) DO UPDATE SET
        owner_aad_id = excluded.owner_aad_id, status = excluded.status,
        reference = excluded.reference, created_at = excluded.created_at,
        submitted_at = excluded.submitted_at, has_outbox = excluded.has_outbox,
        version = excluded.version, doc = excluded.doc
    WHERE cases.version < excluded.version
"""
)
# A counter only moves up, so no reference is ever handed out twice.
UPSERT_COUNTER = """
    INSERT INTO reference_counters (year, last) VALUES (%s, %s)
    ON CONFLICT (year) DO UPDATE SET last = excluded.last
    WHERE reference_counters.last < excluded.last
"""
# State has no version to compare: a key already in PostgreSQL is the live one and is kept.
INSERT_STATE = "INSERT INTO state (key, e_tag, doc) VALUES (%s, %s, %s) ON CONFLICT DO NOTHING"


@dataclass
class Imported:
    """What was read, what this run wrote, what PostgreSQL holds now, and any mismatch."""

    read: Counter[str] = field(default_factory=Counter)
    written: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)


async def import_all(
    conn: Connection,
    cases: Sequence[Case],
    counters: Mapping[int, int],
    state: Mapping[str, StateItem],
) -> Imported:
    """Write everything in one transaction (all or nothing), then verify it."""
    result = Imported()
    result.read.update(_tally(cases))
    result.read.update(counters=len(counters), state=len(state))
    case_rows = [case_row(case, as_stored(case, case.version)) for case in cases]
    state_rows = [_state_row(key, item) for key, item in state.items()]
    async with conn.transaction(), conn.cursor() as cursor:
        await cursor.executemany(UPSERT_CASE, case_rows)
        result.written["cases"] = max(cursor.rowcount, 0)
        await cursor.executemany(UPSERT_COUNTER, list(counters.items()))
        result.written["counters"] = max(cursor.rowcount, 0)
        await cursor.executemany(INSERT_STATE, state_rows)
        result.written["state"] = max(cursor.rowcount, 0)
    await _verify_cases(conn, cases, result)
    await _verify_counters(conn, counters, result)
    await _verify_state(conn, state, result)
    return result


def _tally(cases: Sequence[Case]) -> Counter[str]:
    """Cases, audit events and outbox notices, and the cases per status ("status:klar")."""
    tally: Counter[str] = Counter(cases=len(cases))
    for case in cases:
        tally.update({f"status:{case.status.value}": 1})
        tally.update(events=len(case.events), notices=len(case.outbox))
    return tally


def _state_row(key: str, item: StateItem) -> tuple[Any, ...]:
    doc = {name: value for name, value in item.items() if name != "e_tag"}
    return (key, item.get("e_tag") or new_etag(), Jsonb(doc))


async def _verify_cases(conn: Connection, cases: Sequence[Case], result: Imported) -> None:
    """Read the cases back: each must be there, as in the source or at a newer version."""
    cursor = await conn.execute(
        "SELECT doc FROM cases WHERE id = ANY(%s)", ([c.id for c in cases],)
    )
    stored = [Case.model_validate(row[0]) for row in await cursor.fetchall()]
    result.found.update(_tally(stored))
    by_id = {case.id: case for case in stored}
    for case in cases:
        there = by_id.get(case.id)
        if there is None:
            result.problems.append(f"case {case.id} is missing")
        elif there.version < case.version or (there.version == case.version and there != case):
            result.problems.append(f"case {case.id} differs from the source")


async def _verify_counters(conn: Connection, counters: Mapping[int, int], result: Imported) -> None:
    """Each year's counter must be at least where the source had it."""
    cursor = await conn.execute("SELECT year, last FROM reference_counters")
    numbers = {int(year): int(last) for year, last in await cursor.fetchall()}
    result.found["counters"] = sum(year in numbers for year in counters)
    for year, last in counters.items():
        if numbers.get(year, 0) < last:
            result.problems.append(f"counter {year} is at {numbers.get(year)}, not {last}")


async def _verify_state(conn: Connection, state: Mapping[str, StateItem], result: Imported) -> None:
    """Each key must be there; under the source's e-tag, with the source's document."""
    query = "SELECT key, e_tag, doc FROM state WHERE key = ANY(%s)"
    cursor = await conn.execute(query, (list(state),))
    items = {key: {**doc, "e_tag": e_tag} for key, e_tag, doc in await cursor.fetchall()}
    result.found["state"] = len(items)
    for key, item in state.items():
        there = items.get(key)
        if there is None:
            result.problems.append(f"state key {key!r} is missing")
        elif there["e_tag"] == item.get("e_tag") and there != item:
            # A different e-tag is a newer version written by the bot, which is kept.
            result.problems.append(f"state key {key!r} differs from the source")
