"""Writes cases until it is killed, printing each write once the store has acknowledged it.

Run by test_crash.py as `python -m tests.store.crash_writer DATA_DIR`.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from store.models import Actor
from store.tinydb_cases import TinyDbCaseStore
from store.transitions import record
from tests.store.samples import make_case

OWNERS = [Actor(aad_object_id=f"chef-{n}") for n in range(3)]


async def write_until_killed(data_dir: Path) -> None:
    store = TinyDbCaseStore(data_dir)
    print("ready", flush=True)
    for n in range(1_000_000):
        owner = OWNERS[n % len(OWNERS)]
        reference = await store.next_reference(2026)
        case = await store.create(make_case(owner=owner, reference=reference))
        print("created", case.id, reference, flush=True)
        saved = await store.save(record(case, owner, "sparad"))
        print("saved", saved.id, saved.version, flush=True)


if __name__ == "__main__":
    asyncio.run(write_until_killed(Path(sys.argv[1])))
