"""Measured fixes for botbuilder 4.17.1's hot path, applied once at start-up.

1. msrest builds a retry policy for every connector client (botbuilder: two per activity; here
   they are reused, bot/outbound.py, but botbuilder still builds some, e.g. for the token client),
   and each build tests 999 status codes for membership in a 502-item *list* (~7.8 ms, about
   three quarters of a turn's CPU). The same codes in a frozenset give the same policy at a
   fraction of the cost. msrest is deprecated; the upstream fix was never released.
2. botbuilder hashes the conversation state with jsonpickle on every load and save to see
   whether it changed; a plain-JSON encoding of the same state does that job at a fraction
   of the cost (bot/state_codec.py).
3. asyncio's default thread pool has only a handful of threads on a 2-core machine; store file
   work and the bot's token fetches (MSAL, blocking) run there. A larger pool lets them overlap.
   (Replies themselves no longer use it: bot/outbound.py sends them with aiohttp.)
4. The event loop is uvloop where it is installed (not on Windows): the same asyncio API, with
   the loop, sockets and futures in C; on this 2-core machine it carried ~15-30 % more turns
   (benchmarks/load.py runs the stock echo bot and ours on the same loop).
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

from botbuilder.core.bot_state import CachedBotState
from msrest.universal_http.requests import ClientRetryPolicy

from bot.state_codec import state_hash

REPLY_THREADS = 64


def speed_up_retry_policy() -> None:
    """Make msrest's status-code membership test O(1); the resulting policy is unchanged."""
    # A frozenset where msrest declares a list: only `in` is ever used on it.
    ClientRetryPolicy.safe_codes = frozenset(ClientRetryPolicy.safe_codes)  # type: ignore[assignment]


def speed_up_state_hash() -> None:
    """Let botbuilder's change detection hash state as plain JSON instead of via jsonpickle."""

    def compute_hash(self: CachedBotState, obj: object) -> str:
        return state_hash(obj)

    CachedBotState.compute_hash = compute_hash


def use_fast_event_loop() -> str:
    """Make new event loops uvloop loops if uvloop is installed; returns the loop's name."""
    try:
        import uvloop
    except ImportError:  # Windows, or installed without it: asyncio's own loop works the same
        return "asyncio"
    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    return "uvloop"


def widen_default_executor(loop: asyncio.AbstractEventLoop) -> None:
    """Give blocking calls (store file work, token fetches) enough threads to overlap."""
    loop.set_default_executor(
        ThreadPoolExecutor(max_workers=REPLY_THREADS, thread_name_prefix="io")
    )
