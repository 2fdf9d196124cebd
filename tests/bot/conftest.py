"""Fixtures for the bot with authentication on: a local key server instead of Microsoft's cloud."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestServer
from botframework.connector.auth import ChannelValidation, MicrosoftAppCredentials
from botframework.connector.auth.jwt_token_extractor import JwtTokenExtractor

from bot.app import create_app
from bot.config import Settings
from store.factory import Stores, open_stores
from store.routine import Routine
from tests.support.auth import OUTGOING_TOKEN, KeyServer, production_settings, serve
from tests.support.connector import FakeConnector
from tests.support.stores import RecordingStores


@pytest.fixture
async def key_server(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[KeyServer]:
    """Teams' token keys on loopback, and the bot's own outgoing token without Entra ID.

    botbuilder reads the channel's OpenID metadata from
    `ChannelValidation.open_id_metadata_endpoint` (default: login.botframework.com) and caches it
    per URL in `JwtTokenExtractor.metadataCache`; both are restored after the test. Replies need
    a token from login.microsoftonline.com: the credentials' `get_access_token` is that boundary,
    and returns a fixed test token here.
    """
    server = KeyServer()
    await server.start()
    monkeypatch.setattr(ChannelValidation, "open_id_metadata_endpoint", server.metadata_url)
    monkeypatch.setattr(JwtTokenExtractor, "metadataCache", {})
    monkeypatch.setattr(
        MicrosoftAppCredentials,
        "get_access_token",
        lambda self, force_refresh=False: OUTGOING_TOKEN,
    )
    yield server
    await server.close()


@pytest.fixture
async def connector() -> AsyncIterator[FakeConnector]:
    fake = FakeConnector()
    await fake.start()
    yield fake
    await fake.close()


@dataclass
class Deployment:
    """The app on loopback with TinyDB in tmp_path, a coordinator and a fast outbox."""

    url: str
    stores: Stores


@contextlib.asynccontextmanager
async def deployed(tmp_path: Path, routine: Routine, **settings: Any) -> AsyncIterator[Deployment]:
    values = {
        "DATA_DIR": tmp_path,
        "COORDINATOR_AAD_IDS": "aad-coord-1, aad-coord-2",
        "ALLOWED_TENANT_ID": "tenant-1",
        "OUTBOX_INTERVAL_SECONDS": 0.05,
        **settings,
    }
    stores = open_stores(tmp_path)
    server = TestServer(create_app(Settings(**values), routine, stores), host="127.0.0.1")
    await server.start_server()
    try:
        yield Deployment(str(server.make_url("/api/messages")), stores)
    finally:
        await server.close()


@dataclass
class Secured:
    """The bot with authentication on, and stores that record every write."""

    url: str
    stores: RecordingStores


@pytest.fixture
async def secured(
    tmp_path: Path, routine: Routine, key_server: KeyServer
) -> AsyncIterator[Secured]:
    stores = RecordingStores.new()
    settings = production_settings(tmp_path, COORDINATOR_AAD_IDS="aad-coord-1")
    server, url = await serve(create_app(settings, routine, stores))
    yield Secured(url, stores)
    await server.close()
