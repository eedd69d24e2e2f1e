"""The in-process GUI figures of `make bench` (suite.py), in a fresh offscreen process; prints one JSON line.

`python tests/bench/gui_figures.py paint WORKSPACE CYCLE_ID ORDER`: the first paint of a workspace: from
before it is opened as `okrdesk PATH` opens it (ui/app._open_or_create: Workspace.open with the app's own
integrity check) to the end of the event-loop pass in which the tree's viewport received its first paint
event (MainWindow built and shown), next to the floor: raw sqlite3 reading the rows that tree shows
(the cycle's objectives and those aligned below them, recursively; their key results; each key result's
latest check-in), connection opened and closed included. Qt, okrdesk and sqlite3 are imported before
either is timed: this is opening a workspace, not starting the program (suite.py times that). ORDER
("floor-first" or "okrdesk-first") lets the suite alternate which side meets the file first.

`python tests/bench/gui_figures.py interact WORKSPACE CYCLE_ID RUNS`: the first paint as above, then the
interactions on the same window, each RUNS times after one warm-up, interleaved with the same operation on
plain Qt (a QTreeView over a QStandardItemModel copied from the window's tree: same rows, same columns,
same texts):
- expand all: okrdesk's Expand all action (Ctrl+E), collapsed back between runs; floor: expandAll();
- filter as you type: WORD typed into the search field one key at a time, each key timed from the key
  press to the filter applied and the tree repainted. The 120 ms debounce of MainWindow._search_timer is
  left out (stopped; _apply_search() called at once), so the figure is the work a keystroke costs; floor:
  a QLineEdit driving QSortFilterProxyModel.setFilterFixedString with recursive filtering, expanding all
  when fewer than 200 top-level rows match (as okrdesk does);
- select: setCurrentIndex on another row (objectives and key results in turn) to the detail pane filled
  and the window repainted; floor: the same on the plain tree, a label showing the row's cells;
- the check-in dialog: CheckInDialog of the selected key result built, shown and painted (then closed
  without saving; its first opening, which imports the dialog's modules, is reported apart); floor: a bare
  QDialog with a spin box, a slider and a plain text edit.
Peak memory (ru_maxrss) is taken after the first paint (okrdesk alone) and at the end (with the floor's
model and windows, whose own growth in resident memory is reported too).
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from figures import interleaved
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from okrdesk.ui.app import _open_or_create
from okrdesk.ui.main_window import MainWindow
from okrdesk.ui.safety import WorkspaceSafety
from okrdesk.ui.tree_model import ID_ROLE, KIND_ROLE

T = TypeVar("T")
WORD = "churn"  # in key result titles of generated workspaces ("Cut monthly churn from 6% to 2%")
SIZE = (1200, 800)

# The rows the tree of a cycle shows (store/fastread.cycle_tree), read as plain tuples: the cycle's objectives
# and those aligned below them, their key results, each key result's latest check-in.
_SHOWN = """
WITH RECURSIVE shown(id) AS (
    SELECT id FROM objectives WHERE cycle_id = ?
    UNION
    SELECT o.id FROM objectives o JOIN shown s ON o.parent_id = s.id
)
"""
FLOOR_SQL = (
    _SHOWN
    + """
    SELECT o.id, o.cycle_id, o.title, o.description, o.owner_id, o.parent_id, o.kind, o.state, o.position,
           o.progress_source
    FROM objectives o JOIN shown USING (id) ORDER BY o.position, o.id
    """,
    _SHOWN
    + """
    SELECT k.id, k.objective_id, k.title, k.kr_type, k.start_value, k.target_value, k.unit, k.weight,
           k.owner_id, k.position, k.description, k.carried_from_id
    FROM key_results k JOIN shown ON k.objective_id = shown.id ORDER BY k.objective_id, k.position, k.id
    """,
    _SHOWN
    + """
    SELECT c.key_result_id, MAX(c.at), c.value, c.confidence
    FROM check_ins c JOIN key_results k ON k.id = c.key_result_id JOIN shown ON k.objective_id = shown.id
    GROUP BY c.key_result_id
    """,
)


def floor_read(path: str, cycle_id: int) -> tuple[float, list[int]]:
    """Seconds for raw sqlite3 to read the rows of the cycle's tree, and the row count of each query."""
    started = time.perf_counter()
    conn = sqlite3.connect(path)
    try:
        counts = [len(conn.execute(sql, (cycle_id,)).fetchall()) for sql in FLOOR_SQL]
    finally:
        conn.close()
    return time.perf_counter() - started, counts


