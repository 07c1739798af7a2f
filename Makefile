# Two entry points: `make run` codes the bundled sample, `make test` runs the tests.
# Both create .venv and install the pinned dependencies when needed.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PIP    := $(BIN)/python -m pip --disable-pip-version-check --quiet

.PHONY: run test test-fast bench clean

$(STAMP): pyproject.toml requirements/constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install pip==26.3
	$(PIP) install -c requirements/constraints.txt -e '.[dev,spark]'
	@touch $@

run: $(STAMP)
	$(BIN)/warpath code samples/november-2024 --db warpath.duckdb

test: $(STAMP)
	$(BIN)/python -m pytest

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not model and not slow"

bench: $(STAMP)
	$(BIN)/python benchmarks/ingest_throughput.py

clean:
	rm -rf $(VENV) warpath.duckdb warpath.duckdb.wal .pytest_cache
