"""Representative FAQ cards, Swedish and English, for structural tests and the card renderer."""

from __future__ import annotations

from typing import Any

from cards.faq import (
    faq_answer_card,
    faq_feedback_thanks_card,
    faq_no_match_card,
    faq_topic_card,
    faq_topics_card,
)
from knowledge import FaqContent, FaqEntry, FaqIndex, Lang, load_faq
from store.routine import load_routine

# Made-up contact strings: real addresses are configuration, never test data.
COORDINATOR = "Bemanningssamordnaren SÄS, bemanning.test@example.org"
PAYROLL = "Löneservice kundtjänst, loneservice.test@example.org"

CONTENT = load_faq()
DOCUMENT = load_routine().document
INDEX = FaqIndex(CONTENT)

LONG_ANSWER = " ".join(
    ["Ett mycket långt svar som ska radbrytas snyggt i Teams utan att kortet går sönder."] * 12
)


def _answer(content: FaqContent, entry: FaqEntry, lang: Lang) -> dict[str, Any]:
    return faq_answer_card(
        entry,
        lang,
        DOCUMENT,
        content.related_to(entry),
        content.section(entry.source_section),
        coordinator_contact=COORDINATOR,
    )


def _no_match(question: str) -> dict[str, Any]:
    result = INDEX.search(question)
    return faq_no_match_card(
        question,
        result.lang,
        result.alternatives,
        INDEX.closest_topics(result),
        coordinator_contact=COORDINATOR,
        payroll_contact=PAYROLL,
    )


_long = CONTENT.entry("how_to_apply").model_copy(
    update={"answer_sv": LONG_ANSWER, "answer_en": LONG_ANSWER, "question_sv": LONG_ANSWER[:180]}
)
_lonely = CONTENT.entry("heroma_what").model_copy(update={"related": (), "flow": None})

SAMPLES: dict[str, dict[str, Any]] = {
    "faq_topics_sv": faq_topics_card(CONTENT, "sv"),
    "faq_topics_en": faq_topics_card(CONTENT, "en"),
    "faq_topic_sv": faq_topic_card(CONTENT, "apply", "sv"),
    "faq_topic_en": faq_topic_card(CONTENT, "changes", "en"),
    "faq_answer_sv": _answer(CONTENT, CONTENT.entry("form_send_to"), "sv"),
    "faq_answer_en": _answer(CONTENT, CONTENT.entry("form_send_to"), "en"),
    "faq_answer_document_sv": _answer(CONTENT, CONTENT.entry("document_version"), "sv"),
    "faq_answer_background_en": _answer(CONTENT, CONTENT.entry("self_service_what"), "en"),
    "faq_answer_long_text_sv": _answer(CONTENT, _long, "sv"),
    "faq_answer_no_related_sv": _answer(CONTENT, _lonely, "sv"),
    "faq_no_match_sv": _no_match("blankett för tjänstledighet, var hittar jag den?"),
    "faq_no_match_en": _no_match("where can I park my car?"),
    "faq_no_match_nothing_close_sv": _no_match("qwerty zxcv"),
    "faq_no_match_long_question_sv": _no_match("parkering " * 60),
    "faq_feedback_yes_sv": faq_feedback_thanks_card("sv", True, coordinator_contact=COORDINATOR),
    "faq_feedback_no_en": faq_feedback_thanks_card("en", False, coordinator_contact=COORDINATOR),
}
