"""The retrospective wizard walked as a facilitator would: on the sample workspace, next, fill, override,
back, cancel, finish; the stored result is checked through the service."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDoubleSpinBox, QLineEdit, QWizard

from okrdesk.domain.model import CarryDecision, CycleState
from okrdesk.services.retro import read_retrospective
from okrdesk.services.workspace import Workspace
from okrdesk.ui.controller import Controller
from okrdesk.ui.retro import score_page as score_module
from okrdesk.ui.retro.carry_page import DECISION, NEW_TARGET
from okrdesk.ui.retro.scope_page import KR_ID_ROLE
from okrdesk.ui.retro.wizard import RetroWizard

TODAY = date(2026, 11, 21)
HOSTILE = "<b>bold</b> <img src=x> =SUM(A1) مرحبا 🎉"


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = Workspace.create(tmp_path / "team.okr", sample=True, today=TODAY)
    yield workspace
    workspace.close()


@pytest.fixture
def controller(ws: Workspace) -> Controller:
    return Controller(ws)


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def open_wizard(qtbot, controller: Controller, cycle_name: str = "2026 Q4") -> RetroWizard:
    wizard = RetroWizard(controller, controller.workspace.cycle_by_name(cycle_name).id, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.resize(1180, 780)
    wizard.show()
    return wizard


def can_go_on(wizard: RetroWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def kr_by_title(ws: Workspace, title: str):
    tree = ws.cycle_tree(ws.cycle_by_name("2026 Q4").id)
    return next(kr for kr in tree.key_results if kr.title == title)


def edit_cell(qtbot, page, kr_id: int, column: int, value: object) -> None:
    """Types into a score or reason cell through its real editor and presses Enter."""
    cell = page._kr_items[kr_id][column].index()
    page.view.setCurrentIndex(cell)
    page.view.edit(cell)
    editor = page.view.indexWidget(cell)
    if isinstance(editor, QDoubleSpinBox):
        editor.setValue(float(value))
    else:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(value))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes the editor on the next turn of the event loop.
    qtbot.waitUntil(lambda: page.view.state() != QAbstractItemView.State.EditingState)


def test_the_whole_walk_stores_scores_reflections_needs_and_carries(
    qtbot, ws: Workspace, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = open_wizard(qtbot, controller)
    scope = wizard.scope_page
    # 1. What is missing: five key results without a check-in for two weeks, one objective without any.
    assert scope.missing.topLevelItemCount() == 5
    assert "Explore a gear rental service" in scope.empty_label.text()
    staff = kr_by_title(ws, "Cut staff turnover by 10%")

    def check_in_now(parent, ctl, kr_id, author_id=None) -> bool:
        ctl.workspace.record_check_in(kr_id, 17.0, confidence=6, at=datetime(2026, 11, 21, 9, 0))
        return True

    from okrdesk.ui.dialogs import checkin

    monkeypatch.setattr(checkin.CheckInDialog, "ask", staticmethod(check_in_now))
    row = next(
        i
        for i in range(scope.missing.topLevelItemCount())
        if scope.missing.topLevelItem(i).data(0, KR_ID_ROLE) == staff.id
    )
    scope.missing.setCurrentItem(scope.missing.topLevelItem(row))
    scope.check_in_button.click()
    assert scope.missing.topLevelItemCount() == 4  # checked in right there: no longer missing
    assert can_go_on(wizard)

    # 2. Scores: an override needs a reason before Next; the objective's score follows live.
    wizard.next()
    page = wizard.score_page
    assert wizard.currentPage() is page
    staff = kr_by_title(ws, "Cut staff turnover by 10%")  # its value is the new check-in's now
    objective_cells = page._objective_items[staff.objective_id]
    before = objective_cells[score_module.SCORE].text()
    edit_cell(qtbot, page, staff.id, score_module.SCORE, 0.9)
    assert page._kr_items[staff.id][score_module.SCORE].text().startswith("0.9 · delivered")
    assert "say why" in page._kr_items[staff.id][score_module.REASON].text()
    assert not can_go_on(wizard)
    assert objective_cells[score_module.SCORE].text() != before
    edit_cell(qtbot, page, staff.id, score_module.REASON, HOSTILE)
    assert can_go_on(wizard)
    assert page._kr_items[staff.id][score_module.REASON].text() == HOSTILE  # plain, not rendered
    headings = [page.model.item(r, 0).text() for r in range(page.model.rowCount())]
    assert headings == [
        "Committed objectives · expected to reach 1.0",
        "Aspirational objectives · expected around 0.7",
    ]

    # 3. Reflect, and a development need.
    wizard.next()
    reflect = wizard.reflect_page
    items = [reflect.objectives.item(i) for i in range(reflect.objectives.count())]
    target = next(i for i in items if i.data(Qt.ItemDataRole.UserRole + 1) == staff.objective_id)
    reflect.objectives.setCurrentItem(target)
    reflect.editors["went_well"].setPlainText(HOSTILE + "\nsecond line")
    reflect.editors["lessons"].setPlainText("Ask earlier")
    assert target.text().startswith("✎ ")
    priya = next(o for o in ws.owners() if o.name == "Priya Raman")
    need_row = next(
        r for r in range(reflect.needs.rowCount()) if reflect.needs.item(r, 0).text() == "Priya Raman"
    )
    reflect.needs.item(need_row, 1).setText("time management")

    # 4. Calibrate: a sentence per owner and the chart.
    wizard.next()
    calibrate = wizard.calibrate_page
    sentences = [calibrate.sentences.item(i).text() for i in range(calibrate.sentences.count())]
    assert sentences
    assert all(("on average" in s) or ("well calibrated" in s) for s in sentences)
    assert calibrate.chart_view is not None

    # 5. Carry over: into a new cycle; a bad new cycle stops Next.
    wizard.next()
    carry = wizard.carry_page
    assert carry.target_combo.currentText() == "A new cycle…"
    assert carry.name_edit.text() == "2027 Q1"
    referrals = kr_by_title(ws, "Grow referrals from 150 to 300 a month")
    churn = kr_by_title(ws, "Reduce monthly customer churn from 8% to 5%")
    rows = {kr.id: i for i, kr in enumerate(carry._rows)}
    combo = carry.table.cellWidget(rows[referrals.id], DECISION)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(CarryDecision.CARRY))
    churn_combo = carry.table.cellWidget(rows[churn.id], DECISION)
    churn_combo.setCurrentIndex(churn_combo.findData(CarryDecision.CARRY_CHANGED))
    new_target = carry.table.cellWidget(rows[churn.id], NEW_TARGET)
    assert new_target.isEnabled()
    qtbot.keyClicks(new_target, "x")  # "5x" is not a number
    assert not can_go_on(wizard)
    assert "is not a number" in carry.error.text()
    new_target.clear()
    qtbot.keyClicks(new_target, "4")
    assert can_go_on(wizard)
    carry.end_edit.setDate(carry.start_edit.date().addDays(-1))
    assert not can_go_on(wizard)
    assert "ends before it starts" in carry.error.text()
    carry.end_edit.setDate(carry.start_edit.date().addMonths(3).addDays(-1))
    assert can_go_on(wizard)

    # Back twice and forward again: nothing typed is lost.
    wizard.back()
    wizard.back()
    assert wizard.currentPage() is reflect
    reflect.objectives.setCurrentItem(target)
    assert reflect.editors["went_well"].toPlainText() == HOSTILE + "\nsecond line"
    wizard.back()
    assert page._kr_items[staff.id][score_module.REASON].text() == HOSTILE
    for _ in range(3):
        wizard.next()
    assert wizard.currentPage() is carry
    assert carry.table.cellWidget(rows[referrals.id], DECISION).currentData() == CarryDecision.CARRY

    # 6. Summary, then Finish.
    wizard.next()
    summary = wizard.summary_page
    text = summary.report.toPlainText()
    assert "Mean score by team" in text and "Check-in discipline" in text
    assert HOSTILE in text  # the override reason, literally
    assert "<img" not in summary.report.toHtml().replace("&lt;img", "")
    assert "closes 2026 Q4" in summary.finish_note.text()
    summary.summary.setPlainText("A hard quarter, well learned.")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.stored is not None
    assert not wizard.isVisible()

    q4 = ws.cycle_by_name("2026 Q4")
    stored = read_retrospective(ws, q4.id)
    assert stored is not None and stored.summary == "A hard quarter, well learned."
    entry = next(e for e in stored.scores if e.key_result_id == staff.id)
    assert (entry.score, entry.reason) == (0.9, HOSTILE)
    reflection = next(r for r in stored.reflections if r.objective_id == staff.objective_id)
    assert (reflection.went_well, reflection.lessons) == (HOSTILE + "\nsecond line", "Ask earlier")
    assert [(n.person_id, n.need) for n in stored.needs] == [(priya.id, "time management")]
    assert q4.state == CycleState.CLOSED
    new_cycle = ws.cycle_by_name("2027 Q1")
    carried = {c.key_result_id: c for c in stored.carry_overs if c.decision != CarryDecision.DROP}
    assert set(carried) == {referrals.id, churn.id}
    for old in (referrals, churn):
        new = ws.key_result(carried[old.id].new_key_result_id)
        assert new.carried_from_id == old.id
        assert new.start == old.current  # starts where the old one stands
        assert new.owner_id == old.owner_id
        assert ws.objective(new.objective_id).cycle_id == new_cycle.id
    assert ws.key_result(carried[churn.id].new_key_result_id).target == 4.0
    assert ws.key_result(carried[referrals.id].new_key_result_id).target == referrals.target
    assert list((ws.path.parent / "backups").glob("team-before-retro-2026-q4-*.okr"))
    assert controller.undo_stack.count() == 0


def test_cancel_writes_nothing(qtbot, ws: Workspace, controller: Controller) -> None:
    before = dump(ws.path)
    wizard = open_wizard(qtbot, controller)
    wizard.next()
    staff = kr_by_title(ws, "Cut staff turnover by 10%")
    edit_cell(qtbot, wizard.score_page, staff.id, score_module.SCORE, 1.0)
    edit_cell(qtbot, wizard.score_page, staff.id, score_module.REASON, "because")
    for _ in range(4):
        wizard.next()
    wizard.summary_page.summary.setPlainText("never saved")
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert wizard.stored is None
    assert dump(ws.path) == before
    assert not (ws.path.parent / "backups").exists()


def test_a_cycle_without_objectives_cannot_be_looked_back_on(
    qtbot, ws: Workspace, controller: Controller
) -> None:
    ws.add_cycle("2027 Q1", date(2027, 1, 1), date(2027, 3, 31))
    wizard = open_wizard(qtbot, controller, "2027 Q1")
    assert "2027 Q1 has no objectives" in wizard.scope_page.error.text()
    assert not can_go_on(wizard)
    # Choosing a cycle with objectives lets the meeting go on.
    combo = wizard.scope_page.cycle_combo
    combo.setCurrentIndex(combo.findData(ws.cycle_by_name("2026 Q4").id))
    assert can_go_on(wizard)


def test_a_team_scope_shows_its_part_and_keeps_the_cycle_open(
    qtbot, ws: Workspace, controller: Controller
) -> None:
    wizard = open_wizard(qtbot, controller)
    combo = wizard.scope_page.scope_combo
    people_ops = next(o.id for o in ws.owners() if o.name == "People & Operations")
    combo.setCurrentIndex(combo.findData(people_ops))
    assert "9 key results" in wizard.scope_page.counts_label.text()
    for _ in range(5):
        wizard.next()
    assert "keeps 2026 Q4 open" in wizard.summary_page.finish_note.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert ws.cycle_by_name("2026 Q4").state == CycleState.ACTIVE
    stored = read_retrospective(ws, ws.cycle_by_name("2026 Q4").id)
    assert stored is not None and len(stored.scores) == 9


def test_reopening_edits_the_stored_retrospective_and_never_carries_twice(
    qtbot, ws: Workspace, controller: Controller
) -> None:
    referrals = kr_by_title(ws, "Grow referrals from 150 to 300 a month")
    wizard = open_wizard(qtbot, controller)
    for _ in range(4):
        wizard.next()
    carry = wizard.carry_page
    rows = {kr.id: i for i, kr in enumerate(carry._rows)}
    combo = carry.table.cellWidget(rows[referrals.id], DECISION)
    combo.setCurrentIndex(combo.findData(CarryDecision.CARRY))
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    first = read_retrospective(ws, ws.cycle_by_name("2026 Q4").id)
    new_id = next(c.new_key_result_id for c in first.carry_overs if c.key_result_id == referrals.id)

    again = open_wizard(qtbot, controller)
    assert "finishing again replaces it" in again.scope_page.stored_label.text()
    for _ in range(4):
        again.next()
    rows = {kr.id: i for i, kr in enumerate(again.carry_page._rows)}
    locked = again.carry_page.table.cellWidget(rows[referrals.id], DECISION)
    assert not locked.isEnabled() and f"KR-{new_id}" in locked.currentText()
    again.next()
    again.button(QWizard.WizardButton.FinishButton).click()
    assert again.stored is not None
    carried = ws.carried_key_results([referrals.id])[referrals.id]
    assert carried == [new_id]  # still one carried copy


def test_a_refused_finish_says_why_and_keeps_the_wizard_open(
    qtbot, ws: Workspace, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    from okrdesk.ui.retro import wizard as wizard_module

    said: list[str] = []
    monkeypatch.setattr(
        wizard_module.QMessageBox, "warning", staticmethod(lambda parent, title, text: said.append(text))
    )
    before = dump(ws.path)
    wizard = open_wizard(qtbot, controller)
    for _ in range(5):
        wizard.next()
    ws.add_cycle("2027 Q1", date(2027, 1, 1), date(2027, 3, 31))  # taken meanwhile, by someone else
    carry_state = wizard.state
    carry_state.carries[
        kr_by_title(ws, "Grow referrals from 150 to 300 a month").id
    ].decision = CarryDecision.CARRY
    carry_state.target_cycle_id = 0
    wizard.accept()
    assert wizard.stored is None and wizard.isVisible()
    assert said and "There is already a cycle named '2027 Q1'" in said[0]
    after = dump(ws.path)
    assert len(after) == len(before) + 1  # only the cycle added meanwhile


def test_switching_cycles_keeps_each_cycles_stored_retrospective_and_summary(
    qtbot, ws: Workspace, controller: Controller
) -> None:
    from okrdesk.services.retro import Retrospective, finish_retrospective

    annual = ws.cycle_by_name("2026").id
    finish_retrospective(ws, Retrospective(cycle_id=annual, summary="ANNUAL SUMMARY"))
    wizard = open_wizard(qtbot, controller)
    combo = wizard.scope_page.cycle_combo
    combo.setCurrentIndex(combo.findData(annual))
    assert "finishing again replaces it" in wizard.scope_page.stored_label.text()
    combo.setCurrentIndex(combo.findData(ws.cycle_by_name("2026 Q4").id))
    assert wizard.scope_page.stored_label.text() == ""  # Q4 has none
    for _ in range(5):
        wizard.next()
    assert wizard.summary_page.summary.toPlainText() == ""
    wizard.button(QWizard.WizardButton.FinishButton).click()
    q4 = read_retrospective(ws, ws.cycle_by_name("2026 Q4").id)
    assert q4 is not None and q4.summary == ""
    assert read_retrospective(ws, annual).summary == "ANNUAL SUMMARY"


def test_reopening_after_a_newer_check_in_follows_the_new_suggestion(
    qtbot, ws: Workspace, controller: Controller
) -> None:
    wizard = open_wizard(qtbot, controller)
    for _ in range(5):
        wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    churn = kr_by_title(ws, "Reduce monthly customer churn from 8% to 5%")
    ws.record_check_in(churn.id, 5.0, at=datetime(2026, 11, 21, 9, 30))  # target reached since
    again = open_wizard(qtbot, controller)
    again.next()
    cells = again.score_page._kr_items[churn.id]
    assert cells[score_module.SCORE].text() == "1.0 · delivered"  # not a change the user never made
    assert can_go_on(again)


def test_user_text_in_tooltips_is_shown_literally(qtbot, ws: Workspace, controller: Controller) -> None:
    wizard = open_wizard(qtbot, controller)
    wizard.next()
    page = wizard.score_page
    staff = kr_by_title(ws, "Cut staff turnover by 10%")
    page.set_score(staff, 1.0)
    page.set_reason(staff, "<b>bold</b> <img src=x>")
    tooltip = page._kr_items[staff.id][score_module.REASON].toolTip()
    assert "&lt;b&gt;bold&lt;/b&gt; &lt;img src=x&gt;" in tooltip and "<img" not in tooltip


def test_the_carry_target_follows_the_cycle_looked_back_on(
    qtbot, ws: Workspace, controller: Controller
) -> None:
    ws.add_cycle("2027 Q1", date(2027, 1, 1), date(2027, 3, 31))
    wizard = open_wizard(qtbot, controller)
    for _ in range(4):
        wizard.next()
    assert wizard.carry_page.target_combo.currentText().startswith("2027 Q1")  # the next quarter exists
    for _ in range(4):
        wizard.back()
    combo = wizard.scope_page.cycle_combo
    combo.setCurrentIndex(combo.findData(ws.cycle_by_name("2026").id))
    for _ in range(4):
        wizard.next()
    carry = wizard.carry_page
    assert carry.target_combo.currentText() == "A new cycle…"  # nothing follows the year 2026 yet
    assert carry.name_edit.text() == "2027"
    carry._set_all(CarryDecision.CARRY)
    assert can_go_on(wizard), carry.error.text()


def test_a_cleared_title_and_an_early_new_cycle_are_refused(
    qtbot, ws: Workspace, controller: Controller
) -> None:
    wizard = open_wizard(qtbot, controller)
    for _ in range(4):
        wizard.next()
    carry = wizard.carry_page
    churn = kr_by_title(ws, "Reduce monthly customer churn from 8% to 5%")
    row = next(i for i, kr in enumerate(carry._rows) if kr.id == churn.id)
    combo = carry.table.cellWidget(row, DECISION)
    combo.setCurrentIndex(combo.findData(CarryDecision.CARRY_CHANGED))
    title = carry.table.cellWidget(row, 3)
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    assert not can_go_on(wizard)
    assert "cannot be empty" in carry.error.text()
    qtbot.keyClicks(title, "Churn below 5%")
    assert can_go_on(wizard)
    carry.start_edit.setDate(carry.start_edit.date().addMonths(-3))  # overlaps 2026 Q4
    assert not can_go_on(wizard)
    assert "should start after 2026 Q4 ends" in carry.error.text()
