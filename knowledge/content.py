"""The FAQ content as validated data: topics, source sections, entries and abbreviations."""

from __future__ import annotations

import re
import tomllib
from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

from store.content_errors import describe_all

DEFAULT_FAQ = Path(__file__).resolve().parent.parent / "content" / "faq.toml"

Lang = Literal["sv", "en"]
Flow = Literal["new_access", "change", "termination", "manager_link", "my_cases"]
Extra = Literal["contact", "document"]
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+$", max_length=60)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

# Addresses are configuration, never content: a real person's address must not end up in a card
# text that outlives the person's job.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Topic(_Frozen):
    id: Id
    title_sv: Text
    title_en: Text

    def title(self, lang: Lang) -> str:
        return self.title_en if lang == "en" else self.title_sv


class Section(_Frozen):
    """A heading in the routine, or a background source that is not part of the routine."""

    heading: Text
    heading_en: Text
    in_routine: bool


def _without_addresses(texts: tuple[str, ...]) -> None:
    if any(_EMAIL.search(t) for t in texts):
        raise ValueError("contains an e-mail address; addresses belong in configuration")


class FaqEntry(_Frozen):
    id: Id
    topic: Id
    question_sv: Text
    question_en: Text
    answer_sv: Text
    answer_en: Text
    keywords_sv: tuple[Text, ...] = ()
    keywords_en: tuple[Text, ...] = ()
    # Questions users have asked, as they wrote them (typos and all), e.g. from the feedback
    # review: the search reads them as more ways of asking this entry.
    asked_sv: tuple[Text, ...] = ()
    asked_en: tuple[Text, ...] = ()
    source_section: Text
    related: tuple[Id, ...] = Field(default=(), max_length=3)
    flow: Flow | None = None
    show: tuple[Extra, ...] = ()

    @field_validator(
        "question_sv",
        "question_en",
        "answer_sv",
        "answer_en",
        "keywords_sv",
        "keywords_en",
        "asked_sv",
        "asked_en",
    )
    @classmethod
    def _no_addresses(cls, value: str | tuple[str, ...]) -> str | tuple[str, ...]:
        _without_addresses((value,) if isinstance(value, str) else value)
        return value

    def question(self, lang: Lang) -> str:
        return self.question_en if lang == "en" else self.question_sv

    def answer(self, lang: Lang) -> str:
        return self.answer_en if lang == "en" else self.answer_sv

    def keywords(self, lang: Lang) -> tuple[str, ...]:
        return self.keywords_en if lang == "en" else self.keywords_sv

    def asked(self, lang: Lang) -> tuple[str, ...]:
        return self.asked_en if lang == "en" else self.asked_sv


def _items(line: str) -> list[str]:
    return [item.strip() for item in line.split(",")]


