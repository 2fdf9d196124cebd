# Heroma-assistenten. `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck check clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m bot

test: $(STAMP) node_modules
	$(BIN)/python -m pytest -q --cov=bot --cov=dialogs --cov=cards --cov=store --cov=knowledge --cov-report=term:skip-covered

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

check: lint typecheck test

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# Microsoft's validators and renderer from npm (package-lock.json pins them): Teams manifest
# schemas, the Adaptive Cards renderer, and playwright-core for the card screenshots.
.PHONY: node_modules package screenshots
NODE_STAMP := node_modules/.installed

node_modules: $(NODE_STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $(NODE_STAMP)

# The Teams app package. Without MicrosoftAppId it uses an all-zero id and warns: fine for a
# look, not for Teams. Set BOT_DOMAIN to add the bot's host name to validDomains.
MicrosoftAppId ?= 00000000-0000-0000-0000-000000000000
package:
	MicrosoftAppId="$(MicrosoftAppId)" $(PYTHON) scripts/build_package.py

# PNGs of every sample card (tests/cards/samples_*.py) in Teams' light theme, to docs/cards/.
screenshots: $(STAMP) node_modules
	bash scripts/ensure_chromium.sh
	rm -f docs/cards/*.png
	$(BIN)/python -m scripts.export_card_samples > node_modules/.card-samples.json
	node scripts/screenshot_cards.mjs node_modules/.card-samples.json docs/cards

# The flows end to end in Microsoft 365 Agents Playground (npm, pinned in package.json), driven by
# Playwright in Debian's chromium; screenshots of every step in e2e-screenshots/. See docs/e2e.md.
.PHONY: e2e
e2e: $(STAMP) node_modules
	bash scripts/ensure_chromium.sh
	bash scripts/e2e/run.sh
