"""Cancelling a form says the draft is saved only when there is one."""

from __future__ import annotations

from store.factory import Stores
from store.routine import Routine
from tests.dialogs.test_new_access import walk_to
from tests.dialogs.test_other_kinds import granted_case
from tests.support.chat import Chat, last_card, press, texts_of

MANAGER = "aad-manager-1"
NOTHING_SAVED = "Formuläret är avbrutet. Inget hade fyllts i än, så inget utkast sparades."


async def test_cancel_on_the_first_card_saves_nothing_and_says_so(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    await chat.say("ny behörighet")
    said = texts_of(await chat.say("avbryt"))
    assert said == NOTHING_SAVED
    assert await memory_stores.cases.list_by_owner(MANAGER) == []


async def test_cancel_on_the_termination_base_card(memory_stores: Stores, routine: Routine) -> None:
    chat = Chat(memory_stores, routine)
    granted = await granted_case(chat, memory_stores)
    base = last_card(await chat.say("avsluta behörighet"))
    assert "Vilken behörighet ska avslutas?" in texts_of([]) + str(base)
    said = texts_of(await chat.say("avbryt"))
    assert said == NOTHING_SAVED
    assert [case.id for case in await memory_stores.cases.list_by_owner(MANAGER)] == [granted]


async def test_cancel_button_on_the_first_manager_link_card(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    card = last_card(await chat.say("chefskoppling"))
    said = texts_of(await chat.submit(press(card, "Avbryt")))
    assert said == NOTHING_SAVED


async def test_cancel_with_a_draft_says_it_is_saved(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    await walk_to(chat, "Person")  # the assignment is stored: a draft exists
    said = texts_of(await chat.say("avbryt"))
    assert "Utkastet är sparat" in said
    resumed = last_card(await chat.say("fortsätt"))
    assert "Person" in str(resumed)


async def test_cancel_inside_the_access_steps_of_a_change(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    change = last_card(await chat.say("ändra behörighet"))
    details = {"aspects": "roll", "reason": "Nytt uppdrag", "valid_from": "2026-12-01"}
    assignment = last_card(await chat.submit(press(change, "Nästa", **details)))
    assert "Uppdrag" in str(assignment)
    said = texts_of(await chat.say("avbryt"))
    assert "Utkastet är sparat" in said
