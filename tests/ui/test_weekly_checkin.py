"""The weekly check-in round: one owner's key results on one form, saved as one undo step."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from okrdesk.domain.model import KeyResult, KRType, Owner
from okrdesk.services.workspace import Workspace
from okrdesk.ui.controller import Controller
from okrdesk.ui.dialogs.weekly import WeeklyCheckInDialog, summary_text

TODAY = date(2026, 5, 10)  # in 2026 Q2 (Apr 1 – Jun 30)


@dataclass
class Team:
    maria: Owner
    ken: Owner
    growth: Owner
    members: KeyResult  # Maria's through her objective
    posts: KeyResult  # Maria's through her objective
    launch: KeyResult  # Maria's own, in Ken's objective
    ken_kr: KeyResult  # Ken's own, in Maria's objective
    team_kr: KeyResult  # the team's through its objective


@pytest.fixture
def team(workspace: Workspace) -> Team:
    ws = workspace
    q2 = ws.cycles()[0].id
    growth = ws.add_owner("team", "Growth")
    maria = ws.add_owner("person", "Maria Lopez", parent_id=growth.id)
    ken = ws.add_owner("person", "Ken Ito", parent_id=growth.id)
    community = ws.add_objective(q2, "Grow the community", owner_id=maria.id)
    members = ws.add_key_result(community.id, "Members", start=0, target=100, unit="members")
    posts = ws.add_key_result(community.id, "Posts a week", start=10, target=50)
    ken_kr = ws.add_key_result(community.id, "Events", start=0, target=4, owner_id=ken.id)
    app = ws.add_objective(q2, "Ship the app", owner_id=ken.id)
    launch = ws.add_key_result(
        app.id, "Launch", kr_type=KRType.MILESTONE, start=0, target=1, owner_id=maria.id
    )
    brand = ws.add_objective(q2, "Be known", owner_id=growth.id)
    team_kr = ws.add_key_result(brand.id, "Press mentions", start=0, target=20)
    q3 = ws.add_cycle("2026 Q3", date(2026, 7, 1), date(2026, 9, 30))
    later = ws.add_objective(q3.id, "Next quarter", owner_id=maria.id)
    ws.add_key_result(later.id, "Not this cycle", start=0, target=1)
    ws.record_check_in(posts.id, 20, confidence=6, note="<b>slow</b> week", at=datetime(2026, 5, 1, 9, 0))
    return Team(maria, ken, growth, members, posts, launch, ken_kr, team_kr)


def open_round(qtbot: QtBot, controller: Controller, owner: Owner | None) -> WeeklyCheckInDialog:
    owner_id = owner.id if owner is not None else None
    dialog = WeeklyCheckInDialog(controller, owner_id=owner_id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def titles(dialog: WeeklyCheckInDialog) -> list[str]:
    return [row.kr.title for row in dialog.rows]


def test_fill_two_skip_one_saves_two_check_ins_as_one_undo_step(
    qtbot: QtBot, controller: Controller, team: Team
) -> None:
    ws = controller.workspace
    dialog = open_round(qtbot, controller, team.maria)
    assert titles(dialog) == ["Members", "Posts a week", "Launch"]
    members, posts, launch = dialog.rows
    assert dialog.focusWidget() is members.field

    qtbot.keyClicks(members.field, "25")
    qtbot.keyClick(members.field, Qt.Key.Key_Return)  # Enter: on to the next value
    assert dialog.focusWidget() is posts.field
    qtbot.keyClick(posts.field, Qt.Key.Key_Return)  # left empty: skipped
    assert dialog.focusWidget() is launch.field
    qtbot.keyClicks(launch.field, "done")  # the milestone's choice, typed
    qtbot.keyClicks(launch.note_edit, "Shipped to the stores")
    qtbot.keyClick(launch.note_edit, Qt.Key.Key_Return)  # from the last row: Save
    assert dialog.focusWidget() is dialog.save_button
    assert dialog.status_label.text().startswith("2 of 3")

    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.recorded_count == 2
    assert dialog.status_label.text() == "2 of 3 key results checked in"
    [member_check_in] = ws.check_ins(team.members.id)
    [launch_check_in] = ws.check_ins(team.launch.id)
    assert member_check_in.value == 25 and member_check_in.author_id == team.maria.id
    assert (launch_check_in.value, launch_check_in.note) == (1, "Shipped to the stores")
    assert member_check_in.at == launch_check_in.at and member_check_in.at.date() == TODAY
    assert [c.value for c in ws.check_ins(team.posts.id)] == [20]  # skipped: untouched

    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert ws.check_ins(team.members.id) == [] and ws.check_ins(team.launch.id) == []
    assert ws.key_result(team.members.id).current == 0
    assert [c.value for c in ws.check_ins(team.posts.id)] == [20]


def test_rows_show_last_value_note_and_expected_pace(
    qtbot: QtBot, controller: Controller, team: Team
) -> None:
    dialog = open_round(qtbot, controller, team.maria)
    posts = dialog.rows[1]
    assert posts.confidence.value() == 6  # the last confidence, prefilled
    texts = [label.text() for label in dialog.scroll_area.widget().findChildren(type(dialog.status_label))]
    assert "Last: 20 on May 1, 2026" in texts
    assert "<b>slow</b> week" in texts  # the last note, literally
    assert "27.3" in texts  # posts expected by May 10: 10 + 39/90 of 40
    assert "due" in texts  # members: no check-in since the cycle began


def test_switching_owner_lists_that_owners_key_results(
    qtbot: QtBot, controller: Controller, team: Team
) -> None:
    dialog = open_round(qtbot, controller, team.maria)
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData(team.ken.id))
    assert titles(dialog) == ["Events"]
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData(team.growth.id))
    assert titles(dialog) == ["Press mentions"]
    assert dialog.owner_combo.currentText() == "Growth (team)"


def test_switching_owner_asks_before_dropping_what_was_typed(
    qtbot: QtBot, controller: Controller, team: Team
) -> None:
    dialog = open_round(qtbot, controller, team.maria)
    before = titles(dialog)
    first = dialog.rows[0]
    assert first.value_edit is not None
    first.value_edit.setText("12")
    asked: list[bool] = []
    dialog.confirm_discard = lambda: asked.append(True) or False  # type: ignore[method-assign]
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData(team.ken.id))
    assert asked == [True]
    assert dialog.owner_combo.currentData() == team.maria.id  # kept: the user said no
    assert titles(dialog) == before and dialog.rows[0].value_edit.text() == "12"  # type: ignore[union-attr]
    dialog.confirm_discard = lambda: True  # type: ignore[method-assign]
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData(team.ken.id))
    assert titles(dialog) == ["Events"]


def test_a_bad_number_disables_save_and_is_explained_in_its_row(
    qtbot: QtBot, controller: Controller, team: Team
) -> None:
    ws = controller.workspace
    dialog = open_round(qtbot, controller, team.maria)
    members, posts, _ = dialog.rows
    qtbot.keyClicks(members.field, "30")
    qtbot.keyClicks(posts.field, "12x")
    assert posts.problem.isVisible() and "not a number" in posts.problem.text()
    assert not members.problem.isVisible()
    assert not dialog.save_button.isEnabled()
    dialog.accept()  # even if forced: nothing is written
    assert dialog.isVisible() and ws.check_ins(team.members.id) == []

    posts.field.clear()  # type: ignore[attr-defined]
    assert dialog.save_button.isEnabled() and not posts.problem.isVisible()


def test_far_value_warns_and_a_note_without_value_is_a_problem(
    qtbot: QtBot, controller: Controller, team: Team
) -> None:
    dialog = open_round(qtbot, controller, team.maria)
    members, posts, _ = dialog.rows
    qtbot.keyClicks(members.field, "1000")
    assert members.warning.isVisible() and "a typo?" in members.warning.text()
    assert dialog.save_button.isEnabled()
    qtbot.keyClicks(posts.note_edit, "We paused")
    assert posts.problem.isVisible() and not dialog.save_button.isEnabled()


def test_saving_with_nothing_filled_says_so(qtbot: QtBot, controller: Controller, team: Team) -> None:
    dialog = open_round(qtbot, controller, team.maria)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Nothing to record" in dialog.error_label.text()
    assert controller.undo_stack.count() == 0


def test_a_key_result_deleted_meanwhile_is_pointed_out(
    qtbot: QtBot, controller: Controller, team: Team
) -> None:
    ws = controller.workspace
    dialog = open_round(qtbot, controller, team.maria)
    members, posts, _ = dialog.rows
    qtbot.keyClicks(members.field, "30")
    qtbot.keyClicks(posts.field, "25")
    ws.delete_key_result(team.posts.id)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "no longer exists" in dialog.error_label.text()
    assert "deleted" in posts.problem.text() and not dialog.save_button.isEnabled()
    assert ws.check_ins(team.members.id) == []  # all or nothing

    posts.field.clear()  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [c.value for c in ws.check_ins(team.members.id)] == [30]


def test_empty_states(qtbot: QtBot, controller: Controller, team: Team) -> None:
    ws = controller.workspace
    loner = ws.add_owner("person", "Aaron Nobody")
    dialog = open_round(qtbot, controller, None)  # "me" unknown: someone with key results, not the loner
    assert dialog.owner_combo.currentData() != loner.id
    assert dialog.rows
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData(loner.id))
    assert dialog.rows == [] and dialog.empty_label.isVisible()
    assert "Aaron Nobody has no key results in 2026 Q2." in dialog.empty_label.text()
    assert "Preferences" in dialog.empty_label.text()


def test_summary_text() -> None:
    assert summary_text(3, 7) == "3 of 7 key results checked in"
    assert summary_text(1, 1) == "1 of 1 key result checked in"
