"""Data safety in the desktop app: opening workspaces that are in use, newer, damaged or on a network drive;
read-only windows; losing the lock; the daily backup; Restore from Backup…; a full disk during a check-in."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from okrdesk.services import backups
from okrdesk.services.workspace import Workspace
from okrdesk.store import fsinfo
from okrdesk.store.lockfile import lock_path
from okrdesk.ui import opening
from okrdesk.ui.main_window import MainWindow
from okrdesk.ui.safety import WorkspaceSafety

TODAY = date(2026, 11, 21)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "team.okr"
    Workspace.create(target, sample=True, today=TODAY).close()
    return target


class Answers:
    """Stands in for the user: answers each question by pressing the button with the given text."""

    def __init__(self, *buttons: str) -> None:
        self.buttons = list(buttons)
        self.asked: list[tuple[str, str, list[str]]] = []

    def __call__(self, box: QMessageBox) -> QAbstractButton | None:
        labels = [b.text().replace("&", "") for b in box.buttons()]
        self.asked.append((box.text(), box.informativeText(), labels))
        assert box.textFormat() == Qt.TextFormat.PlainText
        wanted = self.buttons.pop(0)
        for button in box.buttons():
            if button.text().replace("&", "") == wanted:
                return button
        raise AssertionError(f"no button {wanted!r} among {labels}")


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Answers]:
    def install(*buttons: str) -> Answers:
        answers = Answers(*buttons)
        monkeypatch.setattr(opening, "ask", answers)
        return answers

    return install


def write_lock(path: Path, *, host: str, seen: datetime, pid: int = 4242, user: str = "ann") -> None:
    data = {
        "app": "okrdesk",
        "user": user,
        "host": host,
        "pid": pid,
        "started": seen.isoformat(),
        "seen": seen.isoformat(),
        "token": "someone-else",
    }
    lock_path(path).write_text(json.dumps(data), encoding="utf-8")


def show(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.tree.setFocus()
    return window


@pytest.fixture
def opened() -> Iterator[list[Workspace]]:
    keep: list[Workspace] = []
    yield keep
    for workspace in keep:
        workspace.close()


def test_in_use_elsewhere_offers_read_only_and_the_window_says_who_has_it(
    qtbot: QtBot, path: Path, answer: Callable[..., Answers], opened: list[Workspace]
) -> None:
    write_lock(path, host="laptop-of-ann", seen=datetime.now())
    answers = answer("Open read-only")
    workspace = opening.open_interactively(None, path)
    assert workspace is not None
    opened.append(workspace)
    text, _info, buttons = answers.asked[0]
    assert (
        "ann on laptop-of-ann" in text and "Wait until it is free" in buttons and "Take over" not in buttons
    )
    assert workspace.read_only

    window = show(qtbot, workspace)
    assert window.safety.bar.isVisible()
    assert "ann on laptop-of-ann" in window.safety.bar.label.text()
    assert window.windowTitle().startswith("team (read-only)")
    assert not window.add_objective_action.isEnabled() and not window.checkin_menu.check_in_action.isEnabled()
    assert not window.banner.isVisible()  # no "Start with an empty workspace" either
    window.select(("objective", 1))
    assert not window.rename_action.isEnabled()  # selection does not bring editing back
    index = window.tree.currentIndex()
    assert not (index.flags() & Qt.ItemFlag.ItemIsEditable)
    assert window.detail.objective_form.findChildren(type(window.search))[0].isReadOnly()
    assert lock_path(path).read_text(encoding="utf-8").count("someone-else") == 1  # their lock is untouched


def test_cancel_opens_nothing(path: Path, answer: Callable[..., Answers]) -> None:
    write_lock(path, host="laptop-of-ann", seen=datetime.now())
    answer("Cancel")
    assert opening.open_interactively(None, path) is None


def test_waiting_opens_the_workspace_as_soon_as_the_other_okrdesk_closes_it(
    qtbot: QtBot,
    path: Path,
    answer: Callable[..., Answers],
    monkeypatch: pytest.MonkeyPatch,
    opened: list[Workspace],
) -> None:
    write_lock(path, host="laptop-of-ann", seen=datetime.now())
    monkeypatch.setattr(opening, "WAIT_POLL_MS", 20)
    answer("Wait until it is free")
    QTimer.singleShot(100, lambda: lock_path(path).unlink())  # Ann closes okrdesk meanwhile
    workspace = opening.open_interactively(None, path)
    assert workspace is not None
    opened.append(workspace)
    assert not workspace.read_only
    assert json.loads(lock_path(path).read_text(encoding="utf-8"))["host"] == socket.gethostname()


def test_a_stale_lock_is_taken_over_only_after_confirming_and_the_whole_file_is_checked(
    qtbot: QtBot, path: Path, answer: Callable[..., Answers], opened: list[Workspace]
) -> None:
    write_lock(path, host="old-desktop", seen=datetime.now() - timedelta(hours=3))
    answers = answer("Take over")
    workspace = opening.open_interactively(None, path)
    assert workspace is not None
    opened.append(workspace)
    text, info, buttons = answers.asked[0]
    assert "old-desktop" in text and "Take over" in buttons and "checks the whole file" in info
    assert not workspace.read_only and workspace.unclean
    window = show(qtbot, workspace)
    qtbot.waitUntil(lambda: "checked the whole file" in window.statusBar().currentMessage())


def test_a_newer_format_opens_read_only_naming_both_formats_and_stays_byte_for_byte(
    qtbot: QtBot, path: Path, answer: Callable[..., Answers]
) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA user_version = 7")
    conn.close()
    before = path.read_bytes()
    answers = answer("Open read-only")
    workspace = opening.open_interactively(None, path)
    assert workspace is not None
    assert "format 7" in answers.asked[0][0] and "format 2" in answers.asked[0][0]
    window = show(qtbot, workspace)
    assert "newer okrdesk" in window.safety.bar.label.text()
    assert not window.safety.bar.button.isVisible()  # reopening for editing cannot help
    window.close()
    workspace.close()
    assert path.read_bytes() == before


def test_a_damaged_workspace_is_set_aside_and_the_newest_good_backup_restored(
    path: Path, answer: Callable[..., Answers], opened: list[Workspace]
) -> None:
    with Workspace.open(path) as workspace:
        backup = backups.make_backup(workspace, "daily")
        workspace.add_objective(workspace.cycles()[0].id, "Added after the backup")
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 600] = os.urandom(600)
    path.write_bytes(bytes(data))
    answers = answer("Restore the backup")
    workspace = opening.open_interactively(None, path)
    assert workspace is not None
    opened.append(workspace)
    text, info, _buttons = answers.asked[0]
    assert "team.okr is damaged" in text and "13 objectives" in info and "team-damaged-" in info
    titles = [o.title for o in workspace.cycle_tree(workspace.cycles()[0].id).objectives]
    assert "Added after the backup" not in titles and len(titles) > 0
    [aside] = path.parent.glob("team-damaged-*.okr")
    assert aside.read_bytes() == bytes(data)  # kept exactly as it was
    assert backup.exists()


def test_restore_from_backup_replaces_the_content_and_clears_undo(
    qtbot: QtBot, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from okrdesk.ui.restore_dialog import RestoreDialog

    window = show(qtbot, Workspace.open(path))
    backup = backups.make_backup(window.workspace, "manual")
    before = window.model.rowCount()
    qtbot.keyClick(window.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Temporary")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tree.state() != QAbstractItemView.State.EditingState)
    assert window.model.rowCount() == before + 1 and window.controller.undo_stack.count() > 0

    dialog = RestoreDialog(path, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Backup made by hand"
    assert "13 objectives" in dialog.table.item(0, 2).text()
    assert dialog.restore_button.isEnabled()

    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda cls, p, parent=None: backup))
    window.safety.restore_action.trigger()
    assert window.model.rowCount() == before
    assert window.controller.undo_stack.count() == 0
    assert "before-restore" in window.statusBar().currentMessage()


def test_losing_the_lock_to_another_okrdesk_turns_the_window_read_only(qtbot: QtBot, path: Path) -> None:
    window = show(qtbot, Workspace.open(path))
    told: list[str] = []
    window.ask = lambda box: told.append(box.text())  # type: ignore[method-assign]
    window.checkin_menu.panel_dock.show()  # the history dock, a check-in row selected
    qtbot.waitUntil(lambda: window.checkin_menu.panel is not None)
    window.select(("key_result", 2))
    history = window.checkin_menu.panel.history
    qtbot.waitUntil(lambda: history.model.rowCount() > 0)
    history.table.selectRow(0)
    assert history.delete_button.isEnabled() and history.edit_button.isEnabled()
    write_lock(path, host="laptop-of-ann", seen=datetime.now())  # Ann took it over
    window.safety.check_lock()
    assert not history.delete_button.isEnabled() and not history.edit_button.isEnabled()
    assert window.workspace.read_only and window.safety.bar.isVisible()
    assert "Another okrdesk took team.okr over" in told[0]
    assert not window.add_objective_action.isEnabled()


def test_a_closed_window_stops_watching_the_lock(qtbot: QtBot, path: Path) -> None:
    """A window already closed (its workspace still held by the caller) never pops up about the lock: the
    minute's heartbeat once fired into such a window from an earlier test and ran a message box there."""
    window = show(qtbot, Workspace.open(path))
    assert window.safety.heartbeat.isActive()
    window.close()
    assert not window.safety.heartbeat.isActive()


