"""An offline Bot Framework token issuer: a test RSA key, OpenID metadata and JWKS on loopback.

Teams signs every request to the bot with a key published at login.botframework.com. Here a
local key server plays that part: point botbuilder's channel validation at `KeyServer.metadata_url`
and sign tokens with `KeyServer.token(...)`. Only Microsoft's cloud is replaced; botbuilder's
own validation code runs unchanged.
"""

from __future__ import annotations

import functools
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import jwt
from aiohttp import web
from aiohttp.test_utils import TestServer
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from bot.config import Settings

ISSUER = "https://api.botframework.com"  # what Teams' tokens say, and what botbuilder expects
APP_ID = "11111111-2222-3333-4444-555555555555"
APP_PASSWORD = "test-app-password-Zq8~not-a-real-secret"
APP_TENANT = "tenant-1"
KID = "test-key-1"
OUTGOING_TOKEN = "bot-outgoing-token-from-the-test-stub"  # what Entra ID would give the bot


def signing_key(name: str = "channel") -> rsa.RSAPrivateKey:
    """An RSA key per name, made once per test session (key generation is slow)."""
    return _key(name)


@functools.cache
def _key(name: str) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@dataclass
class KeyServer:
    """Serves /.well-known/openidconfiguration and /keys like the Bot Framework's key endpoint."""

    endorsements: list[str] = field(default_factory=lambda: ["msteams"])
    metadata_requests: int = 0
    _server: TestServer | None = None

    @property
    def metadata_url(self) -> str:
        assert self._server is not None, "start() first"
        return str(self._server.make_url("/v1/.well-known/openidconfiguration"))

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/v1/.well-known/openidconfiguration", self._metadata)
        app.router.add_get("/v1/keys", self._keys)
        self._server = TestServer(app, host="127.0.0.1")
        # Microsoft's side: its access log (conversation ids in paths) is not the bot's log.
        await self._server.start_server(access_log=None)

    async def close(self) -> None:
        if self._server is not None:
            await self._server.close()

    async def _metadata(self, request: web.Request) -> web.Response:
        self.metadata_requests += 1
        assert self._server is not None
        return web.json_response(
            {
                "issuer": ISSUER,
                "jwks_uri": str(self._server.make_url("/v1/keys")),
                "id_token_signing_alg_values_supported": ["RS256"],
            }
        )

    async def _keys(self, request: web.Request) -> web.Response:
        jwk: dict[str, Any] = RSAAlgorithm.to_jwk(signing_key().public_key(), as_dict=True)
        jwk.update(kid=KID, use="sig", endorsements=self.endorsements)
        return web.json_response({"keys": [jwk]})

    def token(
        self,
        service_url: str,
        *,
        audience: str = APP_ID,
        issuer: str = ISSUER,
        lifetime: int = 3600,
        key: str = "channel",
        kid: str = KID,
        **extra: Any,
    ) -> str:
        """A token as Teams sends it (RS256, our key id), with any claim overridable."""
        now = int(time.time())
        claims = {
            "iss": issuer,
            "aud": audience,
            "serviceurl": service_url,
            "nbf": now - 60,
            "iat": now - 60,
            "exp": now + lifetime,
            **extra,
        }
        return jwt.encode(claims, signing_key(key), algorithm="RS256", headers={"kid": kid})


def unsigned(claims: dict[str, Any], alg: str = "none", kid: str = KID) -> str:
    """A token with `alg` none: header and claims, no signature (PyJWT refuses to verify it)."""
    return jwt.encode(claims, "", algorithm="none", headers={"kid": kid, "alg": alg})


def hs256(claims: dict[str, Any], secret: str, kid: str = KID) -> str:
    """A token signed with a shared secret, e.g. the public key's bytes (algorithm confusion)."""
    return jwt.encode(claims, secret, algorithm="HS256", headers={"kid": kid})


def claims_for(service_url: str, **overrides: Any) -> dict[str, Any]:
    now = int(time.time())
    return {
        "iss": ISSUER,
        "aud": APP_ID,
        "serviceurl": service_url,
        "nbf": now - 60,
        "exp": now + 3600,
        **overrides,
    }


def production_settings(data_dir: Path, **extra: Any) -> Settings:
    """The bot with authentication on, as registered for the test key server's tokens."""
    return Settings(
        MicrosoftAppId=APP_ID,
        MicrosoftAppPassword=APP_PASSWORD,
        MicrosoftAppTenantId=APP_TENANT,
        DATA_DIR=data_dir,
        **extra,
    )


async def serve(app: web.Application) -> tuple[TestServer, str]:
    """The app on loopback; returns the server and its /api/messages URL."""
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    return server, str(server.make_url("/api/messages"))


async def post_with(url: str, activity: dict[str, Any], authorization: str | None) -> int:
    """POST an activity with this Authorization header (None: no header); returns the status."""
    headers = {"Authorization": authorization} if authorization is not None else {}
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, json=activity, headers=headers) as response,
    ):
        await response.read()
        return response.status
