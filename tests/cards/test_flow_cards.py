"""Structural checks of the flow's cards: version, labelled inputs, routable actions."""

from __future__ import annotations

from typing import Any

import pytest

from cards.elements import CARD_VERSION
from tests.cards.samples_flow import SAMPLES
from tests.support.chat import actions_of, input_ids


def _walk(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        return [node, *(n for v in node.values() for n in _walk(v))]
    if isinstance(node, list):
        return [n for item in node for n in _walk(item)]
    return []


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_card_structure(name: str) -> None:
    card = SAMPLES[name]
    assert card["type"] == "AdaptiveCard"
    assert card["version"] == CARD_VERSION
    inputs = [n for n in _walk(card) if str(n.get("type", "")).startswith("Input.")]
    for element in inputs:
        assert element.get("id"), element
        assert element.get("label"), element
    ids = input_ids(card)
    assert len(ids) == len(set(ids))
    for title, data in actions_of(card).items():
        assert data.get("action"), f"{name}: button {title!r} has no action"


def test_every_flow_submit_carries_its_case_id() -> None:
    for name in ("person_empty", "units_empty", "courses_empty", "review"):
        for title, data in actions_of(SAMPLES[name]).items():
            assert "case_id" in data, f"{name}: {title}"


def test_menu_offers_every_flow_and_the_draft() -> None:
    titles = set(actions_of(SAMPLES["menu_with_draft_and_notice"]))
    expected = {"Fortsätt med utkastet", "Ny behörighet", "Ändra behörighet", "Avsluta behörighet"}
    assert expected | {"Chefskoppling", "Mina ärenden", "Frågor om rutinen"} <= titles
