"""A scripted 1:1 Teams chat with the real bot through botbuilder's own TestAdapter."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from typing import Any

from botbuilder.core import ConversationState
from botbuilder.core.adapters import TestAdapter
from botbuilder.schema import Activity, ActivityTypes, ChannelAccount, ConversationAccount

from bot.state_storage import KeyValueBotStorage
from bot.teams_bot import HeromaBot
from dialogs.main import MainDialog
from dialogs.services import Faq, Services, SubmissionListener
from knowledge import FaqContent, FaqIndex, load_faq
from store.factory import Stores
from store.feedback import FeedbackLog
from store.models import Case
from store.routine import Routine

TODAY = date(2026, 11, 23)
TENANT = "tenant-1"


@functools.cache
def _faq_content() -> tuple[FaqContent, FaqIndex]:
    content = load_faq()
    return content, FaqIndex(content)


def faq(stores: Stores) -> Faq:
    """The shipped FAQ, built once per test session, with feedback in the test's store."""
    content, index = _faq_content()
    return Faq(content, index, FeedbackLog(stores.state))


class RecordingListener:
    """A fake coordinator channel that records what it was told."""

    def __init__(self, delivered: bool = True) -> None:
        self.cases: list[Case] = []
        self.delivered = delivered

    async def case_submitted(self, case: Case) -> bool:
        self.cases.append(case)
        return self.delivered


class Chat:
    """One manager's personal chat; each call sends one activity and returns the bot's replies."""

    def __init__(
        self,
        stores: Stores,
        routine: Routine,
        *,
        user_id: str = "aad-manager-1",
        user_name: str = "Maria Chef",
        listener: SubmissionListener | None = None,
        today: Callable[[], date] | None = None,
    ) -> None:
        self.stores = stores
        self.listener = listener or RecordingListener()
        services = Services(
            cases=stores.cases,
            routine=routine,
            submissions=self.listener,
            today=today or (lambda: TODAY),
            faq=faq(stores),
        )
        state = ConversationState(KeyValueBotStorage(stores.state))
        self.bot = HeromaBot(state, MainDialog(services))
        template = Activity(
            channel_id="msteams",
            service_url="https://smba.example.test/",
            from_property=ChannelAccount(id=f"29:{user_id}", name=user_name, aad_object_id=user_id),
            recipient=ChannelAccount(id="28:bot", name="Heroma-assistenten"),
            conversation=ConversationAccount(
                id=f"a:{user_id}", conversation_type="personal", tenant_id=TENANT
            ),
            channel_data={"tenant": {"id": TENANT}},
        )
        self.adapter = TestAdapter(self.bot.on_turn, template)

    async def send(self, activity: Activity) -> list[Activity]:
        self.adapter.activity_buffer.clear()
        await self.adapter.receive_activity(activity)
        replies = list(self.adapter.activity_buffer)
        self.adapter.activity_buffer.clear()
        return replies

    async def say(self, text: str) -> list[Activity]:
        return await self.send(Activity(type=ActivityTypes.message, text=text))

    async def submit(self, value: dict[str, Any]) -> list[Activity]:
        """What Teams sends for an Action.Submit: a message with no text and the inputs in value."""
        return await self.send(Activity(type=ActivityTypes.message, text="", value=value))

    async def install(self) -> list[Activity]:
        return await self.send(
            Activity(
                type=ActivityTypes.conversation_update,
                members_added=[ChannelAccount(id="28:bot", name="Heroma-assistenten")],
            )
        )


def cards_of(replies: list[Activity]) -> list[dict[str, Any]]:
    return [
        attachment.content
        for reply in replies
        for attachment in (reply.attachments or [])
        if attachment.content_type == "application/vnd.microsoft.card.adaptive"
    ]


def last_card(replies: list[Activity]) -> dict[str, Any]:
    cards = cards_of(replies)
    assert cards, f"expected a card, got {[r.text for r in replies]}"
    return cards[-1]


def texts_of(replies: list[Activity]) -> str:
    """All visible text of the replies (message text and every TextBlock), for assertions."""
    parts = [reply.text or "" for reply in replies]
    for card in cards_of(replies):
        parts.extend(_card_texts(card))
    return "\n".join(parts)


def _card_texts(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["text"]] if node.get("type") == "TextBlock" else []
        for key in ("title", "label"):
            if isinstance(node.get(key), str):
                found.append(node[key])
        for value in node.values():
            found.extend(_card_texts(value))
        return found
    if isinstance(node, list):
        return [text for item in node for text in _card_texts(item)]
    return []


def actions_of(card: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The card's buttons by title → their data."""
    return {a["title"]: a.get("data", {}) for a in _all_actions(card)}


def _all_actions(node: Any) -> list[dict[str, Any]]:
    """Buttons (`actions` lists) and clickable elements (`selectAction`), in card order."""
    if isinstance(node, dict):
        found = node.get("actions")
        own: list[dict[str, Any]] = found if isinstance(found, list) else []
        select = [node["selectAction"]] if isinstance(node.get("selectAction"), dict) else []
        nested = [
            a
            for key, v in node.items()
            if v is not own and key != "selectAction"
            for a in _all_actions(v)
        ]
        return [*select, *own, *nested]
    if isinstance(node, list):
        return [a for item in node for a in _all_actions(item)]
    return []


def press(card: dict[str, Any], title: str, **inputs: Any) -> dict[str, Any]:
    """The value Teams would submit when the user fills `inputs` and presses button `title`.

    As in Teams, every input's current value (prefilled or typed) is sent along, except by
    buttons with associatedInputs "none".
    """
    found = {a["title"]: a for a in _all_actions(card)}
    assert title in found, f"no button {title!r}; buttons: {list(found)}"
    action = found[title]
    if action.get("associatedInputs") == "none":
        return dict(action.get("data", {}))
    current = {i["id"]: i["value"] for i in _inputs(card) if i.get("value") not in (None, "")}
    return {**current, **inputs, **action.get("data", {})}


def _inputs(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        own = [node] if str(node.get("type", "")).startswith("Input.") and "id" in node else []
        return own + [i for value in node.values() for i in _inputs(value)]
    if isinstance(node, list):
        return [i for item in node for i in _inputs(item)]
    return []


def input_ids(card: dict[str, Any]) -> list[str]:
    return [element["id"] for element in _inputs(card)]
