"""The progress of a key result or an objective over its cycle, drawn with QtCharts.

QtCharts is heavy to load, so only this module imports it and nothing imports this module at start-up (the
check-in panel creates the chart the first time its tab is shown).

What is drawn: "Progress" (the raw progress in % after each check-in, from the cycle's start; an objective's
is the weighted mean of its key results' clamped progress, as OKR_RULES.md says), "Expected pace" (a dashed
line from 0 % at the cycle's start to 100 % at its end) and, for a key result, "Confidence" (squares on a
0–10 axis at the right). The series differ by line style and marker as well as by colour, so the chart reads
in greyscale. QtCharts renders titles and labels as rich text: user text is passed through html.escape.
"""

from __future__ import annotations

import html
import math
from bisect import bisect_left
from datetime import datetime, time, timedelta

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QDateTimeAxis,
    QLegend,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QDateTime, QDir, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from okrdesk.domain.checkins import Point, key_result_series, objective_series
from okrdesk.domain.model import Cycle, KeyResult
from okrdesk.services.errors import OkrdeskError
from okrdesk.ui.controller import Change, Controller
from okrdesk.ui.dialogs.common import ErrorLabel, plain_label
from okrdesk.ui.i18n import format_number, format_short_date, format_short_datetime

ItemKey = tuple[str, int] | None

PROGRESS_COLOUR = QColor("#1f4e99")  # dark blue, solid line with round markers
EXPECTED_COLOUR = QColor("#6e6e6e")  # grey, dashed, no markers
CONFIDENCE_COLOUR = QColor("#d95f02")  # orange squares with a dark outline


def msecs(at: datetime) -> float:
    """A local timestamp as the milliseconds since the epoch that QDateTimeAxis expects."""
    value: float = round(at.timestamp() * 1000) * 1.0
    return value


def qdatetime(at: datetime) -> QDateTime:
    """The same instant for the date axis (through msecs, so axis and points agree)."""
    return QDateTime.fromMSecsSinceEpoch(int(msecs(at)))


def nice_step(span: float, intervals: int = 5) -> float:
    """A tick interval of 1, 2 or 5 × 10ⁿ giving about `intervals` intervals over span."""
    rough = max(span, 1e-9) / intervals
    power = 10.0 ** math.floor(math.log10(rough))
    return next(step * power for step in (1.0, 2.0, 5.0, 10.0) if step * power >= rough)


