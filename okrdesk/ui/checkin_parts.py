"""Words and widgets the check-in dialogs and the history share: values with units, progress and status
words, the confidence spin box, the amber warning line and the closed-cycle confirmation."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from okrdesk.domain import checkins, validation
from okrdesk.domain.model import Cycle, KeyResult, KRType, Status
from okrdesk.domain.progress import confidence_band, expected_for
from okrdesk.ui.dialogs.common import ErrorLabel
from okrdesk.ui.i18n import format_date, format_number, format_percent
from okrdesk.ui.messages import text as message_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")

NO_CONFIDENCE = -1  # the spin boxes' "not given" value
NOTE_SHOWN_MAX = 160
AMBER = QColor("#9a5b00")  # readable on light backgrounds; the text says what is wrong, not the colour


def with_unit(value: float, unit: str) -> str:
    """A value with its unit: "95 %", "300 referrals", "8/10" (at most two decimals)."""
    number = format_number(round(value, 2))
    if not unit:
        return number
    return f"{number}{unit}" if unit.startswith("/") else f"{number} {unit}"


def value_text(kr: KeyResult, value: float) -> str:
    """A key result's value as a person reads it ("done" for a milestone)."""
    if kr.kr_type == KRType.MILESTONE:
        return translate("CheckIn", "done") if value >= 1 else translate("CheckIn", "not done")
    return with_unit(value, kr.unit)


def range_text(kr: KeyResult) -> str:
    """What the key result measures: "0 → 100 %", "keep at least 95 %", "done or not done"."""
    match kr.kr_type:
        case KRType.AT_LEAST:
            return translate("CheckIn", "keep at least {value}").format(value=with_unit(kr.target, kr.unit))
        case KRType.AT_MOST:
            return translate("CheckIn", "keep at most {value}").format(value=with_unit(kr.target, kr.unit))
        case KRType.MILESTONE:
            return translate("CheckIn", "a milestone: done or not done")
    return f"{with_unit(kr.start, kr.unit)} → {with_unit(kr.target, kr.unit)}"


def expected_text(kr: KeyResult, cycle: Cycle | None, today: date) -> str:
    """The value the key result should show today, or what it means for the types without a pace."""
    if kr.kr_type in (KRType.AT_LEAST, KRType.AT_MOST):
        return range_text(kr)
    if kr.kr_type == KRType.MILESTONE:
        if cycle is None:
            return translate("CheckIn", "done by the end of the cycle")
        return translate("CheckIn", "done by the end of the cycle ({day})").format(day=format_date(cycle.end))
    expected = expected_for(cycle, today) if cycle is not None else 0.0
    span = abs(kr.target - kr.start)
    decimals = 0 if span >= 100 else 1 if span >= 1 else 2  # as precise as the range needs
    return with_unit(round(checkins.expected_value(kr, expected), decimals), kr.unit)


def progress_text(raw: float, *, words: bool = True) -> str:
    """A raw progress as a percentage, overachievement (▲) and below-baseline (▼) marked, never hidden
    by clamping; with `words`, the marks are said too ("115 % ▲ overachieved")."""
    text = format_percent(raw)
    if raw > 1:
        return text + (" ▲ " + translate("CheckIn", "overachieved") if words else " ▲")
    if raw < 0:
        return text + (" ▼ " + translate("CheckIn", "below baseline") if words else " ▼")
    return text


def confidence_text(confidence: int | None) -> str:
    """ "7/10 · high" (empty when none was given)."""
    if confidence is None:
        return ""
    return f"{confidence}/10 · {band_word(confidence)}"


def status_word(state: Status) -> str:
    on, risk, off = (
        translate("CheckIn", "On track"),
        translate("CheckIn", "At risk"),
        translate("CheckIn", "Off track"),
    )
    return {Status.ON_TRACK: on, Status.AT_RISK: risk, Status.OFF_TRACK: off}.get(
        state, translate("CheckIn", "No data")
    )


def band_word(confidence: int | None) -> str:
    """ "low", "medium" or "high"; empty when no confidence was given."""
    if confidence is None:
        return ""
    return {
        "low": translate("CheckIn", "low"),
        "medium": translate("CheckIn", "medium"),
        "high": translate("CheckIn", "high"),
    }[confidence_band(confidence)]


def short_note(note: str, limit: int = NOTE_SHOWN_MAX) -> str:
    """A note on one line, cut to `limit` characters (the full note goes in a tooltip)."""
    single = " ".join(note.split())
    return single if len(single) <= limit else single[: limit - 1] + "…"


def check_in_moment(today: date | None) -> datetime:
    """The default time of a new check-in: now, or `today` at the current time when a day is imposed."""
    now = datetime.now()
    if today is None or today == now.date():
        return now
    return min(datetime.combine(today, now.time()), now)


def to_qdatetime(moment: datetime) -> QDateTime:
    """A stored (local, naive) timestamp for a QDateTimeEdit, to the millisecond: seconds are kept though
    not shown, so a check-in right after another one still comes after it."""
    time = QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000)
    return QDateTime(QDate(moment.year, moment.month, moment.day), time)


def dim(label: QLabel) -> QLabel:
    """Secondary text: the disabled text colour, while the label stays enabled (its tooltip still shows)."""
    palette = label.palette()
    color = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    palette.setColor(QPalette.ColorRole.WindowText, color)
    label.setPalette(palette)
    return label


def bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class WarningLabel(ErrorLabel):
    """An amber line for something worth a second look that does not stop the edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningLabel")
        self.setAccessibleName(translate("CheckIn", "Warning"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, AMBER)
        self.setPalette(palette)


def confidence_spin(accessible_name: str, confidence: int | None, parent: QWidget | None = None) -> QSpinBox:
    """A 0–10 confidence spin box whose lowest value means "not given"."""
    spin = QSpinBox(parent)
    spin.setRange(NO_CONFIDENCE, validation.CONFIDENCE_MAX)
    spin.setSpecialValueText(translate("CheckIn", "not given"))
    spin.setAccessibleName(accessible_name)
    spin.setValue(NO_CONFIDENCE if confidence is None else confidence)
    return spin


def spin_confidence(spin: QSpinBox) -> int | None:
    return None if spin.value() == NO_CONFIDENCE else spin.value()


def confirm_closed_cycle(parent: QWidget, text: str) -> bool:
    """Asks (plain text, "Cancel" by default) whether to record check-ins outside a closed cycle."""
    box = QMessageBox(
        QMessageBox.Icon.Question, translate("CheckIn", "Record in a closed cycle?"), text, parent=parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("CheckIn", "Record it"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    try:
        return box.exec() == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()


def closed_cycle_question(cycle: Cycle | None, on: date) -> str:
    """The confirmation text for check-ins dated `on`, outside the closed `cycle`."""
    warning = checkins.date_warning(cycle, on) if cycle is not None else None
    return (
        (message_text(warning.message) if warning else "")
        + "\n\n"
        + translate("CheckIn", "Record it anyway?")
    ).strip()
