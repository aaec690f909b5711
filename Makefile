# The two commands of the README. Both build ./.venv on a fresh machine first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= $(abspath ../shared)

.PHONY: setup demo serve test bench eval clean

$(BIN)/stancewatch: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

setup: $(BIN)/stancewatch

# The main job on the embedded default: the seeds into ./data/demo.db and the statement
# table; it finishes (no server), so a new user sees it end. `make serve` then opens the
# dashboard on it at http://127.0.0.1:8050/.
demo: setup
	$(BIN)/stancewatch demo --no-serve

serve: setup
	@test -f data/demo.db || $(BIN)/stancewatch demo --no-serve
	$(BIN)/stancewatch serve --db sqlite:///data/demo.db

# Everything the tests need, then the whole suite (unit, integration; the corpus tests
# read ../shared/corpus, or STANCEWATCH_CORPUS).
test: setup
	STANCEWATCH_SHARED=$(SHARED) $(BIN)/pytest -q

bench: setup
	$(BIN)/python bench/throughput.py $(SHARED)/corpus

eval: setup
	$(BIN)/stancewatch eval --gold $(SHARED)/gold/seeds.json --docs seeds

clean:
	rm -rf $(VENV) data build *.egg-info
