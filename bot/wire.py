"""botbuilder's schema objects to and from the Bot Connector's JSON, without msrest's walk.

`Model.serialize()` and `Model.deserialize()` run every attribute through msrest's generic
machinery: about 2 ms to write one activity with an Adaptive Card and 1 ms to read one, much of
a turn's CPU. The schema models are plain attribute bags described by `_attribute_map` (Python
name → JSON key and type), so the same result comes from one walk over that map.

`from_wire` takes the direct path only for clean input (every value of the declared JSON type)
and otherwise hands the body to msrest, so odd input gets msrest's own conversions and errors.
tests/bot/test_wire.py checks both directions against msrest, on the activities the bot sends
and receives and on generated ones.
"""

from __future__ import annotations

import datetime
import enum
import json
from typing import Any, TypeVar

from msrest.serialization import Deserializer, Model, Serializer

M = TypeVar("M", bound=Model)


def dumps(model: Model) -> bytes:
    """`model` as the UTF-8 JSON body msrest would send.

    Plain dicts and lists inside the model (a card, channel data) are handed to the encoder as
    they are; it calls back only for what is not JSON in them (a model, a date, an enum).
    """
    # ASCII with \u escapes, as msrest sends it: a lone surrogate from the user's own text
    # ("\ud800" is valid JSON) stays valid JSON instead of failing to encode as UTF-8.
    return json.dumps(_model(model, shallow=True), default=_nested).encode("ascii")


def _nested(value: Any) -> Any:
    if isinstance(value, Model):
        return _model(value, shallow=True)
    converted = to_wire(value)
    if converted is value:
        raise TypeError(f"{type(value).__name__} is not JSON")
    return converted


def to_wire(value: Any) -> Any:
    """`value` as JSON-ready data, the way msrest's Serializer writes it."""
    if isinstance(value, Model):
        return _model(value, shallow=False)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {key: to_wire(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_wire(item) for item in value]
    if isinstance(value, datetime.datetime):
        return Serializer.serialize_iso(value)  # type: ignore[no-untyped-call]
    return value


def _model(model: Model, *, shallow: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, spec in model._attribute_map.items():
        if name == "additional_properties" and spec["key"] == "":
            # Sent only when the class opted in (msrest's enable_additional_properties_sending).
            out.update(model.additional_properties or {})
            continue
        value = getattr(model, name, None)
        if value is None:
            continue
        if shallow and type(value) in _JSON_TYPES:
            out[spec["key"]] = value
        elif shallow and isinstance(value, list):
            out[spec["key"]] = [_nested(v) if isinstance(v, Model) else v for v in value]
        else:
            out[spec["key"]] = to_wire(value)
    return out


_JSON_TYPES = frozenset({str, int, float, bool, dict})


def from_wire(cls: type[M], data: Any) -> M:
    """`data` (parsed JSON) as a `cls`, the same object msrest's `cls.deserialize` builds."""
    try:
        return _model_from(cls, data)
    except Exception:  # anything not clean: msrest converts it or raises its own error
        model: M = cls.deserialize(data)  # type: ignore[no-untyped-call]
        return model


class _Unclean(Exception):
    """A value that is not of its declared JSON type; msrest decides what it becomes."""


_MODELS: dict[str, type[Model]] = {}
_KNOWN_KEYS: dict[type[Model], frozenset[str]] = {}


def _model_from(cls: type[M], data: Any) -> M:
    if not isinstance(data, dict):
        raise _Unclean(cls.__name__)
    attributes: dict[str, Any] = {}
    for name, spec in cls._attribute_map.items():
        if name == "additional_properties" and spec["key"] == "":
            continue
        raw = data.get(spec["key"])
        attributes[name] = None if raw is None else _value(spec["type"], raw, cls)
    model = cls(**attributes)
    unknown = data.keys() - _known_keys(cls)
    if unknown:
        model.additional_properties = {key: data[key] for key in unknown}
    return model


def _value(kind: str, raw: Any, owner: type[Model]) -> Any:
    if kind == "str":
        if not isinstance(raw, str):
            raise _Unclean(kind)
        return raw
    if kind == "object":
        return raw
    if kind == "bool":
        if not isinstance(raw, bool):
            raise _Unclean(kind)
        return raw
    if kind == "int":
        if not isinstance(raw, int) or isinstance(raw, bool):
            raise _Unclean(kind)
        return raw
    if kind == "iso-8601":
        if not isinstance(raw, str):
            raise _Unclean(kind)
        return Deserializer.deserialize_iso(raw)  # type: ignore[no-untyped-call]
    if kind.startswith("[") and kind.endswith("]"):
        if not isinstance(raw, list):
            raise _Unclean(kind)
        return [None if item is None else _value(kind[1:-1], item, owner) for item in raw]
    if kind.startswith("{") and kind.endswith("}"):
        if not isinstance(raw, dict):
            raise _Unclean(kind)
        return {k: None if v is None else _value(kind[1:-1], v, owner) for k, v in raw.items()}
    return _model_from(_model_class(kind, owner), raw)


def _model_class(name: str, owner: type[Model]) -> type[Model]:
    found = _MODELS.get(name)
    if found is None:
        models = owner._infer_class_models()  # type: ignore[no-untyped-call]
        if name not in models:
            raise _Unclean(name)
        found = _MODELS[name] = models[name]
    return found


def _known_keys(cls: type[Model]) -> frozenset[str]:
    known = _KNOWN_KEYS.get(cls)
    if known is None:
        known = _KNOWN_KEYS[cls] = frozenset(
            spec["key"] for spec in cls._attribute_map.values() if spec["key"] != ""
        )
    return known
