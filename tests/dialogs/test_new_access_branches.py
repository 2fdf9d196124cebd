"""Each branch of the new-access flow: bad input, stale cards, cancel, help, edit, the gates."""

from __future__ import annotations

from pathlib import Path

from store.factory import Stores, open_stores
from store.models import CaseStatus, Stage
from store.routine import Routine
from tests.dialogs.test_new_access import CONFIRMED, COURSES_DONE, PERSON, texts_of_card, walk_to
from tests.support.chat import Chat, actions_of, input_ids, last_card, press, texts_of


async def test_invalid_user_id_and_email_get_inline_errors_and_keep_input(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    card = await walk_to(chat, "Person")
    bad = {"name": "Anna Andersson", "user_id": "12 ab!", "email": "anna-at-example"}
    again = last_card(await chat.submit(press(card, "Nästa", **bad)))
    said = texts_of_card(again)
    assert "Användar-id ska vara 3–8 bokstäver" in said
    assert "giltig e-postadress" in said
    assert "Anna Andersson" in str(again)  # what she typed is kept
    (case,) = await memory_stores.cases.list_by_owner("aad-manager-1")
    assert case.person is None
    assert case.stage is Stage.PERSON


async def test_missing_and_overlong_fields_are_refused(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    card = await walk_to(chat, "Person")
    again = last_card(await chat.submit(press(card, "Nästa", name="A" * 5000, email="")))
    said = texts_of_card(again)
    assert "Högst 120 tecken." in said
    assert "Fyll i fältet." in said


async def test_stale_card_from_an_earlier_step_shows_the_current_card(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    first = last_card(await chat.submit({"action": "menu.new_access"}))
    person = await walk_to_person_from(chat, first)
    # The manager scrolls up and presses "Nästa" on the assignment card again.
    replies = await chat.submit(press(first, "Nästa", assignment_id="stabschef"))
    card = last_card(replies)
    assert "tidigare steg" in texts_of_card(card)
    assert input_ids(card) == input_ids(person)
    (case,) = await memory_stores.cases.list_by_owner("aad-manager-1")
    assert case.assignment_id == "vardenhetschef"


async def walk_to_person_from(chat: Chat, assignment: dict[str, object]) -> dict[str, object]:
    role = last_card(await chat.submit(press(assignment, "Nästa", assignment_id="vardenhetschef")))
    return last_card(await chat.submit(press(role, "Stämmer, fortsätt")))


async def test_card_of_another_case_is_stale(memory_stores: Stores, routine: Routine) -> None:
    chat = Chat(memory_stores, routine)
    card = await walk_to(chat, "Person")
    forged = press(card, "Nästa", **PERSON) | {"case_id": "another-case"}
    replies = await chat.submit(forged)
    assert "tidigare steg eller ett annat ärende" in texts_of(replies)
    (case,) = await memory_stores.cases.list_by_owner("aad-manager-1")
    assert case.person is None


async def test_unknown_action_and_non_dict_value_do_not_crash(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    card = await walk_to(chat, "Person")
    for value in ({"action": "hack.me", "case_id": "x"}, {"no_action": 1}):
        replies = await chat.submit(value)
        assert input_ids(last_card(replies)) == input_ids(card)


async def test_message_with_neither_text_nor_value(memory_stores: Stores, routine: Routine) -> None:
    chat = Chat(memory_stores, routine)
    replies = await chat.say("")
    assert "Vad vill du göra" in texts_of(replies) or "förstod" in texts_of(replies)
    card = await walk_to(chat, "Person")
    replies = await chat.say("")
    assert "Jag väntar på att du fyller i kortet" in texts_of(replies)
    assert input_ids(last_card(replies)) == input_ids(card)


async def test_cancel_leaves_the_flow_and_keeps_the_draft(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    card = await walk_to(chat, "Ansvar och verksamhetsområde")
    replies = await chat.submit(press(card, "Avbryt"))
    assert "avbrutet" in texts_of(replies)
    # A form submit now is a stale card of an open draft: the bot resumes it, nothing is lost.
    replies = await chat.say("avbryt")
    assert "inget formulär att avbryta" in texts_of(replies)
    resumed = last_card(await chat.say("fortsätt"))
    assert "Ansvar och verksamhetsområde" in texts_of_card(resumed)


async def test_help_explains_the_current_step_and_repeats_the_card(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    card = await walk_to(chat, "Heromautbildningen")
    replies = await chat.say("hjälp")
    assert "söka på Heroma i Lärportalen" in texts_of(replies)
    assert input_ids(last_card(replies)) == input_ids(card)
    replies = await chat.submit(press(card, "Hjälp"))
    assert "söka på Heroma i Lärportalen" in texts_of(replies)


async def test_heroma_course_not_done_pauses_and_explains_self_enrolment(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    card = await walk_to(chat, "Heromautbildningen")
    replies = await chat.submit(press(card, "Nästa", heroma_status="inte_anmald"))
    said = texts_of(replies)
    assert "anmäla sig själv" in said
    assert "Fortsätt" in actions_of(last_card(replies))
    # Saying it is done without a date is refused inline.
    card = last_card(await chat.say("fortsätt"))
    again = last_card(await chat.submit(press(card, "Nästa", heroma_status="genomford")))
    assert "Ange datumet då utbildningen genomfördes." in texts_of_card(again)


async def test_future_course_date_is_refused(memory_stores: Stores, routine: Routine) -> None:
    chat = Chat(memory_stores, routine)
    card = await walk_to(chat, "Förberedande utbildningar")
    future = COURSES_DONE | {"course_heroma_for_chefer": "2027-01-01"}
    again = last_card(await chat.submit(press(card, "Nästa", **future)))
    assert "framtiden" in texts_of_card(again)


async def test_review_requires_both_confirmations(memory_stores: Stores, routine: Routine) -> None:
    chat = Chat(memory_stores, routine)
    review = await walk_to(chat, "Granska och skicka")
    half = {"confirm_responsible": "true", "confirm_correct": "false"}
    again = last_card(await chat.submit(press(review, "Skicka till bemanningssamordnaren", **half)))
    assert "Bekräfta att du har kontrollerat uppgifterna." in texts_of_card(again)
    (case,) = await memory_stores.cases.list_by_owner("aad-manager-1")
    assert case.status is CaseStatus.DRAFT


async def test_form_cannot_be_submitted_before_training_is_confirmed(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    review = await walk_to(chat, "Granska och skicka")
    # Meanwhile the course date is found to be wrong and removed from the draft.
    (case,) = await memory_stores.cases.list_by_owner("aad-manager-1")
    courses = [c.model_copy(update={"completed_on": None}) for c in case.courses]
    await memory_stores.cases.save(case.model_copy(update={"courses": courses}))
    replies = await chat.submit(press(review, "Skicka till bemanningssamordnaren", **CONFIRMED))
    assert "kan inte skickas förrän utbildningen är klar" in texts_of(replies)
    (case,) = await memory_stores.cases.list_by_owner("aad-manager-1")
    assert case.status is CaseStatus.DRAFT
    assert case.reference is None


async def test_edit_from_review_goes_back_with_values_kept(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    review = await walk_to(chat, "Granska och skicka")
    person = last_card(await chat.submit(press(review, "Ändra person")))
    assert "annan12" in str(person)
    changed = PERSON | {"name": "Anna Berg"}
    units = last_card(await chat.submit(press(person, "Nästa", **changed)))
    assert "123457 Mottagning" in str(units)


async def test_change_of_assignment_from_the_role_card(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    role = await walk_to(chat, "Person")  # walk_to returns the person card; go back one
    (case,) = await memory_stores.cases.list_by_owner("aad-manager-1")
    await memory_stores.cases.save(case.model_copy(update={"stage": Stage.ROLE}))
    role = last_card(await chat.say("fortsätt"))
    assignment = last_card(await chat.submit(press(role, "Byt uppdrag")))
    chosen = press(assignment, "Nästa", assignment_id="stodfunktion")
    role = last_card(await chat.submit(chosen))
    assert "Heromarapportör" in str(role)


async def test_resume_after_restart_with_new_store_objects(
    tmp_path: Path, routine: Routine
) -> None:
    stores = open_stores(tmp_path)
    chat = Chat(stores, routine)
    card = await walk_to(chat, "Ansvar och verksamhetsområde")
    await stores.close()
    # The bot restarts: new store objects on the same files, a new bot, the same conversation.
    reopened = open_stores(tmp_path)
    chat = Chat(reopened, routine)
    replies = await chat.submit(press(card, "Nästa", units="111 Akuten", business_area="VO Akut"))
    card = last_card(replies)
    assert "Förberedande utbildningar" in texts_of_card(card)
    (case,) = await reopened.cases.list_by_owner("aad-manager-1")
    assert case.responsibility_units == ["111 Akuten"]
    assert case.person is not None
    assert case.person.user_id == "annan12"
    await reopened.close()


async def test_install_greets_with_the_menu(memory_stores: Stores, routine: Routine) -> None:
    chat = Chat(memory_stores, routine)
    replies = await chat.install()
    menu = last_card(replies)
    assert "Heroma-assistenten" in texts_of_card(menu)
    titles = set(actions_of(menu))
    assert {"Ny behörighet", "Mina ärenden", "Frågor om rutinen"} <= titles


async def test_double_submit_says_already_submitted(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    review = await walk_to(chat, "Granska och skicka")
    value = press(review, "Skicka till bemanningssamordnaren", **CONFIRMED)
    await chat.submit(value)
    replies = await chat.submit(value)
    assert "redan inskickat" in texts_of(replies)
    assert len(await memory_stores.cases.list_by_status([CaseStatus.SUBMITTED])) == 1
