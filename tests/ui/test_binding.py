"""Guards against a Qt binding that loses references to None (PySide6 6.12.0 does; it crashes at exit)."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from okrdesk.services.workspace import Workspace
from okrdesk.ui.main_window import MainWindow


def test_painting_the_tree_keeps_none_alive(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    Workspace.create(tmp_path / "w.okr", sample=True).close()
    window = MainWindow(Workspace.open(tmp_path / "w.okr"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    index = window.proxy.index(0, 0)
    assert index.isValid()
    gc.collect()  # objects freed by the collector release their references to None too: not a loss
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for _ in range(2000):
            # Through C++ (the index, then the proxy) into the model's Python data(), which leaves this role
            # unset and returns None, as it does for most roles each time a cell is painted.
            index.data(Qt.ItemDataRole.WhatsThisRole)
        lost = before - sys.getrefcount(None)
    finally:
        gc.enable()
    # A leaking binding loses one reference per call (PySide6 6.12.0: 2,000); a sound one none.
    assert lost < 500, f"the Qt binding lost {lost} references to None; okrdesk would crash at exit"
