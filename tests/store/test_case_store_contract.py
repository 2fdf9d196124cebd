"""The CaseStore contract, run against every backend in conftest.CASE_BACKENDS."""

from __future__ import annotations

import asyncio

import pytest

from store.interfaces import CaseStore, ConflictError
from store.models import AuditEvent, Case, CaseStatus, Notice, NoticeKind
from store.transitions import advance, record
from tests.store.samples import COORDINATOR, OTHER, OWNER, at, make_case


class TestCaseStoreContract:
    async def test_create_then_get_round_trips_every_field(self, case_store: CaseStore) -> None:
        case = make_case()
        created = await case_store.create(case)
        assert created.version == 1
        assert created == case.model_copy(update={"version": 1})
        assert await case_store.get(case.id) == created

    async def test_get_of_unknown_id_is_none(self, case_store: CaseStore) -> None:
        assert await case_store.get("finns-inte") is None

    async def test_save_stores_changes_and_bumps_the_version(self, case_store: CaseStore) -> None:
        created = await case_store.create(make_case())
        changed = record(created, OWNER, "utkast:sparat", now=at(2))
        changed.responsibility_units.append("1003")
        saved = await case_store.save(changed)
        assert saved.version == 2
        assert saved == changed.model_copy(update={"version": 2})
        assert await case_store.get(created.id) == saved

    async def test_stale_save_raises_conflict(self, case_store: CaseStore) -> None:
        created = await case_store.create(make_case())
        await case_store.save(record(created, OWNER, "först"))
        with pytest.raises(ConflictError):
            await case_store.save(record(created, COORDINATOR, "sist"))
        stored = await case_store.get(created.id)
        assert stored is not None
        assert [event.action for event in stored.events][-1] == "först"

    async def test_save_of_unknown_case_raises_key_error(self, case_store: CaseStore) -> None:
        with pytest.raises(KeyError):
            await case_store.save(make_case())

    async def test_save_cannot_move_a_case_to_another_owner(self, case_store: CaseStore) -> None:
        created = await case_store.create(make_case())
        with pytest.raises(ValueError, match="owner"):
            await case_store.save(created.model_copy(update={"owner": OTHER}))

    async def test_duplicate_create_is_rejected(self, case_store: CaseStore) -> None:
        case = make_case()
        await case_store.create(case)
        with pytest.raises(ConflictError):
            await case_store.create(make_case(id=case.id, owner=OTHER))
        assert await case_store.list_by_owner(OTHER.aad_object_id) == []

    async def test_create_expects_a_new_case(self, case_store: CaseStore) -> None:
        with pytest.raises(ValueError, match="version"):
            await case_store.create(make_case(version=3))

    async def test_returned_cases_are_copies(self, case_store: CaseStore) -> None:
        created = await case_store.create(make_case())
        created.events.append(AuditEvent(actor=OWNER, action="ändrad utan att sparas"))
        created.responsibility_units.clear()
        stored = await case_store.get(created.id)
        assert stored is not None
        assert len(stored.events) == 1
        assert stored.responsibility_units == ["1001", "1002"]

    async def test_list_by_owner_is_newest_first_and_per_owner(self, case_store: CaseStore) -> None:
        mine = [make_case(created_at=at(day)) for day in (2, 5, 3)]
        theirs = make_case(owner=OTHER, created_at=at(4))
        for case in [*mine, theirs]:
            await case_store.create(case)
        listed = await case_store.list_by_owner(OWNER.aad_object_id)
        assert [case.created_at for case in listed] == [at(5), at(3), at(2)]
        assert [case.id for case in await case_store.list_by_owner(OTHER.aad_object_id)] == [
            theirs.id
        ]
        assert await case_store.list_by_owner("okänd") == []

    async def test_list_by_status_is_oldest_first(self, case_store: CaseStore) -> None:
        draft = await case_store.create(make_case(created_at=at(1)))
        late = await case_store.create(make_case(owner=OTHER, created_at=at(2)))
        early = await case_store.create(make_case(created_at=at(3)))
        await case_store.save(advance(late, CaseStatus.SUBMITTED, OTHER, now=at(9)))
        await case_store.save(advance(early, CaseStatus.SUBMITTED, OWNER, now=at(8)))
        submitted = await case_store.list_by_status([CaseStatus.SUBMITTED])
        assert [case.id for case in submitted] == [early.id, late.id]
        both = await case_store.list_by_status([CaseStatus.SUBMITTED, CaseStatus.DRAFT])
        assert [case.id for case in both] == [draft.id, early.id, late.id]
        assert await case_store.list_by_status([CaseStatus.DONE]) == []

    async def test_list_by_status_follows_saves(self, case_store: CaseStore) -> None:
        created = await case_store.create(make_case())
        submitted = await case_store.save(advance(created, CaseStatus.SUBMITTED, OWNER))
        await case_store.save(advance(submitted, CaseStatus.IN_PROGRESS, COORDINATOR))
        assert await case_store.list_by_status([CaseStatus.SUBMITTED]) == []
        in_progress = await case_store.list_by_status([CaseStatus.IN_PROGRESS])
        assert [case.version for case in in_progress] == [3]

    async def test_list_with_outbox_follows_saves(self, case_store: CaseStore) -> None:
        quiet = await case_store.create(make_case())
        notice = Notice(kind=NoticeKind.CHANNEL_CARD, status=CaseStatus.SUBMITTED)
        waiting = await case_store.create(make_case(outbox=[notice]))
        assert [case.id for case in await case_store.list_with_outbox()] == [waiting.id]
        await case_store.save(waiting.model_copy(update={"outbox": []}))
        await case_store.save(quiet.model_copy(update={"outbox": [notice]}))
        (pending,) = await case_store.list_with_outbox()
        assert (pending.id, pending.outbox[0].kind) == (quiet.id, NoticeKind.CHANNEL_CARD)

    async def test_next_reference_counts_per_year(self, case_store: CaseStore) -> None:
        assert await case_store.next_reference(2026) == "HB-2026-0001"
        assert await case_store.next_reference(2026) == "HB-2026-0002"
        assert await case_store.next_reference(2027) == "HB-2027-0001"

    async def test_next_reference_is_unique_without_gaps_under_concurrency(
        self, case_store: CaseStore
    ) -> None:
        references = await asyncio.gather(*(case_store.next_reference(2026) for _ in range(50)))
        assert sorted(references) == [f"HB-2026-{number:04d}" for number in range(1, 51)]

    async def test_concurrent_saves_of_one_version_let_exactly_one_win(
        self, case_store: CaseStore
    ) -> None:
        created = await case_store.create(make_case())
        attempts = [record(created, OWNER, f"försök {n}") for n in range(20)]
        results = await asyncio.gather(
            *(case_store.save(case) for case in attempts), return_exceptions=True
        )
        winners = [result for result in results if isinstance(result, Case)]
        assert len(winners) == 1
        assert all(isinstance(r, ConflictError) for r in results if not isinstance(r, Case))
        assert await case_store.get(created.id) == winners[0]

    async def test_concurrent_creates_of_one_id_let_exactly_one_win(
        self, case_store: CaseStore
    ) -> None:
        case = make_case()
        results = await asyncio.gather(
            *(case_store.create(case) for _ in range(10)), return_exceptions=True
        )
        assert sum(isinstance(result, Case) for result in results) == 1
        assert sum(isinstance(result, ConflictError) for result in results) == 9

    async def test_delete_removes_the_case_with_its_events_and_outbox(
        self, case_store: CaseStore
    ) -> None:
        notice = Notice(kind=NoticeKind.MANAGER_STATUS, status=CaseStatus.SUBMITTED)
        doomed = await case_store.create(make_case(created_at=at(2), outbox=[notice]))
        kept = await case_store.create(make_case(created_at=at(3)))
        assert await case_store.delete(doomed.id, doomed.version) is True
        assert await case_store.get(doomed.id) is None
        assert await case_store.list_by_owner(OWNER.aad_object_id) == [kept]
        assert await case_store.list_by_status([CaseStatus.DRAFT]) == [kept]
        assert await case_store.list_with_outbox() == []
        assert await case_store.get(kept.id) == kept

    async def test_delete_twice_or_of_an_unknown_id_is_false(self, case_store: CaseStore) -> None:
        created = await case_store.create(make_case())
        assert await case_store.delete(created.id, created.version) is True
        assert await case_store.delete(created.id, created.version) is False
        assert await case_store.delete("finns-inte", 1) is False

    async def test_delete_of_a_stale_version_raises_conflict_and_keeps_it(
        self, case_store: CaseStore
    ) -> None:
        created = await case_store.create(make_case())
        saved = await case_store.save(record(created, COORDINATOR, "granskad"))
        with pytest.raises(ConflictError):
            await case_store.delete(created.id, created.version)
        assert await case_store.get(created.id) == saved
        assert await case_store.list_by_owner(OWNER.aad_object_id) == [saved]

    async def test_a_deleted_case_can_no_longer_be_saved(self, case_store: CaseStore) -> None:
        created = await case_store.create(make_case())
        await case_store.delete(created.id, created.version)
        with pytest.raises(KeyError):
            await case_store.save(record(created, OWNER, "för sent"))
        assert await case_store.get(created.id) is None

    async def test_an_owner_can_start_again_after_her_last_case_is_deleted(
        self, case_store: CaseStore
    ) -> None:
        first = await case_store.create(make_case())
        await case_store.delete(first.id, first.version)
        assert await case_store.list_by_owner(OWNER.aad_object_id) == []
        second = await case_store.create(make_case())
        assert await case_store.list_by_owner(OWNER.aad_object_id) == [second]

    async def test_a_deleted_reference_is_never_handed_out_again(
        self, case_store: CaseStore
    ) -> None:
        reference = await case_store.next_reference(2026)
        created = await case_store.create(make_case(reference=reference))
        await case_store.delete(created.id, created.version)
        assert await case_store.next_reference(2026) == "HB-2026-0002"

    async def test_concurrent_deletes_let_exactly_one_remove(self, case_store: CaseStore) -> None:
        created = await case_store.create(make_case())
        results = await asyncio.gather(
            *(case_store.delete(created.id, created.version) for _ in range(10))
        )
        assert sorted(results) == [False] * 9 + [True]
        assert await case_store.get(created.id) is None

    async def test_a_delete_racing_a_save_lets_exactly_one_win(self, case_store: CaseStore) -> None:
        created = await case_store.create(make_case())
        delete, save = await asyncio.gather(
            case_store.delete(created.id, created.version),
            case_store.save(record(created, COORDINATOR, "samtidigt")),
            return_exceptions=True,
        )
        stored = await case_store.get(created.id)
        if delete is True:
            assert isinstance(save, KeyError)
            assert stored is None
        else:
            assert isinstance(delete, ConflictError)
            assert stored == save
