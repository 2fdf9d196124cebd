"""The retention purge as the scheduler runs it: real TinyDB files, an injected clock, the log."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import SCHEDULER, create_app
from bot.config import ConfigError, Settings, load_settings
from bot.scheduler import Scheduler
from store.factory import Stores, open_stores
from store.models import Case, CaseKind, CaseStatus
from store.purge_log import read_round
from store.reminders import turn_off
from store.routine import Routine
from tests.bot.test_scheduler import POLICY, Clock, FakeOutbox
from tests.store.test_purge_log import PERSON, PERSONAL, TODAY
from tests.store.test_retention import EXPIRED, NOW, OPEN, RECENT, closed, opened

LOGGER = "bot.scheduler"


def scheduler(stores: Stores, routine: Routine, clock: Clock, months: int = 24) -> Scheduler:
    return Scheduler(
        stores.cases,
        stores.state,
        FakeOutbox(),
        POLICY,
        routine,
        now=clock,
        retention_months=months,
    )


async def present(stores: Stores, cases: list[Case]) -> list[str]:
    return [case.id for case in cases if await stores.cases.get(case.id) is not None]


def purge_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.getMessage().startswith("Retention purge")]


async def test_the_scheduler_purges_expired_closed_cases_once_a_day(
    tmp_path: Path, routine: Routine, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    stores = open_stores(tmp_path)
    try:
        doomed = [
            await stores.cases.create(closed(EXPIRED, person=PERSON, reference="HB-2024-0003")),
            await stores.cases.create(closed(EXPIRED, CaseStatus.CANCELLED, person=PERSON)),
        ]
        kept = [await stores.cases.create(closed(RECENT, person=PERSON))]
        for status in OPEN:
            kept.append(await stores.cases.create(opened(status, NOW - timedelta(days=3650))))
        clock = Clock(NOW)
        ticker = scheduler(stores, routine, clock)
        await ticker.tick()
        assert await present(stores, doomed) == []
        assert await present(stores, kept) == [case.id for case in kept]
        (line,) = purge_lines(caplog)
        assert "2026-03-15: 2 closed case(s)" in line
        assert "HB-2024-0003" in line
        assert [trace for trace in PERSONAL if trace in caplog.text] == []
        purge = await read_round(stores.state, TODAY)
        assert purge is not None
        assert sorted(entry.id for entry in purge.purged) == sorted(case.id for case in doomed)

        late = await stores.cases.create(closed(EXPIRED))
        clock.now = NOW + timedelta(hours=12)
        await ticker.tick()
        assert await present(stores, [late]) == [late.id]  # today's round is done
        clock.now = NOW + timedelta(days=1)
        await ticker.tick()
        assert await present(stores, [late]) == []
        assert len(purge_lines(caplog)) == 2
    finally:
        await stores.close()


async def test_an_active_role_is_kept_while_it_is_still_reviewed(
    tmp_path: Path, routine: Routine
) -> None:
    stores = open_stores(tmp_path)
    try:
        role = await stores.cases.create(closed(EXPIRED, kind=CaseKind.NEW_ACCESS))
        silenced = await stores.cases.create(closed(EXPIRED, kind=CaseKind.CHANGE, id="tyst"))
        silenced = await stores.cases.save(turn_off(silenced))
        await scheduler(stores, routine, Clock(NOW)).tick()
        reviewed = await stores.cases.get(role.id)
        assert reviewed is not None
        assert reviewed.reminders.reviewed_at == NOW  # asked about now, so kept
        assert await stores.cases.get(silenced.id) is None  # no reviews: closed long ago
    finally:
        await stores.close()


async def test_no_second_round_after_a_restart(
    tmp_path: Path, routine: Routine, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    first = open_stores(tmp_path)
    doomed = await first.cases.create(closed(EXPIRED))
    await scheduler(first, routine, Clock(NOW)).tick()
    await first.close()

    again = open_stores(tmp_path)
    try:
        assert await again.cases.get(doomed.id) is None
        late = await again.cases.create(closed(EXPIRED))
        await scheduler(again, routine, Clock(NOW + timedelta(hours=1))).tick()
        assert await again.cases.get(late.id) is not None
        assert len(purge_lines(caplog)) == 1
        purge = await read_round(again.state, TODAY)
        assert purge is not None
        assert [entry.id for entry in purge.purged] == [doomed.id]
    finally:
        await again.close()


async def test_two_schedulers_racing_run_one_purge_round(
    tmp_path: Path, routine: Routine, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    for round_ in range(5):
        stores = open_stores(tmp_path / str(round_))
        try:
            doomed = [await stores.cases.create(closed(EXPIRED)) for _ in range(3)]
            clock = Clock(NOW)
            tickers = [scheduler(stores, routine, clock) for _ in range(2)]
            await asyncio.gather(*(ticker.tick() for ticker in tickers))
            assert await present(stores, doomed) == []
            purge = await read_round(stores.state, TODAY)
            assert purge is not None
            assert len(purge.purged) == 3
            assert len(purge_lines(caplog)) == round_ + 1
        finally:
            await stores.close()


def test_retention_months_is_24_by_default_and_read_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("RETENTION_MONTHS", raising=False)
    assert load_settings().retention_months == 24
    monkeypatch.setenv("RETENTION_MONTHS", "36")
    assert load_settings().retention_months == 36


@pytest.mark.parametrize("value", ["0", "-3", "två år"])
def test_a_retention_that_is_not_a_positive_number_stops_the_start(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("RETENTION_MONTHS", value)
    with pytest.raises(ConfigError, match="RETENTION_MONTHS"):
        load_settings()


async def test_the_app_runs_the_purge_with_the_configured_retention(
    tmp_path: Path, routine: Routine
) -> None:
    now = datetime.now(UTC)
    stores = open_stores(tmp_path)
    older = await stores.cases.create(closed(now - timedelta(days=70)))
    newer = await stores.cases.create(closed(now - timedelta(days=20)))
    app = create_app(Settings(DATA_DIR=tmp_path, RETENTION_MONTHS=2), routine, stores)
    try:
        await app[SCHEDULER].tick()
        assert await present(stores, [older, newer]) == [newer.id]
    finally:
        await stores.close()
