"""Throughput and latency of the full new-access flow over HTTP, against a stock echo bot.

Run: .venv/bin/python -m benchmarks.load [--users 1 10 50] [--seconds 10]

Everything runs on loopback in this process: the bot's real aiohttp app, a fake Bot Connector
that answers at once, and N simulated managers who each walk the whole new-access flow (nine
turns from "hej" to the receipt) again and again. A coordinator has registered the channel
first, so every submission's card is posted there, as in production; each user count starts on
a fresh app with an empty data folder. The reference is a stock botbuilder 4.17.1 echo bot on
the same stack, measured first, before our start-up tuning is applied. Prints figures; asserts
nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import aiohttp
from aiohttp import web
from aiohttp.test_utils import TestServer
from botbuilder.core import ActivityHandler, TurnContext
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication

from benchmarks.harness import COORDINATOR, Stats, manager_flow, register_channel
from bot.app import create_app
from bot.config import Settings
from bot.tuning import use_fast_event_loop
from store.factory import open_stores
from store.routine import load_routine
from tests.support.connector import FakeConnector
from tests.support.teams import personal_activity

Turn = Callable[[aiohttp.ClientSession, int, int], Awaitable[int]]


class EchoBot(ActivityHandler):  # type: ignore[misc]
    async def on_message_activity(self, turn_context: TurnContext) -> None:
        await turn_context.send_activity(f"Echo: {turn_context.activity.text}")


class _Config:
    APP_ID = ""
    APP_PASSWORD = ""
    APP_TYPE = "MultiTenant"
    APP_TENANTID = ""


def echo_app() -> web.Application:
    """The stock echo sample: CloudAdapter, no tuning, no state."""
    adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(_Config()))
    bot = EchoBot()

    async def messages(request: web.Request) -> web.StreamResponse:
        response = await adapter.process(request, bot)
        return response if response is not None else web.Response(status=201)

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    return app


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


async def run_ours(connector: FakeConnector, users: int, seconds: float) -> Stats:
    """The new-access flow for `users` managers, on a fresh app and an empty data folder.

    Each user count starts from the same state: the managers of an earlier run would otherwise
    arrive with hundreds of cases each, which a real manager does not have (store_scaling.py
    measures stored cases on their own).
    """
    with tempfile.TemporaryDirectory() as data:
        settings = Settings(
            DATA_DIR=Path(data), OUTBOX_INTERVAL_SECONDS=60, COORDINATOR_AAD_IDS=COORDINATOR
        )
        app = create_app(settings, load_routine(), open_stores(Path(data)))
        server = TestServer(app, host="127.0.0.1")
        await server.start_server()
        try:
            url = str(server.make_url("/api/messages"))
            await register_channel(url, connector)
            return await run_load(url, users, seconds, manager_flow(connector)(url))
        finally:
            await server.close()


async def measure(users: list[int], seconds: float) -> None:
    connector = FakeConnector(keep=False)
    await connector.start()

    async def echo_turn(session: aiohttp.ClientSession, number: int, step: int) -> int:
        activity = personal_activity(connector.url, text=f"hej {step}", user_id=f"echo-{number}")
        async with session.post(echo_url, json=activity) as response:
            return response.status

    echo_server = TestServer(echo_app(), host="127.0.0.1")
    await echo_server.start_server()
    echo_url = str(echo_server.make_url("/api/messages"))
    # All echo runs first: creating our app applies the start-up tuning (bot/tuning.py), which
    # is process-wide and would speed up the stock bot too.
    echo = {n: await run_load(echo_url, n, seconds, echo_turn) for n in users}
    await echo_server.close()
    ours = {n: await run_ours(connector, n, seconds) for n in users}
    await connector.close()

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
    args = parser.parse_args()
    use_fast_event_loop()  # the loop `python -m bot` runs on, for both bots
    asyncio.run(measure(args.users, args.seconds))


if __name__ == "__main__":
    main()
