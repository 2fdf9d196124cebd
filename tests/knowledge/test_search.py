"""Free-text search: Swedish in its many spellings, English, and honest declines."""

from __future__ import annotations

import pytest

from knowledge import FaqIndex, load_faq


@pytest.fixture(scope="module")
def index() -> FaqIndex:
    return FaqIndex(load_faq())


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Hur ansöker jag om behörighet i Heroma?", "how_to_apply"),
        ("vilken roll får en läkarchef", "role_for_manager"),
        ("hur avslutar jag en behorighet", "terminate_access"),  # ö written as o
        ("var hittar jag behörighetsblanketen", "form_where"),  # compound with a typo
        ("vart mejlar jag beh.blanketten", "form_send_to"),  # abbreviation inside a compound
        ("kontaktperson i VO", "area_contact_person"),  # abbreviation
        ("bemanningssamord. är sjuk", "coordinator_absent"),  # truncated word
        ("vad gör LS", "payroll_service_role"),
        ("lärportlaen anmälan", "enrol_learning_portal"),  # transposed letters
    ],
)
def test_swedish_questions_find_their_entry(index: FaqIndex, question: str, expected: str) -> None:
    result = index.search(question)
    assert result.entry is not None, result
    assert (result.entry.id, result.lang) == (expected, "sv")
    assert result.score >= index.threshold


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How do I apply for access to Heroma?", "how_to_apply"),
        ("who signs the form", "form_who_fills"),
        ("what is kom o gå?", "kom_o_ga_what"),
    ],
)
def test_english_questions_are_answered_in_english(
    index: FaqIndex, question: str, expected: str
) -> None:
    result = index.search(question)
    assert result.entry is not None
    assert (result.entry.id, result.lang) == (expected, "en")


@pytest.mark.parametrize(
    "question",
    [
        "Hur mycket får jag i lön?",
        "jag har glömt lösenordet till datorn",
        "var kan jag parkera?",
        "hur söker jag behörighet till journalsystemet",
        "what's for lunch today?",
        "",
        "???",
    ],
)
def test_questions_the_routine_does_not_answer_are_declined(index: FaqIndex, question: str) -> None:
    result = index.search(question)
    assert not result.answered
    assert result.entry is None
    assert result.score < index.threshold


def test_chat_around_a_question_does_not_dilute_it(index: FaqIndex) -> None:
    core = index.search("hur ansöker jag om behörighet i Heroma?")
    chatty = index.search(
        "Hej hej! Jag undrar snabbt, hur ansöker jag om behörighet i Heroma? "
        "Hon börjar på måndag. Tack på förhand!"
    )
    assert chatty.entry == core.entry
    assert chatty.score >= index.threshold
    assert not index.search("hej! tack på förhand, trevlig måndag").answered


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("upphör rollen av sig själv när man slutar?", "no_auto_termination"),
        ("hon ska gå över till en annan roll, vad gör jag", "change_access"),
        ("does the access end on its own?", "no_auto_termination"),
    ],
)
def test_a_phrase_finds_an_entry_it_shares_no_word_with(
    index: FaqIndex, question: str, expected: str
) -> None:
    result = index.search(question)
    assert result.entry is not None
    assert result.entry.id == expected


def test_without_phrases_a_paraphrase_is_declined_rather_than_guessed() -> None:
    content = load_faq()
    no_phrases = content.phrases.model_copy(update={"sv": {}, "en": {}})
    bare = content.model_copy(update={"phrases": no_phrases})
    assert not FaqIndex(bare).search("hon ska gå över till en annan roll, vad gör jag").answered


def test_a_result_offers_up_to_three_other_entries(index: FaqIndex) -> None:
    result = index.search("hur ansöker jag om behörighet")
    assert result.entry is not None
    assert 1 <= len(result.alternatives) <= 3
    assert result.entry not in result.alternatives


def test_a_decline_still_points_at_topics(index: FaqIndex) -> None:
    result = index.search("hur mycket semester har jag kvar")
    assert not result.answered
    topics = index.closest_topics(result)
    assert len(topics) == 3
    assert len({t.id for t in topics}) == 3


def test_english_is_detected_only_on_english_evidence(index: FaqIndex) -> None:
    assert index.detect_language("Heroma?") == "sv"
    assert index.detect_language("blanketten") == "sv"
    assert index.detect_language("where is the access form") == "en"


def test_the_threshold_decides_between_answer_and_decline() -> None:
    content = load_faq()
    question = "vem är kontaktperson i mitt VO?"
    assert FaqIndex(content, threshold=0.0).search(question).answered
    assert not FaqIndex(content, threshold=1.01).search(question).answered
