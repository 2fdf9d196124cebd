"""Prints every sample card as the JSON array that scripts/*.mjs read: [{"name", "card"}, ...].

    .venv/bin/python -m scripts.export_card_samples > samples.json

The samples are found the way tests/cards/test_renderer.py finds them (tests/cards/samples_*.py).
"""

from __future__ import annotations

import json

from tests.cards.test_renderer import SAMPLES


def main() -> None:
    cards = [{"name": name, "card": card} for name, card in sorted(SAMPLES.items())]
    print(json.dumps(cards, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
