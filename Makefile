# Fieldnotes: `make run` opens the app, `make test` runs every check. Both set everything up first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test soak setup setup-test system-deps lint lock wheel-smoke screenshots translations bench eval crash fuzz bundle bundle-test clean

# The versions the tests passed with: requirements.lock (the app) and requirements-dev.lock (the app,
# the tests and the bundler), with hashes; `make lock` refreshes both. pip is Python's own, not upgraded.
# The locks hold every dependency, so pip installs them as listed (--no-deps) and `pip check` then proves
# nothing is missing: Python 3.11's pip 23.2 otherwise resolves justext's "lxml[html_clean]" as a second,
# unpinned lxml and refuses the lock once a newer lxml is published.
$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --require-hashes --no-deps -r requirements.lock
	$(PY) -m pip install -q --no-deps -e .
	$(PY) -m pip check
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed requirements-dev.lock
	$(PY) -m pip install -q --require-hashes --no-deps -r requirements-dev.lock
	$(PY) -m pip install -q --no-deps -e .
	$(PY) -m pip check
	touch $@

lock: setup-test
	$(VENV)/bin/uv pip compile pyproject.toml --extra test --extra bundle --universal --generate-hashes \
		--python-version 3.11 --upgrade -q -o requirements-dev.lock
	$(VENV)/bin/uv pip compile pyproject.toml --universal --generate-hashes --python-version 3.11 \
		-c requirements-dev.lock -q -o requirements.lock

# pip install of the built wheel into a fresh venv, outside the checkout, and a session through it
wheel-smoke: setup-test
	bash scripts/wheel_smoke.sh $(PYTHON)

system-deps:
	bash scripts/install-system-deps.sh

setup: system-deps $(VENV)/.installed

setup-test: system-deps $(VENV)/.installed-test

run: setup
	$(VENV)/bin/fieldnotes

lint: setup-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy desktop/store desktop/events
	$(VENV)/bin/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest

# Not part of `make test`: the merge properties over 2,000 random histories each, once per seed
# (~15 min a seed on two cores). A failure prints the seed and the shrunk history to keep as an
# @example. Other seeds: make soak SOAK_SEEDS="7 8 9".
SOAK_SEEDS ?= 1 2 3 4 5 6
soak: setup-test
	for seed in $(SOAK_SEEDS); do \
		echo "== merge properties, seed $$seed"; \
		HYPOTHESIS_PROFILE=soak $(VENV)/bin/pytest tests/sharing/test_merge_properties.py \
			--hypothesis-seed=$$seed --hypothesis-show-statistics || exit 1; \
	done

bench: setup-test
	$(PY) bench/run.py --docs 20000 --json

eval: setup-test
	$(PY) bench/suggest_eval.py

# Soaks, outside `make test` (docs/RELIABILITY.md): SIGKILLs at random moments of imports, edits,
# merges, passwd, rebuild-index (CRASH_KILLS, default 200); fuzzers over every reader of outside
# files (FUZZ_SECONDS per target, default 600; FUZZ_TARGETS to pick some). Each runs niced.
CRASH_KILLS ?= 200
FUZZ_SECONDS ?= 600
crash: setup-test
	nice -n 10 $(PY) scripts/crash_harness.py --kills $(CRASH_KILLS) --report bench/out/crash-report.json

fuzz: setup-test
	FUZZ_SECONDS=$(FUZZ_SECONDS) nice -n 10 $(PY) scripts/fuzz.py $(FUZZ_TARGETS)

# The pictures the README shows: English light and dark, Dari light and dark (python -m desktop.ui.screenshots
# OUTDIR [--lang en|fa|ps] [--theme light|dark] renders any one set, Pashto too).
SHOOT := QT_QPA_PLATFORM=offscreen $(PY) -m desktop.ui.screenshots
screenshots: setup
	$(SHOOT) docs/screenshots
	$(SHOOT) docs/screenshots/dark --theme dark
	$(SHOOT) docs/screenshots/fa --lang fa
	$(SHOOT) docs/screenshots/fa/dark --lang fa --theme dark

# The interface's translations: refresh resources/translations/*.ts from the tr() strings of desktop/ui
# (English keeps only its plural forms), then compile each to the .qm the app loads (committed too:
# resources/translations/README.md says why). Translate the .ts files with Qt Linguist or a text editor.
LUPDATE := $(VENV)/bin/pyside6-lupdate -extensions py -no-obsolete -locations none desktop/ui
translations: setup-test
	$(LUPDATE) -target-language en -pluralonly -ts resources/translations/fieldnotes_en.ts
	$(LUPDATE) -target-language fa_AF -ts resources/translations/fieldnotes_fa.ts
	$(LUPDATE) -target-language ps_AF -ts resources/translations/fieldnotes_ps.ts
	for ts in resources/translations/*.ts; do $(VENV)/bin/pyside6-lrelease -silent $$ts; done

$(VENV)/.installed-bundle: $(VENV)/.installed requirements-dev.lock
	$(PY) -m pip install -q --require-hashes -r requirements-dev.lock
	touch $@

bundle: system-deps $(VENV)/.installed-bundle
	$(VENV)/bin/pyinstaller --noconfirm --distpath dist --workpath build build_spec/fieldnotes.spec

bundle-test: bundle
	bash scripts/bundle_smoke.sh dist/fieldnotes

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
