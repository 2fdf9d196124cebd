"""Authenticating a request to /api/messages, before any turn runs, with botbuilder's own checks.

botbuilder 4.17.1 turns only `PermissionError` into 401. Every other way a token can be bad
surfaces as some other exception and, inside `CloudAdapter.process`, as a 500:

    no header, wrong scheme, wrong issuer,
    wrong audience, wrong serviceurl claim    PermissionError            (401 in botbuilder)
    garbage, bad padding, non-JSON payload    jwt.DecodeError
    alg=none, HS256                           Exception("Token signing algorithm not in ...")
    RS384/RS512                               jwt.InvalidAlgorithmError
    expired / not yet valid                   jwt.ExpiredSignatureError / ImmatureSignatureError
    wrong key                                 jwt.InvalidSignatureError
    unknown kid, no kid                       IndexError (botbuilder's key lookup)
    no iss claim                              KeyError('iss') (the emulator check)
    channel not endorsed by the key           Exception("Could not validate endorsement key")

So authentication is its own call here: `authenticate` runs botbuilder's
`BotFrameworkAuthentication.authenticate_request` and nothing else, and any exception from it
is an authentication failure (401). Only then is the turn run, by handing the result to
`process_activity`; an error there is a bot error and is never disguised as a 401.

The signing keys are fetched by botbuilder with a blocking `requests.get` without a timeout,
inside a coroutine: a slow key endpoint would stall every request in the process. `bound_key_fetch`
replaces that one method with a fetch in a worker thread, bounded in time, shared by concurrent
callers. Failing to fetch the keys is not the caller's fault: it is answered 503, not 401.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from typing import Any

import requests
from aiohttp import web
from botbuilder.schema import Activity
from botframework.connector.auth import AuthenticateRequestResult, BotFrameworkAuthentication
from botframework.connector.auth.jwt_token_extractor import _OpenIdMetadata

logger = logging.getLogger(__name__)

KEY_FETCH_TIMEOUT = 10.0  # seconds for metadata and key set together; Microsoft answers in ms
_HTTP_TIMEOUT = (3.05, 4.0)  # connect, read: each GET, so the worker thread also ends
_inflight: dict[str, asyncio.Task[list[dict[str, Any]]]] = {}


class SigningKeysUnavailable(RuntimeError):
    """The Bot Framework's signing keys could not be fetched: no token can be checked now."""


async def authenticate(
    auth: BotFrameworkAuthentication, activity: Activity, header: str
) -> AuthenticateRequestResult:
    """botbuilder's authentication of this activity; raises 401 (or 503) and runs no turn."""
    try:
        result: AuthenticateRequestResult = await auth.authenticate_request(activity, header)
    except SigningKeysUnavailable:
        logger.error("Request refused: the Bot Framework signing keys could not be fetched")
        raise web.HTTPServiceUnavailable(
            text='{"error": "Autentiseringen är inte tillgänglig just nu"}',
            content_type="application/json",
        ) from None
    except Exception as exc:
        # Only the exception's class: botbuilder's messages may quote claims from the token.
        logger.warning("Unauthenticated request refused (%s)", type(exc).__name__)
        raise web.HTTPUnauthorized(
            text='{"error": "Ogiltig eller saknad Bot Framework-token"}',
            content_type="application/json",
        ) from None
    return result


def bound_key_fetch() -> None:
    """Make botbuilder fetch its signing keys off the event loop and within KEY_FETCH_TIMEOUT."""
    _OpenIdMetadata._refresh = _refresh


async def _refresh(self: Any) -> None:
    """Replaces `_OpenIdMetadata._refresh` (same effect on `keys` and `last_updated`)."""
    loop = asyncio.get_running_loop()
    task = _inflight.get(self.url)
    if task is None or task.done() or task.get_loop() is not loop:
        task = loop.create_task(asyncio.to_thread(_fetch_keys, self.url))
        task.add_done_callback(_retrieved)  # every waiter may have timed out before it ends
        _inflight[self.url] = task
    try:
        # shield: one caller's timeout must not cancel the fetch the others wait for
        keys = await asyncio.wait_for(asyncio.shield(task), KEY_FETCH_TIMEOUT)
    except (TimeoutError, requests.RequestException, ValueError, KeyError, TypeError) as exc:
        raise SigningKeysUnavailable(f"{type(exc).__name__} from {self.url}") from exc
    self.keys = keys
    self.last_updated = datetime.now()


def _retrieved(task: asyncio.Task[list[dict[str, Any]]]) -> None:
    """Mark the fetch's outcome as seen, so asyncio does not log it as never retrieved."""
    if not task.cancelled():
        task.exception()


def _fetch_keys(metadata_url: str) -> list[dict[str, Any]]:
    """The OpenID metadata, then the key set it points to (blocking; run in a thread)."""
    metadata = requests.get(metadata_url, timeout=_HTTP_TIMEOUT)
    metadata.raise_for_status()
    jwks = requests.get(metadata.json()["jwks_uri"], timeout=_HTTP_TIMEOUT)
    jwks.raise_for_status()
    keys = jwks.json()["keys"]
    # botbuilder's lookup reads key["kid"] of every key: drop any that would break it.
    return [key for key in keys if isinstance(key, dict) and isinstance(key.get("kid"), str)]
