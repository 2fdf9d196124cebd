"""Thanks and greetings outside a form: a short reply or the menu, never an FAQ search."""

from __future__ import annotations

import pytest

from store.factory import Stores
from store.routine import Routine
from tests.dialogs.test_new_access import walk_to
from tests.support.chat import Chat, actions_of, cards_of, last_card, press, texts_of


@pytest.mark.parametrize(
    ("message", "reply"),
    [
        ("tack", "Varsågod!"),
        ("Tack så mycket!", "Varsågod!"),
        ("thanks", "You're welcome!"),
        ("Thank you.", "You're welcome!"),
    ],
)
async def test_thanks_get_a_short_reply(
    memory_stores: Stores, routine: Routine, message: str, reply: str
) -> None:
    replies = await Chat(memory_stores, routine).say(message)
    assert reply in texts_of(replies)
    assert not cards_of(replies)  # no FAQ card saying the routine does not cover it


@pytest.mark.parametrize("greeting", ["hello", "Hi!", "hej"])
async def test_greetings_get_the_menu(
    memory_stores: Stores, routine: Routine, greeting: str
) -> None:
    card = last_card(await Chat(memory_stores, routine).say(greeting))
    assert "Ny behörighet" in actions_of(card)


async def test_help_in_a_form_keeps_what_is_saved_on_the_card(
    memory_stores: Stores, routine: Routine
) -> None:
    """Typed but not sent values cannot be kept (Teams sends inputs only with a button), but a
    card shown again after "hjälp" carries everything the draft has saved."""
    chat = Chat(memory_stores, routine)
    review = await walk_to(chat, "Granska och skicka")
    units = last_card(await chat.submit(press(review, "Ändra ansvar")))
    again = last_card(await chat.say("hjälp"))
    assert again == units
    assert "123457 Mottagning" in str(again)
