"""Every sample card, checked by Microsoft's renderer (npm `adaptivecards`) and by our own rules.

Samples come from the modules `tests/cards/samples_*.py`; each exposes `SAMPLES: dict[str, dict]`.
A sample is named `<module suffix>.<key>`, e.g. `elements.person_step`. The renderer runs once,
in Node (scripts/check_cards.mjs), for all samples together; each sample is its own test case.
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import shutil
import subprocess
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cards import elements

from . import samples_elements

ROOT = Path(__file__).resolve().parents[2]
CHECKER = ROOT / "scripts" / "check_cards.mjs"
BUNDLE = ROOT / "node_modules" / "adaptivecards" / "dist" / "adaptivecards.min.js"
ACTIONS_WITH_DATA = {"Action.Submit", "Action.Execute"}


def collect_samples() -> dict[str, dict[str, Any]]:
    """All cards of all `samples_*.py` modules beside this file, by `<suffix>.<key>`."""
    samples: dict[str, dict[str, Any]] = {}
    for path in sorted(Path(__file__).parent.glob("samples_*.py")):
        module = importlib.import_module(f"{__package__}.{path.stem}")
        prefix = path.stem.removeprefix("samples_")
        samples |= {f"{prefix}.{key}": value for key, value in module.SAMPLES.items()}
    return samples


SAMPLES = collect_samples()


def require_node() -> None:
    """Fail under CI (the Makefile installs node_modules there), skip on a bare checkout."""
    missing = [] if shutil.which("node") else ["node"]
    missing += [] if BUNDLE.is_file() else [str(BUNDLE.relative_to(ROOT))]
    if missing:
        message = f"Missing {', '.join(missing)}: install Node 20 and run `make node_modules`."
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="module")
def renderer_events() -> dict[str, list[dict[str, str]]]:
    """The renderer's parse and validation events for every sample, from one Node run."""
    require_node()
    cards = [{"name": name, "card": card} for name, card in SAMPLES.items()]
    result = subprocess.run(
        ["node", str(CHECKER)],
        input=json.dumps(cards, default=str),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"{CHECKER.name} failed ({result.returncode}):\n{result.stderr}")
    return {item["name"]: item["events"] for item in json.loads(result.stdout)}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_renderer_accepts_card(name: str, renderer_events: dict[str, list[dict[str, str]]]) -> None:
    events = renderer_events[name]
    if events:
        pytest.fail("\n".join(f"{e['phase']} {e['event']}: {e['message']}" for e in events))


def objects(node: Any) -> Iterator[dict[str, Any]]:
    """Every element, action and nested card (objects with a `type`), not looking into `data`."""
    if isinstance(node, list):
        for item in node:
            yield from objects(item)
    elif isinstance(node, dict):
        if "type" in node:
            yield node
        for key, value in node.items():
            if key != "data":
                yield from objects(value)


def structure_problems(card: dict[str, Any]) -> list[str]:
    """What breaks our card rules (STYLE.md, Cards); an empty list when the card is fine."""
    problems = [] if card.get("version") == "1.5" else [f"version is {card.get('version')!r}"]
    ids = Counter(obj["id"] for obj in objects(card) if "id" in obj)
    problems += [f"id {id_!r} is used {count} times" for id_, count in ids.items() if count > 1]
    for obj in objects(card):
        kind, what = obj["type"], f"{obj['type']} {obj.get('id') or obj.get('title')!r}"
        if kind.startswith("Input.") and not (obj.get("id") and obj.get("label")):
            problems.append(f"{what} needs an id and a label")
        data = obj.get("data")
        if kind in ACTIONS_WITH_DATA and not (isinstance(data, dict) and data.get("action")):
            problems.append(f"{what} needs data.action")
        if kind == "Action.Execute" and not obj.get("verb"):
            problems.append(f"{what} needs a verb")
    return problems


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_card_follows_our_rules(name: str) -> None:
    card = SAMPLES[name]
    json.dumps(card)  # plain JSON values only: the card goes over the wire as it is
    assert structure_problems(card) == []


def test_rules_catch_what_they_should() -> None:
    bad = {
        "type": "AdaptiveCard",
        "version": "1.6",
        "body": [
            {"type": "Input.Text", "id": "a"},
            {"type": "Input.Date", "id": "a", "label": "Datum"},
        ],
        "actions": [{"type": "Action.Execute", "title": "Ta", "data": {"type": "Input.Text"}}],
    }
    assert structure_problems(bad) == [
        "version is '1.6'",
        "id 'a' is used 2 times",
        "Input.Text 'a' needs an id and a label",
        "Action.Execute 'Ta' needs data.action",
        "Action.Execute 'Ta' needs a verb",
    ]


def test_element_samples_use_every_helper() -> None:
    """So the renderer sees what each helper in cards/elements.py produces."""
    helpers = {
        name
        for name, value in vars(elements).items()
        if inspect.isfunction(value) and value.__module__ == elements.__name__
    }
    assert helpers - set(vars(samples_elements)) == set()
