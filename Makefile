# Two commands do all the set-up on a fresh machine:
#   make run    creates .venv, installs the application, opens the window on a demo database
#   make test   the same set-up, then make lint, then the whole test suite headless (what CI runs)
#   make lint   ruff (pyproject's rules) and mypy (strict on domain/ and store/, the exemptions listed in pyproject)
#   make check  the fast lane a developer runs every minute: no Qt widgets, nothing slow (seconds, not minutes)
#   make installer  the same set-up plus PyInstaller, the bundle dist/wz-desktop/ for this machine, its smoke test
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
INSTALLER_STAMP := $(VENV)/.installer-installed

.PHONY: run test check lint venv bench screenshots installer clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m wz_desktop --demo

test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy

# domain, store, workbook, command line: tests marked neither qt nor slow, without pytest-qt
# (tests/conftest.py fails a test of this lane that loads Qt's widgets), on every core (pytest-xdist)
check: $(STAMP)
	$(PY) -m pytest -q -p no:pytest-qt -m "not slow and not qt" -n auto $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) bench/run_all.py

# every screen at 1366x768 and 1600x1000, Chinese and English, on a frozen clock (xvfb-run each)
screenshots: $(STAMP)
	$(PY) docs/make_screenshots.py

# the bundle for the machine it runs on (Linux here; on Windows the same, then `iscc installer\wz-desktop.iss`),
# then started from a copy with an empty environment: --version, imports, an export, the window headless
$(INSTALLER_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,installer]'
	touch $(INSTALLER_STAMP)

installer: $(INSTALLER_STAMP)
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build installer/wz_desktop.spec
	$(PY) installer/smoke_test.py dist/wz-desktop

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis .mypy_cache .ruff_cache
