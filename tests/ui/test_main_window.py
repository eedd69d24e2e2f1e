"""The main window driven as a user would: keyboard, inline edits, drag and drop, undo and redo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from okrdesk.services.workspace import Workspace
from okrdesk.ui.main_window import MainWindow
from okrdesk.ui.tree_model import ID_ROLE, KIND_ROLE, PROGRESS, STATUS, TITLE


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.okr"
    Workspace.create(path, sample=True).close()
    return path


@pytest.fixture
def window(qtbot, sample: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(Workspace.open(sample))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitActive(win):
        win.activateWindow()
    win.tree.setFocus()
    return win


def _rows(window: MainWindow, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    return [window.proxy.index(r, TITLE, parent).data() for r in range(window.proxy.rowCount(parent))]


def _find(window: MainWindow, title: str) -> QModelIndex:
    matches = window.proxy.match(
        window.proxy.index(0, 0),
        Qt.ItemDataRole.EditRole,
        title,
        1,
        Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
    )
    assert matches, f"{title!r} is not shown"
    return matches[0]


def _type_into_editor(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), "the title editor opened"
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits the editor through a queued call.
    qtbot.waitUntil(lambda: window.tree.state() != QAbstractItemView.State.EditingState)


def test_model_passes_qt_model_tester(qtmodeltester, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(window.model)
    window.search.setText("churn")
    window._apply_search()
    qtmodeltester.check(window.proxy)


def test_sample_tree_shows_cascade_progress_and_status(window: MainWindow) -> None:
    top = _rows(window)
    assert any("Improve customer retention" in t for t in top)
    retention = _find(window, "Improve customer retention")
    children = _rows(window, retention)
    assert "Reduce monthly customer churn from 8% to 5%" in children
    churn = _find(window, "Reduce monthly customer churn from 8% to 5%")
    assert churn.siblingAtColumn(PROGRESS).data().endswith("%")
    assert churn.siblingAtColumn(STATUS).data() in {"On track", "At risk", "Off track", "No data"}
    assert window.banner.isVisible()
    assert window.cycle_combo.count() >= 2  # the year and its quarter


def test_add_rename_undo_redo_objective_by_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    workspace = window.workspace
    before = workspace.counts()["objectives"]
    qtbot.keyClick(window.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    _type_into_editor(qtbot, window, "Delight first-time visitors")
    assert workspace.counts()["objectives"] == before + 1
    created = _find(window, "Delight first-time visitors")
    objective_id = created.data(ID_ROLE)
    assert workspace.objective(objective_id).title == "Delight first-time visitors"
    assert window.detail.objective_form.title.text() == "Delight first-time visitors"

    qtbot.keyClick(window.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the rename
    assert workspace.objective(objective_id).title == "New objective"
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the add
    assert workspace.counts()["objectives"] == before
    assert not window.proxy.match(
        window.proxy.index(0, 0), Qt.ItemDataRole.EditRole, "New objective", 1, Qt.MatchFlag.MatchRecursive
    )
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, redo)
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, redo)
    assert workspace.objective(objective_id).title == "Delight first-time visitors"  # same id again
    assert _find(window, "Delight first-time visitors").data(ID_ROLE) == objective_id


def test_add_key_result_and_edit_in_detail_pane_with_inline_errors(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.tree.setCurrentIndex(_find(window, "Improve customer retention"))
    qtbot.keyClick(window.tree, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    _type_into_editor(qtbot, window, "Lift NPS from 30 to 45")
    index = _find(window, "Lift NPS from 30 to 45")
    kr_id = index.data(ID_ROLE)
    window.tree.setCurrentIndex(index)
    form = window.detail.key_result_form
    assert window.detail.currentWidget() is form

    form.start.setText("abc")
    form.start.editingFinished.emit()
    assert form.errors["start"].isVisibleTo(form) and "not a number" in form.errors["start"].text()
    assert window.workspace.key_result(kr_id).start == 0

    form.start.setText("30")
    form.start.editingFinished.emit()
    form.target.setText("30")
    form.target.editingFinished.emit()
    assert "differ" in form.errors["target"].text() or "measures nothing" in form.errors["target"].text()
    form.target.setText("45")
    form.target.editingFinished.emit()
    form.unit.setText("points")
    form.unit.editingFinished.emit()
    kr = window.workspace.key_result(kr_id)
    assert (kr.start, kr.target, kr.unit) == (30, 45, "points")
    assert not form.errors["target"].isVisibleTo(form)
    window.controller.undo_stack.undo()
    assert window.workspace.key_result(kr_id).unit == "%"


def test_hostile_titles_are_kept_and_shown_literally(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    hostile = '<b>bold</b> <img src="http://example.invalid/x.png"> =SUM(A1:A9)'
    qtbot.keyClick(window.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    _type_into_editor(qtbot, window, hostile)
    index = _find(window, hostile)
    assert index.data() == hostile
    assert window.workspace.objective(index.data(ID_ROLE)).title == hostile
    assert window.detail.objective_form.title.text() == hostile


def test_too_long_or_empty_title_is_refused_and_nothing_changes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    messages: list[str] = []
    window.controller.failed.connect(messages.append)
    monkey_error = window.show_error
    window.show_error = messages.append  # type: ignore[method-assign]
    index = _find(window, "Improve customer retention")
    objective_id = index.data(ID_ROLE)
    assert not window.model.setData(window.proxy.mapToSource(index), "x" * 10_000)
    assert not window.model.setData(window.proxy.mapToSource(index), "   ")
    assert window.workspace.objective(objective_id).title == "Improve customer retention"
    assert any("10000" in m or "10,000" in m for m in messages) and any("empty" in m for m in messages)
    assert window.controller.undo_stack.count() == 0
    window.show_error = monkey_error  # type: ignore[method-assign]


def test_drag_and_drop_realigns_and_undo_puts_it_back(window: MainWindow) -> None:
    child = _find(window, "Improve customer retention")
    child_id = child.data(ID_ROLE)
    old_parent = window.workspace.objective(child_id).parent_id
    target = _find(window, "Run a lean, reliable warehouse")
    target_id = target.data(ID_ROLE)
    mime = window.proxy.mimeData([child])
    assert window.proxy.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)
    window.proxy.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)
    assert window.workspace.objective(child_id).parent_id == target_id
    moved = _find(window, "Improve customer retention")
    assert moved.parent().data(ID_ROLE) == target_id
    window.controller.undo_stack.undo()
    assert window.workspace.objective(child_id).parent_id == old_parent


def test_drop_onto_own_descendant_is_refused(window: MainWindow) -> None:
    parent = _find(window, "Improve customer retention")
    descendant = _find(window, "Turn first-time buyers into regulars")
    mime = window.proxy.mimeData([parent])
    assert not window.proxy.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, descendant)


def test_search_keeps_ancestors_visible(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "churn")
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1)
    top = window.proxy.index(0, 0)
    assert "Improve customer retention" in top.data()
    assert _rows(window, top) == ["Reduce monthly customer churn from 8% to 5%"]
    window.search.clear()
    qtbot.waitUntil(lambda: window.proxy.rowCount() > 1)


def test_owner_filter_shows_only_their_items(window: MainWindow) -> None:
    person = next(p for p in window.workspace.people() if p.name == "Daniel Kowalski")
    window.owner_combo.setCurrentIndex(window.owner_combo.findData(("person", person.id)))
    shown: list[QModelIndex] = []
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for row in range(window.proxy.rowCount(parent)):
            index = window.proxy.index(row, 0, parent)
            shown.append(index)
            stack.append(index)
    owners = {window.proxy.index(i.row(), 1, i.parent()).data() for i in shown}
    assert "Daniel Kowalski" in owners
    assert shown and len(shown) < window.model.rowCount() + 40


def test_delete_names_what_goes_and_undo_restores_everything(window: MainWindow) -> None:
    index = _find(window, "Improve customer retention")
    objective_id = index.data(ID_ROLE)
    window.tree.setCurrentIndex(index)
    counts = window.workspace.counts()
    asked: list[str] = []

    def confirm(box):  # type: ignore[no-untyped-def]
        asked.append(box.text())
        return next(b for b in box.buttons() if b.text() == "Delete")

    window.ask = confirm  # type: ignore[method-assign]
    window.delete_action.trigger()
    assert "key result" in asked[0] and "check-in" in asked[0] and "aligned objective" in asked[0]
    after = window.workspace.counts()
    assert after["objectives"] == counts["objectives"] - 1 and after["check_ins"] < counts["check_ins"]
    window.controller.undo_stack.undo()
    assert window.workspace.counts() == counts
    assert window.workspace.objective(objective_id).title == "Improve customer retention"
    restored = _find(window, "Turn first-time buyers into regulars")
    assert restored.parent().data(ID_ROLE) == objective_id


def test_every_edit_is_in_the_file_at_once(qtbot, window: MainWindow, sample: Path) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    _type_into_editor(qtbot, window, "Written straight away")
    with Workspace.open(sample) as other:  # a second connection sees it without any save
        cycle = other.current_cycle(date.today())
        assert cycle is not None
        titles = {o.title for o in other.cycle_tree(cycle.id).objectives}
    assert "Written straight away" in titles


def test_move_up_and_down_reorders(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    first, second = _rows(window)[:2]
    window.tree.setCurrentIndex(window.proxy.index(0, 0))
    qtbot.keyClick(window.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _rows(window)[:2] == [second, first]
    assert window.tree.currentIndex().data(KIND_ROLE) == "objective"
    assert window.tree.currentIndex().data() == first
    window.controller.undo_stack.undo()
    assert _rows(window)[:2] == [first, second]


def test_drag_a_key_result_down_lands_where_dropped(window: MainWindow) -> None:
    objective = _find(window, "Improve customer retention")
    first, second, third = (window.proxy.index(r, 0, objective).data() for r in range(3))
    mime = window.proxy.mimeData([window.proxy.index(0, 0, objective)])
    window.proxy.dropMimeData(mime, Qt.DropAction.MoveAction, 2, 0, objective)  # between the 2nd and 3rd
    objective = _find(window, "Improve customer retention")
    assert [window.proxy.index(r, 0, objective).data() for r in range(3)] == [second, first, third]


def test_delete_under_a_search_selects_a_neighbour_of_the_same_parent(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.search.setText("from")
    window._apply_search()
    churn = _find(window, "Reduce monthly customer churn from 8% to 5%")
    parent_id = churn.parent().data(ID_ROLE)
    window.tree.setCurrentIndex(churn)
    window.ask = lambda box: next(b for b in box.buttons() if b.text() == "Delete")  # type: ignore[method-assign]
    window.delete_action.trigger()
    current = window.tree.currentIndex()
    assert current.isValid() and current.parent().data(ID_ROLE) == parent_id


def test_tree_stays_equal_to_a_fresh_read_after_moves_and_undo(window: MainWindow) -> None:
    from okrdesk.ui.tree_model import AlignmentTreeModel

    def snapshot(model: AlignmentTreeModel) -> list[tuple[int, str, int, float | None, str]]:
        rows: list[tuple[int, str, int, float | None, str]] = []

        def walk(node, depth):  # type: ignore[no-untyped-def]
            for child in node.children:
                progress = None if child.progress is None else round(child.progress, 9)
                rows.append((depth, child.kind, child.item.id, progress, child.status.value))
                walk(child, depth + 1)

        walk(model.root, 0)
        return rows

    def fresh() -> list[tuple[int, str, int, float | None, str]]:
        model = AlignmentTreeModel(window.controller)
        assert window.model.cycle is not None
        model.load(window.model.cycle.id)
        return snapshot(model)

    churn = _find(window, "Reduce monthly customer churn from 8% to 5%").data(ID_ROLE)
    warehouse = _find(window, "Run a lean, reliable warehouse").data(ID_ROLE)
    retention = _find(window, "Improve customer retention").data(ID_ROLE)
    from okrdesk.ui import commands

    steps = [
        commands.MoveKeyResult(window.controller, churn, warehouse, 0),
        commands.MoveObjective(window.controller, retention, warehouse, None),
        commands.EditObjective(window.controller, warehouse, progress_source="both"),
    ]
    for command in steps:
        assert window.controller.execute(command)
        assert snapshot(window.model) == fresh()
    for _ in steps:
        window.controller.undo_stack.undo()
        assert snapshot(window.model) == fresh()


def test_tooltips_show_titles_literally(window: MainWindow) -> None:
    index = _find(window, "Improve customer retention")
    window.model.setData(window.proxy.mapToSource(index), "<b>Grow</b> fast")
    tip = _find(window, "<b>Grow</b> fast").data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Grow&lt;/b&gt; fast" in tip and "<b>" not in tip


def test_undo_history_does_not_keep_its_controller_alive(workspace: Workspace) -> None:
    """Commands refer to their controller weakly: a strong reference made a cycle through the undo stack's
    C++ ownership that the garbage collector could tear down in the wrong order (a crash)."""
    import gc
    import weakref

    from okrdesk.ui.commands import AddObjective
    from okrdesk.ui.controller import Controller

    controller = Controller(workspace)
    assert controller.execute(AddObjective(controller, workspace.cycles()[0].id, "Grow"))
    alive = weakref.ref(controller)
    gc.disable()
    try:
        del controller
        assert alive() is None  # freed at once, no cycle left for the collector
    finally:
        gc.enable()
