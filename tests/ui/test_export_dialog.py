"""File → Export…: the dialog (format, cycle, scope, options, what the file will hold, where it goes, choices
remembered) and the export it starts (status bar, Open when done, errors, Cancel writing nothing)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from okrdesk.export.cancel import Cancelled
from okrdesk.ui import exports
from okrdesk.ui.export_dialog import CHECKINS, CSV, MARKDOWN, PDF, ExportDialog
from okrdesk.ui.main_window import MainWindow


def dialog_for(qtbot, window: MainWindow) -> ExportDialog:  # type: ignore[no-untyped-def]
    cycle = window.model.cycle
    dialog = ExportDialog(window.workspace, None if cycle is None else cycle.id, window)
    qtbot.addWidget(dialog)
    dialog._update_preview()
    return dialog


def choose(dialog: ExportDialog, kind: str) -> None:
    dialog.format_buttons[kind].setChecked(True)
    dialog._update_preview()


def data_rows(path: Path) -> int:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return sum(1 for _ in csv.DictReader(file))


def test_the_dialog_starts_on_the_shown_cycle_and_follows_the_format(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, window)
    shown = window.model.cycle
    assert shown is not None and dialog.cycle_combo.currentText() == shown.name
    scopes = [dialog.scope_combo.itemText(i) for i in range(dialog.scope_combo.count())]
    assert scopes[0] == "Everyone (whole workspace)"
    assert "Team: Online Store" in scopes and "1:1 with Grace Mensah" in scopes

    choose(dialog, MARKDOWN)
    assert dialog.path_edit.text().endswith(f"team {shown.name} review.md")
    assert not dialog.page_combo.isVisibleTo(dialog) and dialog.notes_combo.isVisibleTo(dialog)
    assert "objectives" in dialog.preview.text() and "key results" in dialog.preview.text()

    choose(dialog, CSV)
    assert dialog.path_edit.text().endswith(".csv")
    assert dialog.cycle_combo.findText("All cycles") >= 0  # a CSV may hold every cycle
    assert not dialog.notes_combo.isVisibleTo(dialog)
    dialog.cycle_combo.setCurrentIndex(dialog.cycle_combo.findText("All cycles"))
    dialog._update_preview()
    # What the dialog announces is what the file holds.
    dialog.path_edit.setText(str(tmp_path / "all.csv"))
    assert window.export_menu.export(dialog.request())
    assert dialog.preview.text() == f"{data_rows(tmp_path / 'all.csv')} rows, one per key result"

    choose(dialog, CHECKINS)
    assert dialog.path_edit.text().endswith("check-ins.csv")
    dialog.path_edit.setText(str(tmp_path / "log.csv"))
    assert window.export_menu.export(dialog.request())
    assert dialog.preview.text() == f"{data_rows(tmp_path / 'log.csv')} check-ins, one row each"
    assert data_rows(tmp_path / "log.csv") == window.workspace.counts()["check_ins"]

    choose(dialog, PDF)
    assert dialog.cycle_combo.findText("All cycles") < 0  # a review pack is one cycle
    assert dialog.page_combo.isVisibleTo(dialog)
    assert dialog.preview.text().startswith("About ") and " pages · " in dialog.preview.text()


def test_a_person_scope_names_the_file_and_counts_their_items(qtbot, window: MainWindow) -> None:
    dialog = dialog_for(qtbot, window)
    choose(dialog, MARKDOWN)
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findText("1:1 with Grace Mensah"))
    dialog._update_preview()
    assert "Grace Mensah review.md" in dialog.path_edit.text()
    request = dialog.request()
    assert request.scope.owner is not None and request.scope.owner.name == "Grace Mensah"
    assert request.pack is not None and len(request.pack.key_results) == int(
        dialog.preview.text().split(" key results")[0].split(", ")[-1]
    )


def test_export_writes_the_file_reports_it_and_opens_it_when_asked(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(exports, "open_file", opened.append)
    target = tmp_path / "out" / "review"
    target.parent.mkdir()

    def fill_and_accept(dialog: ExportDialog) -> int:
        choose(dialog, MARKDOWN)
        dialog.path_edit.setText(str(target))
        dialog._path_edited(str(target))
        dialog.open_check.setChecked(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", fill_and_accept)
    window.export_menu.export_action.trigger()

    written = target.with_name("review.md")
    assert written.is_file() and written.read_text(encoding="utf-8").startswith("# ")
    assert opened == [written]
    assert str(written) in window.statusBar().currentMessage()

    # The next export starts in the same folder, with the same format and "open when done".
    dialog = dialog_for(qtbot, window)
    assert dialog.kind() == MARKDOWN and dialog.open_check.isChecked()
    assert Path(dialog.path_edit.text()).parent == target.parent


def test_an_existing_file_is_replaced_only_when_confirmed(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "r.md"
    target.write_text("keep me", encoding="utf-8")
    dialog = dialog_for(qtbot, window)
    choose(dialog, MARKDOWN)
    dialog.path_edit.setText(str(target))
    answers = [False, True]
    monkeypatch.setattr(dialog, "confirm_replace", lambda path: answers.pop(0))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible() is dialog.isVisible()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_failed_export_says_why_and_leaves_the_old_file(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", errors.append)
    dialog = dialog_for(qtbot, window)
    choose(dialog, MARKDOWN)
    dialog.path_edit.setText(str(tmp_path / "missing" / "r.md"))
    assert not window.export_menu.export(dialog.request())
    assert len(errors) == 1 and "does not exist" in errors[0] and "Nothing was written" in errors[0]
    assert not (tmp_path / "missing").exists()


def test_cancel_writes_nothing(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "r.md"
    target.write_text("old", encoding="utf-8")
    dialog = dialog_for(qtbot, window)
    choose(dialog, MARKDOWN)
    dialog.path_edit.setText(str(target))

    def cancelled(*_args: object, **_kwargs: object) -> int:
        raise Cancelled

    monkeypatch.setattr("okrdesk.export.markdown.write_markdown", cancelled)
    assert not window.export_menu.export(dialog.request())
    assert target.read_text(encoding="utf-8") == "old"
    assert "cancelled" in window.statusBar().currentMessage()


def test_every_shortcut_of_the_window_does_one_thing(window: MainWindow) -> None:
    """Two actions on one shortcut do nothing at all in Qt ("Ambiguous shortcut overload")."""
    from PySide6.QtGui import QAction

    seen: dict[str, str] = {}
    clashes = []
    for action in window.findChildren(QAction):
        for shortcut in action.shortcuts():
            key = shortcut.toString()
            if key in seen and seen[key] != action.text():
                clashes.append(f"{key}: {seen[key]} / {action.text()}")
            seen.setdefault(key, action.text())
    assert clashes == []
    assert window.export_menu.export_action.shortcut().toString() == "Ctrl+Alt+E"


def test_enter_exports_even_with_the_focus_on_browse(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    dialog = dialog_for(qtbot, window)
    asked: list[str] = []
    monkeypatch.setattr(dialog, "choose_path", lambda *args: asked.append("browse") or "")
    dialog.path_edit.setText(str(tmp_path / "r.pdf"))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.browse_button.setFocus()
    qtbot.keyClick(dialog.browse_button, Qt.Key.Key_Return)
    assert asked == []
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_switching_formats_swaps_the_suffix_and_keeps_the_cycle(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, window)
    first_cycle = dialog.cycle_combo.currentText()
    dialog.path_edit.setText(str(tmp_path / "report"))
    dialog._path_edited("report")
    for kind in (MARKDOWN, CSV, CHECKINS, PDF, MARKDOWN):
        choose(dialog, kind)
    assert Path(dialog.path_edit.text()).name == "report.md"
    assert dialog.request().target == tmp_path / "report.md"

    choose(dialog, CSV)
    dialog.cycle_combo.setCurrentIndex(dialog.cycle_combo.findText("All cycles"))
    choose(dialog, PDF)  # "All cycles" goes away: back to the cycle the dialog opened on
    assert dialog.cycle_combo.currentText() == first_cycle
    assert Path(dialog.path_edit.text()).name == "report.pdf"
