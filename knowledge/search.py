"""FaqIndex: the best FAQ entry for a free-text question, or an honest 'the routine doesn't say'."""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from knowledge.analyzer import WEAK_WEIGHT, Analyzer, Word
from knowledge.bm25 import Bm25Index
from knowledge.content import FaqContent, FaqEntry, Lang, Topic
from knowledge.model import Guess, QuestionModel, Sample
from knowledge.text import STOPWORDS, WEAK, has_swedish_letters, stem, tokens

# Where a key counts most: a hit in the question or a keyword says more than one in the answer.
# Topic titles are left out: every entry of a topic shares them, so they only blur the ranking.
# Questions users asked count less than the keywords: a coordinator's keyword is chosen to set an
# entry apart from its neighbours, a user's question was just asked.
FIELD_WEIGHTS = {"question": 3.0, "keywords": 2.0, "asked": 0.5, "answer": 0.5}
# Below this confidence the bot declines. Calibrated with benchmarks/faq.py (see the README).
DEFAULT_THRESHOLD = 0.40
# How much a one-word item of the outside list ([outside]) that no entry uses weighs in a
# question, in multiples of a word the content never uses. It counts against every entry and for
# the outside list, so "blankett för tjänstledighet" leans to the list. 3 declined too many
# questions the routine answers that mention such a matter in passing ("hon är föräldraledig nu
# men börjar som chef i maj, hur söker jag behörighet?"); the asked questions under [outside] do
# most of the declining.
FOREIGN_WEIGHT = 1.0
# How much surer than the closest entry the outside list must be to decline a question.
OUTSIDE_MARGIN = 0.15
# From this probability on, the model learned from the ways of asking (knowledge/model.py)
# decides: it answers with the entry it picked, or declines when it picked the outside list.
# Below it, the BM25 confidence and the threshold decide. Calibrated with benchmarks/faq.py.
DEFAULT_SURE = 0.5
# How much a word counts when an entry has only a synonym of it ("tillgång" for "behörighet"): a
# synonym is a weaker sign than the user's own word, so an entry with that word ranks first.
SYNONYM_WEIGHT = 0.5
_CANDIDATES = 8
_ALTERNATIVES = 3
_MIN_ALTERNATIVE = 0.15  # below this an entry shares little more than "hur" or "where"

_SV_ONLY = (STOPWORDS["sv"] | WEAK["sv"]) - (STOPWORDS["en"] | WEAK["en"])
_EN_ONLY = (STOPWORDS["en"] | WEAK["en"]) - (STOPWORDS["sv"] | WEAK["sv"])


@dataclass(frozen=True)
class FaqResult:
    """The answer to one question; `entry` is None when the bot should decline."""

    question: str
    lang: Lang
    entry: FaqEntry | None
    # Confidence from 0 to 1 that `entry` answers the question: the model's probability when
    # the model decided, otherwise the BM25 confidence. On a decline: the closest entry's BM25
    # confidence, which may be above the threshold when the outside list or the model declined.
    score: float
    alternatives: tuple[FaqEntry, ...]  # the next closest entries, best first

    @property
    def answered(self) -> bool:
        return self.entry is not None


@dataclass(frozen=True)
class _Match:
    number: int
    score: float
    confidence: float


