"""The import preview driven as a user would: what it says it read and will create, rows with problems marked
by an icon and words, Import held back while there are problems, the column choice re-planning at once,
user text shown literally, and the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from okrdesk.services.importing import plan_import
from okrdesk.services.workspace import Workspace
from okrdesk.ui.import_dialog import NOT_IN_FILE, ImportDialog, ImportPreviewModel

TEMPLATE = (
    "Quarter;Objective;Key Result;Owner;Baseline;Target;Current\n"
    "Q3 2026;Delight customers;Raise NPS;Ann;30;50;41,5\n"
    ";;<b>Cut</b> waiting time;Ben;24;4;12\n"
    ";Grow revenue;Close deals;Ann;0;10;abc\n"
)


@pytest.fixture
def template(tmp_path: Path) -> Path:
    path = tmp_path / "okr template.csv"
    path.write_text(TEMPLATE, encoding="utf-8")
    return path


def open_dialog(qtbot: QtBot, workspace: Workspace, path: Path) -> ImportDialog:
    dialog = ImportDialog(workspace, plan_import(workspace, path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def cell(model: ImportPreviewModel, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return model.data(model.index(row, column), role)


def test_it_says_what_it_read_and_what_is_wrong(qtbot: QtBot, workspace: Workspace, template: Path) -> None:
    dialog = open_dialog(qtbot, workspace, template)
    assert dialog.file_label.text() == "File: okr template.csv"
    assert dialog.read_label.text() == (
        "Read as a spreadsheet OKR template with start, target and current values, in UTF-8, "
        "separated by semicolons; 3 rows."
    )
    assert dialog.summary_label.text() == "Nothing can be imported until the problem below is fixed."
    assert [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())] == [
        "Row 4: Current 'abc' is not a number."
    ]
    assert not dialog.import_button.isEnabled()
    assert "Fix the problems listed below first" in dialog.import_button.toolTip()
    model = dialog.model
    assert model.rowCount() == 3
    assert [cell(model, r, 0) for r in range(3)] == ["2", "3", "4"]
    assert cell(model, 0, 5) == "30 → 50" and cell(model, 0, 6) == "41.5", "decimal comma read"
    assert cell(model, 1, 2) == "↳ Delight customers", "a filled-down row says whose it is"
    assert cell(model, 2, ImportPreviewModel.PROBLEM) == "Current 'abc' is not a number."
    assert cell(model, 0, ImportPreviewModel.PROBLEM) == "OK"
    assert cell(model, 2, 0, Qt.ItemDataRole.DecorationRole) is not None, "an icon beside the words"
    assert cell(model, 0, 0, Qt.ItemDataRole.DecorationRole) is None


def test_choosing_a_column_plans_again_at_once(qtbot: QtBot, workspace: Workspace, template: Path) -> None:
    dialog = open_dialog(qtbot, workspace, template)
    combo = dialog.combos["current"]
    assert combo.currentText() == "Current"
    assert [combo.itemText(i) for i in range(combo.count())][:2] == [NOT_IN_FILE, "Quarter"]
    combo.setCurrentIndex(combo.findText(NOT_IN_FILE))
    assert dialog.plan.ok and dialog.plan.mapping["current"] is None
    assert dialog.summary_label.text() == "Will create 1 cycle, 2 people, 2 objectives and 3 key results."
    assert dialog.import_button.isEnabled()
    assert not dialog.problem_list.isVisible()
    assert dialog.model.data(dialog.model.index(2, 0), Qt.ItemDataRole.DecorationRole) is None
    dialog.combos["owner"].setCurrentIndex(0)
    assert dialog.plan.mapping["owner"] is None
    assert dialog.summary_label.text() == "Will create 1 cycle, 2 objectives and 3 key results."
    assert dialog.model.data(dialog.model.index(0, 4)) == ""


def test_model_passes_qt_model_tester(
    qtmodeltester, qtbot: QtBot, workspace: Workspace, template: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, workspace, template)
    qtmodeltester.check(dialog.model)
    dialog.combos["current"].setCurrentIndex(0)  # a reset while the tester watches
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount(dialog.model.index(0, 0)) == 0
    assert dialog.model.data(QModelIndex()) is None


def test_user_text_stays_plain(qtbot: QtBot, workspace: Workspace, template: Path) -> None:
    dialog = open_dialog(qtbot, workspace, template)
    assert cell(dialog.model, 1, 3) == "<b>Cut</b> waiting time"
    tooltip = cell(dialog.model, 1, 3, Qt.ItemDataRole.ToolTipRole)
    assert isinstance(tooltip, str) and "&lt;b&gt;Cut&lt;/b&gt;" in tooltip
    for label in dialog.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_an_unreadable_file_shows_why(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 8)
    dialog = open_dialog(qtbot, workspace, path)
    assert dialog.read_label.text() == (
        "The file could not be read as a table, so there are no columns to choose from."
    )
    assert dialog.problem_list.item(0).text() == "photo.csv is not a CSV text file (it holds binary data)."
    assert not dialog.import_button.isEnabled()
    assert not dialog.mapping_box.isVisible(), "no greyed grid of choices: there is nothing to choose"
    assert not dialog.table.isVisible()
    assert not dialog.details_label.isVisible()
    assert dialog.model.rowCount() == 0


def test_keyboard_escape_cancels_enter_imports(qtbot: QtBot, workspace: Workspace, template: Path) -> None:
    dialog = open_dialog(qtbot, workspace, template)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible(), "Enter does nothing while there are problems"
    dialog.combos["current"].setCurrentIndex(0)
    dialog.combos["cycle"].setFocus()
    qtbot.keyClick(dialog.combos["cycle"], Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.combos["cycle_start"], "Tab walks the column choices in order"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    again = open_dialog(qtbot, workspace, template)
    with qtbot.waitSignal(again.rejected):
        qtbot.keyClick(again, Qt.Key.Key_Escape)


def test_ask_returns_the_confirmed_plan_or_none(
    qtbot: QtBot, workspace: Workspace, template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def choose_and_accept(self: ImportDialog) -> int:
        self.combos["current"].setCurrentIndex(0)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", choose_and_accept)
    plan = ImportDialog.ask(None, workspace, template)
    assert plan is not None and plan.ok and plan.mapping["current"] is None
    monkeypatch.setattr(ImportDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert ImportDialog.ask(None, workspace, template) is None
    monkeypatch.setattr(ImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert ImportDialog.ask(None, workspace, template) is None, "a plan with problems is never returned"
    assert workspace.counts()["objectives"] == 0, "the dialog itself writes nothing"


def test_long_owners_are_capped_and_types_read_as_the_app_says(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    owner = "Someone with a very long name " * 6
    text = (
        "Quarter,Objective,Key Result,Owner,Type,Start,Target,Current,Unit\n"
        f"Q3 2026,Grow,Keep NPS,{owner.strip()},at least,0,5,6,%\n"
        ",,Cut waiting,Ben,at_most,0,4,3,h\n"
        ",,Launch,Ben,milestone,0,1,1,\n"
        ",,Deals,Ben,,0,10,4,\n"
    )
    path = tmp_path / "types.csv"
    path.write_text(text, encoding="utf-8")
    dialog = open_dialog(qtbot, workspace, path)
    assert dialog.plan.ok, [p.text for p in dialog.plan.problems]
    model = dialog.model
    assert [cell(model, r, 5) for r in range(4)] == ["at least 5 %", "at most 4 h", "milestone", "0 → 10"]
    assert [cell(model, r, 6) for r in range(4)] == ["6 %", "3 h", "done", "4"]
    assert dialog.table.columnWidth(4) <= ImportPreviewModel.CAP
    tooltip = cell(model, 0, 4, Qt.ItemDataRole.ToolTipRole)
    assert isinstance(tooltip, str) and owner.strip() in tooltip
    assert dialog.details_label.isVisible()
    assert dialog.details_label.text() == (
        f"New cycles: Q3 2026 (Jul 1 – Sep 30, 2026)\nNew people: {owner.strip()}, Ben"
    )
    assert (
        dialog.summary_label.text()
        == "Will create 1 cycle, 2 people, 1 objective, 4 key results and record 4 check-ins."
    )
