"""Dialog state to plain JSON and back, without jsonpickle's introspection on the hot path.

botbuilder keeps dialog state as `DialogState` / `DialogInstance` objects inside dicts. It
hashes that state with jsonpickle twice a turn to see whether it changed, and a store must
flatten it too; for our small states jsonpickle's generic walk was a third of a turn's CPU.
These two shapes are encoded by hand; anything else falls back to jsonpickle, as botbuilder's
own blob storage does.
"""

from __future__ import annotations

import json
from typing import Any

import jsonpickle
from botbuilder.dialogs import DialogInstance, DialogState

TYPE = "$type"
STACK = "DialogState"
INSTANCE = "DialogInstance"
PICKLED = "$jsonpickle"

_PLAIN = (str, int, float, bool, type(None))


def encode(value: Any) -> Any:
    """A JSON-native copy of `value`."""
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, dict):
        return {str(key): encode(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [encode(item) for item in value]
    if isinstance(value, DialogState):
        return {TYPE: STACK, "stack": [encode(i) for i in value.dialog_stack]}
    if isinstance(value, DialogInstance):
        return {TYPE: INSTANCE, "id": value.id, "state": encode(value.state)}
    return {PICKLED: jsonpickle.Pickler(unpicklable=True).flatten(value)}


def decode(value: Any) -> Any:
    """The objects `encode` was given."""
    if isinstance(value, list):
        return [decode(item) for item in value]
    if not isinstance(value, dict):
        return value
    kind = value.get(TYPE)
    if kind == STACK and "stack" in value:
        return DialogState([decode(i) for i in value["stack"]])
    if kind == INSTANCE and "id" in value:
        return DialogInstance(id=value["id"], state=decode(value.get("state") or {}))
    if PICKLED in value and len(value) == 1:
        return jsonpickle.Unpickler().restore(value[PICKLED])
    return {key: decode(item) for key, item in value.items()}


def state_hash(state: Any) -> str:
    """What botbuilder compares to decide whether state changed (same role as its own hash)."""
    return json.dumps(encode(state), sort_keys=True, separators=(",", ":"))
