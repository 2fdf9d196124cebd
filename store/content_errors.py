"""Validation errors of a content file (the routine, the FAQ) as lines an editor can act on."""

from __future__ import annotations

from pydantic import ValidationError
from pydantic_core import ErrorDetails


def describe_all(raw: dict[str, object], error: ValidationError) -> str:
    """Every problem on its own line, e.g. "- roles[1] (id 'chef').name: Field required"."""
    return "\n".join(f"- {describe(raw, item)}" for item in error.errors(include_url=False))


def describe(raw: dict[str, object], error: ErrorDetails) -> str:
    """One validation error as 'entries[3] (id 'x').answer_sv: Field required'."""
    parts: list[str] = []
    node: object = raw
    for key in error["loc"]:
        if isinstance(key, int) and isinstance(node, list) and key < len(node):
            node = node[key]
            label = f"[{key}]"
            if isinstance(node, dict) and "id" in node:
                label += f" (id {node['id']!r})"
            parts.append(label)
        else:
            node = node.get(str(key)) if isinstance(node, dict) else None
            parts.append(f".{key}")
    where = "".join(parts).lstrip(".") or "filen"
    return f"{where}: {str(error['msg']).removeprefix('Value error, ')}"
