"""What every guided form shares: its draft case, its card prompt, submitting to the coordinator."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import date
from typing import Any

from cards.errors import with_return_comment
from cards.kinds import base_case_card
from cards.review import receipt_card
from dialogs.card_prompt import CardPrompt, CardRequest
from dialogs.faq import FaqGuide
from dialogs.replies import actor_of, send_card
from dialogs.sdk import ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext
from dialogs.services import Services
from store.decisions import enqueue
from store.models import Case, CaseKind, CaseStatus, NoticeKind, Stage
from store.transitions import advance, record

logger = logging.getLogger(__name__)

Step = Callable[[WaterfallStepContext], Awaitable[DialogTurnResult]]
CASE_ID = "case_id"


class FlowDialog(ComponentDialog):  # type: ignore[misc]
    """A waterfall of named steps around one draft case, with a shared card prompt."""

    def __init__(
        self,
        dialog_id: str,
        services: Services,
        steps: Sequence[Step],
    ) -> None:
        super().__init__(dialog_id)
        self.services = services
        self.routine = services.routine
        self.steps_id = f"{dialog_id}.steps"
        self.prompt_id = f"{dialog_id}.card"
        self.add_dialog(WaterfallDialog(self.steps_id, list(steps)))
        # A question typed in the middle of a form is answered from the FAQ, form kept.
        free_text = FaqGuide(services).answer_in_form if services.faq else None
        self.add_dialog(CardPrompt(self.prompt_id, self._validation_context, free_text))
        self.initial_dialog_id = self.steps_id

    def help_text(self, stage: Stage) -> str:
        raise NotImplementedError

    def _validation_context(self) -> Mapping[str, Any]:
        return {"routine": self.routine, "today": self.services.today()}

    async def load(self, step: WaterfallStepContext) -> Case | None:
        """The flow's case, if it has one yet; only ever the current user's own case."""
        case_id = step.values.get(CASE_ID) or (step.options or {}).get(CASE_ID)
        if not case_id:
            return None
        case = await self.services.cases.get(case_id)
        if case is None or case.owner.aad_object_id != actor_of(step.context).aad_object_id:
            raise LookupError(f"case {case_id} is not available to this user")
        step.values[CASE_ID] = case.id
        return case

    async def require(self, step: WaterfallStepContext) -> Case:
        case = await self.load(step)
        if case is None:
            raise LookupError("the flow has no case yet")
        return case

    def remember(self, step: WaterfallStepContext, case: Case) -> None:
        step.values[CASE_ID] = case.id

    @staticmethod
    def person_name(case: Case) -> str:
        return case.person.name if case.person else "personen"

    @staticmethod
    def passed(case: Case | None, stage: Stage) -> bool:
        """True when the draft is already past `stage` (resuming skips what is done)."""
        return case is not None and case.stage.position > stage.position

    async def ask(
        self,
        step: WaterfallStepContext,
        card: dict[str, Any],
        stage: Stage,
        actions: str | tuple[str, ...],
        case: Case | None,
        case_dates: Mapping[str, date] | None = None,
    ) -> DialogTurnResult:
        """Send `card` through the prompt; the next step gets the parsed submit as its result.

        `case_dates` go into the validation context, for checks against the case's own dates.
        While the case is returned, every card shows the coordinator's comment on top.
        """
        request = CardRequest(
            card=with_return_comment(card, case) if case else card,
            actions=(actions,) if isinstance(actions, str) else actions,
            case_id=case.id if case else "",
            help=self.help_text(stage),
            case_dates=dict(case_dates or {}),
        )
        return await step.begin_dialog(self.prompt_id, request.model_dump(mode="json"))

    async def restart(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Start the steps again for the same case; stages already passed are skipped."""
        return await step.replace_dialog(self.steps_id, {CASE_ID: step.values.get(CASE_ID)})

    async def pause(self, step: WaterfallStepContext, case: Case, reason: str) -> Case:
        """Leave the flow with the draft saved and the reason in its history."""
        return await self.services.cases.save(record(case, actor_of(step.context), reason))

    async def submit(self, step: WaterfallStepContext, case: Case) -> Case:
        """Number the case and move it to 'inskickad' with the manager as actor."""
        actor = actor_of(step.context)
        if case.reference is None:
            reference = await self.services.cases.next_reference(self.services.today().year)
            case = case.model_copy(update={"reference": reference})
        case = case.model_copy(update={"confirmed_by_manager": True})
        # The channel card is queued in the same save as the status: it cannot get lost.
        submitted = enqueue(advance(case, CaseStatus.SUBMITTED, actor), NoticeKind.CHANNEL_CARD)
        return await self.services.cases.save(submitted)

    async def create(self, step: WaterfallStepContext, case: Case) -> Case:
        """Store a new draft owned by the current user and remember it in the dialog."""
        actor = actor_of(step.context)
        draft = record(case.model_copy(update={"owner": actor}), actor, "utkast skapat")
        created = await self.services.cases.create(draft)
        self.remember(step, created)
        return created

    async def own_base_case(self, step: WaterfallStepContext, case_id: str) -> Case | None:
        """An earlier case of the current user to start from, if `case_id` names one."""
        if not case_id:
            return None
        base = await self.services.cases.get(case_id)
        if base is None or base.owner.aad_object_id != actor_of(step.context).aad_object_id:
            return None
        return base

    async def granted_cases(self, step: WaterfallStepContext) -> list[Case]:
        """The current user's requests that gave someone an access role (sent on or done)."""
        owner = actor_of(step.context).aad_object_id
        return [
            case
            for case in await self.services.cases.list_by_owner(owner)
            if case.kind in (CaseKind.NEW_ACCESS, CaseKind.CHANGE)
            and case.status in (CaseStatus.FORWARDED, CaseStatus.DONE)
        ]

    async def offer_base_cases(
        self, step: WaterfallStepContext, title: str, intro: str, action: str, stage: Stage
    ) -> DialogTurnResult:
        """Let the manager pick a granted request to start from; skipped when there is none."""
        if await self.load(step) is not None or self.base_case_id(step):
            return await step.next(None)
        granted = await self.granted_cases(step)
        if not granted:
            return await step.next(None)
        role_names = {role.id: role.name for role in self.routine.roles}
        card = base_case_card(title, intro, granted, role_names, action=action)
        return await self.ask(step, card, stage, action, None)

    async def submit_or_edit(
        self, step: WaterfallStepContext, edit_stage: Stage
    ) -> DialogTurnResult:
        """After the confirmation card: back to `edit_stage` ("Ändra"), or submit."""
        case = await self.require(step)
        if not case.is_open_draft:
            return await self.resend_receipt(step, case)
        if step.result.action == "flow.back":
            await self.services.cases.save(case.model_copy(update={"stage": edit_stage}))
            return await self.restart(step)
        return await self.send_and_submit(step, case)

    def base_case_id(self, step: WaterfallStepContext) -> str:
        value = (step.options or {}).get("base_case_id")
        return value if isinstance(value, str) else ""

    async def send_and_submit(self, step: WaterfallStepContext, case: Case) -> DialogTurnResult:
        """Submit, hand to the coordinator, show the receipt and end the flow."""
        case = await self.submit(step, case)
        channel_ready = await self.deliver(case)
        card = receipt_card(case, self.routine, channel_ready=channel_ready)
        await send_card(step.context, card)
        return await step.end_dialog(case.id)

    async def resend_receipt(self, step: WaterfallStepContext, case: Case) -> DialogTurnResult:
        """The case went in already (its turn cut off before the receipt, or an old card pressed
        again): nothing is sent twice; the receipt again, the coordinator's card seen to."""
        logger.info("Case %s is %s already: receipt sent again", case.reference, case.status)
        channel_ready = await self.deliver(case)  # nothing is posted twice: notices are claimed
        card = receipt_card(case, self.routine, channel_ready=channel_ready, resent=True)
        await send_card(step.context, card)
        return await step.end_dialog(case.id)

    async def deliver(self, case: Case) -> bool:
        """Hand the case to the coordinator's outbox; True if her channel is registered.

        The channel card itself is posted in the background, right after this turn's receipt:
        the manager does not wait for it, and a turn cut off now still has its case queued.
        """
        try:
            return await self.services.submissions.case_submitted(case)
        except Exception:
            logger.exception("Delivery of case %s to the coordinator failed", case.reference)
            return False
