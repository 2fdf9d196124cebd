"""The bot's calls to the Bot Connector, over one pooled aiohttp session.

botbuilder 4.17.1 sends each reply with a blocking `requests` call in a worker thread, on a new
connection, through an msrest pipeline built for that one call; and for every incoming activity
it builds a new connector client (credentials, msrest configuration, a `requests` session) and a
new user-token client. On this 2-core machine that was most of a turn's CPU.

Here:
- `ReusedClients` wraps botbuilder's own `BotFrameworkAuthentication` and hands out connector
  and user-token clients built once per app id, service URL and audience, so credentials (and
  MSAL's token cache inside them) live across turns. Authentication itself is untouched.
- `ConnectorSender` makes the two calls the bot needs, "send to / reply in a conversation" and
  "update an activity", with aiohttp on keep-alive connections. Which URL, which credentials and
  which audience come from botbuilder's connector client of the turn, exactly as before; the
  bearer token comes from those credentials (MSAL, in a worker thread, cached by MSAL).
Failures raise `ConnectorCallError` with the HTTP status (None for timeouts and connection
errors) and the connector's Retry-After, for the caller to decide on a retry.
"""

from __future__ import annotations

import asyncio
import json
import logging
import urllib.request
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar
from urllib.parse import quote

import aiohttp
from botbuilder.schema import Activity, ResourceResponse
from botframework.connector.auth import (
    AuthenticateRequestResult,
    AuthenticationConstants,
    BotFrameworkAuthentication,
    ClaimsIdentity,
    ConnectorFactory,
    UserTokenClient,
)
from botframework.connector.auth._built_in_bot_framework_authentication import (
    _BuiltinBotFrameworkAuthentication,
)
from yarl import URL

from bot.wire import dumps

logger = logging.getLogger(__name__)

TIMEOUT = aiohttp.ClientTimeout(total=20, connect=5)  # CONNECTOR_TIMEOUT_SECONDS sets `total`
MAX_RETRY_AFTER = 30.0
TOKEN_TIMEOUT = 15.0  # seconds for the bot's own token from Entra ID
USER_AGENT = "Heroma-assistenten (aiohttp; Bot Framework v3 REST)"
_CACHE_SIZE = 64  # distinct (app id, service URL, audience); Teams uses a handful per region
_JSON = "application/json; charset=utf-8"

T = TypeVar("T")


# The connector said it did not take the message (throttled, unavailable, request timeout).
NOT_TAKEN = frozenset({408, 429, 503})


class ConnectorCallError(Exception):
    """A call that failed: the HTTP status (None: no answer), Retry-After, and whether the
    message can have arrived anyway (a read timeout, a dropped connection, a 500/502/504:
    sending it again may show it twice)."""

    def __init__(
        self, status: int | None, retry_after: float, detail: str, *, maybe_taken: bool
    ) -> None:
        super().__init__(f"{status or 'no answer'}: {detail}"[:300])
        self.status = status
        self.retry_after = retry_after
        self.maybe_taken = maybe_taken


class _LRU(OrderedDict[tuple[str, ...], Any]):
    async def get_or_create(self, key: tuple[str, ...], create: Callable[[], Awaitable[T]]) -> T:
        if key in self:
            self.move_to_end(key)
            found: T = self[key]
            return found
        value = await create()
        self[key] = value
        while len(self) > _CACHE_SIZE:
            self.popitem(last=False)
        return value


class _ReusingFactory(ConnectorFactory):  # type: ignore[misc]
    def __init__(self, inner: ConnectorFactory, cache: _LRU, app_id: str) -> None:
        self._inner = inner
        self._cache = cache
        self._app_id = app_id

    async def create(self, service_url: str, audience: str | None = None) -> Any:
        key = (self._app_id, service_url, audience or "")
        return await self._cache.get_or_create(
            key, lambda: self._inner.create(service_url, audience)
        )


class ReusedClients(BotFrameworkAuthentication):  # type: ignore[misc]
    """botbuilder's authentication, with its outbound clients built once and reused."""

    def __init__(self, inner: BotFrameworkAuthentication) -> None:
        self._inner = inner
        self._connectors = _LRU()
        self._token_clients = _LRU()

    def _reusing(self, factory: ConnectorFactory, identity: ClaimsIdentity) -> ConnectorFactory:
        app_id = _BuiltinBotFrameworkAuthentication.get_app_id(identity) or ""
        return _ReusingFactory(factory, self._connectors, app_id)

    async def authenticate_request(
        self, activity: Activity, auth_header: str
    ) -> AuthenticateRequestResult:
        result: AuthenticateRequestResult = await self._inner.authenticate_request(
            activity, auth_header
        )
        if result.connector_factory is not None:
            result.connector_factory = self._reusing(
                result.connector_factory, result.claims_identity
            )
        return result

    async def authenticate_streaming_request(
        self, auth_header: str, channel_id_header: str
    ) -> AuthenticateRequestResult:
        result: AuthenticateRequestResult = await self._inner.authenticate_streaming_request(
            auth_header, channel_id_header
        )
        return result

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        factory = self._inner.create_connector_factory(claims_identity)
        return self._reusing(factory, claims_identity)

    async def create_user_token_client(self, claims_identity: ClaimsIdentity) -> UserTokenClient:
        app_id = _BuiltinBotFrameworkAuthentication.get_app_id(claims_identity) or ""
        client: UserTokenClient = await self._token_clients.get_or_create(
            (app_id,), lambda: self._inner.create_user_token_client(claims_identity)
        )
        return client

    def create_bot_framework_client(self) -> Any:
        return self._inner.create_bot_framework_client()

    def get_originating_audience(self) -> str:
        audience: str = self._inner.get_originating_audience()
        return audience

    async def authenticate_channel_request(self, auth_header: str) -> ClaimsIdentity:
        identity: ClaimsIdentity = await self._inner.authenticate_channel_request(auth_header)
        return identity


