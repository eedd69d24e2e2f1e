"""Opening a workspace in the desktop app, asking the user whenever okrdesk cannot simply go ahead.

- open in another okrdesk: open read-only, wait until it is closed there, or cancel;
- left open by an okrdesk that is gone (a stale lock): take over (after which okrdesk checks the whole file),
  open read-only, or cancel;
- a newer okrdesk's file, or a read-only file, folder or medium: open read-only, or cancel;
- damaged: restore the newest good backup (the damaged file is kept aside), or cancel;
- anything else okrdesk cannot open: say why.

`ask` shows a question and returns the button pressed; tests replace it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QProgressDialog, QWidget

from okrdesk.services.errors import (
    DamagedWorkspaceError,
    OkrdeskError,
    ReadOnlyWorkspaceError,
    WorkspaceLockedError,
)
from okrdesk.services.workspace import Workspace
from okrdesk.ui.i18n import format_datetime
from okrdesk.ui.messages import text as message_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")

WAIT_POLL_MS = 1000


def ask(box: QMessageBox) -> QAbstractButton | None:
    """Shows the question and returns the button the user pressed (tests replace this)."""
    box.exec()
    return box.clickedButton()


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def tell(parent: QWidget | None, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
    box = _box(parent, icon, "okrdesk", text)
    box.addButton(QMessageBox.StandardButton.Ok)
    ask(box)


def open_interactively(parent: QWidget | None, path: Path, integrity: str = "quick") -> Workspace | None:
    """Opens the workspace at path, asking what to do when needed; None when the user gave up.

    integrity="background" (start-up) lets the window show before SQLite's quick_check has its verdict;
    the window follows it (ui/safety.py)."""
    read_only = take_over = False
    reason = ""
    while True:
        try:
            workspace = Workspace.open(path, read_only=read_only, take_over=take_over, integrity=integrity)
        except WorkspaceLockedError as exc:
            reason = translate("Opening", "{who} has it open").format(who=exc.holder.describe())
            choice = _ask_locked(parent, exc)
            if choice == "wait":
                waited = wait_for(parent, path, exc)
                if waited is not None:
                    return waited
                continue  # cancelled, or the other okrdesk stopped answering: ask again
            if choice is None:
                return None
            read_only, take_over = choice == "read-only", choice == "take-over"
        except ReadOnlyWorkspaceError as exc:
            if read_only or not _ask_read_only(parent, message_text(exc)):
                return None
            read_only = True
            reason = _read_only_reason(exc)
        except DamagedWorkspaceError as exc:
            if not offer_backup(parent, exc):
                return None
        except OkrdeskError as exc:
            tell(parent, message_text(exc))
            return None
        else:
            if read_only and reason:
                workspace.read_only_reason = reason
            return workspace


def _read_only_reason(exc: ReadOnlyWorkspaceError) -> str:
    from okrdesk.services.errors import NewerWorkspaceError

    if isinstance(exc, NewerWorkspaceError):
        return translate(
            "Opening", "a newer okrdesk saved it (workspace format {file}; this okrdesk knows format {ours})"
        ).format(file=exc.file_version, ours=exc.our_version)
    return translate("Opening", "the file, its folder or its disk is read-only")


def _ask_locked(parent: QWidget | None, exc: WorkspaceLockedError) -> str | None:
    box = _box(parent, QMessageBox.Icon.Question, translate("Opening", "Workspace in use"), message_text(exc))
    read_only = box.addButton(translate("Opening", "Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
    if exc.stale:
        box.setInformativeText(
            translate(
                "Opening",
                "Take it over only if nobody is working in it: changes made there after it stopped "
                "answering would be lost. okrdesk then checks the whole file.",
            )
        )
        other = box.addButton(translate("Opening", "&Take over"), QMessageBox.ButtonRole.DestructiveRole)
    else:
        other = box.addButton(
            translate("Opening", "&Wait until it is free"), QMessageBox.ButtonRole.ActionRole
        )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    # Enter takes over only when okrdesk knows its holder is gone (it crashed on this computer).
    box.setDefaultButton(other if exc.stale and exc.holder.process_gone else read_only)
    box.setEscapeButton(cancel)
    clicked = ask(box)
    if clicked is read_only:
        return "read-only"
    if clicked is other:
        return "take-over" if exc.stale else "wait"
    return None


def _ask_read_only(parent: QWidget | None, message: str) -> bool:
    box = _box(parent, QMessageBox.Icon.Question, translate("Opening", "Open read-only?"), message)
    read_only = box.addButton(translate("Opening", "Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.setEscapeButton(cancel)
    return ask(box) is read_only


def wait_for(parent: QWidget | None, path: Path, exc: WorkspaceLockedError) -> Workspace | None:
    """Waits (a progress dialog with Cancel) until the other okrdesk closes the workspace; then opens it.
    Stops early, returning None, when the other okrdesk stops answering (its lock goes stale)."""
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(translate("Opening", "Waiting"))
    dialog.setLabelText(
        translate("Opening", "Waiting until {who} closes {name}…").format(
            who=exc.holder.describe(), name=path.name
        )
    )
    dialog.setRange(0, 0)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    found: list[Workspace] = []

    def attempt() -> None:
        try:
            found.append(Workspace.open(path))
        except WorkspaceLockedError as again:
            if not again.stale:
                return
        except OkrdeskError:
            pass
        timer.stop()
        dialog.accept()

    timer = QTimer(dialog)
    timer.setInterval(WAIT_POLL_MS)
    timer.timeout.connect(attempt)
    timer.start()
    dialog.exec()
    timer.stop()
    return found[0] if found else None


def offer_backup(
    parent: QWidget | None,
    exc: DamagedWorkspaceError,
    before_restore: Callable[[], None] | None = None,
) -> bool:
    """Explains the damage and offers the newest good backup; True when it was restored in place.

    before_restore runs once the user chose to restore, before the damaged file is moved aside."""
    from okrdesk.services.backups import newest_good_backup, read_summary, set_aside_name
    from okrdesk.services.opening import recover_damaged

    good = newest_good_backup(exc.path)
    box = _box(
        parent, QMessageBox.Icon.Critical, translate("Opening", "Workspace damaged"), message_text(exc)
    )
    box.setDetailedText("\n".join(exc.problems))
    if good is None:
        box.setInformativeText(
            translate(
                "Opening",
                "There is no backup of it in the backups folder beside it. Keep the file: "
                "someone with SQLite tools may be able to rescue part of it.",
            )
        )
        box.addButton(QMessageBox.StandardButton.Ok)
        ask(box)
        return False
    from datetime import datetime

    aside = set_aside_name(exc.path, datetime.now())
    box.setInformativeText(
        translate(
            "Opening",
            "The newest good backup is from {when} ({kind}): {holds}.\n\nRestore it? The damaged file is "
            "kept as {aside} beside it; changes made after the backup are only in that file.",
        ).format(
            when=format_datetime(good.made_at),
            kind=good.label,
            holds=read_summary(good.path).text(),
            aside=aside.name,
        )
    )
    restore = box.addButton(translate("Opening", "&Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    box.setEscapeButton(cancel)
    if ask(box) is not restore:
        return False
    if before_restore is not None:
        before_restore()
    try:
        recover_damaged(exc.path, good.path)
    except OkrdeskError as failure:
        tell(parent, str(failure))
        return False
    return True
