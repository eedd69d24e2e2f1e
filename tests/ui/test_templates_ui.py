"""New from Template…: choose, edit with a live preview, insert as one undo step; refusals in words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from okrdesk.services.errors import ValidationError
from okrdesk.services.workspace import Workspace
from okrdesk.ui.dialogs.templates import (
    START,
    TARGET,
    TITLE,
    NewFromTemplateDialog,
    TemplateChoice,
    new_from_template,
    okr_sentence,
)
from okrdesk.ui.main_window import MainWindow
from okrdesk.ui.tree_model import ID_ROLE, KIND_ROLE

SALES_OBJECTIVE = "Make our pipeline predictable and our wins repeatable"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    path = tmp_path / "team.okr"
    Workspace.create(path, sample=True, today=date(2026, 11, 21)).close()
    win = MainWindow(Workspace.open(path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitActive(win):
        win.activateWindow()
    win.tree.setFocus()
    return win


def _dialog(qtbot: QtBot, window: MainWindow) -> NewFromTemplateDialog:
    workspace = window.workspace
    dialog = NewFromTemplateDialog(window, workspace, workspace.cycle(window.cycle_combo.currentData()))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # keys reach the dialog, not the window
    return dialog


def _choose(qtbot: QtBot, dialog: NewFromTemplateDialog, text: str) -> None:
    """Walks the template list with the arrow keys until `text` is the current entry."""
    tree = dialog.library
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    for _ in range(40):
        if tree.currentItem().text(0) == text:
            return
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} is not listed")


def _edit_cell(qtbot: QtBot, dialog: NewFromTemplateDialog, row: int, column: int, text: str) -> None:
    table = dialog.table
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), "F2 opens the cell for editing"
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits the editor through a queued call.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def _tree_titles(window: MainWindow, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    return [window.proxy.index(r, 0, parent).data() for r in range(window.proxy.rowCount(parent))]


def _find(window: MainWindow, title: str) -> QModelIndex | None:
    matches = window.proxy.match(
        window.proxy.index(0, 0),
        Qt.ItemDataRole.DisplayRole,
        title,
        1,
        Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
    )
    return matches[0] if matches else None


def test_the_sentence_reads_naturally() -> None:
    assert okr_sentence("Grow revenue.", ["Raise NPS from 32 to 45", "Cut churn from 9% to 4%"]) == (
        "I will grow revenue as measured by raise NPS from 32 to 45 and cut churn from 9% to 4%."
    )
    # Acronyms, "I" and words with digits keep their capitals.
    assert okr_sentence("NPS above 40", ["Q3 revenue from 1 to 2"]).startswith("I will NPS above 40 as")
    assert "by Q3 revenue" in okr_sentence("x", ["Q3 revenue from 1 to 2"])
    assert okr_sentence("", []) == "I will … as measured by …"


def test_choosing_sales_and_editing_a_target_updates_title_and_preview(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _dialog(qtbot, window)
    _choose(qtbot, dialog, "Turn our customers into fans")
    _choose(qtbot, dialog, "Sales")  # a category shows its first template
    assert dialog.objective.text() == SALES_OBJECTIVE
    assert dialog.table.rowCount() == 3
    assert dialog.preview.text().startswith("I will make our pipeline predictable and our wins repeatable as")
    assert "raise the win rate of qualified opportunities from 18% to 25% and" in dialog.preview.text()
    assert dialog.ok_button.isEnabled() and not dialog.error.isVisible()

    _edit_cell(qtbot, dialog, 1, TARGET, "30")

    assert (
        dialog.table.item(1, TITLE).text() == "Raise the win rate of qualified opportunities from 18% to 30%"
    )
    assert "from 18% to 30%" in dialog.preview.text()
    assert dialog.ok_button.isEnabled()


def test_invalid_edits_disable_insert_and_say_why(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _dialog(qtbot, window)
    _edit_cell(qtbot, dialog, 0, TARGET, "40")  # same as the start
    assert not dialog.ok_button.isEnabled()
    assert (
        "Key result 1: the target must differ from the start (40 → 40 measures nothing)."
        in dialog.error.text()
    )
    assert dialog.error.isVisible()

    _edit_cell(qtbot, dialog, 0, TARGET, "sixty")
    assert "Key result 1: the target “sixty” is not a number" in dialog.error.text()
    _edit_cell(qtbot, dialog, 0, TARGET, "60")
    assert dialog.ok_button.isEnabled() and not dialog.error.isVisible()

    dialog.objective.clear()
    assert not dialog.ok_button.isEnabled()
    assert "Give the objective a title" in dialog.error.text()
    assert dialog.preview.text().startswith("I will … as measured by")
    dialog.objective.setText("Win the hearts of our buyers")

    dialog.table.setFocus()
    dialog.table.setCurrentCell(2, TITLE)
    for _ in range(3):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)  # Delete removes the current key result
    assert dialog.table.rowCount() == 0
    assert not dialog.ok_button.isEnabled() and "Add at least one key result" in dialog.error.text()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Insert)  # Insert adds one and opens its title
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Grow repeat orders from 0 to 40")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.state() != QAbstractItemView.State.EditingState)
    assert dialog.table.rowCount() == 1 and dialog.ok_button.isEnabled()
    assert dialog.preview.text() == (
        "I will win the hearts of our buyers as measured by grow repeat orders from 0 to 40."
    )


@pytest.fixture
def german() -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(QLocale.c())
    QLocale.setDefault(QLocale.system())


def test_numbers_are_shown_and_typed_in_the_users_locale(
    qtbot: QtBot, window: MainWindow, german: None
) -> None:
    dialog = _dialog(qtbot, window)
    _choose(qtbot, dialog, "Keep the customers we have and grow with them")
    assert dialog.table.item(1, START).text() == "2,5" and dialog.table.item(1, TARGET).text() == "1,5"
    _edit_cell(qtbot, dialog, 1, TARGET, "1,25")
    assert dialog.ok_button.isEnabled()
    choice = dialog.choice()
    assert choice is not None and choice.template.key_results[1].target == 1.25


def _insert_sales(monkeypatch: pytest.MonkeyPatch, target: str = "30") -> list[TemplateChoice]:
    """Replaces the modal run of the dialog: choose Sales, set the second target, press Insert."""
    chosen: list[TemplateChoice] = []

    def ask(parent, workspace, cycle, *, align_to=None, me=None):  # type: ignore[no-untyped-def]
        dialog = NewFromTemplateDialog(parent, workspace, cycle, align_to=align_to, me=me)
        dialog.table.item(1, TARGET).setText(target)
        dialog.ok_button.click()
        assert dialog.result() == NewFromTemplateDialog.DialogCode.Accepted
        choice = dialog.choice()
        dialog.deleteLater()
        assert choice is not None
        chosen.append(choice)
        return choice

    monkeypatch.setattr(NewFromTemplateDialog, "ask", ask)
    return chosen


def test_insert_adds_the_objective_with_its_key_results_as_one_undo_step(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _insert_sales(monkeypatch)
    before = _tree_titles(window)
    steps = window.controller.undo_stack.count()

    new_from_template(window)

    index = _find(window, SALES_OBJECTIVE)
    assert index is not None and index.parent() == QModelIndex()  # at the top of the shown cycle
    assert window.selected_key() == ("objective", index.data(ID_ROLE))
    assert window.tree.isExpanded(index)
    assert _tree_titles(window, index) == [
        "Increase qualified opportunities from 40 to 60 a month",
        "Raise the win rate of qualified opportunities from 18% to 30%",
        "Shorten the average sales cycle from 62 to 45 days",
    ]
    assert window.controller.undo_stack.count() == steps + 1
    assert "from a template" in window.controller.undo_stack.undoText()
    objective = window.workspace.objective(index.data(ID_ROLE))
    krs = window.workspace.key_results_of(objective.id)
    assert objective.cycle_id == window.cycle_combo.currentData()
    assert [(k.start, k.target, k.unit) for k in krs][1] == (18.0, 30.0, "%")

    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _find(window, SALES_OBJECTIVE) is None and _tree_titles(window) == before
    assert window.workspace.key_results_by_id([k.id for k in krs]) == []

    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, redo)
    again = _find(window, SALES_OBJECTIVE)
    assert again is not None and again.data(ID_ROLE) == objective.id
    assert [k.id for k in window.workspace.key_results_of(objective.id)] == [k.id for k in krs]


def test_the_new_objective_can_align_to_the_selected_one(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    top = window.proxy.index(0, 0)
    window.select((top.data(KIND_ROLE), top.data(ID_ROLE)))
    offered: list[object] = []

    def ask(parent, workspace, cycle, *, align_to=None, me=None):  # type: ignore[no-untyped-def]
        dialog = NewFromTemplateDialog(parent, workspace, cycle, align_to=align_to, me=me)
        offered.append(dialog.align.isVisibleTo(dialog))
        dialog.align.setChecked(True)
        return dialog.choice()

    monkeypatch.setattr(NewFromTemplateDialog, "ask", ask)
    new_from_template(window)
    assert offered == [True]
    index = _find(window, SALES_OBJECTIVE)
    assert index is not None and index.parent().data(ID_ROLE) == top.data(ID_ROLE)


def test_a_refused_key_result_leaves_nothing_half_inserted(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _insert_sales(monkeypatch)
    messages: list[str] = []
    window.ask = lambda box: messages.append(box.text())  # type: ignore[method-assign, assignment, func-returns-value]
    workspace = window.workspace
    real_add = workspace.add_key_result
    calls = iter(range(10))

    def add_key_result(objective_id, title, **fields):  # type: ignore[no-untyped-def]
        if next(calls) == 2:
            raise ValidationError.single("title", "That key result was refused.")
        return real_add(objective_id, title, **fields)

    monkeypatch.setattr(workspace, "add_key_result", add_key_result)
    steps = window.controller.undo_stack.count()
    counts = workspace.counts()

    new_from_template(window)

    assert messages == ["That key result was refused."]
    assert workspace.counts() == counts and _find(window, SALES_OBJECTIVE) is None
    assert window.controller.undo_stack.count() == steps


def test_a_read_only_workspace_is_refused_in_words(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ro.okr"
    Workspace.create(path, sample=True, today=date(2026, 11, 21)).close()
    window = MainWindow(Workspace.open(path, read_only=True))
    qtbot.addWidget(window)
    messages: list[str] = []
    window.ask = lambda box: messages.append(box.text())  # type: ignore[method-assign, assignment, func-returns-value]
    monkeypatch.setattr(NewFromTemplateDialog, "ask", lambda *a, **k: pytest.fail("no dialog may open"))

    new_from_template(window)

    assert len(messages) == 1 and "ro.okr is open read-only" in messages[0]
    assert "no template can be inserted" in messages[0]


def test_without_a_cycle_it_says_so(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.cycle_combo.clear()
    messages: list[str] = []
    window.ask = lambda box: messages.append(box.text())  # type: ignore[method-assign, assignment, func-returns-value]
    monkeypatch.setattr(NewFromTemplateDialog, "ask", lambda *a, **k: pytest.fail("no dialog may open"))
    new_from_template(window)
    assert messages and "no cycle" in messages[0]


def test_every_control_has_an_accessible_name(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _dialog(qtbot, window)
    for widget in (
        dialog.library,
        dialog.objective,
        dialog.kind,
        dialog.owner,
        dialog.align,
        dialog.table,
        dialog.add_button,
        dialog.remove_button,
        dialog.preview,
    ):
        assert widget.accessibleName(), widget


def test_the_owner_defaults_to_me(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from okrdesk.ui.settings import set_me

    me = window.workspace.people()[1]
    set_me(window.workspace.path, me.id)
    owners: list[str] = []

    def ask(parent, workspace, cycle, *, align_to=None, me=None):  # type: ignore[no-untyped-def]
        dialog = NewFromTemplateDialog(parent, workspace, cycle, align_to=align_to, me=me)
        owners.append(dialog.owner.currentText())
        return None  # cancelled: nothing is inserted

    monkeypatch.setattr(NewFromTemplateDialog, "ask", ask)
    steps = window.controller.undo_stack.count()
    new_from_template(window)
    assert owners == [me.name] and window.controller.undo_stack.count() == steps
