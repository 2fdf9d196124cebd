"""Read-only look at a TinyDB data folder as a crash left it: what parses, what is a temp file.

Nothing here goes through the store's classes, which clean up stray temp files when they open
a folder: the test must see the files exactly as the killed process left them. Files are read
with `read_tables`, which changes nothing on disk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from store.atomic_storage import CorruptFileError, read_tables
from store.models import Case, CaseStatus
from store.tinydb_cases import CASES, shard_name

TEMP_SUFFIX = ".tmp"  # store.atomic_storage.temp_path: the target's name plus ".tmp"


@dataclass
class Snapshot:
    files: int = 0
    unreadable: list[str] = field(default_factory=list)
    temp_files: list[str] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)


def snapshot(data_dir: Path, *, cases: bool = True) -> Snapshot:
    """Every `.json` file parsed as a TinyDB database, temp files listed, and (if `cases`) the
    cases in `cases/` read."""
    seen = Snapshot()
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file()):
        name = str(path.relative_to(data_dir))
        if path.name.endswith(TEMP_SUFFIX):
            seen.temp_files.append(name)
            continue
        if path.suffix != ".json":
            continue
        seen.files += 1
        tables = _tables(path)
        if tables is None:
            seen.unreadable.append(name)
        elif cases and path.parent == data_dir / "cases":
            docs = (tables.get(CASES) or {}).values()
            seen.cases.extend(Case.model_validate(doc) for doc in docs)
    return seen


def latest_draft(data_dir: Path, owner: str) -> Case | None:
    """The owner's open draft that "fortsätt" takes up: the one changed last.

    Read from the owner's case file while the bot runs: it replaces files whole, so a read sees
    the file before or after a write, never half of one.
    """
    tables = _tables(data_dir / "cases" / shard_name(owner)) or {}
    open_statuses = {CaseStatus.DRAFT.value, CaseStatus.RETURNED.value}
    docs = [doc for doc in (tables.get(CASES) or {}).values() if doc["status"] in open_statuses]
    drafts = [Case.model_validate(doc) for doc in docs]
    return max(drafts, key=lambda case: case.updated_at, default=None)


def _tables(path: Path) -> dict[str, dict[str, Any]] | None:
    """The file as TinyDB tables, or None if it is not one (what AtomicStorage would refuse)."""
    try:
        return read_tables(path)
    except CorruptFileError:
        return None
