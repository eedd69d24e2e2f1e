"""Presentation mode driven from the keyboard: slides in the main window's order, zoom, the discussion timer,
the hidden confidence round, the tree layout, and Esc back to the main window as it was."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit

from okrdesk.services.workspace import Workspace
from okrdesk.ui import settings
from okrdesk.ui.main_window import MainWindow
from okrdesk.ui.presentation import present
from okrdesk.ui.presentation.window import PresentationWindow
from okrdesk.ui.tree_model import ID_ROLE, KIND_ROLE, TITLE


class FakeClock:
    """Milliseconds that pass only when a test says so."""

    def __init__(self) -> None:
        self.now = 0

    def __call__(self) -> int:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += int(seconds * 1000)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def presentation(qtbot, window: MainWindow, clock: FakeClock) -> PresentationWindow:  # type: ignore[no-untyped-def]
    pw = present(window, clock=clock)
    qtbot.waitExposed(pw)
    return pw


def _objective_order(window: MainWindow) -> list[str]:
    """The objectives of the main window's tree, top to bottom (as a reader of the tree sees them)."""
    titles: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(window.proxy.rowCount(parent)):
            index = window.proxy.index(row, TITLE, parent)
            if index.data(KIND_ROLE) == "objective":
                titles.append(index.data(Qt.ItemDataRole.EditRole))
                walk(index)

    walk(QModelIndex())
    return titles


def _shown_title(pw: PresentationWindow) -> str:
    assert pw.slide_view.title_label is not None
    return pw.slide_view.title_label.text()