class _LanguageIndex:
    """The entries of one language as an inverted index, plus each entry's phrasings."""

    def __init__(self, lang: Lang, content: FaqContent) -> None:
        fields = [
            {
                "question": [e.question(lang)],
                "keywords": list(e.keywords(lang)),
                "asked": list(e.asked(lang)),
                "answer": [e.answer(lang)],
            }
            for e in content.entries
        ]
        # The matters outside the routine compete as one more document: when it explains a
        # question clearly better than any entry, the bot declines. Its number is one past the
        # last entry's. Each item is a way of asking on its own: "lön" asks all of "utbetalning av
        # lön", not a tenth of the whole line.
        outside = list(content.outside.items(lang))
        outside_asked = list(content.outside.asked(lang))
        self.outside = len(fields) if outside or outside_asked else None
        if self.outside is not None:
            fields.append(
                {"question": [], "keywords": outside, "asked": outside_asked, "answer": []}
            )
        texts = [text for f in fields for values in f.values() for text in values]
        self.analyzer = Analyzer(
            lang,
            content.abbreviations.for_lang(lang),
            texts,
            content.phrases.for_lang(lang),
            content.synonyms.for_lang(lang),
        )
        documents = []
        # Keys of the entries' questions, keywords and answers (not their asked questions).
        inside: set[str] = set()
        for number, entry_fields in enumerate(fields):
            doc: defaultdict[str, float] = defaultdict(float)
            for name, values in entry_fields.items():
                for value in values:
                    keys = self.analyzer.document_keys(value)
                    for key, tf in keys.items():
                        doc[key] += tf * FIELD_WEIGHTS[name]
                    if number != self.outside and name != "asked":
                        inside.update(keys)
            documents.append(doc)
        self._keys = [frozenset(doc) for doc in documents]
        # Items of one word on the outside list that no entry's question, keywords or answer uses:
        # a question with one is about something else. Only such words, taken whole: the parts of
        # a compound ("skriv" in "sjukskrivning") and the words of a longer item ("hire" in "new
        # hire") are everyday words a question about the routine may well use. Asked questions
        # do not make a word inside: a user who asked about sending the form "som vanligt mail i
        # outlook" does not make Outlook the routine's business.
        items = (
            [t.word for t in self.analyzer.tokens(i) if t.word not in STOPWORDS[lang]]
            for i in outside
        )
        whole = frozenset(stem(words[0], lang) for words in items if len(words) == 1)
        self.foreign: frozenset[str] = frozenset()
        if self.outside is not None:
            self.foreign = (whole & self._keys[self.outside]) - inside
        # What each document explains in a question: an entry does not explain a foreign word
        # that only its asked questions use ("outlook" in a question about sending the form).
        self._explains = [
            keys if number == self.outside else keys - self.foreign
            for number, keys in enumerate(self._keys)
        ]
        self.bm25 = Bm25Index(documents)
        self._synonym_cache: dict[str, tuple[str, ...]] = {}
        # Each document's ways of asking: its question, keywords and asked questions (the
        # outside list's items and asked questions). The model of the ways of asking learns them.
        self.ways: list[tuple[str, ...]] = [
            (*f["question"], *f["keywords"], *f["asked"]) for f in fields
        ]
        # Each entry's ways of asking, weighted by how telling their keys are, stored by key so
        # that a question reads only the phrasings that share a key.
        self._phrasings: list[tuple[dict[str, list[tuple[int, float]]], list[float]]] = []
        for ways in self.ways:
            by_key: defaultdict[str, list[tuple[int, float]]] = defaultdict(list)
            totals = []
            for number, phrasing in enumerate(ways):
                keys = self.analyzer.document_keys(phrasing, weak_weight=WEAK_WEIGHT)
                weights = {key: tf * self.bm25.idf(key) for key, tf in keys.items()}
                for key, weight in weights.items():
                    by_key[key].append((number, weight))
                totals.append(sum(weights.values()))
            self._phrasings.append((dict(by_key), totals))

    def keys(self, text: str) -> tuple[str, ...]:
        """The keys the analyzer reads in a text written as a question."""
        return _keys(self.analyzer.question(text))

    def synonyms(self, key: str) -> tuple[str, ...]:
        """The keys of the key's synonym group that some entry has."""
        if key not in self._synonym_cache:
            found = tuple(k for k in self.analyzer.synonyms(key) if k in self.bm25)
            self._synonym_cache[key] = found
        return self._synonym_cache[key]

    def matches(self, words: list[Word]) -> list[_Match]:
        """The closest entries to a question as read (`analyzer.question`), best first, each with
        its confidence."""
        scores = self.bm25.scores((k, w.weight * share) for w in words for k, share in w.keys)
        # A synonym adds to an entry only where the user's own word is missing, so an entry that
        # has both ("ändra" and "förändring") does not outrank one that has the word itself.
        for word in words:
            for key, share in word.keys:
                if others := self.synonyms(key):
                    weight = SYNONYM_WEIGHT * word.weight * share / len(others)
                    for number, score in self.bm25.scores((o, weight) for o in others).items():
                        if key not in self._keys[number]:
                            scores[number] = scores.get(number, 0.0) + score
        best = heapq.nsmallest(_CANDIDATES, scores, key=lambda n: (-scores[n], n))
        asked = _Asked(words, self)
        found = [_Match(n, scores[n], self._confidence(n, asked)) for n in best]
        return sorted(found, key=lambda m: (-m.confidence * (1 + m.score), m.number))

    def _confidence(self, number: int, asked: _Asked) -> float:
        """How much of the question the entry covers, and how much of its best phrasing."""
        keys = self._explains[number]
        covered = 0.0
        for key, weight, others in asked.terms:
            if key in keys:
                covered += weight
            elif any(o in keys for o in others):
                covered += weight * SYNONYM_WEIGHT
        by_key, totals = self._phrasings[number]
        shares = [0.0] * len(totals)
        for key, credit in asked.keys.items():
            for number_in_entry, weight in by_key.get(key, ()):
                shares[number_in_entry] += weight * credit
        best = max((s / t for s, t in zip(shares, totals, strict=True) if t), default=0.0)
        forward = covered / asked.total if asked.total else 0.0
        # The entry must explain the question; a question that only brushes against every way of
        # asking the entry ("vem är min chef?" against "Vem ska ansöka?") is discounted.
        return forward * math.sqrt(best)