class ConnectorSender:
    """Sends and updates activities with aiohttp; one session for the life of the app."""

    def __init__(self, timeout: aiohttp.ClientTimeout = TIMEOUT) -> None:
        self._timeout = timeout
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[str, str] = {}

    async def send(self, client: Any, activity: Activity) -> ResourceResponse:
        """Post `activity` to its conversation, as a reply when it has `reply_to_id`."""
        conversation = _segment(activity.conversation.id)
        path = f"v3/conversations/{conversation}/activities"
        headers: dict[str, str] = {}
        if activity.reply_to_id:
            path += f"/{_segment(activity.reply_to_id)}"
            headers["x-ms-conversation-id"] = activity.conversation.id
        answer = await self._call("POST", client, path, activity, headers)
        return ResourceResponse(id=str(answer.get("id") or activity.id or ""))

    async def update(self, client: Any, activity: Activity) -> ResourceResponse | None:
        """Replace activity `activity.id` in its conversation."""
        conversation = _segment(activity.conversation.id)
        path = f"v3/conversations/{conversation}/activities/{_segment(activity.id)}"
        answer = await self._call("PUT", client, path, activity, {})
        return ResourceResponse(id=str(answer["id"])) if answer.get("id") else None

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _call(
        self, method: str, client: Any, path: str, activity: Activity, extra: dict[str, str]
    ) -> dict[str, Any]:
        # Sent as built: yarl would otherwise turn the escaped ":" "@" ";" of Teams ids back.
        url = URL(f"{str(client.config.base_url).rstrip('/')}/{path}", encoded=True)
        headers = {"Content-Type": _JSON, "Accept": "application/json", **extra}
        authorization = await _authorization(client.config.credentials)
        if authorization:
            headers["Authorization"] = authorization
        body = dumps(activity)
        session = self._open()
        try:
            async with session.request(
                method, url, data=body, headers=headers, proxy=_proxy_for(url, self._proxies)
            ) as response:
                text = (await response.read()).decode("utf-8", errors="replace")
                if response.status not in (200, 201, 202):
                    wait = _retry_after(response.headers.get("Retry-After"))
                    taken = response.status not in NOT_TAKEN
                    raise ConnectorCallError(response.status, wait, text[:200], maybe_taken=taken)
        except aiohttp.ClientConnectorError as error:  # no connection: nothing was sent
            raise ConnectorCallError(None, 0.0, type(error).__name__, maybe_taken=False) from error
        except (TimeoutError, aiohttp.ClientError) as error:
            raise ConnectorCallError(None, 0.0, type(error).__name__, maybe_taken=True) from error
        return _json_object(text)

    def _open(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            # No trust_env: it would also send ~/.netrc credentials to the connector. The proxy
            # from the environment (HTTPS_PROXY, NO_PROXY) is applied per call, as `requests` did.
            self._session = aiohttp.ClientSession(
                timeout=self._timeout, headers={"User-Agent": USER_AGENT}
            )
            self._proxies = urllib.request.getproxies()  # read once per session, not per call
        return self._session


def _proxy_for(url: URL, proxies: dict[str, str] | None = None) -> str | None:
    """The proxy for `url` from `proxies` (default: the environment's), unless NO_PROXY exempts
    its host."""
    proxies = urllib.request.getproxies() if proxies is None else proxies
    proxy = proxies.get(url.scheme or "https")
    # proxy_bypass_environment is in urllib.request on every platform; typeshed leaves it out.
    bypass = urllib.request.proxy_bypass_environment  # type: ignore[attr-defined]
    if not proxy or bypass(url.host or "", proxies):
        return None
    return proxy


async def _authorization(credentials: Any) -> str | None:
    """ "Bearer …" from botbuilder's credentials; none when the bot has no app id (local mode)."""
    app_id = getattr(credentials, "microsoft_app_id", None)
    if not app_id or app_id == AuthenticationConstants.ANONYMOUS_SKILL_APP_ID:
        return None
    # MSAL answers from its cache; on a miss or near expiry it calls Entra ID (blocking, so in
    # a thread, and bounded: the thread may go on, the call does not wait for it).
    try:
        token = await asyncio.wait_for(
            asyncio.to_thread(credentials.get_access_token), TOKEN_TIMEOUT
        )
    except Exception as error:  # no token, nothing sent: safe to try again
        detail = f"token: {type(error).__name__}"
        raise ConnectorCallError(None, 0.0, detail, maybe_taken=False) from error
    return f"Bearer {token}"


def _segment(value: str | None) -> str:
    """One URL path segment, encoded as msrest does (nothing left unescaped)."""
    return quote(str(value or ""), safe="")


def _retry_after(value: str | None) -> float:
    try:
        return min(max(float(value or 0), 0.0), MAX_RETRY_AFTER)
    except ValueError:
        return 0.0


def _json_object(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
