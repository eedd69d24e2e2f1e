"""The detail pane: edits every field of the selected objective or key result, with inline validation.

A field commits when it is finished (Enter or leaving it; combo boxes at once) as one undo command. Problems
are shown under the field in words and nothing is written until the value is valid. Below the fields, the
coach's hints about the item (okrdesk/ui/coach.py) follow every committed edit and, once typing pauses, the
title being typed; they never block an edit, and stay usable in a read-only workspace.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain import validation
from okrdesk.domain.model import (
    KeyResult,
    KRType,
    Objective,
    ObjectiveKind,
    ObjectiveState,
    OwnerKind,
    ProgressSource,
)
from okrdesk.domain.progress import key_result_progress
from okrdesk.services.errors import NotFoundError
from okrdesk.ui import commands
from okrdesk.ui.coach import CoachHints
from okrdesk.ui.controller import Change, Controller
from okrdesk.ui.i18n import format_date, format_date_range, format_number, format_percent
from okrdesk.ui.messages import text as message_text

# Choices of the combo boxes: source texts marked for lupdate, translated when a combo box is filled.
KR_TYPE_LABELS = {
    KRType.INCREASE: QT_TRANSLATE_NOOP("DetailPane", "Increase (from start up to target)"),
    KRType.DECREASE: QT_TRANSLATE_NOOP("DetailPane", "Decrease (from start down to target)"),
    KRType.AT_LEAST: QT_TRANSLATE_NOOP("DetailPane", "Keep at least the target"),
    KRType.AT_MOST: QT_TRANSLATE_NOOP("DetailPane", "Keep at most the target"),
    KRType.MILESTONE: QT_TRANSLATE_NOOP("DetailPane", "Milestone (done or not)"),
}
KIND_LABELS = {
    ObjectiveKind.COMMITTED: QT_TRANSLATE_NOOP("DetailPane", "Committed (expected at 1.0)"),
    ObjectiveKind.ASPIRATIONAL: QT_TRANSLATE_NOOP("DetailPane", "Aspirational (0.7 is a success)"),
}
STATE_LABELS = {
    ObjectiveState.DRAFT: QT_TRANSLATE_NOOP("DetailPane", "Draft"),
    ObjectiveState.ACTIVE: QT_TRANSLATE_NOOP("DetailPane", "Active"),
    ObjectiveState.DONE: QT_TRANSLATE_NOOP("DetailPane", "Done"),
    ObjectiveState.DROPPED: QT_TRANSLATE_NOOP("DetailPane", "Dropped"),
}
SOURCE_LABELS = {
    ProgressSource.KEY_RESULTS: QT_TRANSLATE_NOOP("DetailPane", "Its key results"),
    ProgressSource.CHILDREN: QT_TRANSLATE_NOOP("DetailPane", "Aligned objectives"),
    ProgressSource.BOTH: QT_TRANSLATE_NOOP("DetailPane", "Both"),
}


class DescriptionEdit(QPlainTextEdit):
    """A plain-text editor that reports when the user leaves it."""

    finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finished.emit()


def _error_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet("color: #c62828;")
    label.hide()
    return label


class _Form(QWidget):
    """Shared parts of the two forms: labelled fields, each with an inline error line."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, QLabel] = {}
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setStyleSheet("color: palette(mid); font-weight: bold;")
        self.hints = CoachHints(controller, follow_changes=False)  # the pane refreshes it after each edit
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(self.form)
        layout.addWidget(self.hints)
        layout.addStretch(1)
        self._loading = False

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        """Adds a row: `label` comes translated (self.tr("&Title:")), with its mnemonic."""
        error = _error_label()
        self.errors[name] = error
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        widget.setAccessibleName(label.replace("&", ""))
        self.form.addRow(label, box)
        return widget

    def show_errors(self, errors: list[validation.FieldError], fallback: str) -> None:
        for error in errors:
            label = self.errors.get(error.field) or self.errors[fallback]
            label.setText(message_text(error.message))
            label.show()

    def clear_error(self, name: str) -> None:
        self.errors[name].hide()
        self.errors[name].clear()

    def fill_owner_combo(self, combo: QComboBox, selected: int | None) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(nobody)"), None)
        owners = self.controller.workspace.owners()
        for owner in sorted(owners, key=lambda o: (o.kind != OwnerKind.PERSON, o.name.casefold())):
            suffix = self.tr(" (team)") if owner.kind == OwnerKind.TEAM else ""
            combo.addItem(owner.name + suffix, owner.id)
        combo.setCurrentIndex(max(0, combo.findData(selected)))
        combo.blockSignals(False)

    @staticmethod
    def fill_enum_combo(combo: QComboBox, labels: dict[Any, str]) -> None:
        combo.blockSignals(True)
        combo.clear()
        for value, label in labels.items():
            combo.addItem(QCoreApplication.translate("DetailPane", label), value.value)
        combo.blockSignals(False)

    @staticmethod
    def select_data(combo: QComboBox, value: Any) -> None:
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        combo.blockSignals(False)


