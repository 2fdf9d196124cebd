"""bot.wire writes and reads activities exactly as msrest does, only faster."""

from __future__ import annotations

import copy
import datetime
import json
from typing import Any

import pytest
from botbuilder.core import CardFactory, MessageFactory, TurnContext
from botbuilder.schema import (
    ActionTypes,
    Activity,
    CardAction,
    ChannelAccount,
    ConversationAccount,
    ConversationReference,
    Mention,
    SuggestedActions,
)
from botbuilder.schema.teams import TeamsChannelData, TenantInfo
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from msrest.serialization import Model

from bot.wire import dumps, from_wire, to_wire
from dialogs.sdk import card_activity
from tests.support.teams import channel_activity, personal_activity

CARD = {
    "type": "AdaptiveCard",
    "version": "1.5",
    "body": [{"type": "TextBlock", "text": "Behörighet för Åsa – steg 2 av 4", "wrap": True}],
    "actions": [{"type": "Action.Submit", "title": "Nästa", "data": {"action": "next", "n": 2}}],
}


def outgoing() -> list[Activity]:
    """Every shape of activity the bot sends: cards, text, mentions, replies, updates."""
    reply = card_activity(CARD)
    incoming = from_wire(Activity, personal_activity("http://127.0.0.1:1/", text="hej"))
    TurnContext.apply_conversation_reference(
        reply, TurnContext.get_conversation_reference(incoming)
    )
    text = MessageFactory.text("Klart! Ärende HB-2026-0001 är skickat.")
    text.timestamp = datetime.datetime(2026, 11, 30, 9, 30, 1, 250000, tzinfo=datetime.UTC)
    mention = MessageFactory.text("<at>Sam</at> har tagit ärendet")
    mention.entities = [
        Mention(
            mentioned=ChannelAccount(id="29:1", name="Sam"), text="<at>Sam</at>", type="mention"
        )
    ]
    mention.channel_data = TeamsChannelData(tenant=TenantInfo(id="tenant-1"))
    suggested = MessageFactory.text("Välj")
    suggested.suggested_actions = SuggestedActions(
        actions=[CardAction(type=ActionTypes.im_back, title="Meny", value="meny")]
    )
    update = MessageFactory.attachment(CardFactory.adaptive_card(CARD))
    update.id = "activity-7"
    update.conversation = ConversationAccount(id="19:c@thread.tacv2;messageid=1", is_group=True)
    return [reply, text, mention, suggested, update]


def test_outgoing_activities_are_written_as_msrest_writes_them() -> None:
    for activity in outgoing():
        expected = activity.serialize()
        assert to_wire(activity) == expected
        assert json.loads(dumps(activity)) == json.loads(json.dumps(expected))


def test_a_conversation_reference_is_written_as_msrest_writes_it() -> None:
    incoming = from_wire(Activity, channel_activity("http://127.0.0.1:1/", text="öppna ärenden"))
    reference = TurnContext.get_conversation_reference(incoming)
    assert isinstance(reference, ConversationReference)
    assert to_wire(reference) == reference.serialize()


def test_any_text_is_sent_as_valid_json() -> None:
    for said in ("Löneservice – åäö", "half a pair: \ud800"):  # a user can send a lone surrogate
        body = dumps(MessageFactory.text(said))
        assert json.loads(body)["text"] == said


def test_teams_activities_are_read_as_msrest_reads_them() -> None:
    bodies = [
        personal_activity("http://127.0.0.1:1/", text="hej"),
        personal_activity("http://127.0.0.1:1/", value={"action": "next", "role": "Chef"}),
        channel_activity("http://127.0.0.1:1/", text="<at>Heroma</at> visa ärende HB-2026-0001"),
        channel_activity(
            "http://127.0.0.1:1/",
            kind="invoke",
            name="adaptiveCard/action",
            value={"action": {"type": "Action.Execute", "verb": "take", "data": {"case": "x"}}},
        ),
    ]
    for body in bodies:
        assert same(from_wire(Activity, body), Activity.deserialize(body))


def test_odd_input_gets_msrest_conversions() -> None:
    body = personal_activity("http://127.0.0.1:1/", text="hej")
    body["text"] = 5  # msrest makes it "5"
    body["localTimestamp"] = "2026-11-30T10:00:00+01:00"
    assert same(from_wire(Activity, body), Activity.deserialize(body))
    assert from_wire(Activity, body).text == "5"


def test_a_sent_card_is_shared_not_copied_but_the_activity_is() -> None:
    activity = card_activity(CARD)
    duplicate = copy.deepcopy(activity)
    assert duplicate is not activity
    assert duplicate.attachments[0] is activity.attachments[0]
    assert activity.attachments[0].content == CARD
    assert activity.serialize()["attachments"][0]["content"] == CARD  # msrest sees a card too


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=4),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=4), children, max_size=3)
    ),
    max_leaves=8,
)
KEYS = [
    "type",
    "id",
    "text",
    "timestamp",
    "from",
    "conversation",
    "attachments",
    "entities",
    "value",
    "channelData",
    "recipient",
    "membersAdded",
    "replyToId",
    "tenantId",
    "name",
]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.dictionaries(st.sampled_from(KEYS), JSON, max_size=8))
def test_generated_bodies_are_read_as_msrest_reads_them(body: dict[str, Any]) -> None:
    try:
        expected = Activity.deserialize(body)
    except Exception as error:  # msrest refuses: so must we, with its error
        with pytest.raises(type(error)):
            from_wire(Activity, body)
        return
    assert same(from_wire(Activity, body), expected)


def same(ours: Any, theirs: Any) -> bool:
    """Equal models: same class and every attribute equal, recursively."""
    if isinstance(ours, Model) or isinstance(theirs, Model):
        return type(ours) is type(theirs) and same(vars(ours), vars(theirs))
    if isinstance(ours, dict) and isinstance(theirs, dict):
        return ours.keys() == theirs.keys() and all(same(ours[k], theirs[k]) for k in ours)
    if isinstance(ours, list) and isinstance(theirs, list):
        return len(ours) == len(theirs) and all(map(same, ours, theirs))
    return bool(type(ours) is type(theirs) and ours == theirs)
