"""Whole flows driven over HTTP against the real app, for end-to-end tests."""

from __future__ import annotations

from typing import Any

import aiohttp

from tests.dialogs.test_new_access import CONFIRMED, COURSES_DONE, HEROMA_DONE, PERSON, UNITS
from tests.support.chat import press
from tests.support.connector import FakeConnector
from tests.support.teams import personal_activity

NEW_ACCESS: list[tuple[str, dict[str, str]]] = [
    ("Ny behörighet", {}),
    ("Nästa", {"assignment_id": "enhetschef"}),
    ("Stämmer, fortsätt", {}),
    ("Nästa", PERSON),
    ("Nästa", UNITS),
    ("Nästa", COURSES_DONE),
    ("Nästa", HEROMA_DONE),
    ("Skicka till bemanningssamordnaren", CONFIRMED),
]


async def post(url: str, activity: dict[str, Any]) -> tuple[int, Any]:
    async with aiohttp.ClientSession() as session, session.post(url, json=activity) as response:
        body = await response.json() if response.content_type == "application/json" else None
        return response.status, body


async def submit_new_access(
    bot_url: str, connector: FakeConnector, *, user_id: str = "aad-manager-1"
) -> dict[str, Any]:
    """A manager fills every card and submits; returns the receipt card.

    The cards are the last ones sent to her own chat: the channel card may come in between.
    """
    await post(bot_url, personal_activity(connector.url, text="hej", user_id=user_id))
    for button, values in NEW_ACCESS:
        card = connector.last_card_for(f"a:{user_id}")
        value = press(card, button, **values)
        status, _ = await post(
            bot_url, personal_activity(connector.url, value=value, user_id=user_id)
        )
        assert status in (200, 201)
    return connector.last_card_for(f"a:{user_id}")
