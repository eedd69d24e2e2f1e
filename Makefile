# okrdesk: `make run` opens the app, `make test` runs every check. Both set themselves up.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint figures bench soak sysdeps venv clean translations package package-test lock icons

# Every install is pinned by packaging/constraints.txt (PIP_CONSTRAINT pins the editable build's setuptools too).
CONSTRAINTS := packaging/constraints.txt
PIP_INSTALL := PIP_CONSTRAINT=$(CURDIR)/$(CONSTRAINTS) $(PY) -m pip install --quiet -c $(CONSTRAINTS)

$(STAMP): pyproject.toml $(CONSTRAINTS)
	@$(MAKE) --no-print-directory sysdeps
	@$(PYTHON) -c "import ensurepip" 2>/dev/null || sh packaging/install-system-deps.sh python3-venv
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PIP_INSTALL) -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

# The shared libraries Qt needs on Debian/Ubuntu; installed only when missing and when we can.
QT_DEBS := libglib2.0-0 libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfreetype6 libfontconfig1 \
	libdbus-1-3 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
	libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0
# The desktop-integration tests check the .desktop file, the AppStream metainfo and the .okr MIME type with
# the desktop's own tools (a double-click goes through xdg-mime/mimetype or gio).
DESKTOP_DEBS := desktop-file-utils appstream shared-mime-info xdg-utils libfile-mimeinfo-perl libglib2.0-bin
sysdeps:
	@sh packaging/install-system-deps.sh $(QT_DEBS) $(DESKTOP_DEBS)

run: $(STAMP)
	$(VENV)/bin/okrdesk

test: $(STAMP)
	$(VENV)/bin/ruff check okrdesk tests packaging
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check okrdesk tests packaging
	$(VENV)/bin/ruff format --check okrdesk tests packaging
	$(VENV)/bin/mypy okrdesk/domain okrdesk/store okrdesk/services

# Start-up, check-in, history and export figures for the README (not part of `make test`).
figures: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tests/bench/figures.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/bench/pdf_figures.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/bench/csv_figures.py

# The performance bench of issue 7 (2 to 3 minutes; not part of `make test`): three workloads, every figure
# next to a floor measured in the same run; writes docs/bench/latest.json and latest.md, prints the table.
# `make bench BENCH_ARGS=--readme` also puts the table into README.md (between its bench markers).
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tests/bench/suite.py $(BENCH_ARGS)

# The soaks of issue 6 (a few minutes; not part of `make test`): 500 killed writers must lose no check-in,
# and 500 sequences of the services' state machine must keep the file equal to the model.
soak: $(STAMP)
	$(PY) tests/safety/soak.py
	OKRDESK_SOAK=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/safety/test_state_machine.py

# The German UI text: lupdate collects every tr()/translate() of okrdesk's Python files into the .ts (dropping
# texts no longer used), fill_de.py writes the German it knows and lists what is missing, lrelease compiles
# the .qm the app loads. Run it after changing UI strings and commit both files.
TS_DE := resources/translations/okrdesk_de.ts
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find okrdesk -name '*.py' | sort) -no-obsolete -locations none \
		-target-language de_DE -ts $(TS_DE)
	$(PY) resources/translations/fill_de.py $(TS_DE)
	$(VENV)/bin/pyside6-lrelease $(TS_DE) -qm resources/translations/okrdesk_de.qm

# The PyInstaller bundle of issue 9 (about half a minute): dist/okrdesk/, and on Linux the tarball with its
# installer, dist/okrdesk-<version>-linux-<machine>.tar.gz. `make package-test` builds it, then uses it:
# opens a sample offscreen, exports a PDF, checks the SQLite it carries and its start-up time.
PACKAGE_STAMP := $(VENV)/.packaging
$(PACKAGE_STAMP): $(STAMP) $(CONSTRAINTS)
	$(PIP_INSTALL) -e '.[package]'
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP)
	@sh packaging/install-system-deps.sh binutils  # strip, for the libraries' debug symbols
	$(PY) packaging/build.py

package-test: package
	$(PY) packaging/package_test.py

# The application icon in every size and format, from resources/icons/okrdesk.svg (commit the results).
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_icons.py

# Moves the pins to the newest versions pyproject.toml allows: a fresh environment, frozen into the
# constraints file (its comments are kept). Then run `make test package-test` before committing.
lock:
	rm -rf build/lock-venv
	$(PYTHON) -m venv build/lock-venv
	build/lock-venv/bin/python -m pip install --quiet --upgrade pip
	build/lock-venv/bin/python -m pip install --quiet -e '.[dev,package]'
	build/lock-venv/bin/python packaging/lock.py build/lock-venv $(CONSTRAINTS)
	rm -rf build/lock-venv

clean:
	rm -rf $(VENV) build dist *.egg-info
