"""`python -m bot` as `make run` starts it: a real process on loopback, local mode logged."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import aiohttp

from tests.support.chat import actions_of
from tests.support.connector import FakeConnector
from tests.support.teams import personal_activity

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def wait_healthy(url: str, process: asyncio.subprocess.Process) -> None:
    async with aiohttp.ClientSession() as session:
        for _ in range(200):
            assert process.returncode is None, "the bot exited during start-up"
            try:
                async with session.get(url) as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientConnectionError:
                await asyncio.sleep(0.05)
    raise AssertionError("the bot did not become healthy")


async def test_started_bot_answers_hej_with_the_menu(tmp_path: Path) -> None:
    connector = FakeConnector()
    await connector.start()
    port = free_port()
    env = {**os.environ, "PORT": str(port), "DATA_DIR": str(tmp_path / "data")}
    env.pop("MicrosoftAppId", None)
    log = tmp_path / "bot.log"
    with log.open("wb") as out:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", cwd=ROOT, env=env, stdout=out, stderr=out
        )
    try:
        base = f"http://127.0.0.1:{port}"
        await wait_healthy(f"{base}/healthz", process)
        async with (
            aiohttp.ClientSession() as session,
            session.post(
                f"{base}/api/messages", json=personal_activity(connector.url, text="hej")
            ) as response,
        ):
            assert response.status in (200, 201)
        (card,) = connector.cards()
        assert "Ny behörighet" in actions_of(card)
    finally:
        process.send_signal(signal.SIGINT)
        await asyncio.wait_for(process.wait(), timeout=10)
        await connector.close()
    output = log.read_text(encoding="utf-8")
    assert "Lokalt läge" in output
    assert "Händelseloop: uvloop" in output  # installed with the bot on Linux
    assert (tmp_path / "data").is_dir()


def test_invalid_routine_file_stops_start_up_with_a_clear_message(tmp_path: Path) -> None:
    broken = tmp_path / "routine.toml"
    broken.write_text('[document]\ntitle = "x"\n', encoding="utf-8")
    env = {**os.environ, "ROUTINE_FILE": str(broken), "DATA_DIR": str(tmp_path / "d")}
    result = subprocess.run(
        [sys.executable, "-m", "bot"], cwd=ROOT, env=env, capture_output=True, timeout=60
    )
    assert result.returncode == 2
    assert "Rutinfilen" in result.stderr.decode()
    assert "ogiltig" in result.stderr.decode()


def test_production_mode_refuses_incomplete_credentials(tmp_path: Path) -> None:
    env = {**os.environ, "MicrosoftAppId": "11111111-2222-3333-4444-555555555555"}
    env.pop("MicrosoftAppPassword", None)
    result = subprocess.run(
        [sys.executable, "-m", "bot"], cwd=ROOT, env=env, capture_output=True, timeout=60
    )
    assert result.returncode == 2
    assert "MicrosoftAppPassword saknas" in result.stderr.decode()
