# Two commands do all set-up on a fresh machine:
#   make planner   install everything and start the planner on http://localhost:8501
#   make test      install everything and run the whole test suite (lint, types, tests)

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PORT   ?= 8501

.PHONY: planner replicas test lint typecheck pytest lowest browser node postgres proxy bench schema \
	clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The bundled examples are copied into ./workspace the first time (the originals stay
# untouched); set SOCIALSTRATEGY_STORE to another folder, sqlite:///… or postgresql://….
planner: $(STAMP)
	$(BIN)/streamlit run app.py --server.port $(PORT) --server.headless true \
		--browser.gatherUsageStats false

# Two planner replicas behind HAProxy on a throwaway PostgreSQL holding the examples, on
# http://localhost:8500 (Ctrl-C stops all of it); see the README, "Deploying for an
# organisation". `make replicas STORE=postgresql://…` uses a store of your own.
replicas: $(STAMP) postgres proxy
	$(BIN)/python scripts/replicas.py --port 8500 $(if $(STORE),--store $(STORE),)

browser:
	bash scripts/ensure-chromium.sh

# Node.js packages of the tests, each folder one purpose, installed from its lock file:
# tests/oidc a real OpenID Connect provider for the sign-in tests, tests/a11y axe-core
# for the accessibility tests (WCAG 2.1 AA on every step and HTML export).
OIDC := tests/oidc/node_modules/.installed
A11Y := tests/a11y/node_modules/.installed
$(OIDC): tests/oidc/package.json tests/oidc/package-lock.json
	bash scripts/ensure-node.sh
	cd tests/oidc && npm ci --no-audit --no-fund --loglevel=error
	touch $(OIDC)
$(A11Y): tests/a11y/package.json tests/a11y/package-lock.json
	bash scripts/ensure-node.sh
	cd tests/a11y && npm ci --no-audit --no-fund --loglevel=error
	touch $(A11Y)

node: $(OIDC) $(A11Y)

# The store tests start a throwaway PostgreSQL cluster of their own (Debian's binaries).
postgres:
	bash scripts/ensure-postgres.sh

# The replica tests run Debian's HAProxy, and check the nginx configuration with nginx -t.
proxy:
	bash scripts/ensure-proxy.sh

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/deptry src

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) browser node postgres proxy
	$(BIN)/pytest

# The lowest version of every direct dependency that pyproject.toml allows (uv's
# lowest-direct), in a venv of their own, made again only when pyproject.toml changes:
# the core's tests and the CLI, each export format, and every planner step in AppTest
# (sign-in, roles, lists, downloads; not the browser tests), Hypothesis properties with
# ten examples each. 2449 tests, about three and a half minutes on a quiet machine.
LOWEST       := .venv-lowest
LOWEST_STAMP := $(LOWEST)/.installed
LOWEST_TESTS := tests/model tests/files tests/scoring tests/test_cli.py tests/test_cli_diff.py \
	tests/test_cli_output.py tests/test_fmt.py tests/export/test_pdf.py \
	tests/export/test_docx.py tests/export/test_html.py tests/export/test_calendar.py \
	tests/export/test_workbook.py tests/export/test_static_charts.py \
	tests/planner/test_widgets.py tests/planner/test_list_editor.py tests/planner/test_start.py \
	tests/planner/test_roles.py tests/planner/test_plan_files.py tests/planner/test_review.py
$(LOWEST_STAMP): pyproject.toml | $(STAMP)
	rm -rf $(LOWEST)
	$(BIN)/uv venv --quiet --python $(BIN)/python $(LOWEST)
	$(BIN)/uv pip install --quiet --python $(LOWEST)/bin/python --resolution lowest-direct \
		-e '.[test]'
	touch $(LOWEST_STAMP)

lowest: $(LOWEST_STAMP)
	SOCIALSTRATEGY_HYPOTHESIS=quick $(LOWEST)/bin/python -m pytest -p no:cacheprovider -q \
		$(LOWEST_TESTS)

test: lint typecheck pytest lowest

# Benchmarks (about two minutes; not part of `make test`): every figure is a ratio to a floor
# measured in the same run. See the README's Performance section.
bench: $(STAMP) browser postgres proxy
	$(BIN)/python bench/run_all.py

schema: $(STAMP)
	$(BIN)/socialstrategy schema > schema/strategy.schema.json

clean:
	rm -rf $(VENV) $(LOWEST) .venv-core .pytest_cache .mypy_cache .ruff_cache .hypothesis tests/oidc/node_modules \
		tests/a11y/node_modules
