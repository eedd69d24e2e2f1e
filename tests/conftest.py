"""Test set-up: Qt offscreen, okrdesk's data folder and Qt settings in a temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from okrdesk.services.workspace import Workspace

if TYPE_CHECKING:
    from okrdesk.ui.controller import Controller

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Points okrdesk's data folder and QSettings at a fresh temporary folder for every test."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("OKRDESK_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "share"))
    try:
        from PySide6.QtCore import QSettings

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(base / "config"))
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(base / "config"))
    except ImportError:
        pass
    yield base


WORKSPACE_DAY = date(2026, 5, 10)  # a new workspace made on this day starts with "2026 Q2" (Apr 1 – Jun 30)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A new, empty workspace with the cycle 2026 Q2, as made on WORKSPACE_DAY."""
    ws = Workspace.create(tmp_path / "w.okr", today=WORKSPACE_DAY)
    yield ws
    ws.close()


@pytest.fixture
def controller(workspace: Workspace) -> Controller:
    """The GUI's controller (undo stack, change signal) over that workspace."""
    from okrdesk.ui.controller import Controller

    return Controller(workspace)
