"""The figures of the PDF review pack, drawn as vectors by QPainter: progress bars, score bars and the small
progress chart of a key result.

They enter the QTextDocument as ``<img>`` tags whose ``src`` is a name made up here ("okrdesk-figure:17",
never user text) and whose width and height are given. `FigureHandler` takes the place of Qt's image handler
in the document's layout, so every image of the document is drawn by this module and nothing is ever loaded:
an ``<img>`` whose name is not one of ours draws as nothing. Vectors stay sharp when zoomed or printed and
cost a few hundred bytes each (a raster chart per key result would be encoded as an image and weigh more).

Greyscale: bars have a dark outline and the percentage is printed beside them by the caller; a bar beyond its
range is marked by shape (a dark stripe when overachieved, a dashed outline below the baseline) and said in
words by the caller. The chart's lines differ by style (solid with round markers, dashed, dotted), not only by
colour.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QPyTextObject,
    QTextDocument,
    QTextFormat,
)

from okrdesk.domain.model import Status
from okrdesk.domain.progress import score_band

FONT_FAMILY = "DejaVu Sans"
PREFIX = "okrdesk-figure:"

OUTLINE = QColor("#303030")
TRACK = QColor("#ececec")
STATUS_FILL = {
    Status.ON_TRACK: QColor("#2e7d32"),
    Status.AT_RISK: QColor("#e08a00"),
    Status.OFF_TRACK: QColor("#c62828"),
    Status.NO_DATA: QColor("#8a8a8a"),
}
BAND_FILL = {"green": QColor("#2e7d32"), "yellow": QColor("#e0b000"), "red": QColor("#c62828")}
OVERACHIEVED = QColor("#0b3d91")
PROGRESS_LINE = QColor("#1f4e99")
PACE_LINE = QColor("#6e6e6e")


@dataclass(frozen=True, slots=True)
class Bar:
    """A progress bar (value: raw progress, None for no data) or a score bar (value: score 0–1)."""

    value: float | None
    status: Status = Status.NO_DATA
    score: bool = False


@dataclass(frozen=True, slots=True)
class Chart:
    """A key result's progress over its cycle: (day, raw progress) points, days counted from the start."""

    points: tuple[tuple[float, float], ...]
    start: date
    end: date
    today: float | None  # the pack's day, as days from the start, when it lies inside the cycle


Figure = Bar | Chart


class Figures:
    """The figures of one document, by the made-up names their ``<img>`` tags carry."""

    def __init__(self) -> None:
        self._items: dict[str, Figure] = {}

    def img(self, figure: Figure, width: float, height: float) -> str:
        """The ``<img>`` tag that shows the figure at that size (points); only numbers enter it."""
        name = f"{PREFIX}{len(self._items)}"
        self._items[name] = figure
        return f'<img src="{name}" width="{width:g}" height="{height:g}" style="vertical-align: middle">'

    def get(self, name: str) -> Figure | None:
        return self._items.get(name)

    def __len__(self) -> int:
        return len(self._items)


class FigureHandler(QPyTextObject):
    """Draws the document's images (all of them: it replaces Qt's image handler, so nothing is loaded)."""

    def __init__(self, figures: Figures, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.figures = figures

    def intrinsicSize(self, doc: QTextDocument, posInDocument: int, format: QTextFormat) -> QSizeF:
        image = format.toImageFormat()
        if self.figures.get(image.name()) is None:
            return QSizeF(0, 0)
        return QSizeF(max(image.width(), 0.0), max(image.height(), 0.0))

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        posInDocument: int,
        format: QTextFormat,
    ) -> None:
        figure = self.figures.get(format.toImageFormat().name())
        rect = QRectF(rect)
        if figure is None or rect.width() <= 0 or rect.height() <= 0:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if isinstance(figure, Bar):
            draw_bar(painter, rect, figure)
        else:
            draw_chart(painter, rect, figure)
        painter.restore()


def pdf_font(size: float, bold: bool = False) -> QFont:
    """The pack's font at a size in points. Ligatures are off: "fi" drawn as one glyph would be extracted
    as "ﬁ", and a search for "confidence" or a copied "file:///…" would not find what the page shows."""
    font = QFont(FONT_FAMILY)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(size)
    font.setBold(bold)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def draw_bar(painter: QPainter, rect: QRectF, bar: Bar) -> None:
    """A bar with a dark outline; the caller prints the figure beside it."""
    box = rect.adjusted(0.5, 0.5, -0.5, -0.5)
    path = QPainterPath()
    path.addRoundedRect(box, 2, 2)
    painter.fillPath(path, TRACK)
    value = bar.value
    if value is None:  # no data: a light hatch in the empty bar
        painter.fillPath(path, QBrush(QColor("#9a9a9a"), Qt.BrushStyle.BDiagPattern))
    else:
        fill = max(0.0, min(1.0, value))
        colour = BAND_FILL[score_band(value)] if bar.score else STATUS_FILL[bar.status]
        if fill > 0:
            painter.save()
            painter.setClipPath(path)
            painter.fillRect(QRectF(box.left(), box.top(), box.width() * fill, box.height()), colour)
            if value > 1 and not bar.score:  # overachieved: a dark stripe at the end of the full bar
                painter.fillRect(QRectF(box.right() - 4, box.top(), 4, box.height()), OVERACHIEVED)
            painter.restore()
    outline = QPen(OUTLINE, 0.8)
    if value is not None and value < 0 and not bar.score:  # below the baseline: a dashed outline
        outline = QPen(QColor("#8e1c1c"), 1.1, Qt.PenStyle.DashLine)
    painter.setPen(outline)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    if bar.score:  # ticks at the band limits (0.4 and 0.7)
        painter.setPen(QPen(OUTLINE, 0.6))
        for limit in (0.4, 0.7):
            x = box.left() + box.width() * limit
            painter.drawLine(QPointF(x, box.top()), QPointF(x, box.top() + box.height() * 0.35))
            painter.drawLine(QPointF(x, box.bottom() - box.height() * 0.35), QPointF(x, box.bottom()))


