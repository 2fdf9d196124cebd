"""The daily retention purge: one round per day across instances, written down without names.

Each local day has one round, a document in the key-value store under `retention/purge/<day>`.
As with the routine warning (bot/document_warning.py), it is created once as "pending"
(store/claims.create_once: of racing instances only one creates it) and taken by the one
instance whose conditional write moves it to "running". The running document lists the cases
the round is about to remove before any is removed, so if that instance stops half-way, the
one that takes the round over once the lease has run out removes the rest and records them
all. A finished round is "done" and is never taken or deleted again: these documents are the
purge log. They hold case ids, references, kinds, statuses and times, and no personal data.
A day with nothing to remove writes nothing: the check is reads only.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from pydantic import BaseModel

from store.claims import create_once, replace_if, takeable
from store.interfaces import CaseStore, KeyValueStore, StateItem
from store.reminders import local_date
from store.retention import (
    DEFAULT_MONTHS,
    PurgedCase,
    expired_cases,
    merged,
    months_before,
    purge_case,
)

PREFIX = "retention/purge/"
PENDING, RUNNING, DONE = "pending", "running", "done"
# Far longer than a round takes: removing thousands of cases is a matter of seconds.
LEASE = timedelta(hours=1)


class PurgeRound(BaseModel):
    """One day's purge as the log keeps it: when, from which cutoff, which cases went."""

    day: date
    at: datetime
    cutoff: datetime
    retention_months: int
    purged: list[PurgedCase]


def round_key(day: date) -> str:
    """The key of the round of `day` (a local date in Sweden)."""
    return f"{PREFIX}{day.isoformat()}"


async def read_round(state: KeyValueStore, day: date) -> PurgeRound | None:
    """The finished round of `day`, or None if there is none (yet)."""
    item = (await state.read([round_key(day)])).get(round_key(day))
    if item is None or item.get("state") != DONE:
        return None
    return PurgeRound.model_validate(item)


def _takeable(item: StateItem, now: datetime) -> bool:
    return takeable(item, now, pending=PENDING, busy=RUNNING)


class RetentionPurge:
    """Removes the expired closed cases once a day, whichever instance gets there first."""

    def __init__(
        self, cases: CaseStore, state: KeyValueStore, months: int = DEFAULT_MONTHS
    ) -> None:
        if months < 1:
            raise ValueError(f"retention must be at least one month, not {months}")
        self._cases = cases
        self._state = state
        self._months = months
        self._done_on: date | None = None  # saves the reads once today's round is known done

    async def tick(self, now: datetime) -> PurgeRound | None:
        """Run today's round unless an instance has; the round if this call recorded it."""
        day = local_date(now)
        if self._done_on == day:
            return None
        key = round_key(day)
        item = (await self._state.read([key])).get(key)
        if item is not None and not _takeable(item, now):
            if item.get("state") == DONE:
                self._done_on = day
            return None
        cutoff = months_before(now, self._months)
        earlier = [PurgedCase.model_validate(e) for e in (item or {}).get("planned", [])]
        planned = merged(earlier, await expired_cases(self._cases, cutoff))
        if not planned:
            self._done_on = day  # nothing to remove today: nothing to claim, nothing to log
            return None
        e_tag = await self._claim(key, item, now, planned)
        if e_tag is None:
            return None  # another instance took the round first
        purged = [entry for entry in planned if await purge_case(self._cases, entry.id, cutoff)]
        result = PurgeRound(
            day=day, at=now, cutoff=cutoff, retention_months=self._months, purged=purged
        )
        done = {"state": DONE, **result.model_dump(mode="json")}
        if await replace_if(self._state, key, e_tag, done) is None:
            return None  # our lease ran out: the instance that took over records the round
        self._done_on = day
        return result

    async def _claim(
        self, key: str, item: StateItem | None, now: datetime, planned: list[PurgedCase]
    ) -> str | None:
        """Take the round with its plan written ahead; the new e-tag, or None if another did."""
        if item is None:
            await create_once(self._state, key, {"state": PENDING})
            item = (await self._state.read([key])).get(key)
            if item is None or not _takeable(item, now):
                return None
        running = {
            "state": RUNNING,
            "until": (now + LEASE).isoformat(),
            "planned": [entry.model_dump(mode="json") for entry in planned],
        }
        return await replace_if(self._state, key, item["e_tag"], running)
