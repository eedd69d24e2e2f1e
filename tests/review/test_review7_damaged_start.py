"""Review of issue 7: SQLite's quick_check now runs in the background at start-up. Damage that the first
screen trips over, and a restore that fails after damage was found, must still leave the user a way back to
a good copy, as opening a damaged file did before."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from okrdesk.services import backups
from okrdesk.services import opening as service_opening
from okrdesk.services.errors import WorkspaceError
from okrdesk.services.workspace import Workspace
from okrdesk.ui import opening
from okrdesk.ui.main_window import MainWindow
from okrdesk.ui.safety import WorkspaceSafety
from tests.services.test_backups import damage
from tests.ui.test_safety_ui import TODAY, Answers

# Runs the app's start-up (run_gui) on PATH with the user's answers scripted: every question is answered
# "Restore the backup" when offered, else its first button; the event loop runs until a question was asked
# (at most 3 s).
_START_UP = """
import sys
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from okrdesk.ui import app as gui, opening
from okrdesk.ui.main_window import MainWindow

asked = []

def ask(box):
    asked.append(box.text())
    buttons = box.buttons()
    wanted = [b for b in buttons if b.text().replace("&", "") == "Restore the backup"]
    return wanted[0] if wanted else (buttons[0] if buttons else None)

def run_briefly(self):
    loop = QEventLoop()
    QTimer.singleShot(3000, loop.quit)
    poll = QTimer()
    poll.timeout.connect(lambda: asked and loop.quit())
    poll.start(20)
    loop.exec()
    return 0

opening.ask = ask
MainWindow.ask = lambda self, box: ask(box)
gui._message = lambda text: asked.append(text)
QApplication.exec = run_briefly
status = gui.run_gui(sys.argv[1])
print("STATUS", status)
for text in asked:
    print("ASKED", text.replace(chr(10), " "))
"""


def _damaged_sample_with_backup(folder: Path, table: str) -> Path:
    """team.okr: the sample with a good daily backup, then one table's root page damaged."""
    path = folder / "team.okr"
    Workspace.create(path, sample=True, today=TODAY).close()
    with Workspace.open(path) as workspace:
        backups.make_backup(workspace, "daily")
    damage(path, table)
    return path


def _whole(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


@pytest.mark.parametrize("table", ["cycles", "owners"])
def test_damage_the_first_screen_trips_over_still_offers_the_newest_good_backup(
    tmp_path: Path, table: str
) -> None:
    path = _damaged_sample_with_backup(tmp_path, table)
    done = subprocess.run(
        [sys.executable, "-c", _START_UP, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=Path(__file__).resolve().parents[2],
    )
    out = done.stdout
    assert "STATUS 0" in out, out + done.stderr
    assert "team.okr is damaged" in out  # the offer of the backup, as a damaged file gets on opening
    assert list(tmp_path.glob("team-damaged-*.okr")), "the damaged file is kept aside"
    assert _whole(path)  # the backup took its place


def test_a_failed_restore_after_damage_found_at_start_up_still_says_the_file_is_damaged(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WorkspaceSafety, "daily_backups", False)
    path = _damaged_sample_with_backup(tmp_path, "retrospectives")  # only SQLite's check finds it

    def copy_fails(*_args: object, **_kwargs: object) -> Path:
        raise WorkspaceError("The backup could not be copied to team.okr: the disk is full.")

    monkeypatch.setattr(service_opening, "recover_damaged", copy_fails)
    answers = Answers("Restore the backup", "OK")
    monkeypatch.setattr(opening, "ask", answers)
    workspace = opening.open_interactively(None, path, integrity="background")
    assert workspace is not None
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.workspace is not workspace)  # reopened read-only after the failure
    try:
        assert "disk is full" in answers.asked[1][0]
        assert window.workspace.read_only
        assert "damage" in window.safety.bar.label.text().lower()
    finally:
        window.close()
        window.workspace.close()


def test_the_damage_message_does_not_point_to_a_disabled_restore_action(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WorkspaceSafety, "daily_backups", False)
    path = _damaged_sample_with_backup(
        tmp_path, "objectives"
    )  # the tree cannot be read; SQLite's check finds it too
    answers = Answers("Cancel")
    monkeypatch.setattr(opening, "ask", answers)
    told: list[str] = []
    monkeypatch.setattr(MainWindow, "show_error", lambda _window, message: told.append(message))
    workspace = opening.open_interactively(None, path, integrity="background")
    assert workspace is not None
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        qtbot.waitUntil(lambda: bool(answers.asked) and bool(told))  # the offer (cancelled), the read error
        assert window.workspace.read_only
        pointing = [m for m in told if "Restore from Backup" in m]
        assert pointing, told
        assert window.safety.restore_action.isEnabled(), pointing[0]
    finally:
        window.close()
        window.workspace.close()
