"""Throughput and latency of the full new-access flow over HTTP, against a stock echo bot.

Run: .venv/bin/python -m benchmarks.load [--users 1 10 50] [--seconds 10] [--in-process]

N simulated managers each walk the whole new-access flow (nine turns from "hej" to the receipt)
again and again, over HTTP on loopback, against the bot's real aiohttp app; a fake Bot Connector
answers the bot's replies at once. A coordinator has registered the channel first, so every
submission's card is posted there, as in production. The reference is a stock botbuilder 4.17.1
echo bot on the same stack and event loop. Each bot and user count starts on a fresh app with an
empty data folder.

By default each bot runs alone in a process of its own (benchmarks/serve.py), as it would in
production, while the managers and the connector (Teams and Microsoft's servers) run in this
one. `--in-process` runs the bots here too, sharing one event loop and one CPU with the load
they are measured under; the echo runs then go first, before our start-up tuning, which is
process-wide, is applied. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import aiohttp
from aiohttp.test_utils import TestServer

from benchmarks.echo import echo_app
from benchmarks.harness import Stats, manager_flow, our_app, register_channel
from bot.tuning import use_fast_event_loop
from tests.support.connector import FakeConnector
from tests.support.teams import personal_activity

Turn = Callable[[aiohttp.ClientSession, int, int], Awaitable[int]]
ROOT = Path(__file__).resolve().parents[1]


async def run_load(url: str, users: int, seconds: float, turn: Turn) -> Stats:
    """`users` concurrent clients for `seconds`; each call of `turn` is one measured request."""
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds

    async def user(number: int) -> None:
        async with aiohttp.ClientSession() as session:
            step = 0
            while time.perf_counter() < deadline:
                start = time.perf_counter()
                status = await turn(session, number, step)
                if status >= 400:
                    raise RuntimeError(f"HTTP {status} at step {step}")
                latencies.append(time.perf_counter() - start)
                step += 1

    start = time.perf_counter()
    await asyncio.gather(*(user(n) for n in range(users)))
    return Stats(len(latencies), time.perf_counter() - start, latencies)


def echo_turn(connector: FakeConnector, url: str) -> Turn:
    """A turn of the echo bot: a message with a new text each time."""

    async def turn(session: aiohttp.ClientSession, number: int, step: int) -> int:
        activity = personal_activity(connector.url, text=f"hej {step}", user_id=f"echo-{number}")
        async with session.post(url, json=activity) as response:
            return response.status

    return turn


async def run_ours(connector: FakeConnector, users: int, seconds: float) -> Stats:
    """The new-access flow for `users` managers, on a fresh app and an empty data folder.

    Each user count starts from the same state: the managers of an earlier run would otherwise
    arrive with hundreds of cases each, which a real manager does not have (store_scaling.py
    measures stored cases on their own).
    """
    with tempfile.TemporaryDirectory() as data:
        server = TestServer(our_app(Path(data)), host="127.0.0.1")
        await server.start_server()
        try:
            url = str(server.make_url("/api/messages"))
            await register_channel(url, connector)
            return await run_load(url, users, seconds, manager_flow(connector)(url))
        finally:
            await server.close()


class Child:
    """A bot served by `python -m benchmarks.serve` in its own process, on a fresh data folder."""

    def __init__(self, bot: str) -> None:
        self.bot = bot
        self._data = tempfile.TemporaryDirectory()
        self._process: asyncio.subprocess.Process | None = None

    async def __aenter__(self) -> str:
        command = [sys.executable, "-m", "benchmarks.serve", self.bot, self._data.name]
        self._process = await asyncio.create_subprocess_exec(
            *command, cwd=ROOT, stdout=asyncio.subprocess.PIPE
        )
        assert self._process.stdout is not None
        line = await asyncio.wait_for(self._process.stdout.readline(), timeout=60)
        if not line.startswith(b"http"):
            raise RuntimeError(f"benchmarks.serve {self.bot} did not start")
        return line.decode().strip()

    async def __aexit__(self, *_: object) -> None:
        if self._process is not None and self._process.returncode is None:
            self._process.terminate()
            await self._process.wait()
        self._data.cleanup()


async def measure_separately(
    connector: FakeConnector, users: list[int], seconds: float
) -> tuple[dict[int, Stats], dict[int, Stats]]:
    """Each bot in a process of its own; the managers and the connector stay in this one."""
    echo: dict[int, Stats] = {}
    ours: dict[int, Stats] = {}
    for n in users:
        async with Child("echo") as url:
            echo[n] = await run_load(url, n, seconds, echo_turn(connector, url))
        async with Child("ours") as url:
            await register_channel(url, connector)
            ours[n] = await run_load(url, n, seconds, manager_flow(connector)(url))
    return echo, ours


async def measure_in_process(
    connector: FakeConnector, users: list[int], seconds: float
) -> tuple[dict[int, Stats], dict[int, Stats]]:
    """Both bots in this process, sharing its event loop with the managers and the connector."""
    echo_server = TestServer(echo_app(), host="127.0.0.1")
    await echo_server.start_server()
    echo_url = str(echo_server.make_url("/api/messages"))
    # All echo runs first: creating our app applies the start-up tuning (bot/tuning.py), which
    # is process-wide and would speed up the stock bot too.
    echo = {n: await run_load(echo_url, n, seconds, echo_turn(connector, echo_url)) for n in users}
    await echo_server.close()
    ours = {n: await run_ours(connector, n, seconds) for n in users}
    return echo, ours


async def measure(users: list[int], seconds: float, *, in_process: bool) -> None:
    connector = FakeConnector(keep=False)
    await connector.start()
    try:
        how = measure_in_process if in_process else measure_separately
        echo, ours = await how(connector, users, seconds)
    finally:
        await connector.close()

    where = "one process" if in_process else "each bot in its own process"
    print(f"({where}; {seconds:g} s per run)")
    print(f"{'users':>5} {'bot':<14} {'turns/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for n in users:
        for name, stats in (("echo (stock)", echo[n]), ("new access", ours[n])):
            print(
                f"{n:>5} {name:<14} {stats.rate:>8.1f} {stats.p(50):>8.1f} "
                f"{stats.p(95):>8.1f} {stats.p(99):>8.1f}"
            )
        ratio = ours[n].rate / echo[n].rate
        p95 = ours[n].p(95) / echo[n].p(95)
        print(f"{n:>5} {'ratio':<14} {ratio:>7.2f}x {'':>8} {p95:>7.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument(
        "--in-process",
        action="store_true",
        help="run the bots in this process, next to the simulated managers and the connector",
    )
    args = parser.parse_args()
    use_fast_event_loop()  # the loop `python -m bot` runs on, for both bots
    asyncio.run(measure(args.users, args.seconds, in_process=args.in_process))


if __name__ == "__main__":
    main()