class ObjectiveForm(_Form):
    align_requested = Signal(int)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.objective: Objective | None = None
        self.title = self.add_field("title", self.tr("&Title:"), QLineEdit())
        self.description = self.add_field("description", self.tr("&Description:"), DescriptionEdit())
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(110)
        self.owner = self.add_field("owner_id", self.tr("&Owner:"), QComboBox())
        self.cycle = self.add_field("cycle_id", self.tr("C&ycle:"), QComboBox())
        align_row = QWidget()
        row = QHBoxLayout(align_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.parent_label = QLabel()
        self.parent_label.setTextFormat(Qt.TextFormat.PlainText)
        self.parent_label.setWordWrap(True)
        self.align_button = QPushButton(self.tr("Align to…"))
        row.addWidget(self.parent_label, 1)
        row.addWidget(self.align_button)
        self.add_field("parent_id", self.tr("Aligns to:"), align_row)
        self.kind = self.add_field("kind", self.tr("&Kind:"), QComboBox())
        self.state = self.add_field("state", self.tr("&State:"), QComboBox())
        self.source = self.add_field("progress_source", self.tr("&Progress from:"), QComboBox())
        self.fill_enum_combo(self.kind, KIND_LABELS)
        self.fill_enum_combo(self.state, STATE_LABELS)
        self.fill_enum_combo(self.source, SOURCE_LABELS)
        self.hints.tab_after = self.source  # the last field
        self.title.editingFinished.connect(self._commit_title)
        self.title.textEdited.connect(self.hints.preview_title)
        self.description.finished.connect(self._commit_description)
        self.owner.activated.connect(lambda _: self._commit("owner_id", self.owner.currentData()))
        self.cycle.activated.connect(lambda _: self._commit("cycle_id", self.cycle.currentData()))
        self.kind.activated.connect(lambda _: self._commit("kind", self.kind.currentData()))
        self.state.activated.connect(lambda _: self._commit("state", self.state.currentData()))
        self.source.activated.connect(lambda _: self._commit("progress_source", self.source.currentData()))
        self.align_button.clicked.connect(
            lambda: self.objective and self.align_requested.emit(self.objective.id)
        )

    def show_objective(self, objective: Objective) -> None:
        self.objective = objective
        for name in self.errors:
            self.clear_error(name)
        self.header.setText(self.tr("Objective {ref}").format(ref=objective.ref))
        self.title.setText(objective.title)
        self.title.setCursorPosition(0)
        if self.description.toPlainText() != objective.description:
            self.description.setPlainText(objective.description)
        self.fill_owner_combo(self.owner, objective.owner_id)
        self.cycle.blockSignals(True)
        self.cycle.clear()
        cycles = self.controller.workspace.cycles()
        for cycle in cycles:
            dates = format_date_range(cycle.start, cycle.end)
            self.cycle.addItem(self.tr("{name}  ({dates})").format(name=cycle.name, dates=dates), cycle.id)
        self.cycle.setCurrentIndex(max(0, self.cycle.findData(objective.cycle_id)))
        self.cycle.blockSignals(False)
        self.select_data(self.kind, objective.kind.value)
        self.select_data(self.state, objective.state.value)
        self.select_data(self.source, objective.progress_source.value)
        if objective.parent_id is None:
            self.parent_label.setText(self.tr("Nothing (top level)"))
        else:
            try:
                parent = self.controller.workspace.objective(objective.parent_id)
                names = {c.id: c.name for c in cycles}
                self.parent_label.setText(f"{parent.title}  ({names.get(parent.cycle_id, '')})")
            except NotFoundError:
                self.parent_label.setText("")
        self.hints.show_item(("objective", objective.id))

    def commit_pending(self) -> None:
        self._commit_title()
        self._commit_description()

    def _commit_title(self) -> None:
        if self.objective is None or self.title.text().strip() == self.objective.title:
            self.clear_error("title")
            return
        title = self.title.text().strip()
        errors = validation.validate_title(title)
        if errors:
            self.show_errors(errors, "title")
            return
        self._commit("title", title)

    def _commit_description(self) -> None:
        if self.objective is None or self.description.toPlainText() == self.objective.description:
            return
        self._commit("description", self.description.toPlainText())

    def _commit(self, field: str, value: Any) -> None:
        if self.objective is None or getattr(self.objective, field) == value:
            return
        self.clear_error(field)
        if not self.controller.execute(
            commands.EditObjective(self.controller, self.objective.id, **{field: value})
        ):
            # Refused: show what is stored again (a combo box would otherwise keep the refused choice).
            with contextlib.suppress(NotFoundError):
                self.show_objective(self.controller.workspace.objective(self.objective.id))


class KeyResultForm(_Form):
    check_in_requested = Signal(int)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.key_result: KeyResult | None = None
        self.title = self.add_field("title", self.tr("&Title:"), QLineEdit())
        self.kr_type = self.add_field("type", self.tr("T&ype:"), QComboBox())
        self.fill_enum_combo(self.kr_type, KR_TYPE_LABELS)
        self.start = self.add_field("start", self.tr("&Start:"), QLineEdit())
        self.target = self.add_field("target", self.tr("Tar&get:"), QLineEdit())
        self.unit = self.add_field("unit", self.tr("&Unit:"), QLineEdit())
        self.unit.setPlaceholderText(self.tr("e.g. %, customers, €"))
        self.weight = self.add_field("weight", self.tr("&Weight:"), QLineEdit())
        self.owner = self.add_field("owner_id", self.tr("&Owner:"), QComboBox())
        self.current = QLabel()
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.current.setWordWrap(True)
        self.check_in_button = QPushButton(self.tr("Check &in…"))
        self.check_in_button.setToolTip(self.tr("Record a new value, confidence and note (Ctrl+I)"))
        self.check_in_button.clicked.connect(
            lambda: self.key_result and self.check_in_requested.emit(self.key_result.id)
        )
        current_row = QWidget()
        row = QHBoxLayout(current_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.current, 1)
        row.addWidget(self.check_in_button)
        self.add_field("current", self.tr("Current:"), current_row)
        self.current.setAccessibleName(self.tr("Current value"))
        self.description = self.add_field("description", self.tr("&Description:"), DescriptionEdit())
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(110)
        self.hints.tab_after = self.description  # the last field
        self.title.editingFinished.connect(self._commit_title)
        self.title.textEdited.connect(self.hints.preview_title)
        for name, edit in (("start", self.start), ("target", self.target), ("weight", self.weight)):
            edit.editingFinished.connect(lambda n=name, e=edit: self._commit_number(n, e))
        self.unit.editingFinished.connect(self._commit_unit)
        self.kr_type.activated.connect(
            lambda _: self._commit_values(kr_type=KRType(self.kr_type.currentData()))
        )
        self.owner.activated.connect(lambda _: self._commit_values(owner_id=self.owner.currentData()))
        self.description.finished.connect(self._commit_description)

    def show_key_result(self, kr: KeyResult) -> None:
        self.key_result = kr
        for name in self.errors:
            self.clear_error(name)
        self.header.setText(self.tr("Key result {ref}").format(ref=kr.ref))
        self.title.setText(kr.title)
        self.title.setCursorPosition(0)
        self.select_data(self.kr_type, kr.kr_type.value)
        self.start.setText(validation.format_number(kr.start))
        self.target.setText(validation.format_number(kr.target))
        self.unit.setText(kr.unit)
        self.weight.setText(validation.format_number(kr.weight))
        self.fill_owner_combo(self.owner, kr.owner_id)
        value = format_number(kr.current) + (f" {kr.unit}" if kr.unit else "")
        percent = format_percent(key_result_progress(kr))
        if kr.last_check_in:
            current = self.tr("{value} ({percent}, checked in {date})").format(
                value=value, percent=percent, date=format_date(kr.last_check_in.date())
            )
        else:
            current = self.tr("{value} ({percent}, no check-in yet)").format(value=value, percent=percent)
        self.current.setText(current)
        if self.description.toPlainText() != kr.description:
            self.description.setPlainText(kr.description)
        self.hints.show_item(("key_result", kr.id))

    def commit_pending(self) -> None:
        self._commit_title()
        for name, edit in (("start", self.start), ("target", self.target), ("weight", self.weight)):
            self._commit_number(name, edit)
        self._commit_unit()
        self._commit_description()

    def _commit_title(self) -> None:
        if self.key_result is None or self.title.text().strip() == self.key_result.title:
            self.clear_error("title")
            return
        title = self.title.text().strip()
        errors = validation.validate_title(title)
        if errors:
            self.show_errors(errors, "title")
            return
        self._commit_values(title=title)

    def _commit_unit(self) -> None:
        if self.key_result is not None and self.unit.text().strip() != self.key_result.unit:
            self._commit_values(unit=self.unit.text().strip())

    def _commit_number(self, name: str, edit: QLineEdit) -> None:
        if self.key_result is None:
            return
        try:
            value = validation.parse_number(edit.text(), name)
        except ValueError as exc:
            self.show_errors([validation.FieldError(name, exc.args[0] if exc.args else str(exc))], name)
            return
        if value == getattr(self.key_result, name):
            self.clear_error(name)
            return
        self._commit_values(**{name: value})

    def _commit_description(self) -> None:
        if self.key_result is not None and self.description.toPlainText() != self.key_result.description:
            self._commit_values(description=self.description.toPlainText())

    def _commit_values(self, **changes: Any) -> None:
        kr = self.key_result
        if kr is None:
            return
        changes = {k: v for k, v in changes.items() if getattr(kr, k) != v}
        if not changes:
            return
        errors = validation.validate_key_result(
            changes.get("kr_type", kr.kr_type),
            changes.get("start", kr.start),
            changes.get("target", kr.target),
            changes.get("weight", kr.weight),
            changes.get("unit", kr.unit),
        )
        for name in ("title", "type", "start", "target", "weight", "unit"):
            self.clear_error(name)
        if errors:
            self.show_errors(errors, "title")
            if "kr_type" in changes:
                self.select_data(self.kr_type, kr.kr_type.value)
            return
        self.controller.execute(commands.EditKeyResult(self.controller, kr.id, **changes))


class DetailPane(QStackedWidget):
    """Shows the form for the current selection, or a hint when nothing is selected."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.empty = QLabel(self.tr("Select an objective or a key result to see and edit its details."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.objective_form = ObjectiveForm(controller)
        self.key_result_form = KeyResultForm(controller)
        self.addWidget(self.empty)
        self.addWidget(self.objective_form)
        self.addWidget(self.key_result_form)
        self.current: tuple[str, int] | None = None
        controller.changed.connect(self._on_changed)

    def show_item(self, key: tuple[str, int] | None) -> None:
        self.current = key
        try:
            if key is None:
                self.setCurrentWidget(self.empty)
            elif key[0] == "objective":
                self.objective_form.show_objective(self.controller.workspace.objective(key[1]))
                self.setCurrentWidget(self.objective_form)
            else:
                self.key_result_form.show_key_result(self.controller.workspace.key_result(key[1]))
                self.setCurrentWidget(self.key_result_form)
        except NotFoundError:
            self.current = None
            self.setCurrentWidget(self.empty)

    def set_read_only(self, read_only: bool) -> None:
        """Text stays selectable and readable; nothing can be typed or chosen (a read-only workspace)."""
        from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

        for form in (self.objective_form, self.key_result_form):
            for text in form.findChildren(QLineEdit) + form.findChildren(QPlainTextEdit):
                text.setReadOnly(read_only)
            for control in form.findChildren(QComboBox) + form.findChildren(QAbstractSpinBox):
                control.setEnabled(not read_only)
            for button in form.findChildren(QAbstractButton):
                if not form.hints.isAncestorOf(button):  # dismissing a hint writes nothing to the workspace
                    button.setEnabled(not read_only)

    def commit_pending(self) -> None:
        """Saves what was typed but not yet committed (the user went straight to a command)."""
        if self.controller.workspace.read_only:
            return
        if self.currentWidget() is self.objective_form:
            self.objective_form.commit_pending()
        elif self.currentWidget() is self.key_result_form:
            self.key_result_form.commit_pending()

    def _on_changed(self, change: Change) -> None:
        if self.current is not None:
            self.show_item(self.current)
