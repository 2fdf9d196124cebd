"""The building blocks: words, Swedish compounds, typos, and BM25 over an inverted index."""

from __future__ import annotations

from knowledge.analyzer import Analyzer
from knowledge.bm25 import MAX_POSTINGS, Bm25Index
from knowledge.text import fold, stem, tokens
from knowledge.typos import TypoIndex

TEXTS = [
    "Behörighetsblanketten fylls i av ansvarig chef.",
    "Skicka blanketten till bemanningssamordnaren.",
    "Behörighet och koppling av chef till ansvar; medarbetare tar emot.",
]


def analyzer() -> Analyzer:
    return Analyzer("sv", {"beh": "behörighet", "vo": "verksamhetsområde"}, TEXTS)


def keys_of(question: str) -> set[str]:
    return {key for word in analyzer().question(question) for key, _ in word.keys}


def test_folding_and_tokens() -> None:
    assert fold("Behörighet ÅÄÖ") == "behorighet aao"
    assert [t.word for t in tokens("e-post, VO-nivå och beh.")] == [
        "epost",
        "vo",
        "niva",
        "och",
        "beh",
    ]
    assert [t.truncated for t in tokens("beh. blankett")] == [True, False]


def test_stems_bring_noun_and_verb_forms_together() -> None:
    assert stem("ansökan", "sv") == stem("ansöka", "sv")
    assert stem("kopplingen", "sv") == stem("kopplar", "sv")
    assert stem("behörigheterna", "sv") == stem("behörighet", "sv")


def test_a_compound_is_split_into_known_parts() -> None:
    keys = keys_of("chefsbehörighet")  # never in the texts as a whole
    assert {stem("chef", "sv"), stem("behorighet", "sv")} <= keys


def test_a_known_compound_keeps_its_whole_and_its_parts() -> None:
    assert {stem("behorighetsblanketten", "sv"), stem("blankett", "sv")} <= keys_of(
        "behörighetsblanketten"
    )


def test_no_accidental_split_on_a_short_stem() -> None:
    """'medarbetare' must not become 'medarbe' + 'tare' just because 'tar' is a word."""
    assert keys_of("medarbetare") == {stem("medarbetare", "sv")}


def test_abbreviations_and_truncations_expand() -> None:
    assert stem("behorighet", "sv") in keys_of("beh.")
    assert stem("bemanningssamordnaren", "sv") in keys_of("bemanningssamord.")


def test_a_typo_is_corrected_but_counts_as_less_certain() -> None:
    [word] = analyzer().question("bemaningssamordnaren")
    assert word.keys == ((stem("bemanningssamordnaren", "sv"), 0.8),)
    assert word.known == 0.8


def test_stop_words_go_and_unknown_words_stay_without_keys() -> None:
    words = analyzer().question("jag undrar om parkeringen")
    assert [(w.text, w.keys) for w in words] == [("parkeringen", ())]


def test_typo_index_finds_edits_and_leaves_short_words_alone() -> None:
    typos = TypoIndex(["blanketten", "lärportalen", "klar"])
    assert typos.correct("blanketen") == ("blanketten", 1)
    assert typos.correct("lärportlaen") == ("lärportalen", 1)  # transposition is one edit
    assert typos.correct("lrportaln") == ("lärportalen", 2)  # two edits in a long word
    assert typos.correct("blnketen") is None  # two edits in a short word is too many
    assert typos.correct("kvar") is None  # one letter from "klar", but too short to guess
    assert typos.correct("parkering") is None


def test_bm25_scores_only_documents_that_share_a_key() -> None:
    index = Bm25Index([{"chef": 1.0, "blankett": 2.0}, {"chef": 1.0}, {"lärportal": 1.0}])
    scores = index.scores([("blankett", 1.0), ("chef", 1.0)])
    assert set(scores) == {0, 1}
    assert scores[0] > scores[1]
    assert index.idf("blankett") > index.idf("chef")
    assert index.idf("okänt") == index.unknown_idf > index.idf("blankett")


def test_bm25_reads_only_the_best_postings_of_a_common_key() -> None:
    documents = [{"chef": float(1 + n % 7), f"unik{n}": 1.0} for n in range(MAX_POSTINGS * 3)]
    scores = Bm25Index(documents).scores([("chef", 1.0)])
    assert len(scores) == MAX_POSTINGS
    dropped = set(range(len(documents))) - set(scores)
    kept = min(documents[n]["chef"] for n in scores)
    assert all(documents[n]["chef"] <= kept for n in dropped)  # the highest frequencies are kept
