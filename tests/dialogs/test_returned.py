"""A case the coordinator returned: the manager completes it with the coordinator's comment in
view, on every card she edits until she sends it in again."""

from __future__ import annotations

from store.decisions import Verb
from store.factory import Stores
from store.models import CaseStatus
from store.routine import Routine
from tests.dialogs.test_new_access import CONFIRMED, texts_of_card, walk_to
from tests.dialogs.test_other_kinds import decided_case
from tests.support.chat import Chat, last_card, press

COMMENT = "Ansvaret 123457 finns inte – kontrollera numret."


async def returned_case_id(chat: Chat, stores: Stores) -> str:
    """A new-access case of this manager, sent in and returned with COMMENT."""
    return await decided_case(chat, stores, (Verb.TAKE, Verb.RETURN), COMMENT)


async def test_completing_a_returned_case_shows_the_comment_on_top(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    case_id = await returned_case_id(chat, memory_stores)
    # "Komplettera ärendet" on the status card the manager got.
    review = last_card(await chat.submit({"action": "case.resume", "case_id": case_id}))
    top = texts_of_card(review["body"][0] | {"body": review["body"][0]["items"]})
    assert "Returnerat för komplettering av Sam Samordnare" in top
    assert COMMENT in top
    assert "Granska och skicka" in texts_of_card(review)
    card = last_card(await chat.submit(press(review, "Ändra ansvar")))
    while "Granska och skicka" not in texts_of_card(card):  # units, courses, Heroma course
        assert COMMENT in str(card["body"][0])
        card = last_card(await chat.submit(press(card, "Nästa")))
    review = card
    await chat.submit(press(review, "Skicka till bemanningssamordnaren", **CONFIRMED))
    case = await memory_stores.cases.get(case_id)
    assert case is not None
    assert case.status is CaseStatus.SUBMITTED


async def test_a_draft_that_was_never_returned_shows_no_comment(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    review = await walk_to(chat, "Granska och skicka")
    assert "Returnerat" not in str(review)
