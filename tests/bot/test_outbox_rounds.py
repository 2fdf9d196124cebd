"""A submission never waits for the outbox; its channel card follows at once, and only once."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import Any

from botbuilder.schema import ChannelAccount, ConversationAccount, ConversationReference

from bot.messenger import Messenger
from bot.outbox import Outbox
from bot.references import ReferenceBook
from store.decisions import enqueue
from store.memory import MemoryCaseStore, MemoryKeyValueStore
from store.models import Case, CaseStatus, NoticeKind
from store.routine import Routine
from tests.store.samples import make_case


class SlowMessenger(Messenger):
    """Takes a while for every post, and remembers what it posted."""

    def __init__(self) -> None:
        self.posted: list[str] = []

    async def post(self, reference: ConversationReference, card: dict[str, Any]) -> str:
        await asyncio.sleep(0.05)
        self.posted.append(str(card)[:2000])
        return f"activity-{len(self.posted)}"


async def test_a_submission_never_waits_and_its_card_is_sent_once(routine: Routine) -> None:
    cases, state = MemoryCaseStore(), MemoryKeyValueStore()
    references = ReferenceBook(state)
    await references.set_channel(
        ConversationReference(
            conversation=ConversationAccount(id="19:coordinators@thread.tacv2", is_group=True),
            bot=ChannelAccount(id="28:bot"),
            channel_id="msteams",
            service_url="http://127.0.0.1:1/",
        )
    )
    messenger = SlowMessenger()
    outbox = Outbox(cases, references, messenger, routine)
    waiting = []
    for number in range(20):  # a long round: twenty cards queued from before
        waiting.append(await cases.create(submitted(f"HB-2026-{number + 1:04d}")))
    new = await cases.create(submitted("HB-2026-0099"))

    loop = asyncio.create_task(outbox.run())  # as in the app: rounds when woken
    try:
        await until(lambda: messenger.posted)  # the first round is busy with the twenty
        # The manager's receipt does not wait for that round, nor for the connector.
        assert await asyncio.wait_for(outbox.case_submitted(new), timeout=0.05)
        await until(lambda: len(messenger.posted) >= 21)  # all of them, the new one too
        await asyncio.sleep(0.2)  # a round or two more: nothing may be posted again
    finally:
        loop.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await loop
    assert sum("HB-2026-0099" in card for card in messenger.posted) == 1
    assert len(messenger.posted) == 21
    for case in [*waiting, new]:
        stored = await cases.get(case.id)
        assert stored is not None
        assert stored.outbox == []


def submitted(reference: str) -> Case:
    """A submitted case of the routine's own role and assignment, its channel card queued."""
    case = make_case(
        status=CaseStatus.SUBMITTED,
        reference=reference,
        role_id="chef",
        assignment_id="enhetschef",
        courses=[],
    )
    return enqueue(case, NoticeKind.CHANNEL_CARD)


async def until(check: Callable[[], object]) -> None:
    for _ in range(300):
        if check():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("did not happen in time")
