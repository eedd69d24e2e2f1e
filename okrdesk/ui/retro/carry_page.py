"""Page 5 of the retrospective: what happens to each unfinished key result (carry as is, carry with a new
title or target, or drop) and the cycle to carry into, which may be a new one made from a preset. The new
cycle is only created by Finish, with everything else (OKR_RULES.md: the carried key result starts at the old
one's current value and records where it came from; alignment and owners are kept)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from okrdesk.domain import retro
from okrdesk.domain.cycles import CyclePreset, guess_preset, next_period
from okrdesk.domain.model import CarryDecision, Cycle, KeyResult, KRType, key_result_ref
from okrdesk.domain.validation import parse_number
from okrdesk.services.retro import NEW_CYCLE, NewCycle, new_cycle_problems
from okrdesk.ui.checkin_parts import range_text, value_text
from okrdesk.ui.dialogs.common import ErrorLabel, date_edit, from_qdate, plain_label, plain_tooltip, to_qdate
from okrdesk.ui.dialogs.cycles import preset_combo
from okrdesk.ui.i18n import format_date_range, format_number
from okrdesk.ui.messages import text as message_text
from okrdesk.ui.retro.state import CarryChoice, RetroState

TITLE, NOW, DECISION, NEW_TITLE, NEW_TARGET = range(5)
DECISIONS = (CarryDecision.DROP, CarryDecision.CARRY, CarryDecision.CARRY_CHANGED)


def default_target(cycles: list[Cycle], current: Cycle) -> Cycle | None:
    """The next cycle of the same length (the next quarter after a quarter), or None: then a new one of
    that length is suggested, rather than carrying a year's key results into a quarter."""
    length = guess_preset(current.start, current.end)
    days = (current.end - current.start).days

    def same_length(cycle: Cycle) -> bool:
        if length is not None:
            return guess_preset(cycle.start, cycle.end) == length
        return abs((cycle.end - cycle.start).days - days) <= 3

    later = [c for c in cycles if c.start > current.end and same_length(c)]
    return min(later, key=lambda c: (c.start, c.end)) if later else None


