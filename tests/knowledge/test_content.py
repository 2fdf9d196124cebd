"""The FAQ content file: the real one loads; a broken one stops the start with a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import FaqContentError, load_faq
from store.routine import load_routine

MINIMAL = """
[abbreviations.sv]
"beh" = "behörighet"

[[sections]]
heading = "Avslut av behörighet"
heading_en = "Ending access"
in_routine = true

[[topics]]
id = "changes"
title_sv = "Ändra eller avsluta"
title_en = "Changing or ending access"

[[entries]]
id = "terminate_access"
topic = "changes"
question_sv = "Hur avslutar jag en behörighet?"
question_en = "How do I end someone's access?"
answer_sv = "Ansvarig chef skickar in ett avslut."
answer_en = "The responsible manager sends in a termination."
source_section = "Avslut av behörighet"
related = ["no_auto_termination"]
flow = "termination"

[[entries]]
id = "no_auto_termination"
topic = "changes"
question_sv = "Avslutas behörigheten automatiskt?"
question_en = "Does access end automatically?"
answer_sv = "Nej."
answer_en = "No."
source_section = "Avslut av behörighet"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "faq.toml"
    path.write_text(text, encoding="utf-8")
    return path


def load_error(tmp_path: Path, text: str) -> str:
    with pytest.raises(FaqContentError) as caught:
        load_faq(write(tmp_path, text))
    return str(caught.value)


def test_the_real_content_loads_with_both_languages() -> None:
    content = load_faq()
    assert len(content.entries) >= 30
    for entry in content.entries:
        assert entry.question_en != entry.question_sv
        assert entry.answer_en
        assert entry.answer_sv
        assert 2 <= len(entry.related) <= 3, entry.id
    assert {e.topic for e in content.entries} == {t.id for t in content.topics}


def test_the_content_names_the_routines_courses() -> None:
    """Guards against drift: the course answer names every course in content/routine.toml."""
    answer = load_faq().entry("courses_required").answer_sv
    for course in load_routine().courses:
        assert course.name in answer


PHRASES = """
[phrases.sv]
"av sig själv" = "automatiskt"
"""


def test_the_real_content_has_phrases_in_both_languages() -> None:
    content = load_faq()
    assert content.phrases.sv["av sig själv"] == "automatiskt"
    assert content.phrases.en["by itself"] == "automatically"


def test_a_phrase_loads(tmp_path: Path) -> None:
    content = load_faq(write(tmp_path, PHRASES + MINIMAL))
    assert content.phrases.for_lang("sv") == {"av sig själv": "automatiskt"}
    assert content.phrases.for_lang("en") == {}


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('"av sig själv"', '"själv"', "'själv' is not a phrase"),  # one word
        ('"av sig själv"', '"Av sig själv"', "lower case"),
        ('"av sig själv"', '"av sig, själv"', "without punctuation"),
        ('"av sig själv"', '"av  sig själv"', "single spaces"),
        ('"automatiskt"', '"  "', "phrases.sv"),  # an empty value
        ('"automatiskt"', '"automatisk"', "automatisk occurs in no sv question"),
        ('"automatiskt"', '"maila anna@region.example"', "e-mail address"),
    ],
)
def test_a_broken_phrase_is_named(tmp_path: Path, old: str, new: str, expected: str) -> None:
    assert old in PHRASES
    message = load_error(tmp_path, PHRASES.replace(old, new, 1) + MINIMAL)
    assert expected in message
    assert "phrases.sv" in message


def test_a_minimal_file_loads(tmp_path: Path) -> None:
    content = load_faq(write(tmp_path, MINIMAL))
    assert content.related_to(content.entry("terminate_access"))[0].id == "no_auto_termination"


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(FaqContentError, match="saknas"):
        load_faq(tmp_path / "nothing.toml")


def test_broken_toml_names_the_file_and_the_line(tmp_path: Path) -> None:
    message = load_error(tmp_path, MINIMAL.replace('topic = "changes"', 'topic = "changes', 1))
    assert "faq.toml" in message
    assert "inte giltig TOML" in message
    assert "line" in message


def test_an_unknown_related_id_is_named(tmp_path: Path) -> None:
    message = load_error(tmp_path, MINIMAL.replace('["no_auto_termination"]', '["no_such_id"]'))
    assert "terminate_access" in message
    assert "no_such_id" in message


def test_a_missing_answer_names_the_entry_and_the_field(tmp_path: Path) -> None:
    message = load_error(tmp_path, MINIMAL.replace('answer_sv = "Nej."\n', ""))
    assert "entries[1] (id 'no_auto_termination').answer_sv" in message
    assert "Field required" in message


def test_an_empty_answer_is_refused(tmp_path: Path) -> None:
    message = load_error(tmp_path, MINIMAL.replace('answer_sv = "Nej."', 'answer_sv = "  "'))
    assert "answer_sv" in message


