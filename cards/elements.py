"""Small builders for Adaptive Card 1.5 elements, so card functions read like the card."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from cards.labels import in_sentence

Element = dict[str, Any]
CardDict = dict[str, Any]

CARD_VERSION = "1.5"
SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"


def card(body: Sequence[Element], actions: Sequence[Element] = ()) -> CardDict:
    """An Adaptive Card 1.5 with full width in Teams."""
    result: CardDict = {
        "type": "AdaptiveCard",
        "$schema": SCHEMA,
        "version": CARD_VERSION,
        "body": list(body),
        "msteams": {"width": "Full"},
    }
    if actions:
        result["actions"] = list(actions)
    return result


def text(
    value: str,
    *,
    size: str | None = None,
    weight: str | None = None,
    color: str | None = None,
    subtle: bool = False,
    spacing: str | None = None,
) -> Element:
    element: Element = {"type": "TextBlock", "text": value, "wrap": True}
    if size:
        element["size"] = size
    if weight:
        element["weight"] = weight
    if color:
        element["color"] = color
    if subtle:
        element["isSubtle"] = True
    if spacing:
        element["spacing"] = spacing
    return element


def heading(value: str) -> Element:
    return text(value, size="Large", weight="Bolder")


def progress(step: int, total: int, title: str) -> Element:
    """'Steg 2 av 6 · Person' above a card's heading, so the user always knows where she is."""
    return text(f"Steg {step} av {total} · {title}", subtle=True, size="Small")


def error_text(value: str) -> Element:
    return text(value, color="Attention", weight="Bolder", spacing="Small")


def fact_set(facts: Iterable[tuple[str, str]]) -> Element:
    return {"type": "FactSet", "facts": [{"title": t, "value": v} for t, v in facts]}


def bullet_list(items: Iterable[str]) -> Element:
    return text("\n".join(f"- {item}" for item in items))


def text_input(
    input_id: str,
    label: str,
    *,
    value: str = "",
    placeholder: str = "",
    required: bool = False,
    max_length: int | None = None,
    regex: str | None = None,
    error_message: str | None = None,
    multiline: bool = False,
) -> Element:
    element: Element = {"type": "Input.Text", "id": input_id, "label": label}
    if value:
        element["value"] = value
    if placeholder:
        element["placeholder"] = placeholder
    if required:
        phrase = in_sentence(label)
        element["isRequired"] = True
        element["errorMessage"] = error_message or (
            f"{phrase[0].upper()}{phrase[1:]} måste fyllas i." if phrase else "Fyll i fältet."
        )
    elif error_message:
        element["errorMessage"] = error_message
    if max_length:
        element["maxLength"] = max_length
    if regex:
        element["regex"] = regex
    if multiline:
        element["isMultiline"] = True
    return element


def date_input(
    input_id: str,
    label: str,
    *,
    value: str = "",
    required: bool = False,
    error_message: str | None = None,
) -> Element:
    """A date; give `error_message` when "Ange <label>." would not be a sentence."""
    element: Element = {"type": "Input.Date", "id": input_id, "label": label}
    if value:
        element["value"] = value
    if required:
        phrase = in_sentence(label)
        element["isRequired"] = True
        element["errorMessage"] = error_message or (
            f"Ange {phrase}." if phrase else "Ange ett datum."
        )
    return element


def choice_set(
    input_id: str,
    label: str,
    choices: Iterable[tuple[str, str]],
    *,
    value: str = "",
    required: bool = False,
    expanded: bool = True,
    multi: bool = False,
    error_message: str | None = None,
) -> Element:
    """A choice set; `choices` are (title, value) pairs.

    Give `error_message` when "Välj <label>." would not be a sentence (a question, a clause).
    """
    element: Element = {
        "type": "Input.ChoiceSet",
        "id": input_id,
        "label": label,
        "choices": [{"title": t, "value": v} for t, v in choices],
        "style": "expanded" if expanded else "compact",
    }
    if value:
        element["value"] = value
    if multi:
        element["isMultiSelect"] = True
    if required:
        phrase = in_sentence(label)
        element["isRequired"] = True
        element["errorMessage"] = error_message or (
            f"Välj {phrase}." if phrase else "Välj ett av alternativen."
        )
    return element


def toggle(input_id: str, title: str, *, label: str, value: bool = False) -> Element:
    """A checkbox: `label` is the short heading above it, `title` the sentence beside it."""
    element: Element = {
        "type": "Input.Toggle",
        "id": input_id,
        "title": title,
        "label": label,
        "valueOn": "true",
        "valueOff": "false",
        "value": "true" if value else "false",
    }
    return element


def submit(title: str, action: str, *, style: str | None = None, **data: Any) -> Element:
    """An Action.Submit whose data carries the `action` key the bot routes on."""
    element: Element = {"type": "Action.Submit", "title": title, "data": {"action": action, **data}}
    if style:
        element["style"] = style
    return element


def submit_without_inputs(title: str, action: str, **data: Any) -> Element:
    """A submit that does not validate or send the card's inputs (cancel, pause, back)."""
    element = submit(title, action, **data)
    element["associatedInputs"] = "none"
    return element


def execute(title: str, verb: str, *, style: str | None = None, **data: Any) -> Element:
    """An Action.Execute (Universal Action) for shared cards that are updated in place."""
    element: Element = {
        "type": "Action.Execute",
        "title": title,
        "verb": verb,
        "data": {"action": verb, **data},
    }
    if style:
        element["style"] = style
    return element


def action_set(actions: Sequence[Element]) -> Element:
    """Buttons inside the body; Teams shows at most six actions in one set."""
    return {"type": "ActionSet", "actions": list(actions)}


def container(items: Sequence[Element], *, style: str | None = None) -> Element:
    element: Element = {"type": "Container", "items": list(items)}
    if style:
        element["style"] = style
    return element
