# Backcoach: `make run` to chat with the coach, `make test` to run every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: run test bench lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP) $@

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

run: $(STAMP)
	$(BIN)/backcoach run

test: $(DEV_STAMP) node_modules/.package-lock.json
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/pytest -q

bench: $(DEV_STAMP) node_modules/.package-lock.json
	$(BIN)/python -m bench.core_throughput
	$(BIN)/python -m bench.telegram_roundtrip
	$(BIN)/python -m bench.reminders_scale
	$(BIN)/python -m bench.chat_traffic

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache
