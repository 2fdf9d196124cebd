"""With MicrosoftAppId set, only a valid Bot Framework token runs a turn; everything else is 401.

Offline: Teams' signing keys come from a key server on loopback (tests/support/auth.py) and the
bot's own outgoing token from a stub; botbuilder's validation runs unchanged.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import jwt
import pytest

from bot.app import create_app
from store.models import Case
from store.routine import Routine
from tests.bot.conftest import Secured
from tests.support.auth import (
    KID,
    OUTGOING_TOKEN,
    KeyServer,
    claims_for,
    hs256,
    post_with,
    production_settings,
    serve,
    signing_key,
    unsigned,
)
from tests.support.chat import actions_of
from tests.support.connector import FakeConnector
from tests.support.stores import RecordingCaseStore, RecordingKeyValueStore, RecordingStores
from tests.support.teams import execute_activity, personal_activity


async def test_a_valid_token_runs_the_turn_and_the_reply_carries_the_bots_own_token(
    secured: Secured, connector: FakeConnector, key_server: KeyServer
) -> None:
    token = key_server.token(connector.url)
    status = await post_with(
        secured.url, personal_activity(connector.url, text="hej"), f"Bearer {token}"
    )
    assert status == 201
    (card,) = connector.cards()
    assert "Ny behörighet" in actions_of(card)
    (reply,) = connector.requests
    assert reply.authorization == f"Bearer {OUTGOING_TOKEN}"  # never the incoming token


def _no_iss(url: str) -> str:
    claims = {k: v for k, v in claims_for(url).items() if k != "iss"}
    return jwt.encode(claims, signing_key(), algorithm="RS256", headers={"kid": KID})


# Each case: the Authorization header for a request whose serviceUrl is `url`.
BAD: dict[str, Callable[[KeyServer, str], str | None]] = {
    "no header": lambda ks, url: None,
    "empty header": lambda ks, url: "",
    "scheme only": lambda ks, url: "Bearer",
    "basic auth": lambda ks, url: "Basic dXNlcjpwYXNz",
    "garbage": lambda ks, url: "Bearer garbage",
    "three junk segments": lambda ks, url: "Bearer a.b.c",
    "alg none": lambda ks, url: f"Bearer {unsigned(claims_for(url))}",
    "HS256 with a shared secret": lambda ks, url: f"Bearer {hs256(claims_for(url), 'k' * 64)}",
    "RS512": lambda ks, url: (
        "Bearer "
        + jwt.encode(claims_for(url), signing_key(), algorithm="RS512", headers={"kid": KID})
    ),
    "expired": lambda ks, url: f"Bearer {ks.token(url, lifetime=-3600)}",
    "not yet valid": lambda ks, url: f"Bearer {ks.token(url, nbf=int(time.time()) + 3600)}",
    "wrong key": lambda ks, url: f"Bearer {ks.token(url, key='attacker')}",
    "unknown kid": lambda ks, url: f"Bearer {ks.token(url, kid='not-published')}",
    "no kid": lambda ks, url: (
        "Bearer " + jwt.encode(claims_for(url), signing_key(), algorithm="RS256")
    ),
    "wrong audience": lambda ks, url: f"Bearer {ks.token(url, audience='another-bot')}",
    "wrong issuer": lambda ks, url: f"Bearer {ks.token(url, issuer='https://evil.example')}",
    "no issuer": lambda ks, url: f"Bearer {_no_iss(url)}",
    "another serviceUrl": lambda ks, url: f"Bearer {ks.token('https://evil.example/')}",
    "token twice": lambda ks, url: f"Bearer {ks.token(url)} {ks.token(url)}",
}


@pytest.mark.parametrize("case", BAD)
async def test_a_bad_token_gets_401_and_runs_no_turn(
    secured: Secured, connector: FakeConnector, key_server: KeyServer, case: str
) -> None:
    header = BAD[case](key_server, connector.url)
    status = await post_with(secured.url, personal_activity(connector.url, text="hej"), header)
    assert status == 401
    assert connector.requests == []
    assert secured.stores.writes == []


async def test_a_key_that_does_not_endorse_msteams_gets_401(
    secured: Secured, connector: FakeConnector, key_server: KeyServer
) -> None:
    key_server.endorsements = ["webchat"]
    header = f"Bearer {key_server.token(connector.url)}"
    assert await post_with(secured.url, personal_activity(connector.url, text="hej"), header) == 401
    assert connector.requests == []


async def test_a_card_action_with_a_bad_token_changes_nothing(
    secured: Secured, connector: FakeConnector, key_server: KeyServer
) -> None:
    activity = execute_activity(connector.url, "coordinator.take", {"case_id": "any"})
    header = f"Bearer {key_server.token(connector.url, key='attacker')}"
    assert await post_with(secured.url, activity, header) == 401
    assert secured.stores.writes == []


class BrokenCases(RecordingCaseStore):
    async def list_by_owner(self, aad_object_id: str) -> list[Case]:
        raise OSError("disk unavailable")


async def test_a_bot_error_after_authentication_is_not_disguised_as_401(
    tmp_path: Path, routine: Routine, connector: FakeConnector, key_server: KeyServer
) -> None:
    """The turn fails (the store is gone): the apology is sent, and the answer is not 401."""
    stores = RecordingStores(cases=BrokenCases(), state=RecordingKeyValueStore())
    server, url = await serve(create_app(production_settings(tmp_path), routine, stores))
    try:
        header = f"Bearer {key_server.token(connector.url)}"
        status = await post_with(url, personal_activity(connector.url, text="mina ärenden"), header)
    finally:
        await server.close()
    assert status == 201
    (reply,) = connector.activities()
    assert "Förlåt, något gick fel" in reply["text"]
