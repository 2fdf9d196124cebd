"""From a word as the user wrote it to the search keys it stands for, in one language.

First phrases of several words from the content file are replaced by the words they stand for
("av sig själv" -> automatiskt), and stop words and chat filler go. Then, word by word:
abbreviations from the content file ("beh." -> behörighet), words the content
knows, Swedish compounds made of known words ("behörighetsblanketten" -> behörighet + blankett),
truncated words ("bemanningssamord." -> bemanningssamordnare), typos (rapidfuzz distance against
the vocabulary), and as a last resort a compound whose last part is known ("journalsystemet"
keeps "system", and counts half as unknown). Words of the content's synonym groups count as known
words; `synonyms(key)` gives the other keys of a key's group, which the search adds at reduced
weight.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from knowledge.content import Lang
from knowledge.text import STOPWORDS, WEAK, Token, fold, stem, tokens
from knowledge.typos import TypoIndex

WEAK_WEIGHT = 0.3  # a question word ("hur", "vem") counts this much
# How sure a guess is: the rest of the word counts as unknown. Index = number of typo edits.
_CERTAINTY = (1.0, 0.8, 0.6)
_COMPLETION_CERTAINTY = 0.8
_MIN_PART = 3
_MIN_COMPOUND = 7
_MAX_PREFIX_MATCHES = 50
_CACHE_LIMIT = 20_000

Keys = tuple[tuple[str, float], ...]
Frequencies = dict[str, float]


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a question: its keys with their shares, and how much the word counts.

    The shares of a fully understood word add up to 1; what is missing is the unknown part.
    """

    text: str
    keys: Keys
    weight: float

    @property
    def known(self) -> float:
        return sum(share for _, share in self.keys)