class _PaintSpy(QObject):
    """Notes that a watched widget received a paint event."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def first_paint(app: QApplication, path: str) -> tuple[float, MainWindow]:
    """Seconds from before the workspace is opened to the pass of the event loop that painted the tree."""
    started = time.perf_counter()
    workspace: Any = _open_or_create(Path(path), interactive=False)
    window = MainWindow(workspace)
    spy = _PaintSpy()
    window.tree.viewport().installEventFilter(spy)
    window.resize(*SIZE)
    window.show()
    deadline = started + 30
    while not spy.painted and time.perf_counter() < deadline:
        app.processEvents()
    elapsed = time.perf_counter() - started
    window.tree.viewport().removeEventFilter(spy)
    if not spy.painted:
        raise SystemExit("the tree's viewport was never painted")
    return elapsed, window


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _resident_mb() -> float:
    """The current resident set (from /proc; 0 where there is none)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _settle(app: QApplication, widget: QWidget, action: Callable[[], object]) -> None:
    """Does action, then paints widget at once (a view lays out its pending rows first) and runs what else
    the action posted."""
    action()
    widget.repaint()
    app.processEvents()


def _timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


class Floor(QWidget):
    """The plain-Qt floor: a search field over a QTreeView of a QStandardItemModel, a label as detail pane."""

    def __init__(self, source: Any) -> None:
        super().__init__()
        from PySide6.QtCore import QSortFilterProxyModel

        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [source.headerData(c, Qt.Orientation.Horizontal) for c in range(source.columnCount())]
        )
        _copy_rows(source, QModelIndex(), self.model.invisibleRootItem())
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(self)
        self.search.textChanged.connect(self._filter)
        self.tree = QTreeView(self)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setModel(self.proxy)
        self.detail = QLabel(self)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setMinimumWidth(300)
        self.tree.selectionModel().currentChanged.connect(self._show)
        splitter = QSplitter(self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(splitter, 1)
        self.resize(*SIZE)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if text and self.proxy.rowCount() < 200:
            self.tree.expandAll()

    def _show(self, current: QModelIndex, _previous: QModelIndex) -> None:
        cells = (current.siblingAtColumn(c).data() for c in range(self.proxy.columnCount()))
        self.detail.setText("\n".join(str(cell) for cell in cells if cell is not None))


def _copy_rows(source: Any, parent: QModelIndex, into: QStandardItem) -> int:
    """Copies the display text of every row below parent (all columns), recursively; returns the rows."""
    copied = 0
    columns = source.columnCount()
    for row in range(source.rowCount(parent)):
        items = []
        for column in range(columns):
            text = source.index(row, column, parent).data()
            items.append(QStandardItem("" if text is None else str(text)))
        into.appendRow(items)
        copied += 1 + _copy_rows(source, source.index(row, 0, parent), items[0])
    return copied


def _bare_dialog(parent: QWidget) -> QDialog:
    dialog = QDialog(parent)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QDoubleSpinBox(dialog))
    layout.addWidget(QSlider(Qt.Orientation.Horizontal, dialog))
    layout.addWidget(QPlainTextEdit(dialog))
    return dialog


def _pairs(runs: int, ours: Callable[[], T], floor: Callable[[], T]) -> dict[str, Any]:
    """One warm-up of each, then runs of each, interleaved."""
    first = ours(), floor()
    mine, theirs = interleaved(runs, ours, floor)
    return {"okrdesk_first_ms": first[0], "floor_first_ms": first[1], "okrdesk_ms": mine, "floor_ms": theirs}


