"""Who may reach the bot at all: a sender, and (when one is configured) our tenant only.

botbuilder authenticates that a request comes from the Bot Framework, not whose user sent it:
a bot registered as multi-tenant, or installed by mistake elsewhere, would serve other
organisations' users. Teams states the tenant twice (channelData.tenant.id and
conversation.tenantId); every statement present must name our tenant, and at least one must be.
"""

from __future__ import annotations

from typing import Any

from botbuilder.schema import Activity


def refusal(activity: Activity, tenant: str) -> str | None:
    """Why this activity gets no turn (a reason for the log, without personal data), or None."""
    sender = activity.from_property
    sender_id = getattr(sender, "id", None)
    if not isinstance(sender_id, str) or not sender_id.strip():
        return "no sender id"
    if not tenant:
        return None  # local mode without a tenant: anyone (that is what local mode means)
    stated = tenants_of(activity)
    if not stated:
        return "no tenant stated"
    if any(found != tenant for found in stated):
        return "another tenant"
    return None


def tenants_of(activity: Activity) -> list[object]:
    """Every tenant id the activity states (None, or a non-string, counts as a wrong one)."""
    stated: list[object] = []
    channel_data: Any = activity.channel_data
    if isinstance(channel_data, dict) and "tenant" in channel_data:
        tenant = channel_data["tenant"]
        stated.append(tenant.get("id") if isinstance(tenant, dict) else None)
    conversation = activity.conversation
    # botbuilder maps `tenant_id` to "tenantID"; Teams' "tenantId" stays an additional property.
    extra = getattr(conversation, "additional_properties", None) or {}
    for found in (getattr(conversation, "tenant_id", None), extra.get("tenantId")):
        if found is not None:
            stated.append(found)
    return stated
