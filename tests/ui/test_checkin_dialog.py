"""The check-in dialog driven from the keyboard; what it recorded is read back from the workspace."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from okrdesk.domain.model import KeyResult, KRType
from okrdesk.services.workspace import Workspace
from okrdesk.ui.controller import Controller
from okrdesk.ui.dialogs.checkin import CheckInDialog

TODAY = date(2026, 5, 10)  # in 2026 Q2 (Apr 1 – Jun 30): 39 of 90 days gone, a pace of 43 %
HOSTILE = "<b>bold</b> =1+1 مرحبا 🎉"


@pytest.fixture
def kr(workspace: Workspace) -> KeyResult:
    objective = workspace.add_objective(workspace.cycles()[0].id, "Grow the community")
    return workspace.add_key_result(objective.id, "Members", start=0, target=100, unit="members")


def open_dialog(qtbot: QtBot, controller: Controller, key_result_id: int, **kwargs: object) -> CheckInDialog:
    dialog = CheckInDialog(controller, key_result_id, today=TODAY, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_value(qtbot: QtBot, dialog: CheckInDialog, text: str) -> None:
    assert dialog.value_edit is not None
    dialog.value_edit.selectAll()
    qtbot.keyClicks(dialog.value_edit, text)


def test_value_confidence_and_note_then_enter_records_one_check_in_and_undo_removes_it(
    qtbot: QtBot, controller: Controller, kr: KeyResult
) -> None:
    ws = controller.workspace
    me = ws.add_owner("person", "Maria Lopez")
    dialog = open_dialog(qtbot, controller, kr.id, author_id=me.id)
    assert dialog.windowTitle() == "Check in – Members"
    assert dialog.author_label.text() == "Maria Lopez"  # who signs the check-in
    assert dialog.value_edit is not None and dialog.value_edit.text() == "0"
    assert dialog.value_edit.selectedText() == "0"  # typing replaces the current value

    qtbot.keyClicks(dialog.value_edit, "42")
    dialog.confidence_spin.selectAll()
    qtbot.keyClicks(dialog.confidence_spin, "7")
    assert dialog.band_label.text() == "high"
    qtbot.keyClicks(dialog.note_edit, "Forum launched")
    qtbot.keyClick(dialog.value_edit, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    [check_in] = ws.check_ins(kr.id)
    assert (check_in.value, check_in.confidence, check_in.note) == (42, 7, "Forum launched")
    assert check_in.author_id == me.id and check_in.at.date() == TODAY
    assert ws.key_result(kr.id).current == 42
    assert dialog.recorded is not None and dialog.recorded.id == check_in.id

    controller.undo_stack.undo()
    assert ws.check_ins(kr.id) == []
    assert ws.key_result(kr.id).current == 0


def test_enter_in_the_note_is_a_new_line_and_ctrl_enter_saves(
    qtbot: QtBot, controller: Controller, kr: KeyResult
) -> None:
    dialog = open_dialog(qtbot, controller, kr.id)
    type_value(qtbot, dialog, "5")
    qtbot.keyClicks(dialog.note_edit, "first")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.note_edit, "second")
    assert dialog.isVisible()
    assert "Ctrl+Enter" in dialog.note_edit.placeholderText()

    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    [check_in] = controller.workspace.check_ins(kr.id)
    assert (check_in.value, check_in.note) == (5, "first\nsecond")


def test_escape_records_nothing(qtbot: QtBot, controller: Controller, kr: KeyResult) -> None:
    dialog = open_dialog(qtbot, controller, kr.id)
    type_value(qtbot, dialog, "60")
    qtbot.keyClick(dialog.value_edit, Qt.Key.Key_Escape)  # type: ignore[arg-type]
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert controller.workspace.check_ins(kr.id) == []
    assert controller.undo_stack.count() == 0


@pytest.mark.parametrize(
    ("text", "message"),
    [("abc", "is not a number"), ("nan", "finite"), ("inf", "finite"), ("", "cannot be empty")],
)
def test_a_value_that_is_not_a_number_is_refused_inline(
    qtbot: QtBot, controller: Controller, kr: KeyResult, text: str, message: str
) -> None:
    dialog = open_dialog(qtbot, controller, kr.id)
    type_value(qtbot, dialog, text)
    if not text:
        dialog.value_edit.clear()  # type: ignore[union-attr]
    assert dialog.value_error.isVisible() and message in dialog.value_error.text()
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.value_edit, Qt.Key.Key_Return)  # type: ignore[arg-type]
    assert dialog.isVisible()
    assert controller.workspace.check_ins(kr.id) == []

    type_value(qtbot, dialog, "12")  # fixing it clears the problem
    assert not dialog.value_error.isVisible() and dialog.save_button.isEnabled()


def test_ten_times_the_target_is_accepted_with_a_warning(
    qtbot: QtBot, controller: Controller, kr: KeyResult
) -> None:
    dialog = open_dialog(qtbot, controller, kr.id)
    type_value(qtbot, dialog, "1000")
    assert dialog.warning_label.isVisible() and "a typo?" in dialog.warning_label.text()
    assert "10×" in dialog.warning_label.text()
    qtbot.keyClick(dialog.value_edit, Qt.Key.Key_Return)  # type: ignore[arg-type]
    assert [c.value for c in controller.workspace.check_ins(kr.id)] == [1000]


def test_the_preview_shows_raw_progress_and_status(
    qtbot: QtBot, controller: Controller, kr: KeyResult
) -> None:
    dialog = open_dialog(qtbot, controller, kr.id)
    assert dialog.expected_label.text() == "43 members"
    type_value(qtbot, dialog, "50")
    assert "50 %" in dialog.preview_label.text() and "On track" in dialog.preview_label.text()
    type_value(qtbot, dialog, "10")
    assert "10 %" in dialog.preview_label.text() and "Off track" in dialog.preview_label.text()
    type_value(qtbot, dialog, "115")
    assert "115 % ▲ overachieved" in dialog.preview_label.text()
    type_value(qtbot, dialog, "-20")
    assert "-20 % ▼ below baseline" in dialog.preview_label.text()


def test_a_date_outside_the_cycle_is_warned_about(
    qtbot: QtBot, controller: Controller, kr: KeyResult
) -> None:
    dialog = open_dialog(qtbot, controller, kr.id)
    assert not dialog.warning_label.isVisible()
    dialog.at_edit.setDateTime(QDateTime(datetime(2026, 3, 15, 9, 30)))
    assert dialog.warning_label.isVisible()
    assert "outside the cycle" in dialog.warning_label.text()


def test_outside_a_closed_cycle_asks_first_and_records_nothing_when_declined(
    qtbot: QtBot, controller: Controller, kr: KeyResult
) -> None:
    ws = controller.workspace
    ws.update_cycle(ws.cycles()[0].id, state="closed")
    asked: list[str] = []
    answer = False

    def confirm(text: str) -> bool:
        asked.append(text)
        return answer

    dialog = open_dialog(qtbot, controller, kr.id)
    dialog.confirm = confirm  # type: ignore[method-assign]
    type_value(qtbot, dialog, "30")
    qtbot.keyClick(dialog.value_edit, Qt.Key.Key_Return)  # inside the closed cycle: no question
    assert asked == [] and len(ws.check_ins(kr.id)) == 1

    dialog = open_dialog(qtbot, controller, kr.id)
    dialog.confirm = confirm  # type: ignore[method-assign]
    type_value(qtbot, dialog, "35")
    dialog.at_edit.setDateTime(QDateTime(datetime(2026, 7, 2, 10, 0)))
    qtbot.keyClick(dialog.value_edit, Qt.Key.Key_Return)
    assert len(asked) == 1 and "closed" in asked[0]
    assert dialog.isVisible() and [c.value for c in ws.check_ins(kr.id)] == [30]

    answer = True
    qtbot.keyClick(dialog.value_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible() and [c.value for c in ws.check_ins(kr.id)] == [30, 35]


def test_user_text_is_stored_and_shown_literally(qtbot: QtBot, controller: Controller) -> None:
    ws = controller.workspace
    objective = ws.add_objective(ws.cycles()[0].id, HOSTILE)
    kr = ws.add_key_result(objective.id, "<img src=x> שלום", start=0, target=10, unit="<i>u</i>")
    dialog = open_dialog(qtbot, controller, kr.id)
    type_value(qtbot, dialog, "4")
    dialog.note_edit.insertPlainText(HOSTILE)  # pasted
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [c.note for c in ws.check_ins(kr.id)] == [HOSTILE]

    again = open_dialog(qtbot, controller, kr.id)
    assert again.title_label.text() == "<img src=x> שלום"
    assert again.objective_label.text() == HOSTILE
    assert again.last_note_label.text() == HOSTILE
    assert again.unit_label.text() == "<i>u</i>"
    for label in (again.title_label, again.objective_label, again.last_note_label, again.unit_label):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert "&lt;b&gt;" in again.last_note_label.toolTip()  # the tooltip escapes it too
    assert again.windowTitle() == "Check in – <img src=x> שלום"


def test_key_result_deleted_while_open_keeps_what_was_typed(
    qtbot: QtBot, controller: Controller, kr: KeyResult
) -> None:
    dialog = open_dialog(qtbot, controller, kr.id)
    type_value(qtbot, dialog, "30")
    qtbot.keyClicks(dialog.note_edit, "Hard-won progress")
    controller.workspace.delete_key_result(kr.id)  # elsewhere, meanwhile

    qtbot.keyClick(dialog.value_edit, Qt.Key.Key_Return)  # type: ignore[arg-type]
    assert dialog.isVisible()
    assert dialog.error_label.isVisible() and "deleted" in dialog.error_label.text()
    assert dialog.value_edit.text() == "30"  # type: ignore[union-attr]
    assert dialog.note_edit.toPlainText() == "Hard-won progress"
    assert dialog.copy_button.isVisible()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "Hard-won progress"
    assert controller.undo_stack.count() == 0


def test_a_key_result_gone_before_opening_is_said_and_cannot_be_saved(
    qtbot: QtBot, controller: Controller, kr: KeyResult
) -> None:
    controller.workspace.delete_key_result(kr.id)
    dialog = open_dialog(qtbot, controller, kr.id)
    assert "no longer exists" in dialog.error_label.text() and dialog.error_label.isVisible()
    assert not dialog.save_button.isEnabled()


def test_milestone_done_box_records_one_then_zero(qtbot: QtBot, controller: Controller) -> None:
    ws = controller.workspace
    objective = ws.add_objective(ws.cycles()[0].id, "Ship")
    kr = ws.add_key_result(objective.id, "Launch the app", kr_type=KRType.MILESTONE, start=0, target=1)
    dialog = open_dialog(qtbot, controller, kr.id)
    assert dialog.value_edit is None and dialog.done_check is not None
    assert not dialog.done_check.isChecked() and "0 %" in dialog.preview_label.text()
    assert dialog.expected_label.text() == "done by the end of the cycle (Jun 30, 2026)"
    qtbot.keyClick(dialog.done_check, Qt.Key.Key_Space)
    assert "100 %" in dialog.preview_label.text() and "On track" in dialog.preview_label.text()
    qtbot.keyClick(dialog.done_check, Qt.Key.Key_Return)
    assert [c.value for c in ws.check_ins(kr.id)] == [1]

    dialog = open_dialog(qtbot, controller, kr.id)
    assert dialog.done_check is not None and dialog.done_check.isChecked()  # prefilled: done
    dialog.done_check.setChecked(False)
    dialog.at_edit.setDateTime(dialog.at_edit.maximumDateTime())  # after the first one
    qtbot.keyClick(dialog.done_check, Qt.Key.Key_Return)
    assert sorted(c.value for c in ws.check_ins(kr.id)) == [0, 1]


def test_keep_types_say_what_they_mean_and_prefill_the_last_confidence(
    qtbot: QtBot, controller: Controller
) -> None:
    ws = controller.workspace
    objective = ws.add_objective(ws.cycles()[0].id, "Reliable")
    kr = ws.add_key_result(objective.id, "Uptime", kr_type=KRType.AT_LEAST, start=90, target=95, unit="%")
    ws.record_check_in(kr.id, 96, confidence=3, note="ok", at=datetime(2026, 5, 1, 9, 0))
    dialog = open_dialog(qtbot, controller, kr.id)
    assert dialog.expected_label.text() == "keep at least 95 %"
    assert dialog.confidence_spin.value() == 3 and dialog.band_label.text() == "low"
    assert dialog.last_label.text().startswith("May 1, 2026 09:00")
    assert dialog.value_edit is not None and dialog.value_edit.text() == "96"


def test_without_me_the_dialog_says_the_check_in_is_unsigned(
    qtbot: QtBot, controller: Controller, kr: KeyResult
) -> None:
    dialog = open_dialog(qtbot, controller, kr.id)
    assert "choose who you are in Preferences" in dialog.author_label.text()
