"""The presentation's own high-contrast look: palette, fonts scaled for a projector, bars and status marks.

The presentation does not follow the application's theme: a projected room needs near-black, white type and
one bright accent whatever the laptop shows. Status is drawn as shape and word (never colour alone), progress
as a bar with its percentage, overachievement (▲) and below-baseline (▼) marked in words too.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from okrdesk.domain.model import Status
from okrdesk.ui.checkin_parts import progress_text, status_word
from okrdesk.ui.delegates import draw_status_shape
from okrdesk.ui.themes import HIGH_CONTRAST, tones_for

BASE_POINT_SIZE = 20.0  # at zoom 1.0: readable from the back of a meeting room on a 1080p projector
BACKGROUND = QColor("#0b0b0b")
PANEL = QColor("#1c1c1c")
TEXT = QColor("#ffffff")
MUTED = QColor("#d0d0d0")  # secondary text, still about 13:1 on the background
ACCENT = QColor("#ffea00")  # yellow: the current item, time's up, the focus
FOCUS = QColor("#00e5ff")  # cyan: the keyboard focus ring
TRACK = QColor("#3c3c3c")
# The high-contrast theme's status tones: bright on black, whatever the app's theme is.
STATUS_COLOURS = tones_for(HIGH_CONTRAST).status

# Qt does not pass a window's palette on to children that a style sheet styles, so the colours are said here
# (the palette below is for what is painted by hand and for the application's own style sheet, if any).
STYLE_SHEET = (
    "#presentationWindow, #slideContent, #confidenceRound, #roundRows, QScrollArea, QStackedWidget "
    "{ background-color: #0b0b0b; } "
    "#presentationWindow QLabel { color: #ffffff; background: transparent; } "
    '#presentationWindow QLabel[muted="true"] { color: #d0d0d0; } '
    "#presentationWindow QPushButton { color: #ffffff; background: #1c1c1c; border: 2px solid #ffffff; "
    "border-radius: 6px; padding: 6px 18px; } "
    "#presentationWindow QPushButton:focus { border: 4px solid #00e5ff; } "
    "#presentationWindow QPushButton:pressed { background: #3c3c3c; } "
    "#presentationWindow QLineEdit { color: #ffffff; background: #1c1c1c; border: 2px solid #ffffff; "
    "border-radius: 4px; padding: 2px 8px; } "
    "#presentationWindow QLineEdit:focus { border: 4px solid #00e5ff; } "
    "QScrollArea { border: none; } "
    "#presentationWindow QTreeView { color: #ffffff; background-color: #0b0b0b; border: none; "
    "alternate-background-color: #1c1c1c; selection-background-color: #ffea00; selection-color: #000000; } "
    "#presentationWindow QScrollBar { background: #1c1c1c; } "
    "#presentationFooter { border-top: 2px solid #3c3c3c; } "
    "#presentationWindow QLabel#timeUp { color: #000000; background: #ffea00; border: 3px solid #ffffff; "
    "border-radius: 6px; padding: 2px 12px; } "
    "#presentationWindow QLabel#timerRunning, #presentationWindow QLabel#timerPaused "
    "{ padding: 2px 12px; border: 3px solid transparent; } "
    "#presentationWindow QLabel#problem { color: #000000; background: #ffea00; padding: 6px 12px; "
    "border-radius: 4px; } "
)


def header_style_sheet(point_size: float) -> str:
    """The tree's column headers (a style sheet that styles sections must name their size too)."""
    return (
        "QHeaderView::section { color: #d0d0d0; background: #0b0b0b; border: none; "
        f"font-size: {point_size:.1f}pt; border-bottom: 2px solid #3c3c3c; padding: 4px 8px; }}"
    )


def presentation_palette() -> QPalette:
    """Near-black background, white text, a yellow highlight with black text on it."""
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in (
            (QPalette.ColorRole.Window, BACKGROUND),
            (QPalette.ColorRole.WindowText, TEXT),
            (QPalette.ColorRole.Base, BACKGROUND),
            (QPalette.ColorRole.AlternateBase, PANEL),
            (QPalette.ColorRole.Text, TEXT),
            (QPalette.ColorRole.Button, PANEL),
            (QPalette.ColorRole.ButtonText, TEXT),
            (QPalette.ColorRole.Highlight, ACCENT),
            (QPalette.ColorRole.HighlightedText, QColor("#000000")),
            (QPalette.ColorRole.PlaceholderText, MUTED),
            (QPalette.ColorRole.Mid, TRACK),
            (QPalette.ColorRole.ToolTipBase, PANEL),
            (QPalette.ColorRole.ToolTipText, TEXT),
        ):
            palette.setColor(group, role, colour)
    for role, colour in (
        (QPalette.ColorRole.WindowText, MUTED),
        (QPalette.ColorRole.Text, MUTED),
        (QPalette.ColorRole.ButtonText, MUTED),
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, colour)
    return palette


