"""The weekly check-in round: every key result of one owner in one cycle, on one form, saved as one step.

A key result belongs to its own owner or, when it has none, to its objective's owner. Each row shows the key
result, its last value, date and note, and the value expected by now; an empty value skips the row. Enter in
a row moves to the next row's value (from the last row, to Save). Save records every filled row with one
RecordCheckIns: one transaction, one undo step, all dated now. A bad number is explained in its row and
keeps Save disabled; values far from the range are accepted with an amber warning.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain import checkins, validation
from okrdesk.domain.model import CheckIn, Cycle, KeyResult, KRType, Objective, OwnerKind
from okrdesk.services.errors import NotFoundError, OkrdeskError
from okrdesk.ui.checkin_commands import RecordCheckIns
from okrdesk.ui.checkin_parts import (
    WarningLabel,
    bold,
    check_in_moment,
    closed_cycle_question,
    confidence_spin,
    confirm_closed_cycle,
    dim,
    expected_text,
    short_note,
    spin_confidence,
    value_text,
)
from okrdesk.ui.controller import Controller
from okrdesk.ui.dialogs.common import ErrorLabel, add_undo_actions, plain_label, plain_tooltip, plural
from okrdesk.ui.i18n import format_date, format_date_range
from okrdesk.ui.messages import text as message_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")
ROW_NOTE_MAX = 80


def summary_text(recorded: int, total: int) -> str:
    """ "3 of 7 key results checked in" (for the status line, and the main window's status bar)."""
    return plural(
        total,
        translate("WeeklyCheckIn", "{recorded} of %n key result checked in"),
        translate("WeeklyCheckIn", "{recorded} of %n key results checked in"),
    ).format(recorded=QLocale().toString(recorded))


def owner_of(kr: KeyResult, objective: Objective) -> int | None:
    """Who answers for a key result: its own owner, else its objective's."""
    return kr.owner_id if kr.owner_id is not None else objective.owner_id


@dataclass
class Row:
    """One key result's fields in the round."""

    kr: KeyResult
    value_edit: QLineEdit | None  # None for a milestone, which has done_combo
    done_combo: QComboBox | None
    confidence: QSpinBox
    note_edit: QLineEdit
    problem: ErrorLabel
    warning: WarningLabel
    gone: bool = False  # deleted meanwhile (found when saving was refused)

    @property
    def field(self) -> QWidget:
        """The new-value field (a line edit, or the milestone's combo)."""
        field = self.value_edit if self.value_edit is not None else self.done_combo
        assert field is not None
        return field

    def widgets(self) -> list[QWidget]:
        return [self.field, self.confidence, self.note_edit]


class WeeklyCheckInDialog(QDialog):
    """Checks in every key result of one owner in one cycle; `recorded_count` after saving."""

    def __init__(
        self,
        controller: Controller,
        parent: QWidget | None = None,
        *,
        owner_id: int | None = None,
        cycle_id: int | None = None,
        today: date | None = None,
        author_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.workspace = controller.workspace
        self.today = today or date.today()
        self.me = owner_id
        self.author_id = author_id if author_id is not None else owner_id
        self.cycle: Cycle | None = None
        self.rows: list[Row] = []
        self.recorded_count = 0
        self._row_of: dict[QObject, int] = {}
        self._stale_days = self.workspace.stale_days()
        self.setWindowTitle(self.tr("Weekly check-in"))
        self.setMinimumWidth(720)
        self.resize(980, 620)
        self._build()
        self._fill_choices(owner_id, cycle_id)
        self._shown = (self.owner_combo.currentIndex(), self.cycle_combo.currentIndex())
        self.owner_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.cycle_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.reload()

    def has_typed(self) -> bool:
        """True when some row holds a value or a note that choosing another person or cycle would drop."""
        for row in self.rows:
            if row.note_edit.text().strip():
                return True
            if row.value_edit is not None and row.value_edit.text().strip():
                return True
            if row.done_combo is not None and row.done_combo.currentData() is not None:
                return True
        return False

    def confirm_discard(self) -> bool:
        """Asks before dropping what was typed (tests replace this)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Weekly check-in"),
            self.tr("Drop the values and notes typed so far? They have not been saved."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Discard

    def _on_choice_changed(self, _index: int) -> None:
        """Another person or cycle: list theirs, after a confirmation when that would drop typed input."""
        if self.has_typed() and not self.confirm_discard():
            with QSignalBlocker(self.owner_combo), QSignalBlocker(self.cycle_combo):
                self.owner_combo.setCurrentIndex(self._shown[0])
                self.cycle_combo.setCurrentIndex(self._shown[1])
            return
        self._shown = (self.owner_combo.currentIndex(), self.cycle_combo.currentIndex())
        self.reload()

    def _build(self) -> None:
        self.owner_combo = QComboBox(self)
        self.owner_combo.setAccessibleName(self.tr("Whose key results"))
        self.cycle_combo = QComboBox(self)
        self.cycle_combo.setAccessibleName(self.tr("Cycle"))
        top = QFormLayout()
        top.addRow(self.tr("&Whose:"), self.owner_combo)
        top.addRow(self.tr("C&ycle:"), self.cycle_combo)
        self.round_warning = WarningLabel(self)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAccessibleName(self.tr("Key results"))
        self.empty_label = plain_label("", self, wrap=True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label = plain_label("", self)
        self.status_label.setAccessibleName(self.tr("Status"))
        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save check-ins"))
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.round_warning)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        add_undo_actions(self, self.controller)

    def _fill_choices(self, owner_id: int | None, cycle_id: int | None) -> None:
        """People first (by name), then teams; "me" or the first person chosen. The given or current cycle."""
        owners = sorted(self.workspace.owners(), key=lambda o: o.name.casefold())
        people = [o for o in owners if o.kind == OwnerKind.PERSON]
        teams = [o for o in owners if o.kind == OwnerKind.TEAM]
        for person in people:
            self.owner_combo.addItem(person.name, person.id)
        if people and teams:
            self.owner_combo.insertSeparator(self.owner_combo.count())
        for team in teams:
            self.owner_combo.addItem(self.tr("{name} (team)").format(name=team.name), team.id)
        for cycle in self.workspace.cycles():
            label = f"{cycle.name} ({format_date_range(cycle.start, cycle.end)})"
            self.cycle_combo.addItem(label, cycle.id)
        if cycle_id is None:
            current = self.workspace.current_cycle(self.today)
            cycle_id = current.id if current is not None else None
        index = self.cycle_combo.findData(cycle_id) if cycle_id is not None else -1
        self.cycle_combo.setCurrentIndex(max(index, 0) if self.cycle_combo.count() else -1)

        if owner_id is None:
            owner_id = self._someone_to_check_in(people)
        index = self.owner_combo.findData(owner_id) if owner_id is not None else -1
        self.owner_combo.setCurrentIndex(max(index, 0) if self.owner_combo.count() else -1)

    def _someone_to_check_in(self, people: list[Any]) -> int | None:
        """Without "me": the first person (by name) with key results due in the cycle, else with any."""
        cycle_id = self.cycle_combo.currentData()
        if cycle_id is None:
            return None
        try:
            tree = self.workspace.cycle_tree(int(cycle_id))
        except OkrdeskError:
            return None
        objectives = {o.id: o for o in tree.objectives if o.cycle_id == tree.cycle.id}
        stale = self.workspace.stale_days()
        owning: set[int | None] = set()
        due: set[int | None] = set()
        for kr in tree.key_results:
            if kr.objective_id in objectives:
                owner = owner_of(kr, objectives[kr.objective_id])
                owning.add(owner)
                if checkins.is_due(kr, tree.cycle, self.today, stale):
                    due.add(owner)
        for candidates in (due, owning):
            for person in people:
                if person.id in candidates:
                    return int(person.id)
        return None

    # ---- the rows ---------------------------------------------------------------------------------------

    def _key_results(self, owner_id: Any, cycle_id: Any) -> list[tuple[KeyResult, Objective]]:
        """The owner's key results in the cycle, in the tree's order (objectives of other cycles skipped)."""
        self.cycle = None
        if owner_id is None or cycle_id is None:
            return []
        try:
            tree = self.workspace.cycle_tree(int(cycle_id))
        except OkrdeskError as exc:
            self.error_label.show_message(message_text(exc))
            return []
        self.cycle = tree.cycle
        objectives = {o.id: o for o in tree.objectives if o.cycle_id == tree.cycle.id}
        order = {objective_id: i for i, objective_id in enumerate(objectives)}
        found = [
            (kr, objectives[kr.objective_id])
            for kr in tree.key_results
            if kr.objective_id in objectives and owner_of(kr, objectives[kr.objective_id]) == owner_id
        ]
        return sorted(found, key=lambda pair: (order[pair[0].objective_id], pair[0].position, pair[0].id))

    def reload(self) -> None:
        """Lists the chosen owner's key results in the chosen cycle (typed input is dropped: callers ask)."""
        self.rows, self._row_of = [], {}
        self._stale_days = self.workspace.stale_days()
        self.error_label.clear_message()
        found = self._key_results(self.owner_combo.currentData(), self.cycle_combo.currentData())
        last: dict[int, CheckIn] = {}
        if found:
            history = self.workspace.check_ins_of([kr.id for kr, _ in found])
            last = {kid: max(cs, key=lambda c: (c.at, c.id)) for kid, cs in history.items() if cs}
        container = QWidget()
        grid = QGridLayout(container)
        headers = [self.tr("Key result"), self.tr("Expected now"), self.tr("New value")]
        for column, text in enumerate([*headers, self.tr("Confidence"), self.tr("Note")]):
            grid.addWidget(dim(plain_label(text, container)), 0, column)
        for kr, objective in found:
            self._add_row(grid, container, kr, objective, last.get(kr.id))
        for column, stretch in enumerate((4, 1, 1, 0, 3)):
            grid.setColumnStretch(column, stretch)
        grid.setRowStretch(grid.rowCount(), 1)
        self.scroll_area.setWidget(container)  # the previous rows are deleted with their container
        self.scroll_area.setVisible(bool(self.rows))
        self.empty_label.setText(self._empty_text())
        self.empty_label.setVisible(not self.rows)
        moment = check_in_moment(self.today)
        warning = checkins.date_warning(self.cycle, moment.date()) if self.cycle is not None else None
        self.round_warning.show_message(
            self.tr("Check-ins are dated now. {warning}").format(warning=message_text(warning.message))
            if warning
            else ""
        )
        chain: list[QWidget] = [self.owner_combo, self.cycle_combo]
        chain += [widget for row in self.rows for widget in row.widgets()]
        chain += [self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        if self.rows:
            self.rows[0].field.setFocus()
        self._validate()

    def _empty_text(self) -> str:
        if self.owner_combo.count() == 0:
            return self.tr(
                "Nobody to check in for yet: add people in People and teams, "
                "then choose who you are in Preferences."
            )
        if self.cycle is None:
            return self.tr("There is no cycle to check in: create one in Cycles.")
        text = self.tr("{owner} has no key results in {cycle}.").format(
            owner=self.owner_combo.currentText(), cycle=self.cycle.name
        )
        if self.me is None:
            text += "\n" + self.tr("Choose who you are in Preferences to start with your own key results.")
        return text

    def _add_row(
        self, grid: QGridLayout, box: QWidget, kr: KeyResult, objective: Objective, last: CheckIn | None
    ) -> None:
        index = len(self.rows)
        line = 1 + 2 * index
        heading = QHBoxLayout()
        heading.addWidget(bold(plain_label(kr.title, box, wrap=True)), 1)
        if self.cycle is not None and checkins.is_due(kr, self.cycle, self.today, self._stale_days):
            due = WarningLabel(box)
            due.show_message(self.tr("due"))
            due.setToolTip(self.tr("No check-in for more than {days} days").format(days=self._stale_days))
            heading.addWidget(due, 0, Qt.AlignmentFlag.AlignTop)
        info = QVBoxLayout()
        info.addLayout(heading)
        info.addWidget(dim(plain_label(objective.title, box, wrap=True)))
        if last is None:
            seen = self.tr("No check-in yet (start: {value})").format(value=value_text(kr, kr.start))
        else:
            seen = self.tr("Last: {value} on {day}").format(
                value=value_text(kr, last.value), day=format_date(last.at.date())
            )
        info.addWidget(dim(plain_label(seen, box, wrap=True)))
        if last is not None and last.note.strip():
            note = dim(plain_label(short_note(last.note, ROW_NOTE_MAX), box, wrap=True))
            note.setToolTip(plain_tooltip(last.note))
            info.addWidget(note)
        grid.addLayout(info, line, 0)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(plain_label(expected_text(kr, self.cycle, self.today), box, wrap=True), line, 1, top)

        short = " ".join(kr.title.split())[:60]
        value_box = QHBoxLayout()
        value_edit, done_combo = None, None
        if kr.kr_type == KRType.MILESTONE:
            done_combo = QComboBox(box)
            for text, value in ((self.tr("skip"), None), (self.tr("done"), 1.0), (self.tr("not done"), 0.0)):
                done_combo.addItem(text, value)
            done_combo.currentIndexChanged.connect(self._validate)
            value_box.addWidget(done_combo)
        else:
            value_edit = QLineEdit(box)
            value_edit.setPlaceholderText(self.tr("skip"))
            value_edit.setMinimumWidth(100)
            value_edit.textChanged.connect(self._validate)
            value_box.addWidget(value_edit, 1)
            if kr.unit:
                value_box.addWidget(plain_label(kr.unit, box))
        grid.addLayout(value_box, line, 2, top)
        spin = confidence_spin(self.tr("Confidence: {title}").format(title=short), kr.last_confidence, box)
        grid.addWidget(spin, line, 3, top)
        note_edit = QLineEdit(box)
        note_edit.setPlaceholderText(self.tr("Note (optional)"))
        note_edit.setToolTip(self.tr("What moved, what blocks, what's next"))
        note_edit.setAccessibleName(self.tr("Note: {title}").format(title=short))
        note_edit.textChanged.connect(self._validate)
        grid.addWidget(note_edit, line, 4, top)
        row = Row(kr, value_edit, done_combo, spin, note_edit, ErrorLabel(box), WarningLabel(box))
        row.field.setAccessibleName(self.tr("New value: {title}").format(title=short))
        messages = QVBoxLayout()
        messages.addWidget(row.problem)
        messages.addWidget(row.warning)
        grid.addLayout(messages, line + 1, 1, 1, 4)
        for widget in row.widgets():
            widget.installEventFilter(self)
            self._row_of[widget] = index
        self.rows.append(row)

    # ---- validation and saving ---------------------------------------------------------------------------

    def read_row(self, row: Row) -> tuple[float | None, str, str]:
        """(the new value or None when skipped, the problem, the warning) of a row as typed."""
        value: float | None
        if row.done_combo is not None:
            value = row.done_combo.currentData()
        elif row.value_edit is not None and row.value_edit.text().strip():
            try:
                value = validation.parse_number(row.value_edit.text(), "value")
            except ValueError as exc:
                return None, message_text(exc), ""
        else:
            value = None
        if value is None:
            if row.note_edit.text().strip():
                return (
                    None,
                    self.tr("Enter a value to record this note (the same as last time if nothing moved)."),
                    "",
                )
            return None, "", ""
        if row.gone:
            return (
                value,
                self.tr("This key result was deleted meanwhile: clear its value to record the others."),
                "",
            )
        warning = checkins.value_warning(row.kr, value)
        return value, "", message_text(warning.message) if warning else ""

    def _validate(self) -> None:
        filled, invalid = 0, False
        for row in self.rows:
            value, problem, warning = self.read_row(row)
            row.problem.show_message(problem)
            row.warning.show_message(warning)
            invalid = invalid or bool(problem)
            filled += value is not None and not problem
        self.save_button.setEnabled(bool(self.rows) and not invalid)
        self.status_label.setText(
            self.tr("{filled} of {total} key results filled; empty ones are skipped.").format(
                filled=filled, total=len(self.rows)
            )
            if self.rows
            else ""
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a row moves to the next row's value (from the last row, to Save)."""
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and watched in self._row_of
        ):
            index = self._row_of[watched] + 1
            if index < len(self.rows):
                field = self.rows[index].field
                field.setFocus(Qt.FocusReason.TabFocusReason)
                if isinstance(field, QLineEdit):
                    field.selectAll()
            else:
                self.save_button.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def confirm(self, text: str) -> bool:
        """Asks whether to record check-ins outside a closed cycle (tests replace this)."""
        return confirm_closed_cycle(self, text)

    def save(self) -> int:
        """Records every filled row as one undo step; the number recorded (0: nothing, the reason shown)."""
        at = check_in_moment(self.today)
        entries: list[tuple[int, dict[str, Any]]] = []
        for row in self.rows:
            value, problem, _ = self.read_row(row)
            if problem:
                return 0
            if value is not None:
                note = row.note_edit.text().strip()
                fields = {"value": value, "confidence": spin_confidence(row.confidence), "note": note}
                entries.append((row.kr.id, {**fields, "at": at, "author_id": self.author_id}))
        if not entries:
            self.error_label.show_message(
                self.tr("Nothing to record yet: enter a new value for at least one key result.")
            )
            return 0
        if checkins.needs_confirmation(self.cycle, at.date()) and not self.confirm(
            closed_cycle_question(self.cycle, at.date())
        ):
            return 0
        title = next(row.kr.title for row in self.rows if row.kr.id == entries[0][0])
        command = RecordCheckIns(self.controller, entries, title)
        message = self.controller.try_execute(command)
        if message is not None:
            self._mark_gone()
            self.error_label.show_message(message)
            return 0
        self.recorded_count = len(command.recorded)
        self.status_label.setText(summary_text(self.recorded_count, len(self.rows)))
        super().accept()
        return self.recorded_count

    def _mark_gone(self) -> None:
        """After a refusal: flags the rows whose key result was deleted meanwhile."""
        for row in self.rows:
            try:
                self.workspace.key_result(row.kr.id)
            except NotFoundError:
                row.gone = True
            except OkrdeskError:
                pass
        self._validate()

    def accept(self) -> None:
        self.save()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        controller: Controller,
        owner_id: int | None = None,
        cycle_id: int | None = None,
        author_id: int | None = None,
    ) -> int:
        """Shows the round; the number of check-ins recorded (0 when cancelled)."""
        dialog = cls(controller, parent, owner_id=owner_id, cycle_id=cycle_id, author_id=author_id)
        try:
            return dialog.recorded_count if dialog.exec() == QDialog.DialogCode.Accepted else 0
        finally:
            dialog.deleteLater()
