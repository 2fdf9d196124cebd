"""FAQ cards: topics, questions in a topic, an answer with its source, no match, and thanks.

Every `faq.*` submit carries the card's `lang`, so the next card answers in the same language.
"""

from __future__ import annotations

from collections.abc import Sequence

from cards.elements import (
    CardDict,
    Element,
    card,
    fact_set,
    heading,
    submit,
    submit_without_inputs,
    text,
    text_input,
)
from knowledge import FaqContent, FaqEntry, Flow, Lang, Section, Topic
from store.routine import Document

MAX_QUESTION_ECHO = 200

_FLOW_TITLES: dict[Lang, dict[Flow, str]] = {
    "sv": {
        "new_access": "Starta en ansökan",
        "change": "Ändra en behörighet",
        "termination": "Avsluta en behörighet",
        "manager_link": "Anmäl en chefskoppling",
        "my_cases": "Visa mina ärenden",
    },
    "en": {
        "new_access": "Start an application",
        "change": "Change an access role",
        "termination": "End an access role",
        "manager_link": "Report a manager link",
        "my_cases": "Show my cases",
    },
}

_TEXT: dict[Lang, dict[str, str]] = {
    "sv": {
        "faq": "Vanliga frågor om behörigheter i Heroma",
        "intro": "Välj ett ämne, eller skriv din fråga med egna ord.",
        "question": "Din fråga",
        "placeholder": "Till exempel: Vart skickar jag blanketten?",
        "ask": "Fråga",
        "topics": "Fler frågor",
        "menu": "Tillbaka till menyn",
        "related": "Relaterade frågor",
        "helpful": "Var svaret till hjälp?",
        "yes": "Ja",
        "no": "Nej",
        "source": "Källa: {heading}, {title} version {version}, giltig till {valid_to}",
        "background": "Källa: {heading} (bakgrundsmaterial, inte en del av rutinen {title})",
        "no_match": "Det hittar jag inte i rutinen",
        "no_match_text": "Rutinen för behörigheter i Heroma svarar inte på din fråga, och jag vill "
        "inte gissa.",
        "you_asked": "Du frågade: {question}",
        "closest": "Kanske menade du något av det här:",
        "nearby": "Närliggande ämnen:",
        "contacts": "Frågor om blanketten och ditt ärende besvarar bemanningssamordnaren. Frågor "
        "om Heroma i övrigt besvarar Löneservice.",
        "coordinator": "Bemanningssamordnare",
        "payroll": "Löneservice",
        "thanks": "Tack för ditt svar!",
        "sorry": "Förlåt att svaret inte hjälpte. Ställ gärna frågan på ett annat sätt, välj ett "
        "ämne, eller kontakta bemanningssamordnaren.",
        "document": "Dokument",
        "document_id": "Dokument-ID",
        "version": "Version",
        "valid": "Giltig",
        "applies_to": "Gäller för",
    },
    "en": {
        "faq": "Frequently asked questions about Heroma access",
        "intro": "Choose a topic, or type your question in your own words.",
        "question": "Your question",
        "placeholder": "For example: Where do I send the form?",
        "ask": "Ask",
        "topics": "More questions",
        "menu": "Back to the menu",
        "related": "Related questions",
        "helpful": "Was this answer helpful?",
        "yes": "Yes",
        "no": "No",
        "source": "Source: {heading} ({heading_sv}), {title} version {version}, valid until "
        "{valid_to}",
        "background": "Source: {heading} (background material, not part of the routine {title})",
        "no_match": "The routine doesn't cover that",
        "no_match_text": "The routine on Heroma access roles does not answer your question, and I "
        "would rather not guess.",
        "you_asked": "You asked: {question}",
        "closest": "Perhaps you meant one of these:",
        "nearby": "Related topics:",
        "contacts": "The staffing coordinator answers questions about the form and your case. "
        "Löneservice (payroll service) answers other questions about Heroma.",
        "coordinator": "Staffing coordinator",
        "payroll": "Löneservice",
        "thanks": "Thank you for your feedback!",
        "sorry": "Sorry the answer did not help. Try asking in another way, choose a topic, or "
        "contact the staffing coordinator.",
        "document": "Document",
        "document_id": "Document ID",
        "version": "Version",
        "valid": "Valid",
        "applies_to": "Applies to",
    },
}


_PER_ROW = 2  # buttons per ActionSet row: Teams cuts a wide row, the renderer allows 6 at most


def _action_set(actions: Sequence[Element]) -> Element:
    return {"type": "ActionSet", "actions": list(actions)}


def _button_rows(actions: Sequence[Element]) -> list[Element]:
    return [_action_set(actions[i : i + _PER_ROW]) for i in range(0, len(actions), _PER_ROW)]


def _navigation(lang: Lang) -> list[Element]:
    t = _TEXT[lang]
    return [
        submit_without_inputs(t["topics"], "faq.topics", lang=lang),
        submit_without_inputs(t["menu"], "menu.show"),
    ]


def _contact(label: str, contact: str) -> Element:
    """A labelled contact line (a FactSet would break the long label over two lines)."""
    return text(f"**{label}:** {contact}", spacing="Small")


