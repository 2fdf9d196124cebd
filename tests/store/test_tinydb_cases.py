"""What only the TinyDB case store has: files, sharding, restarts and damaged files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from store.atomic_storage import CorruptFileError, read_tables
from store.interfaces import StoreError
from store.models import Actor, CaseStatus, Person
from store.tinydb_cases import TinyDbCaseStore, shard_name
from store.transitions import advance
from tests.store.samples import OTHER, OWNER, make_case


def case_files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "cases").iterdir())


def assert_all_json(data_dir: Path) -> None:
    for path in [*case_files(data_dir), data_dir / "counters.json"]:
        if path.exists():
            read_tables(path)


async def test_cases_survive_a_restart(tmp_path: Path) -> None:
    store = TinyDbCaseStore(tmp_path)
    created = await store.create(make_case(reference=await store.next_reference(2026)))
    saved = await store.save(advance(created, CaseStatus.SUBMITTED, OWNER))
    await store.close()

    reopened = TinyDbCaseStore(tmp_path)
    assert await reopened.get(created.id) == saved
    assert await reopened.list_by_owner(OWNER.aad_object_id) == [saved]
    assert await reopened.list_by_status([CaseStatus.SUBMITTED]) == [saved]
    assert await reopened.next_reference(2026) == "HB-2026-0002"
    with pytest.raises(StoreError):
        await store.get(created.id)


async def test_one_file_per_owner_named_by_a_hash(tmp_path: Path) -> None:
    store = TinyDbCaseStore(tmp_path)
    for owner in (OWNER, OWNER, OTHER):
        await store.create(make_case(owner=owner))
    expected = sorted(
        hashlib.sha256(owner.aad_object_id.encode()).hexdigest()[:20] + ".json"
        for owner in (OWNER, OTHER)
    )
    assert [path.name for path in case_files(tmp_path)] == expected


async def test_every_file_is_valid_json_after_each_write(tmp_path: Path) -> None:
    store = TinyDbCaseStore(tmp_path)
    for owner in (OWNER, OTHER, OWNER):
        case = await store.create(make_case(owner=owner))
        assert_all_json(tmp_path)
        await store.save(advance(case, CaseStatus.SUBMITTED, owner))
        assert_all_json(tmp_path)
        await store.next_reference(2026)
        assert_all_json(tmp_path)


async def test_works_with_fewer_open_files_than_owners(tmp_path: Path) -> None:
    store = TinyDbCaseStore(tmp_path, max_open=2)
    owners = [Actor(aad_object_id=f"chef-{n}") for n in range(5)]
    created = [await store.create(make_case(owner=owner)) for owner in owners]
    for case in created:
        await store.save(advance(case, CaseStatus.SUBMITTED, case.owner))
    assert len(await store.list_by_status([CaseStatus.SUBMITTED])) == 5
    for owner in owners:
        assert len(await store.list_by_owner(owner.aad_object_id)) == 1


async def test_stray_temp_files_are_removed_on_open(tmp_path: Path) -> None:
    store = TinyDbCaseStore(tmp_path)
    await store.create(make_case())
    await store.next_reference(2026)
    await store.close()
    shard = case_files(tmp_path)[0]
    strays = [
        shard.with_name(shard.name + ".tmp"),
        tmp_path / "cases" / "0123456789abcdef0123.json.tmp",
        tmp_path / "counters.json.tmp",
    ]
    for stray in strays:
        stray.write_text('{"cases": {"1": {', encoding="utf-8")

    reopened = TinyDbCaseStore(tmp_path)
    assert len(await reopened.list_by_owner(OWNER.aad_object_id)) == 1
    assert not any(stray.exists() for stray in strays)


async def test_a_damaged_case_file_is_an_error_naming_it(tmp_path: Path) -> None:
    store = TinyDbCaseStore(tmp_path)
    await store.create(make_case())
    await store.close()
    shard = case_files(tmp_path)[0]
    shard.write_text('{"cases": {"1": {"id": "abc", "sta', encoding="utf-8")

    reopened = TinyDbCaseStore(tmp_path)
    with pytest.raises(CorruptFileError, match=shard.name):
        await reopened.list_by_status([CaseStatus.DRAFT])
    with pytest.raises(CorruptFileError, match=shard.name):
        await reopened.create(make_case(owner=OTHER))


async def test_a_case_without_status_is_an_error_naming_its_file(tmp_path: Path) -> None:
    shard = tmp_path / "cases" / "feedfeedfeedfeedfeed.json"
    shard.parent.mkdir()
    shard.write_text('{"cases": {"1": {"id": "abc"}}}', encoding="utf-8")
    with pytest.raises(CorruptFileError, match=shard.name):
        await TinyDbCaseStore(tmp_path).get("abc")


def data_text(data_dir: Path) -> str:
    """Every file under `data_dir`, as one text to search."""
    files = sorted(path for path in data_dir.rglob("*") if path.is_file())
    return "\n".join(path.read_bytes().decode("latin-1") for path in files)


@pytest.mark.parametrize("doomed_first", [True, False])
async def test_a_deleted_case_leaves_nothing_of_it_in_the_files(
    tmp_path: Path, doomed_first: bool
) -> None:
    store = TinyDbCaseStore(tmp_path)
    person = Person(name="Tove Testsson", user_id="tt9999", email="tove.t@example.se")
    if not doomed_first:  # the removed case is then the end of the file's longer, older state
        kept = await store.create(make_case())
    doomed = await store.create(
        make_case(person=person, reference=await store.next_reference(2026))
    )
    if doomed_first:
        kept = await store.create(make_case())
    assert "tove.t@example.se" in data_text(tmp_path)
    await store.delete(doomed.id, doomed.version)
    await store.close()

    text = data_text(tmp_path)
    for trace in (doomed.id, "Tove Testsson", "tt9999", "tove.t@example.se"):
        assert trace not in text
    reopened = TinyDbCaseStore(tmp_path)
    assert await reopened.get(doomed.id) is None
    assert await reopened.list_by_owner(OWNER.aad_object_id) == [kept]


async def test_the_owner_file_goes_with_her_last_case(tmp_path: Path) -> None:
    store = TinyDbCaseStore(tmp_path)
    mine = [await store.create(make_case()) for _ in range(2)]
    theirs = await store.create(make_case(owner=OTHER))
    await store.delete(mine[0].id, mine[0].version)
    assert len(case_files(tmp_path)) == 2
    await store.delete(mine[1].id, mine[1].version)
    assert [path.name for path in case_files(tmp_path)] == [shard_name(OTHER.aad_object_id)]
    assert await store.list_by_owner(OWNER.aad_object_id) == []
    assert case_files(tmp_path) == [tmp_path / "cases" / shard_name(OTHER.aad_object_id)]
    again = await store.create(make_case())
    assert await store.list_by_owner(OWNER.aad_object_id) == [again]
    assert await store.get(theirs.id) == theirs
    await store.close()