def _press(qtbot, pw: PresentationWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(pw.focusWidget() or pw, key, modifier)


def _select(window: MainWindow, title: str) -> None:
    matches = window.proxy.match(
        window.proxy.index(0, 0), Qt.ItemDataRole.EditRole, title, 1, Qt.MatchFlag.MatchRecursive
    )
    assert matches
    window.tree.setCurrentIndex(matches[0])


def test_opens_full_screen_on_the_selected_objective(qtbot, window: MainWindow, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    order = _objective_order(window)
    _select(window, order[3])
    pw = present(window, clock=clock)
    qtbot.waitExposed(pw)
    assert pw.isFullScreen()
    assert _shown_title(pw) == order[3]
    assert pw.position_label.text() == f"4 / {len(order)}"
    assert not pw.findChildren(QLineEdit), "no edit controls on a slide"
    pw.close()
    # A selected key result: its objective is presented.
    objective = next(
        window.proxy.index(row, 0)
        for row in range(window.proxy.rowCount())
        if window.proxy.rowCount(window.proxy.index(row, 0)) and row > 0
    )
    window.tree.setCurrentIndex(window.proxy.index(0, 0, objective))
    assert window.selected_key()[0] == "key_result"  # type: ignore[index]
    pw = present(window, clock=clock)
    assert _shown_title(pw) == objective.data(Qt.ItemDataRole.EditRole)


def test_keys_move_through_the_objectives_in_the_main_windows_order(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    settings.set_presentation_zoom(settings.ZOOM_MIN)  # small type: every slide fits, ↓ moves on at once
    pw = present(window, clock=clock)
    order = _objective_order(window)
    assert len(order) > 5
    _press(qtbot, pw, Qt.Key.Key_Home)
    seen = [_shown_title(pw)]
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_Down, Qt.Key.Key_PageDown):
        _press(qtbot, pw, key)
        seen.append(_shown_title(pw))
    assert seen == order[:5]
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Backspace, Qt.Key.Key_Up, Qt.Key.Key_PageUp):
        _press(qtbot, pw, key)
    assert _shown_title(pw) == order[0]
    _press(qtbot, pw, Qt.Key.Key_Left)  # stops at the first
    assert _shown_title(pw) == order[0]
    assert pw.position_label.text() == f"1 / {len(order)}"
    _press(qtbot, pw, Qt.Key.Key_End)
    assert _shown_title(pw) == order[-1]
    _press(qtbot, pw, Qt.Key.Key_Right)  # stops at the last
    assert _shown_title(pw) == order[-1]
    assert pw.position_label.text() == f"{len(order)} / {len(order)}"


def test_a_slide_taller_than_the_screen_scrolls_before_moving_on(qtbot, clock, window) -> None:  # type: ignore[no-untyped-def]
    settings.set_presentation_zoom(settings.ZOOM_MAX)
    pw = present(window, clock=clock)
    bar = pw.slide_view.verticalScrollBar()
    assert bar.maximum() > 0, "at the largest type the first slide overflows the small offscreen screen"
    first = _shown_title(pw)
    _press(qtbot, pw, Qt.Key.Key_Down)
    assert bar.value() > 0 and _shown_title(pw) == first
    while bar.value() < bar.maximum():
        _press(qtbot, pw, Qt.Key.Key_PageDown)
    _press(qtbot, pw, Qt.Key.Key_Down)
    assert _shown_title(pw) != first
    _press(qtbot, pw, Qt.Key.Key_Left)  # back to it: from its top
    assert _shown_title(pw) == first
    assert bar.value() == 0


def test_a_filtered_main_window_presents_only_what_it_shows(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    window.search.setText("leaders")
    window._apply_search()
    order = _objective_order(window)
    pw = present(window, clock=clock)
    assert len(pw.slides) == len(order) < 5
    assert [s.item.title for s in pw.slides] == order


def test_slide_shows_key_results_with_numbers_status_and_confidence(presentation) -> None:  # type: ignore[no-untyped-def]
    pw = presentation
    slide = pw.current
    assert slide is not None and slide.key_results
    texts = [label.text() for label in pw.slide_view.widget().findChildren(type(pw.position_label))]
    for kr in slide.key_results:
        assert kr.item.title in texts
    details = [t for t in texts if t.startswith("Now")]
    assert len(details) == len(slide.key_results)
    assert any("Confidence" in t for t in details)
    from okrdesk.ui.presentation.look import StatusBadge

    badges = pw.slide_view.widget().findChildren(StatusBadge)
    assert len(badges) == len(slide.key_results) + 1  # the objective's and each key result's, in words
    assert all(b.word in {"On track", "At risk", "Off track", "No data"} for b in badges)


def test_zoom_keys_change_the_type_and_are_remembered(qtbot, window, presentation, clock) -> None:  # type: ignore[no-untyped-def]
    pw = presentation
    assert pw.slide_view.title_label is not None
    before = pw.slide_view.title_label.font().pointSizeF()
    _press(qtbot, pw, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    _press(qtbot, pw, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    bigger = pw.slide_view.title_label.font().pointSizeF()
    assert bigger > before * 1.15
    assert pw.timer_label.font().pointSizeF() > 1.15 * 1.4 * 20
    assert settings.presentation_zoom() == pytest.approx(1.2)
    pw.close()
    again = present(window, clock=clock)
    assert again.slide_view.title_label is not None
    assert again.slide_view.title_label.font().pointSizeF() == pytest.approx(bigger)
    _press(qtbot, again, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert settings.presentation_zoom() == pytest.approx(1.1)
    _press(qtbot, again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert settings.presentation_zoom() == pytest.approx(1.0)
    assert again.slide_view.title_label.font().pointSizeF() == pytest.approx(before)


def test_timer_counts_down_says_times_up_and_resets_on_the_next_objective(  # type: ignore[no-untyped-def]
    qtbot, presentation, clock
) -> None:
    pw = presentation
    label = pw.timer_label
    minutes = settings.presentation_minutes()
    assert label.text() == f"{minutes}:00"
    _press(qtbot, pw, Qt.Key.Key_T)
    clock.advance(61)
    label.refresh()  # what the timer's tick does
    assert label.text() == f"{minutes - 2}:59"
    _press(qtbot, pw, Qt.Key.Key_T)  # pause: time stands still
    clock.advance(30)
    label.refresh()
    assert label.text() == f"{minutes - 2}:59 paused"
    _press(qtbot, pw, Qt.Key.Key_T)
    clock.advance(minutes * 60 - 61 + 12)
    label.refresh()
    assert label.text() == "Time's up +0:12"
    assert label.objectName() == "timeUp"  # its own look (black on yellow, framed), not just a colour
    _press(qtbot, pw, Qt.Key.Key_Right)  # the next objective: a new timebox, still running
    assert label.text() == f"{minutes}:00"
    clock.advance(1)
    label.refresh()
    assert label.text() == f"{minutes - 1}:59"
    _press(qtbot, pw, Qt.Key.Key_R)  # reset: full time, paused
    clock.advance(5)
    label.refresh()
    assert label.text() == f"{minutes}:00"
    assert not pw.countdown.running


def _round_slide(qtbot, pw: PresentationWindow) -> None:  # type: ignore[no-untyped-def]
    """Moves to an objective with at least two key results and opens the round."""
    while pw.current is not None and len(pw.current.key_results) < 2:
        _press(qtbot, pw, Qt.Key.Key_Right)
    _press(qtbot, pw, Qt.Key.Key_C)
    assert pw.round is not None


def test_confidence_round_hides_refuses_reveals_records_and_undoes(qtbot, window, presentation) -> None:  # type: ignore[no-untyped-def]
    pw = presentation
    _round_slide(qtbot, pw)
    round_ = pw.round
    slide = pw.current
    assert round_ is not None and slide is not None
    assert pw.stack.currentWidget() is round_
    values_before = {kr.item.id: window.workspace.key_result(kr.item.id).current for kr in slide.key_results}
    typed = ["7", "11"] + ["3"] * (len(round_.edits) - 2)
    for edit, text in zip(round_.edits, typed, strict=True):
        qtbot.keyClicks(edit, text)
        assert edit.echoMode() == QLineEdit.EchoMode.Password
        assert text not in edit.displayText()  # dots, not the number
    assert not any(label.isVisible() for label in round_.shown)
    assert not any(label.text() for label in round_.changes)  # no last value to anchor on before the reveal
    qtbot.keyClick(round_.edits[-1], Qt.Key.Key_Return)
    assert not round_.is_revealed
    assert "not a whole number from 0 to 10" in round_.problem.text()
    assert "11" not in round_.problem.text()  # the refusal does not give the hidden number away
    assert not any(label.isVisible() for label in round_.shown)
    qtbot.keyClicks(round_.edits[1], "9")
    qtbot.keyClick(round_.edits[1], Qt.Key.Key_Return)
    assert round_.is_revealed
    expected = ["7", "9"] + ["3"] * (len(round_.edits) - 2)
    assert [label.text() for label in round_.shown] == expected  # all at once
    assert all(label.isVisible() for label in round_.shown)
    first_last = slide.key_results[0].item.last_confidence
    if first_last is not None and first_last != 7:
        assert f"last {first_last}" in round_.changes[0].text()
    steps = window.controller.undo_stack.count()
    qtbot.mouseClick(round_.record_button, Qt.MouseButton.LeftButton)
    assert pw.round is None
    assert window.controller.undo_stack.count() == steps + 1  # one undo step for the whole round
    for kr, value in zip(slide.key_results, expected, strict=True):
        fresh = window.workspace.key_result(kr.item.id)
        assert fresh.last_confidence == int(value)
        assert fresh.current == values_before[kr.item.id]  # the value is kept
    detail = pw.slide_view.kr_rows[0].findChild(type(pw.position_label), "keyResultDetail")
    assert "Confidence 7/10" in detail.text()  # the slide shows the new confidence at once
    _press(qtbot, pw, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    for kr in slide.key_results:
        assert window.workspace.key_result(kr.item.id).last_confidence == kr.item.last_confidence
    assert window.controller.undo_stack.count() == steps + 1 and window.controller.undo_stack.index() == steps


def test_confidence_round_is_refused_in_words_when_read_only(qtbot, tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ro.okr"
    Workspace.create(path, sample=True, today=date(2026, 11, 21)).close()
    window = MainWindow(Workspace.open(path, read_only=True))
    qtbot.addWidget(window)
    window.show()
    pw = present(window, clock=clock)
    _round_slide(qtbot, pw)
    round_ = pw.round
    assert round_ is not None
    qtbot.keyClicks(round_.edits[0], "5")
    assert round_.reveal()
    assert not round_.record()
    assert "read-only" in round_.problem.text()
    assert pw.round is round_  # still open: nothing lost, the room can discard it
    window.workspace.close()


def test_esc_closes_the_round_then_the_presentation_leaving_the_main_window_as_it_was(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, presentation
) -> None:
    pw = presentation
    selected = window.selected_key()
    expanded = [window.tree.isExpanded(window.proxy.index(r, 0)) for r in range(window.proxy.rowCount())]
    _press(qtbot, pw, Qt.Key.Key_End)
    _press(qtbot, pw, Qt.Key.Key_V)
    _round_slide(qtbot, pw)
    assert pw.round is not None
    qtbot.keyClicks(pw.round.edits[0], "4")
    _press(qtbot, pw, Qt.Key.Key_Escape)
    assert pw.round is None and pw.isVisible()
    assert "discarded" in pw.message_label.text()
    with qtbot.waitSignal(pw.destroyed):
        _press(qtbot, pw, Qt.Key.Key_Escape)
    assert window.selected_key() == selected
    assert window.isVisible()
    assert expanded == [
        window.tree.isExpanded(window.proxy.index(r, 0)) for r in range(window.proxy.rowCount())
    ]
    assert not window.findChildren(PresentationWindow)


def test_v_switches_to_the_whole_tree_with_the_current_objective_marked(qtbot, window, presentation) -> None:  # type: ignore[no-untyped-def]
    pw = presentation
    selected = window.selected_key()
    _press(qtbot, pw, Qt.Key.Key_Right)
    _press(qtbot, pw, Qt.Key.Key_V)
    assert pw.stack.currentWidget() is pw.tree_view
    current = pw.tree_view.currentIndex()
    assert (current.data(KIND_ROLE), current.data(ID_ROLE)) == pw.current.key  # type: ignore[union-attr]
    assert pw.tree_view.is_current(current)
    assert "V slides" in pw.hints_label.text()
    _press(qtbot, pw, Qt.Key.Key_Right)  # the marked row follows the navigation
    current = pw.tree_view.currentIndex()
    assert (current.data(KIND_ROLE), current.data(ID_ROLE)) == pw.current.key  # type: ignore[union-attr]
    assert window.selected_key() == selected  # the main window's own selection is untouched
    pw.tree_view.grab()
    _press(qtbot, pw, Qt.Key.Key_V)
    assert pw.stack.currentWidget() is pw.slide_view


def test_tree_layout_is_the_default_when_chosen(qtbot, window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    settings.set_presentation_layout("tree")
    pw = present(window, clock=clock)
    assert pw.stack.currentWidget() is pw.tree_view


def test_slides_follow_changes_to_the_workspace_and_titles_stay_plain(qtbot, window, presentation) -> None:  # type: ignore[no-untyped-def]
    from okrdesk.ui import commands

    pw = presentation
    slide = pw.current
    assert slide is not None
    window.controller.execute(
        commands.EditObjective(window.controller, slide.item.id, title="<b>Bold</b> & co")
    )
    assert _shown_title(pw) == "<b>Bold</b> & co"
    assert pw.slide_view.title_label is not None
    assert pw.slide_view.title_label.textFormat() == Qt.TextFormat.PlainText


def test_renders_both_layouts_and_the_round_without_qt_warnings(qtbot, presentation) -> None:  # type: ignore[no-untyped-def]
    pw = presentation
    assert not pw.grab().isNull()
    _press(qtbot, pw, Qt.Key.Key_V)
    assert not pw.grab().isNull()
    _press(qtbot, pw, Qt.Key.Key_V)
    _round_slide(qtbot, pw)
    assert not pw.grab().isNull()
