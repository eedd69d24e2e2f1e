"""Review of issue 7: the key results due for a check-in are now counted once per change (a cache in the tree
model). Deleting the selected row must not leave the deleted key result counted as due."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from okrdesk.services.workspace import Workspace
from okrdesk.ui.main_window import MainWindow
from okrdesk.ui.safety import WorkspaceSafety


@pytest.mark.parametrize("what", ["key_result", "objective"])
def test_deleting_the_selected_due_item_updates_the_due_count(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, what: str
) -> None:
    monkeypatch.setattr(WorkspaceSafety, "daily_backups", False)
    path = tmp_path / "team.okr"
    Workspace.create(path, sample=True).close()  # check-ins up to today: some key results are due
    window = MainWindow(Workspace.open(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    menu = window.checkin_menu
    due = list(menu.due_nodes())
    assert due, "the sample has key results due for a check-in"
    kr = due[0]
    assert kr.parent is not None
    target = kr if what == "key_result" else kr.parent
    gone = {kr.key} if what == "key_result" else {c.key for c in target.children if c.kind == "key_result"}
    window.select(target.key)

    def press_delete(_window: MainWindow, box: QMessageBox) -> object:
        return next(b for b in box.buttons() if b.text().replace("&", "") == "Delete")

    monkeypatch.setattr(MainWindow, "ask", press_delete)
    window.delete_action.trigger()
    try:
        assert target.key not in window.model.nodes  # deleted
        still_due = [n.key for n in menu.due_nodes()]
        assert not gone & set(still_due)
        expected = len([n for n in due if n.key not in gone])
        assert menu.due_action.text() == f"&Due for check-in ({expected})"
    finally:
        window.close()
        window.workspace.close()
