"""Förändring: what changes and why, then the access steps prefilled from an earlier case.

The training gate applies as for a new role: a new role's courses must be passed first.
See change.mmd.
"""

from __future__ import annotations

from cards.kinds import change_card
from dialogs.flow import FlowDialog
from dialogs.help_texts import help_for
from dialogs.new_access import NewAccessDialog
from dialogs.replies import actor_of
from dialogs.sdk import DialogTurnResult, WaterfallStepContext
from dialogs.services import Services
from store.kinds import ChangeDetails
from store.models import Case, CaseKind, Stage

COPIED = (
    "assignment_id",
    "role_id",
    "person",
    "responsibility_units",
    "business_area",
    "courses",
    "heroma_course_enrolled",
    "heroma_course_completed_on",
)


class ChangeDialog(FlowDialog):
    def __init__(self, services: Services) -> None:
        super().__init__(
            ChangeDialog.__name__,
            services,
            [
                self.ask_base,
                self.read_base,
                self.ask_change,
                self.read_change,
                self.continue_with_access_steps,
                self.finish,
            ],
        )
        self.access = NewAccessDialog(services)
        self.add_dialog(self.access)

    async def ask_base(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Offers the manager's granted requests to start from (skipped if one was chosen)."""
        return await self.offer_base_cases(
            step,
            "Förändring av behörighet",
            "Vilken behörighet gäller förändringen? Uppgifterna fylls i från ärendet du väljer.",
            "change.base",
            Stage.CHANGE,
        )

    async def read_base(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Creates the change draft, with the chosen case's details copied in."""
        if await self.load(step) is not None:
            return await step.next(None)
        chosen = step.result.base_case_id if step.result is not None else ""
        base = await self.own_base_case(step, chosen or self.base_case_id(step))
        fields = {name: getattr(base, name) for name in COPIED} if base else {}
        details = ChangeDetails(
            based_on=base.id if base else None, based_on_reference=base.reference if base else None
        )
        draft = Case(
            kind=CaseKind.CHANGE,
            owner=actor_of(step.context),
            stage=Stage.CHANGE,
            change=details,
            **fields,
        )
        await self.create(step, draft)
        return await step.next(None)

    async def ask_change(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Asks what changes, why and from when."""
        case = await self.require(step)
        if self.passed(case, Stage.CHANGE):
            return await step.next(None)
        return await self.ask(step, change_card(case), Stage.CHANGE, "change.details", case)

    async def read_change(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Stores the change details; the access steps come next."""
        if step.result is None:
            return await step.next(None)
        case = await self.require(step)
        details = (case.change or ChangeDetails()).model_copy(
            update={
                "aspects": step.result.aspects,
                "reason": step.result.reason,
                "valid_from": step.result.valid_from,
            }
        )
        await self.services.cases.save(
            case.model_copy(update={"change": details, "stage": Stage.ASSIGNMENT})
        )
        return await step.next(None)

    async def continue_with_access_steps(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Runs the new-access steps on this case; what is already filled in is prefilled."""
        case = await self.require(step)
        return await step.begin_dialog(self.access.id, {"case_id": case.id})

    async def finish(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Ends when the access steps end (submitted or paused at a training gate)."""
        return await step.end_dialog(step.result)

    def help_text(self, stage: Stage) -> str:
        return help_for(stage)
