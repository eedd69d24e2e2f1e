"""The progress chart and the check-in panel: series read back from the chart and compared with the domain."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QPointF, Qt
from pytestqt.qtbot import QtBot

from okrdesk.domain.checkins import key_result_series, objective_series
from okrdesk.domain.model import KeyResult
from okrdesk.services.workspace import Workspace
from okrdesk.ui.checkin_commands import RecordCheckIns
from okrdesk.ui.checkin_panel import CheckInPanel
from okrdesk.ui.controller import Controller

TODAY = date(2026, 5, 10)  # 2026 Q2: Apr 1 – Jun 30, all in the past
START, END = datetime(2026, 4, 1), datetime(2026, 6, 30)
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Setup:
    workspace: Workspace
    controller: Controller
    objective_id: int
    kr: KeyResult
    other: KeyResult


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[Setup]:
    workspace = Workspace.create(tmp_path / "w.okr", today=TODAY)
    cycle = workspace.cycles()[0]
    objective = workspace.add_objective(cycle.id, "<b>x</b> & <i>y</i>")
    kr = workspace.add_key_result(objective.id, "Signups <3", start=0, target=200, unit="<u>users</u>")
    other = workspace.add_key_result(objective.id, "Churn", start=10, target=5, kr_type="decrease", weight=3)
    workspace.record_check_ins(
        [
            (kr.id, {"value": 50, "at": datetime(2026, 4, 5, 9), "confidence": 3}),
            (kr.id, {"value": 120, "at": datetime(2026, 4, 26, 9)}),
            (kr.id, {"value": 300, "at": datetime(2026, 5, 3, 9), "confidence": 8}),
            (other.id, {"value": 8, "at": datetime(2026, 4, 12, 15), "confidence": 5}),
            (other.id, {"value": 11, "at": datetime(2026, 5, 3, 9)}),
        ]
    )
    yield Setup(workspace, Controller(workspace), objective.id, kr, other)
    workspace.close()


def make_chart(setup: Setup, qtbot: QtBot):  # type: ignore[no-untyped-def]
    from okrdesk.ui.charts import ProgressChart

    chart = ProgressChart(setup.controller)
    qtbot.addWidget(chart)
    chart.resize(800, 450)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def ms(at: datetime) -> float:
    return float(QDateTime(at).toMSecsSinceEpoch())


def xy(series) -> list[tuple[float, float]]:  # type: ignore[no-untyped-def]
    return [(p.x(), p.y()) for p in series.points()]


def same_points(series, points) -> bool:  # type: ignore[no-untyped-def]
    """The series holds exactly these domain points: x in msecs, y the raw progress in %."""
    drawn = xy(series)
    wanted = [(ms(p.at), p.progress * 100) for p in points]
    return [x for x, _ in drawn] == [x for x, _ in wanted] and [y for _, y in drawn] == pytest.approx(
        [y for _, y in wanted]
    )


def test_key_result_chart_draws_progress_pace_and_confidence(setup: Setup, qtbot: QtBot) -> None:
    chart = make_chart(setup, qtbot)
    chart.show_key_result(setup.kr.id)
    kr = setup.workspace.key_result(setup.kr.id)
    expected = key_result_series(kr, setup.workspace.check_ins(kr.id), START)
    assert same_points(chart.progress, expected)
    assert xy(chart.progress)[0] == (ms(START), 0.0)  # from the start value at the cycle's start
    assert xy(chart.progress)[-1][1] == pytest.approx(150.0)  # raw, above 100 %
    assert xy(chart.expected) == [(ms(START), 0.0), (ms(END), 100.0)]
    assert chart.expected.pen().style() == Qt.PenStyle.DashLine
    assert xy(chart.confidence) == [(ms(datetime(2026, 4, 5, 9)), 3.0), (ms(datetime(2026, 5, 3, 9)), 8.0)]
    axes = chart.confidence.attachedAxes()
    right = [a for a in axes if a.alignment() == Qt.AlignmentFlag.AlignRight]
    assert len(right) == 1 and (right[0].min(), right[0].max()) == (0, 10)
    names = [s.name() for s in chart.chart.series()]
    assert sorted(names) == ["Confidence", "Expected pace", "Progress"]
    assert chart.chart.legend().alignment() == Qt.AlignmentFlag.AlignBottom
    # the axes span the cycle and reach above 100 % for the overachieved key result
    assert chart.x_axis.min() == QDateTime(START) and chart.x_axis.max() == QDateTime(END)
    assert chart.y_axis.min() == 0 and chart.y_axis.max() >= 150


def test_axes_extend_below_zero_and_before_the_cycle(setup: Setup, qtbot: QtBot) -> None:
    setup.workspace.record_check_in(setup.kr.id, -40, at=datetime(2026, 3, 20, 12))
    chart = make_chart(setup, qtbot)
    chart.show_key_result(setup.kr.id)
    assert chart.x_axis.min() <= QDateTime(datetime(2026, 3, 20, 12))
    assert chart.y_axis.min() <= -20
    assert xy(chart.progress)[0] == (ms(datetime(2026, 3, 20, 12)), -20.0)


def test_objective_chart_follows_objective_series_without_confidence(setup: Setup, qtbot: QtBot) -> None:
    chart = make_chart(setup, qtbot)
    chart.show_key_result(setup.kr.id)
    chart.show_objective(setup.objective_id)
    krs = setup.workspace.key_results_of(setup.objective_id)
    check_ins = setup.workspace.check_ins_of([kr.id for kr in krs])
    expected = objective_series(krs, check_ins, START)
    assert same_points(chart.progress, expected)
    # weights 1 and 3, clamped: on 3 May Signups is at 150 % → 1 and Churn at 10 → 11 (below start) → 0
    assert xy(chart.progress)[-1][1] == pytest.approx(25.0)
    assert [s.name() for s in chart.chart.series()] == ["Expected pace", "Progress"]
    assert not chart.has_confidence()


def test_user_text_is_escaped_in_the_rich_text_title(setup: Setup, qtbot: QtBot) -> None:
    chart = make_chart(setup, qtbot)
    chart.show_objective(setup.objective_id)
    title = chart.chart.title()
    assert "&lt;b&gt;x&lt;/b&gt; &amp; &lt;i&gt;y&lt;/i&gt;" in title and "<b>x" not in title
    chart.show_key_result(setup.kr.id)
    assert "Signups &lt;3" in chart.chart.title()
    assert "&lt;u&gt;users&lt;/u&gt;" in chart.chart.title() and "<u>" not in chart.chart.title()


def test_hovering_a_point_describes_it_in_plain_text(setup: Setup, qtbot: QtBot) -> None:
    chart = make_chart(setup, qtbot)
    chart.show_key_result(setup.kr.id)
    near = QPointF(ms(datetime(2026, 4, 5, 10)), 30)
    chart.progress.hovered.emit(near, True)
    assert (
        chart.hover_label.text()
        == "2026-04-05 09:00 · progress 25 % · value 50 <u>users</u> · confidence 3/10"
    )
    assert chart.hover_label.textFormat() == Qt.TextFormat.PlainText
    chart.confidence.hovered.emit(QPointF(ms(datetime(2026, 5, 2)), 8), True)
    assert chart.hover_label.text().startswith("2026-05-03 09:00 · progress 150 %")
    chart.expected.hovered.emit(QPointF(ms(datetime(2026, 5, 16)), 50), True)
    assert chart.hover_label.text() == "Expected pace on 2026-05-16: 50 %"


def test_save_as_png_writes_an_image_and_reports_failures(setup: Setup, qtbot: QtBot, tmp_path: Path) -> None:
    chart = make_chart(setup, qtbot)
    chart.show_key_result(setup.kr.id)
    target = tmp_path / "chart"
    chart.ask_png_path = lambda: str(target)
    assert chart.save_png()
    written = tmp_path / "chart.png"
    assert written.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and written.stat().st_size > 1000
    assert "chart.png" in chart.status.text()
    chart.ask_png_path = lambda: str(tmp_path / "missing" / "c.png")
    assert not chart.save_png()
    assert chart.error.isVisibleTo(chart) and "could not be saved" in chart.error.text()
    chart.ask_png_path = lambda: ""
    assert not chart.save_png()  # cancelled: nothing said


def test_chart_follows_edits_while_visible(setup: Setup, qtbot: QtBot) -> None:
    chart = make_chart(setup, qtbot)
    chart.show_key_result(setup.kr.id)
    command = RecordCheckIns(setup.controller, [(setup.kr.id, {"value": 10, "at": datetime(2026, 5, 20)})])
    assert setup.controller.try_execute(command) is None
    assert xy(chart.progress)[-1] == (ms(datetime(2026, 5, 20)), 5.0)
    chart.hide()
    setup.controller.undo_stack.undo()
    assert len(chart.progress.points()) == 5  # hidden: not redrawn yet
    chart.show()
    assert len(chart.progress.points()) == 4  # caught up when shown


def test_a_thousand_check_ins_chart_fast(setup: Setup, qtbot: QtBot) -> None:
    big = setup.workspace.add_key_result(setup.objective_id, "Calls", start=0, target=1000)
    setup.workspace.record_check_ins(
        [
            (big.id, {"value": i, "at": START + timedelta(hours=2 * i, minutes=5), "confidence": i % 11})
            for i in range(1000)
        ]
    )
    chart = make_chart(setup, qtbot)
    timings = []
    for show in (lambda: chart.show_key_result(big.id), lambda: chart.show_objective(setup.objective_id)):
        tries = []
        for _ in range(3):  # best of three: a garbage-collection pause is not what the user waits for
            chart.clear()
            began = time.perf_counter()
            show()
            tries.append(time.perf_counter() - began)
        timings.append(min(tries))
    assert len(chart.progress.points()) > 1000
    chart.show_key_result(big.id)
    assert len(chart.progress.points()) == 1001 and len(chart.confidence.points()) == 1000
    assert max(timings) < 0.2, timings


# ---- the panel ------------------------------------------------------------------------------------------


def test_panel_creates_the_chart_when_its_tab_is_first_shown_and_catches_up(
    setup: Setup, qtbot: QtBot
) -> None:
    panel = CheckInPanel(setup.controller)
    qtbot.addWidget(panel)
    panel.resize(800, 450)
    panel.show()
    qtbot.waitExposed(panel)
    assert [panel.widget(i).accessibleName() for i in range(panel.count())] == [
        "Check-in history",
        "Progress chart",
    ]
    panel.show_item(("key_result", setup.kr.id))
    assert panel.chart is None and panel.history.model.rowCount() == 3
    panel.setCurrentIndex(panel.chart_index)
    assert panel.chart is not None and len(panel.chart.progress.points()) == 4
    panel.setCurrentIndex(panel.history_index)
    panel.show_item(("objective", setup.objective_id))
    assert panel.chart.key == ("key_result", setup.kr.id)  # not redrawn while hidden
    assert panel.history.model.rowCount() == 5
    panel.setCurrentIndex(panel.chart_index)
    assert panel.chart.key == ("objective", setup.objective_id) and not panel.chart.has_confidence()
    panel.show_item(None)
    assert panel.chart.key is None and panel.chart.progress.count() == 0


def test_importing_the_panel_does_not_load_qtcharts() -> None:
    script = (
        "import sys\n"
        "from datetime import date\n"
        "from pathlib import Path\n"
        "import tempfile\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import okrdesk.ui.checkin_panel as panel_module\n"
        "assert 'PySide6.QtCharts' not in sys.modules, 'imported with the module'\n"
        "from okrdesk.services.workspace import Workspace\n"
        "from okrdesk.ui.controller import Controller\n"
        "app = QApplication([])\n"
        "ws = Workspace.create(Path(tempfile.mkdtemp()) / 'w.okr', today=date(2026, 5, 10))\n"
        "panel = panel_module.CheckInPanel(Controller(ws))\n"
        "panel.show()\n"
        "panel.show_item(None)\n"
        "assert 'PySide6.QtCharts' not in sys.modules, 'imported by the history tab'\n"
        "panel.setCurrentIndex(panel.chart_index)\n"
        "assert 'PySide6.QtCharts' in sys.modules, 'the chart tab should load it'\n"
        "ws.close()\n"
        "print('ok')\n"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
