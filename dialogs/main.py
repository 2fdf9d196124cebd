"""The router: reads what the user asked for, starts the right flow or answers with a card.

A running flow keeps the turn unless the user asks to leave it (avbryt, meny, another menu
item); the draft is saved at every step, so leaving never loses anything.
"""

from __future__ import annotations

from cards.labels import STATUS_LABELS
from cards.menu import menu_card
from cards.my_cases import my_cases_card
from dialogs.change import ChangeDialog
from dialogs.commands import LEAVES_FLOW, Command, Request, parse_request
from dialogs.faq import FaqGuide
from dialogs.flow import FlowDialog
from dialogs.manager_link import ManagerLinkDialog
from dialogs.new_access import NewAccessDialog
from dialogs.reminders import handle_reminder_action
from dialogs.replies import actor_of, send_card, send_text
from dialogs.sdk import (
    ComponentDialog,
    DialogContext,
    DialogTurnResult,
    DialogTurnStatus,
    TurnContext,
)
from dialogs.services import Services
from dialogs.termination import TerminationDialog
from store.models import Case, CaseKind

REMINDER_ACTIONS = frozenset({"reminder.snooze", "reminder.off", "review.keep"})
STARTS = {
    Command.NEW_ACCESS: CaseKind.NEW_ACCESS,
    Command.CHANGE: CaseKind.CHANGE,
    Command.TERMINATION: CaseKind.TERMINATION,
    Command.MANAGER_LINK: CaseKind.MANAGER_LINK,
}
CANCELLED = (
    "Formuläret är avbrutet. Utkastet är sparat – skriv **fortsätt** för att ta upp det igen."
)
NOT_UNDERSTOOD = "Det där förstod jag inte riktigt. Välj något i menyn:"
STALE_CARD = "Det kortet är inte längre aktivt."
WELCOME = (
    "Hej! Jag är Heroma-assistenten. Jag guidar dig som chef genom rutinen för behörigheter i "
    "Heroma: utbildningar, anmälan, behörighetsblanketten och inskickning till "
    "bemanningssamordnaren. Vad vill du göra?"
)
HELP = (
    "Jag hjälper dig att ansöka om behörighet i Heroma för en medarbetare, steg för steg enligt "
    "rutinen. Välj vad du vill göra:"
)


class MainDialog(ComponentDialog):  # type: ignore[misc]
    def __init__(self, services: Services) -> None:
        super().__init__(MainDialog.__name__)
        self.services = services
        self.guide = FaqGuide(services)
        self.new_access = NewAccessDialog(services)
        self.flows: dict[CaseKind, FlowDialog] = {
            CaseKind.NEW_ACCESS: self.new_access,
            CaseKind.CHANGE: ChangeDialog(services),
            CaseKind.TERMINATION: TerminationDialog(services),
            CaseKind.MANAGER_LINK: ManagerLinkDialog(services),
        }
        for flow in self.flows.values():
            self.add_dialog(flow)

    async def welcome(self, context: TurnContext) -> None:
        """The first thing a manager sees after installing the app."""
        await send_card(context, menu_card(greeting=WELCOME))

    async def on_begin_dialog(self, inner_dc: DialogContext, options: object) -> DialogTurnResult:
        """No flow is running: do what the user asked for."""
        return await self.route(inner_dc)

    async def on_continue_dialog(self, inner_dc: DialogContext) -> DialogTurnResult:
        """A flow is running: leave it on request, otherwise let it read the turn."""
        activity = inner_dc.context.activity
        if await self.side_action(inner_dc.context, activity.value):
            return DialogTurnResult(DialogTurnStatus.Waiting)  # the form keeps its place
        request = parse_request(activity.text, activity.value)
        if request is None or request.command not in LEAVES_FLOW:
            return await inner_dc.continue_dialog()
        await inner_dc.cancel_all_dialogs()
        if request.command is Command.CANCEL:
            await send_text(inner_dc.context, CANCELLED)
            return DialogTurnResult(DialogTurnStatus.Complete)
        return await self.route(inner_dc)

    async def route(self, dc: DialogContext) -> DialogTurnResult:
        activity = dc.context.activity
        request = parse_request(activity.text, activity.value)
        if request is None:
            return await self.unrecognized(dc)
        command = request.command
        if command in STARTS:
            flow = self.flows[STARTS[command]]
            return await dc.begin_dialog(flow.id, {"base_case_id": request.case_id})
        if command in (Command.RESUME, Command.RESUME_CASE):
            return await self.resume(dc, request)
        if command is Command.MY_CASES:
            await self.show_my_cases(dc)
        elif command is Command.FAQ and self.services.faq is not None:
            await self.guide.show_topics(dc.context)
        elif command is Command.CANCEL:
            await self.show_menu(dc, notice="Det finns inget formulär att avbryta just nu.")
        else:
            await self.show_menu(dc, greeting=HELP if command is Command.HELP else None)
        return DialogTurnResult(DialogTurnStatus.Complete)

    async def unrecognized(self, dc: DialogContext) -> DialogTurnResult:
        """An FAQ card, a card from a flow that has ended, a question, or an empty message."""
        activity = dc.context.activity
        value = activity.value
        if await self.side_action(dc.context, value):
            return DialogTurnResult(DialogTurnStatus.Complete)
        case_id = value.get("case_id") if isinstance(value, dict) else None
        if isinstance(case_id, str) and case_id:
            return await self.resume(dc, Request(Command.RESUME_CASE, case_id), stale=True)
        question = activity.text or ""
        if value is None and await self.guide.answer(dc.context, question, in_form=False):
            return DialogTurnResult(DialogTurnStatus.Complete)
        notice = STALE_CARD if value is not None else None
        await self.show_menu(dc, greeting=NOT_UNDERSTOOD, notice=notice)
        return DialogTurnResult(DialogTurnStatus.Complete)

    async def side_action(self, context: TurnContext, value: object) -> bool:
        """FAQ and reminder buttons: answered wherever the user is, no flow is left."""
        if not isinstance(value, dict):
            return False
        action = value.get("action")
        if isinstance(action, str) and action in REMINDER_ACTIONS:
            card = await handle_reminder_action(self.services, actor_of(context), value)
            await send_card(context, card)
            return True
        return await self.guide.on_action(context, value)

    async def resume(
        self, dc: DialogContext, request: Request, *, stale: bool = False
    ) -> DialogTurnResult:
        """Continue the chosen draft, or the latest one, where it stopped."""
        case = await self.find_own_case(dc, request.case_id)
        if case is not None and case.is_open_draft:
            if stale:
                await send_text(dc.context, f"{STALE_CARD} Du fortsätter här i stället:")
            return await dc.begin_dialog(self.flows[case.kind].id, {"case_id": case.id})
        if case is not None:
            status = STATUS_LABELS[case.status].lower()
            notice = f"Ärendet {case.reference or ''} är redan {status}. Se Mina ärenden."
        else:
            notice = STALE_CARD if stale else "Du har inget påbörjat utkast att fortsätta med."
        await self.show_menu(dc, notice=notice)
        return DialogTurnResult(DialogTurnStatus.Complete)

    async def find_own_case(self, dc: DialogContext, case_id: str) -> Case | None:
        """The user's own case by id, or her latest open draft when no id is given."""
        owner = actor_of(dc.context).aad_object_id
        if case_id:
            case = await self.services.cases.get(case_id)
            return case if case is not None and case.owner.aad_object_id == owner else None
        drafts = [c for c in await self.services.cases.list_by_owner(owner) if c.is_open_draft]
        return max(drafts, key=lambda c: c.updated_at, default=None)

    async def show_my_cases(self, dc: DialogContext) -> None:
        owner = actor_of(dc.context).aad_object_id
        cases = await self.services.cases.list_by_owner(owner)
        role_names = {role.id: role.name for role in self.services.routine.roles}
        await send_card(dc.context, my_cases_card(cases, role_names))

    async def show_menu(
        self, dc: DialogContext, *, greeting: str | None = None, notice: str | None = None
    ) -> None:
        has_draft = await self.find_own_case(dc, "") is not None
        card = menu_card(
            greeting=greeting or "Vad vill du göra?",
            has_draft=has_draft,
            notice=notice,
        )
        await send_card(dc.context, card)
