"""botbuilder fetches Teams' signing keys with a blocking call and no timeout; bot.auth bounds it.

The key server runs on the bot's own event loop here: with botbuilder's fetch that deadlocks.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

import bot.auth
from bot.app import create_app
from store.routine import Routine
from tests.bot.conftest import Secured
from tests.support.auth import KeyServer, post_with, production_settings, serve
from tests.support.connector import FakeConnector
from tests.support.stores import RecordingStores
from tests.support.teams import personal_activity


async def test_unavailable_signing_keys_give_503_without_blocking_the_loop(
    tmp_path: Path,
    routine: Routine,
    connector: FakeConnector,
    key_server: KeyServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A key endpoint that never answers: bounded by KEY_FETCH_TIMEOUT, and meanwhile the event
    loop keeps serving (botbuilder's own fetch would block it, with no timeout at all)."""
    release = asyncio.Event()

    async def hang(_: web.Request) -> web.Response:
        await release.wait()
        return web.json_response({})

    hanging = web.Application()
    hanging.router.add_get("/{tail:.*}", hang)
    hung, hung_url = await serve(hanging)
    monkeypatch.setattr(
        "botframework.connector.auth.ChannelValidation.open_id_metadata_endpoint", hung_url
    )
    monkeypatch.setattr(bot.auth, "KEY_FETCH_TIMEOUT", 0.5)
    server, url = await serve(
        create_app(production_settings(tmp_path), routine, RecordingStores.new())
    )
    health = url.replace("/api/messages", "/healthz")
    try:
        header = f"Bearer {key_server.token(connector.url)}"
        started = time.monotonic()
        pending = asyncio.create_task(
            post_with(url, personal_activity(connector.url, text="hej"), header)
        )
        await asyncio.sleep(0.1)
        async with aiohttp.ClientSession() as session, session.get(health) as response:
            assert response.status == 200
        assert not pending.done()  # the health check answered while the key fetch waits
        assert await pending == 503
        assert time.monotonic() - started < 3
    finally:
        release.set()
        await server.close()
        await hung.close()
    assert connector.requests == []


async def test_concurrent_requests_share_one_key_fetch(
    secured: Secured, connector: FakeConnector, key_server: KeyServer
) -> None:
    header = f"Bearer {key_server.token(connector.url)}"
    users = [f"aad-manager-{n}" for n in range(5)]
    statuses = await asyncio.gather(
        *(
            post_with(secured.url, personal_activity(connector.url, text="hej", user_id=u), header)
            for u in users
        )
    )
    assert statuses == [201] * 5
    assert key_server.metadata_requests == 1
