"""Microsoft's Teams JSON schemas, as Python `jsonschema` can check them.

The schemas declare draft-04 but also use draft-06/07's `const` and `if`/`then`/`else`, and from
v1.23 their patterns use `\\p{L}`, which Python's `re` rejects: patterns go through `regex`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import regex
from jsonschema import Draft4Validator, Draft7Validator, FormatChecker, ValidationError, validators


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string") and not regex.search(pattern, instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def _pattern_properties(
    validator: Any, patterns: dict[str, Any], instance: Any, schema: Any
) -> Iterator[ValidationError]:
    if validator.is_type(instance, "object"):
        for pattern, subschema in patterns.items():
            for key, value in instance.items():
                if regex.search(pattern, key):
                    yield from validator.descend(value, subschema, path=key, schema_path=pattern)


FORMATS = FormatChecker(formats=())
FORMATS.checks("regex", raises=regex.error)(regex.compile)
FORMATS.checks("uri")(lambda value: not isinstance(value, str) or "://" in value)

TeamsValidator = validators.extend(
    Draft4Validator,
    {
        "const": Draft7Validator.VALIDATORS["const"],
        "if": Draft7Validator.VALIDATORS["if"],
        "pattern": _pattern,
        "patternProperties": _pattern_properties,
    },
)


def schema_errors(document: dict[str, Any], schema_file: Path) -> list[str]:
    schema = json.loads(schema_file.read_text("utf-8"))
    validator = TeamsValidator(schema, format_checker=FORMATS)
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '(root)'}: {error.message}"
        for error in validator.iter_errors(document)
    ]
