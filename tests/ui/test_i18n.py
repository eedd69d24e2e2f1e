"""The language: install_language switches Qt's and okrdesk's translations and the locale; German shows
German menus, standard buttons and dates; the committed .qm matches its .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from okrdesk.paths import resources_dir
from okrdesk.ui import i18n

TRANSLATIONS = resources_dir() / "translations"


@pytest.fixture
def english(qapp: QApplication):  # type: ignore[no-untyped-def]
    """Leaves the app in English with the C/system locale after the test, whatever it switched to."""
    yield qapp
    i18n.install_language(qapp, "en")
    QLocale.setDefault(QLocale.system())


def test_resources_dir_finds_the_translations_in_the_source_tree_and_in_a_bundle(monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    assert (resources_dir() / "translations" / "okrdesk_de.qm").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"


def test_german_translates_okrdesk_and_qt_and_english_switches_back(english) -> None:  # type: ignore[no-untyped-def]
    assert i18n.install_language(english, "de") == "de"
    assert QCoreApplication.translate("FileMenu", "&File") == "&Datei"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert QLocale().language() == QLocale.Language.German
    assert i18n.format_number(2.5) == "2,5" and i18n.format_number(1200) == "1.200"
    assert i18n.format_date(date(2026, 10, 1)) == "1. Okt. 2026"

    assert i18n.install_language(english, "en") == "en"
    assert QCoreApplication.translate("FileMenu", "&File") == "&File"  # the German translators are gone
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_system_follows_the_systems_ui_languages_and_keeps_its_region(english, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    austrian = QLocale("de_AT")
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: austrian))
    assert i18n.install_language(english, "system") == "de"
    assert QLocale().name() == "de_AT"  # the region's own way of writing numbers stays
    assert QCoreApplication.translate("FileMenu", "&Quit") == "&Beenden"
    french = QLocale("fr_FR")
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: french))
    assert i18n.install_language(english, "system") == "en"  # no French: English text, French dates
    assert QCoreApplication.translate("FileMenu", "&Quit") == "&Quit"
    assert QLocale().name() == "fr_FR"


def test_a_german_message_box_has_german_standard_buttons(english) -> None:  # type: ignore[no-untyped-def]
    i18n.install_language(english, "de")
    box = QMessageBox(
        QMessageBox.Icon.Question, "t", "x", QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
    )
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Abbrechen"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"


def _german_window(qapp: QApplication, qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from okrdesk.services.workspace import Workspace
    from okrdesk.ui.main_window import MainWindow

    i18n.install_language(qapp, "de")
    path = tmp_path / "team.okr"
    Workspace.create(path, sample=True, today=date(2026, 11, 21)).close()
    window = MainWindow(Workspace.open(path))
    qtbot.addWidget(window)
    return window


def test_the_german_main_window_has_german_menus_and_dates(english, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _german_window(english, qtbot, tmp_path)
    titles = [action.text() for action in window.menuBar().actions()]
    assert "&Datei" in titles and "&Check-ins" in titles and "Aus&wertung" in titles
    dock = window.checkin_menu.panel_dock
    assert dock.windowTitle() == "Check-in-Verlauf"
    assert i18n.format_datetime(datetime(2026, 11, 21, 9, 5)) == "21. Nov. 2026, 09:05"
    assert i18n.format_short_datetime(datetime(2026, 11, 21, 9, 5)) == "21.11.26 09:05"
    window.close()


def test_the_german_edit_menu(english, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _german_window(english, qtbot, tmp_path)
    assert "&Bearbeiten" in [action.text() for action in window.menuBar().actions()]
    window.close()


def test_the_committed_qm_is_up_to_date_with_its_ts(tmp_path: Path) -> None:
    """lrelease of the committed .ts gives the committed .qm (run `make translations` when this fails)."""
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [lrelease, str(TRANSLATIONS / "okrdesk_de.ts"), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert fresh.read_bytes() == (TRANSLATIONS / "okrdesk_de.qm").read_bytes()
