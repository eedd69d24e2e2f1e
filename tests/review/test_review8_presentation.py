"""Review of issue 8, presentation mode: the confidence round must refuse any odd entry in words, never
with a traceback. A German keyboard types "²" with AltGr+2 next to the digits; str.isdigit() accepts it,
int() does not."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from okrdesk.services.workspace import Workspace
from okrdesk.ui.main_window import MainWindow
from okrdesk.ui.presentation import present
from okrdesk.ui.safety import WorkspaceSafety


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(WorkspaceSafety, "daily_backups", False)
    path = tmp_path / "team.okr"
    Workspace.create(path, sample=True, today=date(2026, 11, 21)).close()
    win = MainWindow(Workspace.open(path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.mark.parametrize("typed", ["²", "³"])
def test_a_superscript_digit_in_the_confidence_round_is_refused_in_words(
    qtbot: QtBot, window: MainWindow, typed: str
) -> None:
    pw = present(window, full_screen=False)
    qtbot.waitExposed(pw)
    pw.open_round()
    assert pw.round is not None
    pw.round.edits[0].setText(typed)
    assert pw.round.reveal() is False  # refused, nothing revealed
    assert not pw.round.is_revealed
    assert "not a whole number from 0 to 10" in pw.round.problem.text()
    pw.close()
