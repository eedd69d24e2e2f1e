"""Cycles: the list of cycles with their dates, state and size; new cycles from presets or custom dates.

A new cycle's preset fills the name and dates from an anchor date, which defaults to the period after the
latest cycle of the same length (the next quarter after the last quarter), else today. The fields stay
editable; changing a date by hand switches the preset to "Custom dates" so nothing is overwritten.
Edits go through undoable commands (ui/admin_commands.py); the service's own refusals (a cycle that still
holds objectives, dates that would break an alignment) are shown inline.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain import validation
from okrdesk.domain.cycles import CyclePreset, guess_preset, next_period, preset_dates
from okrdesk.domain.model import Cycle, CycleState
from okrdesk.services.workspace import Workspace
from okrdesk.store import fastread
from okrdesk.ui.admin_commands import AddCycle, DeleteCycle, EditCycle
from okrdesk.ui.controller import Change, Controller, EditCommand
from okrdesk.ui.dialogs.common import (
    ErrorLabel,
    add_undo_actions,
    date_edit,
    execute,
    from_qdate,
    no_default_buttons,
    to_qdate,
)
from okrdesk.ui.i18n import format_date_range
from okrdesk.ui.messages import text as message_text

CYCLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NewCycle = tuple[str, date, date, str]


def state_label(state: CycleState) -> str:
    """The translated name of a cycle state."""
    labels = {
        CycleState.PLANNING: QCoreApplication.translate("Cycles", "Planning"),
        CycleState.ACTIVE: QCoreApplication.translate("Cycles", "Active"),
        CycleState.CLOSED: QCoreApplication.translate("Cycles", "Closed"),
    }
    return labels[CycleState(state)]


def state_combo(accessible_name: str, parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(accessible_name)
    for state in CycleState:
        combo.addItem(state_label(state), state.value)
    return combo


def preset_combo(accessible_name: str, parent: QWidget) -> QComboBox:
    """A combo box of the cycle presets (month, quarter, half-year, year), each item's data its preset."""
    combo = QComboBox(parent)
    combo.setAccessibleName(accessible_name)
    for label, preset in (
        (QCoreApplication.translate("Cycles", "Month"), CyclePreset.MONTH),
        (QCoreApplication.translate("Cycles", "Quarter"), CyclePreset.QUARTER),
        (QCoreApplication.translate("Cycles", "Half-year"), CyclePreset.HALF_YEAR),
        (QCoreApplication.translate("Cycles", "Year"), CyclePreset.YEAR),
    ):
        combo.addItem(label, preset)
    return combo


def default_anchor(cycles: list[Cycle], preset: CyclePreset, today: date) -> date:
    """The first day of the period after the latest cycle of this preset's length, or today."""
    same_length = [c for c in cycles if guess_preset(c.start, c.end) == preset]
    if not same_length:
        return today
    latest = max(same_length, key=lambda c: c.end)
    return next_period(preset, latest.end)[1]


