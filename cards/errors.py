"""Re-showing a card with what the user typed kept and an error under each field that failed,
and notices put on top of a card."""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from typing import Any

from cards.elements import CardDict, Element, container, error_text, text
from store.models import Case, CaseStatus


def with_errors(
    card: CardDict,
    errors: Mapping[str, str],
    values: Mapping[str, Any],
    *,
    banner: str = "Något behöver rättas innan du kan gå vidare.",
) -> CardDict:
    """A copy of `card` with the submitted `values` filled in and each error below its input.

    Errors for fields that are not inputs on the card (or a general error under the key "")
    are listed in the banner at the top.
    """
    result = copy.deepcopy(card)
    placed: set[str] = set()
    for holder in _containers(result):
        items = holder["items"] if "items" in holder else holder["body"]
        for index in range(len(items) - 1, -1, -1):
            element = items[index]
            input_id = element.get("id")
            if not str(element.get("type", "")).startswith("Input.") or not input_id:
                continue
            if input_id in values and values[input_id] not in (None, ""):
                element["value"] = str(values[input_id])
            if input_id in errors:
                items.insert(index + 1, error_text(errors[input_id]))
                placed.add(input_id)
    rest = [message for key, message in errors.items() if key not in placed]
    header: list[Element] = [error_text(banner)]
    header.extend(error_text(message) for message in rest)
    result["body"] = header + result["body"]
    return result


def with_notice(card: CardDict, message: str) -> CardDict:
    """A copy of `card` with a highlighted notice at the top (stale card, wrong input, ...)."""
    result = copy.deepcopy(card)
    result["body"] = [error_text(message), *result["body"]]
    return result


def with_return_comment(card: CardDict, case: Case) -> CardDict:
    """A card of a returned case with the coordinator's comment on top, so the manager sees what
    to complete while she edits; `card` itself when the case is not returned."""
    returned = [e for e in case.events if e.to_status is CaseStatus.RETURNED]
    if case.status is not CaseStatus.RETURNED or not returned:
        return card
    event = returned[-1]
    who = event.actor.name or "Bemanningssamordnaren"
    lines = [text(f"**Returnerat för komplettering av {who}**")]
    if event.comment:
        lines.append(text(f"”{event.comment}”", spacing="Small"))
    lines.append(text("Ändra det som behövs och skicka in ärendet igen.", spacing="Small"))
    result = copy.deepcopy(card)
    result["body"] = [container(lines, style="warning"), *result["body"]]
    return result


def _containers(node: Any) -> Iterator[dict[str, Any]]:
    """Every dict in the card that holds a list of elements (the body, containers, columns)."""
    if isinstance(node, dict):
        if isinstance(node.get("body"), list) or isinstance(node.get("items"), list):
            yield node
        for value in node.values():
            yield from _containers(value)
    elif isinstance(node, list):
        for value in node:
            yield from _containers(value)
