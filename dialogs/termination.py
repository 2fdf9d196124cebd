"""Avslut: who, which roles end and the last day; the responsible manager confirms and sends.

Nothing in Heroma ends by itself, so the flow says so plainly. See termination.mmd.
"""

from __future__ import annotations

from cards.kinds import NOTHING_ENDS_BY_ITSELF, confirm_card, termination_card
from cards.review import case_facts
from dialogs.flow import FlowDialog
from dialogs.help_texts import help_for
from dialogs.replies import actor_of
from dialogs.sdk import DialogTurnResult, WaterfallStepContext
from dialogs.services import Services
from store.kinds import TerminationDetails
from store.models import Case, CaseKind, Person, Stage


class TerminationDialog(FlowDialog):
    def __init__(self, services: Services) -> None:
        super().__init__(
            TerminationDialog.__name__,
            services,
            [
                self.ask_base,
                self.read_base,
                self.ask_details,
                self.read_details,
                self.ask_confirmation,
                self.read_confirmation,
            ],
        )

    async def ask_base(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Offers the manager's granted requests to end (skipped if one was chosen)."""
        return await self.offer_base_cases(
            step,
            "Avslut av behörighet",
            f"{NOTHING_ENDS_BY_ITSELF} Vilken behörighet ska avslutas?",
            "termination.base",
            Stage.DETAILS,
        )

    async def read_base(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Creates the termination draft, with person and role from the chosen case."""
        if await self.load(step) is not None:
            return await step.next(None)
        chosen = step.result.base_case_id if step.result is not None else ""
        base = await self.own_base_case(step, chosen or self.base_case_id(step))
        details = TerminationDetails(
            based_on=base.id if base else None,
            based_on_reference=base.reference if base else None,
            roles=[base.role_id] if base and base.role_id else [],
        )
        draft = Case(
            kind=CaseKind.TERMINATION,
            owner=actor_of(step.context),
            stage=Stage.DETAILS,
            person=base.person if base else None,
            business_area=base.business_area if base else None,
            termination=details,
        )
        await self.create(step, draft)
        return await step.next(None)

    async def ask_details(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Asks for the person, the roles to end and the last day."""
        case = await self.require(step)
        if self.passed(case, Stage.DETAILS):
            return await step.next(None)
        card = termination_card(case, self.routine.roles)
        return await self.ask(step, card, Stage.DETAILS, "termination.details", case)

    async def read_details(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Stores the details on the draft."""
        if step.result is None:
            return await step.next(None)
        case = await self.require(step)
        submit = step.result
        details = (case.termination or TerminationDetails()).model_copy(
            update={"roles": submit.roles, "last_day": submit.last_day}
        )
        person = Person(name=submit.name, user_id=submit.user_id, email=submit.email)
        update = {"person": person, "termination": details, "stage": Stage.REVIEW}
        await self.services.cases.save(case.model_copy(update=update))
        return await step.next(None)

    async def ask_confirmation(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Shows the termination for review with the manager's confirmations."""
        case = await self.require(step)
        card = confirm_card(
            "Granska avslutet",
            case_facts(case, self.routine),
            actor_of(step.context).name or "du",
            action="termination.confirm",
            case_id=case.id,
            note=NOTHING_ENDS_BY_ITSELF,
        )
        actions = ("termination.confirm", "flow.back")
        return await self.ask(step, card, Stage.REVIEW, actions, case)

    async def read_confirmation(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Goes back to edit, or submits to the coordinator."""
        return await self.submit_or_edit(step, Stage.DETAILS)

    def help_text(self, stage: Stage) -> str:
        return help_for(stage)
