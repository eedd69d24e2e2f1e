"""No N+1 queries: showing a cycle issues the same few SQL statements whether it holds 40 or 2,000
objectives. Each statement the window's connection runs is counted (sqlite3's trace callback), from opening
the workspace to the painted tree, and again when the user switches cycles."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from okrdesk.services.generate import generate
from okrdesk.services.workspace import Workspace
from okrdesk.ui.main_window import MainWindow

TODAY = date(2026, 11, 21)


@pytest.fixture(scope="module")
def sizes(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    """Generated workspaces of 200 and 10,000 objectives (40 and 2,000 in the current quarter)."""
    folder = tmp_path_factory.mktemp("sizes")
    made = {}
    for objectives in (200, 10_000):
        made[objectives] = folder / f"w{objectives}.okr"
        generate(
            made[objectives], objectives, key_results_per_objective=4, check_ins_per_key_result=2, today=TODAY
        )
    return made


class Statements:
    """Every SQL statement run on a connection while recording."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    @property
    def tables_read(self) -> list[str]:
        return [s for s in self.seen if s.lstrip().upper().startswith(("SELECT", "WITH"))]


@pytest.fixture
def window_on(qtbot: QtBot) -> Iterator[object]:
    opened: list[Workspace] = []

    def make(path: Path) -> tuple[MainWindow, Statements]:
        workspace = Workspace.open(path)
        opened.append(workspace)
        statements = Statements()
        workspace.conn.set_trace_callback(statements.seen.append)
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.tree.viewport().repaint()
        return window, statements

    yield make
    for workspace in opened:
        workspace.conn.set_trace_callback(None)
        workspace.close()


def test_showing_a_cycle_issues_the_same_statements_for_40_or_2000_objectives(
    sizes: dict[int, Path], window_on: object
) -> None:
    counts = {}
    for objectives, path in sizes.items():
        window, statements = window_on(path)  # type: ignore[operator]
        shown = window.model.rowCount()
        assert len(window.model.nodes) >= 5 * shown  # objectives with their key results, all loaded
        counts[objectives] = len(statements.tables_read)
        window.close()
    assert counts[200] == counts[10_000], counts
    assert counts[200] <= 40, counts  # the first screen: cycles, owners, settings, the tree, the detail pane


def test_switching_cycles_reads_each_table_once_however_large_the_cycle(
    sizes: dict[int, Path], window_on: object
) -> None:
    window, statements = window_on(sizes[10_000])  # type: ignore[operator]
    [year_cycle] = [c for c in window.workspace.cycles() if c.name == "2026"]
    year = window.cycle_combo.findData(year_cycle.id)
    assert year >= 0 and year != window.cycle_combo.currentIndex()
    statements.seen.clear()
    window.cycle_combo.setCurrentIndex(year)  # the year: 2,000 objectives and the 8,000 aligned below them
    window.tree.viewport().repaint()
    assert len(window.model.nodes) > 30_000
    reads = statements.tables_read
    per_table = {
        table: sum(f" {table} " in f" {s} ".replace("\n", " ") for s in reads)
        for table in ("key_results", "check_ins")
    }
    # One statement per 30,000 ids (SQLite's limit on bound parameters): 40,000 key results, two reads.
    batches = -(-len([n for n in window.model.nodes.values() if n.kind == "key_result"]) // 30_000)
    assert per_table == {"key_results": 1, "check_ins": batches} and batches == 2, reads
    assert len(reads) <= 15, reads
