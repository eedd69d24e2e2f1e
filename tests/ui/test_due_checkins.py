"""Due for check-in: marked in the tree, gathered by a filter, announced on start; checking in clears it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from okrdesk.domain.checkins import is_due
from okrdesk.domain.model import KeyResult
from okrdesk.services.workspace import Workspace
from okrdesk.ui import settings
from okrdesk.ui.checkin_commands import RecordCheckIns
from okrdesk.ui.main_window import MainWindow
from okrdesk.ui.tree_model import DUE_ROLE, ID_ROLE, KIND_ROLE, LAST_CHECK_IN, TITLE


def _due_in_service(workspace: Workspace) -> dict[int, KeyResult]:
    """Due key results of the current cycle, computed from the service, not from the view."""
    cycle = workspace.current_cycle()
    assert cycle is not None
    tree = workspace.cycle_tree(cycle.id)
    cycle_of = {o.id: o.cycle_id for o in tree.objectives}
    return {
        kr.id: kr
        for kr in tree.key_results
        if cycle_of[kr.objective_id] == cycle.id and is_due(kr, cycle, date.today(), workspace.stale_days())
    }


def _shown_key_results(window: MainWindow) -> set[int]:
    found: set[int] = set()
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for row in range(window.proxy.rowCount(parent)):
            index = window.proxy.index(row, TITLE, parent)
            if index.data(KIND_ROLE) == "key_result":
                found.add(index.data(ID_ROLE))
            stack.append(index)
    return found


def _open(qtbot: QtBot, path: Path) -> MainWindow:
    window = MainWindow(Workspace.open(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.okr"
    Workspace.create(path, sample=True).close()
    return path


def test_due_key_results_are_marked_in_words_and_announced(qtbot: QtBot, sample: Path) -> None:
    window = _open(qtbot, sample)
    due = _due_in_service(window.workspace)
    assert due, "the sample has key results due for a check-in"
    bar = window.checkin_menu.bar
    assert bar.isVisible()
    assert bar.label.text().startswith(f"{len(due)} key results in ")
    for kr_id in due:
        index = window.model.index_for(("key_result", kr_id), LAST_CHECK_IN)
        assert index.data(DUE_ROLE) is True
        assert index.data().endswith("due")
        assert "Due for a check-in" in index.siblingAtColumn(TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert f"({len(due)})" in window.checkin_menu.due_action.text()


def test_due_filter_shows_exactly_the_due_key_results_and_checking_in_clears_one(
    qtbot: QtBot, sample: Path
) -> None:
    window = _open(qtbot, sample)
    due = _due_in_service(window.workspace)
    window.checkin_menu.due_action.trigger()
    assert _shown_key_results(window) == set(due)
    first = next(iter(due.values()))
    window.controller.execute(RecordCheckIns(window.controller, [(first.id, {"value": first.current})]))
    assert _shown_key_results(window) == set(due) - {first.id}
    assert f"({len(due) - 1})" in window.checkin_menu.due_action.text()
    window.checkin_menu.due_action.trigger()  # off again: everything is back
    assert first.id in _shown_key_results(window)
    assert len(_shown_key_results(window)) > len(due)


def test_the_bar_counts_my_key_results_when_i_am_known(qtbot: QtBot, sample: Path) -> None:
    with Workspace.open(sample) as workspace:
        due = _due_in_service(workspace)
        owner_of = {
            kr.id: kr.owner_id or workspace.objective(kr.objective_id).owner_id for kr in due.values()
        }
        me = next(iter(owner_of.values()))
        mine = [kr_id for kr_id, owner in owner_of.items() if owner == me]
    settings.set_me(sample, me)
    window = _open(qtbot, sample)
    expected = "1 of your key results" if len(mine) == 1 else f"{len(mine)} of your key results"
    assert window.checkin_menu.bar.label.text().startswith(expected)
    window.checkin_menu.bar.show_button.click()
    assert window.checkin_menu.due_action.isChecked()


def test_no_bar_when_nothing_is_due(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "fresh.okr"
    Workspace.create(path).close()  # an empty workspace: nothing to check in on
    window = _open(qtbot, path)
    assert not window.checkin_menu.bar.isVisible()
