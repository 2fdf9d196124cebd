"""Hypothesis strategies for Teams-shaped activities, mostly well-formed, often not quite.

An activity starts as one the bot could really receive (a message in a personal chat or in the
coordinator channel, a card submit, an Action.Execute invoke, a conversation update) and is then
bent: fields dropped, replaced by junk of the wrong type, or given huge or odd strings. One in
ten is any JSON at all.

The strategy is built once, with placeholders for what is known only when the app runs (the
connector's URL, the stored cases' ids): `fill` puts the real values in. (Drawing interactively
with `st.data()` in the async test made Hypothesis report its own data generation as flaky while
shrinking, with the app's state in between.)
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from tests.support.teams import TENANT, channel_activity, execute_activity, personal_activity

leaves = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
)
json_values = st.recursive(
    leaves,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
huge = st.integers(min_value=3_000, max_value=60_000).flatmap(
    lambda n: st.sampled_from(
        ["a", "å", "\x00", "\ud800", "é\u0301", "<at>x</at>", "\U0001f600"]
    ).map(lambda s: s * (n // len(s)))
)
WORDS = (
    "", " ", "hej", "meny", "avbryt", "hjälp", "fortsätt", "mina ärenden", "frågor",
    "ny behörighet", "ändra behörighet", "avsluta behörighet", "chefskoppling",
    "registrera kanal", "öppna ärenden", "visa ärende HB-2026-0001", "visa ärende HB-9999-99999",
    "exportera", "exportera 2026-13-45", "exportera VO Medicin från 2026-01-01 till 2025-01-01",
    "Vilken roll får en enhetschef?", "\ud800", "\x00\x01", "<at>Heroma-assistenten</at>",
)  # fmt: skip


@st.composite
def _odd_text(draw: st.DrawFn) -> str:
    """Mostly words the bot knows or random text; one in ten is huge."""
    roll = draw(st.integers(min_value=0, max_value=9))
    if roll < 5:
        return draw(st.sampled_from(WORDS))
    return draw(st.text(max_size=300) if roll < 9 else huge)


odd_text = _odd_text()
INPUT_IDS = (
    "name", "user_id", "email", "units", "unit", "business_area", "assignment_id", "heroma_status",
    "heroma_completed_on", "confirm_responsible", "confirm_correct", "section", "question",
    "entry_id", "topic_id", "lang", "helpful", "comment", "reason", "roles", "valid_from",
    "from_date", "last_day", "previous_manager", "base_case_id", "aspects", "course_x",
    "course_hsa", "course_sekretess",
)  # fmt: skip
INVOKE_NAMES = (
    "adaptiveCard/action", "task/fetch", "task/submit", "composeExtension/query",
    "signin/verifyState", "fileConsent/invoke", "actionableMessage/executeAction", "",
)  # fmt: skip
TYPES = (
    "message", "invoke", "conversationUpdate", "installationUpdate", "messageReaction", "event",
    "typing", "endOfConversation", "messageUpdate", "messageDelete",
)  # fmt: skip


def card_values(case_ids: list[str], actions: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    """What a card submit carries: an action (real or not), a case id (real or not), inputs."""
    case_id = st.sampled_from(case_ids) | st.text(max_size=70) | json_values
    value = st.sampled_from(["", "true", "false", "2026-11-02", "2099-01-01", "annan12"])
    inputs = st.dictionaries(
        st.sampled_from(INPUT_IDS) | st.text(max_size=10),
        value | odd_text | json_values,
        max_size=6,
    )
    return st.builds(
        lambda action, case, rest: {**rest, "action": action, "case_id": case},
        st.sampled_from(actions) | st.text(max_size=20) | json_values,
        case_id,
        inputs,
    )


SERVICE_URL = "http://service-url.placeholder/"
CASE_IDS = ["case-id-placeholder-0", "case-id-placeholder-1"]


def fill(value: Any, real: dict[str, str]) -> Any:
    """`value` with every placeholder string replaced by its real value."""
    if isinstance(value, str):
        return real.get(value, value)
    if isinstance(value, list):
        return [fill(item, real) for item in value]
    if isinstance(value, dict):
        return {key: fill(item, real) for key, item in value.items()}
    return value


@st.composite
def activities(draw: st.DrawFn, actions: list[str], actors: tuple[str, ...]) -> Any:
    """A Teams-shaped activity from one of these or a random sender, bent at random; or junk."""
    if draw(st.integers(min_value=0, max_value=9)) == 0:
        return draw(json_values)
    value = card_values(CASE_IDS, actions)
    who = st.fixed_dictionaries(
        {
            "user_id": st.sampled_from([*actors, "aad-stranger-1"])
            | st.from_regex(r"[A-Za-z0-9.:_-]{1,40}", fullmatch=True)  # Teams-like: reaches a turn
            | st.text(max_size=40),
            "user_name": st.sampled_from(["Anna", ""]) | st.text(max_size=40),
        }
    )
    tenant = st.sampled_from([TENANT, TENANT, "another-tenant"])
    personal = st.builds(
        lambda text, v, w, kind: personal_activity(SERVICE_URL, text=text, value=v, kind=kind, **w),
        odd_text,
        st.none() | value,
        who,
        st.sampled_from(TYPES),
    )
    channel = st.builds(
        lambda text, v, w, t: channel_activity(SERVICE_URL, text=text, value=v, tenant=t, **w),
        odd_text,
        st.none() | value,
        who,
        tenant,
    )
    execute = st.builds(
        lambda verb, data, w, t: execute_activity(SERVICE_URL, verb, data, tenant=t, **w),
        st.sampled_from(actions) | st.text(max_size=20),
        value,
        who,
        tenant,
    )
    invoke = st.builds(
        lambda base, name, v: {**base, "name": name, "value": v},
        execute,
        st.sampled_from(INVOKE_NAMES) | st.text(max_size=30),
        json_values | value | st.fixed_dictionaries({"action": json_values}),
    )
    activity = draw(personal | channel | execute | invoke)
    if draw(st.integers(min_value=0, max_value=2)) == 0:  # one in three is bent
        _bend(activity, draw)
    return activity


def _bend(activity: dict[str, Any], draw: st.DrawFn) -> None:
    """Drop some fields, and replace some (or some nested ones) with junk."""
    keys = sorted(activity)
    for key in draw(st.lists(st.sampled_from(keys), max_size=3, unique=True)):
        activity.pop(key, None)
    activity.update(
        draw(st.dictionaries(st.sampled_from(keys), json_values | odd_text, max_size=2))
    )
    for key in ("from", "conversation", "channelData", "recipient"):
        part = activity.get(key)
        if isinstance(part, dict) and part and draw(st.booleans()):
            field = draw(st.sampled_from(sorted(part)))
            part[field] = draw(json_values | odd_text)
