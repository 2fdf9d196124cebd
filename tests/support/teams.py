"""Teams-shaped activities, as the Teams service posts them to a bot's messaging endpoint."""

from __future__ import annotations

import itertools
from typing import Any

TENANT = "tenant-1"
_ids = itertools.count(1)


def personal_activity(
    service_url: str,
    *,
    text: str = "",
    value: dict[str, Any] | None = None,
    user_id: str = "aad-manager-1",
    user_name: str = "Maria Chef",
    kind: str = "message",
) -> dict[str, Any]:
    """A message (or other activity) in a user's 1:1 chat with the bot, on channel msteams."""
    activity: dict[str, Any] = {
        "type": kind,
        "id": f"act-{next(_ids)}",
        "timestamp": "2026-11-23T10:00:00.000Z",
        "serviceUrl": service_url,
        "channelId": "msteams",
        "from": {"id": f"29:{user_id}", "name": user_name, "aadObjectId": user_id},
        "conversation": {
            "id": f"a:{user_id}",
            "conversationType": "personal",
            "tenantId": TENANT,
        },
        "recipient": {"id": "28:bot-id", "name": "Heroma-assistenten"},
        "channelData": {"tenant": {"id": TENANT}},
        "locale": "sv-SE",
    }
    if kind == "message":
        activity["text"] = text
    if value is not None:
        activity["value"] = value
    return activity


TEAM_ID = "19:team-general@thread.tacv2"
CHANNEL_ID = "19:coordinators@thread.tacv2"


def channel_activity(
    service_url: str,
    *,
    text: str = "",
    kind: str = "message",
    name: str | None = None,
    value: dict[str, Any] | None = None,
    user_id: str = "aad-coord-1",
    user_name: str = "Sam Samordnare",
    tenant: str = TENANT,
) -> dict[str, Any]:
    """A message or invoke in the coordinator channel, in a thread, with Teams' channelData."""
    activity: dict[str, Any] = {
        "type": kind,
        "id": f"act-{next(_ids)}",
        "timestamp": "2026-11-23T10:00:00.000Z",
        "serviceUrl": service_url,
        "channelId": "msteams",
        "from": {"id": f"29:{user_id}", "name": user_name, "aadObjectId": user_id},
        "conversation": {
            "id": f"{CHANNEL_ID};messageid=1700000000000",
            "conversationType": "channel",
            "isGroup": True,
            "tenantId": tenant,
        },
        "recipient": {"id": "28:bot-id", "name": "Heroma-assistenten"},
        "channelData": {
            "team": {"id": TEAM_ID},
            "channel": {"id": CHANNEL_ID},
            "tenant": {"id": tenant},
        },
    }
    if kind == "message":
        activity["text"] = f"<at>Heroma-assistenten</at> {text}"
        activity["entities"] = [
            {
                "type": "mention",
                "text": "<at>Heroma-assistenten</at>",
                "mentioned": {"id": "28:bot-id", "name": "Heroma-assistenten"},
            }
        ]
    if name:
        activity["name"] = name
    if value is not None:
        activity["value"] = value
    return activity


def execute_activity(
    service_url: str, verb: str, data: dict[str, Any], **who: Any
) -> dict[str, Any]:
    """What Teams posts when someone presses an Action.Execute: an adaptiveCard/action invoke."""
    value = {"action": {"type": "Action.Execute", "verb": verb, "data": data}, "trigger": "manual"}
    return channel_activity(
        service_url, kind="invoke", name="adaptiveCard/action", value=value, **who
    )
