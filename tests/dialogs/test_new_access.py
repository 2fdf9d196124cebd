"""The new-access flow, scripted end to end through botbuilder's TestAdapter."""

from __future__ import annotations

from typing import Any

from store.factory import Stores
from store.models import CaseStatus, Stage
from store.routine import Routine
from tests.support.chat import Chat, last_card, press, texts_of

PERSON = {"name": "Anna Andersson", "user_id": "annan12", "email": "anna.andersson@example.se"}
UNITS = {"units": "123456 Medicinavdelning 12\n123457 Mottagning", "business_area": "VO Medicin"}
COURSES_DONE = {
    "course_heroma_introduktion": "2026-10-01",
    "course_heroma_for_chefer": "2026-10-15",
}
HEROMA_DONE = {"heroma_status": "genomford", "heroma_completed_on": "2026-11-02"}
CONFIRMED = {"confirm_responsible": "true", "confirm_correct": "true"}


async def walk_to(chat: Chat, stop: str) -> dict[str, Any]:
    """Drive the flow from the menu to the card titled `stop`; returns that card."""
    card = last_card(await chat.say("hej"))
    steps: list[tuple[str, str, dict[str, str]]] = [
        ("Uppdrag", "Ny behörighet", {}),
        ("Behörighetsroll", "Nästa", {"assignment_id": "vardenhetschef"}),
        ("Person", "Stämmer, fortsätt", {}),
        ("Ansvar och verksamhetsområde", "Nästa", PERSON),
        ("Förberedande utbildningar", "Nästa", UNITS),
        ("Heromautbildningen", "Nästa", COURSES_DONE),
        ("Granska och skicka", "Nästa", HEROMA_DONE),
    ]
    for title, button, inputs in steps:
        card = last_card(await chat.submit(press(card, button, **inputs)))
        assert title in texts_of_card(card), f"expected step {title}"
        if title == stop:
            return card
    raise AssertionError(f"no step {stop}")


def texts_of_card(card: dict[str, Any]) -> str:
    return " ".join(b.get("text", "") for b in card["body"] if b.get("type") == "TextBlock")


async def test_whole_flow_ends_in_a_numbered_submission(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    review = await walk_to(chat, "Granska och skicka")
    form = texts_of([]) + str(review)
    for expected in ("Anna Andersson", "annan12", "Chef", "123457 Mottagning", "VO Medicin"):
        assert expected in form
    replies = await chat.submit(press(review, "Skicka till bemanningssamordnaren", **CONFIRMED))
    receipt = texts_of(replies)
    assert "HB-2026-0001" in receipt
    assert "Löneservice specialistsupport" in receipt
    (case,) = await memory_stores.cases.list_by_owner("aad-manager-1")
    assert case.status is CaseStatus.SUBMITTED
    assert case.reference == "HB-2026-0001"
    assert case.owner.name == "Maria Chef"
    assert case.owner.tenant_id == "tenant-1"
    assert case.events[-1].to_status is CaseStatus.SUBMITTED
    assert chat.listener.cases[0].reference == "HB-2026-0001"  # type: ignore[attr-defined]
    listing = texts_of(await chat.say("mina ärenden"))
    assert "HB-2026-0001" in listing
    assert "Inskickad" in listing


async def test_missing_course_saves_the_draft_and_pauses(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    courses = await walk_to(chat, "Förberedande utbildningar")
    only_intro = {"course_heroma_introduktion": "2026-10-01"}
    replies = await chat.submit(press(courses, "Nästa", **only_intro))
    said = texts_of(replies)
    assert "Heroma – För chefer" in said
    assert "Lärportalen" in said
    (case,) = await memory_stores.cases.list_by_owner("aad-manager-1")
    assert case.status is CaseStatus.DRAFT
    assert case.stage is Stage.COURSES
    # Later: the course is done and the manager continues where she stopped.
    resumed = last_card(await chat.say("fortsätt"))
    assert "Förberedande utbildningar" in texts_of_card(resumed)
    assert "2026-10-01" in str(resumed)
    heroma = last_card(await chat.submit(press(resumed, "Nästa", **COURSES_DONE)))
    assert "Heromautbildningen" in texts_of_card(heroma)