class CarryPage(QWizardPage):
    """Decide per unfinished key result; choose (or make) the target cycle."""

    def __init__(self, state: RetroState) -> None:
        super().__init__()
        self.state = state
        self.setTitle(self.tr("Carry over"))
        self.setSubTitle(
            self.tr(
                "Key results that did not reach their target: carry each into the next cycle as it is, "
                "with a new title or target, or drop it. A carried key result starts at today's value and "
                "keeps its owner, its objective and where it came from."
            )
        )
        self.target_combo = QComboBox(self)
        self.target_combo.setAccessibleName(self.tr("Carry into"))
        self.target_combo.currentIndexChanged.connect(self._on_target_changed)
        self.preset_combo = preset_combo(self.tr("Length of the new cycle"), self)
        self.preset_combo.currentIndexChanged.connect(self._on_preset_changed)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name of the new cycle"))
        self.start_edit: QDateEdit = date_edit(self.tr("First day of the new cycle"), self)
        self.end_edit: QDateEdit = date_edit(self.tr("Last day of the new cycle"), self)
        for widget in (self.name_edit,):
            widget.textEdited.connect(self._on_new_cycle_edited)
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(self._on_new_cycle_edited)
        self.new_box = QGroupBox(self.tr("The new cycle (created when you press Finish)"), self)
        new_form = QFormLayout(self.new_box)
        new_form.addRow(self.tr("&Length:"), self.preset_combo)
        new_form.addRow(self.tr("&Name:"), self.name_edit)
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(plain_label("–"))
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        new_form.addRow(self.tr("Dates:"), dates)

        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(self.tr("Carry-over decisions"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Key result"),
                self.tr("Now → target"),
                self.tr("Decision"),
                self.tr("New title"),
                self.tr("New target"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        carry_all = QPushButton(self.tr("Carry &all as is"), self)
        carry_all.clicked.connect(lambda: self._set_all(CarryDecision.CARRY))
        drop_all = QPushButton(self.tr("D&rop all"), self)
        drop_all.clicked.connect(lambda: self._set_all(CarryDecision.DROP))
        self.count_label = plain_label(wrap=True)
        self.error = ErrorLabel(self)

        top = QFormLayout()
        top.addRow(self.tr("Carry &into:"), self.target_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.new_box)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(carry_all)
        buttons.addWidget(drop_all)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self._rows: list[KeyResult] = []
        self._filling = False
        self._cycle_id: int | None = None
        self._bad_targets: dict[int, str] = {}  # key result id -> why its new target is refused
        self._preset_name = ""  # the name the preset last suggested
        self._problems: list[str] = []  # what stops Next, as of the last change

    # ---- building -------------------------------------------------------------------------------------

    def initializePage(self) -> None:
        self._filling = True
        state = self.state
        if self._cycle_id != state.cycle.id:  # a new cycle to look back on: suggest its next cycle afresh
            self._cycle_id = state.cycle.id
            self._fill_targets()
        self._rows = state.unfinished()
        self.table.setRowCount(0)
        for kr in self._rows:
            self._add_row(kr)
        self.table.resizeColumnToContents(NOW)
        self.table.resizeColumnToContents(DECISION)
        self.table.setColumnWidth(NEW_TITLE, 240)
        self._filling = False
        self._validate()

    def _fill_targets(self) -> None:
        state = self.state
        # Cycles that go on after this one ends: carrying into the past (or into this cycle's year) is no use.
        cycles = [c for c in state.workspace.cycles() if c.id != state.cycle.id and c.end > state.cycle.end]
        self.target_combo.blockSignals(True)
        self.target_combo.clear()
        for cycle in sorted(cycles, key=lambda c: (c.start, c.end)):
            self.target_combo.addItem(
                f"{cycle.name}   ({format_date_range(cycle.start, cycle.end)})", cycle.id
            )
        self.target_combo.addItem(self.tr("A new cycle…"), NEW_CYCLE)
        self.target_combo.blockSignals(False)
        preset = guess_preset(state.cycle.start, state.cycle.end) or CyclePreset.QUARTER
        self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(preset)))
        self._apply_preset()
        if state.new_cycle is not None:
            self._show_new_cycle(state.new_cycle)
        # Another cycle to look back on: suggest its own next cycle (or a new one) afresh.
        following = default_target(cycles, state.cycle)
        chosen = following.id if following is not None else NEW_CYCLE
        self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(chosen)))
        self._on_target_changed()

    def _add_row(self, kr: KeyResult) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        choice = self.state.carries.setdefault(kr.id, CarryChoice())
        title = QTableWidgetItem(kr.title)
        title.setToolTip(plain_tooltip(f"{kr.title}\n{range_text(kr)}"))
        self.table.setItem(row, TITLE, title)
        self.table.setItem(
            row, NOW, QTableWidgetItem(f"{value_text(kr, kr.current)} → {value_text(kr, kr.target)}")
        )
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Decision for {title}").format(title=kr.title))
        for decision, text in zip(
            DECISIONS, (self.tr("Drop"), self.tr("Carry as is"), self.tr("Carry with changes")), strict=True
        ):
            combo.addItem(text, decision)
        combo.setCurrentIndex(DECISIONS.index(choice.decision))
        title_edit = QLineEdit(kr.title if choice.title is None else choice.title)
        title_edit.setAccessibleName(self.tr("New title"))
        target_edit = QLineEdit(format_number(choice.target if choice.target is not None else kr.target))
        target_edit.setToolTip(self.tr("A number; 3,5 reads as 3.5 (write 1000 without separators)"))
        target_edit.setAccessibleName(self.tr("New target"))
        if choice.done_as is not None:  # carried in an earlier finish: shown, not changed again
            combo.clear()
            combo.addItem(
                self.tr("Carried as {ref}").format(ref=key_result_ref(choice.done_as)), choice.decision
            )
            combo.setEnabled(False)
            title_edit.setEnabled(False)
            target_edit.setEnabled(False)
        combo.currentIndexChanged.connect(lambda _=0, k=kr, c=combo: self._on_decision(k, c))
        title_edit.textEdited.connect(lambda text, k=kr: self._on_title(k, text))
        target_edit.textEdited.connect(lambda text, k=kr: self._on_target(k, text))
        self.table.setCellWidget(row, DECISION, combo)
        self.table.setCellWidget(row, NEW_TITLE, title_edit)
        self.table.setCellWidget(row, NEW_TARGET, target_edit)
        self._enable_changes(row, choice)

    def _enable_changes(self, row: int, choice: CarryChoice) -> None:
        changed = choice.decision == CarryDecision.CARRY_CHANGED and choice.done_as is None
        milestone = self._rows[row].kr_type == KRType.MILESTONE  # done or not: no other target to set
        for column in (NEW_TITLE, NEW_TARGET):
            widget = self.table.cellWidget(row, column)
            if widget is not None:
                widget.setEnabled(changed and not (column == NEW_TARGET and milestone))

    # ---- the target cycle -----------------------------------------------------------------------------

    def _on_target_changed(self) -> None:
        target = self.target_combo.currentData()
        is_new = target == NEW_CYCLE
        self.new_box.setVisible(is_new)
        self.state.target_cycle_id = target
        if is_new:
            self._store_new_cycle()
        self._validate()

    def _apply_preset(self) -> None:
        preset = self.preset_combo.currentData()
        name, start, end = next_period(preset, self.state.cycle.end)
        typed = self.name_edit.text().strip()
        if typed and typed != self._preset_name:  # a name the user typed stays
            name = typed
        self._preset_name = name
        self._show_new_cycle(NewCycle(name, start, end))

    def _show_new_cycle(self, cycle: NewCycle) -> None:
        for widget in (self.name_edit, self.start_edit, self.end_edit):
            widget.blockSignals(True)
        self.name_edit.setText(cycle.name)
        self.start_edit.setDate(to_qdate(cycle.start))
        self.end_edit.setDate(to_qdate(cycle.end))
        for widget in (self.name_edit, self.start_edit, self.end_edit):
            widget.blockSignals(False)
        self._store_new_cycle()

    def _on_preset_changed(self) -> None:
        if self._cycle_id is None:
            return
        self._apply_preset()
        self._validate()

    def _on_new_cycle_edited(self, *_: object) -> None:
        self._store_new_cycle()
        self._validate()

    def _store_new_cycle(self) -> None:
        start: date = from_qdate(self.start_edit.date())
        end: date = from_qdate(self.end_edit.date())
        self.state.new_cycle = NewCycle(self.name_edit.text(), start, end)

    # ---- decisions ------------------------------------------------------------------------------------

    def _row_of(self, kr: KeyResult) -> int:
        return next(i for i, row_kr in enumerate(self._rows) if row_kr.id == kr.id)

    def _on_decision(self, kr: KeyResult, combo: QComboBox) -> None:
        choice = self.state.carries.setdefault(kr.id, CarryChoice())
        if choice.done_as is not None:
            return
        choice.decision = CarryDecision(combo.currentData())
        self._enable_changes(self._row_of(kr), choice)
        self._validate()

    def _on_title(self, kr: KeyResult, text: str) -> None:
        self.state.carries.setdefault(kr.id, CarryChoice()).title = text
        self._validate()

    def _on_target(self, kr: KeyResult, text: str) -> None:
        choice = self.state.carries.setdefault(kr.id, CarryChoice())
        try:
            choice.target = parse_number(text, "target")
        except ValueError as exc:
            choice.target = None
            self._bad_targets[kr.id] = message_text(exc)
        else:
            self._bad_targets.pop(kr.id, None)
        self._validate()

    def _set_all(self, decision: CarryDecision) -> None:
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, DECISION)
            if isinstance(combo, QComboBox) and combo.isEnabled():
                combo.setCurrentIndex(DECISIONS.index(decision))

    # ---- checking -------------------------------------------------------------------------------------

    def problems(self) -> list[str]:
        """What stops Next: a bad new cycle, a target that is not a number, a carry the rules refuse."""
        state = self.state
        messages: list[str] = []
        carried = [
            kr
            for kr in self._rows
            if state.carries.get(kr.id, CarryChoice()).decision != CarryDecision.DROP
            and state.carries[kr.id].done_as is None
        ]
        if carried and state.target_cycle_id == NEW_CYCLE and state.new_cycle is not None:
            messages += [
                message_text(e.message)
                for e in new_cycle_problems(state.workspace, state.new_cycle, state.cycle)
            ]
        for kr in carried:
            choice = state.carries[kr.id]
            if choice.decision == CarryDecision.CARRY_CHANGED and kr.id in self._bad_targets:
                messages.append(
                    self.tr("{title}: {problem}").format(title=kr.title, problem=self._bad_targets[kr.id])
                )
                continue
            changed = choice.decision == CarryDecision.CARRY_CHANGED
            for error in retro.carry_problems(
                kr,
                choice.title.strip() if changed and choice.title is not None else None,
                choice.target if changed else None,
            ):
                messages.append(f"{kr.title}: {message_text(error.message)}")
        return messages

    def _validate(self) -> None:
        if self._filling:
            return
        counts = {d: 0 for d in DECISIONS}
        for kr in self._rows:
            counts[self.state.carries.get(kr.id, CarryChoice()).decision] += 1
        self.count_label.setText(
            self.tr("{total} unfinished key results: {carried} carried, {dropped} dropped.").format(
                total=len(self._rows),
                carried=counts[CarryDecision.CARRY] + counts[CarryDecision.CARRY_CHANGED],
                dropped=counts[CarryDecision.DROP],
            )
            if self._rows
            else self.tr("Every key result reached its target: nothing to carry over.")
        )
        messages = self._problems = self.problems()
        self.error.show_message("\n".join(messages[:4]) + ("\n…" if len(messages) > 4 else ""))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._problems
