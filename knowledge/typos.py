"""Typo correction against the content's vocabulary, in time that does not grow with it.

A symmetric-delete index (the idea behind SymSpell): every vocabulary word is stored under each
string obtained by deleting up to two of its letters. A misspelt word reaches its correction
through a shared deletion, so a look-up costs a few dictionary probes whatever the size of the
vocabulary; rapidfuzz then measures the true distance of the few candidates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations

from rapidfuzz.distance import OSA

# How many edits a word of a given length may have: short words are left alone, since "kvar" is
# one letter from "klar" and both are real words.
_MIN_LEN_ONE_EDIT = 5
_MIN_LEN_TWO_EDITS = 9


def allowed_edits(word: str) -> int:
    if len(word) >= _MIN_LEN_TWO_EDITS:
        return 2
    return 1 if len(word) >= _MIN_LEN_ONE_EDIT else 0


def _deletions(word: str, edits: int) -> set[str]:
    result = {word}
    for count in range(1, edits + 1):
        for positions in combinations(range(len(word)), count):
            result.add("".join(ch for i, ch in enumerate(word) if i not in positions))
    return result


class TypoIndex:
    def __init__(self, words: Iterable[str]) -> None:
        self._by_deletion: defaultdict[str, set[str]] = defaultdict(set)
        for word in set(words):
            for variant in _deletions(word, allowed_edits(word)):
                self._by_deletion[variant].add(word)

    def correct(self, word: str) -> tuple[str, int] | None:
        """The closest vocabulary word within the allowed edits and its distance, or None.

        Ties go to the candidate that keeps the first letter (people seldom mistype it) and then
        to the one closest in length, so the choice is stable.
        """
        edits = allowed_edits(word)
        if not edits:
            return None
        candidates: set[str] = set()
        for variant in _deletions(word, edits):
            candidates |= self._by_deletion.get(variant, set())
        scored = [
            (OSA.distance(word, c), c[0] != word[0], abs(len(c) - len(word)), c)
            for c in candidates
            if abs(len(c) - len(word)) <= edits
        ]
        best = min((s for s in scored if s[0] <= edits), default=None)
        return (best[3], best[0]) if best else None