def _topic_buttons(topics: Sequence[Topic], lang: Lang) -> list[Element]:
    return _button_rows(
        [
            submit_without_inputs(t.title(lang), "faq.topic", topic_id=t.id, lang=lang)
            for t in topics
        ]
    )


def _question_links(entries: Sequence[FaqEntry], lang: Lang) -> list[Element]:
    """Questions as tappable rows: unlike buttons, long questions wrap instead of being cut."""
    return [
        {
            "type": "Container",
            "items": [text(f"→ {e.question(lang)}", color="Accent", spacing="None")],
            "selectAction": submit_without_inputs(
                e.question(lang), "faq.show", entry_id=e.id, lang=lang
            ),
            "spacing": "Small",
        }
        for e in entries
    ]


def faq_topics_card(content: FaqContent, lang: Lang = "sv") -> CardDict:
    """The FAQ's front page: a button per topic and a box for a free-text question."""
    t = _TEXT[lang]
    body = [
        heading(t["faq"]),
        text(t["intro"]),
        *_topic_buttons(content.topics, lang),
        text_input("question", t["question"], placeholder=t["placeholder"], max_length=300),
    ]
    actions = [submit(t["ask"], "faq.ask", style="positive", lang=lang)]
    return card(body, [*actions, submit_without_inputs(t["menu"], "menu.show")])


def faq_topic_card(content: FaqContent, topic_id: str, lang: Lang = "sv") -> CardDict:
    """The questions of one topic, each a button to its answer. KeyError for an unknown topic."""
    topic = content.topic(topic_id)
    body = [
        text(_TEXT[lang]["faq"], subtle=True, size="Small"),
        heading(topic.title(lang)),
        *_question_links(content.entries_in(topic.id), lang),
    ]
    return card(body, _navigation(lang))


def faq_answer_card(
    entry: FaqEntry,
    lang: Lang,
    document: Document,
    related: Sequence[FaqEntry],
    section: Section,
    *,
    coordinator_contact: str = "",
) -> CardDict:
    """An answer with its source, related questions, a way into the flow and a feedback question."""
    t = _TEXT[lang]
    body = [heading(entry.question(lang)), text(entry.answer(lang))]
    if "contact" in entry.show and coordinator_contact:
        body.append(_contact(t["coordinator"], coordinator_contact))
    if "document" in entry.show:
        body.append(fact_set(_document_facts(document, lang)))
    template = t["source"] if section.in_routine else t["background"]
    source = template.format(
        heading=section.heading_en if lang == "en" else section.heading,
        heading_sv=section.heading,
        title=document.title,
        version=document.version,
        valid_to=document.valid_to.isoformat(),
    )
    body.append(text(source, subtle=True, size="Small", spacing="Medium"))
    if related:
        body += [text(t["related"], weight="Bolder", spacing="Medium")]
        body += _question_links(related, lang)
    body += [text(t["helpful"], weight="Bolder", spacing="Medium")]
    body.append(
        _action_set(
            [
                submit(t["yes"], "faq.feedback", entry_id=entry.id, helpful=True, lang=lang),
                submit(t["no"], "faq.feedback", entry_id=entry.id, helpful=False, lang=lang),
            ]
        )
    )
    actions = _navigation(lang)
    if entry.flow:
        actions.insert(0, submit(_FLOW_TITLES[lang][entry.flow], f"menu.{entry.flow}"))
    return card(body, actions)


def _document_facts(document: Document, lang: Lang) -> list[tuple[str, str]]:
    t = _TEXT[lang]
    valid = f"{document.valid_from.isoformat()} – {document.valid_to.isoformat()}"
    return [
        (t["document"], f"{document.document_type} {document.title}"),
        (t["document_id"], document.document_id),
        (t["version"], document.version),
        (t["valid"], valid),
        (t["applies_to"], document.organisation),
    ]


def faq_no_match_card(
    question: str,
    lang: Lang,
    alternatives: Sequence[FaqEntry],
    topics: Sequence[Topic],
    *,
    coordinator_contact: str,
    payroll_contact: str,
) -> CardDict:
    """Says plainly that the routine has no answer, offers what is closest, and who to ask."""
    t = _TEXT[lang]
    echo = question.strip()
    if len(echo) > MAX_QUESTION_ECHO:
        echo = echo[: MAX_QUESTION_ECHO - 1] + "…"
    body = [
        heading(t["no_match"]),
        text(t["no_match_text"]),
        text(t["you_asked"].format(question=echo), subtle=True),
    ]
    if alternatives:
        body += [text(t["closest"], weight="Bolder"), *_question_links(alternatives, lang)]
    if topics:
        body += [text(t["nearby"], weight="Bolder"), *_topic_buttons(topics, lang)]
    body += [
        text(t["contacts"], spacing="Medium"),
        _contact(t["coordinator"], coordinator_contact),
        _contact(t["payroll"], payroll_contact),
    ]
    return card(body, _navigation(lang))


def faq_feedback_thanks_card(lang: Lang, helpful: bool, *, coordinator_contact: str) -> CardDict:
    """Thanks for the feedback; after a 'no', where to turn instead."""
    t = _TEXT[lang]
    body = [text(t["thanks"], weight="Bolder")]
    if not helpful:
        body += [text(t["sorry"]), _contact(t["coordinator"], coordinator_contact)]
    return card(body, _navigation(lang))
