"""SIGKILL the bot at random moments while 8 managers submit; then check what survived.

The real app (`python -m bot`: local mode, TinyDB in a fresh DATA_DIR, a registered coordinator
channel) runs in a child process forked from a zygote that imported it once (zygote.py), so a
restart costs ~0.15 s instead of a second of imports. The fake Bot Connector runs here and
outlives every kill: a receipt that reached it is a receipt the manager saw. The managers are in
managers.py; each answer to their "fortsätt" must take up the draft the case file holds, at its
step, with what was entered (drafts.py). After every kill each data file must parse (the test
stops at the first that does not, leaving the folder as the kill left it); after the last kill
the bot is started once more, and then:
- each manager's drafts are taken up with "fortsätt" and submitted, until none is left;
- every case whose receipt reached the connector is stored, submitted, under its reference,
  with everything entered, and no reference belongs to two cases;
- after a clean stop, no temp file is left and every data file parses.

CRASH_KILLS (default 300) sets the number of kills; CRASH_SEED replays a kill schedule (turns
are timed by the machine, so a seed repeats the schedule, not the whole run).
"""

from __future__ import annotations

import asyncio
import os
import random
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from store.models import Case, CaseStatus
from tests.bot.test_process import free_port
from tests.reliability.bot_process import BotProcess
from tests.reliability.drafts import FORM, assert_resumed, form_of
from tests.reliability.managers import RESUME, Manager, Serving, answer, receipt_reference, receipts
from tests.reliability.store_files import snapshot
from tests.support.connector import FakeConnector
from tests.support.flows import NEW_ACCESS, post
from tests.support.teams import CHANNEL_ID, channel_activity

MANAGERS = 8
STARTUP_SHARE = 0.1  # this share of the kills lands while the bot starts up ...
STARTUP = 0.2  # ... within this many seconds of the fork;
UPTIME = 0.4  # the others within this many seconds of the bot answering /healthz.
SUBMITTED_OR_LATER = frozenset(CaseStatus) - {CaseStatus.DRAFT, CaseStatus.CANCELLED}


@dataclass
class Kills:
    done: int = 0
    mid_write: int = 0  # kills that left a temp file: they landed inside a store write


async def kill_repeatedly(
    bot: BotProcess, serving: Serving, managers: list[Manager], count: int, rng: random.Random
) -> Kills:
    """Start the bot and SIGKILL it `count` times while the managers keep going."""
    kills = Kills()
    async with asyncio.TaskGroup() as group:  # a manager that fails stops the test at once
        for manager in managers:
            group.create_task(manager.run())
        for number in range(1, count + 1):
            if rng.random() < STARTUP_SHARE:
                await bot.fork()
                await asyncio.sleep(rng.uniform(0, STARTUP))
            else:
                await bot.start()
                await serving.started()
                await asyncio.sleep(rng.uniform(0, UPTIME))
            await serving.down()
            await bot.kill()
            kills.done = number
            files = snapshot(bot.data_dir, cases=False)
            kills.mid_write += bool(files.temp_files)
            assert not files.unreadable, f"kill {number} left in {bot.data_dir}: {files.unreadable}"
        await serving.stop()
    return kills


async def register_channel(bot: BotProcess, connector: FakeConnector) -> None:
    """A coordinator registers her channel, as in production: submitted cases are posted there."""
    await bot.start()
    status, _ = await post(bot.url, channel_activity(connector.url, text="registrera kanal"))
    assert status in (200, 201)
    assert any("tar nu emot ärenden" in str(a.get("text")) for a in connector.activities())
    await bot.stop()


def channel_posts(connector: FakeConnector) -> Counter[str]:
    """How often each case's card was posted (not updated) in the coordinator channel."""
    posts: Counter[str] = Counter()
    channel = f"/v3/conversations/{CHANNEL_ID}/activities"
    for request in connector.requests:
        if request.method == "POST" and request.path == channel:
            for attachment in request.body.get("attachments") or []:
                posts[str(attachment["content"]["body"][0]["text"]).split(" ")[0]] += 1
    return posts