def interactions(app: QApplication, window: MainWindow, runs: int) -> dict[str, Any]:
    """Expand all, filter as you type, select and the check-in dialog, each against its plain-Qt floor."""
    grown = _resident_mb()
    floor = Floor(window.proxy)
    floor.show()
    app.processEvents()
    figures: dict[str, Any] = {"floor_model_mb": _resident_mb() - grown}

    def expand() -> float:
        spent = _timed(partial(_settle, app, window.tree.viewport(), window.expand_action.trigger))
        _settle(app, window.tree.viewport(), window.collapse_action.trigger)
        return spent

    def expand_floor() -> float:
        spent = _timed(partial(_settle, app, floor.tree.viewport(), floor.tree.expandAll))
        _settle(app, floor.tree.viewport(), floor.tree.collapseAll)
        return spent

    figures["expand_all"] = _pairs(runs, expand, expand_floor)

    def search(text: str | None) -> None:
        """A key typed into the search field (or the field cleared), the filter applied at once."""
        if text is None:
            window.search.clear()
        else:
            QTest.keyClick(window.search, text)
        window._search_timer.stop()  # the deliberate debounce: left out, the work is done now
        window._apply_search()

    def search_floor(text: str | None) -> None:
        if text is None:
            floor.search.clear()
        else:
            QTest.keyClick(floor.search, text)

    def type_word(key: Callable[[str | None], None], view: QWidget) -> list[float]:
        spent = [_timed(partial(_settle, app, view, partial(key, letter))) for letter in WORD]
        _settle(app, view, partial(key, None))
        return spent

    words = _pairs(
        runs,
        partial(type_word, search, window.tree.viewport()),
        partial(type_word, search_floor, floor.tree.viewport()),
    )
    figures["filter"] = {
        "word": WORD,
        "debounce_ms": window._search_timer.interval(),
        "okrdesk_ms": [ms for word in words["okrdesk_ms"] for ms in word],
        "floor_ms": [ms for word in words["floor_ms"] for ms in word],
        "okrdesk_first_ms": words["okrdesk_first_ms"],
        "floor_first_ms": words["floor_first_ms"],
        "okrdesk_per_key_median_ms": _per_key(words["okrdesk_ms"]),
        "floor_per_key_median_ms": _per_key(words["floor_ms"]),
        "top_level_rows_matching": _matching_top_level(window),
    }

    targets = _selection_targets(window, floor, runs + 2)
    turns = {"okrdesk": 0, "floor": 0}

    def select(side: str, view: QTreeView, whole: QWidget) -> float:
        index = targets[turns[side] % len(targets)][side == "floor"]
        turns[side] += 1
        return _timed(partial(_settle, app, whole, partial(view.setCurrentIndex, index)))

    figures["select"] = _pairs(
        runs, partial(select, "okrdesk", window.tree, window), partial(select, "floor", floor.tree, floor)
    )

    kr_id = next(ours.data(ID_ROLE) for ours, _ in targets if ours.data(KIND_ROLE) == "key_result")

    def dialog(build: Callable[[], QDialog]) -> float:
        shown: list[QDialog] = []

        def show() -> None:
            shown.append(build())
            _settle(app, shown[0], shown[0].show)

        spent = _timed(show)
        shown[0].reject()
        shown[0].deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return spent

    def checkin_dialog() -> QDialog:
        from okrdesk.ui.dialogs.checkin import CheckInDialog

        return CheckInDialog(window.controller, kr_id, window, author_id=window._me())

    figures["checkin_dialog"] = _pairs(
        runs, partial(dialog, checkin_dialog), partial(dialog, partial(_bare_dialog, floor))
    )
    return figures


def _per_key(words: list[list[float]]) -> dict[str, float]:
    """The median of each keystroke of WORD over the words typed ("c", "ch", ... as the field reads)."""
    return {WORD[: n + 1]: statistics.median(word[n] for word in words) for n in range(len(WORD))}


def _matching_top_level(window: MainWindow) -> int:
    """How many top-level rows the filter keeps for WORD."""
    window.search.setText(WORD)
    window._search_timer.stop()
    window._apply_search()
    count = window.proxy.rowCount()
    window.search.clear()
    window._search_timer.stop()
    window._apply_search()
    return count


def _selection_targets(window: MainWindow, floor: Floor, count: int) -> list[tuple[QModelIndex, QModelIndex]]:
    """Rows to select in turn, the same in both trees: top-level objectives and their first key results."""
    window.collapse_action.trigger()
    floor.tree.collapseAll()
    rows = window.proxy.rowCount()
    step = max(1, rows // count)
    targets = []
    for n in range(count):
        row = (n * step) % rows
        ours, theirs = window.proxy.index(row, 0), floor.proxy.index(row, 0)
        if n % 2 and window.proxy.rowCount(ours):
            window.tree.expand(ours)
            floor.tree.expand(theirs)
            ours, theirs = window.proxy.index(0, 0, ours), floor.proxy.index(0, 0, theirs)
        targets.append((ours, theirs))
    return targets


def main(argv: list[str]) -> None:
    mode, path, cycle_id = argv[0], argv[1], int(argv[2])
    app = QApplication(sys.argv[:1])
    WorkspaceSafety.daily_backups = False  # as with --exit-after-load: no backup behind the measurement
    result: dict[str, Any] = {}
    floor_first = mode == "paint" and argv[3] == "floor-first"
    if floor_first:
        result["floor_s"], result["floor_rows"] = floor_read(path, cycle_id)
    result["paint_s"], window = first_paint(app, path)
    if not floor_first:
        result["floor_s"], result["floor_rows"] = floor_read(path, cycle_id)
    result["tree_rows"] = _count_rows(window.model, QModelIndex())
    result["peak_after_paint_mb"] = _peak_mb()
    if mode == "interact":
        result |= interactions(app, window, int(argv[3]))
        result["peak_mb"] = _peak_mb()
    window.close()
    window.workspace.close()
    print(json.dumps(result))


def _count_rows(model: Any, parent: QModelIndex) -> int:
    return sum(1 + _count_rows(model, model.index(row, 0, parent)) for row in range(model.rowCount(parent)))


if __name__ == "__main__":
    main(sys.argv[1:])
