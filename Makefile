# The two commands of the README. Both build ./.venv on a fresh machine first, with the
# releases pinned in constraints.txt (the lock: make lock rewrites it, make upgrade-check
# tries the newest releases instead).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= $(abspath ../shared)
LOCK := constraints.txt
PIP_QUIET := --quiet --disable-pip-version-check

.PHONY: setup setup-test demo serve test bench eval lock upgrade-check mutation bandit clean

# the app alone (SQLite; add .[postgres] / .[server] for PostgreSQL and gunicorn, README).
# pip itself first, at the lock's release: the pip a venv starts with may be older than
# 23.3 (Python 3.11's is 23.2.1), which does not read the extra jusText asks lxml for,
# `html_clean`, as lxml's `html-clean` (PEP 685) and warns on every install.
$(BIN)/stancewatch: pyproject.toml $(LOCK)
	$(PY) -m venv $(VENV)
	$(BIN)/pip install $(PIP_QUIET) --upgrade -c $(LOCK) pip
	$(BIN)/pip install $(PIP_QUIET) -c $(LOCK) -e .
	@touch $@

# plus what the tests need (pytest, selenium, dask, psycopg, gunicorn, bandit)
$(VENV)/.test-extras: $(BIN)/stancewatch
	$(BIN)/pip install $(PIP_QUIET) -c $(LOCK) -e '.[test]'
	@touch $@

# the package's bytecode beside its sources, as a (non-editable) pip install writes it at
# install time: an editable install has none until a run writes it, and where
# PYTHONDONTWRITEBYTECODE is set (this machine's environment, every bench) no run ever
# does, so each `stancewatch` start compiled analysis/'s ~15,000 lines again: a fifth of
# the start-up of `stancewatch ingest` (one saved page: 3.38 G -> 2.68 G instructions,
# callgrind), which no second core shares. Rewritten when a source changes; a file older
# than its source is never used (Python checks the source's time stamp and size).
BYTECODE := $(VENV)/.bytecode
# With it, the engine's code of the regular expressions a run compiles before its first
# document (analysis/regex_cache.py: ~0.13 s of a one-page ingest's ~0.7 s of CPU); a
# failure there costs only that time, never the setup.
$(BYTECODE): $(BIN)/stancewatch $(shell find analysis dashboard -name '*.py')
	$(BIN)/python -m compileall -q analysis dashboard
	-$(BIN)/python -m analysis.regex_cache
	@touch $@

setup: $(BIN)/stancewatch $(BYTECODE)
setup-test: $(VENV)/.test-extras $(BYTECODE)

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
test: setup-test
	STANCEWATCH_SHARED=$(SHARED) $(BIN)/pytest -q

# the security linter over the code (each exception justified inline: `# nosec BXXX`)
bandit: setup-test
	$(BIN)/bandit -q -r analysis dashboard

bench: setup
	$(BIN)/python bench/throughput.py $(SHARED)/corpus

eval: setup
	$(BIN)/stancewatch eval --gold $(SHARED)/gold/seeds.json --docs seeds

# Rewrite the lock from pyproject.toml (every extra), keeping pinned releases unless asked:
# make lock LOCK_ARGS=--upgrade  (or --upgrade-package dash). --allow-unsafe: pip and
# setuptools are pinned too (the venvs above install that pip first).
lock: setup-test
	$(BIN)/pip install $(PIP_QUIET) -c $(LOCK) -e '.[dev]'
	$(BIN)/pip-compile --quiet --allow-unsafe --extra test --extra postgres --extra server --extra cluster --extra dev \
	  --no-emit-index-url --no-emit-find-links --strip-extras $(LOCK_ARGS) -o $(LOCK) pyproject.toml

# Scheduled-style check: a throw-away venv with the NEWEST releases pyproject.toml allows
# (the lock ignored), what changed against the lock, then the unit tests and the
# dashboard's HTTP tests on them. Green: `make lock LOCK_ARGS=--upgrade` is safe to commit.
UPGRADE_VENV := .venv-upgrade
upgrade-check:
	rm -rf $(UPGRADE_VENV)
	$(PY) -m venv $(UPGRADE_VENV)
	$(UPGRADE_VENV)/bin/pip install $(PIP_QUIET) --upgrade pip
	$(UPGRADE_VENV)/bin/pip install $(PIP_QUIET) --upgrade --upgrade-strategy eager -e '.[test,postgres,server]'
	@$(UPGRADE_VENV)/bin/pip freeze --exclude-editable | $(PY) -c 'import sys, re; \
	  lock = dict(l.split("==") for l in open("$(LOCK)").read().split() if "==" in l); \
	  new = dict(l.split("==") for l in sys.stdin.read().split() if "==" in l); \
	  norm = lambda n: re.sub(r"[-_.]+", "-", n).lower(); lock = {norm(k): v for k, v in lock.items()}; \
	  diff = [f"  {k}: {lock[norm(k)]} -> {v}" for k, v in sorted(new.items()) if lock.get(norm(k), v) != v]; \
	  print("newer than the lock:" if diff else "the lock has the newest releases"); print("\n".join(diff))'
	STANCEWATCH_SHARED=$(SHARED) $(UPGRADE_VENV)/bin/pytest -q -x -p no:cacheprovider tests/unit \
	  tests/integration/test_dashboard_http.py tests/integration/test_dashboard_downloads.py

# Mutation testing (mutmut) of the code whose mistakes a user would not see: the exports,
# downloads, auth, the store's lock and the rollups; prints the kill rate (bench/README.md).
# PostgreSQL paths (the lock's advisory locks) need STANCEWATCH_TEST_PG, as in .ci/run.
mutation: setup-test
	$(BIN)/pip install $(PIP_QUIET) -c $(LOCK) -e '.[dev]'
	STANCEWATCH_TEST_PG=$${STANCEWATCH_TEST_PG:-postgresql+psycopg://postgres@127.0.0.1:5432/test} \
	  $(BIN)/python bench/mutation.py $(TARGETS)

clean:
	rm -rf $(VENV) $(UPGRADE_VENV) data build *.egg-info mutants
