"""The data-safety side of the main window.

- Read-only: a bar says why (a newer okrdesk's file, in use elsewhere, a read-only medium, by choice) and
  offers to reopen for editing; every editing action is disabled (one QActionGroup), the tree and the
  detail pane accept no typing.
- The lock: refreshed every minute; if another okrdesk took the workspace over, this window turns
  read-only and says so.
- Once per workspace: why a workspace on a network drive uses the rollback journal; after an update to
  a newer format, where the old one was backed up; after an unclean shutdown, that the whole file was checked.
- The start-up's integrity check, which runs in the background while the first screen is drawn: when it finds
  damage, the window turns read-only and offers the newest good backup, as opening a damaged file does.
- The daily backup, made in a background thread after the window is on screen (own connection).
- File → Restore from Backup….
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from okrdesk.services.errors import DamagedWorkspaceError, OkrdeskError
from okrdesk.store.lockfile import REFRESH_EVERY_MS
from okrdesk.ui.controller import Change
from okrdesk.ui.messages import text as message_text
from okrdesk.ui.settings import app_settings

if TYPE_CHECKING:
    from okrdesk.ui.main_window import MainWindow


class ReadOnlyBar(QFrame):
    """ "Read-only: <why>." with a button to open the workspace for editing again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBar")
        from okrdesk.ui.themes import follow_banner

        follow_banner(self, "readOnlyBar", "info")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Open for &editing"))
        self.button.setAccessibleName(self.tr("Open the workspace for editing"))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)


