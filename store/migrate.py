"""Move a TinyDB data folder into PostgreSQL, idempotently, and verify what arrived.

    python -m store.migrate --from-tinydb DATA_DIR --to postgresql://user@host/db

Stop the bot first: the folder is only read, but a bot still writing it would be missed.
Re-running is safe. A case already in PostgreSQL is replaced only by a newer version of it,
a reference counter only moves up, and a state key already there is kept (once the bot runs
on PostgreSQL, its copy is the live one).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from store.atomic_storage import CorruptFileError, read_tables
from store.counters import REFERENCES
from store.interfaces import StateItem, StoreError
from store.models import Case
from store.postgres.importer import Imported, import_all
from store.postgres.pool import connect
from store.postgres.schema import apply_migrations
from store.tinydb_cases import CASES
from store.tinydb_kv import ITEMS


@dataclass(frozen=True)
class Snapshot:
    """Everything in a TinyDB data folder, as the TinyDB stores wrote it."""

    cases: list[Case]
    counters: dict[int, int]
    state: dict[str, StateItem]


def read_tinydb(data_dir: Path) -> Snapshot:
    """Read `data_dir` without changing it (the stores would delete stray temp files)."""
    if not data_dir.is_dir():
        raise StoreError(f"{data_dir} is not a folder")
    cases: dict[str, Case] = {}
    for path in sorted((data_dir / "cases").glob("*.json")):
        for doc in _documents(path, CASES):
            case = Case.model_validate(doc)
            if case.id in cases:
                raise CorruptFileError(path, f"case {case.id} is in two files")
            cases[case.id] = case
    counters = {
        int(doc["year"]): int(doc["last"])
        for doc in _documents(data_dir / "counters.json", REFERENCES)
    }
    state = {
        str(doc["key"]): doc["item"]
        for path in sorted((data_dir / "state").glob("*.json"))
        for doc in _documents(path, ITEMS)
    }
    return Snapshot(list(cases.values()), counters, state)


def _documents(path: Path, table: str) -> list[dict[str, Any]]:
    """The documents of `table` in the TinyDB file at `path` (none if there is no file)."""
    tables = read_tables(path) or {}
    return [doc for doc in (tables.get(table) or {}).values() if isinstance(doc, dict)]


async def migrate_tinydb(data_dir: Path, database_url: str) -> Imported:
    """Bring the schema up to date, copy `data_dir` into it and verify the copy."""
    snapshot = read_tinydb(data_dir)
    async with await connect(database_url) as conn:
        await apply_migrations(conn)
        return await import_all(conn, snapshot.cases, snapshot.counters, snapshot.state)


def summary(result: Imported) -> list[str]:
    """What was read, written now and found in PostgreSQL, one line per kind of item."""
    kinds = ["cases", "events", "notices", "counters", "state"]
    kinds += sorted(kind for kind in result.read | result.found if kind.startswith("status:"))
    width = max(map(len, kinds)) + 2
    lines = [f"{'':<{width}}{'TinyDB':>8}{'written':>9}{'PostgreSQL':>12}"]
    for kind in kinds:
        written = str(result.written[kind]) if kind in result.written else ""
        lines.append(f"{kind:<{width}}{result.read[kind]:>8}{written:>9}{result.found[kind]:>12}")
    lines.extend(f"PROBLEM: {problem}" for problem in result.problems)
    lines.append("verified" if not result.problems else "NOT verified")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m store.migrate", description=__doc__)
    parser.add_argument("--from-tinydb", type=Path, required=True, metavar="DATA_DIR")
    parser.add_argument("--to", required=True, metavar="DATABASE_URL")
    args = parser.parse_args(argv)
    try:
        result = asyncio.run(migrate_tinydb(args.from_tinydb, args.to))
    # ValueError covers a case that no longer validates (pydantic's ValidationError).
    except (StoreError, OSError, ValueError, psycopg.Error) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print("\n".join(summary(result)))
    return 0 if not result.problems else 1


if __name__ == "__main__":
    sys.exit(main())
