"""Chefskoppling: link a new manager to a responsibility unit, then confirm and send.

See manager_link.mmd.
"""

from __future__ import annotations

from cards.kinds import confirm_card, manager_link_card
from cards.review import case_facts
from dialogs.flow import FlowDialog
from dialogs.help_texts import help_for
from dialogs.replies import actor_of
from dialogs.sdk import DialogTurnResult, WaterfallStepContext
from dialogs.services import Services
from store.kinds import ManagerLinkDetails
from store.models import Case, CaseKind, Person, Stage


class ManagerLinkDialog(FlowDialog):
    def __init__(self, services: Services) -> None:
        super().__init__(
            ManagerLinkDialog.__name__,
            services,
            [self.ask_details, self.read_details, self.ask_confirmation, self.read_confirmation],
        )

    async def ask_details(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Asks for the unit, the new manager and the date the link applies from."""
        case = await self.load(step)
        if self.passed(case, Stage.DETAILS):
            return await step.next(None)
        return await self.ask(
            step, manager_link_card(case), Stage.DETAILS, "manager_link.details", case
        )

    async def read_details(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Creates or updates the draft with the link's details."""
        if step.result is None:
            return await step.next(None)
        submit = step.result
        manager = Person(name=submit.name, user_id=submit.user_id, email=submit.email)
        link = ManagerLinkDetails(
            unit=submit.unit,
            new_manager=manager,
            from_date=submit.from_date,
            previous_manager=submit.previous_manager,
        )
        update = {"manager_link": link, "business_area": submit.business_area}
        case = await self.load(step)
        if case is None:  # created with its first answer: one write, not two
            draft = Case(kind=CaseKind.MANAGER_LINK, owner=actor_of(step.context))
            await self.create(step, draft.model_copy(update={**update, "stage": Stage.REVIEW}))
            return await step.next(None)
        await self.services.cases.save(case.model_copy(update={**update, "stage": Stage.REVIEW}))
        return await step.next(None)

    async def ask_confirmation(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Shows the link for review with the manager's confirmations."""
        case = await self.require(step)
        card = confirm_card(
            "Granska chefskopplingen",
            case_facts(case, self.routine),
            actor_of(step.context).name or "du",
            action="manager_link.confirm",
            case_id=case.id,
        )
        actions = ("manager_link.confirm", "flow.back")
        return await self.ask(step, card, Stage.REVIEW, actions, case)

    async def read_confirmation(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Goes back to edit, or submits to the coordinator."""
        return await self.submit_or_edit(step, Stage.DETAILS)

    def help_text(self, stage: Stage) -> str:
        return help_for(stage)
