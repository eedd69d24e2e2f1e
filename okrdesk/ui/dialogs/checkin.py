"""The check-in dialog: record a key result's new value, confidence and note, with a live preview.

It shows what the key result is (range, current value, the value expected by now, the last check-in) and
previews the progress and status the new value gives, with warnings worth a second look (a value far from
the range, a date outside the cycle, a date before the latest check-in). Enter saves (Ctrl+Enter inside the
note, where Enter starts a new line), Esc cancels. The check-in is one undoable RecordCheckIns; a refusal is
shown inline and keeps everything typed. A few helpers here are shared with the weekly round (weekly.py).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain import checkins, validation
from okrdesk.domain.model import CheckIn, Cycle, KeyResult, KRType, Objective
from okrdesk.services.errors import NotFoundError, OkrdeskError
from okrdesk.ui.checkin_commands import RecordCheckIns
from okrdesk.ui.checkin_parts import (
    NO_CONFIDENCE,
    WarningLabel,
    band_word,
    bold,
    check_in_moment,
    closed_cycle_question,
    confidence_spin,
    confirm_closed_cycle,
    dim,
    expected_text,
    progress_text,
    range_text,
    short_note,
    spin_confidence,
    status_word,
    to_qdatetime,
    value_text,
)
from okrdesk.ui.commands import short_title
from okrdesk.ui.controller import Controller
from okrdesk.ui.dialogs.common import ErrorLabel, add_undo_actions, plain_label, plain_tooltip
from okrdesk.ui.i18n import format_date, format_datetime
from okrdesk.ui.messages import text as message_text


class CheckInDialog(QDialog):
    """Records one check-in of a key result; `recorded` holds it after a successful save."""

    def __init__(
        self,
        controller: Controller,
        key_result_id: int,
        parent: QWidget | None = None,
        *,
        author_id: int | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.workspace = controller.workspace
        self.key_result_id = key_result_id
        self.author_id = author_id
        self.today = today or date.today()
        self._today_imposed = today is not None
        self.recorded: CheckIn | None = None
        self.kr: KeyResult | None = None
        self.objective: Objective | None = None
        self.cycle: Cycle | None = None
        self.last: CheckIn | None = None
        problem = ""
        try:
            self.kr = self.workspace.key_result(key_result_id)
            self.objective = self.workspace.objective(self.kr.objective_id)
            self.cycle = self.workspace.cycle(self.objective.cycle_id)
            self.last = max(self.workspace.check_ins(key_result_id), key=lambda c: (c.at, c.id), default=None)
        except NotFoundError:
            problem = self.tr(
                "This key result no longer exists (it may have been deleted), so it cannot be checked in."
            )
        except OkrdeskError as exc:
            problem = message_text(exc)
        self.setWindowTitle(
            self.tr("Check in – {title}").format(title=short_title(self.kr.title))
            if self.kr
            else self.tr("Check in")
        )
        self.setMinimumWidth(520)
        self._build()
        self._fill()
        self.error_label.show_message(problem)
        self.copy_button.setVisible(bool(problem))
        self._update()

    # ---- building ---------------------------------------------------------------------------------------

    def _build(self) -> None:
        kr = self.kr
        self.title_label = bold(plain_label(kr.title if kr else "", self, wrap=True))
        objective = self.objective.title if self.objective else ""
        self.objective_label = dim(plain_label(objective, self, wrap=True))
        self.range_label, self.current_label, self.expected_label, self.last_label = (
            plain_label("", self, wrap=True) for _ in range(4)
        )
        self.last_note_label = dim(plain_label("", self, wrap=True))
        for label in (self.title_label, self.objective_label, self.last_note_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        info = QFormLayout()
        info.addRow(self.tr("Key result:"), self.title_label)
        info.addRow(self.tr("Objective:"), self.objective_label)
        info.addRow(self.tr("Measure:"), self.range_label)
        info.addRow(self.tr("Current value:"), self.current_label)
        info.addRow(self.tr("Expected by today:"), self.expected_label)
        info.addRow(self.tr("Last check-in:"), self.last_label)
        info.addRow("", self.last_note_label)

        value_row = QHBoxLayout()
        self.value_edit: QLineEdit | None = None
        self.done_check: QCheckBox | None = None
        if kr is not None and kr.kr_type == KRType.MILESTONE:
            self.done_check = QCheckBox(self.tr("&Done"), self)
            self.done_check.setAccessibleName(self.tr("Done"))
            self.done_check.toggled.connect(self._update)
            value_row.addWidget(self.done_check)
        else:
            self.value_edit = QLineEdit(self)
            self.value_edit.setAccessibleName(self.tr("New value"))
            self.value_edit.textChanged.connect(self._update)
            value_row.addWidget(self.value_edit, 1)
        self.unit_label = plain_label(kr.unit if kr else "", self)
        self.unit_label.setVisible(bool(self.unit_label.text()) and self.value_edit is not None)
        value_row.addWidget(self.unit_label)
        value_label = QLabel(self.tr("New &value:"), self)
        value_label.setBuddy(self.value_field())

        self.preview_label = plain_label("", self, wrap=True)
        self.preview_label.setAccessibleName(self.tr("Preview"))
        self.value_error = ErrorLabel(self)
        self.warning_label = WarningLabel(self)
        self.confidence_spin = confidence_spin(self.tr("Confidence (0–10)"), None, self)
        self.band_label = plain_label("", self)
        self.confidence_spin.valueChanged.connect(self._update_band)
        confidence_row = QHBoxLayout()
        confidence_row.addWidget(self.confidence_spin)
        confidence_row.addWidget(self.band_label, 1)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(
            self.tr("What moved, what blocks, what's next (Enter: new line, Ctrl+Enter: save)")
        )
        self.note_edit.setMinimumHeight(80)
        self.note_edit.installEventFilter(self)
        self.at_edit = QDateTimeEdit(self)
        self.at_edit.setAccessibleName(self.tr("Date and time of the check-in"))
        self.at_edit.setCalendarPopup(True)
        self.at_edit.setDisplayFormat("d MMM yyyy HH:mm")
        self.at_edit.setMinimumDateTime(to_qdatetime(datetime(1900, 1, 1)))
        self.at_edit.setMaximumDateTime(to_qdatetime(datetime.now()))
        self._default_at = to_qdatetime(check_in_moment(self.today))
        self.at_edit.setDateTime(self._default_at)
        self.at_edit.dateTimeChanged.connect(self._update)

        form = QFormLayout()
        form.addRow(value_label, value_row)
        form.addRow("", self.preview_label)
        form.addRow("", self.value_error)
        form.addRow("", self.warning_label)
        confidence_label = QLabel(self.tr("&Confidence:"), self)
        confidence_label.setBuddy(self.confidence_spin)
        form.addRow(confidence_label, confidence_row)
        form.addRow(self.tr("&Note:"), self.note_edit)
        form.addRow(self.tr("&When:"), self.at_edit)
        self.author_label = dim(plain_label(self._author_text(), self, wrap=True))
        form.addRow(self.tr("By:"), self.author_label)

        self.error_label = ErrorLabel(self)
        self.copy_button = QPushButton(self.tr("Copy &note"), self)
        self.copy_button.setToolTip(self.tr("Copy the note to the clipboard so it is not lost"))
        self.copy_button.clicked.connect(self.copy_note)
        problem_row = QHBoxLayout()
        problem_row.addWidget(self.error_label, 1)
        problem_row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save check-in"))
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.addLayout(info)
        layout.addWidget(line)
        layout.addLayout(form)
        layout.addLayout(problem_row)
        layout.addWidget(self.buttons)
        add_undo_actions(self, self.controller)

    def _fill(self) -> None:
        """Shows the key result and prefills the fields from its current state."""
        kr = self.kr
        if kr is None:
            for widget in (self.value_field(), self.confidence_spin, self.note_edit, self.at_edit):
                widget.setEnabled(False)
            return
        self.range_label.setText(range_text(kr))
        current = value_text(kr, kr.current)
        if kr.last_value is None:
            current = self.tr("{value} (the start: no check-in yet)").format(value=current)
        self.current_label.setText(current)
        self.expected_label.setText(expected_text(kr, self.cycle, self.today))
        last = self.last
        if last is None:
            self.last_label.setText(self.tr("none yet"))
        else:
            parts = [format_datetime(last.at), value_text(kr, last.value)]
            if last.confidence is not None:
                parts.append(
                    self.tr("confidence {value} ({band})").format(
                        value=last.confidence, band=band_word(last.confidence)
                    )
                )
            self.last_label.setText(" · ".join(parts))
            self.confidence_spin.setValue(NO_CONFIDENCE if last.confidence is None else last.confidence)
        note = last.note if last is not None else ""
        self.last_note_label.setText(short_note(note))
        self.last_note_label.setToolTip(plain_tooltip(note) if note else "")
        self.last_note_label.setVisible(bool(note))
        if self.done_check is not None:
            self.done_check.setChecked(kr.current >= 1)
        elif self.value_edit is not None:
            self.value_edit.setText(validation.format_number(kr.current))
            self.value_edit.selectAll()
        self.value_field().setFocus()
        self._update_band()

    # ---- live feedback ---------------------------------------------------------------------------------

    def value_field(self) -> QWidget:
        """The field of the new value: a line edit, or the milestone's "Done" box."""
        field = self.value_edit if self.value_edit is not None else self.done_check
        assert field is not None
        return field

    def value(self) -> float | None:
        """The new value as typed, or None while it is not a valid number (the reason is shown)."""
        if self.done_check is not None:
            return 1.0 if self.done_check.isChecked() else 0.0
        if self.value_edit is None:
            return None
        try:
            return validation.parse_number(self.value_edit.text(), "value")
        except ValueError:
            return None

    def _author_text(self) -> str:
        names = {o.id: o.name for o in self.workspace.owners()}
        if self.author_id in names:
            return names[self.author_id]
        return self.tr("nobody named: choose who you are in Preferences to sign your check-ins")

    def at(self) -> datetime:
        moment: datetime = self.at_edit.dateTime().toPython()  # type: ignore[assignment]
        return moment

    def _update_band(self) -> None:
        self.band_label.setText(band_word(spin_confidence(self.confidence_spin)))

    def _update(self) -> None:
        kr = self.kr
        problem = ""
        if self.value_edit is not None:
            try:
                validation.parse_number(self.value_edit.text(), "value")
            except ValueError as exc:
                problem = message_text(exc)
        self.value_error.show_message(problem)
        value = self.value()
        if kr is None or value is None:
            self.preview_label.setText("")
            self.warning_label.show_message("")
            self.save_button.setEnabled(False)
            return
        raw, state = checkins.preview(kr, value, self.cycle, self.today)
        self.preview_label.setText(
            self.tr("New progress: {progress} · {status}").format(
                progress=progress_text(raw), status=status_word(state)
            )
        )
        at = self.at()
        warnings = [
            message_text(w.message) for w in checkins.check_in_warnings(kr, value, self.cycle, at.date())
        ]
        if self.last is not None and at < self.last.at - timedelta(seconds=1):  # not the one just made
            warnings.append(
                self.tr(
                    "This is earlier than the latest check-in ({when}), so the current value stays {value}."
                ).format(when=format_date(self.last.at.date()), value=value_text(kr, self.last.value))
            )
        self.warning_label.show_message("\n".join(warnings))
        self.save_button.setEnabled(True)

    # ---- saving ----------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter in the note saves (Enter alone starts a new line there)."""
        if (
            watched is self.note_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def confirm(self, text: str) -> bool:
        """Asks whether to record a check-in outside a closed cycle (tests replace this)."""
        return confirm_closed_cycle(self, text)

    def copy_note(self) -> None:
        """Puts the typed note on the clipboard (when the key result vanished, so it is not lost)."""
        QApplication.clipboard().setText(self.note_edit.toPlainText())

    def save(self) -> bool:
        """Records the check-in; False (the reason shown, everything typed kept) when it was not recorded."""
        value = self.value()
        if self.kr is None or value is None:
            return False
        at = self.at()
        problem = checkins.date_problem(at, datetime.now())
        if problem is not None:
            self.error_label.show_message(message_text(problem.message))
            return False
        if checkins.needs_confirmation(self.cycle, at.date()) and not self.confirm(
            closed_cycle_question(self.cycle, at.date())
        ):
            return False
        fields = {
            "value": value,
            "confidence": spin_confidence(self.confidence_spin),
            "note": self.note_edit.toPlainText(),
            # Left at its default, the check-in is dated when it is saved (the dialog may stay open a while).
            "at": None if self.at_edit.dateTime() == self._default_at and not self._today_imposed else at,
            "author_id": self.author_id,
        }
        command = RecordCheckIns(self.controller, [(self.key_result_id, fields)], self.kr.title)
        message = self.controller.try_execute(command)
        if message is not None:
            self._refused(message)
            return False
        self.recorded = command.recorded[0] if command.recorded else None
        super().accept()
        return True

    def _refused(self, message: str) -> None:
        gone = False
        try:
            self.workspace.key_result(self.key_result_id)
        except NotFoundError:
            gone = True
        except OkrdeskError:
            pass
        if gone:
            message = self.tr(
                "This key result was deleted while you were checking in, so nothing was recorded. "
                "Your value and note are still here: copy the note, or undo the deletion and save again."
            )
        self.copy_button.setVisible(gone)
        self.error_label.show_message(message)

    def accept(self) -> None:
        self.save()

    @classmethod
    def ask(
        cls, parent: QWidget | None, controller: Controller, key_result_id: int, author_id: int | None = None
    ) -> bool:
        """Shows the dialog; True when a check-in was recorded."""
        dialog = cls(controller, key_result_id, parent, author_id=author_id)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted and dialog.recorded is not None
        finally:
            dialog.deleteLater()