class Analyzer:
    def __init__(
        self,
        lang: Lang,
        abbreviations: Mapping[str, str],
        texts: Iterable[str],
        phrases: Mapping[str, str] | None = None,
        synonyms: Sequence[Sequence[str]] = (),
    ) -> None:
        self.lang = lang
        self._stop = STOPWORDS[lang]
        self._weak = WEAK[lang]
        self._abbreviations = {
            fold(key): tuple(t.word for t in tokens(value)) for key, value in abbreviations.items()
        }
        # A phrase matches word by word on stems, so "skickade in" reads like "skicka in";
        # irregular forms ("går", "gick") need their own entry in the content.
        self._phrases = {
            tuple(stem(t.word, lang) for t in tokens(key)): tuple(
                Token(t.word, False) for t in tokens(value)
            )
            for key, value in (phrases or {}).items()
        }
        self._longest_phrase = max(map(len, self._phrases), default=0)
        counts = Counter(t.word for text in texts for t in tokens(text) if t.word not in self._stop)
        self.vocabulary = frozenset(counts)
        self._stems = frozenset(stem(w, lang) for w in counts)
        self._sorted = sorted(counts)
        self._counts = counts
        # Synonyms work on keys: a question key also stands for the other keys of its group. Their
        # words count as known words, so "formuläret" or "ansökningsformulär" (a compound with a
        # synonym as a part) are read too, and their typos corrected.
        groups = [[t.word for word in group for t in tokens(word)] for group in synonyms]
        self._synonyms: dict[str, tuple[str, ...]] = {}
        for group in groups:
            keys = tuple(dict.fromkeys(stem(w, lang) for w in group))
            for key in keys:
                self._synonyms[key] = (*self._synonyms.get(key, ()), *(k for k in keys if k != key))
        self._synonym_words = frozenset(w for group in groups for w in group) - self._stop
        self._typos = TypoIndex(counts.keys() | self._synonym_words)
        self._cache: dict[str, Word | None] = {}

    def document_keys(self, text: str, *, weak_weight: float = 1.0) -> Frequencies:
        """Key frequencies of a content text, compound parts and abbreviations included."""
        result: defaultdict[str, float] = defaultdict(float)
        for token in self.tokens(text):
            if token.word in self._stop:
                continue
            weight = weak_weight if token.word in self._weak else 1.0
            for key, share in self._keys_of(token.word):
                result[key] += share * weight
            for word in self._abbreviations.get(token.word, ()):
                for key, share in self._keys_of(word):
                    result[key] += share * weight
        return dict(result)

    def question(self, text: str) -> list[Word]:
        """The question's meaningful words; stop words are gone, unknown words stay (no keys)."""
        words = []
        for token in self.tokens(text):
            cache_key = f"{token.word}{'.' if token.truncated else ''}"
            if cache_key not in self._cache:
                if len(self._cache) > _CACHE_LIMIT:
                    self._cache.clear()
                self._cache[cache_key] = self._analyse(token.word, token.truncated)
            word = self._cache[cache_key]
            if word is not None:
                words.append(word)
        return words

    def synonyms(self, key: str) -> tuple[str, ...]:
        """The other keys of the key's synonym group (none for most keys)."""
        return self._synonyms.get(key, ())

    def tokens(self, text: str) -> list[Token]:
        """The text's tokens, with each known phrase replaced by the words it stands for."""
        found = list(tokens(text))
        if not self._phrases:
            return found
        stems = [stem(t.word, self.lang) for t in found]
        result: list[Token] = []
        start = 0
        while start < len(found):
            for length in range(min(self._longest_phrase, len(found) - start), 1, -1):
                words = self._phrases.get(tuple(stems[start : start + length]))
                if words is not None:
                    result.extend(words)
                    start += length
                    break
            else:
                result.append(found[start])
                start += 1
        return result

    def _analyse(self, word: str, truncated: bool) -> Word | None:
        if word in self._stop:
            return None
        if word in self._weak:
            return Word(word, self._keys_of(word), WEAK_WEIGHT)
        if word in self._abbreviations:
            expansion = [w for w in self._abbreviations[word] if w not in self._stop]
            keys = tuple(
                (key, share / len(expansion)) for w in expansion for key, share in self._keys_of(w)
            )
            return Word(word, keys, 1.0)
        if word in self.vocabulary or stem(word, self.lang) in self._stems:
            return Word(word, self._keys_of(word), 1.0)
        if self._split(word) or self._is_synonym(word):
            return Word(word, self._keys_of(word), 1.0)
        guess = self._complete(word) if truncated else None
        if guess is None and (typo := self._typos.correct(word)):
            guess = (typo[0], _CERTAINTY[typo[1]])
        if guess is None and len(word) >= _MIN_COMPOUND:
            guess = self._complete(word)
        if guess is not None:
            keys = tuple((key, share * guess[1]) for key, share in self._keys_of(guess[0]))
            return Word(word, keys, 1.0)
        # An unknown short word is far more often a particle ("tas", "nåt") than a topic.
        return Word(word, self._known_tail(word), 1.0 if len(word) > 3 else WEAK_WEIGHT)

    def _keys_of(self, word: str) -> Keys:
        """A known compound counts half as a whole and half through its parts; a compound the
        content never uses as a whole ("mejladress") counts through its parts alone."""
        whole = stem(word, self.lang)
        parts = self._split(word)
        if not parts:
            return ((whole, 1.0),)
        share = 0.5 if whole in self._stems or whole in self._synonyms else 1.0
        return (
            *(((whole, 0.5),) if share == 0.5 else ()),
            *((stem(p, self.lang), share / len(parts)) for p in parts),
        )

    def _split(self, word: str, depth: int = 0) -> tuple[str, ...]:
        """Known parts of a Swedish compound, longest first part first; () when it is no compound.

        A part may end in a linking letter ("behörighet-s-blankett", "lön-e-service").
        """
        if self.lang != "sv" or len(word) < _MIN_COMPOUND:
            return ()
        for cut in range(len(word) - _MIN_PART, _MIN_PART - 1, -1):
            head = self._known_part(word[:cut])
            if head is None:
                continue
            tail = word[cut:]
            # The last part must be a word the content uses, or long enough that a shared stem
            # is no accident ("medarbe-tare" must not split on "tar").
            # A synonym may be the last part, which decides what a compound is ("ansöknings-
            # formulär" is a form), not a first part ("tjänst-ledighet" is no kind of "tjänst").
            if (
                tail in self.vocabulary
                or tail in self._synonym_words
                or (len(tail) > 4 and self._known_part(tail, last=True) == tail)
            ):
                return (head, tail)
            if depth == 0 and (rest := self._split(tail, 1)):
                return (head, *rest)
        return ()

    def _known_part(self, part: str, *, last: bool = False) -> str | None:
        linked = part[:-1] if part.endswith(("s", "e", "a", "o", "u")) else part
        for candidate in (part, linked):
            if (
                len(candidate) >= _MIN_PART
                and candidate not in self._stop
                and candidate not in self._weak
                and (
                    stem(candidate, self.lang) in self._stems
                    or (last and self._is_synonym(candidate))
                )
            ):
                return candidate
        return None

    def _is_synonym(self, word: str) -> bool:
        return word in self._synonym_words or stem(word, self.lang) in self._synonyms

    def _known_tail(self, word: str) -> Keys:
        """Half a compound: its longest known last part, or failing that its first part."""
        if self.lang != "sv" or len(word) < _MIN_COMPOUND:
            return ()
        cuts = range(_MIN_PART, len(word) - _MIN_PART)
        tail = next((word[c:] for c in cuts if word[c:] in self.vocabulary), None)
        head = next((word[:c] for c in reversed(cuts) if word[:c] in self.vocabulary), None)
        part = tail or head
        return ((stem(part, self.lang), 0.5),) if part else ()

    def _complete(self, prefix: str) -> tuple[str, float] | None:
        """The most frequent vocabulary word that starts with a truncated word, and certainty."""
        start = bisect_left(self._sorted, prefix)
        matches = []
        for candidate in self._sorted[start : start + _MAX_PREFIX_MATCHES]:
            if not candidate.startswith(prefix):
                break
            matches.append(candidate)
        if len(prefix) < 3 or not matches:
            return None
        return max(matches, key=lambda w: (self._counts[w], -len(w))), _COMPLETION_CERTAINTY