def test_preferences_of_a_read_only_workspace_leave_the_workspace_setting_alone(
    qtbot: QtBot, path: Path, opened: list[Workspace]
) -> None:
    from okrdesk.ui.controller import Controller
    from okrdesk.ui.dialogs.preferences import PreferencesDialog

    workspace = Workspace.open(path, read_only=True)
    opened.append(workspace)
    dialog = PreferencesDialog(Controller(workspace))
    qtbot.addWidget(dialog)
    assert not dialog.stale_spin.isEnabled() and "read-only" in dialog.stale_spin.toolTip()


def test_a_cycle_holding_a_value_okrdesk_cannot_read_is_said_not_shown_half(
    qtbot: QtBot, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE key_results SET title = CAST(x'5265647563ff65' AS TEXT) WHERE id = 2")
    conn.close()
    told: list[str] = []
    monkeypatch.setattr(MainWindow, "ask", lambda self, box: told.append(box.text()))
    window = show(qtbot, Workspace.open(path))
    qtbot.waitUntil(lambda: bool(told))
    assert "team.okr holds a value okrdesk cannot read: it is damaged" in told[0]
    assert "Restore from Backup" in told[0]
    assert window.model.rowCount() == 0


def test_a_network_drive_is_explained_once(qtbot: QtBot, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fsinfo, "network_filesystem", lambda _p: "SMB/CIFS")
    told: list[str] = []
    monkeypatch.setattr(MainWindow, "ask", lambda self, box: told.append(box.text()))
    for _ in range(2):
        workspace = Workspace.open(path)
        assert workspace.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        window = show(qtbot, workspace)
        qtbot.wait(0)
        window.close()
        workspace.close()
    qtbot.waitUntil(lambda: bool(told))
    assert len([t for t in told if "SMB/CIFS" in t]) == 1


def test_an_older_workspace_is_updated_and_the_user_told_where_the_old_one_is(
    qtbot: QtBot, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DELETE FROM settings WHERE key = 'workspace_id'")
    conn.execute("UPDATE alembic_version SET version_num = '0001'")
    conn.execute("PRAGMA user_version = 1")  # as okrdesk 0.x left it
    conn.close()
    told: list[str] = []
    monkeypatch.setattr(MainWindow, "ask", lambda self, box: told.append(box.text()))
    window = show(qtbot, Workspace.open(path))
    qtbot.waitUntil(lambda: bool(told))
    assert window.workspace.setting("workspace_id") != ""
    assert "from format 1 to format 2" in told[0] and "before-migration" in told[0]


def test_the_daily_backup_is_made_in_the_background_after_the_window_shows(
    qtbot: QtBot, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WorkspaceSafety, "daily_backups", True)
    window = MainWindow(Workspace.open(path))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.safety.backup_finished, timeout=20000) as signal:
        window.show()
    made, error = signal.args
    assert error == "" and Path(made).exists() and "-daily-" in made
    assert "Saved today's backup" in window.statusBar().currentMessage()
    assert backups.read_summary(Path(made)).objectives == 13
    window.safety.start_daily_backup()  # a second time the same day: nothing new
    window.safety.wait_for_backup()
    assert len(backups.list_backups(path)) == 1


def test_a_full_disk_keeps_the_check_in_in_its_dialog_to_try_again(qtbot: QtBot, path: Path) -> None:
    from okrdesk.ui.controller import Controller
    from okrdesk.ui.dialogs.checkin import CheckInDialog

    with Workspace.open(path) as workspace:
        controller = Controller(workspace)
        kr = workspace.key_result(1)
        pages = workspace.conn.execute("PRAGMA page_count").fetchone()[0]
        workspace.conn.execute(f"PRAGMA max_page_count = {pages}")  # no room for another page
        dialog = CheckInDialog(controller, kr.id, today=TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        note = "A long note. " * 2000
        dialog.note_edit.setPlainText(note)
        assert dialog.value_edit is not None
        dialog.value_edit.setText("42")
        count = len(workspace.check_ins(kr.id))
        qtbot.keyClick(dialog.value_edit, Qt.Key.Key_Return)
        assert dialog.isVisible() and "disk is full" in dialog.error_label.text()
        assert dialog.note_edit.toPlainText() == note and len(workspace.check_ins(kr.id)) == count
        workspace.conn.execute("PRAGMA max_page_count = 1073741823")  # room again: try again
        qtbot.keyClick(dialog.value_edit, Qt.Key.Key_Return)
        assert not dialog.isVisible()
        assert workspace.check_ins(kr.id)[-1].note == note


def _damage_unread_table(path: Path) -> bytes:
    """Damage that only SQLite's check finds: a table the first screen does not read."""
    from tests.services.test_backups import damage

    damage(path, "retrospectives")
    return path.read_bytes()


def test_damage_found_after_start_up_turns_the_window_read_only_and_restores_the_backup(
    qtbot: QtBot, path: Path, answer: Callable[..., Answers]
) -> None:
    with Workspace.open(path) as workspace:
        backups.make_backup(workspace, "daily")
    damaged = _damage_unread_table(path)
    answers = answer("Restore the backup")
    workspace = opening.open_interactively(None, path, integrity="background")
    assert workspace is not None  # the window comes up before the check has its verdict
    window = show(qtbot, workspace)
    qtbot.waitUntil(lambda: window.workspace is not workspace)  # the restored file replaced it
    text, info, buttons = answers.asked[0]
    assert "team.okr is damaged" in text and "team-damaged-" in info and "Restore the backup" in buttons
    [aside] = path.parent.glob("team-damaged-*.okr")
    assert aside.read_bytes() == damaged  # kept exactly as it was
    assert not window.workspace.read_only and not window.safety.bar.isVisible()
    assert window.add_objective_action.isEnabled() and window.model.rowCount() > 0
    window.close()
    window.workspace.close()


def test_damage_found_after_start_up_kept_when_the_user_cancels_is_read_only_saying_why(
    qtbot: QtBot, path: Path, answer: Callable[..., Answers]
) -> None:
    with Workspace.open(path) as workspace:
        backups.make_backup(workspace, "daily")
    damaged = _damage_unread_table(path)
    answer("Cancel")
    workspace = opening.open_interactively(None, path, integrity="background")
    assert workspace is not None
    window = show(qtbot, workspace)
    qtbot.waitUntil(lambda: window.workspace.read_only)
    assert "integrity check found damage" in window.safety.bar.label.text()
    assert not window.add_objective_action.isEnabled() and not window.checkin_menu.check_in_action.isEnabled()
    window.close()
    workspace.close()
    assert path.read_bytes() == damaged


def test_exit_after_load_prints_the_time_and_fails_on_damage_the_background_check_finds(path: Path) -> None:
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = [sys.executable, "-m", "okrdesk", str(path), "--exit-after-load"]
    whole = subprocess.run(run, capture_output=True, text=True, env=env, timeout=60)
    assert whole.returncode == 0 and whole.stdout.strip().isdigit()
    _damage_unread_table(path)  # the first screen reads fine; only SQLite's check sees it
    damaged = subprocess.run(run, capture_output=True, text=True, env=env, timeout=60)
    assert damaged.returncode == 1 and "team.okr is damaged" in damaged.stderr
    assert sorted(p.name for p in path.parent.iterdir()) == ["team.okr"]  # no lock, -wal or -shm left
