# Outbound: two commands set everything up on a fresh machine.
#   make run   - create .venv if needed, install Outbound, start the application
#   make test  - the same set-up with the test extras, then the whole suite (Qt offscreen)
#   make translations - refresh resources/translations/*.ts from desktop/ (then translate the
#                       new entries; the install compiles the .qm, see setup.py)
# Release (on a connected machine; see README "Install on an air-gapped laptop"):
#   make dist            - dist/: wheel, sdist, wheelhouse, one-folder app, notices, SHA256SUMS
#   make dist-check      - the one-folder app runs offline; the notices name what it bundles
#   make install-offline - install from dist/wheelhouse into $(OFFLINE_VENV), no network
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP_APP  := $(VENV)/.stamp-app
STAMP_TEST := $(VENV)/.stamp-test
STAMP_DIST := $(VENV)/.stamp-dist
OFFLINE_VENV ?= outbound-offline

# Installing compiles the translations (setup.py): a changed .ts reinstalls.
INSTALL_INPUTS := pyproject.toml setup.py $(wildcard resources/translations/*.ts)

.PHONY: run test translations lint bench bench-quick screenshots demo clean dist dist-check install-offline

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_APP): $(INSTALL_INPUTS) | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): $(INSTALL_INPUTS) | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_APP)

$(STAMP_DIST): $(INSTALL_INPUTS) | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	touch $@ $(STAMP_APP)

run: $(STAMP_APP)
	$(BIN)/outbound $(ARGS)

test: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

translations: $(STAMP_TEST)
	$(BIN)/python packaging/translations.py update

lint: $(STAMP_TEST)
	$(BIN)/ruff check .
	$(BIN)/mypy models forms casework memos bundles desktop

bench: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.run

bench-quick: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.run --quick

screenshots: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop.screenshots screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop.screenshots --lang zh_CN screenshots/zh_CN

dist: $(STAMP_DIST)
	rm -rf dist build/pyinstaller
	$(BIN)/python -m build --no-isolation --outdir dist .
	$(BIN)/python packaging/wheelhouse.py dist/wheelhouse dist/outbound-*.whl
	QT_QPA_PLATFORM=offscreen $(BIN)/pyinstaller --noconfirm --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/outbound.spec
	$(BIN)/python packaging/notices.py dist/THIRD-PARTY-NOTICES \
		--frozen-manifest dist/outbound/frozen-distributions.txt
	cp dist/THIRD-PARTY-NOTICES dist/outbound/
	cp dist/THIRD-PARTY-NOTICES dist/wheelhouse/
	tar -C dist -czf dist/outbound-$$($(BIN)/python -c 'import desktop; print(desktop.__version__)')-$$(uname -s | tr A-Z a-z)-$$(uname -m).tar.gz outbound
	$(BIN)/python packaging/sha256sums.py dist

dist-check: $(STAMP_DIST)
	$(BIN)/python packaging/dist_check.py dist

# No network: pip reads no configuration and no index, only the wheelhouse, and checks every hash.
install-offline:
	@test -f dist/wheelhouse/requirements.txt || { echo "dist/wheelhouse is missing: run make dist on a connected machine" >&2; exit 2; }
	rm -rf $(OFFLINE_VENV)
	$(PYTHON) -m venv $(OFFLINE_VENV)
	env -u PIP_FIND_LINKS -u PIP_INDEX_URL -u PIP_EXTRA_INDEX_URL PIP_CONFIG_FILE=/dev/null \
		$(OFFLINE_VENV)/bin/python -m pip install --quiet --no-index --find-links dist/wheelhouse \
		--require-hashes -r dist/wheelhouse/requirements.txt
	$(OFFLINE_VENV)/bin/outbound --version
	@echo "Installed: $(OFFLINE_VENV)/bin/outbound"

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