def scaled_font(base: QFont, scale: float = 1.0, *, bold: bool = False) -> QFont:
    """The base font at `scale` times its size (never below 8 pt)."""
    font = QFont(base)
    font.setPointSizeF(max(8.0, base.pointSizeF() * scale))
    font.setBold(bold)
    return font


def muted(label: QLabel) -> QLabel:
    """Secondary text in the muted grey (still high contrast; the style sheet picks the property up)."""
    label.setProperty("muted", True)
    return label


def paint_status(painter: QPainter, rect: QRectF, state: Status, on_highlight: bool = False) -> None:
    """The tree's status shapes (ui/delegates.py), in the presentation's bright tones and sized for a wall:
    circle on track, triangle at risk, square off track, a ring for no data."""
    colour = STATUS_COLOURS[state]
    if on_highlight and state in (Status.AT_RISK, Status.NO_DATA):  # yellow or white on the yellow row
        colour = QColor("#000000")
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen_width = max(2.0, rect.width() / 10)
    inset = pen_width / 2 + 1
    r = rect.adjusted(inset, inset, -inset, -inset)
    painter.setPen(QPen(colour, pen_width))
    painter.setBrush(colour)
    draw_status_shape(painter, r, state, r.width() / 10)
    painter.restore()


def bar_colour(state: Status) -> QColor:
    """The fill of a progress bar: the status tone (no data has no fill)."""
    return STATUS_COLOURS[state]


def paint_progress(
    painter: QPainter,
    rect: QRectF,
    raw: float | None,
    state: Status,
    font: QFont,
    text_colour: QColor,
    *,
    words: bool = True,
) -> None:
    """A bar with the percentage to its right; None is said as "no data", never drawn as 0 %."""
    metrics = QFontMetrics(font)
    label = progress_text(raw, words=words) if raw is not None else "—"  # the status beside says "No data"
    label_width = min(
        float(metrics.horizontalAdvance(label) + metrics.averageCharWidth() * 2), rect.width() * 0.6
    )
    bar_height = max(8.0, min(rect.height() * 0.6, metrics.height() * 0.7))
    bar = QRectF(
        rect.left(),
        rect.center().y() - bar_height / 2,
        max(10.0, rect.width() - label_width),
        bar_height,
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    radius = bar_height / 4
    track = QPainterPath()
    track.addRoundedRect(bar, radius, radius)
    painter.fillPath(track, TRACK)
    if raw is None:
        painter.setPen(QPen(MUTED, 2, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(bar, radius, radius)
    else:
        fill = max(0.0, min(1.0, raw))
        if fill > 0:
            filled = QPainterPath()
            filled.addRoundedRect(
                QRectF(bar.left(), bar.top(), bar.width() * fill, bar.height()), radius, radius
            )
            painter.fillPath(filled, bar_colour(state))
        if raw > 1.0:  # overachieved: a white stripe closes the full bar (and "▲" in the label)
            stripe = max(4.0, bar_height / 3)
            painter.fillRect(QRectF(bar.right() - stripe, bar.top(), stripe, bar.height()), TEXT)
        if raw < 0.0:  # below the baseline: a dashed outline round the empty bar (and "▼" in the label)
            painter.setPen(QPen(TEXT, 2, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(bar, radius, radius)
    painter.setFont(font)
    painter.setPen(text_colour)
    label_rect = QRectF(bar.right(), rect.top(), rect.right() - bar.right(), rect.height())
    painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
    painter.restore()


class ProgressBar(QWidget):
    """A progress bar with its percentage in words, sized by its font."""

    def __init__(
        self, raw: float | None, state: Status, parent: QWidget | None = None, *, words: bool = True
    ) -> None:
        super().__init__(parent)
        self.raw = raw
        self.state = state
        self.words = words
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Progress"))
        self.setAccessibleDescription(progress_text(raw) if raw is not None else status_word(Status.NO_DATA))

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 28, int(metrics.height() * 1.5))

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 16, int(metrics.height() * 1.5))

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        paint_progress(
            painter, QRectF(self.rect()), self.raw, self.state, self.font(), TEXT, words=self.words
        )
        painter.end()


class StatusBadge(QWidget):
    """The status as shape and word ("▲ At risk" drawn as a triangle and the words)."""

    def __init__(self, state: Status, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.word = status_word(state)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Status"))
        self.setAccessibleDescription(self.word)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        longest = max(metrics.horizontalAdvance(status_word(s)) for s in Status)
        return QSize(int(metrics.height() * 1.4) + longest + 4, int(metrics.height() * 1.5))

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        side = metrics.height() * 0.95
        rect = QRectF(self.rect())
        paint_status(painter, QRectF(rect.left(), rect.center().y() - side / 2, side, side), self.state)
        painter.setPen(TEXT)
        painter.setFont(self.font())
        text_rect = rect.adjusted(side + metrics.averageCharWidth(), 0, 0, 0)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.word)
        painter.end()
