"""The history and chart of a key result with 1,000 check-ins: time to open each, painted (offscreen).

Run by figures.py in a fresh process (`python tests/bench/history_figure.py FOLDER`); prints one JSON line:
the first opening (QtCharts imported then) and the median of later openings, in milliseconds.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication

from okrdesk.services.workspace import Workspace
from okrdesk.ui.controller import Controller

COUNT = 1000


def _workspace(folder: Path) -> tuple[Workspace, int]:
    workspace = Workspace.create(folder / "history.okr", today=date(2026, 12, 31))
    cycle = workspace.add_cycle("2026", date(2026, 1, 1), date(2026, 12, 31), "active")
    objective = workspace.add_objective(cycle.id, "Grow the community")
    kr = workspace.add_key_result(objective.id, "Members", start=0, target=2000, unit="people")
    first = datetime(2026, 1, 1, 9)
    entries = [
        (
            kr.id,
            {"value": i * 2, "confidence": i % 11, "note": f"week {i}", "at": first + timedelta(hours=6 * i)},
        )
        for i in range(COUNT)
    ]
    workspace.record_check_ins(entries)
    return workspace, kr.id


def _time(app: QApplication, widget: object, show: object) -> float:
    started = time.perf_counter()
    show()  # type: ignore[operator]
    widget.repaint()  # type: ignore[attr-defined]
    app.processEvents()
    return (time.perf_counter() - started) * 1000


def main(folder: Path) -> None:
    app = QApplication(sys.argv[:1])
    workspace, kr_id = _workspace(folder)
    controller = Controller(workspace)
    from okrdesk.ui.history import HistoryView

    history = HistoryView(controller)
    history.resize(1200, 300)
    history.show()
    key = ("key_result", kr_id)
    history_first = _time(app, history, lambda: history.show_item(key))
    history_next = [
        _time(app, history, lambda: (history.show_item(None), history.show_item(key))) for _ in range(5)
    ]

    started = time.perf_counter()
    from okrdesk.ui.charts import ProgressChart

    chart = ProgressChart(controller)
    chart.resize(1200, 300)
    chart.show()
    chart_first = _time(app, chart, lambda: chart.show_key_result(kr_id))
    chart_first_total = (time.perf_counter() - started) * 1000
    chart_next = [_time(app, chart, lambda: (chart.clear(), chart.show_key_result(kr_id))) for _ in range(5)]
    print(
        json.dumps(
            {
                "history_first_ms": round(history_first, 1),
                "history_ms": round(statistics.median(history_next), 1),
                "chart_first_ms": round(chart_first_total, 1),
                "chart_draw_first_ms": round(chart_first, 1),
                "chart_ms": round(statistics.median(chart_next), 1),
            }
        )
    )
    workspace.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
