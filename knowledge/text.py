"""Words out of text: folding, tokens, stop words and stems, for Swedish and English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple, Protocol, cast

import snowballstemmer  # type: ignore[import-untyped]  # ships no type hints

from knowledge.content import Lang

# Users on a foreign keyboard or in a hurry write å, ä and ö as a, a and o. Folding both the content
# and the question the same way makes "behorighet" and "behörighet" one word.
_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", "æ": "a", "ø": "o"})
_LETTER_HYPHEN = re.compile(r"\b(\w)-(?=\w)")  # e-post, e-mail
_TOKEN = re.compile(r"[^\W_]+(\.)?")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that carry no meaning for the search. Folded, so "för" is listed as "for".
_STOP_SV = _words("""
och o i att det som en ett pa ar av for med till den de om har jag man du vi hon han hen min mitt
mina din ditt dina sin sitt sina er era dem sig mig dig oss sa men eller da nu dar inte ocksa ju
val bara aven nagon nagot nagra nan nat hej hejsan tack snalla undrar ska skall kan kunde maste
vill ville behover behovs behovde behovt bor blir bli blev vara varit hade ha gor gora gjort gjorde
sen sedan ut in upp dit hit denna detta dessa pga typ alltsa liksom bla mm osv ex vid fran hos mot
genom mycket lite
ens egen eget egna hennes hans deras hens henne honom dess hur vad vem vilka vilken vilket var
vart nar varfor finns fa far fick
""")
_STOP_EN = _words("""
a an the and or of to in on at for with by from is are was were be been being am do does did have
has had i me my we our you your he she it its they them their this that these those there here
can could should would will shall may might must need needs please hi hello thanks thank also just
so if then than as about into up out s t don doesn isn hey how what who whom where when why which
get gets got much many some any him her his hers theirs mine yours ours myself herself himself
themselves someone somebody anyone anybody something
""")

# Chat filler: greetings, sign-offs, hedges and when something happens ("hej! ... som börjar på
# måndag"). The routine never turns on the day of the week, and such words, unknown to the
# content, would otherwise count as the part of the question no entry explains. Months stay: the
# rules change "från 1 mars". Folded, like the stop words.
_FILLER_SV = _words("""
halla tjena tjenare hejhej morrn godmorgon godmiddag mvh halsningar vanligen tacksam
undra undrade undrat fundering funderingar funderar fundera forresten forhand iaf assa okej ok
kanske precis just nyss snart verkligen egentligen fort snabbt snabb
mandag tisdag onsdag torsdag fredag lordag sondag idag imorgon igar ikvall morgon
vecka veckan veckor nasta forra
""")
_FILLER_EN = _words("""
hiya greetings regards cheers dear ok okay wondering wonder wondered quick quickly actually
really maybe perhaps soon
monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight yesterday
week weeks
""")

# Question words still help to rank ("vem" points at a who-question), but they say little about
# whether the routine answers the question at all, so they count for little in the confidence.
_WEAK_SV = _words("hur vad vem vilka vilken vilket var vart nar varfor finns fa far fick")
_WEAK_EN = _words("how what who whom where when why which get gets got")

FILLER: dict[Lang, frozenset[str]] = {"sv": _FILLER_SV, "en": _FILLER_EN}
STOPWORDS: dict[Lang, frozenset[str]] = {
    "sv": (_STOP_SV | _FILLER_SV) - _WEAK_SV,
    "en": (_STOP_EN | _FILLER_EN) - _WEAK_EN,
}
WEAK: dict[Lang, frozenset[str]] = {"sv": _WEAK_SV, "en": _WEAK_EN}

# Snowball's Swedish stemmer is light: it leaves "ansökan", "mejlet" and "koppling" apart from
# "ansöka", "mejl" and "koppla". One more suffix off brings such noun and verb forms together.
_EXTRA_SUFFIXES: dict[Lang, tuple[str, ...]] = {"sv": ("ning", "ing", "an", "et"), "en": ()}
_MIN_STEM = 3
_STEMMERS = {"sv": "swedish", "en": "english"}


class Token(NamedTuple):
    word: str  # lower case and folded
    truncated: bool  # written with a trailing dot, like "beh." or "bemanningssamord."


def fold(value: str) -> str:
    return value.lower().translate(_FOLD)


def tokens(value: str) -> Iterator[Token]:
    """Folded words of a text; single letters are dropped (they are noise in both languages)."""
    for match in _TOKEN.finditer(_LETTER_HYPHEN.sub(r"\1", fold(value))):
        word = match.group().rstrip(".")
        if len(word) > 1 or word.isdigit():
            yield Token(word, match.group(1) is not None)


def has_swedish_letters(value: str) -> bool:
    return any(ch in value.lower() for ch in "åäö")


@lru_cache(maxsize=65536)
def stem(word: str, lang: Lang) -> str:
    """The search key for a folded word: Snowball's stem, with one extra Swedish suffix off."""
    result = _stemmer(lang).stemWord(word)
    for suffix in _EXTRA_SUFFIXES[lang]:
        if result.endswith(suffix) and len(result) - len(suffix) >= _MIN_STEM:
            return result[: -len(suffix)]
    return result


class _Stemmer(Protocol):
    def stemWord(self, word: str) -> str: ...  # snowballstemmer's name


@lru_cache(maxsize=2)
def _stemmer(lang: Lang) -> _Stemmer:
    return cast(_Stemmer, snowballstemmer.stemmer(_STEMMERS[lang]))
