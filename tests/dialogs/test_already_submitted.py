"""A case that went in while the dialog still waits at its review card (the turn that sent it was
cut off before the receipt), and "fortsätt" once nothing is left to continue."""

from __future__ import annotations

from store.decisions import Verb, decide, enqueue
from store.factory import Stores
from store.models import Case, CaseStatus, NoticeKind, Stage
from store.routine import Routine
from store.transitions import advance
from tests.dialogs.test_new_access import CONFIRMED, walk_to
from tests.dialogs.test_other_kinds import COORDINATOR, MANAGER_LINK
from tests.support.chat import Chat, RecordingListener, last_card, press, texts_of

MANAGER = "aad-manager-1"
SEND = "Skicka till bemanningssamordnaren"
NO_DRAFT = "Du har inget påbörjat utkast att fortsätta med."
TERMINATION = {
    "name": "Bo Ek",
    "user_id": "boek1",
    "email": "bo.ek@example.se",
    "roles": "heromarapportor",
    "last_day": "2026-12-31",
}


async def submitted_behind_the_dialogs_back(stores: Stores) -> Case:
    """What a turn killed after its save leaves: the case submitted as submit() saves it."""
    (case,) = await stores.cases.list_by_owner(MANAGER)
    reference = await stores.cases.next_reference(2026)
    ready = case.model_copy(update={"reference": reference, "confirmed_by_manager": True})
    submitted = enqueue(advance(ready, CaseStatus.SUBMITTED, case.owner), NoticeKind.CHANNEL_CARD)
    return await stores.cases.save(submitted)


def submissions(case: Case) -> int:
    return sum(1 for event in case.events if event.to_status is CaseStatus.SUBMITTED)


async def test_send_on_a_case_that_went_in_shows_the_receipt_again(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    review = await walk_to(chat, "Granska och skicka")
    submitted = await submitted_behind_the_dialogs_back(memory_stores)
    replies = await chat.submit(press(review, SEND, **CONFIRMED))
    receipt = last_card(replies)
    assert receipt["body"][0]["text"] == "Skickat: HB-2026-0001"
    assert "redan inskickat" in texts_of(replies)
    assert "Status just nu: Inskickad." in texts_of(replies)
    listener = chat.listener
    assert isinstance(listener, RecordingListener)
    assert [case.id for case in listener.cases] == [submitted.id]  # delivery attempted
    stored = await memory_stores.cases.get(submitted.id)
    assert stored is not None
    assert (stored.status, stored.reference, stored.version) == (
        CaseStatus.SUBMITTED,
        "HB-2026-0001",
        submitted.version,
    )
    assert submissions(stored) == 1
    # The form has ended: "fortsätt" finds no draft and says where the case stands.
    said = texts_of(await chat.say("fortsätt"))
    assert NO_DRAFT in said.splitlines()
    assert "Ditt senaste ärende HB-2026-0001 är inskickat. Se Mina ärenden." in said


async def test_edit_on_a_case_the_coordinator_took_changes_nothing(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    review = await walk_to(chat, "Granska och skicka")
    submitted = await submitted_behind_the_dialogs_back(memory_stores)
    taken = await memory_stores.cases.save(decide(submitted, Verb.TAKE, COORDINATOR, None))
    replies = await chat.submit(press(review, "Ändra person"))
    assert last_card(replies)["body"][0]["text"] == "Skickat: HB-2026-0001"
    assert "Status just nu: Under handläggning." in texts_of(replies)
    stored = await memory_stores.cases.get(taken.id)
    assert stored is not None
    assert (stored.status, stored.stage, stored.version) == (
        CaseStatus.IN_PROGRESS,
        Stage.SUBMITTED,
        taken.version,
    )


async def test_send_on_a_termination_that_went_in(memory_stores: Stores, routine: Routine) -> None:
    chat = Chat(memory_stores, routine)
    details = last_card(await chat.say("avsluta behörighet"))
    confirm = last_card(await chat.submit(press(details, "Nästa", **TERMINATION)))
    submitted = await submitted_behind_the_dialogs_back(memory_stores)
    replies = await chat.submit(press(confirm, SEND, **CONFIRMED))
    said = texts_of(replies)
    assert "redan inskickat" in said
    assert "tar bort behörigheten i Heroma" in said
    stored = await memory_stores.cases.get(submitted.id)
    assert stored is not None
    assert submissions(stored) == 1


async def test_resume_without_a_draft_and_without_cases(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    said = texts_of(await chat.say("fortsätt"))
    assert NO_DRAFT in said.splitlines()
    assert "senaste ärende" not in said


async def test_resume_names_the_latest_case_where_it_stands(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    review = await walk_to(chat, "Granska och skicka")
    await chat.submit(press(review, SEND, **CONFIRMED))
    (first,) = await memory_stores.cases.list_by_owner(MANAGER)
    for verb in (Verb.TAKE, Verb.FORWARD, Verb.DONE):
        first = await memory_stores.cases.save(decide(first, verb, COORDINATOR, None))
    details = last_card(await chat.say("chefskoppling"))
    confirm = last_card(await chat.submit(press(details, "Nästa", **MANAGER_LINK)))
    await chat.submit(press(confirm, SEND, **CONFIRMED))
    said = texts_of(await chat.say("fortsätt"))
    assert "Ditt senaste ärende HB-2026-0002 är inskickat." in said
    assert "HB-2026-0001" not in said
