"""The coach in the window: hints beside the item being edited (as it is typed, after each edit), dismissing
them (remembered per workspace), and the Health view of a cycle (View → Health…, Ctrl+Shift+H)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from okrdesk.services.workspace import Workspace
from okrdesk.ui import commands
from okrdesk.ui.coach import CoachHints, CoachMenu, dismissals
from okrdesk.ui.controller import Controller
from okrdesk.ui.health_view import ITEM, HealthView
from okrdesk.ui.main_window import MainWindow


def coach_menu(window: MainWindow) -> CoachMenu:
    """The window's CoachMenu (the lead adds it to MainWindow; until then the test adds it)."""
    found = window.findChildren(CoachMenu)
    return found[0] if found else CoachMenu(window)


def hint_texts(hints: CoachHints) -> list[str]:
    return [row.label.text() for row in hints.rows] if hints.isVisible() else []


def shown(qtbot: QtBot, hints: CoachHints) -> list[str]:
    """The hints shown beside the item once the coach has read them (at the next idle moment)."""
    qtbot.waitUntil(lambda: not hints.pending)
    return hint_texts(hints)


def open_window(qtbot: QtBot, path: Path, *, read_only: bool = False) -> MainWindow:
    window = MainWindow(Workspace.open(path, read_only=read_only))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def show_health(qtbot: QtBot, window: MainWindow) -> HealthView:
    menu = coach_menu(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts work in the active window
    window.tree.setFocus()
    qtbot.keyClick(
        window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    view = menu.view
    assert view is not None and view.isVisible()
    qtbot.addWidget(view)
    return view


def rows(view: HealthView) -> list[tuple[str, str]]:
    tree = view.tree
    return [
        (tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(2)) for i in range(tree.topLevelItemCount())
    ]


def test_typing_a_key_result_title_without_a_number_shows_the_hint_beside_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.select(("key_result", 6))  # "Raise the 60-day second-order rate from 18% to 25%"
    form = window.detail.key_result_form
    assert window.detail.currentWidget() is form
    assert shown(qtbot, form.hints) == []  # a good key result: the coach is silent and takes no room
    form.title.setFocus()
    form.title.selectAll()
    qtbot.keyClicks(form.title, "Improve the second-order rate")
    form.hints.apply_preview()  # the typing pause (PREVIEW_DELAY_MS) is over
    assert shown(qtbot, form.hints) == ["No number says how much"]
    assert window.workspace.key_result(6).title.startswith("Raise")  # judged before anything is saved
    qtbot.keyClick(form.title, Qt.Key.Key_Return)  # commit: the hint stays, now about the stored title
    assert window.workspace.key_result(6).title == "Improve the second-order rate"
    assert shown(qtbot, form.hints) == ["No number says how much"]
    # The reason is readable in the pane, not only in a tooltip.
    row = form.hints.rows[0]
    assert not row.why.isVisible()
    row.why_button.click()
    assert row.why.isVisible() and "how much" in row.why.text()
    # Undo brings the old title and takes the hint away.
    window.undo_action.trigger()
    assert shown(qtbot, form.hints) == []


def test_dismissing_hides_the_hint_and_it_stays_dismissed_after_reopening(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "team.okr"
    Workspace.create(path, sample=True, today=date(2026, 11, 21)).close()
    window = open_window(qtbot, path)
    window.select(("key_result", 5))  # "Launch the post-purchase welcome email series"
    hints = window.detail.key_result_form.hints
    assert shown(qtbot, hints) == ["“Launch” sounds like an output, not an outcome"]
    button = hints.rows[0].dismiss_button
    assert button.accessibleName() == "Dismiss the hint: “Launch” sounds like an output, not an outcome"
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # keyboard operable
    assert shown(qtbot, hints) == [] and not hints.isVisible()
    window.close()
    window.workspace.close()

    again = open_window(qtbot, path)
    again.select(("key_result", 5))
    assert shown(qtbot, again.detail.key_result_form.hints) == []
    view = show_health(qtbot, again)
    assert view.header.text() == "4 hints in 2026 Q4 · 1 dismissed"
    assert "KR-5" not in [ref for ref, _ in rows(view)]
    view.show_dismissed.setChecked(True)
    assert ("KR-5", "“Launch” sounds like an output, not an outcome (dismissed)") in rows(view)
    item = next(view.tree.topLevelItem(i) for i in range(5) if view.tree.topLevelItem(i).text(0) == "KR-5")
    view.tree.setCurrentItem(item)
    assert view.restore_button.isEnabled() and not view.dismiss_button.isEnabled()
    view.restore_button.click()
    assert view.header.text() == "5 hints in 2026 Q4"
    assert shown(qtbot, again.detail.key_result_form.hints) == [
        "“Launch” sounds like an output, not an outcome"
    ]
    # Another workspace keeps its own dismissals.
    assert dismissals().ids(tmp_path / "other.okr") == set()
    again.workspace.close()


def test_the_health_view_lists_the_cycles_hints_and_enter_selects_the_item(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = show_health(qtbot, window)
    assert view.header.text() == "5 hints in 2026 Q4"
    assert rows(view) == [  # sorted by item: objectives first, refs by number (KR-9 before KR-16)
        ("O-13", "No key results yet"),
        ("KR-5", "“Launch” sounds like an output, not an outcome"),
        ("KR-9", "“Ship” sounds like an output, not an outcome"),
        ("KR-16", "“Publish” sounds like an output, not an outcome"),
        ("KR-24", "“Publish” sounds like an output, not an outcome"),
    ]
    assert view.tree.topLevelItem(0).text(1) == "Explore a gear rental service"
    assert "two to five" in view.why.text()  # the chosen hint's reason, in words under the list
    header = view.tree.header()  # a click on the sorted column's header turns the order round
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionPosition(ITEM) + 10, 5)
    )
    assert [ref for ref, _ in rows(view)] == ["KR-24", "KR-16", "KR-9", "KR-5", "O-13"]
    view.tree.setCurrentItem(view.tree.topLevelItem(1))  # KR-16
    view.activateWindow()
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert window.selected_key() == ("key_result", 16)
    assert view.isVisible()  # Enter went to the item; it did not close the view
    assert shown(qtbot, window.detail.key_result_form.hints) == [
        "“Publish” sounds like an output, not an outcome"
    ]


def test_the_health_view_follows_edits_and_dismissals_in_the_pane(qtbot: QtBot, window: MainWindow) -> None:
    view = show_health(qtbot, window)
    window.controller.execute(
        commands.EditKeyResult(window.controller, 9, title="Reorders in the app: 0 to 500")
    )
    qtbot.waitUntil(lambda: view.header.text() == "4 hints in 2026 Q4")
    window.select(("objective", 13))
    hints = window.detail.objective_form.hints
    assert shown(qtbot, hints) == ["No key results yet"]
    hints.rows[0].dismiss_button.click()
    assert view.header.text() == "3 hints in 2026 Q4 · 1 dismissed"
    window.controller.execute(commands.AddKeyResult(window.controller, 13, "Rent out 50 tents from 0 to 50"))
    qtbot.waitUntil(lambda: view.header.text() == "3 hints in 2026 Q4")


def test_a_workspace_without_hints_says_so_in_words(qtbot: QtBot, controller: Controller) -> None:
    cycle = controller.workspace.cycles()[0]
    view = HealthView(controller, cycle.id)
    qtbot.addWidget(view)
    view.show()
    assert view.header.text() == "0 hints in 2026 Q2"
    assert view.stack.currentWidget() is view.empty
    assert view.empty.text() == "No hints: these OKRs follow the coach's rules."
    controller.execute(commands.AddObjective(controller, cycle.id, "Grow the community"))
    qtbot.waitUntil(lambda: view.header.text() == "1 hint in 2026 Q2")
    assert view.stack.currentWidget() is view.tree


def test_read_only_workspaces_still_show_hints_and_let_them_be_dismissed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "team.okr"
    Workspace.create(path, sample=True, today=date(2026, 11, 21)).close()
    window = open_window(qtbot, path, read_only=True)
    assert window.workspace.read_only
    window.select(("objective", 13))
    form = window.detail.objective_form
    assert form.title.isReadOnly()
    assert shown(qtbot, form.hints) == ["No key results yet"]
    button = form.hints.rows[0].dismiss_button
    assert button.isEnabled()
    button.click()
    assert shown(qtbot, form.hints) == []
    view = show_health(qtbot, window)
    assert view.header.text() == "4 hints in 2026 Q4 · 1 dismissed"
    window.workspace.close()


def test_health_follows_the_cycle_shown_in_the_window(qtbot: QtBot, window: MainWindow) -> None:
    view = show_health(qtbot, window)
    year = window.cycle_combo.findData(window.workspace.cycle_by_name("2026").id)
    window.cycle_combo.setCurrentIndex(year)
    assert view.header.text() == "0 hints in 2026"


def test_the_hints_are_reached_with_tab_right_after_the_last_field(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.select(("key_result", 5))
    form = window.detail.key_result_form
    assert shown(qtbot, form.hints) == ["“Launch” sounds like an output, not an outcome"]
    form.description.setFocus()
    qtbot.keyClick(form.description, Qt.Key.Key_Tab)
    row = form.hints.rows[0]
    assert QApplication.focusWidget() is row.why_button
    assert row.why_button.accessibleName() == "Why: “Launch” sounds like an output, not an outcome"
    qtbot.keyClick(row.why_button, Qt.Key.Key_Space)
    assert row.why.isVisible() and "not the work done" in row.why.text()
    qtbot.keyClick(row.why_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is row.dismiss_button
