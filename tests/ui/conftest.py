"""What the window tests share: the main window on a sample workspace made on 2026-11-21 (a module may
define its own `window` instead)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from okrdesk.services.workspace import Workspace
from okrdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    path = tmp_path / "team.okr"
    Workspace.create(path, sample=True, today=date(2026, 11, 21)).close()
    win = MainWindow(Workspace.open(path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture(autouse=True)
def no_background_backups(monkeypatch: pytest.MonkeyPatch) -> None:
    """The daily backup runs in a thread after the window shows; tests that want it switch it back on."""
    from okrdesk.ui.safety import WorkspaceSafety

    monkeypatch.setattr(WorkspaceSafety, "daily_backups", False)
