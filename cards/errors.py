"""Re-showing a card with what the user typed kept and an error under each field that failed."""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from typing import Any

from cards.elements import CardDict, Element, error_text


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
    for container in _containers(result):
        items = container["items"] if "items" in container else container["body"]
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
