"""Review of issue 8, the app in German: a German user must not meet English in the new dialogs or menus.

Two places still speak English: the domain's validation messages shown by New from Template… (with English
digit grouping), and the undo step names of the basic edits, shown in Edit → Undo/Redo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from okrdesk.services.workspace import Workspace
from okrdesk.ui.i18n import install_language
from okrdesk.ui.main_window import MainWindow
from okrdesk.ui.safety import WorkspaceSafety


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "de")
    try:
        yield
    finally:
        install_language(qapp, "en")


@pytest.fixture
def window(german: None, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(WorkspaceSafety, "daily_backups", False)
    path = tmp_path / "team.okr"
    Workspace.create(path, sample=True, today=date(2026, 11, 21)).close()
    win = MainWindow(Workspace.open(path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_a_too_large_target_in_a_template_is_explained_in_german(qtbot: QtBot, window: MainWindow) -> None:
    from okrdesk.ui.dialogs.templates import TARGET, NewFromTemplateDialog

    workspace = window.controller.workspace
    cycle = workspace.cycle(window.cycle_combo.currentData())
    dialog = NewFromTemplateDialog(window, workspace, cycle)
    qtbot.addWidget(dialog)
    dialog.show()
    item = dialog.table.item(0, TARGET)
    assert item is not None
    item.setText("99999999999999999999")
    problems = dialog.problems()
    assert problems and problems[0].startswith("Schlüsselergebnis 1:")
    assert not dialog.ok_button.isEnabled()
    assert "The target is too large" not in problems[0], problems[0]
    assert "1.000.000.000.000" in problems[0], problems[0]  # German digit grouping


def test_edit_undo_names_the_step_in_german(qtbot: QtBot, window: MainWindow) -> None:
    from okrdesk.ui.commands import DeleteObjective

    key = next(key for key in window.model.nodes if key[0] == "objective")
    window.controller.execute(DeleteObjective(window.controller, key[1]))
    text = window.undo_action.text()
    assert text.startswith("&Rückgängig"), text
    assert "Delete objective" not in text, text
