# Two commands do all set-up on a fresh Linux machine:
#   make run   - create .venv, install, build the curriculum pack, start the app
#   make test  - the same with dev extras, then the whole suite headless
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
PACK := tutor/data/curriculum.bdpack
DEV_KEY := keys/dev/dev-signing.key
TS := $(wildcard tutor/ui/i18n/*.ts)
QM := $(TS:.ts=.qm)
CONTENT := $(shell find content -type f 2>/dev/null)

.PHONY: run test bench install install-dev translations lupdate pack clean check-display

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade --quiet pip
	$(PIP) install --quiet -e .
	touch $@

$(DEV_STAMP): $(STAMP)
	$(PIP) install --quiet -e '.[dev]'
	touch $@

install: $(STAMP) translations pack
install-dev: $(DEV_STAMP) translations pack

# Qt translations are compiled at build time; the .ts sources live in the repo.
tutor/ui/i18n/%.qm: tutor/ui/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refresh the .ts files from the tr() calls in tutor/ui (then translate new entries).
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find tutor/ui -name '*.py') -ts tutor/ui/i18n/tutor_en.ts tutor/ui/i18n/tutor_vi.ts -no-obsolete

# The bundled curriculum pack, signed with the development key (release builds re-sign it
# with the publisher key: see keys/README.md).
$(PACK): $(CONTENT) $(STAMP)
	mkdir -p tutor/data
	$(PY) -m tutor content build content --key $(DEV_KEY) --out $@

pack: $(PACK)

run: install
	$(PY) -m tutor

test: install-dev
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

# Every benchmark; each prints its figures beside a baseline measured in the same run.
# The sync benchmark also measures the PostgreSQL hub when TUTOR_TEST_PG_URL is set.
bench: install-dev
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/startup.py
	$(PY) benchmarks/content.py
	$(PY) benchmarks/retrieval.py
	$(PY) benchmarks/answer_feedback.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/answer_feedback_ui.py
	$(PY) benchmarks/speech.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/llm.py
	$(PY) benchmarks/sync.py
	$(PY) benchmarks/dashboard.py

clean:
	rm -rf $(VENV) $(PACK) $(QM) build *.egg-info

include installers/package.mk
