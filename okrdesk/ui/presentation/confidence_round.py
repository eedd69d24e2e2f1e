"""The confidence round: everyone's confidence in each key result, typed hidden and revealed at once.

The room calls the numbers out or the laptop goes round; each entry shows as dots while typed, so nobody
anchors on the first number. "Reveal" (Enter) checks every entry (a whole number 0–10 or left empty to skip;
a bad one is refused in words without showing it) and then shows all of them beside the last recorded
confidence. "Record as check-ins" writes each revealed confidence as a check-in that keeps the key result's
current value: one RecordCheckIns, so one undo step, refused in words in a read-only workspace.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain import checkins
from okrdesk.domain.validation import CONFIDENCE_MAX
from okrdesk.services.errors import NotFoundError, OkrdeskError
from okrdesk.ui.checkin_commands import RecordCheckIns
from okrdesk.ui.checkin_parts import band_word, closed_cycle_question, confirm_closed_cycle
from okrdesk.ui.commands import short_title
from okrdesk.ui.controller import Controller
from okrdesk.ui.dialogs.common import plain_label
from okrdesk.ui.messages import text as message_text
from okrdesk.ui.presentation.deck import Slide
from okrdesk.ui.presentation.look import muted, scaled_font


def parse_confidence(text: str) -> int | None:
    """The confidence typed, or None when it is not a whole number from 0 to 10 ("" is handled apart)."""
    text = text.strip()
    if not (text.isascii() and text.isdecimal()):  # "²" is a digit to Python, not a number
        return None
    value = int(text)
    return value if 0 <= value <= CONFIDENCE_MAX else None


class ConfidenceRound(QWidget):
    """The round for one objective's key results. `finished` fires when it is recorded or discarded
    (with the number of check-ins recorded, 0 when discarded)."""

    finished = Signal(int)
    revealed = Signal()

    def __init__(
        self, controller: Controller, slide: Slide, base: QFont, author_id: int | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confidenceRound")
        self.setAccessibleName(self.tr("Confidence round"))
        self.controller = controller
        self.slide = slide
        self.base = base
        self.author_id = author_id
        self.confidences: dict[int, int] = {}  # key result id → confidence, once revealed
        self.is_revealed = False
        self.edits: list[QLineEdit] = []
        self.shown: list[QLabel] = []  # the revealed value of each row
        self.changes: list[QLabel] = []  # "last 6 · ▲ up 2"
        self._scaled: dict[QWidget, tuple[float, bool]] = {}  # widget → its size relative to the base
        self._build()

    # ---- building ---------------------------------------------------------------------------------------

    def _build(self) -> None:
        pt = self.base.pointSizeF()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(int(pt * 4), int(pt * 2), int(pt * 4), int(pt))
        outer.setSpacing(int(pt * 0.6))
        heading = plain_label(self.tr("Confidence round"), self)
        self._font(heading, 1.5, bold=True)
        outer.addWidget(heading)
        objective = muted(plain_label(self.slide.item.title, self, wrap=True))
        self._font(objective, 0.9)
        outer.addWidget(objective)
        self.instructions = plain_label(
            self.tr(
                "How likely is each key result to be reached, from 0 (no chance) to 10 (certain)? "
                "Type each number: it stays hidden until everyone has answered. Leave one empty to skip it."
            ),
            self,
            wrap=True,
        )
        self._font(self.instructions, 0.8)
        outer.addWidget(self.instructions)

        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = QWidget()
        rows.setObjectName("roundRows")
        grid = QGridLayout(rows)
        grid.setContentsMargins(0, int(pt * 0.5), 0, int(pt * 0.5))
        grid.setHorizontalSpacing(int(pt * 1.2))
        grid.setVerticalSpacing(int(pt * 0.7))
        grid.setColumnStretch(0, 1)
        for row, kr in enumerate(self.slide.key_results):
            title = plain_label(kr.item.title, rows, wrap=True)
            self._font(title, 1.15, bold=True)
            grid.addWidget(title, row, 0)
            edit = QLineEdit(rows)
            edit.setEchoMode(QLineEdit.EchoMode.Password)  # dots while typed: nobody anchors on it
            edit.setMaxLength(2)
            edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._font(edit, 1.3, bold=True)
            edit.setFixedWidth(edit.fontMetrics().averageCharWidth() * 6)
            edit.setAccessibleName(
                self.tr("Confidence for “{title}” (0–10, hidden)").format(title=short_title(kr.item.title))
            )
            grid.addWidget(edit, row, 1)
            self.edits.append(edit)
            shown = plain_label("", rows)
            self._font(shown, 1.5, bold=True)
            shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
            shown.setMinimumWidth(shown.fontMetrics().horizontalAdvance("10/10"))
            shown.setAccessibleName(self.tr("Revealed confidence"))
            shown.hide()
            grid.addWidget(shown, row, 2)
            self.shown.append(shown)
            change = plain_label("", rows)  # the last confidence shows at the reveal: no anchoring before
            self._font(change, 1.0)
            change.setAccessibleName(self.tr("Last recorded confidence"))
            grid.addWidget(change, row, 3)
            self.changes.append(change)
        grid.setRowStretch(len(self.slide.key_results), 1)
        area.setWidget(rows)
        outer.addWidget(area, 1)
        for edit, following in zip(self.edits, self.edits[1:], strict=False):
            QWidget.setTabOrder(edit, following)

        self.problem = plain_label("", self, wrap=True)
        self.problem.setObjectName("problem")
        self.problem.setAccessibleName(self.tr("Problem"))
        self._font(self.problem, 0.85, bold=True)
        self.problem.hide()
        outer.addWidget(self.problem)
        if self.controller.workspace.read_only:
            note = plain_label(
                self.tr("This workspace is open read-only: the round can be revealed, but not recorded."),
                self,
                wrap=True,
            )
            self._font(note, 0.8)
            outer.addWidget(note)

        buttons = QHBoxLayout()
        self.reveal_button = self._button(self.tr("&Reveal (Enter)"), self.tr("Reveal"), self.reveal)
        self.record_button = self._button(
            self.tr("Re&cord as check-ins"), self.tr("Record as check-ins"), self.record
        )
        self.discard_button = self._button(self.tr("&Discard"), self.tr("Discard"), self.discard)
        self.record_button.hide()
        for button in (self.reveal_button, self.record_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        outer.addLayout(buttons)
        if self.edits:
            self.setFocusProxy(self.edits[0])

    def _font(self, widget: QWidget, scale: float, bold: bool = False) -> None:
        self._scaled[widget] = (scale, bold)
        widget.setFont(scaled_font(self.base, scale, bold=bold))

    def set_base(self, base: QFont) -> None:
        """Follows a zoom: every text keeps its size relative to the presentation's base size."""
        self.base = base
        for widget, (scale, bold) in self._scaled.items():
            widget.setFont(scaled_font(base, scale, bold=bold))
        for edit in self.edits:
            edit.setFixedWidth(edit.fontMetrics().averageCharWidth() * 6)
        for shown in self.shown:
            shown.setMinimumWidth(shown.fontMetrics().horizontalAdvance("10/10"))

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        self._font(button, 0.9, bold=True)
        button.clicked.connect(slot)
        return button

    def _last_text(self, last: int | None) -> str:
        if last is None:
            return self.tr("last: none")
        return self.tr("last: {value}").format(value=QLocale().toString(last))

    def _change_text(self, new: int, last: int | None) -> str:
        """ "last 6 · ▲ up 2" (arrow and words, not colour)."""
        if last is None:
            return self.tr("first confidence · {band}").format(band=band_word(new))
        locale = QLocale()
        before = locale.toString(last)
        if new > last:
            return self.tr("last {last} · ▲ up {diff}").format(last=before, diff=locale.toString(new - last))
        if new < last:
            return self.tr("last {last} · ▼ down {diff}").format(
                last=before, diff=locale.toString(last - new)
            )
        return self.tr("last {last} · = unchanged").format(last=before)

    # ---- the round --------------------------------------------------------------------------------------

    def show_problem(self, message: str) -> None:
        self.problem.setText("⚠ " + message if message else "")
        self.problem.setAccessibleDescription(message)
        self.problem.setVisible(bool(message))

    def reveal(self) -> bool:
        """Checks every entry and shows them all at once; False (with the reason, nothing shown) when an
        entry is not a confidence or none was typed."""
        if self.is_revealed:
            return True
        values: dict[int, int] = {}
        for kr, edit in zip(self.slide.key_results, self.edits, strict=True):
            text = edit.text().strip()
            if not text:
                continue
            value = parse_confidence(text)
            if value is None:  # said without showing what was typed: the others have not answered yet
                self.show_problem(
                    self.tr(
                        "The confidence for “{title}” is not a whole number from 0 to 10. Type it again."
                    ).format(title=short_title(kr.item.title))
                )
                edit.clear()
                edit.setFocus()
                return False
            values[kr.item.id] = value
        if not values:
            self.show_problem(self.tr("Type at least one confidence (0–10) before revealing."))
            if self.edits:
                self.edits[0].setFocus()
            return False
        self.show_problem("")
        self.confidences = values
        self.is_revealed = True
        for kr, edit, shown, change in zip(
            self.slide.key_results, self.edits, self.shown, self.changes, strict=True
        ):
            value = values.get(kr.item.id)
            edit.hide()
            shown.setText(self.tr("skipped") if value is None else QLocale().toString(value))
            self._font(shown, 0.9 if value is None else 1.5, bold=value is not None)
            shown.show()
            last = kr.item.last_confidence
            change.setText(self._last_text(last) if value is None else self._change_text(value, last))
        self.instructions.setText(
            self.tr("Revealed. Talk about the differences, then record them as check-ins or discard them.")
        )
        self.reveal_button.hide()
        self.record_button.show()
        self.record_button.setFocus()
        self.setFocusProxy(self.record_button)
        self.revealed.emit()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in an entry (which passes it on) or on a button reveals; once only."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.is_revealed:
            self.reveal()
            event.accept()
            return
        super().keyPressEvent(event)

    def confirm(self, text: str) -> bool:
        """Asks whether to record outside a closed cycle (tests replace this)."""
        return confirm_closed_cycle(self, text)

    def record(self) -> bool:
        """Records the revealed confidences as check-ins with unchanged values (one undo step)."""
        if not self.is_revealed and not self.reveal():
            return False
        workspace = self.controller.workspace
        entries: list[tuple[int, dict[str, Any]]] = []
        try:
            cycle = workspace.cycle(self.slide.item.cycle_id)
            for kr_id, confidence in self.confidences.items():
                current = workspace.key_result(kr_id).current  # as now, not as when the slide was drawn
                fields = {"value": current, "confidence": confidence, "note": "", "at": None}
                entries.append((kr_id, {**fields, "author_id": self.author_id}))
        except NotFoundError:
            self.show_problem(
                self.tr("A key result of this objective was deleted meanwhile, so nothing was recorded.")
            )
            return False
        except OkrdeskError as exc:
            self.show_problem(message_text(exc))
            return False
        today = date.today()
        if checkins.needs_confirmation(cycle, today) and not self.confirm(
            closed_cycle_question(cycle, today)
        ):
            return False
        command = RecordCheckIns(self.controller, entries)
        command.setText(
            self.tr("Confidence round on “{title}”").format(title=short_title(self.slide.item.title))
        )
        refusal = self.controller.try_execute(command)
        if refusal is not None:
            self.show_problem(refusal)
            return False
        self.finished.emit(len(entries))
        return True

    def discard(self) -> None:
        self.finished.emit(0)
