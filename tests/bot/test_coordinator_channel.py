"""The coordinator channel end to end: the real app on loopback, a fake Bot Connector."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from store.models import CaseStatus
from store.routine import Routine
from tests.bot.conftest import Deployment, deployed
from tests.support.connector import FakeConnector, Recorded
from tests.support.flows import post, submit_new_access
from tests.support.teams import CHANNEL_ID, TEAM_ID, channel_activity, execute_activity


@pytest.fixture
async def bot(tmp_path: Path, routine: Routine) -> AsyncIterator[Deployment]:
    async with deployed(tmp_path, routine) as deployment:
        yield deployment


async def eventually(connector: FakeConnector, match: Callable[[Recorded], bool]) -> Recorded:
    """Wait (bounded) for the outbox to send something; the worker runs in the background."""
    for _ in range(200):
        found = [r for r in connector.requests if match(r)]
        if found:
            return found[-1]
        await asyncio.sleep(0.02)
    raise AssertionError(f"not sent; requests: {[(r.method, r.path) for r in connector.requests]}")


async def register(bot: Deployment, connector: FakeConnector) -> None:
    status, _ = await post(bot.url, channel_activity(connector.url, text="registrera kanal"))
    assert status in (200, 201)


def in_channel(record: Recorded) -> bool:
    return record.method == "POST" and record.path == f"/v3/conversations/{CHANNEL_ID}/activities"


def card_of(record: Recorded) -> dict[str, Any]:
    content: dict[str, Any] = record.body["attachments"][0]["content"]
    return content


def verbs(card: dict[str, Any]) -> list[str]:
    return [action["verb"] for action in card.get("actions", [])]


async def submitted_case(bot: Deployment, connector: FakeConnector) -> tuple[str, Recorded]:
    await register(bot, connector)
    receipt = await submit_new_access(bot.url, connector)
    assert "går nu till bemanningssamordnarens kanal" in str(receipt)
    posted = await eventually(connector, in_channel)
    (case,) = await bot.stores.cases.list_by_status([CaseStatus.SUBMITTED])
    for _ in range(200):  # the outbox records the delivery right after the connector's answer
        stored = await bot.stores.cases.get(case.id)
        if stored is not None and stored.channel_post is not None and not stored.outbox:
            break
        await asyncio.sleep(0.02)
    else:
        raise AssertionError("the channel card's delivery was not recorded")
    return case.id, posted


async def test_submission_posts_the_case_card_in_the_channel(
    bot: Deployment, connector: FakeConnector
) -> None:
    _, posted = await submitted_case(bot, connector)
    card = card_of(posted)
    text = str(card)
    for expected in ("HB-2026-0001", "Anna Andersson", "Chef", "123456 Medicinavdelning 12"):
        assert expected in text
    assert "2026-10-15" in text  # training confirmations with dates
    assert "Maria Chef" in text  # the submitting manager
    assert verbs(card) == ["coordinator.take", "coordinator.return"]


async def test_take_then_forward_updates_the_card_and_tells_the_manager(
    bot: Deployment, connector: FakeConnector
) -> None:
    case_id, posted = await submitted_case(bot, connector)
    connector.clear()
    status, body = await post(
        bot.url, execute_activity(connector.url, "coordinator.take", {"case_id": case_id})
    )
    assert status == 200
    card = body["value"]
    assert "Under handläggning" in str(card)
    assert "Sam Samordnare" in str(card)
    assert verbs(card) == ["coordinator.forward", "coordinator.done", "coordinator.return"]
    put = await eventually(connector, lambda r: r.method == "PUT")
    assert put.path.endswith(posted.body.get("id", "") or put.path.split("/")[-1])
    assert "Under handläggning" in str(card_of(put))
    to_manager = await eventually(connector, lambda r: "a:aad-manager-1" in r.path)
    assert "Under handläggning" in str(card_of(to_manager))
    status, body = await post(
        bot.url, execute_activity(connector.url, "coordinator.forward", {"case_id": case_id})
    )
    assert "Vidarebefordrad till Löneservice" in str(body["value"])
    case = await bot.stores.cases.get(case_id)
    assert case is not None
    assert case.status is CaseStatus.FORWARDED
    moves = [(e.from_status, e.to_status, e.actor.name) for e in case.events if e.to_status]
    assert moves[-2:] == [
        (CaseStatus.SUBMITTED, CaseStatus.IN_PROGRESS, "Sam Samordnare"),
        (CaseStatus.IN_PROGRESS, CaseStatus.FORWARDED, "Sam Samordnare"),
    ]


async def test_non_coordinator_is_refused(bot: Deployment, connector: FakeConnector) -> None:
    case_id, _ = await submitted_case(bot, connector)
    before = await bot.stores.cases.get(case_id)
    who = {"user_id": "aad-manager-1", "user_name": "Maria Chef"}
    _, body = await post(
        bot.url, execute_activity(connector.url, "coordinator.take", {"case_id": case_id}, **who)
    )
    assert "Bara bemanningssamordnare" in str(body["value"])
    after = await bot.stores.cases.get(case_id)
    assert after == before


async def test_a_coordinator_id_from_another_tenant_gets_no_turn(
    bot: Deployment, connector: FakeConnector
) -> None:
    case_id, _ = await submitted_case(bot, connector)
    before = await bot.stores.cases.get(case_id)
    connector.clear()
    who = {"user_id": "aad-coord-1", "tenant": "another-tenant"}
    status, _ = await post(
        bot.url, execute_activity(connector.url, "coordinator.take", {"case_id": case_id}, **who)
    )
    assert status == 403  # refused before the turn (bot.tenant), not by the coordinator policy
    assert await bot.stores.cases.get(case_id) == before
    await asyncio.sleep(0.1)  # give the outbox a round: nothing may have been sent
    assert connector.requests == []


async def test_card_data_is_not_trusted(bot: Deployment, connector: FakeConnector) -> None:
    case_id, _ = await submitted_case(bot, connector)
    forged = {"case_id": case_id, "status": "klar", "handler": "x"}
    _, body = await post(bot.url, execute_activity(connector.url, "coordinator.done", forged))
    assert "Redan hanterat" in str(body["value"]) or "Inget har ändrats" in str(body["value"])
    case = await bot.stores.cases.get(case_id)
    assert case is not None
    assert case.status is CaseStatus.SUBMITTED


async def test_two_coordinators_at_once_give_exactly_one_transition(
    bot: Deployment, connector: FakeConnector
) -> None:
    case_id, _ = await submitted_case(bot, connector)
    data = {"case_id": case_id}
    results = await asyncio.gather(
        post(bot.url, execute_activity(connector.url, "coordinator.take", data)),
        post(
            bot.url,
            execute_activity(
                connector.url,
                "coordinator.take",
                data,
                user_id="aad-coord-2",
                user_name="Kim Ersättare",
            ),
        ),
    )
    texts = [str(body["value"]) for _, body in results]
    assert sum("Redan hanterat av" in text for text in texts) == 1
    case = await bot.stores.cases.get(case_id)
    assert case is not None
    takes = [e for e in case.events if e.to_status is CaseStatus.IN_PROGRESS]
    assert len(takes) == 1


async def test_return_needs_a_comment_and_the_manager_can_resubmit(
    bot: Deployment, connector: FakeConnector
) -> None:
    case_id, _ = await submitted_case(bot, connector)
    _, body = await post(
        bot.url, execute_activity(connector.url, "coordinator.return", {"case_id": case_id})
    )
    assert "Skriv vad chefen behöver komplettera" in str(body["value"])
    connector.clear()
    comment = {"case_id": case_id, "comment": "Ansvar 123457 saknar namn."}
    _, body = await post(bot.url, execute_activity(connector.url, "coordinator.return", comment))
    assert verbs(body["value"]) == []  # nothing more for the coordinator to do
    to_manager = await eventually(connector, lambda r: "a:aad-manager-1" in r.path)
    status_card = card_of(to_manager)
    assert "Ansvar 123457 saknar namn." in str(status_card)
    resume = next(a for a in status_card["actions"] if a["title"] == "Komplettera ärendet")
    connector.clear()
    from tests.support.chat import press
    from tests.support.teams import personal_activity

    await post(bot.url, personal_activity(connector.url, value=resume["data"]))
    review = connector.cards()[-1]
    confirm = {"confirm_responsible": "true", "confirm_correct": "true"}
    value = press(review, "Skicka till bemanningssamordnaren", **confirm)
    await post(bot.url, personal_activity(connector.url, value=value))
    case = await bot.stores.cases.get(case_id)
    assert case is not None
    assert case.status is CaseStatus.SUBMITTED
    assert case.reference == "HB-2026-0001"
    statuses = [e.to_status for e in case.events if e.to_status]
    assert statuses == [CaseStatus.SUBMITTED, CaseStatus.RETURNED, CaseStatus.SUBMITTED]
    put = await eventually(connector, lambda r: r.method == "PUT")
    assert "Inskickad" in str(card_of(put))


async def test_submission_waits_in_the_queue_until_a_channel_is_registered(
    bot: Deployment, connector: FakeConnector
) -> None:
    receipt = await submit_new_access(bot.url, connector)
    assert "köat" in str(receipt)
    assert not [r for r in connector.requests if in_channel(r)]
    (case,) = await bot.stores.cases.list_by_status([CaseStatus.SUBMITTED])
    assert [n.kind.value for n in case.outbox] == ["kanalkort"]
    await register(bot, connector)
    posted = await eventually(connector, in_channel)
    assert "HB-2026-0001" in str(card_of(posted))
    for _ in range(100):
        case = await bot.stores.cases.get(case.id)  # type: ignore[assignment]
        if case is not None and not case.outbox:
            break
        await asyncio.sleep(0.02)
    assert case is not None
    assert case.outbox == []
    assert case.channel_post is not None


async def test_channel_commands(bot: Deployment, connector: FakeConnector) -> None:
    await submitted_case(bot, connector)
    connector.clear()
    await post(bot.url, channel_activity(connector.url, text="öppna ärenden"))
    assert "HB-2026-0001" in str(connector.cards()[-1])
    await post(bot.url, channel_activity(connector.url, text="visa ärende hb-2026-0001"))
    assert "Anna Andersson" in str(connector.cards()[-1])
    connector.clear()
    await post(bot.url, channel_activity(connector.url, text="exportera VO Medicin 2026-01-01"))
    (reply,) = connector.activities()
    assert "referens;typ;status" in reply["text"]
    assert "HB-2026-0001;Ny behörighet;Inskickad" in reply["text"]
    connector.clear()
    await post(bot.url, channel_activity(connector.url, text="exportera VO Kirurgi"))
    assert "Export av 0 ärenden" in connector.activities()[0]["text"]
    connector.clear()
    manager = {"user_id": "aad-manager-1", "user_name": "Maria Chef"}
    await post(bot.url, channel_activity(connector.url, text="öppna ärenden", **manager))
    assert "till för bemanningssamordnare" in connector.activities()[0]["text"]


async def test_failed_channel_delivery_is_retried_and_not_lost(
    bot: Deployment, connector: FakeConnector
) -> None:
    await register(bot, connector)
    connector.fail_next = 1  # the connector is down when the card is first sent
    connector.fail_status = 503
    connector.fail_prefix = f"/v3/conversations/{CHANNEL_ID}"
    receipt = await submit_new_access(bot.url, connector)
    assert "går nu till bemanningssamordnarens kanal" in str(receipt)  # on its way: retried
    (case,) = await bot.stores.cases.list_by_status([CaseStatus.SUBMITTED])
    for _ in range(200):  # the outbox's first try, right after the receipt
        (notice,) = (await bot.stores.cases.get(case.id)).outbox  # type: ignore[union-attr]
        if notice.attempts:
            break
        await asyncio.sleep(0.02)
    assert notice.attempts == 1
    assert notice.last_error
    case = await bot.stores.cases.get(case.id)  # type: ignore[assignment]
    # The retry is scheduled with backoff; move it forward instead of sleeping for it.
    due = notice.model_copy(update={"next_attempt_at": datetime.now(UTC)})
    await bot.stores.cases.save(case.model_copy(update={"outbox": [due]}))
    posted = await eventually(connector, in_channel)
    assert "HB-2026-0001" in str(card_of(posted))
    assert len([r for r in connector.requests if in_channel(r)]) == 1


async def test_bot_added_to_a_team_by_a_coordinator_registers_its_channel(
    bot: Deployment, connector: FakeConnector
) -> None:
    added = channel_activity(connector.url, kind="conversationUpdate")
    added["membersAdded"] = [{"id": "28:bot-id", "name": "Heroma-assistenten"}]
    added["channelData"]["eventType"] = "teamMemberAdded"
    del added["channelData"]["channel"]
    added["conversation"]["id"] = TEAM_ID  # Teams sends the install event in General
    status, _ = await post(bot.url, added)
    assert status in (200, 201)
    assert "tar nu emot ärenden" in str(connector.activities())
    await submit_new_access(bot.url, connector)
    posted = await eventually(
        connector,
        lambda r: (
            r.method == "POST"
            and r.path.startswith("/v3/conversations/19:team")
            and bool(r.body.get("attachments"))
        ),
    )
    assert "HB-2026-0001" in str(card_of(posted))


async def test_cards_that_waited_long_for_a_channel_go_out_when_it_is_registered(
    bot: Deployment, connector: FakeConnector
) -> None:
    await submit_new_access(bot.url, connector)
    (case,) = await bot.stores.cases.list_by_status([CaseStatus.SUBMITTED])
    for _ in range(200):  # the outbox's first try fails: no channel yet
        case = await bot.stores.cases.get(case.id)  # type: ignore[assignment]
        if case.outbox and case.outbox[0].attempts:
            break
        await asyncio.sleep(0.02)
    (notice,) = case.outbox
    # Many tries later the backoff is at its ten-minute ceiling.
    later = notice.model_copy(
        update={"attempts": 9, "next_attempt_at": datetime.now(UTC) + timedelta(minutes=10)}
    )
    await bot.stores.cases.save(case.model_copy(update={"outbox": [later]}))
    await register(bot, connector)
    posted = await eventually(connector, in_channel)  # now, not in ten minutes
    assert "HB-2026-0001" in str(card_of(posted))