class Outside(_Frozen):
    """Matters users ask about here that the routine does not answer, as comma-separated items.

    Leave, sick leave, schedules, pay, passwords, other systems: they belong to other routines. An
    item of one word that no entry uses ("tjänstledighet") tells the search that a question with
    it is about something else, so it declines instead of answering with the entry that shares a
    few words ("blankett för tjänstledighet" is not a question about the access form).
    """

    keywords_sv: tuple[Text, ...] = ()
    keywords_en: tuple[Text, ...] = ()
    # Questions users asked that the routine does not answer, verbatim: the outside list competes
    # with the entries through them too ("hur rättar jag en stämpling i kom o gå" is not a
    # question about what Kom o Gå is).
    asked_sv: tuple[Text, ...] = ()
    asked_en: tuple[Text, ...] = ()

    @field_validator("asked_sv", "asked_en")
    @classmethod
    def _asked_without_addresses(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        _without_addresses(value)
        return value

    @field_validator("keywords_sv", "keywords_en")
    @classmethod
    def _items_can_be_read(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        """No addresses, no empty item (",,"), no item of stop words or question words only.

        Such an item would do nothing, or worse: "vad" would make every "vad ..." question lean
        towards the outside list.
        """
        from knowledge.text import STOPWORDS, WEAK, tokens  # text.py imports this module

        _without_addresses(value)
        ignored = STOPWORDS["sv"] | WEAK["sv"] | STOPWORDS["en"] | WEAK["en"]
        for line in value:
            for item in _items(line):
                if not item:
                    raise ValueError(f"{line!r} has an empty item (two commas in a row?)")
                if all(t.word in ignored for t in tokens(item)):
                    raise ValueError(
                        f"{item!r} in {line!r} is only stop words or question words, "
                        "which the search ignores"
                    )
        return value

    def items(self, lang: Lang) -> tuple[str, ...]:
        """Every comma-separated item of the language's lines: the search reads each on its own."""
        lines = self.keywords_en if lang == "en" else self.keywords_sv
        return tuple(item for line in lines for item in _items(line))

    def asked(self, lang: Lang) -> tuple[str, ...]:
        return self.asked_en if lang == "en" else self.asked_sv


# One word in lower case, without the dot: that is how the search sees what the user typed.
AbbreviationKey = Annotated[str, StringConstraints(pattern=r"^[^\W_A-ZÅÄÖ]+$")]


class Abbreviations(_Frozen):
    """Short forms and synonyms users type, mapped to the words they stand for."""

    sv: dict[AbbreviationKey, Text] = {}
    en: dict[AbbreviationKey, Text] = {}

    def for_lang(self, lang: Lang) -> dict[str, str]:
        return self.en if lang == "en" else self.sv


# Two or more lower-case words separated by single spaces: "av sig själv", "gå från".
_PHRASE_KEY = re.compile(r"^[^\W_A-ZÅÄÖ]+( [^\W_A-ZÅÄÖ]+)+$")
_WORD = re.compile(r"[^\W_]+")


class Phrases(_Frozen):
    """Expressions of several words users write, mapped to the word(s) the content uses.

    "av sig själv" -> "automatiskt": the search reads the phrase as that word, in questions and
    content alike, so a question need not share any single word with the entry.
    """

    sv: dict[str, Text] = {}
    en: dict[str, Text] = {}

    @field_validator("sv", "en")
    @classmethod
    def _keys_are_phrases(cls, value: dict[str, str]) -> dict[str, str]:
        for key, words in value.items():
            if not _PHRASE_KEY.match(key):
                raise ValueError(
                    f"{key!r} is not a phrase: write two or more words in lower case, separated "
                    "by single spaces, without punctuation (a single word belongs under "
                    "[abbreviations])"
                )
            if _EMAIL.search(words):
                raise ValueError(f"{key!r} contains an e-mail address")
        return value

    def for_lang(self, lang: Lang) -> dict[str, str]:
        return self.en if lang == "en" else self.sv


# One word in lower case, as users type it; a single letter and a hyphen may lead ("e-learning").
_SYNONYM_WORD = re.compile(r"^([^\W_A-ZÅÄÖ]-)?[^\W_A-ZÅÄÖ]+$")


class Synonyms(_Frozen):
    """Groups of words that mean the same here: "behörighet", "tillgång", "åtkomst".

    A question word from a group also finds entries that use another word of the group, at reduced
    weight (knowledge/search.py, SYNONYM_WEIGHT): "hur får jag tillgång" reaches the entries about
    "behörighet", but an entry that uses the user's own word still ranks first.
    """

    sv: tuple[tuple[str, ...], ...] = ()
    en: tuple[tuple[str, ...], ...] = ()

    @field_validator("sv", "en")
    @classmethod
    def _groups_are_words(cls, value: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
        seen: dict[str, int] = {}
        for number, group in enumerate(value, start=1):
            where = f"group {number} {list(group)}"
            if len(set(group)) < 2:
                raise ValueError(f"{where}: a group needs two or more different words")
            for word in group:
                if not _SYNONYM_WORD.match(word):
                    raise ValueError(
                        f"{where}: {word!r} is not one word in lower case without punctuation "
                        "(an expression of several words belongs under [phrases])"
                    )
                if word in seen and seen[word] != number:
                    raise ValueError(
                        f"{where}: {word!r} is also in group {seen[word]}; a word may be in one "
                        "group only (merge the groups or leave the word out of one)"
                    )
                seen[word] = number
        return value

    def for_lang(self, lang: Lang) -> tuple[tuple[str, ...], ...]:
        return self.en if lang == "en" else self.sv


class FaqContent(_Frozen):
    abbreviations: Abbreviations = Abbreviations()
    phrases: Phrases = Phrases()
    synonyms: Synonyms = Synonyms()
    outside: Outside = Outside()
    sections: tuple[Section, ...] = Field(min_length=1)
    topics: tuple[Topic, ...] = Field(min_length=1)
    entries: tuple[FaqEntry, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _references_resolve(self) -> Self:
        """Ids are unique, and every topic, section and related id points at something real."""
        for kind, ids in (
            ("topic id", [t.id for t in self.topics]),
            ("entry id", [e.id for e in self.entries]),
            ("section heading", [s.heading for s in self.sections]),
        ):
            duplicates = sorted({i for i in ids if ids.count(i) > 1})
            if duplicates:
                raise ValueError(f"duplicate {kind}: {', '.join(duplicates)}")
        topic_ids = {t.id for t in self.topics}
        headings = {s.heading for s in self.sections}
        entry_ids = {e.id for e in self.entries}
        for entry in self.entries:
            where = f"entry {entry.id!r}"
            if entry.topic not in topic_ids:
                raise ValueError(f"{where}: unknown topic {entry.topic!r}")
            if entry.source_section not in headings:
                raise ValueError(
                    f"{where}: source_section {entry.source_section!r} is not a section"
                )
            unknown = [r for r in entry.related if r not in entry_ids]
            if unknown:
                raise ValueError(f"{where}: related id(s) {unknown} do not exist")
            if entry.id in entry.related or len(set(entry.related)) != len(entry.related):
                raise ValueError(f"{where}: related must not repeat itself or another id")
        empty = sorted(topic_ids - {e.topic for e in self.entries})
        if empty:
            raise ValueError(f"topic(s) without entries: {', '.join(empty)}")
        self._phrases_use_content_words()
        self._synonyms_can_be_read()
        return self

    def _content_words(self, lang: Lang) -> set[str]:
        return {
            word.casefold()
            for e in self.entries
            for text in (e.question(lang), e.answer(lang), *e.keywords(lang), *e.asked(lang))
            for word in _WORD.findall(text)
        }

    def _phrases_use_content_words(self) -> None:
        """A phrase standing for words no entry uses could lead nowhere; most likely a typo."""
        for lang in ("sv", "en"):
            used = self._content_words(lang)
            for key, words in self.phrases.for_lang(lang).items():
                unknown = [w for w in _WORD.findall(words) if w.casefold() not in used]
                if unknown:
                    raise ValueError(
                        f"phrases.{lang} {key!r}: {', '.join(unknown)} occurs in no {lang} "
                        "question, answer, keyword or asked question, so the phrase could lead to "
                        "no entry"
                    )

    def _synonyms_can_be_read(self) -> None:
        """Every synonym group leads to an entry, and the search sees each of its words as such.

        A group none of whose words (or their stems) occur in the entries could lead nowhere. A stop
        word or question word is dropped before synonyms are read, and an abbreviation is read as
        what it stands for, so such a word in a group would silently do nothing.
        """
        from knowledge.text import STOPWORDS, WEAK, fold, stem  # text.py imports this module

        for lang in ("sv", "en"):
            used = {stem(fold(word), lang) for word in self._content_words(lang)}
            abbreviations = {fold(key) for key in self.abbreviations.for_lang(lang)}
            for number, group in enumerate(self.synonyms.for_lang(lang), start=1):
                where = f"synonyms.{lang} group {number} {list(group)}"
                for word in group:
                    folded = fold(word).replace("-", "")
                    if folded in STOPWORDS[lang] or folded in WEAK[lang]:
                        raise ValueError(
                            f"{where}: {word!r} is a stop word or question word, which the search "
                            "ignores; leave it out"
                        )
                    if folded in abbreviations:
                        raise ValueError(
                            f"{where}: {word!r} is also under [abbreviations.{lang}]; keep it in "
                            "one place"
                        )
                if not any(stem(fold(word).replace("-", ""), lang) in used for word in group):
                    raise ValueError(
                        f"{where}: no word of the group occurs in any {lang} question, answer, "
                        "keyword or asked question, so the group could lead to no entry"
                    )

    @cached_property
    def _entries_by_id(self) -> dict[str, FaqEntry]:
        return {e.id: e for e in self.entries}

    def entry(self, entry_id: str) -> FaqEntry:
        """The entry with this id; KeyError for an unknown id (e.g. from a stale card)."""
        return self._entries_by_id[entry_id]

    def topic(self, topic_id: str) -> Topic:
        for topic in self.topics:
            if topic.id == topic_id:
                return topic
        raise KeyError(topic_id)

    def section(self, heading: str) -> Section:
        return next(s for s in self.sections if s.heading == heading)

    def entries_in(self, topic_id: str) -> tuple[FaqEntry, ...]:
        return tuple(e for e in self.entries if e.topic == topic_id)

    def related_to(self, entry: FaqEntry) -> tuple[FaqEntry, ...]:
        return tuple(self.entry(r) for r in entry.related)


class FaqContentError(RuntimeError):
    """The FAQ file is missing or invalid; the message names the file, the entry and the field."""


def load_faq(path: Path = DEFAULT_FAQ) -> FaqContent:
    """Read and validate the FAQ file, or raise FaqContentError with a readable message."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise FaqContentError(f"FAQ-filen saknas: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise FaqContentError(f"FAQ-filen {path} är inte giltig TOML: {exc}") from exc
    try:
        return FaqContent.model_validate(raw)
    except ValidationError as exc:
        raise FaqContentError(f"FAQ-filen {path} är ogiltig:\n{describe_all(raw, exc)}") from exc
