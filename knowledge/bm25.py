"""Okapi BM25 over an inverted index, with weighted fields (a small BM25F).

A question only touches the posting lists of its own keys, and at most MAX_POSTINGS of each, so
the time per question does not grow with the number of entries in the content.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

K1 = 1.2
B = 0.5  # answers are long and questions short: normalise length only halfway
MAX_POSTINGS = 64


def _by_score(posting: tuple[int, float]) -> tuple[float, int]:
    return -posting[1], posting[0]


class Bm25Index:
    def __init__(self, documents: Sequence[Mapping[str, float]]) -> None:
        """`documents` are key frequencies, already multiplied by their field weights."""
        self.size = len(documents)
        lengths = [sum(doc.values()) for doc in documents]
        average = sum(lengths) / max(self.size, 1) or 1.0
        saturated: dict[str, list[tuple[int, float]]] = {}
        for number, (doc, length) in enumerate(zip(documents, lengths, strict=True)):
            norm = K1 * (1 - B + B * length / average)
            for key, tf in doc.items():
                saturated.setdefault(key, []).append((number, tf * (K1 + 1) / (tf + norm)))
        self._idf = {key: self._idf_for(len(p)) for key, p in saturated.items()}
        self.unknown_idf = self._idf_for(0)
        # Each posting holds its finished term score, best first, so a question only adds numbers
        # up, and reads at most MAX_POSTINGS per key (a "champion list"): a key in that many
        # entries is common, and the entries further down its list gain little from it. This
        # bounds the time per question however large the content grows.
        self._postings = {
            key: sorted(((n, self._idf[key] * s) for n, s in postings), key=_by_score)[
                :MAX_POSTINGS
            ]
            for key, postings in saturated.items()
        }

    def _idf_for(self, frequency: int) -> float:
        return math.log(1 + (self.size - frequency + 0.5) / (frequency + 0.5))

    def idf(self, key: str) -> float:
        """How telling a key is; a key no entry has is the most telling of all."""
        return self._idf.get(key, self.unknown_idf)

    def __contains__(self, key: str) -> bool:
        return key in self._postings

    def scores(self, query: Iterable[tuple[str, float]]) -> dict[int, float]:
        """BM25 score per document that shares at least one key with the weighted query."""
        result: dict[int, float] = {}
        for key, weight in query:
            for number, score in self._postings.get(key, ()):
                result[number] = result.get(number, 0.0) + weight * score
        return result
