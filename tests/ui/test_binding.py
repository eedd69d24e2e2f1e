"""Guards against a Qt binding that loses references to None (PySide6 6.12.0 does; it crashes at exit)."""

from __future__ import annotations

import sys
from pathlib import Path

from okrdesk.services.workspace import Workspace
from okrdesk.ui.main_window import MainWindow


def test_painting_the_tree_keeps_none_alive(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    Workspace.create(tmp_path / "w.okr", sample=True).close()
    window = MainWindow(Workspace.open(tmp_path / "w.okr"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tree.expandAll()
    before = sys.getrefcount(None)
    for _ in range(30):
        window.tree.viewport().repaint()  # every cell asks data() for roles the model leaves unset (None)
    lost = before - sys.getrefcount(None)
    assert lost < 100, (
        f"the Qt binding lost {lost} references to None while painting; okrdesk would crash at exit"
    )
