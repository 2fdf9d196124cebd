"""FaqIndex: the best FAQ entry for a free-text question, or an honest 'the routine doesn't say'."""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from dataclasses import dataclass

from knowledge.analyzer import WEAK_WEIGHT, Analyzer, Frequencies, Word
from knowledge.bm25 import Bm25Index
from knowledge.content import FaqContent, FaqEntry, Lang, Topic
from knowledge.text import STOPWORDS, WEAK, has_swedish_letters, tokens

# Where a key counts most: a hit in the question or a keyword says more than one in the answer.
# Topic titles are left out: every entry of a topic shares them, so they only blur the ranking.
FIELD_WEIGHTS = {"question": 3.0, "keywords": 2.0, "answer": 0.5}
# Below this confidence the bot declines. Calibrated with benchmarks/faq.py (see the README).
DEFAULT_THRESHOLD = 0.48
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
    score: float  # confidence from 0 to 1 that `entry` answers the question
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
                "answer": [e.answer(lang)],
            }
            for e in content.entries
        ]
        texts = [text for f in fields for values in f.values() for text in values]
        self.analyzer = Analyzer(
            lang, content.abbreviations.for_lang(lang), texts, content.phrases.for_lang(lang)
        )
        documents = []
        for entry_fields in fields:
            doc: defaultdict[str, float] = defaultdict(float)
            for name, values in entry_fields.items():
                for value in values:
                    for key, tf in self.analyzer.document_keys(value).items():
                        doc[key] += tf * FIELD_WEIGHTS[name]
            documents.append(doc)
        self._keys = [frozenset(doc) for doc in documents]
        self.bm25 = Bm25Index(documents)
        self._phrasings = [
            [
                self._weigh(self.analyzer.document_keys(p, weak_weight=WEAK_WEIGHT))
                for p in (*f["question"], *f["keywords"])
            ]
            for f in fields
        ]

    def _weigh(self, phrasing: Frequencies) -> tuple[Frequencies, float]:
        """A phrasing's keys weighted by how telling they are, and their total."""
        weights = {key: tf * self.bm25.idf(key) for key, tf in phrasing.items()}
        return weights, sum(weights.values())

    def matches(self, question: str) -> list[_Match]:
        """The closest entries, best first, each with its confidence."""
        words = self.analyzer.question(question)
        query = [(key, w.weight * share) for w in words for key, share in w.keys]
        scores = self.bm25.scores(query)
        best = heapq.nsmallest(_CANDIDATES, scores, key=lambda n: (-scores[n], n))
        found = [_Match(n, scores[n], self._confidence(n, words)) for n in best]
        return sorted(found, key=lambda m: (-m.confidence * (1 + m.score), m.number))

    def _confidence(self, number: int, words: list[Word]) -> float:
        """How much of the question the entry covers, and how much of its best phrasing."""
        keys = self._keys[number]
        covered = total = 0.0
        for word in words:
            known = sum(share * self.bm25.idf(k) for k, share in word.keys)
            total += word.weight * (known + (1 - word.known) * self.bm25.unknown_idf)
            covered += word.weight * sum(s * self.bm25.idf(k) for k, s in word.keys if k in keys)
        asked = {key for w in words for key, _ in w.keys}
        phrasing = max((self._overlap(p, asked) for p in self._phrasings[number]), default=0.0)
        forward = covered / total if total else 0.0
        # The entry must explain the question; a question that only brushes against every way of
        # asking the entry ("vem är min chef?" against "Vem ska ansöka?") is discounted.
        return forward * math.sqrt(phrasing)

    @staticmethod
    def _overlap(phrasing: tuple[Frequencies, float], asked: set[str]) -> float:
        weights, total = phrasing
        return sum(weights[k] for k in asked if k in weights) / total if total else 0.0


class FaqIndex:
    """Built once from the content at start-up; `search` is pure and needs no network."""

    def __init__(self, content: FaqContent, *, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.content = content
        self.threshold = threshold
        self._indexes: dict[Lang, _LanguageIndex] = {
            "sv": _LanguageIndex("sv", content),
            "en": _LanguageIndex("en", content),
        }

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
        matches = self._indexes[lang].matches(question)
        if not matches or matches[0].confidence < self.threshold:
            # A Swedish question full of English terms (or the reverse) may still be answerable.
            fallback = self._indexes[other].matches(question)
            if fallback and fallback[0].confidence >= self.threshold:
                lang, matches = other, fallback
        score = matches[0].confidence if matches else 0.0
        answered = score >= self.threshold
        near = [m for m in matches[1 if answered else 0 :] if m.confidence >= _MIN_ALTERNATIVE]
        alternatives = tuple(self.content.entries[m.number] for m in near[:_ALTERNATIVES])
        entry = self.content.entries[matches[0].number] if answered else None
        return FaqResult(question, lang, entry, score, alternatives)

    def closest_topics(self, result: FaqResult, limit: int = 3) -> tuple[Topic, ...]:
        """Topics of the closest entries, filled up with the content's first topics."""
        ids = [e.topic for e in (*([result.entry] if result.entry else []), *result.alternatives)]
        ids += [t.id for t in self.content.topics]
        return tuple(self.content.topic(i) for i in dict.fromkeys(ids))[:limit]
