"""Shared pieces of the HTTP benchmarks: statistics and a simulated manager."""

from __future__ import annotations

import statistics
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from store.factory import Stores
from tests.support.chat import press
from tests.support.connector import FakeConnector
from tests.support.flows import NEW_ACCESS
from tests.support.teams import channel_activity, personal_activity

COORDINATOR = "aad-coord-1"  # channel_activity's default sender


def our_app(data_dir: Path, stores: Stores | None = None) -> web.Application:
    """The bot's real app on TinyDB in `data_dir` (or `stores`, already open), with this
    coordinator allowed to register.

    Imported here, not at the top: building it applies the process-wide start-up tuning.
    """
    from bot.app import create_app
    from bot.config import Settings
    from store.factory import open_stores
    from store.routine import load_routine

    settings = Settings(
        DATA_DIR=data_dir, OUTBOX_INTERVAL_SECONDS=60, COORDINATOR_AAD_IDS=COORDINATOR
    )
    return create_app(settings, load_routine(), stores or open_stores(data_dir))


async def register_channel(url: str, connector: FakeConnector) -> None:
    """A coordinator registers the channel, as in production: submissions' cards go there."""
    activity = channel_activity(connector.url, text="registrera kanal", user_id=COORDINATOR)
    async with aiohttp.ClientSession() as session, session.post(url, json=activity) as response:
        if response.status >= 400:
            raise RuntimeError(f"registering the channel failed: HTTP {response.status}")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


@dataclass
class Stats:
    turns: int
    seconds: float
    latencies: list[float] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.turns / self.seconds if self.seconds else 0.0

    def p(self, q: float) -> float:
        return percentile(self.latencies, q) * 1000

    @property
    def mean_ms(self) -> float:
        return statistics.fmean(self.latencies) * 1000 if self.latencies else 0.0


def manager_flow(
    connector: FakeConnector,
) -> Callable[[str], Callable[[aiohttp.ClientSession, int, int], Awaitable[int]]]:
    """A turn function that walks manager `number` through the whole flow, step by step."""

    def for_url(url: str) -> Callable[[aiohttp.ClientSession, int, int], Awaitable[int]]:
        async def turn(session: aiohttp.ClientSession, number: int, step: int) -> int:
            user = f"bench-{number}"
            position = step % (len(NEW_ACCESS) + 1)
            if position == 0:
                activity = personal_activity(connector.url, text="hej", user_id=user)
            else:
                button, inputs = NEW_ACCESS[position - 1]
                card = connector.last_card_for(f"a:{user}")
                value: dict[str, Any] = press(card, button, **inputs)
                activity = personal_activity(connector.url, value=value, user_id=user)
            async with session.post(url, json=activity) as response:
                return response.status

        return turn

    return for_url
