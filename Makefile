# Fieldnotes: `make run` opens the app, `make test` runs every check. Both set everything up first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test setup setup-test system-deps lint screenshots bench eval bundle bundle-test clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(PY) -m pip install -q -e '.[test]'
	touch $@

system-deps:
	bash scripts/install-system-deps.sh

setup: system-deps $(VENV)/.installed

setup-test: system-deps $(VENV)/.installed-test

run: setup
	$(VENV)/bin/fieldnotes

lint: setup-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy desktop/store
	$(VENV)/bin/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest

bench: setup-test
	$(PY) bench/run.py --docs 20000 --json

eval: setup-test
	$(PY) bench/suggest_eval.py

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m desktop.ui.shell.screenshots docs/screenshots

$(VENV)/.installed-bundle: $(VENV)/.installed pyproject.toml
	$(PY) -m pip install -q -e '.[bundle]'
	touch $@

bundle: system-deps $(VENV)/.installed-bundle
	$(VENV)/bin/pyinstaller --noconfirm --distpath dist --workpath build build_spec/fieldnotes.spec

bundle-test: bundle
	bash scripts/bundle_smoke.sh dist/fieldnotes

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