def test_a_duplicate_id_is_named(tmp_path: Path) -> None:
    message = load_error(
        tmp_path, MINIMAL.replace('id = "no_auto_termination"', 'id = "terminate_access"')
    )
    assert "duplicate entry id: terminate_access" in message


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('source_section = "Avslut av behörighet"\n', 'source_section = "Okänd"\n', "Okänd"),
        (
            'topic = "changes"\nquestion_sv = "Avslutas',
            'topic = "other"\nquestion_sv = "Avslutas',
            "other",
        ),
        ('flow = "termination"', 'flow = "somewhere"', "flow"),
        ('answer_en = "No."', 'answer_en = "Mail anna.svensson@region.example"', "e-mail address"),
        ('"beh" = "behörighet"', '"Beh." = "behörighet"', "abbreviations"),
        ('related = ["no_auto_termination"]', 'related = ["terminate_access"]', "repeat"),
        (
            'flow = "termination"',
            'flow = "termination"\nasked_sv = ["mejla anna.svensson@region.example?"]',
            "e-mail address",
        ),
        ('flow = "termination"', 'flow = "termination"\nasked_en = [""]', "asked_en"),
    ],
)
def test_other_mistakes_are_named(tmp_path: Path, old: str, new: str, expected: str) -> None:
    assert old in MINIMAL
    assert expected in load_error(tmp_path, MINIMAL.replace(old, new, 1))


def test_a_list_of_matters_outside_the_routine_loads(tmp_path: Path) -> None:
    text = MINIMAL + (
        '\n[outside]\nkeywords_sv = ["semester, sjukanmälan"]\n'
        'asked_en = ["how do I book a meeting room, please?"]\n'
    )
    content = load_faq(write(tmp_path, text))
    assert content.outside.keywords_sv == ("semester, sjukanmälan",)
    assert content.outside.items("sv") == ("semester", "sjukanmälan")
    assert content.outside.items("en") == ()
    assert content.outside.asked("en") == ("how do I book a meeting room, please?",)


@pytest.mark.parametrize(
    ("outside", "expected"),
    [
        ('keywords_sv = ["fråga fornamn.efternamn@region.example"]', "e-mail address"),
        ('keywords_sv = [""]', "outside.keywords_sv"),
        ('keywords = ["semester"]', "outside.keywords: Extra inputs"),
        ('keywords_sv = ["semester,, lön"]', "empty item"),
        ('keywords_en = ["payslip, how, what"]', "'how' in 'payslip, how, what' is only stop"),
        ('asked_sv = ["mejla fornamn.efternamn@region.example"]', "e-mail address"),
    ],
)
def test_a_broken_outside_list_is_named(tmp_path: Path, outside: str, expected: str) -> None:
    assert expected in load_error(tmp_path, MINIMAL + f"\n[outside]\n{outside}\n")


SYNONYMS = """
[synonyms]
sv = [["avsluta", "stänga", "spärra"], ["behörighet", "tillgång"]]
en = [["end", "revoke"]]
"""


def test_the_real_content_has_synonyms_in_both_languages() -> None:
    synonyms = load_faq().synonyms
    assert ("behörighet", "tillgång", "åtkomst", "access") in synonyms.sv
    assert any("permission" in group for group in synonyms.en)


def test_a_synonym_table_loads(tmp_path: Path) -> None:
    content = load_faq(write(tmp_path, SYNONYMS + MINIMAL))
    assert content.synonyms.for_lang("sv") == (
        ("avsluta", "stänga", "spärra"),
        ("behörighet", "tillgång"),
    )
    assert content.synonyms.for_lang("en") == (("end", "revoke"),)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('["end", "revoke"]', '["end"]', "two or more different words"),
        ('["end", "revoke"]', '["end", "end"]', "two or more different words"),
        ('"revoke"', '"Revoke"', "not one word in lower case"),
        ('"revoke"', '"take away"', "belongs under [phrases]"),
        ('"revoke"', '"re-voke!"', "not one word"),
        ('"spärra"]', '"spärra", "tillgång"]', "'tillgång' is also in group 1"),
        ('"tillgång"]', '"tillgång", "och"]', "'och' is a stop word"),
        ('"tillgång"]', '"tillgång", "hur"]', "'hur' is a stop word or question word"),
        ('"tillgång"]', '"tillgång", "beh"]', "'beh' is also under [abbreviations.sv]"),
        ('["end", "revoke"]', '["finish", "revoke"]', "no word of the group occurs"),
        ("sv = [", "sv = 3\nnot_sv = [", "synonyms"),
    ],
)
def test_a_broken_synonym_table_is_named(tmp_path: Path, old: str, new: str, expected: str) -> None:
    assert old in SYNONYMS
    message = load_error(tmp_path, SYNONYMS.replace(old, new, 1) + MINIMAL)
    assert expected in message
    assert "synonyms" in message
