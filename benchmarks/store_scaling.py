"""Per-turn latency as the number of stored cases grows, plus start-up time and peak memory.

Run: .venv/bin/python -m benchmarks.store_scaling [--cases 100 1000 20000] [--seconds 10]

For each size, a TinyDB data folder is seeded with that many submitted cases spread over
managers (ten cases each, written straight into the shard files in the store's own format),
the app is started on it, and one simulated manager walks the new-access flow over HTTP
against a fake Bot Connector. Prints figures; asserts nothing.

The turns are measured after the scheduler's first round (reminders, reviews, the retention
purge: it reads every open and done case, in a worker thread) has finished; that round is timed
on its own, with the process's peak memory before and after it.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp.test_utils import TestServer
from tinydb import TinyDB

from benchmarks.harness import manager_flow, our_app, register_channel
from benchmarks.load import Turn, run_load
from bot.app import SCHEDULER
from bot.tuning import use_fast_event_loop
from store.atomic_storage import AtomicStorage
from store.factory import open_stores
from store.models import Actor, Case, CaseStatus, Person
from store.rules import as_stored
from store.tinydb_cases import CASES, shard_name
from tests.support.connector import FakeConnector

PER_MANAGER = 10
WARM_UP_MANAGER = 1000  # run_load numbers its managers from 0


def seed(folder: Path, count: int) -> None:
    """`count` submitted cases, ten per manager, one shard file per manager."""
    (folder / "cases").mkdir(parents=True, exist_ok=True)
    for manager in range(0, count, PER_MANAGER):
        owner = Actor(aad_object_id=f"seed-{manager}", name=f"Chef {manager}", tenant_id="t")
        docs: dict[str, dict[str, Any]] = {}
        for number in range(manager, min(manager + PER_MANAGER, count)):
            case = Case(
                owner=owner,
                status=CaseStatus.SUBMITTED,
                reference=f"HB-2025-{number + 1:05d}",
                role_id="chef",
                assignment_id="enhetschef",
                person=Person(
                    name=f"Person {number}", user_id=f"pers{number % 9999}", email="p@x.se"
                ),
                responsibility_units=["123456 Avdelning"],
                business_area="VO Medicin",
            )
            docs[str(len(docs) + 1)] = as_stored(case, 1)
        db = TinyDB(folder / "cases" / shard_name(owner.aad_object_id), storage=AtomicStorage)
        db.storage.write({CASES: docs})
        db.close()


async def measure(sizes: list[int], seconds: float) -> None:
    print(
        f"{'cases':>7} {'start-up s':>10} {'turns/s':>8} {'p50 ms':>8} {'p95 ms':>8}"
        f"  {'scheduler round':>15}  {'peak MB before/after round':>26}"
    )
    baseline = None
    for size in sizes:
        with tempfile.TemporaryDirectory() as data:
            folder = Path(data)
            seed(folder, size)
            connector = FakeConnector(keep=False)
            await connector.start()
            started = time.perf_counter()
            stores = open_stores(folder)
            await stores.cases.get("warm-up")  # builds the id index: the start-up cost
            app = our_app(folder, stores)
            startup = time.perf_counter() - started
            before = peak_mb()
            round_started = time.perf_counter()
            await app[SCHEDULER].tick()
            scheduler_round = time.perf_counter() - round_started
            after = peak_mb()
            server = TestServer(app, host="127.0.0.1")
            await server.start_server()  # the scheduler's own first round starts here
            url = str(server.make_url("/api/messages"))
            await register_channel(url, connector)
            flow = manager_flow(connector)(url)
            # Long enough for that first round to be over. Another manager warms up: the one
            # measured starts with no cases of her own at every size, since a save rewrites
            # her own file and a longer warm-up would otherwise leave her more cases in it.
            await run_load(url, 1, 1 + 2 * scheduler_round, as_manager(flow, WARM_UP_MANAGER))
            stats = await run_load(url, 1, seconds, flow)
            await server.close()
            await connector.close()
        baseline = baseline or stats.p(50)
        print(
            f"{size:>7} {startup:>10.2f} {stats.rate:>8.1f} {stats.p(50):>8.1f} "
            f"{stats.p(95):>8.1f}  {scheduler_round:>14.2f}s  {before:>12.0f} / {after:.0f}"
            f"   p50 {stats.p(50) / baseline:.2f}x of the first"
        )
    print(f"peak memory of this process: {peak_mb():.0f} MB")


def as_manager(flow: Turn, number: int) -> Turn:
    """The same flow, always walked by manager `number`."""

    async def turn(session: aiohttp.ClientSession, _: int, step: int) -> int:
        return await flow(session, number, step)

    return turn


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, nargs="+", default=[100, 1000, 20000])
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    use_fast_event_loop()  # the loop `python -m bot` runs on
    asyncio.run(measure(args.cases, args.seconds))


if __name__ == "__main__":
    main()
