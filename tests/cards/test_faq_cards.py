"""FAQ cards: structure, navigation between them, the answer's source, and the fallback."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from cards.elements import CARD_VERSION
from cards.faq import faq_answer_card, faq_no_match_card, faq_topic_card
from knowledge import FaqEntry
from tests.cards.samples_faq import (
    CONTENT,
    COORDINATOR,
    DOCUMENT,
    INDEX,
    PAYROLL,
    SAMPLES,
)

FLOW_ACTIONS = {"menu.new_access", "menu.change", "menu.termination", "menu.manager_link"}
FLOW_ACTIONS |= {"menu.my_cases"}
NAVIGATION = {"faq.topics", "faq.topic", "faq.show", "faq.ask", "faq.feedback", "menu.show"}


def objects(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, list):
        for item in node:
            yield from objects(item)
    elif isinstance(node, dict):
        if "type" in node:
            yield node
        for key, value in node.items():
            if key != "data":
                yield from objects(value)


def submits(card: dict[str, Any]) -> list[dict[str, Any]]:
    return [o for o in objects(card) if o["type"] == "Action.Submit"]


def data_of(card: dict[str, Any], action: str) -> list[dict[str, Any]]:
    return [s["data"] for s in submits(card) if s["data"]["action"] == action]


def all_text(card: dict[str, Any]) -> str:
    return "\n".join(o["text"] for o in objects(card) if o["type"] == "TextBlock")


def answer(entry: FaqEntry, lang: str = "sv", **overrides: Any) -> dict[str, Any]:
    return faq_answer_card(
        entry,
        "en" if lang == "en" else "sv",
        DOCUMENT,
        CONTENT.related_to(entry),
        CONTENT.section(entry.source_section),
        coordinator_contact=overrides.get("contact", COORDINATOR),
    )


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_card_structure(name: str) -> None:
    card = SAMPLES[name]
    assert (card["type"], card["version"]) == ("AdaptiveCard", CARD_VERSION)
    for element in objects(card):
        if element["type"].startswith("Input."):
            assert element.get("id"), element
            assert element.get("label"), element
    for action in submits(card):
        assert action["data"]["action"] in NAVIGATION | FLOW_ACTIONS, action
    for data in data_of(card, "faq.show"):
        assert CONTENT.entry(data["entry_id"])
    for data in data_of(card, "faq.topic"):
        assert CONTENT.topic(data["topic_id"])
    assert data_of(card, "menu.show"), f"{name} has no way back to the menu"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_topics_card_lists_every_topic_and_takes_a_question(lang: str) -> None:
    card = SAMPLES[f"faq_topics_{lang}"]
    assert [d["topic_id"] for d in data_of(card, "faq.topic")] == [t.id for t in CONTENT.topics]
    assert [o["id"] for o in objects(card) if o["type"] == "Input.Text"] == ["question"]
    assert data_of(card, "faq.ask") == [{"action": "faq.ask", "lang": lang}]
    assert {d["lang"] for d in data_of(card, "faq.topic")} == {lang}


def test_topic_card_links_every_question_of_the_topic() -> None:
    card = faq_topic_card(CONTENT, "changes", "sv")
    linked = [d["entry_id"] for d in data_of(card, "faq.show")]
    assert linked == [e.id for e in CONTENT.entries_in("changes")]
    with pytest.raises(KeyError):
        faq_topic_card(CONTENT, "no_such_topic", "sv")


@pytest.mark.parametrize("entry", CONTENT.entries, ids=lambda e: e.id)
def test_every_answer_card_navigates_onwards(entry: FaqEntry) -> None:
    card = answer(entry)
    assert [d["entry_id"] for d in data_of(card, "faq.show")] == list(entry.related)
    flows = [s["data"]["action"] for s in submits(card) if s["data"]["action"] in FLOW_ACTIONS]
    assert flows == ([f"menu.{entry.flow}"] if entry.flow else [])
    assert data_of(card, "faq.feedback") == [
        {"action": "faq.feedback", "entry_id": entry.id, "helpful": True, "lang": "sv"},
        {"action": "faq.feedback", "entry_id": entry.id, "helpful": False, "lang": "sv"},
    ]
    assert entry.answer_sv in all_text(card)


def test_answer_card_cites_section_version_and_validity() -> None:
    text = all_text(SAMPLES["faq_answer_sv"])
    assert "Källa: Ansökan om Heromabehörighet, Behörigheter i Heroma version 9.0" in text
    assert "giltig till 2028-03-13" in text
    assert "Var svaret till hjälp?" in text
    assert COORDINATOR in text


def test_english_answer_card_is_in_english_and_leads_on_in_english() -> None:
    card = SAMPLES["faq_answer_en"]
    text = all_text(card)
    faq_actions = [s["data"] for s in submits(card) if s["data"]["action"].startswith("faq.")]
    assert {d["lang"] for d in faq_actions} == {"en"}
    assert CONTENT.entry("form_send_to").answer_en in text
    assert "Source: Applying for Heroma access (Ansökan om Heromabehörighet)" in text
    assert "Was this answer helpful?" in text
    assert "Start an application" in {s["title"] for s in submits(card)}


def test_background_answers_say_they_are_not_the_routine() -> None:
    assert "not part of the routine" in all_text(SAMPLES["faq_answer_background_en"])


def test_document_facts_come_from_the_routine_file() -> None:
    text = str(SAMPLES["faq_answer_document_sv"])
    for value in (DOCUMENT.document_id, DOCUMENT.version, DOCUMENT.valid_to.isoformat()):
        assert value in text


def test_no_contact_configured_shows_no_empty_contact_line() -> None:
    card = answer(CONTENT.entry("form_send_to"), contact="")
    assert "Bemanningssamordnare:**" not in all_text(card)


def test_no_match_card_declines_plainly_and_points_onwards() -> None:
    card = SAMPLES["faq_no_match_sv"]
    text = all_text(card)
    assert "Det hittar jag inte i rutinen" in text
    assert "jag vill inte gissa" in text
    assert COORDINATOR in text
    assert PAYROLL in text
    assert 1 <= len(data_of(card, "faq.show")) <= 3
    assert 1 <= len(data_of(card, "faq.topic")) <= 3


def test_no_match_card_without_anything_close_still_offers_topics() -> None:
    card = SAMPLES["faq_no_match_nothing_close_sv"]
    assert data_of(card, "faq.show") == []
    assert len(data_of(card, "faq.topic")) == 3


def test_no_match_card_in_english_and_long_questions_are_cut() -> None:
    assert "The routine doesn't cover that" in all_text(SAMPLES["faq_no_match_en"])
    result = INDEX.search("parkering " * 60)
    card = faq_no_match_card(
        "parkering " * 60,
        result.lang,
        (),
        (),
        coordinator_contact=COORDINATOR,
        payroll_contact=PAYROLL,
    )
    echo = next(t for t in all_text(card).splitlines() if t.startswith("Du frågade"))
    assert len(echo) < 230
    assert echo.endswith("…")


def test_feedback_cards() -> None:
    assert "Tack för ditt svar!" in all_text(SAMPLES["faq_feedback_yes_sv"])
    negative = all_text(SAMPLES["faq_feedback_no_en"])
    assert "Sorry" in negative
    assert COORDINATOR in negative
