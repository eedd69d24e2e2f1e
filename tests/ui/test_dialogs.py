"""The administration dialogs driven as a user would (keyboard, mouse); results read from the workspace."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from okrdesk.domain.model import CycleState, Owner
from okrdesk.services.workspace import Workspace
from okrdesk.ui import settings
from okrdesk.ui.admin_commands import EditOwner
from okrdesk.ui.controller import Controller
from okrdesk.ui.dialogs.align import AlignToDialog
from okrdesk.ui.dialogs.cycles import CyclesDialog, NewCycleDialog
from okrdesk.ui.dialogs.people import OWNER_ID_ROLE, OWNER_MIME, PeopleTeamsDialog
from okrdesk.ui.dialogs.preferences import PreferencesDialog

TODAY = date(2026, 5, 10)  # the workspace starts with 2026 Q2 (Apr 1 – Jun 30)


def owner_named(workspace: Workspace, name: str) -> Owner | None:
    return next((o for o in workspace.owners() if o.name == name), None)


def show(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


# ---- settings -------------------------------------------------------------------------------------------


def test_me_is_remembered_per_workspace(tmp_path: Path) -> None:
    first, second = tmp_path / "a.okr", tmp_path / "b.okr"
    settings.set_me(first, 4)
    assert settings.me_for(first) == 4
    assert settings.me_for(second) is None
    settings.set_me(first, None)
    assert settings.me_for(first) is None


def test_recent_files_most_recent_first_at_most_ten_existing_only(tmp_path: Path) -> None:
    files = []
    for i in range(12):
        path = tmp_path / f"w{i}.okr"
        path.write_bytes(b"")
        files.append(path)
        settings.add_recent(path)
    settings.add_recent(files[3])
    recent = settings.recent_files()
    assert len(recent) == 10
    assert recent[0] == str(files[3].resolve())
    assert recent[1] == str(files[11].resolve())
    files[11].unlink()
    assert str(files[11].resolve()) not in settings.recent_files()
    settings.remove_recent(files[3])
    assert str(files[3].resolve()) not in settings.recent_files()


# ---- people and teams -----------------------------------------------------------------------------------


def test_add_person_rename_then_undo_removes_it(qtbot: QtBot, controller: Controller) -> None:
    ws = controller.workspace
    sales = ws.add_owner("team", "Sales")
    dialog = show(qtbot, PeopleTeamsDialog(controller))
    dialog.select_owner(sales.id)

    qtbot.mouseClick(dialog.add_person_button, Qt.MouseButton.LeftButton)
    new = owner_named(ws, "New person")
    assert new is not None and new.parent_id == sales.id
    assert dialog.selected_owner() is not None and dialog.selected_owner().id == new.id

    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "Maria Lopez")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert owner_named(ws, "Maria Lopez") is not None
    assert dialog.isVisible()  # Enter committed the field; it did not close the dialog

    controller.undo_stack.undo()  # the rename
    controller.undo_stack.undo()  # the addition
    assert [o.name for o in ws.people()] == []
    assert dialog.model.match(dialog.model.index(0, 0), Qt.ItemDataRole.DisplayRole, "New person") == []

    controller.undo_stack.redo()
    assert owner_named(ws, "New person") is not None
    assert owner_named(ws, "New person").id == new.id  # redo brings back the same person


def test_empty_name_is_refused_inline(qtbot: QtBot, controller: Controller) -> None:
    team = controller.workspace.add_owner("team", "Sales")
    dialog = show(qtbot, PeopleTeamsDialog(controller))
    dialog.select_owner(team.id)

    dialog.name_edit.clear()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    assert dialog.error_label.isVisible()
    assert "cannot be empty" in dialog.error_label.text()
    assert owner_named(controller.workspace, "Sales") is not None
    assert dialog.name_edit.text() == "Sales"  # the form shows the stored name again
    assert controller.undo_stack.count() == 0


def test_delete_person_names_what_goes_with_it_and_undo_restores_ownership(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = controller.workspace
    team = ws.add_owner("team", "Sales")
    maria = ws.add_owner("person", "Maria Lopez", parent_id=team.id)
    cycle = ws.cycles()[0].id
    o1 = ws.add_objective(cycle, "Grow revenue", owner_id=maria.id)
    o2 = ws.add_objective(cycle, "Win customers", owner_id=maria.id)
    kr = ws.add_key_result(o1.id, "Revenue", start=0, target=10, owner_id=maria.id)
    ws.record_check_in(kr.id, 3, author_id=maria.id)
    asked: list[str] = []

    def confirm(self: PeopleTeamsDialog, title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(PeopleTeamsDialog, "confirm", confirm)
    dialog = show(qtbot, PeopleTeamsDialog(controller))
    dialog.select_owner(maria.id)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Delete)

    assert "Maria Lopez owns 2 objectives and 1 key result; they will have no owner." in asked[0]
    assert "1 check-in" in asked[0]
    assert owner_named(ws, "Maria Lopez") is None
    assert ws.objective(o1.id).owner_id is None and ws.objective(o2.id).owner_id is None
    assert dialog.selected_owner() is not None and dialog.selected_owner().id == team.id

    controller.undo_stack.undo()

    assert owner_named(ws, "Maria Lopez") == maria
    assert ws.objective(o1.id).owner_id == maria.id and ws.objective(o2.id).owner_id == maria.id
    assert ws.key_result(kr.id).owner_id == maria.id
    assert ws.check_ins(kr.id)[0].author_id == maria.id
    assert dialog.index_of(maria.id).isValid()  # the dialog followed the undo


def test_cancelled_deletion_changes_nothing(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = controller.workspace.add_owner("person", "Tom")
    monkeypatch.setattr(PeopleTeamsDialog, "confirm", lambda self, title, text: False)
    dialog = show(qtbot, PeopleTeamsDialog(controller))
    dialog.select_owner(person.id)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert owner_named(controller.workspace, "Tom") is not None
    assert controller.undo_stack.count() == 0


def test_deleting_a_team_says_where_its_members_go(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = controller.workspace
    company = ws.add_owner("team", "Acme")
    sales = ws.add_owner("team", "Sales", parent_id=company.id)
    ws.add_owner("person", "Ana", parent_id=sales.id)
    ws.add_owner("person", "Ben", parent_id=sales.id)
    asked: list[str] = []
    monkeypatch.setattr(PeopleTeamsDialog, "confirm", lambda self, title, text: asked.append(text) or True)
    dialog = show(qtbot, PeopleTeamsDialog(controller))
    dialog.select_owner(sales.id)
    assert dialog.delete_selected()
    assert "Sales has 2 people in it; they will move up to Acme." in asked[0]
    assert {o.name: o.parent_id for o in ws.people()} == {"Ana": company.id, "Ben": company.id}


def test_move_person_with_the_team_field_by_keyboard_then_undo(qtbot: QtBot, controller: Controller) -> None:
    ws = controller.workspace
    alpha = ws.add_owner("team", "Alpha")
    beta = ws.add_owner("team", "Beta")
    person = ws.add_owner("person", "Maria", parent_id=alpha.id)
    dialog = show(qtbot, PeopleTeamsDialog(controller))
    dialog.select_owner(person.id)
    assert dialog.team_combo.currentText() == "Alpha"

    qtbot.keyClick(dialog.team_combo, Qt.Key.Key_Down)  # No team, Alpha, Beta: down from Alpha is Beta

    assert owner_named(ws, "Maria").parent_id == beta.id
    parent = dialog.index_of(person.id).parent()
    assert parent.data(OWNER_ID_ROLE) == beta.id  # the tree shows her in her new team
    controller.undo_stack.undo()
    assert owner_named(ws, "Maria").parent_id == alpha.id


def test_team_field_does_not_offer_the_team_itself_or_its_sub_teams(
    qtbot: QtBot, controller: Controller
) -> None:
    ws = controller.workspace
    top = ws.add_owner("team", "Top")
    sub = ws.add_owner("team", "Sub", parent_id=top.id)
    ws.add_owner("team", "Other")
    dialog = show(qtbot, PeopleTeamsDialog(controller))
    dialog.select_owner(top.id)
    offered = [dialog.team_combo.itemText(i) for i in range(dialog.team_combo.count())]
    assert offered == ["Nothing (top level)", "Other"]
    assert sub.id not in [dialog.team_combo.itemData(i) for i in range(dialog.team_combo.count())]


def test_drop_on_a_team_moves_the_person(qtbot: QtBot, controller: Controller) -> None:
    ws = controller.workspace
    alpha = ws.add_owner("team", "Alpha")
    beta = ws.add_owner("team", "Beta")
    person = ws.add_owner("person", "Maria", parent_id=alpha.id)
    dialog = show(qtbot, PeopleTeamsDialog(controller))
    data = dialog.model.mimeData([dialog.index_of(person.id)])
    target = dialog.index_of(beta.id)
    assert dialog.model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target)
    person_index = dialog.index_of(person.id)
    assert not dialog.model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, person_index)

    dialog.model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target)

    qtbot.waitUntil(lambda: owner_named(ws, "Maria").parent_id == beta.id)
    assert controller.undo_stack.count() == 1


def test_drop_of_foreign_data_is_refused(qtbot: QtBot, controller: Controller) -> None:
    dialog = show(qtbot, PeopleTeamsDialog(controller))
    data = QMimeData()
    data.setData(OWNER_MIME, b"not a number")
    assert not dialog.model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, QModelIndex())


def test_rename_in_the_tree_with_f2(qtbot: QtBot, controller: Controller) -> None:
    team = controller.workspace.add_owner("team", "Sales")
    dialog = show(qtbot, PeopleTeamsDialog(controller))
    index = dialog.index_of(team.id)
    dialog.view.setCurrentIndex(index)
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: dialog.view.viewport().findChild(QLineEdit) is not None)
    editor = dialog.view.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Sales & Marketing <b>")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: owner_named(controller.workspace, "Sales & Marketing <b>") is not None)
    assert dialog.index_of(team.id).data() == "Sales & Marketing <b>"


# ---- cycles ---------------------------------------------------------------------------------------------


def test_new_cycle_defaults_to_the_quarter_after_the_last_one(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = show(qtbot, NewCycleDialog(None, workspace, today=TODAY))
    assert dialog.preset_combo.currentText() == "Quarter"
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values() == ("2026 Q3", date(2026, 7, 1), date(2026, 9, 30), "planning")


def test_new_cycle_from_the_year_preset_by_keyboard(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = show(qtbot, NewCycleDialog(None, workspace, today=TODAY))
    qtbot.keyClicks(dialog.preset_combo, "Year")
    assert dialog.values()[:3] == ("2026", date(2026, 1, 1), date(2026, 12, 31))
    qtbot.keyClicks(dialog.state_combo, "Active")
    assert dialog.values()[3] == "active"


def test_editing_a_date_switches_to_custom_and_keeps_the_dates(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = show(qtbot, NewCycleDialog(None, workspace, today=TODAY))
    dialog.end_edit.setDate(dialog.end_edit.date().addDays(14))
    assert dialog.preset_combo.currentText() == "Custom dates"
    assert not dialog.anchor_edit.isEnabled()
    assert dialog.values()[1:3] == (date(2026, 7, 1), date(2026, 10, 14))


def test_a_cycle_that_ends_before_it_starts_cannot_be_created(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = show(qtbot, NewCycleDialog(None, workspace, today=TODAY))
    qtbot.keyClicks(dialog.preset_combo, "Custom")
    dialog.start_edit.setDate(dialog.end_edit.date().addDays(1))

    assert dialog.error_label.isVisible()
    assert "The cycle ends before it starts" in dialog.error_label.text()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted


def test_a_taken_cycle_name_is_refused_inline(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = show(qtbot, NewCycleDialog(None, workspace, today=TODAY))
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "2026 q2")
    assert "already a cycle named '2026 Q2'" in dialog.error_label.text()
    assert not dialog.ok_button.isEnabled()


def test_new_cycle_is_created_and_undone(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    values = ("2026 Q3", date(2026, 7, 1), date(2026, 9, 30), "planning")
    monkeypatch.setattr(NewCycleDialog, "ask", classmethod(lambda cls, parent, workspace: values))
    dialog = show(qtbot, CyclesDialog(controller))
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)

    created = controller.workspace.cycle_by_name("2026 Q3")
    assert (created.start, created.end, created.state) == (date(2026, 7, 1), date(2026, 9, 30), "planning")
    assert dialog.selected_cycle() == created
    assert dialog.list.topLevelItemCount() == 2

    controller.undo_stack.undo()
    assert [c.name for c in controller.workspace.cycles()] == ["2026 Q2"]
    assert dialog.list.topLevelItemCount() == 1
    controller.undo_stack.redo()
    assert controller.workspace.cycle_by_name("2026 Q3").id == created.id


def test_deleting_a_cycle_with_objectives_shows_why_not(qtbot: QtBot, controller: Controller) -> None:
    ws = controller.workspace
    cycle = ws.cycles()[0]
    ws.add_objective(cycle.id, "Grow")
    dialog = show(qtbot, CyclesDialog(controller))
    assert dialog.list.topLevelItem(0).text(3) == "1"
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert "still holds 1 objective" in dialog.error_label.text()
    assert ws.cycle(cycle.id) == cycle


def test_delete_empty_cycle_then_undo_restores_it(qtbot: QtBot, controller: Controller) -> None:
    ws = controller.workspace
    extra = ws.add_cycle("Sprint 1", date(2026, 5, 1), date(2026, 5, 14), "active")
    dialog = show(qtbot, CyclesDialog(controller))
    dialog.select_cycle(extra.id)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert extra.id not in {c.id for c in ws.cycles()}
    controller.undo_stack.undo()
    assert ws.cycle(extra.id) == extra


def test_rename_and_change_state_of_a_cycle(qtbot: QtBot, controller: Controller) -> None:
    ws = controller.workspace
    cycle = ws.cycles()[0]
    dialog = show(qtbot, CyclesDialog(controller))
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "Spring")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.state_combo, "Closed")
    assert ws.cycle(cycle.id).name == "Spring"
    assert ws.cycle(cycle.id).state == CycleState.CLOSED
    assert dialog.list.topLevelItem(0).text(2) == "Closed"
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert ws.cycle(cycle.id) == cycle


def test_changing_dates_to_invalid_ones_is_refused_inline(qtbot: QtBot, controller: Controller) -> None:
    cycle = controller.workspace.cycles()[0]
    dialog = show(qtbot, CyclesDialog(controller))
    dialog.end_edit.setDate(dialog.start_edit.date().addDays(-1))
    qtbot.mouseClick(dialog.dates_button, Qt.MouseButton.LeftButton)
    assert "ends before it starts" in dialog.error_label.text()
    assert controller.workspace.cycle(cycle.id) == cycle


# ---- preferences ----------------------------------------------------------------------------------------


def test_preferences_store_me_and_staleness(qtbot: QtBot, controller: Controller) -> None:
    ws = controller.workspace
    team = ws.add_owner("team", "Sales")
    maria = ws.add_owner("person", "Maria Lopez", parent_id=team.id)
    dialog = show(qtbot, PreferencesDialog(controller))
    assert dialog.me_combo.currentText() == "Nobody chosen"
    assert dialog.stale_spin.value() == 7

    qtbot.keyClicks(dialog.me_combo, "Maria")
    dialog.stale_spin.selectAll()
    qtbot.keyClicks(dialog.stale_spin, "14")
    with qtbot.waitSignal(controller.changed):
        dialog.accept()

    assert settings.me_for(ws.path) == maria.id
    assert ws.setting("checkin_stale_days") == "14"
    assert settings.stale_days(ws) == 14
    again = show(qtbot, PreferencesDialog(controller))
    assert again.me_combo.currentText() == "Maria Lopez (Sales)"
    assert again.stale_spin.value() == 14


# ---- align to -------------------------------------------------------------------------------------------


@pytest.fixture
def aligned(workspace: Workspace) -> dict[str, int]:
    quarter = workspace.cycles()[0].id
    year = workspace.add_cycle("2026", date(2026, 1, 1), date(2026, 12, 31)).id
    later = workspace.add_cycle("2026 H2", date(2026, 7, 1), date(2026, 12, 31)).id
    boss = workspace.add_owner("person", "Ada")
    ids = {"yearly": workspace.add_objective(year, "Yearly growth", owner_id=boss.id).id}
    ids["a"] = workspace.add_objective(quarter, "Alpha").id
    ids["b"] = workspace.add_objective(quarter, "Beta", parent_id=ids["a"]).id
    ids["c"] = workspace.add_objective(quarter, "Gamma", parent_id=ids["b"]).id
    ids["d"] = workspace.add_objective(quarter, "Delta").id
    ids["h2"] = workspace.add_objective(later, "Later").id
    return ids


def offered(dialog: AlignToDialog, visible_only: bool = False) -> list[int | None]:
    items = [dialog.list.item(row) for row in range(dialog.list.count())]
    return [i.data(Qt.ItemDataRole.UserRole + 1) for i in items if not (visible_only and i.isHidden())]


def test_align_offers_no_descendants_and_only_enclosing_cycles(
    qtbot: QtBot, workspace: Workspace, aligned: dict[str, int]
) -> None:
    dialog = show(qtbot, AlignToDialog(None, workspace, aligned["a"]))
    assert offered(dialog) == [None, aligned["d"], aligned["yearly"]]
    assert dialog.chosen_parent() is None
    assert "2 objectives that already contribute" in dialog.note_label.text()
    assert "Yearly growth — 2026, Ada" in [dialog.list.item(r).text() for r in range(dialog.list.count())]


def test_align_preselects_the_current_parent(
    qtbot: QtBot, workspace: Workspace, aligned: dict[str, int]
) -> None:
    dialog = show(qtbot, AlignToDialog(None, workspace, aligned["c"]))
    assert dialog.chosen_parent() == aligned["b"]
    assert set(offered(dialog)) == {None, aligned["a"], aligned["b"], aligned["d"], aligned["yearly"]}
    assert dialog.note_label.isHidden()


def test_align_type_to_filter_and_enter(qtbot: QtBot, workspace: Workspace, aligned: dict[str, int]) -> None:
    dialog = show(qtbot, AlignToDialog(None, workspace, aligned["a"]))
    qtbot.keyClicks(dialog.search, "ada")
    assert offered(dialog, visible_only=True) == [None, aligned["yearly"]]
    assert dialog.chosen_parent() == aligned["yearly"]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_parent() == aligned["yearly"]


def test_align_arrow_keys_from_the_filter_box(
    qtbot: QtBot, workspace: Workspace, aligned: dict[str, int]
) -> None:
    dialog = show(qtbot, AlignToDialog(None, workspace, aligned["a"]))
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.chosen_parent() == aligned["d"]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Up)
    assert dialog.chosen_parent() is None


def test_align_no_match_says_so(qtbot: QtBot, workspace: Workspace, aligned: dict[str, int]) -> None:
    dialog = show(qtbot, AlignToDialog(None, workspace, aligned["a"]))
    qtbot.keyClicks(dialog.search, "zzz")
    assert dialog.empty_label.isVisible()
    assert offered(dialog, visible_only=True) == [None]


def test_align_ask_returns_the_choice(
    qtbot: QtBot, workspace: Workspace, aligned: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    def fake_exec(self: AlignToDialog) -> int:
        self.list.setCurrentRow(2)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AlignToDialog, "exec", fake_exec)
    assert AlignToDialog.ask(None, workspace, aligned["a"]) == (True, aligned["yearly"])
    monkeypatch.setattr(AlignToDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert AlignToDialog.ask(None, workspace, aligned["a"]) == (False, None)


def test_a_closed_dialog_goes_away_and_later_edits_still_work(qtbot: QtBot, controller: Controller) -> None:
    for dialog in (PeopleTeamsDialog(controller), CyclesDialog(controller)):
        dialog.show()
        with qtbot.waitSignal(dialog.destroyed):
            dialog.close()
    controller.workspace.add_owner("team", "Sales")
    team = owner_named(controller.workspace, "Sales")
    assert controller.execute(EditOwner(controller, team.id, name="Sales EU"))
    controller.undo_stack.undo()
    assert owner_named(controller.workspace, "Sales") is not None
