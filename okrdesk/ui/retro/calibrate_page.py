"""Page 4 of the retrospective: how well confidence predicted the outcome, per owner (OKR_RULES.md: the
confidence of the check-in nearest the cycle's midpoint ÷ 10 against the final score), as a small chart and a
sentence each ("Sales was over-confident by 0.3 on average").

QtCharts loads when this page is first shown, not at start-up. Its labels are rich text: names are escaped.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWidget, QWizardPage

from okrdesk.domain.retro import CALIBRATION_TOLERANCE, calibration_sentence
from okrdesk.services.retro_report import owner_calibrations
from okrdesk.ui.dialogs.common import plain_label, plural
from okrdesk.ui.i18n import format_number
from okrdesk.ui.retro.state import RetroState

OVER_COLOUR = QColor("#c2410c")  # orange, solid
UNDER_COLOUR = QColor("#1f4e99")  # blue, hatched (tells them apart in greyscale)


class CalibratePage(QWizardPage):
    """A bar per owner: mid-cycle confidence minus final score, and the sentences."""

    def __init__(self, state: RetroState) -> None:
        super().__init__()
        self.state = state
        self.setTitle(self.tr("Calibrate"))
        self.setSubTitle(
            self.tr(
                "How well did confidence predict the outcome? For each owner: the confidence given around "
                "the middle of the cycle (÷ 10) against the final scores. Bars to the right mean "
                "over-confident, to the left under-confident."
            )
        )
        self.chart_view: QWidget | None = None
        self.sentences = QListWidget(self)
        self.sentences.setAccessibleName(self.tr("Calibration per owner"))
        self.sentences.setWordWrap(True)
        self.note = plain_label(wrap=True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.sentences, 1)
        self.layout_.addWidget(self.note)
        self.rows: list[tuple[str, float, float]] = []  # (owner, signed mean, absolute mean)

    def initializePage(self) -> None:
        state = self.state
        scores = {kr.id: state.score(kr) for kr in state.key_results}
        assert state.scope is not None
        calibrations = owner_calibrations(
            state.key_results, state.scope.objectives, state.owners, state.check_ins(), state.cycle, scores
        )
        self.rows = [(name, cal.signed_mean, cal.absolute_mean) for name, cal in calibrations]
        self.sentences.clear()
        for name, cal in calibrations:
            counted = plural(cal.count, self.tr("%n key result"), self.tr("%n key results"))
            self.sentences.addItem(
                self.tr("{sentence} ({counted}; mean difference {mean})").format(
                    sentence=calibration_sentence(name, cal),
                    counted=counted,
                    mean=format_number(cal.absolute_mean, 2),
                )
            )
        left_out = len(state.key_results) - sum(cal.count for _, cal in calibrations)
        if not calibrations:
            self.note.setText(
                self.tr(
                    "No key result has a check-in with a confidence during the cycle, so there is nothing to "
                    "calibrate. Asking for a confidence at each check-in makes this page useful next time."
                )
            )
        elif left_out:
            self.note.setText(
                plural(
                    left_out,
                    self.tr(
                        "One key result has no check-in with a confidence during the cycle and is left out. "
                        "Within {tolerance} counts as well calibrated."
                    ),
                    self.tr(
                        "%n key results have no check-in with a confidence during the cycle and are left "
                        "out. Within {tolerance} counts as well calibrated."
                    ),
                ).format(tolerance=format_number(CALIBRATION_TOLERANCE, 1))
            )
        else:
            self.note.setText(
                self.tr("Within {tolerance} counts as well calibrated.").format(
                    tolerance=format_number(CALIBRATION_TOLERANCE, 1)
                )
            )
        self._draw()

    def _draw(self) -> None:
        from PySide6.QtCharts import (
            QBarCategoryAxis,
            QBarSet,
            QChart,
            QChartView,
            QHorizontalStackedBarSeries,
            QValueAxis,
        )

        if self.chart_view is not None:
            self.layout_.removeWidget(self.chart_view)
            self.chart_view.deleteLater()
            self.chart_view = None
        if not self.rows:
            return
        rows = list(reversed(self.rows))  # the first owner at the top
        over = QBarSet(self.tr("over-confident"))
        under = QBarSet(self.tr("under-confident"))
        over.setColor(OVER_COLOUR)
        under.setBrush(QBrush(UNDER_COLOUR, Qt.BrushStyle.BDiagPattern))
        under.setBorderColor(UNDER_COLOUR)
        for _, signed, _ in rows:
            over.append(max(signed, 0.0))
            under.append(min(signed, 0.0))
        series = QHorizontalStackedBarSeries()
        series.append(over)
        series.append(under)
        chart = QChart()
        chart.addSeries(series)
        chart.setTitle(html.escape(self.tr("Confidence minus score, per owner")))
        names = QBarCategoryAxis()
        names.append([html.escape(name) for name, _, _ in rows])
        values = QValueAxis()
        values.setRange(-1.0, 1.0)
        values.setTickCount(5)
        values.setLabelFormat("%.1f")
        values.setTitleText(html.escape(self.tr("← under-confident · over-confident →")))
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(values)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        view = QChartView(chart, self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setAccessibleName(self.tr("Calibration chart"))
        view.setMinimumHeight(min(80 + 34 * len(rows), 360))
        self.chart_view = view
        self.layout_.insertWidget(0, view, 2)