class _Asked:
    """What a question asks, worked out once for all the candidate entries.

    `terms`: each key with its weight in the confidence (word weight x share x idf) and the keys
    of its synonyms; `total`: the weight of the whole question, unknown parts included; `keys`:
    every key asked, with credit 1 for the user's own words and SYNONYM_WEIGHT for synonyms.
    """

    def __init__(self, words: list[Word], index: _LanguageIndex) -> None:
        bm25 = index.bm25
        self.terms: list[tuple[str, float, tuple[str, ...]]] = []
        self.keys: dict[str, float] = {}
        self.total = 0.0
        for word in words:
            self.total += word.weight * (1 - word.known) * bm25.unknown_idf
            for key, share in word.keys:
                if key in index.foreign:
                    weight = FOREIGN_WEIGHT * word.weight * share * bm25.unknown_idf
                    self.terms.append((key, weight, ()))
                    self.total += weight
                    self.keys[key] = 1.0
                    continue
                others = index.synonyms(key)
                # A word no entry uses but whose synonym some entry does ("tillgång") weighs as
                # its most common synonym ("behörighet"): the coordinator has said what it means,
                # and the rest of the question ("... till journalsystemet") still decides.
                known = key in bm25 or not others
                idf = bm25.idf(key) if known else min(map(bm25.idf, others))
                weight = word.weight * share * idf
                self.terms.append((key, weight, others))
                self.total += weight
                self.keys[key] = 1.0
                for other in others:
                    self.keys[other] = max(self.keys.get(other, 0.0), SYNONYM_WEIGHT)


def _outside_wins(matches: list[_Match], outside: int | None) -> bool:
    """The outside list is among the closest matches and clearly surer than the closest entry.

    A question the routine answers can share most of its words with a question users asked
    about something else ("vem ska skriva på blanketten?" and "går det att signera blanketten
    digitalt?"); the entry keeps it unless the outside list explains the question clearly better.
    """
    listed = next((m.confidence for m in matches if m.number == outside), None)
    if listed is None:
        return False
    entry = next((m.confidence for m in matches if m.number != outside), 0.0)
    return listed >= entry + OUTSIDE_MARGIN


