# sahelwatch: the two commands a newcomer needs are `make demo` and `make test`.
# Both set themselves up in ./.venv from PyPI (python3 and make are all they need).

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed
DB     ?= var/demo.duckdb
OUT    ?= out

.PHONY: demo test setup bench clean docs serve pg

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,spark,postgres]'
	touch $(STAMP)

setup: $(STAMP)

# The main job, offline, on the embedded database and the bundled reference chronology:
# build the database, then write the situation report (HTML and PDF, English and French).
demo: $(STAMP)
	@mkdir -p $(dir $(DB)) $(OUT)
	rm -f $(DB) $(DB).wal
	$(BIN)/sahelwatch --db $(DB) ingest data/chronology/*.csv
	$(BIN)/sahelwatch --db $(DB) link
	$(BIN)/sahelwatch --db $(DB) stats
	$(BIN)/sahelwatch --db $(DB) report --since 2019-01-01 --lang en --out $(OUT)
	$(BIN)/sahelwatch --db $(DB) report --since 2019-01-01 --lang fr --out $(OUT)
	@echo
	@echo "The situation report is in $(OUT)/:"
	@ls -1 $(OUT)/sitrep-*

# The dashboard and the API on the demo database (after `make demo`): http://127.0.0.1:8000/
serve: $(STAMP)
	$(BIN)/sahelwatch --db $(DB) serve

# A throwaway PostgreSQL 15 + PostGIS server on a free 127.0.0.1 port, for --db postgresql://...
# (the one the tests start; as an unprivileged user under root). Ctrl-C stops it and deletes its data.
pg: $(STAMP)
	$(BIN)/python scripts/pg_cluster.py

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/ingest.py

docs: $(STAMP)
	$(BIN)/python scripts/gen_cli_reference.py > docs/cli.md

clean:
	rm -rf $(VENV) var $(OUT)
