"""SIGKILL a process writing cases, over and over: every acknowledged write must survive."""

from __future__ import annotations

import asyncio
import random
import sys
from pathlib import Path

from store.atomic_storage import read_tables
from store.tinydb_cases import TinyDbCaseStore
from tests.store.crash_writer import OWNERS

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 20


async def run_and_kill(data_dir: Path, delay: float) -> list[list[str]]:
    """Start the writer, kill it `delay` seconds after it is ready; its complete output lines."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.store.crash_writer",
        str(data_dir),
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
    )
    assert process.stdout is not None
    assert await process.stdout.readline() == b"ready\n"
    await asyncio.sleep(delay)
    process.kill()
    output, _ = await process.communicate()
    # A line cut off by the kill was never acknowledged: keep only complete lines.
    return [line.split() for line in output.decode().split("\n")[:-1]]


def assert_files_intact(data_dir: Path) -> None:
    assert not list(data_dir.rglob("*.tmp"))
    for path in data_dir.rglob("*.json"):
        read_tables(path)


async def test_acknowledged_cases_survive_sigkill(tmp_path: Path) -> None:
    rng = random.Random(2026)
    references: dict[str, str] = {}
    versions: dict[str, int] = {}
    for _ in range(ROUNDS):
        for line in await run_and_kill(tmp_path, rng.uniform(0.0, 0.15)):
            if line[0] == "created":
                references[line[1]] = line[2]
                versions[line[1]] = 1
            else:
                versions[line[1]] = int(line[2])

        store = TinyDbCaseStore(tmp_path)
        for case_id, reference in references.items():
            case = await store.get(case_id)
            assert case is not None, f"acknowledged case {reference} is lost"
            assert case.reference == reference
            assert case.version >= versions[case_id]
        stored = [c for o in OWNERS for c in await store.list_by_owner(o.aad_object_id)]
        numbers = [int(str(case.reference).rsplit("-", 1)[1]) for case in stored]
        assert len(numbers) == len(set(numbers))
        next_number = int((await store.next_reference(2026)).rsplit("-", 1)[1])
        assert next_number > max(numbers, default=0)
        await store.close()
        assert_files_intact(tmp_path)
    assert references, "the writer never got to write"