class NewCycleDialog(QDialog):
    """Asks for a new cycle: preset + anchor date, or custom dates; OK only while the input is valid."""

    def __init__(self, parent: QWidget | None, workspace: Workspace, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New cycle"))
        self.setMinimumWidth(380)
        self._cycles = workspace.cycles()
        self._today = today or date.today()
        self._name_edited = False

        self.preset_combo = preset_combo(self.tr("Length"), self)
        self.preset_combo.addItem(self.tr("Custom dates"), None)
        self.anchor_edit = date_edit(self.tr("Period containing"), self)
        self.anchor_edit.setToolTip(self.tr("Any day of the period the cycle covers"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setMaxLength(validation.CYCLE_NAME_MAX)
        self.start_edit = date_edit(self.tr("First day"), self)
        self.end_edit = date_edit(self.tr("Last day"), self)
        self.state_combo = state_combo(self.tr("State"), self)
        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create cycle"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Length:"), self.preset_combo)
        form.addRow(self.tr("&Period containing:"), self.anchor_edit)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&First day:"), self.start_edit)
        form.addRow(self.tr("Last &day:"), self.end_edit)
        form.addRow(self.tr("&State:"), self.state_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.preset_combo.setCurrentIndex(1)  # a quarter: the usual OKR cycle
        self._on_preset_changed()
        self.preset_combo.currentIndexChanged.connect(self._on_preset_changed)
        self.anchor_edit.dateChanged.connect(self._fill_from_anchor)
        self.name_edit.textEdited.connect(self._on_name_edited)
        self.start_edit.dateChanged.connect(self._on_dates_edited)
        self.end_edit.dateChanged.connect(self._on_dates_edited)

    def preset(self) -> CyclePreset | None:
        """The chosen preset, None for custom dates."""
        value = self.preset_combo.currentData()
        return None if value is None else CyclePreset(value)

    def _on_preset_changed(self) -> None:
        preset = self.preset()
        self.anchor_edit.setEnabled(preset is not None)
        if preset is not None:
            self.anchor_edit.blockSignals(True)
            self.anchor_edit.setDate(to_qdate(default_anchor(self._cycles, preset, self._today)))
            self.anchor_edit.blockSignals(False)
            self._fill_from_anchor()
        else:
            self._validate()

    def _fill_from_anchor(self) -> None:
        preset = self.preset()
        if preset is None:
            return
        name, start, end = preset_dates(preset, from_qdate(self.anchor_edit.date()))
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)
        if not self._name_edited:
            self.name_edit.setText(name)
        self._validate()

    def _on_name_edited(self, text: str) -> None:
        self._name_edited = bool(text.strip())  # clearing the name lets the preset fill it again
        self._validate()

    def _on_dates_edited(self) -> None:
        preset = self.preset()
        if preset is not None:
            _, start, end = preset_dates(preset, from_qdate(self.anchor_edit.date()))
            if (start, end) != (from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date())):
                self.preset_combo.blockSignals(True)
                self.preset_combo.setCurrentIndex(self.preset_combo.count() - 1)
                self.preset_combo.blockSignals(False)
                self.anchor_edit.setEnabled(False)
        self._validate()

    def values(self) -> NewCycle:
        """(name, first day, last day, state) as entered."""
        return (
            self.name_edit.text().strip(),
            from_qdate(self.start_edit.date()),
            from_qdate(self.end_edit.date()),
            str(self.state_combo.currentData()),
        )

    def problem(self) -> str | None:
        """Why the entered cycle cannot be created, or None."""
        name, start, end, _ = self.values()
        errors = validation.validate_cycle(name, start, end)
        if errors:
            return message_text(errors[0].message)
        taken = next((c for c in self._cycles if c.name.casefold() == name.casefold()), None)
        if taken is not None:
            return self.tr("There is already a cycle named '{name}'.").format(name=taken.name)
        return None

    def _validate(self) -> None:
        message = self.problem()
        self.error_label.show_message(message or "")
        self.ok_button.setEnabled(message is None)

    def accept(self) -> None:
        if self.problem() is None:
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, workspace: Workspace) -> NewCycle | None:
        """Shows the dialog; (name, start, end, state) when accepted, else None."""
        dialog = cls(parent, workspace)
        try:
            return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class CyclesDialog(QDialog):
    """Lists the cycles; creates, renames, re-dates, changes the state of and deletes them (undoable)."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.workspace = controller.workspace
        self._cycles: dict[int, Cycle] = {}
        self._selected: int | None = None
        self._form_cycle: int | None = None
        self.setWindowTitle(self.tr("Cycles"))
        # It listens to the controller: once closed it must go, not linger as a hidden listener.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(780, 420)
        self._build()
        self.refresh()
        controller.changed.connect(self._on_changed)

    def _build(self) -> None:
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Cycles"))
        self.list.setHeaderLabels(
            [self.tr("Name"), self.tr("Dates"), self.tr("State"), self.tr("Objectives")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.currentItemChanged.connect(self._on_current_changed)

        self.new_button = QPushButton(self.tr("&New cycle…"), self)
        self.new_button.clicked.connect(self.new_cycle)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected cycle (only a cycle without objectives)"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)

        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setMaxLength(validation.CYCLE_NAME_MAX)
        self.name_edit.editingFinished.connect(self._commit_name)
        self.state_combo = state_combo(self.tr("State"), self)
        self.state_combo.activated.connect(self._commit_state)
        self.start_edit: QDateEdit = date_edit(self.tr("First day"), self)
        self.end_edit: QDateEdit = date_edit(self.tr("Last day"), self)
        self.dates_button = QPushButton(self.tr("&Change dates"), self)
        self.dates_button.clicked.connect(self._commit_dates)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&State:"), self.state_combo)
        form.addRow(self.tr("&First day:"), self.start_edit)
        form.addRow(self.tr("&Last day:"), self.end_edit)
        form.addRow("", self.dates_button)
        self.form_box = QWidget(self)
        self.form_box.setLayout(form)
        self.form_box.setMinimumWidth(260)

        self.error_label = ErrorLabel(self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.form_box)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        add_undo_actions(self, self.controller)
        no_default_buttons(self)

    def refresh(self) -> None:
        """Re-reads the cycles and their objective counts, keeping the selection."""
        cycles = self.workspace.cycles()
        self._cycles = {c.id: c for c in cycles}
        counts = Counter(fastread.alignment_maps(self.workspace.conn)[1].values())
        self.list.blockSignals(True)
        self.list.clear()
        current = None
        for cycle in cycles:
            item = QTreeWidgetItem(
                [
                    cycle.name,
                    format_date_range(cycle.start, cycle.end),
                    state_label(cycle.state),
                    str(counts[cycle.id]),
                ]
            )
            item.setData(0, CYCLE_ID_ROLE, cycle.id)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
            if cycle.id == self._selected:
                current = item
        if current is None and self.list.topLevelItemCount():
            current = self.list.topLevelItem(0)
        if current is not None:
            self.list.setCurrentItem(current)
        self.list.blockSignals(False)
        self._selected = current.data(0, CYCLE_ID_ROLE) if current is not None else None
        self._update_form()

    def _on_changed(self, change: Change) -> None:
        if change.cycles or change.objectives or change.reload:
            self.refresh()

    def selected_cycle(self) -> Cycle | None:
        return self._cycles.get(self._selected) if self._selected is not None else None

    def select_cycle(self, cycle_id: int) -> None:
        self._selected = cycle_id
        self.refresh()

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        self._selected = current.data(0, CYCLE_ID_ROLE) if current is not None else None
        self._update_form()

    def _update_form(self) -> None:
        cycle = self.selected_cycle()
        self._form_cycle = cycle.id if cycle else None
        self.form_box.setEnabled(cycle is not None)
        self.delete_button.setEnabled(cycle is not None)
        if cycle is None:
            self.name_edit.clear()
            return
        self.name_edit.setText(cycle.name)
        self.state_combo.setCurrentIndex(max(self.state_combo.findData(cycle.state.value), 0))
        self.start_edit.setDate(to_qdate(cycle.start))
        self.end_edit.setDate(to_qdate(cycle.end))

    def _run(self, command: EditCommand) -> bool:
        message = execute(self.controller, command)
        self.error_label.show_message(message or "")
        if message:
            self.refresh()
        return message is None

    def _edit(self, **changes: object) -> None:
        cycle = self._cycles.get(self._form_cycle) if self._form_cycle is not None else None
        if cycle is None or all(getattr(cycle, key) == value for key, value in changes.items()):
            return
        self._run(EditCycle(self.controller, cycle.id, **changes))

    def _commit_name(self) -> None:
        self._edit(name=self.name_edit.text().strip())

    def _commit_state(self, index: int) -> None:
        self._edit(state=CycleState(self.state_combo.itemData(index)))

    def _commit_dates(self) -> None:
        start, end = from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date())
        if end < start:  # said here in plain words; the service would refuse it as well
            errors = validation.validate_cycle("x", start, end)
            self.error_label.show_message(message_text(errors[0].message) if errors else "")
            return
        self._edit(start=start, end=end)

    def new_cycle(self) -> int | None:
        """Asks for a new cycle and creates it; its id, or None when cancelled or refused."""
        values = NewCycleDialog.ask(self, self.workspace)
        if values is None:
            return None
        command = AddCycle(self.controller, *values)
        if not self._run(command):
            return None
        if command.cycle_id is not None:
            self.select_cycle(command.cycle_id)
        return command.cycle_id

    def delete_selected(self) -> bool:
        """Deletes the selected cycle when it is empty; otherwise shows why not."""
        cycle = self.selected_cycle()
        if cycle is None:
            return False
        return self._run(DeleteCycle(self.controller, cycle.id))