def _axis_range(values: list[float]) -> tuple[float, float]:
    """The chart's y range in progress: 0–100 %, widened (to a multiple of 50 %) to hold every point."""
    low = min([0.0, *values])
    high = max([1.0, *values])
    return (-0.5 * int(-low / 0.5 + 0.999) if low < 0 else 0.0, 0.5 * int(high / 0.5 + 0.999))


def draw_chart(painter: QPainter, rect: QRectF, chart: Chart) -> None:
    """Progress (solid, round markers) against the expected pace (dashed), the pack's day dotted."""
    font = pdf_font(6.0)
    painter.setFont(font)
    painter.setPen(QPen(QColor("#c8c8c8"), 0.6))
    painter.setBrush(QColor("#fbfbfb"))
    painter.drawRect(rect.adjusted(0.3, 0.3, -0.3, -0.3))
    plot = rect.adjusted(30, 13, -8, -12)
    days = max((chart.end - chart.start).days, 1)
    xs = [p[0] for p in chart.points]
    x_low, x_high = min([0.0, *xs]), max([float(days), *xs])
    low, high = _axis_range([p[1] for p in chart.points])

    def at(day: float, progress: float) -> QPointF:
        x = plot.left() + plot.width() * (day - x_low) / (x_high - x_low)
        y = plot.bottom() - plot.height() * (progress - low) / (high - low)
        return QPointF(x, y)

    text = QColor("#404040")
    for level in _levels(low, high):
        y = at(0, level).y()
        painter.setPen(QPen(QColor("#9a9a9a") if level in (0.0, 1.0) else QColor("#dddddd"), 0.5))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(text)
        label = QRectF(rect.left() + 1, y - 5, plot.left() - rect.left() - 4, 10)
        painter.drawText(
            label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{level * 100:.0f} %"
        )
    painter.setPen(text)
    below = QRectF(plot.left() - 4, plot.bottom() + 2, rect.right() - 2 - (plot.left() - 4), 9)
    painter.drawText(below, Qt.AlignmentFlag.AlignLeft, f"{chart.start:%b} {chart.start.day}")
    painter.drawText(below, Qt.AlignmentFlag.AlignRight, f"{chart.end:%b} {chart.end.day}")
    _legend(painter, QRectF(plot.left(), rect.top() + 2, plot.width(), 9), today=chart.today is not None)

    painter.setPen(QPen(PACE_LINE, 0.9, Qt.PenStyle.DashLine))
    painter.drawLine(at(0, 0.0), at(days, 1.0))
    if chart.today is not None:
        painter.setPen(QPen(QColor("#7a7a7a"), 0.7, Qt.PenStyle.DotLine))
        painter.drawLine(at(chart.today, low), at(chart.today, high))
    if not chart.points:
        return
    pen = QPen(PROGRESS_LINE, 1.4)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    path = QPainterPath(at(*chart.points[0]))
    for point in chart.points[1:]:
        path.lineTo(at(*point))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    if len(chart.points) <= 40:  # markers while they stay apart
        painter.setPen(QPen(QColor("#ffffff"), 0.5))
        painter.setBrush(PROGRESS_LINE)
        for point in chart.points:
            painter.drawEllipse(at(*point), 1.8, 1.8)


def _levels(low: float, high: float) -> list[float]:
    step = 0.5 if high - low <= 2.0 else 1.0
    count = round((high - low) / step)
    return [low + step * i for i in range(count + 1)]


def _legend(painter: QPainter, rect: QRectF, *, today: bool) -> None:
    y = rect.center().y()
    x = rect.left()
    painter.setPen(QPen(PROGRESS_LINE, 1.4))
    painter.drawLine(QPointF(x, y), QPointF(x + 12, y))
    painter.setBrush(PROGRESS_LINE)
    painter.drawEllipse(QPointF(x + 6, y), 1.6, 1.6)
    painter.setPen(QColor("#404040"))
    painter.drawText(QRectF(x + 15, rect.top(), 50, rect.height()), Qt.AlignmentFlag.AlignVCenter, "progress")
    x += 58
    painter.setPen(QPen(PACE_LINE, 0.9, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(x, y), QPointF(x + 12, y))
    painter.setPen(QColor("#404040"))
    painter.drawText(QRectF(x + 15, rect.top(), 60, rect.height()), Qt.AlignmentFlag.AlignVCenter, "expected")
    x += 52
    if not today:
        return
    painter.setPen(QPen(QColor("#7a7a7a"), 0.7, Qt.PenStyle.DotLine))
    painter.drawLine(QPointF(x + 4, rect.top()), QPointF(x + 4, rect.bottom()))
    painter.setPen(QColor("#404040"))
    painter.drawText(QRectF(x + 8, rect.top(), 40, rect.height()), Qt.AlignmentFlag.AlignVCenter, "today")
