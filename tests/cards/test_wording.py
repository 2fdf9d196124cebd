"""What the cards say: the receipt's next step fits the kind of case, and every message an input
shows when it is left empty is a Swedish sentence."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from cards.elements import choice_set, date_input, text_input
from cards.labels import in_sentence, next_step
from cards.review import receipt_card
from dialogs.sdk import card_activity
from store.models import CaseKind, CaseStatus
from tests.cards.samples_flow import ROUTINE, _case
from tests.cards.test_renderer import SAMPLES as EVERY_SAMPLE
from tests.cards.test_renderer import objects
from tests.support.chat import texts_of

WHAT_PAYROLL_DOES = {
    CaseKind.NEW_ACCESS: "lägger upp behörighetsrollen i Heroma",
    CaseKind.CHANGE: "ändrar behörighetsrollen i Heroma",
    CaseKind.TERMINATION: "tar bort behörigheten i Heroma",
    CaseKind.MANAGER_LINK: "kopplar den nya chefen till ansvaret i Heroma",
}


@pytest.mark.parametrize("kind", list(CaseKind))
def test_receipt_says_what_happens_next_for_its_kind(kind: CaseKind) -> None:
    case = _case(CaseStatus.SUBMITTED).model_copy(update={"kind": kind})
    said = texts_of([card_activity(receipt_card(case, ROUTINE, channel_ready=True))])
    assert f"Löneservice specialistsupport, som {WHAT_PAYROLL_DOES[kind]}." in said
    others = set(WHAT_PAYROLL_DOES.values()) - {WHAT_PAYROLL_DOES[kind]}
    assert not [other for other in others if other in said]
    if kind is CaseKind.TERMINATION:
        assert "aldrig bort automatiskt" in said


def test_forwarded_cases_say_what_payroll_does_for_their_kind() -> None:
    for kind, task in WHAT_PAYROLL_DOES.items():
        case = _case(CaseStatus.FORWARDED).model_copy(update={"kind": kind})
        assert next_step(case) == f"Löneservice specialistsupport {task}."


def test_resent_receipt_keeps_its_heading_first_and_says_it_was_sent() -> None:
    case = _case(CaseStatus.IN_PROGRESS)
    card = receipt_card(case, ROUTINE, channel_ready=True, resent=True)
    assert card["body"][0]["text"] == "Skickat: HB-2026-0001"
    assert "Ärendet var redan inskickat" in card["body"][1]["text"]
    assert "Under handläggning" in card["body"][1]["text"]
    assert "Det går nu till" not in str(card)  # a coordinator has it already


def test_resent_receipt_of_a_case_still_waiting_says_it_is_on_its_way() -> None:
    card = receipt_card(_case(CaseStatus.SUBMITTED), ROUTINE, channel_ready=True, resent=True)
    assert "Det går nu till bemanningssamordnarens kanal" in str(card)


def required_messages() -> Iterator[tuple[str, str, Any]]:
    for name, card in EVERY_SAMPLE.items():
        for obj in objects(card):
            if obj["type"].startswith("Input.") and obj.get("isRequired"):
                yield name, obj["label"], obj.get("errorMessage")


def test_every_required_input_has_a_sentence_as_its_message() -> None:
    problems = [
        f"{name}: {label!r} → {message!r}"
        for name, label, message in required_messages()
        if not isinstance(message, str)
        or not message[:1].isupper()
        or not message.endswith(".")
        or "?" in message
        or ".." in message
    ]
    assert problems == []


def test_messages_of_labels_that_are_questions_or_clauses() -> None:
    messages = {label: message for _, label, message in required_messages()}
    assert messages["Hur långt har personen kommit?"] == "Välj hur långt personen har kommit."
    assert messages["Det här ändras"] == "Välj vad som ändras."
    assert messages["Varför?"] == "Skriv varför behörigheten ändras."
    assert messages["Gäller från"] == "Ange från vilket datum förändringen gäller."
    assert messages["Kopplingen gäller från"] == "Ange från vilket datum kopplingen gäller."
    assert messages["Ansvar (ett per rad)"] == "Ansvar måste fyllas i."
    assert messages["Personens uppdrag"] == "Välj personens uppdrag."
    assert messages["Sista dag med behörighet"] == "Ange sista dag med behörighet."


def test_labels_in_sentences() -> None:
    assert in_sentence("Ansvar (ett per rad)") == "ansvar"
    assert in_sentence("Sista dag med behörighet:") == "sista dag med behörighet"
    assert in_sentence("VGR-ID") == "VGR-ID"
    assert in_sentence("Varför?") is None
    assert in_sentence("(valfritt)") is None


def test_generated_messages_never_take_in_a_question() -> None:
    assert text_input("a", "Varför?", required=True)["errorMessage"] == "Fyll i fältet."
    assert date_input("b", "När då?", required=True)["errorMessage"] == "Ange ett datum."
    choice = choice_set("c", "Vilken?", [("Ja", "ja")], required=True)
    assert choice["errorMessage"] == "Välj ett av alternativen."
    explicit = date_input("d", "Från", required=True, error_message="Ange startdatum.")
    assert explicit["errorMessage"] == "Ange startdatum."