class WorkspaceSafety(QObject):
    """Attached to a main window; follows its workspace (see the module docstring)."""

    daily_backups = True  # the UI tests switch the background backup off unless they test it
    backup_finished = Signal(str, str)  # path of the backup made (or ""), error message (or "")
    check_finished = Signal(object)  # the workspace whose background integrity check has its verdict

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.bar = ReadOnlyBar()
        self.bar.hide()
        self.bar.button.clicked.connect(self.reopen_for_editing)
        central = window.centralWidget().layout()
        central.insertWidget(0, self.bar)  # type: ignore[attr-defined]
        self.editing = QActionGroup(self)
        self.editing.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        for action in self._editing_actions():
            self.editing.addAction(action)
        self.restore_action = QAction(self.tr("Restore from &Backup…"), window)
        self.restore_action.triggered.connect(self.restore_from_backup)
        menu = window.file_menu.menu
        menu.insertAction(window.file_menu.copy_action, self.restore_action)  # enabled by apply_read_only
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(REFRESH_EVERY_MS)
        self.heartbeat.timeout.connect(self.check_lock)
        self.heartbeat.start()
        self.backup_finished.connect(self._on_backup_finished)
        # Queued: a verdict that is in already arrives after the window is built, not inside its constructor.
        self.check_finished.connect(self._on_check_finished, Qt.ConnectionType.QueuedConnection)
        self._backup_thread: threading.Thread | None = None
        self._damage: DamagedWorkspaceError | None = None  # found after start-up, see _on_check_finished
        window.workspace_replaced.connect(self.follow_workspace)

    def _editing_actions(self) -> list[QAction]:
        w = self.window
        return [
            w.undo_action,
            w.redo_action,
            w.add_objective_action,
            w.add_child_action,
            w.add_kr_action,
            w.rename_action,
            w.delete_action,
            w.align_action,
            w.up_action,
            w.down_action,
            w.people_action,
            w.cycles_action,
            w.checkin_menu.check_in_action,
            w.checkin_menu.weekly_action,
            w.retro_menu.wizard_action,
            w.export_menu.import_action,
        ]

    # ---- following the workspace --------------------------------------------------------------------------

    def follow_workspace(self) -> None:
        workspace = self.window.workspace
        self.apply_read_only()
        if workspace.check is not None:  # the verdict arrives in the check's thread: emit crosses over
            workspace.check.when_done(lambda _check: self.check_finished.emit(workspace))
        QTimer.singleShot(0, self._tell_once)
        if not workspace.read_only and self.daily_backups:
            QTimer.singleShot(0, self.start_daily_backup)

    def apply_read_only(self) -> None:
        workspace = self.window.workspace
        read_only = workspace.read_only
        self.editing.setEnabled(not read_only)
        self.restore_action.setEnabled(not read_only or self._shows_damage())  # the way back from damage
        self.bar.setVisible(read_only)
        if read_only:
            from okrdesk.services.opening import READ_ONLY_BY_CHOICE

            look = self.tr("You can look at everything and export it, but not change it.")
            why = workspace.read_only_reason
            self.bar.label.setText(
                self.tr("Read-only. {look}").format(look=look)
                if why == READ_ONLY_BY_CHOICE
                else self.tr("Read-only: {why}. {look}").format(why=message_text(why), look=look)
            )
            from okrdesk.store.connection import SCHEMA_VERSION, writable_problem

            newer = workspace.conn.execute("PRAGMA user_version").fetchone()[0] > SCHEMA_VERSION
            self.bar.button.setVisible(not newer and writable_problem(workspace.path) is None)
        tree = self.window.tree
        tree.setDragDropMode(
            QAbstractItemView.DragDropMode.NoDragDrop
            if read_only
            else QAbstractItemView.DragDropMode.InternalMove
        )
        self.window.detail.set_read_only(read_only)
        self.window.banner.setVisible(workspace.is_sample and not read_only)  # "start empty" is an edit
        self.window.checkin_menu.bar.check_button.setVisible(not read_only)
        panel = self.window.checkin_menu.panel
        if panel is not None:
            panel.history.update_buttons()
        title = (
            self.tr("{workspace} (read-only) – okrdesk") if read_only else self.tr("{workspace} – okrdesk")
        )
        self.window.setWindowTitle(title.format(workspace=workspace.path.stem))

    def _tell_once(self) -> None:
        workspace = self.window.workspace
        key = f"safety/told_network/{workspace.path}"
        if workspace.network and not workspace.read_only and not app_settings().value(key, False, bool):
            app_settings().setValue(key, True)
            self._inform(
                self.tr("{name} is on a network drive").format(name=workspace.path.name),
                self.tr(
                    "{name} is on {kind}. okrdesk keeps it safe there with SQLite's rollback journal and "
                    "waits for every change to reach the drive (a little slower), because the faster "
                    "write-ahead log needs shared memory that network drives do not provide.\n\n"
                    "Only one person at a time can change it; others can open it read-only."
                ).format(name=workspace.path.name, kind=workspace.network),
            )
        if workspace.migrated_from is not None:
            migrated, workspace.migrated_from = workspace.migrated_from, None
            self._inform(
                self.tr("Workspace updated"),
                self.tr(
                    "okrdesk updated {name} from format {old} to format {new}. Older versions of okrdesk "
                    "cannot change it any more. A copy in the old format was saved first:\n{backup}"
                ).format(
                    name=workspace.path.name,
                    old=migrated,
                    new=workspace.conn.execute("PRAGMA user_version").fetchone()[0],
                    backup=workspace.migration_backup,
                ),
            )
        if workspace.unclean:
            workspace.unclean = False
            self.window.statusBar().showMessage(
                self.tr("okrdesk was not closed properly last time; it checked the whole file: all is well."),
                15000,
            )

    def _inform(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.window.ask(box)

    # ---- the integrity check of start-up -------------------------------------------------------------------

    def _damage_reason(self) -> str:
        return self.tr("SQLite's integrity check found damage in it")

    def _shows_damage(self) -> bool:
        """True while the window shows a workspace found damaged after start-up (read-only)."""
        workspace = self.window.workspace
        damage = self._damage
        return (
            damage is not None
            and workspace.path == damage.path
            and workspace.read_only_reason == self._damage_reason()
        )

    def _on_check_finished(self, workspace: object) -> None:
        """Damage found after the window came up: nothing more is written, and the backup is offered."""
        window = self.window
        if workspace is not window.workspace or window.workspace.check is None:
            return  # another workspace is shown by now
        problems = window.workspace.check.problems
        if not problems:
            return
        from okrdesk.services.opening import damaged_message

        path = window.workspace.path
        window.controller.undo_stack.clear()
        window.workspace.read_only_reason = self._damage_reason()
        self._damage = DamagedWorkspaceError(damaged_message(path), path, problems)
        self.apply_read_only()
        shown = window.workspace
        self._when_on_screen(lambda: self._offer_restore(shown))

    def _when_on_screen(self, then: Callable[[], None], tries: int = 40) -> None:
        """Runs then once the window is on screen (the question belongs over the read-only window, not over
        an empty screen while the window is still being mapped); gives up waiting after about 2 s."""
        handle = self.window.windowHandle()
        on_screen = self.window.isVisible() and handle is not None and handle.isExposed()
        if on_screen or (tries <= 0 and self.window.isVisible()):
            then()
        elif tries > 0:  # not shown yet (the verdict can come before the window is), or being mapped
            QTimer.singleShot(50, self, lambda: self._when_on_screen(then, tries - 1))  # dies with the window
        # else: the window closed meanwhile, nobody to ask; the workspace stayed read-only

    def _offer_restore(self, shown: object) -> None:
        """Offers the newest good backup of the damaged workspace shown (also File → Restore from Backup…
        while it is shown read-only for its damage)."""
        from okrdesk.services.workspace import Workspace
        from okrdesk.ui.opening import offer_backup, open_interactively

        window, damage = self.window, self._damage
        if window.workspace is not shown or damage is None:
            return  # another workspace is shown by now
        path = damage.path
        closed = False

        def close_first() -> None:  # the damaged file is moved aside: no connection may stay on it
            nonlocal closed
            window.workspace.close()
            closed = True

        restored = offer_backup(window, damage, before_restore=close_first)
        if not closed:
            return  # kept as it is, read-only
        replacement = open_interactively(window, path) if restored else None
        if replacement is None:
            try:  # the restore failed: show what there is, read-only and still saying why
                replacement = Workspace.open(path, read_only=True, integrity="none")
            except OkrdeskError as exc:
                window.show_error(message_text(exc))
                window.close()
                return
            replacement.read_only_reason = self._damage_reason()
        window.set_workspace(replacement)

    # ---- the lock ------------------------------------------------------------------------------------------

    def check_lock(self) -> None:
        """Refreshes the lock; if another okrdesk took the workspace over, turns read-only and says so."""
        workspace = self.window.workspace
        if not self.window.isVisible() or workspace.read_only or workspace.refresh_lock():
            return  # (a window never shown or already closed has nobody to tell)
        workspace.read_only_reason = self.tr("another okrdesk took it over")
        self.window.controller.undo_stack.clear()
        self.apply_read_only()
        self.window.show_error(
            self.tr(
                "Another okrdesk took {name} over (someone decided this window had stopped answering). "
                "This window is now read-only; reopen the workspace to change it again."
            ).format(name=workspace.path.name)
        )

    def reopen_for_editing(self) -> None:
        from okrdesk.ui.opening import open_interactively

        path = self.window.workspace.path
        workspace = open_interactively(self.window, path)
        if workspace is not None:
            self.window.set_workspace(workspace)

    # ---- backups -------------------------------------------------------------------------------------------

    def start_daily_backup(self) -> None:
        """Makes today's backup in a background thread, if the newest is over a day old."""
        from okrdesk.services.backups import daily_backup_due

        workspace = self.window.workspace
        if workspace.read_only or (self._backup_thread is not None and self._backup_thread.is_alive()):
            return
        now = datetime.now().replace(microsecond=0)
        if not daily_backup_due(workspace.path, now):
            return
        path = workspace.path

        def run() -> None:
            from okrdesk.services.backups import backup_file

            try:
                made = backup_file(path, "daily", now=now)
            except OkrdeskError as exc:
                self.backup_finished.emit("", message_text(exc))
            else:
                self.backup_finished.emit(str(made), "")

        self._backup_thread = threading.Thread(target=run, name="okrdesk-daily-backup", daemon=True)
        self._backup_thread.start()

    def wait_for_backup(self) -> None:
        """Lets a running background backup finish (before the window closes)."""
        if self._backup_thread is not None:
            self._backup_thread.join()

    def _on_backup_finished(self, path: str, error: str) -> None:
        bar = self.window.statusBar()
        if error:
            bar.showMessage(self.tr("Today's backup could not be saved: {why}").format(why=error), 15000)
        else:
            bar.showMessage(self.tr("Saved today's backup: {path}").format(path=path), 8000)

    def restore_from_backup(self) -> None:
        from okrdesk.services.opening import restore_backup
        from okrdesk.ui.restore_dialog import RestoreDialog

        window = self.window
        if self._shows_damage():  # read-only for its damage: the damaged file is set aside, then restored
            self._offer_restore(window.workspace)
            return
        window.detail.commit_pending()
        chosen = RestoreDialog.ask(window.workspace.path, window)
        if chosen is None:
            return
        try:
            safety = restore_backup(window.workspace, chosen)
        except OkrdeskError as exc:
            window.show_error(message_text(exc))
            return
        window.controller.undo_stack.clear()
        window.banner.setVisible(window.workspace.is_sample and not window.workspace.read_only)
        window.controller.changed.emit(Change(reload=True, owners=True, cycles=True))
        window.statusBar().showMessage(
            self.tr("Restored {backup}. What the workspace held before is in {safety}").format(
                backup=chosen.name, safety=safety
            ),
            15000,
        )
