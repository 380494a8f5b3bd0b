# overens: two commands do everything.
#   make run   create the venv, install, build the index, start the API and the UI, print the URLs
#   make test  install and pass the tests (lint, types, fast, real model, real server, browser, evaluation)
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
API_PORT ?= 8000
UI_PORT ?= 8501

.PHONY: run test install index serve ui eval bench lint typecheck fast clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "overens needs Python 3.11+ (found %s)" % sys.version.split()[0]'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

index: install
	$(BIN)/overens ingest || test -L data/index

run: index
	API_PORT=$(API_PORT) UI_PORT=$(UI_PORT) bash scripts/run.sh

serve: index
	$(BIN)/overens serve --port $(API_PORT)

ui: install
	$(BIN)/overens ui --port $(UI_PORT)

lint: install
	$(BIN)/ruff check ingest retrieval answer app eval tests scripts

typecheck: install
	$(BIN)/mypy ingest retrieval answer app eval

fast: install
	$(BIN)/pytest -q -m "not slow and not browser and not eval"

test: install
	bash scripts/install_test_tools.sh
	$(BIN)/ruff check ingest retrieval answer app eval tests scripts
	$(BIN)/mypy ingest retrieval answer app eval
	$(BIN)/pytest -q -p no:cacheprovider --durations=15

eval: install
	$(BIN)/overens eval

bench: install
	$(BIN)/python scripts/bench.py

clean:
	rm -rf data .cache .pytest_cache
