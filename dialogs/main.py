"""The router: reads what the user asked for, starts the right flow or answers with a card.

A running flow keeps the turn unless the user asks to leave it (avbryt, meny, another menu
item); the draft is saved at every step, so leaving never loses anything.
"""

from __future__ import annotations

from cards.labels import CASE_IS
from cards.menu import menu_card
from cards.my_cases import my_cases_card
from dialogs.card_prompt import waiting_case_id
from dialogs.change import ChangeDialog
from dialogs.commands import LEAVES_FLOW, Command, Request, parse_request, thanks_language
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
from knowledge import Lang
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
CANCELLED_BEFORE_DRAFT = "Formuläret är avbrutet. Inget hade fyllts i än, så inget utkast sparades."
NO_DRAFT = "Du har inget påbörjat utkast att fortsätta med."
NOT_UNDERSTOOD = "Det där förstod jag inte riktigt. Välj något i menyn:"
STALE_CARD = "Det kortet är inte längre aktivt."
WELCOME = (
    "Hej! Jag är Heroma-assistenten. Jag guidar dig som chef genom rutinen för behörigheter i "
    "Heroma: utbildningar, anmälan, behörighetsblanketten och inskickning till "
    "bemanningssamordnaren. Vad vill du göra?"
)
YOU_ARE_WELCOME: dict[Lang, str] = {
    "sv": "Varsågod! Skriv **meny** när du vill göra något mer.",
    "en": "You're welcome! Type **menu** whenever you want to do something else.",
}
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
        if request.command is Command.CANCEL:
            saved = await self.has_saved_draft(inner_dc)
            await inner_dc.cancel_all_dialogs()
            await send_text(inner_dc.context, CANCELLED if saved else CANCELLED_BEFORE_DRAFT)
            return DialogTurnResult(DialogTurnStatus.Complete)
        await inner_dc.cancel_all_dialogs()
        return await self.route(inner_dc)

    async def has_saved_draft(self, dc: DialogContext) -> bool:
        """Whether the running flow has a draft to come back to (not before its first answer)."""
        case_id = waiting_case_id(dc)
        case = await self.services.cases.get(case_id) if case_id else None
        return case is not None and case.is_open_draft

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
        thanks = thanks_language(question) if value is None else None
        if thanks is not None:
            await send_text(dc.context, YOU_ARE_WELCOME[thanks])
            return DialogTurnResult(DialogTurnStatus.Complete)
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
        detail = None
        if case is not None:
            notice = (
                f"Ärendet {case.reference or ''} är redan {CASE_IS[case.status]}. Se Mina ärenden."
            )
        elif stale:
            notice = STALE_CARD
        else:
            notice, detail = NO_DRAFT, await self.latest_case_line(dc)
        await self.show_menu(dc, notice=notice, detail=detail)
        return DialogTurnResult(DialogTurnStatus.Complete)

    async def latest_case_line(self, dc: DialogContext) -> str | None:
        """Where the user's most recent sent case stands, or None if she has sent none."""
        owner = actor_of(dc.context).aad_object_id
        cases = await self.services.cases.list_by_owner(owner)  # newest first
        latest = next((case for case in cases if case.reference), None)
        if latest is None:
            return None
        status = CASE_IS[latest.status]
        return f"Ditt senaste ärende {latest.reference} är {status}. Se Mina ärenden."

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
        self,
        dc: DialogContext,
        *,
        greeting: str | None = None,
        notice: str | None = None,
        detail: str | None = None,
    ) -> None:
        has_draft = await self.find_own_case(dc, "") is not None
        card = menu_card(
            greeting=greeting or "Vad vill du göra?",
            has_draft=has_draft,
            notice=notice,
            detail=detail,
        )
        await send_card(dc.context, card)
