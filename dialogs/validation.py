"""Turning a submitted value into a Submit model, or into Swedish error messages per input."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from dialogs.kind_submits import KIND_SUBMIT_MODELS
from dialogs.submits import SUBMIT_MODELS, Submit

MODELS: dict[str, type[Submit]] = {**SUBMIT_MODELS, **KIND_SUBMIT_MODELS}
_NAMED = re.compile(r"^([a-z][a-z0-9_]*): (.+)$", re.DOTALL)


@dataclass(frozen=True)
class Invalid:
    """The submit failed validation: messages by input id ("" for the card as a whole)."""

    errors: dict[str, str]
    values: dict[str, Any]


@dataclass(frozen=True)
class Stale:
    """The submit belongs to another card: an earlier step, another case or an unknown action."""

    action: str


def parse_submit(
    value: Any, expected: tuple[str, ...], case_id: str, context: Mapping[str, Any]
) -> Submit | Invalid | Stale:
    """Parse a card's submitted value for a step that accepts the `expected` actions."""
    if not isinstance(value, dict):
        return Stale(action="")
    action = value.get("action")
    if not isinstance(action, str) or action not in expected or action not in MODELS:
        return Stale(action=str(action or ""))
    if case_id and value.get("case_id") != case_id:
        return Stale(action=action)
    model = MODELS[action]
    try:
        return model.model_validate(value, context=dict(context))
    except ValidationError as exc:
        return Invalid(errors=swedish_errors(model, exc), values=dict(value))


def swedish_errors(model: type[Submit], exc: ValidationError) -> dict[str, str]:
    """One Swedish message per input; the first error for an input wins."""
    errors: dict[str, str] = {}
    for error in exc.errors():
        field = model.input_id(tuple(error["loc"]))
        message = _message(model, field, error)
        named = _NAMED.match(message) if error["type"] == "value_error" else None
        if named:
            # Checks across fields name the input they belong to: "input_id: message".
            field, message = named.group(1), named.group(2)
        errors.setdefault(field, message)
    return errors


def _message(model: type[Submit], field: str, error: Any) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind in ("missing", "string_too_short") and ctx.get("min_length", 1) <= 1:
        return "Fyll i fältet."
    if kind == "string_too_short":
        return f"Minst {ctx['min_length']} tecken."
    if kind == "string_too_long":
        return f"Högst {ctx['max_length']} tecken."
    if kind == "too_short":
        return "Ange minst ett."
    if kind == "too_long":
        return f"Högst {ctx['max_length']} st."
    if kind == "string_pattern_mismatch":
        return model.pattern_messages.get(field, "Värdet har fel format.")
    if kind.startswith("date"):
        return "Ange datumet som ÅÅÅÅ-MM-DD."
    if kind == "literal_error":
        return "Välj ett av alternativen."
    if kind == "value_error":
        return str(ctx.get("error") or error["msg"]).removeprefix("Value error, ")
    return "Värdet kunde inte läsas."