async def submit_every_draft(manager: Manager) -> dict[str, str]:
    """Write "fortsätt" until no draft is left, finishing each; each draft's reference by id."""
    submitted: dict[str, str] = {}
    async with manager.session() as session:
        while True:
            draft = manager.latest_draft()
            card = await manager.say(session, RESUME)
            assert_resumed(card, draft, manager.user)
            if draft is None:
                return submitted
            assert draft.id not in submitted, f"{manager.user}: {draft.id} still a draft"
            for _ in NEW_ACCESS:  # enough steps from any stage to the receipt
                assert card is not None, f"{manager.user}: no card while finishing {draft.id}"
                if (reference := receipt_reference(card)) is not None:
                    submitted[draft.id] = reference
                    break
                card = await manager.send(session, answer(card))
            assert draft.id in submitted, f"{manager.user}: draft {draft.id} not submitted"


async def test_receipted_submissions_and_drafts_survive_sigkill(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    count = int(os.environ.get("CRASH_KILLS", "300"))
    seed = int(os.environ.get("CRASH_SEED") or random.SystemRandom().randrange(2**32))
    with capsys.disabled():
        print(f"\ncrash test: {count} kills, CRASH_SEED={seed}", flush=True)
    began = time.perf_counter()
    connector = FakeConnector()
    await connector.start()
    bot = BotProcess(free_port(), tmp_path / "data", tmp_path / "bot.log")
    serving = Serving(bot.url)
    managers = [Manager(n, connector, serving, bot.data_dir) for n in range(1, MANAGERS + 1)]
    try:
        await bot.zygote.start()
        await register_channel(bot, connector)
        kills = await kill_repeatedly(bot, serving, managers, count, random.Random(seed))
        await bot.start()
        finished = await asyncio.gather(*(submit_every_draft(m) for m in managers))
        await bot.stop()
    finally:
        await bot.close()
        await connector.close()
    seconds = time.perf_counter() - began

    final = snapshot(bot.data_dir)
    by_reference: dict[str, list[Case]] = {}
    for case in final.cases:
        by_reference.setdefault(case.reference or "", []).append(case)
    sent = receipts(connector)
    lost = [
        f"{reference} ({user})"
        for user, reference in sent
        if not any(
            c.owner.aad_object_id == user and c.status in SUBMITTED_OR_LATER
            for c in by_reference.get(reference, [])
        )
    ]
    shared = [ref for ref, cases in by_reference.items() if ref and len(cases) > 1]
    submitted = [c for c in final.cases if c.status in SUBMITTED_OR_LATER]
    incomplete = [c.reference for c in submitted if form_of(c) != FORM]
    unreceipted = {c.reference for c in submitted} - {reference for _, reference in sent}
    references = {c.id: c.reference for c in submitted}
    unfinished = [
        id_ for drafts in finished for id_, ref in drafts.items() if references.get(id_) != ref
    ]
    posted_twice = [ref for ref, n in channel_posts(connector).items() if n > 1]
    summary = (
        f"crash test: {kills.done} kills ({kills.mid_write} mid-write), "
        f"{sum(m.turns for m in managers)} turns ({sum(m.cut_off for m in managers)} cut off), "
        f"{len(sent)} receipts, {len(final.cases)} cases ({len(unreceipted)} submitted without "
        f"a receipt, {len(posted_twice)} posted twice in the channel), "
        f"{sum(m.resumed for m in managers)} resumes checked, "
        f"{sum(map(len, finished))} drafts finished at the end, {seconds:.1f} s, "
        f"CRASH_SEED={seed}"
    )
    with capsys.disabled():
        print(summary, flush=True)
    assert kills.done == count, summary
    assert final.unreadable == [], summary
    assert final.temp_files == [], summary
    assert lost == [], f"receipted but not stored as submitted: {summary}"
    assert shared == [], f"references given to more than one case: {summary}"
    assert incomplete == [], f"submitted without everything entered: {summary}"
    assert unfinished == [], f"finished drafts not stored as submitted: {summary}"
    assert [c.id for c in final.cases if c.is_open_draft] == [], summary