class FaqIndex:
    """Built once from the content at start-up; `search` is pure and needs no network."""

    def __init__(
        self,
        content: FaqContent,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        sure: float = DEFAULT_SURE,
    ) -> None:
        self.content = content
        self.threshold = threshold
        self.sure = sure
        self._indexes: dict[Lang, _LanguageIndex] = {
            "sv": _LanguageIndex("sv", content),
            "en": _LanguageIndex("en", content),
        }
        self._model = _train(self._indexes)

    @classmethod
    def for_content(cls, content: FaqContent) -> FaqIndex:
        """The index of this content with the default settings, built once per process: a bot
        forked from a parent that has built it (the crash test's zygote) starts without the
        half second the build takes. The index is read-only once built."""
        return _built(content.model_dump_json())

    def detect_language(self, question: str) -> Lang:
        """English only on English evidence: Swedish is what most users write."""
        words = [t.word for t in tokens(question)]
        sv_vocab, en_vocab = (self._indexes[lang].analyzer.vocabulary for lang in ("sv", "en"))
        swedish = sum(w in _SV_ONLY for w in words) + 2.0 * has_swedish_letters(question)
        swedish += 0.5 * sum(w in sv_vocab and w not in en_vocab for w in words)
        english = sum(w in _EN_ONLY for w in words) + 0.0
        english += 0.5 * sum(w in en_vocab and w not in sv_vocab for w in words)
        return "en" if english > swedish else "sv"

    def search(self, question: str) -> FaqResult:
        lang = self.detect_language(question)
        other: Lang = "en" if lang == "sv" else "sv"
        words = self._indexes[lang].analyzer.question(question)
        entries, outside = self._ranked(lang, words)
        if not outside and not self._sure(entries):
            # A Swedish question full of English terms (or the reverse) may still be answerable.
            other_words = self._indexes[other].analyzer.question(question)
            other_entries, other_outside = self._ranked(other, other_words)
            if not other_outside and self._sure(other_entries):
                lang, entries, words = other, other_entries, other_words
        score = entries[0].confidence if entries else 0.0
        chosen = entries[0].number if not outside and score >= self.threshold else None
        if guess := self._guess(lang, question, words):
            # The outside list's label is one past the last entry's.
            chosen = guess.label if guess.label < len(self.content.entries) else None
            score = guess.probability if chosen is not None else score
        near = [m for m in entries if m.number != chosen and m.confidence >= _MIN_ALTERNATIVE]
        alternatives = tuple(self.content.entries[m.number] for m in near[:_ALTERNATIVES])
        entry = self.content.entries[chosen] if chosen is not None else None
        return FaqResult(question, lang, entry, score, alternatives)

    def _guess(self, lang: Lang, question: str, words: list[Word]) -> Guess | None:
        """The model's pick when it is sure. A question with a foreign word (an outside item no
        entry uses) is left to the search: the model has seen "var hittar jag blanketten" so often
        that it would answer "var hittar jag blanketten för reseräkning" with the access form."""
        if self._model is None:
            return None
        index = self._indexes[lang]
        keys = _keys(words)
        guess = self._model.guess(question, keys)
        if guess.probability < self.sure:
            return None
        if guess.label < len(self.content.entries) and not index.foreign.isdisjoint(keys):
            return None
        return guess

    def _ranked(self, lang: Lang, words: list[Word]) -> tuple[list[_Match], bool]:
        """The closest entries in one language, and whether the outside list wins over them."""
        index = self._indexes[lang]
        matches = index.matches(words)
        entries = [m for m in matches if m.number != index.outside]
        return entries, _outside_wins(matches, index.outside)

    def _sure(self, entries: list[_Match]) -> bool:
        return bool(entries) and entries[0].confidence >= self.threshold

    def closest_topics(self, result: FaqResult, limit: int = 3) -> tuple[Topic, ...]:
        """Topics of the closest entries, filled up with the content's first topics."""
        ids = [e.topic for e in (*([result.entry] if result.entry else []), *result.alternatives)]
        ids += [t.id for t in self.content.topics]
        return tuple(self.content.topic(i) for i in dict.fromkeys(ids))[:limit]


def _train(indexes: dict[Lang, _LanguageIndex]) -> QuestionModel | None:
    """The model of the ways of asking, in both languages; None when there is nothing to tell
    apart (one entry and no outside list)."""
    samples = [
        Sample(text, index.keys(text), number)
        for index in indexes.values()
        for number, ways in enumerate(index.ways)  # the outside list's number is one past
        for text in ways
    ]
    if len({s.label for s in samples}) < 2:
        return None
    return QuestionModel(samples)


def _keys(words: list[Word]) -> tuple[str, ...]:
    return tuple(key for word in words for key, _ in word.keys)


@lru_cache(maxsize=4)
def _built(content: str) -> FaqIndex:
    """FaqIndex.for_content, keyed by the content as JSON."""
    return FaqIndex(FaqContent.model_validate_json(content))
