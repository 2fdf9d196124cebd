"""Dates in the training steps: an empty input is "not given", and the Heroma course comes after
the preparatory courses (the routine's order)."""

from __future__ import annotations

from datetime import date

import pytest

from store.factory import Stores
from store.models import Stage
from store.routine import Routine
from tests.dialogs.test_new_access import COURSES_DONE, texts_of_card, walk_to
from tests.support.chat import Chat, last_card, press, texts_of

MANAGER = "aad-manager-1"
BEFORE_COURSES = "Heromautbildningen kan inte vara genomförd före de förberedande utbildningarna"


@pytest.mark.parametrize("empty", ["", "   "])
async def test_a_course_date_sent_empty_is_a_course_not_done_yet(
    memory_stores: Stores, routine: Routine, empty: str
) -> None:
    chat = Chat(memory_stores, routine)
    card = await walk_to(chat, "Förberedande utbildningar")
    inputs = {"course_heroma_introduktion": "2026-10-01", "course_heroma_for_chefer": empty}
    replies = await chat.submit(press(card, "Nästa", **inputs))
    said = texts_of(replies)
    assert "ÅÅÅÅ-MM-DD" not in said
    assert "Utkastet är sparat – utbildning saknas" in said
    (case,) = await memory_stores.cases.list_by_owner(MANAGER)
    assert case.stage is Stage.COURSES
    assert case.course_date("heroma_introduktion") == date(2026, 10, 1)
    assert case.course_date("heroma_for_chefer") is None


async def test_a_heroma_date_sent_empty_while_not_done(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    card = await walk_to(chat, "Heromautbildningen")
    inputs = {"heroma_status": "anmald", "heroma_completed_on": ""}
    replies = await chat.submit(press(card, "Nästa", **inputs))
    assert "väntar på Heromautbildningen" in texts_of(replies)


async def test_heroma_course_before_the_preparatory_courses_is_refused(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    card = await walk_to(chat, "Heromautbildningen")  # the last course passed 2026-10-15
    inputs = {"heroma_status": "genomford", "heroma_completed_on": "2026-10-14"}
    again = last_card(await chat.submit(press(card, "Nästa", **inputs)))
    body = again["body"]
    field = next(i for i, e in enumerate(body) if e.get("id") == "heroma_completed_on")
    assert body[field + 1]["text"].startswith(BEFORE_COURSES)  # right under the field
    assert "2026-10-15" in body[field + 1]["text"]
    (case,) = await memory_stores.cases.list_by_owner(MANAGER)
    assert case.stage is Stage.HEROMA_COURSE
    assert case.heroma_course_completed_on is None
    # The same day as the last course is possible.
    same_day = inputs | {"heroma_completed_on": "2026-10-15"}
    review = last_card(await chat.submit(press(again, "Nästa", **same_day)))
    assert "Granska och skicka" in texts_of_card(review)


async def test_earlier_course_dates_after_an_edit_are_checked_too(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    review = await walk_to(chat, "Granska och skicka")  # Heroma course done 2026-11-02
    courses = last_card(await chat.submit(press(review, "Ändra utbildningar")))
    later = COURSES_DONE | {"course_heroma_for_chefer": "2026-11-10"}
    heroma = last_card(await chat.submit(press(courses, "Nästa", **later)))
    again = last_card(await chat.submit(press(heroma, "Nästa")))  # the old date, kept
    assert BEFORE_COURSES in texts_of_card(again)
    assert "2026-11-10" in texts_of_card(again)
