"""Ny behörighet: the manager is walked one card at a time from assignment to submission.

Dialog state holds only the case id; the draft itself lives in the case store, so the flow can
pause at the training gates and resume, after a restart too, exactly where it stopped.
Each stage is a pair of steps: `ask_*` sends its card (or skips a stage the draft has passed),
`read_*` applies the parsed submit to the draft and saves it. See new_access.mmd.
"""

from __future__ import annotations

from cards.access_steps import assignment_card, person_card, role_card, units_card
from cards.review import missing_training_notice, review_card
from cards.training import (
    HEROMA_COMPLETED,
    HEROMA_ENROLLED,
    HEROMA_NOT_ENROLLED,
    courses_card,
    courses_missing_card,
    heroma_course_card,
    heroma_course_pending_card,
)
from dialogs import drafting
from dialogs.flow import FlowDialog
from dialogs.help_texts import help_for
from dialogs.replies import actor_of, send_card, send_text
from dialogs.sdk import DialogTurnResult, WaterfallStepContext
from dialogs.services import Services
from dialogs.submits import COURSES_PASSED_ON, EditSubmit, Submit
from store.models import Case, CaseKind, Stage


class NewAccessDialog(FlowDialog):
    def __init__(self, services: Services) -> None:
        super().__init__(
            NewAccessDialog.__name__,
            services,
            [
                self.ask_assignment,
                self.read_assignment,
                self.show_role,
                self.read_role,
                self.ask_person,
                self.read_person,
                self.ask_units,
                self.read_units,
                self.ask_courses,
                self.read_courses,
                self.ask_heroma_course,
                self.read_heroma_course,
                self.ask_review,
                self.read_review,
            ],
        )

    async def ask_assignment(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Shows the assignments to choose from; nothing is stored yet."""
        case = await self.load(step)
        if self.passed(case, Stage.ASSIGNMENT):
            return await step.next(None)
        card = assignment_card(
            self.routine.assignments,
            selected=case.assignment_id or "" if case else "",
            case_id=case.id if case else "",
        )
        return await self.ask(step, card, Stage.ASSIGNMENT, "new_access.assignment", case)

    async def read_assignment(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Creates the draft (or updates it) with the assignment and the role it gives."""
        if step.result is None:
            return await step.next(None)
        case = await self.load(step)
        if case is None:  # created with its first answer: one write, not two
            draft = Case(kind=CaseKind.NEW_ACCESS, owner=actor_of(step.context))
            await self.create(step, drafting.with_assignment(draft, step.result, self.routine))
            return await step.next(None)
        await self.services.cases.save(drafting.with_assignment(case, step.result, self.routine))
        return await step.next(None)

    async def show_role(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Shows the role the assignment gives, with the rule and the courses it requires."""
        case = await self.require(step)
        if self.passed(case, Stage.ROLE) or not case.assignment_id or not case.role_id:
            return await step.next(None)
        card = role_card(
            self.routine.assignment(case.assignment_id),
            self.routine.role(case.role_id),
            self.routine.courses_for(case.role_id),
            case_id=case.id,
        )
        actions = ("new_access.role", "new_access.role_back")
        return await self.ask(step, card, Stage.ROLE, actions, case)

    async def read_role(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Moves on to the person, or back to the assignment if the manager wants another."""
        if step.result is None:
            return await step.next(None)
        case = await self.require(step)
        if step.result.action == "new_access.role_back":
            await self.services.cases.save(drafting.at_stage(case, Stage.ASSIGNMENT))
            return await self.restart(step)
        await self.services.cases.save(drafting.at_stage(case, Stage.PERSON))
        return await step.next(None)

    async def ask_person(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Asks for the person's name, user id and e-mail."""
        case = await self.require(step)
        if self.passed(case, Stage.PERSON):
            return await step.next(None)
        card = person_card(case.person, case_id=case.id)
        return await self.ask(step, card, Stage.PERSON, "new_access.person", case)

    async def read_person(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Stores the validated person on the draft."""
        if step.result is None:
            return await step.next(None)
        case = await self.require(step)
        await self.services.cases.save(drafting.with_person(case, step.result))
        return await step.next(None)

    async def ask_units(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Asks for the responsibility unit(s) and the business area."""
        case = await self.require(step)
        if self.passed(case, Stage.UNITS):
            return await step.next(None)
        card = units_card(case.responsibility_units, case.business_area or "", case_id=case.id)
        return await self.ask(step, card, Stage.UNITS, "new_access.units", case)

    async def read_units(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Stores the units and business area on the draft."""
        if step.result is None:
            return await step.next(None)
        case = await self.require(step)
        await self.services.cases.save(drafting.with_units(case, step.result))
        return await step.next(None)

    async def ask_courses(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Shows the preparatory courses as a checklist with completion dates."""
        case = await self.require(step)
        if self.passed(case, Stage.COURSES):
            return await step.next(None)
        courses = drafting.required_courses(case, self.routine)
        card = courses_card(
            self.person_name(case), courses, drafting.course_dates(case), case_id=case.id
        )
        return await self.ask(step, card, Stage.COURSES, "new_access.courses", case)

    async def read_courses(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Stores the dates; if a course is missing, explains how to finish it and pauses."""
        if step.result is None:
            return await step.next(None)
        case = await self.require(step)
        case = await self.services.cases.save(
            drafting.with_courses(case, step.result, self.routine)
        )
        missing = drafting.missing_courses(case, self.routine)
        if not missing:
            return await step.next(None)
        await self.pause(step, case, "väntar på förberedande utbildning")
        portal = self.routine.learning_portal
        card = courses_missing_card(self.person_name(case), missing, portal, case_id=case.id)
        await send_card(step.context, card)
        return await step.end_dialog()

    async def ask_heroma_course(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Explains that the person enrols herself in the Heroma course and asks how far she is."""
        case = await self.require(step)
        if self.passed(case, Stage.HEROMA_COURSE):
            return await step.next(None)
        status = HEROMA_NOT_ENROLLED
        if case.heroma_course_completed_on:
            status = HEROMA_COMPLETED
        elif case.heroma_course_enrolled:
            status = HEROMA_ENROLLED
        card = heroma_course_card(
            self.person_name(case),
            self.routine.learning_portal,
            status=status,
            completed_on=case.heroma_course_completed_on,
            case_id=case.id,
        )
        passed_on = drafting.courses_passed_on(case)
        dates = {COURSES_PASSED_ON: passed_on} if passed_on else {}
        action = "new_access.heroma_course"
        return await self.ask(step, card, Stage.HEROMA_COURSE, action, case, dates)

    async def read_heroma_course(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Stores the course status; pauses until the course is done."""
        if step.result is None:
            return await step.next(None)
        case = await self.require(step)
        case = await self.services.cases.save(drafting.with_heroma_course(case, step.result))
        if case.stage is Stage.REVIEW:
            return await step.next(None)
        await self.pause(step, case, "väntar på Heromautbildningen")
        card = heroma_course_pending_card(
            self.person_name(case),
            self.routine.learning_portal,
            enrolled=case.heroma_course_enrolled,
            case_id=case.id,
        )
        await send_card(step.context, card)
        return await step.end_dialog()

    async def ask_review(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Shows the whole access form with the manager's two confirmations."""
        case = await self.require(step)
        card = review_card(case, self.routine, actor_of(step.context).name or "du")
        actions = ("new_access.review", "new_access.edit")
        return await self.ask(step, card, Stage.REVIEW, actions, case)

    async def read_review(self, step: WaterfallStepContext) -> DialogTurnResult:
        """Goes back to a section to edit, or submits the form once all training is done."""
        case = await self.require(step)
        if not case.is_open_draft:
            return await self.resend_receipt(step, case)
        result: Submit = step.result
        if isinstance(result, EditSubmit):
            section = drafting.EDIT_SECTIONS[result.section]
            await self.services.cases.save(drafting.at_stage(case, section))
            return await self.restart(step)
        if not drafting.training_complete(case, self.routine):
            missing = drafting.missing_courses(case, self.routine)
            await send_text(step.context, missing_training_notice(missing))
            await self.services.cases.save(drafting.at_stage(case, Stage.COURSES))
            return await self.restart(step)
        return await self.send_and_submit(step, case)

    def help_text(self, stage: Stage) -> str:
        return help_for(stage)
