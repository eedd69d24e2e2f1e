"""The app as the desktop sees it: its icon, the desktop file its windows belong to, and a workspace handed
over by the desktop as a FileOpen event (how macOS opens a double-clicked .okr file)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from okrdesk.services.workspace import Workspace
from okrdesk.ui import app as gui_app
from okrdesk.ui.file_menu import FileOpenEvents
from okrdesk.ui.main_window import MainWindow


def test_the_window_icon_has_every_size_the_desktop_asks_for(qtbot: QtBot) -> None:
    icon = gui_app.app_icon()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes
    # Drawn, not an empty placeholder: the centre of the 48 px icon is the target's orange bullseye.
    image = icon.pixmap(QSize(48, 48)).toImage()
    centre = image.pixelColor(int(48 * 120 / 256), int(48 * 136 / 256))
    assert centre.alpha() == 255 and centre.red() > 200 and centre.blue() < 120


def test_the_app_names_its_desktop_file_and_icon(qtbot: QtBot) -> None:
    app = QApplication.instance()
    before = (app.windowIcon(), app.desktopFileName())
    try:
        gui_app._set_identity(app)
        assert app.desktopFileName() == "org.okrdesk.okrdesk"
        assert not app.windowIcon().isNull()
    finally:
        app.setWindowIcon(before[0])
        app.setDesktopFileName(before[1])


def test_a_file_open_event_opens_that_workspace(qtbot: QtBot, tmp_path: Path) -> None:
    first, second = tmp_path / "team.okr", tmp_path / "mine.okr"
    Workspace.create(first, sample=True, today=date(2026, 11, 21)).close()
    Workspace.create(second, today=date(2026, 11, 21)).close()
    window = MainWindow(Workspace.open(first))
    qtbot.addWidget(window)
    window.show()
    app = QApplication.instance()
    handler = FileOpenEvents(window)
    app.installEventFilter(handler)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(second)))
        assert window.workspace.path == second
        assert window.model.rowCount() == 0  # the empty workspace, not the sample
    finally:
        app.removeEventFilter(handler)
        window.workspace.close()
