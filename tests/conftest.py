"""Test set-up: Qt offscreen, okrdesk's data folder and Qt settings in a temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

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
