"""The check-in panel under the tree: the history of the selected item and, on a second tab, its chart.

The chart (and with it QtCharts, which is slow to load) is created the first time its tab is shown, so
opening the app never pays for it. While its tab is hidden the chart is not redrawn; it catches up when the
tab is shown again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from okrdesk.ui.controller import Controller
from okrdesk.ui.history import HistoryView, ItemKey

if TYPE_CHECKING:
    from okrdesk.ui.charts import ProgressChart


class CheckInPanel(QTabWidget):
    """Tabs "History" and "Chart" for the selected key result or objective (see show_item)."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.key: ItemKey = None
        self.chart: ProgressChart | None = None
        self._chart_key: ItemKey = None  # what the chart last drew
        self.setAccessibleName(self.tr("Check-ins"))
        self.setDocumentMode(True)

        self.history = HistoryView(controller, self)
        self.history.setAccessibleName(self.tr("Check-in history"))
        self.chart_page = QWidget(self)
        self.chart_page.setAccessibleName(self.tr("Progress chart"))
        self._chart_layout = QVBoxLayout(self.chart_page)
        self._chart_layout.setContentsMargins(0, 0, 0, 0)
        self.history_index = self.addTab(self.history, self.tr("&History"))
        self.chart_index = self.addTab(self.chart_page, self.tr("C&hart"))
        self.setTabToolTip(self.history_index, self.tr("Every check-in, newest first; edit or delete them"))
        self.setTabToolTip(self.chart_index, self.tr("Progress, expected pace and confidence over the cycle"))
        self.currentChanged.connect(lambda _index: self._sync_chart())

    def show_item(self, key: ItemKey) -> None:
        """Shows ("key_result", id), ("objective", id) or nothing (None) on both tabs."""
        self.key = key
        self.history.show_item(key)
        self._sync_chart()

    def chart_visible(self) -> bool:
        return self.isVisible() and self.currentIndex() == self.chart_index

    def _sync_chart(self) -> None:
        """Creates the chart on first view; redraws it only while visible and only when the item changed."""
        if not self.chart_visible():
            return
        if self.chart is None:
            from okrdesk.ui.charts import ProgressChart  # QtCharts loads here, never at start-up

            self.chart = ProgressChart(self.controller, self.chart_page)
            self._chart_layout.addWidget(self.chart)
            self._chart_key = None
            self.chart.show_item(None)
        if self._chart_key != self.key:
            self._chart_key = self.key
            self.chart.show_item(self.key)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._sync_chart()
