"""Questions about the routine: topics, answers with their source, an honest 'the routine does
not say', and feedback. Used from the router and, for typed questions, inside any form."""

from __future__ import annotations

import logging
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from cards.errors import with_notice
from cards.faq import (
    faq_answer_card,
    faq_feedback_thanks_card,
    faq_no_match_card,
    faq_topic_card,
    faq_topics_card,
)
from dialogs.replies import send_card, send_text
from dialogs.sdk import TurnContext
from dialogs.services import Faq, Services
from knowledge import FaqEntry, Lang

logger = logging.getLogger(__name__)
MAX_QUESTION = 500
STALE = "Den frågan finns inte längre i kunskapsbanken. Här är ämnena:"


class FaqAction(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    action: Literal["faq.topics", "faq.topic", "faq.show", "faq.ask", "faq.feedback"]
    lang: Lang = "sv"
    entry_id: str = Field(default="", max_length=80)
    topic_id: str = Field(default="", max_length=80)
    question: str = Field(default="", max_length=MAX_QUESTION)
    helpful: bool = False


class FaqGuide:
    def __init__(self, services: Services) -> None:
        self.services = services

    @property
    def faq(self) -> Faq | None:
        return self.services.faq

    async def show_topics(self, context: TurnContext, lang: Lang = "sv") -> None:
        if self.faq is not None:
            await send_card(context, faq_topics_card(self.faq.content, lang))

    async def on_action(self, context: TurnContext, value: dict[str, Any]) -> bool:
        """Handle a press on an FAQ card; False if the value is not an FAQ action."""
        if self.faq is None or not str(value.get("action", "")).startswith("faq."):
            return False
        try:
            action = FaqAction.model_validate(value)
        except ValidationError:
            await send_text(context, "Det kortet kunde inte läsas. Här är ämnena:")
            await self.show_topics(context)
            return True
        try:
            await self._dispatch(context, action, self.faq)
        except KeyError:
            await send_text(context, STALE)
            await self.show_topics(context, action.lang)
        return True

    async def _dispatch(self, context: TurnContext, action: FaqAction, faq: Faq) -> None:
        if action.action == "faq.topics":
            await send_card(context, faq_topics_card(faq.content, action.lang))
        elif action.action == "faq.topic":
            await send_card(context, faq_topic_card(faq.content, action.topic_id, action.lang))
        elif action.action == "faq.show":
            await self.send_answer(context, faq.content.entry(action.entry_id), action.lang)
        elif action.action == "faq.ask":
            await self.answer(context, action.question, in_form=False)
        else:
            faq.content.entry(action.entry_id)  # a stale card raises KeyError
            if faq.feedback is not None:
                await faq.feedback.add(action.entry_id, action.helpful)
            card = faq_feedback_thanks_card(
                action.lang, action.helpful, coordinator_contact=self.services.contacts.coordinator
            )
            await send_card(context, card)

    async def answer(self, context: TurnContext, question: str, *, in_form: bool) -> bool:
        """Answer a typed question. In a form only a confident answer is given (True)."""
        if self.faq is None or not question.strip():
            return False
        result = self.faq.index.search(question[:MAX_QUESTION])
        if result.entry is not None:
            await self.send_answer(context, result.entry, result.lang)
            return True
        if in_form:
            return False
        contacts = self.services.contacts
        card = faq_no_match_card(
            question[:MAX_QUESTION],
            result.lang,
            result.alternatives,
            self.faq.index.closest_topics(result),
            coordinator_contact=contacts.coordinator,
            payroll_contact=contacts.payroll,
        )
        await send_card(context, card)
        return True

    async def answer_in_form(self, context: TurnContext, question: str) -> bool:
        """A question typed while a form waits: answered only when the routine clearly does."""
        return await self.answer(context, question, in_form=True)

    async def send_answer(self, context: TurnContext, entry: FaqEntry, lang: Lang) -> None:
        """The answer card; marked when the routine it comes from is no longer valid."""
        assert self.faq is not None
        content = self.faq.content
        document = self.services.routine.document
        card = faq_answer_card(
            entry,
            lang,
            document,
            content.related_to(entry),
            content.section(entry.source_section),
            coordinator_contact=self.services.contacts.coordinator,
        )
        if not document.is_valid_on(self.services.today()):
            card = with_notice(
                card,
                f"Obs! Rutinen ({document.document_id} version {document.version}) gällde till "
                f"{document.valid_to.isoformat()}. Kontrollera med bemanningssamordnaren att "
                "svaret fortfarande stämmer.",
            )
        await send_card(context, card)
