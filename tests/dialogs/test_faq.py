"""Questions about the routine: from the menu, as free text, inside a form, and feedback."""

from __future__ import annotations

from datetime import date

from store.factory import Stores
from store.feedback import FeedbackLog
from store.routine import Routine
from tests.dialogs.test_new_access import texts_of_card, walk_to
from tests.support.chat import Chat, actions_of, cards_of, input_ids, last_card, press, texts_of


async def test_menu_leads_to_topics_and_an_answer_with_its_source(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    topics = last_card(await chat.submit({"action": "menu.faq"}))
    assert actions_of(topics)
    replies = await chat.submit(
        {"action": "faq.show", "entry_id": "courses_required", "lang": "sv"}
    )
    answer = texts_of(replies)
    assert "Heroma – Introduktion" in answer or "Introduktion" in answer
    assert "version 9.0" in answer
    card = last_card(replies)
    feedback = [t for t, d in actions_of(card).items() if d.get("action") == "faq.feedback"]
    assert len(feedback) == 2


async def test_free_text_is_answered_and_leads_into_the_flow(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    card = last_card(
        await chat.say("hur ansöker jag om behörighet i heroma för en ny medarbetare?")
    )
    flows = [d["action"] for d in actions_of(card).values() if d["action"].startswith("menu.")]
    assert "menu.new_access" in flows


async def test_english_question_gets_an_english_answer(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    card = last_card(await chat.say("which courses are required before applying?"))
    assert "course" in str(card).lower()


async def test_unanswerable_question_is_declined_plainly(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    said = texts_of(await chat.say("var kan jag parkera bilen vid sjukhuset?"))
    assert "bemanningssamordnaren" in said
    assert "Löneservice" in said


async def test_question_inside_a_form_keeps_the_forms_place(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    form = await walk_to(chat, "Ansvar och verksamhetsområde")
    replies = await chat.say("måste utbildningarna vara klara innan blanketten skickas?")
    cards = cards_of(replies)
    assert len(cards) == 2  # the answer, then the form card again
    assert input_ids(cards[-1]) == input_ids(form)
    # Pressing a related question on the answer card does not leave the form either.
    related = next(d for d in actions_of(cards[0]).values() if d.get("action") == "faq.show")
    await chat.submit(related)
    next_card = last_card(await chat.submit(press(form, "Nästa", units="1 A", business_area="VO")))
    assert "Förberedande utbildningar" in texts_of_card(next_card)


async def test_feedback_is_stored_for_the_coordinator(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    value = {
        "action": "faq.feedback",
        "entry_id": "courses_required",
        "helpful": True,
        "lang": "sv",
    }
    await chat.submit(value)
    await chat.submit(value | {"helpful": False})
    await chat.submit(value)
    summary = await FeedbackLog(memory_stores.state).summary(["courses_required"])
    assert summary == {"courses_required": (2, 1)}


async def test_stale_faq_card_shows_the_topics(memory_stores: Stores, routine: Routine) -> None:
    chat = Chat(memory_stores, routine)
    replies = await chat.submit({"action": "faq.show", "entry_id": "removed_entry"})
    assert "finns inte längre" in texts_of(replies)
    assert cards_of(replies)


async def test_answers_are_marked_when_the_routine_has_expired(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine, today=lambda: date(2028, 3, 14))
    replies = await chat.submit({"action": "faq.show", "entry_id": "courses_required"})
    assert "gällde till 2028-03-13" in texts_of(replies)


async def test_reminder_buttons_are_answered_without_leaving_a_form(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    courses = await walk_to(chat, "Förberedande utbildningar")
    (case,) = await memory_stores.cases.list_by_owner("aad-manager-1")
    replies = await chat.submit({"action": "reminder.snooze", "case_id": case.id})
    assert "Du påminns igen" in texts_of(replies)
    stored = await memory_stores.cases.get(case.id)
    assert stored is not None
    assert stored.reminders.snoozed_until is not None
    done = {"course_heroma_introduktion": "2026-10-01", "course_heroma_for_chefer": "2026-10-02"}
    heroma = last_card(await chat.submit(press(courses, "Nästa", **done)))
    assert "Heromautbildningen" in texts_of_card(heroma)
