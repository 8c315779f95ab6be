# Nashra — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8000
export NASHRA_DATA_DIR ?= $(CURDIR)/var

.PHONY: run test test-pg test-browser lint install demo serve bench bench-import lighthouse clean cluster cluster-down drill

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is required (set PYTHON=/path/to/python3.11)"; exit 1; }
	@echo "==> creating $(VENV)"
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/pip install --quiet --upgrade pip

# Serving needs only the package; the test tools (pytest, ruff, Playwright …) come with `make test`.
$(VENV)/.installed-serve: pyproject.toml | $(BIN)/python
	@echo "==> installing what serving needs into $(VENV) (first run only, about a minute)"
	@$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.installed: $(VENV)/.installed-serve
	@echo "==> installing the test tools into $(VENV)"
	@$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

install: $(VENV)/.installed

## Serve the populated demo network on http://127.0.0.1:$(PORT)/ (production server + scheduler).
## Another port: make run PORT=8080
run: $(VENV)/.installed-serve
	@echo "==> [1/4] database: applying migrations (first run: about a minute)"
	@NASHRA_AUTO_SECRET=1 $(BIN)/nashra migrate --noinput -v0
	@echo "==> [2/4] collecting static files"
	@NASHRA_AUTO_SECRET=1 $(BIN)/nashra collectstatic --noinput -v0
	@echo "==> [3/4] loading the demo network"
	@NASHRA_AUTO_SECRET=1 $(BIN)/nashra demo --port $(PORT)
	@echo "==> [4/4] serving on http://127.0.0.1:$(PORT)/ (Ctrl-C stops)"
	@NASHRA_AUTO_SECRET=1 $(BIN)/nashra serve --port $(PORT)

## Run the whole test suite (SQLite + local-memory cache unless DATABASE_URL / REDIS_URL are set).
test: install
	NASHRA_TESTING=1 $(BIN)/python -m pytest
	$(BIN)/ruff check nashra tests bench

## The same suite against the PostgreSQL and Redis that run on this project's machines.
test-pg: install
	NASHRA_TESTING=1 DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} \
	  REDIS_URL=$${REDIS_URL:-redis://127.0.0.1:6379/15} $(BIN)/python -m pytest --create-db

## Reader and newsroom paths in headless Debian Chromium (installs chromium if missing).
test-browser: install
	bash .ci/browser

lint: install
	$(BIN)/ruff check nashra tests bench

## Load bench (nginx vs cached article, cache miss, growth) → var/bench/latest.json
bench: install
	$(BIN)/python bench/run.py $(BENCH_ARGS)

bench-import: install
	$(BIN)/python bench/import_articles.py

## Lighthouse (mobile) on each demo edition's home, a section and an article → table + var/lighthouse/*.json
## (not in CI; needs npx and Chromium at $$CHROME_PATH, default /usr/bin/chromium)
lighthouse: install
	CHROME_PATH=$${CHROME_PATH:-/usr/bin/chromium} $(BIN)/python bench/lighthouse.py

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache

## A whole network on loopback (PostgreSQL primary + replica, Redis, S3 stand-in, 2 app processes, scheduler,
## nginx, the demo): see bench/cluster.py. `make cluster-down` stops and removes it all.
cluster: install
	$(BIN)/python bench/cluster.py up

cluster-down:
	$(BIN)/python bench/cluster.py down

## The fault drill on a running cluster (about 6 minutes; DRILL_ARGS=--short: about 2): see bench/drill.py.
drill: install
	$(BIN)/python bench/drill.py $(DRILL_ARGS)
