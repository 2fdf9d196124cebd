"""The bot under test as a process: forked, waited for, SIGKILLed, stopped and always reaped."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

from tests.reliability.zygote import Zygote

HANG_GUARD = 60.0  # seconds a start may take before the test gives up: a hang, not a slow start
COORDINATOR = "aad-coord-1"  # tests.support.teams.channel_activity's sender
TENANT = "tenant-1"


def bot_environment() -> dict[str, str]:
    """`python -m bot` in local mode with TinyDB and one coordinator, whatever the caller has.

    Empty values, not absent ones, so that a developer's .env cannot switch on production mode
    or PostgreSQL. Coverage is not traced in the bot: it is killed before it could save data.
    PORT and DATA_DIR are set per child.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COV_CORE_", "COVERAGE_"))}
    env.update(MicrosoftAppId="", MicrosoftAppPassword="", DATABASE_URL="", HOST="127.0.0.1")
    env.update(COORDINATOR_AAD_IDS=COORDINATOR, ALLOWED_TENANT_ID=TENANT)
    return env


@dataclass
class BotProcess:
    port: int
    data_dir: Path
    log: Path
    zygote: Zygote = field(default_factory=lambda: Zygote(bot_environment()))
    pid: int | None = None  # a child not yet reaped, so its pid cannot belong to anyone else

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/messages"

    async def fork(self) -> None:
        """Start a bot process; it may not answer yet."""
        assert self.pid is None, "one bot at a time: the store is not safe across processes"
        self.pid = await self.zygote.fork(self.port, self.data_dir, self.log)

    async def start(self) -> None:
        """Start a bot process and wait until it answers /healthz."""
        await self.fork()
        deadline = time.monotonic() + HANG_GUARD
        health = f"http://127.0.0.1:{self.port}/healthz"
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=2)) as session:
            while time.monotonic() < deadline:
                await self._assert_running()
                try:
                    async with session.get(health) as response:
                        if response.status == 200:
                            return
                except (aiohttp.ClientConnectionError, TimeoutError):
                    await asyncio.sleep(0.005)
        raise AssertionError(f"the bot did not answer within {HANG_GUARD} s:\n{self.log_tail()}")

    async def kill(self) -> None:
        """SIGKILL the bot and wait until it is gone, so no write of it can follow."""
        assert self.pid is not None
        os.kill(self.pid, signal.SIGKILL)
        code = await self.zygote.reap(self.pid)
        self.pid = None
        assert code == -signal.SIGKILL, f"the bot had exited ({code}):\n{self.log_tail()}"

    async def stop(self) -> None:
        """Stop the bot as Ctrl-C does: the app's clean-up runs and the stores are closed."""
        assert self.pid is not None
        os.kill(self.pid, signal.SIGINT)
        code = await self.zygote.reap(self.pid)
        self.pid = None
        assert code == 0, f"the bot stopped with {code}:\n{self.log_tail()}"

    async def close(self) -> None:
        """Kill what is left, whatever happened: the running bot, then the zygote."""
        if self.pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self.pid = None  # the zygote reaps it as it exits
        await self.zygote.close()

    def log_tail(self, lines: int = 40) -> str:
        if not self.log.exists():
            return "(no log)"
        return "\n".join(self.log.read_text(encoding="utf-8").splitlines()[-lines:])

    async def _assert_running(self) -> None:
        assert self.pid is not None
        code = await self.zygote.exit_code(self.pid)
        if code is not None:
            self.pid = None
            raise AssertionError(f"the bot exited ({code}) while starting:\n{self.log_tail()}")
