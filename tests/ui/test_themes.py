"""Themes and the Preferences that choose them: the main window renders in light, dark and high contrast
without Qt warnings (qt_log_level_fail), "system" follows the desktop, and the choice is remembered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from okrdesk.domain.model import Status
from okrdesk.ui import settings, themes
from okrdesk.ui.delegates import status_colour
from okrdesk.ui.dialogs.preferences import PreferencesDialog
from okrdesk.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def back_to_light(qapp: QApplication) -> Iterator[None]:
    """The application is shared by every test: each theme test leaves it light, as it found it."""
    yield
    themes.install(qapp, "light")


def _window_colour(widget: object) -> str:
    return widget.palette().color(QPalette.ColorRole.Window).name()  # type: ignore[attr-defined]


def _render(window: MainWindow) -> None:
    QApplication.processEvents()  # the palette reaches widgets through posted events
    image = window.grab().toImage()
    assert not image.isNull() and image.width() > 800


@pytest.mark.parametrize(
    ("choice", "background", "text"),
    [("dark", "#202124", "#e8eaed"), ("high_contrast", "#000000", "#ffffff")],
)
def test_the_main_window_renders_in_each_theme(
    qapp: QApplication, window: MainWindow, choice: str, background: str, text: str
) -> None:
    themes.install(qapp, choice)
    _render(window)
    assert _window_colour(window.tree) == background
    assert window.tree.palette().color(QPalette.ColorRole.Text).name() == text
    # the sample banner is restyled with the theme: no light-yellow bar on a black screen
    assert themes.tones().warning_background.name() in window.banner.styleSheet()
    themes.install(qapp, "light")
    _render(window)
    assert _window_colour(window.tree) != background
    assert "#fff4d6" in window.banner.styleSheet()


def test_status_symbols_are_brighter_in_high_contrast(qapp: QApplication) -> None:
    themes.install(qapp, "light")
    light = status_colour(Status.OFF_TRACK)
    themes.install(qapp, "high_contrast")
    bright = status_colour(Status.OFF_TRACK)
    assert bright.lightness() > light.lightness()


def test_system_follows_the_desktop(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    manager = themes.install(qapp, "system")
    monkeypatch.setattr(themes.ThemeManager, "system_theme", lambda self: themes.DARK)
    manager._on_system_changed()  # what Qt's colorSchemeChanged calls when the desktop turns dark
    assert themes.current() == themes.DARK
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#202124"
    monkeypatch.setattr(themes.ThemeManager, "system_theme", lambda self: themes.HIGH_CONTRAST)
    manager._on_system_changed()
    assert themes.current() == themes.HIGH_CONTRAST
    manager.apply("light")  # a chosen theme no longer follows the desktop
    manager._on_system_changed()
    assert themes.current() == themes.LIGHT


def test_view_theme_menu_switches_and_remembers(qapp: QApplication, window: MainWindow) -> None:
    themes.install(qapp, "light")
    window.theme_actions["high_contrast"].trigger()
    assert themes.current() == themes.HIGH_CONTRAST
    assert settings.theme() == "high_contrast"
    assert window.theme_actions["high_contrast"].isChecked()
    window.theme_actions["system"].trigger()
    assert settings.theme() == "system"


def test_preferences_store_every_choice(qapp: QApplication, window: MainWindow, tmp_path: Path) -> None:
    themes.install(qapp, "light")
    dialog = PreferencesDialog(window.controller, window)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("tree"))
    dialog.minutes_spin.setValue(5)
    dialog.zoom_spin.setValue(150)
    dialog.stale_spin.setValue(14)
    dialog.default_edit.setText(str(window.workspace.path))
    assert dialog.apply()
    assert themes.current() == themes.DARK  # at once
    assert settings.language() == "de"
    assert settings.presentation_layout() == "tree"
    assert settings.presentation_minutes() == 5
    assert settings.presentation_zoom() == 1.5
    assert settings.default_workspace_choice() == window.workspace.path.resolve()
    assert window.workspace.stale_days() == 14
    again = PreferencesDialog(window.controller, window)
    assert again.theme_combo.currentData() == "dark" and again.minutes_spin.value() == 5
    assert again.zoom_spin.value() == 150


def test_a_missing_default_workspace_is_refused_in_words(window: MainWindow, tmp_path: Path) -> None:
    dialog = PreferencesDialog(window.controller, window)
    dialog.default_edit.setText(str(tmp_path / "gone.okr"))
    assert not dialog.apply()
    assert "There is no workspace at" in dialog.error_label.text()
    assert settings.default_workspace_choice() is None
    dialog.default_edit.clear()  # empty: okrdesk's own workspace
    assert dialog.apply()


def test_start_up_opens_the_chosen_default_workspace(qapp: QApplication, tmp_path: Path) -> None:
    from okrdesk.services.workspace import Workspace
    from okrdesk.ui import app as gui

    chosen = tmp_path / "mine.okr"
    Workspace.create(chosen, sample=True).close()
    settings.set_default_workspace_choice(chosen)
    opened = gui._open_or_create(None, interactive=False, integrity="quick")
    try:
        assert opened.path == chosen.resolve()  # type: ignore[attr-defined]
    finally:
        opened.close()  # type: ignore[attr-defined]
    chosen.unlink()
    gui._notes.clear()
    assert gui._chosen_default() is None  # gone: okrdesk's own workspace, and the status bar says why
    assert "was not found" in gui._notes[0]
    gui._notes.clear()