class ProgressChart(QWidget):
    """A chart of progress over the cycle, a line describing the hovered point, and Save as PNG…."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.key: ItemKey = None
        self._stale = False
        self._kr_ids: set[int] = set()
        self._points: list[Point] = []  # of the progress line, in time order
        self._confidences: list[Point] = []  # those with a confidence
        self._unit = ""
        self._y_span = (0.0, 100.0)
        self.setAccessibleName(self.tr("Progress chart"))

        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        self.chart.setMargins(QMargins(4, 2, 4, 2))  # the panel is a low dock: every pixel for the plot
        self.chart.layout().setContentsMargins(0, 0, 0, 0)
        self.chart.setBackgroundRoundness(0)
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAccessibleName(self.tr("Progress over the cycle"))
        self.view.setMinimumHeight(200)  # lower, the plot is a sliver between title, axis and legend
        self._build_series()

        self.hover_label = plain_label("", self, wrap=True)
        self.hover_label.setAccessibleName(self.tr("Hovered point"))
        self.save_button = QPushButton(self.tr("Save as PNG…"), self)
        self.save_button.clicked.connect(self.save_png)
        self.status = plain_label("", self)
        self.error = ErrorLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.hover_label, 1)
        row.addWidget(self.status)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        controller.changed.connect(self._follow)
        self.clear()

    def _build_series(self) -> None:
        self.progress = QLineSeries()
        self.progress.setName(self.tr("Progress"))
        self.progress.setPen(QPen(PROGRESS_COLOUR, 2.5))
        self.progress.setPointsVisible(True)
        self.progress.setMarkerSize(7)
        self.expected = QLineSeries()
        self.expected.setName(self.tr("Expected pace"))
        self.expected.setPen(QPen(EXPECTED_COLOUR, 1.5, Qt.PenStyle.DashLine))
        self.confidence = QScatterSeries()
        self.confidence.setName(self.tr("Confidence"))
        self.confidence.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        self.confidence.setMarkerSize(9)
        self.confidence.setColor(CONFIDENCE_COLOUR)
        self.confidence.setBorderColor(CONFIDENCE_COLOUR.darker(180))

        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("d MMM")
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%.0f %%")
        self.y_axis.setTitleText(self.tr("Progress (%)"))
        self.y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.y_axis.setTickAnchor(0)
        self.confidence_axis = QValueAxis()
        self.confidence_axis.setRange(0, 10)
        self.confidence_axis.setTickCount(6)
        self.confidence_axis.setLabelFormat("%.0f")
        self.confidence_axis.setTitleText(self.tr("Confidence (0–10)"))
        self.confidence_axis.setGridLineVisible(False)

        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for line in (self.expected, self.progress):  # the progress line is drawn over the pace
            self.chart.addSeries(line)
            line.attachAxis(self.x_axis)
            line.attachAxis(self.y_axis)
        every: tuple[QXYSeries, ...] = (self.progress, self.expected, self.confidence)
        for series in every:
            series.hovered.connect(lambda point, state, s=series: self._hovered(s, point, state))

    # ---- what is shown ------------------------------------------------------------------------------------

    def show_key_result(self, kr_id: int) -> None:
        """Draws a key result's progress and confidence over its cycle."""
        workspace = self.controller.workspace
        self.key = ("key_result", kr_id)
        try:
            kr = workspace.key_result(kr_id)
            cycle = workspace.cycle(workspace.objective(kr.objective_id).cycle_id)
            check_ins = workspace.check_ins(kr_id)
        except OkrdeskError:
            self._gone()
            return
        self._kr_ids = {kr.id}
        self._unit = kr.unit
        points = key_result_series(kr, check_ins, self._origin(cycle))
        detail = f"{format_number(kr.start)} → {format_number(kr.target)} {kr.unit}".rstrip()
        self._draw(kr.title, f"{detail} · {cycle.name}", cycle, points, with_confidence=True)

    def show_objective(self, objective_id: int) -> None:
        """Draws an objective's progress (its key results' weighted, clamped progress) over its cycle."""
        workspace = self.controller.workspace
        self.key = ("objective", objective_id)
        try:
            objective = workspace.objective(objective_id)
            cycle = workspace.cycle(objective.cycle_id)
            krs: list[KeyResult] = workspace.key_results_of(objective_id)
            check_ins = workspace.check_ins_of([kr.id for kr in krs])
        except OkrdeskError:
            self._gone()
            return
        self._kr_ids = {kr.id for kr in krs}
        self._unit = ""
        points = objective_series(krs, check_ins, self._origin(cycle))
        self._draw(objective.title, cycle.name, cycle, points, with_confidence=False)

    def show_item(self, key: ItemKey) -> None:
        """Shows ("key_result", id), ("objective", id) or nothing."""
        if key is None:
            self.clear()
        elif key[0] == "key_result":
            self.show_key_result(key[1])
        else:
            self.show_objective(key[1])

    def clear(self, message: str = "") -> None:
        """Shows nothing, with a hint what to select."""
        self.key = None
        self._kr_ids = set()
        self._points, self._confidences = [], []
        for series in (self.progress, self.expected, self.confidence):
            series.clear()
        self._show_confidence(False)
        now = datetime.now()
        self.x_axis.setRange(qdatetime(now - timedelta(days=30)), qdatetime(now))
        self._set_y_range(0, 100)
        self.chart.setTitle(
            html.escape(message or self.tr("Select a key result or an objective to see its progress."))
        )
        self.hover_label.clear()
        self.save_button.setEnabled(False)

    def _gone(self) -> None:
        self.clear(self.tr("This item no longer exists."))

    @staticmethod
    def _origin(cycle: Cycle) -> datetime:
        return datetime.combine(cycle.start, time())

    def _draw(
        self, title: str, detail: str, cycle: Cycle, points: list[Point], with_confidence: bool
    ) -> None:
        self._stale = False
        start, end = self._origin(cycle), datetime.combine(cycle.end, time())
        self._points = [p for p in points if p.progress is not None]
        self.progress.replace([QPointF(msecs(p.at), p.progress * 100) for p in self._points])  # type: ignore[operator]
        self.expected.replace([QPointF(msecs(start), 0.0), QPointF(msecs(end), 100.0)])
        self._confidences = [p for p in points if p.confidence is not None] if with_confidence else []
        self.confidence.replace([QPointF(msecs(p.at), float(p.confidence or 0)) for p in self._confidences])
        self._show_confidence(with_confidence)

        first = min([start, *(p.at for p in points[:1])])
        last = max([end, *(p.at for p in points[-1:])])
        if last <= first:
            last = first + timedelta(days=1)
        self.x_axis.setRange(qdatetime(first), qdatetime(last))
        self.x_axis.setFormat("d MMM" if (last - first).days > 2 else "d MMM HH:mm")
        values = [p.progress * 100 for p in self._points]  # type: ignore[operator]
        self._set_y_range(min([0.0, *values]), max([100.0, *values]))
        # Titles are rich text in QtCharts: the user's words are escaped, the markup is ours.
        self.chart.setTitle(f"{html.escape(title)} <small>· {html.escape(detail)}</small>")
        self.hover_label.setText(self.tr("Point at the line to see a check-in's date and values."))
        self.status.clear()
        self.error.clear_message()
        self.save_button.setEnabled(True)

    def _set_y_range(self, low: float, high: float) -> None:
        self._y_span = (low, high)
        self._fit_to_height()

    def _fit_to_height(self) -> None:
        """Fewer ticks and no axis titles when the panel is low, so labels are never elided to "…"."""
        low, high = self._y_span
        height = self.view.height()
        step = nice_step(high - low, max(2, min(5, height // 60)))
        self.y_axis.setTickInterval(step)
        self.y_axis.setRange(math.floor(low / step) * step, math.ceil(high / step) * step)
        self.confidence_axis.setTickCount(6 if height >= 300 else 3)
        for axis in (self.y_axis, self.confidence_axis):
            axis.setTitleVisible(height >= 260)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # the layout has already resized the view
        self._fit_to_height()

    def _show_confidence(self, shown: bool) -> None:
        """Adds the confidence series and shows its axis (key results), or takes the series out and hides
        the axis (objectives, nothing). The axis stays in the chart: QtCharts leaves a removed axis's labels
        drawn on the plot."""
        if self.confidence_axis not in self.chart.axes():
            self.chart.addAxis(self.confidence_axis, Qt.AlignmentFlag.AlignRight)
        self.confidence_axis.setVisible(shown)
        if shown and self.confidence.chart() is None:
            self.chart.addSeries(self.confidence)
            self.confidence.attachAxis(self.x_axis)
            self.confidence.attachAxis(self.confidence_axis)
        elif not shown and self.confidence.chart() is not None:
            self.chart.removeSeries(self.confidence)

    def has_confidence(self) -> bool:
        return self.confidence.chart() is not None

    # ---- following edits ----------------------------------------------------------------------------------

    def _follow(self, change: Change) -> None:
        """Redraws after an edit of what is shown: at once when visible, else the next time it is shown."""
        if self.key is None:
            return
        touched = change.cycles or change.touches(self.key, self._kr_ids)
        if not touched:
            return
        if self.isVisible():
            self.show_item(self.key)
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.key is not None:
            self.show_item(self.key)

    # ---- hovering -----------------------------------------------------------------------------------------

    def _hovered(self, series: QXYSeries, point: QPointF, state: bool) -> None:
        if state:
            self.hover_label.setText(self.describe(series, point))

    def describe(self, series: QXYSeries, point: QPointF) -> str:
        """Plain text for the point of a series nearest to `point` (the label shows it as plain text)."""
        if series is self.expected:
            at = datetime.fromtimestamp(point.x() / 1000)
            return self.tr("Expected pace on {date}: {value} %").format(
                date=format_short_date(at.date()), value=format_number(point.y(), 0)
            )
        points = self._confidences if series is self.confidence else self._points
        if not points:
            return ""
        xs = [msecs(p.at) for p in points]
        i = min(bisect_left(xs, point.x()), len(xs) - 1)
        if i > 0 and abs(xs[i - 1] - point.x()) <= abs(xs[i] - point.x()):
            i -= 1
        p = points[i]
        parts = [format_short_datetime(p.at)]
        if p.progress is not None:
            parts.append(self.tr("progress {value} %").format(value=format_number(p.progress * 100, 0)))
        if p.value is not None and self.key is not None and self.key[0] == "key_result":
            parts.append(
                self.tr("value {value}").format(value=f"{format_number(p.value)} {self._unit}".rstrip())
            )
        if p.confidence is not None:
            parts.append(self.tr("confidence {value}/10").format(value=p.confidence))
        return " · ".join(parts)

    # ---- saving -------------------------------------------------------------------------------------------

    def ask_png_path(self) -> str:
        """The file to save the chart to ("" when cancelled); tests replace this."""
        suggested = QDir.home().filePath("progress.png")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the chart as PNG"), suggested, self.tr("PNG images (*.png)")
        )
        return str(path)

    def save_png(self) -> bool:
        """Saves the chart as shown to a PNG file; a failure is said in plain words under the chart."""
        path = self.ask_png_path()
        if not path:
            return False
        if not path.lower().endswith(".png"):
            path += ".png"
        image = self.view.grab()
        if image.isNull() or not image.save(path, "PNG"):
            self.status.clear()
            self.error.show_message(
                self.tr(
                    "The chart could not be saved as {path}. Check that the folder exists and that you may "
                    "write to it, then try again."
                ).format(path=path)
            )
            return False
        self.error.clear_message()
        self.status.setText(self.tr("Saved to {path}").format(path=path))
        return True
