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


def test_chat_filler_does_not_count() -> None:
    """Greetings, hedges and the day something happens are dropped like stop words, so a long
    chatty question weighs the same as its core."""
    assert keys_of("Hej hej! Jag undrar snabbt, på måndag: blanketten? Tack på förhand!") == (
        keys_of("blanketten")
    )
    assert analyzer().question("tjena, imorgon nästa vecka") == []
    assert not Analyzer("en", {}, ["the access form"]).question(
        "hi! just wondering, tomorrow or monday?"
    )


def phrase_analyzer() -> Analyzer:
    phrases = {"av sig själv": "automatiskt", "skicka in": "lämna", "gå över till": "byta"}
    return Analyzer("sv", {}, [*TEXTS, "Avslutas den automatiskt? Lämna blanketten."], phrases)


def test_a_phrase_is_read_as_the_words_it_stands_for() -> None:
    words = [t.word for t in phrase_analyzer().tokens("tas den bort av sig själv?")]
    assert words == ["tas", "den", "bort", "automatiskt"]
    assert stem("automatiskt", "sv") in {
        k for w in phrase_analyzer().question("av sig själv?") for k, _ in w.keys
    }


def test_a_phrase_matches_on_stems_and_only_as_a_whole() -> None:
    def words(text: str) -> list[str]:
        return [t.word for t in phrase_analyzer().tokens(text)]

    assert words("skickade in") == ["lamna"]  # an inflection with the same stem
    assert words("ska gå över till chef") == ["ska", "byta", "chef"]
    assert words("gå över bron") == ["ga", "over", "bron"]  # half a phrase is no phrase
    assert words("själv av sig") == ["sjalv", "av", "sig"]


def test_phrases_apply_to_the_content_too() -> None:
    """The content's own "av sig själv" becomes the same key as a question's "automatiskt"."""
    keys = phrase_analyzer().document_keys("Upphör den av sig själv?")
    assert stem("automatiskt", "sv") in keys
    assert stem("sjalv", "sv") not in keys


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


def synonym_analyzer() -> Analyzer:
    groups = [["blankett", "formulär", "formuläret"], ["uppdrag", "tjänst"], ["utbildning", "kurs"]]
    return Analyzer("sv", {}, [*TEXTS, "Utbildning för ditt uppdrag."], synonyms=groups)


def key(word: str) -> str:
    return stem(fold(word), "sv")


def keys_of_synonyms(question: str) -> set[str]:
    return {k for word in synonym_analyzer().question(question) for k, _ in word.keys}


def test_a_synonym_is_a_known_word_that_stands_for_its_group() -> None:
    analyzer = synonym_analyzer()
    [word] = analyzer.question("formuläret")
    assert word.keys == ((key("formuläret"), 1.0),)
    assert analyzer.synonyms(key("formuläret")) == (key("blankett"), key("formulär"))
    assert analyzer.synonyms(key("blankett")) == (key("formulär"), key("formuläret"))
    assert analyzer.synonyms(key("chef")) == ()


def test_a_synonym_counts_as_the_last_part_of_a_compound_but_not_the_first() -> None:
    """A synonym decides a compound as its last part ("ansvarsformulär" is a form), not as its
    first ("tjänstledighet" is no kind of "tjänst")."""
    keys = keys_of_synonyms("ansvarsformulär")
    assert key("formulär") in keys
    assert len(keys) == 2  # "ansvar(s)" and "formulär"
    assert key("tjänst") not in keys_of_synonyms("tjänstebehörighet")


def test_a_typo_in_a_synonym_is_corrected() -> None:
    [word] = synonym_analyzer().question("fornulär")
    assert word.keys == ((key("formulär"), 0.8),)
