"""Messages from below the UI in the user's language: undo step names, validation and service errors.

The domain and services keep writing English (the command line's words); the UI translates their Messages
and writes the numbers in the user's locale."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from okrdesk.domain import validation
from okrdesk.services.workspace import Workspace
from okrdesk.ui import commands
from okrdesk.ui.controller import Controller
from okrdesk.ui.i18n import install_language
from okrdesk.ui.main_window import MainWindow
from okrdesk.ui.messages import text
from okrdesk.ui.safety import WorkspaceSafety


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "de")
    try:
        yield
    finally:
        install_language(qapp, "en")


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    path = tmp_path / "team.okr"
    Workspace.create(path, sample=True, today=date(2026, 11, 21)).close()
    opened = Workspace.open(path)
    yield opened
    opened.close()


def _too_large() -> ValueError:
    with pytest.raises(ValueError) as caught:
        validation.parse_number("99999999999999999999", "target")
    return caught.value


def test_a_validation_message_reads_german_with_german_digit_grouping(german: None) -> None:
    shown = text(_too_large())
    assert shown == (
        "Das Feld „Zielwert“ ist zu groß: "
        "Zahlen müssen zwischen -1.000.000.000.000 und 1.000.000.000.000 liegen."
    )


def test_the_english_text_is_unchanged_for_the_command_line_and_in_an_english_window(
    qapp: QApplication,
) -> None:
    english = "The target is too large: numbers must lie between -1,000,000,000,000 and 1,000,000,000,000."
    assert str(_too_large()) == english  # what the CLI prints
    install_language(qapp, "en")
    assert text(_too_large()) == english


def test_field_errors_and_dates_follow_the_language(german: None) -> None:
    (error,) = validation.validate_cycle("Q1", date(2026, 3, 31), date(2026, 1, 1))
    assert str(error.message) == "The cycle ends before it starts: Jan 1, 2026 is before Mar 31, 2026."
    assert text(error) == "Der Zyklus endet, bevor er beginnt: 1. Jan. 2026 liegt vor 31. März 2026."


def test_edit_undo_names_the_step_in_german(
    german: None, qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WorkspaceSafety, "daily_backups", False)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    cycle_id = window.cycle_combo.currentData()
    assert window.controller.execute(commands.AddObjective(window.controller, cycle_id, "Wachstum"))
    assert window.undo_action.text() == "&Rückgängig Ziel „Wachstum“ hinzufügen"
    window.controller.undo_stack.undo()
    assert window.redo_action.text() == "&Wiederherstellen Ziel „Wachstum“ hinzufügen"


def test_a_refused_edit_says_why_in_german(german: None, workspace: Workspace) -> None:
    controller = Controller(workspace)
    objective_id = workspace.cycle_tree(workspace.cycles()[0].id).objectives[0].id
    command = commands.DeleteObjective(controller, objective_id)
    workspace.delete_objective(objective_id)  # deleted meanwhile (another window)
    refusal = controller.try_execute(command)
    assert refusal == "Dieses Ziel existiert nicht mehr (es wurde vielleicht gelöscht)."
    assert controller.undo_stack.count() == 0
