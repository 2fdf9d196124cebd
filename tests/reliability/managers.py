"""Simulated managers for the crash test, and which bot process serves them.

Each manager walks the new-access flow over HTTP, one turn at a time, again and again (like
benchmarks.harness.manager_flow), answering whatever card the bot sent last. A turn cut off by a
kill is not retried: its effects are unknown, so once the bot is back the manager writes
"fortsätt", and the answer must take up the draft that the case file holds (drafts.py). A
request that never got a connection (the bot was down) is simply sent again.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp

from store.models import Case
from tests.reliability.drafts import assert_resumed
from tests.reliability.store_files import latest_draft
from tests.support.chat import actions_of, input_ids, press
from tests.support.connector import FakeConnector
from tests.support.flows import NEW_ACCESS
from tests.support.teams import personal_activity

RESUME = "fortsätt"
RESUME_BUTTON = "Fortsätt med utkastet"
TO_MENU = "Till menyn"
_RECEIPT = re.compile(r"Skickat: (HB-\d{4}-\d{4,})")
CARD = "application/vnd.microsoft.card.adaptive"


class Serving:
    """Which bot process serves (a generation number, 0 before the first), shared by all."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.generation = 0
        self.up = False
        self.stopping = False
        self._changed = asyncio.Condition()

    async def started(self) -> None:
        await self._set(up=True, generation=self.generation + 1)

    async def down(self) -> None:
        await self._set(up=False)

    async def stop(self) -> None:
        await self._set(stopping=True)

    async def wait(self, generation: int) -> int | None:
        """Wait until generation `generation` or a later one serves; None once stopping."""
        async with self._changed:
            await self._changed.wait_for(
                lambda: self.stopping or (self.up and self.generation >= generation)
            )
        return None if self.stopping else self.generation

    async def _set(self, **changes: Any) -> None:
        async with self._changed:
            for name, value in changes.items():
                setattr(self, name, value)
            self._changed.notify_all()


def receipt_reference(card: dict[str, Any]) -> str | None:
    """The case reference if `card` is the receipt sent after a submission."""
    body = card.get("body") or [{}]
    found = _RECEIPT.fullmatch(str(body[0].get("text", "")))
    return found.group(1) if found else None


def receipts(connector: FakeConnector) -> list[tuple[str, str]]:
    """(user, reference) of every receipt that reached the connector, in the order sent."""
    found = []
    for request in connector.requests:
        conversation = request.path.split("/")[3] if request.path.count("/") > 3 else ""
        for attachment in request.body.get("attachments") or []:
            reference = receipt_reference(attachment.get("content") or {})
            if attachment.get("contentType") == CARD and reference is not None:
                found.append((conversation.removeprefix("a:"), reference))
    return found


def answer(card: dict[str, Any]) -> dict[str, Any]:
    """What a manager submits on `card`: the next step of the flow, a draft resumed, or the menu."""
    titles = actions_of(card)
    if RESUME_BUTTON in titles:
        return press(card, RESUME_BUTTON)
    if receipt_reference(card) is not None:
        return press(card, TO_MENU)
    inputs = set(input_ids(card))
    for button, values in NEW_ACCESS:
        if button in titles and set(values) <= inputs:
            return press(card, button, **values)
    texts = [b.get("text") for b in card.get("body", []) if b.get("type") == "TextBlock"]
    raise AssertionError(f"a card no manager can answer: {texts}, buttons {list(titles)}")


@dataclass
class Manager:
    number: int
    connector: FakeConnector
    serving: Serving
    data_dir: Path
    turns: int = 0
    cut_off: int = 0  # turns killed before their answer came back
    resumed: int = 0  # answers to "fortsätt" checked against the case file
    card: dict[str, Any] | None = None

    @property
    def user(self) -> str:
        return f"crash-manager-{self.number}"

    @property
    def conversation(self) -> str:
        return f"a:{self.user}"

    async def run(self) -> None:
        """Walk the flow until the bot stops for good."""
        resume = False
        needed = 1
        async with self.session() as session:
            while (generation := await self.serving.wait(needed)) is not None:
                # Only this manager's turns change its drafts, so the file holds still meanwhile.
                draft = self.latest_draft() if resume else None
                activity = self.activity(text=RESUME) if resume else self._next()
                try:
                    card = await self.turn(session, activity)
                except aiohttp.ClientConnectorError:  # refused: it never reached a bot
                    needed = generation + 1
                    continue
                except (aiohttp.ClientError, TimeoutError):  # cut off: effects unknown
                    self.cut_off += 1
                    needed, resume = generation + 1, True
                    continue
                if resume:
                    assert_resumed(card, draft, self.user)
                    self.resumed += 1
                # A turn answered without a card (an apology, an error status): "fortsätt" next.
                resume = card is None
                self.card = card or self.card

    def latest_draft(self) -> Case | None:
        return latest_draft(self.data_dir, self.user)

    async def say(self, session: aiohttp.ClientSession, text: str) -> dict[str, Any] | None:
        return await self.turn(session, self.activity(text=text))

    async def send(
        self, session: aiohttp.ClientSession, value: dict[str, Any]
    ) -> dict[str, Any] | None:
        return await self.turn(session, self.activity(value=value))

    async def turn(
        self, session: aiohttp.ClientSession, activity: dict[str, Any]
    ) -> dict[str, Any] | None:
        """Send one activity; the last card the bot sent back in this turn, if any."""
        mark = len(self.connector.requests)
        async with session.post(self.serving.url, json=activity) as response:
            await response.read()
        self.turns += 1
        if response.status not in (200, 201):
            return None
        return self.last_card(mark)

    def last_card(self, since: int) -> dict[str, Any] | None:
        prefix = f"/v3/conversations/{self.conversation}/activities"
        cards = [
            attachment["content"]
            for request in self.connector.requests[since:]
            if request.path.startswith(prefix)
            for attachment in request.body.get("attachments") or []
            if attachment.get("contentType") == CARD
        ]
        return cards[-1] if cards else None

    def _next(self) -> dict[str, Any]:
        if self.card is None:
            return self.activity(text="hej")
        return self.activity(value=answer(self.card))

    def activity(self, *, text: str = "", value: dict[str, Any] | None = None) -> dict[str, Any]:
        return personal_activity(self.connector.url, text=text, value=value, user_id=self.user)

    def session(self) -> aiohttp.ClientSession:
        # A new connection per request: a refused connection then proves the request was not
        # sent, where a kept-alive one to a killed bot would fail in ways that prove nothing.
        connector = aiohttp.TCPConnector(force_close=True)
        return aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=60))
