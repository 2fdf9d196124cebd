"""What the user asked for, from typed text or a card's `action`: one small pure parser."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from knowledge import Lang


class Command(StrEnum):
    MENU = "menu.show"
    CANCEL = "flow.cancel"
    HELP = "flow.help"
    NEW_ACCESS = "menu.new_access"
    CHANGE = "menu.change"
    TERMINATION = "menu.termination"
    MANAGER_LINK = "menu.manager_link"
    MY_CASES = "menu.my_cases"
    FAQ = "menu.faq"
    RESUME = "menu.resume"
    RESUME_CASE = "case.resume"


# Typed words that mean a command; compared after lower-casing and dropping punctuation.
_WORDS: dict[str, Command] = {
    "meny": Command.MENU,
    "menu": Command.MENU,
    "hej": Command.MENU,
    "hejsan": Command.MENU,
    "hallå": Command.MENU,
    "hello": Command.MENU,
    "hi": Command.MENU,
    "hey": Command.MENU,
    "start": Command.MENU,
    "avbryt": Command.CANCEL,
    "cancel": Command.CANCEL,
    "stopp": Command.CANCEL,
    "hjälp": Command.HELP,
    "help": Command.HELP,
    "ny behörighet": Command.NEW_ACCESS,
    "ansök": Command.NEW_ACCESS,
    "förändring": Command.CHANGE,
    "ändra behörighet": Command.CHANGE,
    "avslut": Command.TERMINATION,
    "avsluta behörighet": Command.TERMINATION,
    "chefskoppling": Command.MANAGER_LINK,
    "mina ärenden": Command.MY_CASES,
    "frågor": Command.FAQ,
    "fortsätt": Command.RESUME,
}

# Thanks typed outside a form: a short reply in the same language instead of an FAQ search.
_THANKS: dict[str, Lang] = {
    "tack": "sv",
    "tack så mycket": "sv",
    "tusen tack": "sv",
    "tack för hjälpen": "sv",
    "tackar": "sv",
    "thanks": "en",
    "thank you": "en",
    "thanks a lot": "en",
}

# Commands that leave whatever flow is running.
LEAVES_FLOW = frozenset(Command) - {Command.HELP}


@dataclass(frozen=True)
class Request:
    command: Command
    case_id: str = ""


def normalize(text: str) -> str:
    return re.sub(r"[^\wåäö ]+", "", text.lower()).strip()


def is_help(text: str) -> bool:
    return _WORDS.get(normalize(text)) is Command.HELP


def thanks_language(text: str | None) -> Lang | None:
    """The language of a thank-you message, or None when the text is something else."""
    return _THANKS.get(normalize(text or ""))


def parse_request(text: str | None, value: Any) -> Request | None:
    """The command in a message, or None when it is a form submit or free text."""
    if isinstance(value, dict):
        action = value.get("action")
        try:
            command = Command(str(action))
        except ValueError:
            return None
        case_id = value.get("case_id")
        return Request(command, case_id if isinstance(case_id, str) else "")
    typed = _WORDS.get(normalize(text or ""))
    return Request(typed) if typed else None
