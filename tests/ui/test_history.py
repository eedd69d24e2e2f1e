"""The check-in history: listing, editing in place, deleting, refusals; results read from the workspace."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QLineEdit, QMainWindow, QPlainTextEdit, QSpinBox
from pytestqt.qtbot import QtBot

from okrdesk.domain.model import KeyResult
from okrdesk.services.workspace import Workspace
from okrdesk.ui.checkin_commands import RecordCheckIns
from okrdesk.ui.checkin_parts import to_qdatetime
from okrdesk.ui.controller import Controller
from okrdesk.ui.dialogs.common import plain_tooltip
from okrdesk.ui.history import HistoryView
from okrdesk.ui.history_model import (
    AUTHOR,
    CONFIDENCE,
    DATE,
    KEY_RESULT,
    NOTE,
    PROGRESS,
    VALUE,
    HistoryModel,
)

TODAY = date(2026, 5, 10)  # the workspace starts with 2026 Q2 (Apr 1 – Jun 30), all in the past
HOSTILE = "<img src=x> =1+1 مرحبا 🎉"


@dataclass
class Setup:
    workspace: Workspace
    controller: Controller
    objective_id: int
    kr: KeyResult
    ids: list[int]  # check-ins of kr, oldest first


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[Setup]:
    workspace = Workspace.create(tmp_path / "w.okr", today=TODAY)
    cycle = workspace.cycles()[0]
    objective = workspace.add_objective(cycle.id, "Grow revenue")
    kr = workspace.add_key_result(objective.id, "Revenue", start=0, target=200, unit="k€")
    ana = workspace.add_owner("person", "Ana").id
    ben = workspace.add_owner("person", "Ben").id
    check_ins = workspace.record_check_ins(
        [
            (kr.id, {"value": 50, "at": datetime(2026, 4, 5, 9), "confidence": 3, "author_id": ana}),
            (kr.id, {"value": -20, "at": datetime(2026, 4, 12, 9), "confidence": 6, "author_id": ben}),
            (
                kr.id,
                {
                    "value": 250,
                    "at": datetime(2026, 4, 19, 9),
                    "confidence": 8,
                    "author_id": ana,
                    "note": HOSTILE,
                },
            ),
        ]
    )
    yield Setup(workspace, Controller(workspace), objective.id, kr, [c.id for c in check_ins])
    workspace.close()


def column(model: HistoryModel, name: str) -> int:
    index = model.column_of(name)
    assert index >= 0, name
    return index


def cells(model: HistoryModel, name: str) -> list[str]:
    return [model.index(row, column(model, name)).data() for row in range(model.rowCount())]


def kr_model(setup: Setup) -> HistoryModel:
    model = HistoryModel(setup.controller)
    model.show_item(("key_result", setup.kr.id))
    return model


def current_value(setup: Setup) -> float:
    return setup.workspace.key_result(setup.kr.id).current


# ---- listing --------------------------------------------------------------------------------------------


def test_lists_check_ins_newest_first_with_value_progress_confidence_author(setup: Setup) -> None:
    model = kr_model(setup)
    assert model.rowCount() == 3
    assert [model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(3)] == setup.ids[::-1]
    assert cells(model, DATE) == ["2026-04-19 09:00", "2026-04-12 09:00", "2026-04-05 09:00"]
    assert cells(model, VALUE) == ["250 k€", "-20 k€", "50 k€"]
    assert cells(model, PROGRESS) == ["125 % ▲", "-10 % ▼", "25 %"]  # raw, never hidden by clamping
    assert cells(model, CONFIDENCE) == ["8/10 · high", "6/10 · medium", "3/10 · low"]
    assert cells(model, AUTHOR) == ["Ana", "Ben", "Ana"]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Date",
        "Value",
        "Progress",
        "Confidence",
        "Note",
        "Author",
    ]


def test_hostile_note_is_literal_in_the_cell_and_escaped_in_the_tooltip(setup: Setup) -> None:
    model = kr_model(setup)
    note = model.index(0, column(model, NOTE))
    assert note.data() == HOSTILE
    tooltip = note.data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == plain_tooltip(HOSTILE)
    assert "&lt;img src=x&gt;" in tooltip and "<img" not in tooltip and "مرحبا 🎉" in tooltip


def test_a_long_note_shows_its_first_line_and_all_of_it_in_the_tooltip(setup: Setup) -> None:
    setup.workspace.update_check_in(setup.ids[0], note="First line\nsecond <line>")
    model = kr_model(setup)
    note = model.index(2, column(model, NOTE))
    assert note.data() == "First line …"
    assert "second &lt;line&gt;" in note.data(Qt.ItemDataRole.ToolTipRole)


def test_the_objective_lists_the_check_ins_of_all_its_key_results(setup: Setup) -> None:
    other = setup.workspace.add_key_result(
        setup.objective_id, "Churn <5%", start=10, target=5, kr_type="decrease"
    )
    setup.workspace.record_check_in(other.id, 8, at=datetime(2026, 4, 15, 12))
    model = HistoryModel(setup.controller)
    model.show_item(("objective", setup.objective_id))
    assert model.rowCount() == 4
    assert cells(model, KEY_RESULT) == ["Revenue", "Churn <5%", "Revenue", "Revenue"]
    assert cells(model, VALUE)[1] == "8" and cells(model, PROGRESS)[1] == "40 %"
    assert column(model, KEY_RESULT) == 1


def test_models_pass_the_model_tester(setup: Setup, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    for key in (("key_result", setup.kr.id), ("objective", setup.objective_id), None):
        model = HistoryModel(setup.controller)
        model.show_item(key)
        qtmodeltester.check(model, force_py=True)
    model = kr_model(setup)
    qtmodeltester.check(model)  # Qt's own tester, left connected while the model follows edits:
    assert model.setData(model.index(2, column(model, DATE)), to_qdatetime(datetime(2026, 4, 30)))  # moves
    assert model.setData(model.index(0, column(model, VALUE)), "1")  # changes in place
    setup.controller.undo_stack.undo()
    setup.controller.undo_stack.undo()
    model.show_item(("objective", setup.objective_id))  # resets


# ---- editing --------------------------------------------------------------------------------------------


def test_editing_the_latest_value_changes_the_check_in_and_the_current_value_undo_restores(
    setup: Setup,
) -> None:
    model = kr_model(setup)
    assert current_value(setup) == 250
    assert model.setData(model.index(0, column(model, VALUE)), "300")
    assert setup.workspace.check_in(setup.ids[2]).value == 300
    assert current_value(setup) == 300  # the key result follows its latest check-in
    assert cells(model, VALUE)[0] == "300 k€"
    setup.controller.undo_stack.undo()
    assert setup.workspace.check_in(setup.ids[2]).value == 250
    assert current_value(setup) == 250
    assert cells(model, VALUE)[0] == "250 k€"


def test_editing_an_older_value_leaves_the_current_value(setup: Setup) -> None:
    model = kr_model(setup)
    assert model.setData(model.index(2, column(model, VALUE)), "75,5")
    assert setup.workspace.check_in(setup.ids[0]).value == 75.5
    assert current_value(setup) == 250


def test_moving_a_date_reorders_and_the_current_value_follows_the_latest(setup: Setup) -> None:
    model = kr_model(setup)
    oldest = model.index(2, column(model, DATE))
    assert model.setData(oldest, to_qdatetime(datetime(2026, 4, 20, 10)))
    assert setup.workspace.check_in(setup.ids[0]).at == datetime(2026, 4, 20, 10)
    assert cells(model, VALUE) == ["50 k€", "250 k€", "-20 k€"]
    assert current_value(setup) == 50
    setup.controller.undo_stack.undo()
    assert current_value(setup) == 250 and cells(model, VALUE) == ["250 k€", "-20 k€", "50 k€"]


def test_confidence_and_note_edits_and_clearing_the_confidence(setup: Setup) -> None:
    model = kr_model(setup)
    assert model.setData(model.index(1, column(model, CONFIDENCE)), 9)
    assert model.setData(model.index(1, column(model, NOTE)), "Fixed\nthe <data>")
    assert model.setData(model.index(2, column(model, CONFIDENCE)), -1)  # the editor's "none"
    assert setup.workspace.check_in(setup.ids[1]).confidence == 9
    assert setup.workspace.check_in(setup.ids[1]).note == "Fixed\nthe <data>"
    assert setup.workspace.check_in(setup.ids[0]).confidence is None
    assert cells(model, CONFIDENCE) == ["8/10 · high", "9/10 · high", ""]


def test_an_unchanged_cell_makes_no_undo_step(setup: Setup) -> None:
    model = kr_model(setup)
    assert model.setData(model.index(0, column(model, VALUE)), "250")
    assert model.setData(model.index(0, column(model, DATE)), to_qdatetime(datetime(2026, 4, 19, 9)))
    assert setup.controller.undo_stack.count() == 0


@pytest.mark.parametrize(
    ("name", "value", "words"),
    [
        (VALUE, "abc", "'abc' is not a number"),
        (DATE, "future", "cannot be dated in the future"),
        (CONFIDENCE, 11, "confidence"),
    ],
)
def test_refused_edits_say_why_and_change_nothing(
    setup: Setup, qtbot: QtBot, name: str, value: object, words: str
) -> None:
    model = kr_model(setup)
    if value == "future":
        value = to_qdatetime(datetime.now() + timedelta(days=2))
    before = setup.workspace.check_ins(setup.kr.id)
    with qtbot.waitSignal(model.failed, timeout=1000) as blocker:
        assert not model.setData(model.index(0, column(model, name)), value)
    assert words in blocker.args[0].lower() or words in blocker.args[0]
    assert setup.workspace.check_ins(setup.kr.id) == before
    assert setup.controller.undo_stack.count() == 0
    assert cells(model, VALUE)[0] == "250 k€"


def test_a_recorded_check_in_and_its_undo_show_up(setup: Setup) -> None:
    model = kr_model(setup)
    command = RecordCheckIns(setup.controller, [(setup.kr.id, {"value": 120, "at": datetime(2026, 5, 1)})])
    assert setup.controller.try_execute(command) is None
    assert model.rowCount() == 4 and cells(model, VALUE)[0] == "120 k€"
    setup.controller.undo_stack.undo()
    assert model.rowCount() == 3 and cells(model, VALUE)[0] == "250 k€"


# ---- the view -------------------------------------------------------------------------------------------


def make_view(setup: Setup, qtbot: QtBot) -> HistoryView:
    view = HistoryView(setup.controller)
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    view.show_item(("key_result", setup.kr.id))
    return view


def select_rows(view: HistoryView, rows: list[int]) -> None:
    selection = view.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.clearSelection()
    for row in rows:
        selection.select(view.model.index(row, 0), flags)
    selection.setCurrentIndex(view.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)


def test_deleting_two_rows_with_del_and_undo_brings_them_back_with_their_ids(
    setup: Setup, qtbot: QtBot
) -> None:
    window = QMainWindow()  # the main window's own Delete shortcut must not take the key from the table
    qtbot.addWidget(window)
    view = HistoryView(setup.controller)
    window.setCentralWidget(view)
    window_delete = QAction("Delete", window)
    window_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    window.addAction(window_delete)
    fired: list[bool] = []
    window_delete.triggered.connect(lambda: fired.append(True))
    window.show()
    qtbot.waitExposed(window)
    view.show_item(("key_result", setup.kr.id))
    select_rows(view, [0, 1])
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert not fired
    assert [c.id for c in setup.workspace.check_ins(setup.kr.id)] == [setup.ids[0]]
    assert current_value(setup) == 50
    assert view.model.rowCount() == 1
    assert view.status.text() == "Deleted 2 check-ins (Ctrl+Z to undo)"
    view.show_item(("key_result", setup.kr.id))  # as the main window does after every change
    assert view.status.text() == "Deleted 2 check-ins (Ctrl+Z to undo)"
    setup.controller.undo_stack.undo()
    assert [c.id for c in setup.workspace.check_ins(setup.kr.id)] == setup.ids
    assert view.model.rowCount() == 3 and current_value(setup) == 250
    assert view.status.text() == ""  # the message spoke of the step just undone


def test_delete_button_deletes_one_and_says_so(setup: Setup, qtbot: QtBot) -> None:
    view = make_view(setup, qtbot)
    assert not view.delete_button.isEnabled()
    select_rows(view, [2])
    assert view.delete_button.isEnabled()
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert [c.id for c in setup.workspace.check_ins(setup.kr.id)] == setup.ids[1:]
    assert view.status.text() == "Deleted 1 check-in (Ctrl+Z to undo)"


def test_edit_button_edits_the_value_in_place(setup: Setup, qtbot: QtBot) -> None:
    view = make_view(setup, qtbot)
    select_rows(view, [0])
    view.table.setCurrentIndex(view.model.index(0, column(view.model, AUTHOR)))  # not editable: Value then
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    editor = view.table.viewport().findChild(QLineEdit)
    assert isinstance(editor, QLineEdit) and editor.text() == "250"
    editor.selectAll()
    qtbot.keyClicks(editor, "260")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits from the event loop
    qtbot.waitUntil(lambda: setup.workspace.check_in(setup.ids[2]).value == 260, timeout=2000)
    assert current_value(setup) == 260 and cells(view.model, VALUE)[0] == "260 k€"


def test_confidence_editor_offers_none_and_0_to_10(setup: Setup, qtbot: QtBot) -> None:
    view = make_view(setup, qtbot)
    index = view.model.index(0, column(view.model, CONFIDENCE))
    view.table.setFocus()
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editor = view.table.viewport().findChild(QSpinBox)
    assert isinstance(editor, QSpinBox) and editor.value() == 8 and editor.maximum() == 10
    editor.setValue(editor.minimum())
    assert editor.text() == "—"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: setup.workspace.check_in(setup.ids[2]).confidence is None, timeout=2000)


def test_date_and_note_editors(setup: Setup, qtbot: QtBot) -> None:
    view = make_view(setup, qtbot)
    date_index = view.model.index(2, column(view.model, DATE))
    view.table.setCurrentIndex(date_index)
    view.table.edit(date_index)
    date_editor = view.table.viewport().findChild(QDateTimeEdit)
    assert date_editor.dateTime() == to_qdatetime(datetime(2026, 4, 5, 9))
    date_editor.setDateTime(to_qdatetime(datetime(2026, 4, 6, 17, 30)))
    qtbot.keyClick(date_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: setup.workspace.check_in(setup.ids[0]).at == datetime(2026, 4, 6, 17, 30))

    note_index = view.model.index(0, column(view.model, NOTE))
    view.table.setCurrentIndex(note_index)
    view.table.edit(note_index)
    note_editor = view.table.viewport().findChild(QPlainTextEdit)
    assert note_editor.toPlainText() == HOSTILE
    note_editor.selectAll()
    qtbot.keyClicks(note_editor, "line one")
    qtbot.keyClick(note_editor, Qt.Key.Key_Return)  # a new line in the note, not the end of the edit
    qtbot.keyClicks(note_editor, "line two")
    qtbot.keyClick(note_editor, Qt.Key.Key_Tab)  # commits
    qtbot.waitUntil(lambda: setup.workspace.check_in(setup.ids[2]).note == "line one\nline two")
    assert cells(view.model, NOTE)[0] == "line one …"


def test_a_refusal_is_shown_inline_until_the_next_change(setup: Setup, qtbot: QtBot) -> None:
    view = make_view(setup, qtbot)
    view.model.setData(view.model.index(0, column(view.model, VALUE)), "abc")
    assert view.error.isVisibleTo(view) and "'abc' is not a number" in view.error.text()
    assert view.error.textFormat() == Qt.TextFormat.PlainText
    view.model.setData(view.model.index(0, column(view.model, VALUE)), "251")
    assert view.error.isHidden()


def test_showing_the_same_item_again_keeps_the_selection(setup: Setup, qtbot: QtBot) -> None:
    # The main window calls show_item after every change; the user's selection must survive it.
    view = make_view(setup, qtbot)
    select_rows(view, [1, 2])
    assert view.model.setData(view.model.index(0, column(view.model, VALUE)), "260")
    view.show_item(("key_result", setup.kr.id))
    assert view.selected_ids() == [setup.ids[1], setup.ids[0]]
    assert cells(view.model, VALUE)[0] == "260 k€"


def test_empty_states(setup: Setup, qtbot: QtBot) -> None:
    view = make_view(setup, qtbot)
    fresh = setup.workspace.add_key_result(setup.objective_id, "<b>New</b>", start=0, target=1)
    view.show_item(("key_result", fresh.id))
    assert view.table.isHidden() and view.empty.isVisible()
    assert view.empty.text() == "No check-ins yet. Press Ctrl+I to check in."
    assert view.empty.textFormat() == Qt.TextFormat.PlainText
    assert view.heading.text() == "“<b>New</b>”" and view.heading.textFormat() == Qt.TextFormat.PlainText
    view.show_item(None)
    assert view.table.isHidden() and "Select a key result" in view.empty.text()
    view.show_item(("key_result", setup.kr.id))
    assert view.table.isVisible() and view.empty.isHidden()


def test_a_deleted_key_result_empties_the_view(setup: Setup, qtbot: QtBot) -> None:
    from okrdesk.ui.commands import DeleteKeyResult

    view = make_view(setup, qtbot)
    assert setup.controller.try_execute(DeleteKeyResult(setup.controller, setup.kr.id)) is None
    assert view.model.rowCount() == 0 and "no longer exists" in view.empty.text()
    setup.controller.undo_stack.undo()
    assert view.model.rowCount() == 3


def test_a_thousand_check_ins_load_fast(setup: Setup, qtbot: QtBot) -> None:
    big = setup.workspace.add_key_result(setup.objective_id, "Calls", start=0, target=1000)
    start = datetime(2026, 4, 1, 8)
    setup.workspace.record_check_ins(
        [
            (
                big.id,
                {"value": i, "at": start + timedelta(hours=2 * i), "confidence": i % 11, "note": f"n{i}"},
            )
            for i in range(1000)
        ]
    )
    view = make_view(setup, qtbot)
    timings = []
    for key in (("key_result", big.id), ("objective", setup.objective_id)):
        tries = []
        for _ in range(3):  # best of three: a garbage-collection pause is not what the user waits for
            view.show_item(None)
            began = time.perf_counter()
            view.show_item(key)
            QApplication.processEvents()  # the first paint of the table included
            tries.append(time.perf_counter() - began)
        timings.append(min(tries))
    assert view.model.rowCount() == 1003
    assert cells(view.model, VALUE)[0] == "999"
    assert max(timings) < 0.2, timings
