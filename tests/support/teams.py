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
