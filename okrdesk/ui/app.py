"""Starting the GUI: resolve the workspace, open it, show the window; preload the write side afterwards.

The path to the first painted tree uses only Qt and the standard library's sqlite3; SQLAlchemy is imported in
a background thread once the window is on screen, so the first edit does not wait for it either.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from pathlib import Path

from okrdesk import paths
from okrdesk.ui.messages import text as message_text


def _message(text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, "okrdesk", text)
    from PySide6.QtCore import Qt

    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def _open_or_create(path: Path | None, *, interactive: bool = True, integrity: str = "background") -> object:
    """The workspace to show (None when the user gave up, see ui/opening.py); the default one is created
    with sample OKRs on first run."""
    from okrdesk.services.workspace import Workspace

    target = path
    if target is None:
        target = _chosen_default()
    if target is None:
        target = paths.default_workspace()
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            return Workspace.create(target, sample=True)
    # By default SQLite's quick_check runs in the background while the window is built (ui/safety.py).
    if not interactive:
        return Workspace.open(target, integrity=integrity)
    from okrdesk.ui.opening import open_interactively

    return open_interactively(None, target, integrity=integrity)


_notes: list[str] = []  # said in the status bar once the window is up


def _chosen_default() -> Path | None:
    """The default workspace chosen in Preferences, when it still exists (else okrdesk's own, and a note)."""
    from okrdesk.ui.settings import default_workspace_choice

    chosen = default_workspace_choice()
    if chosen is None:
        return None
    if chosen.is_file():
        return chosen
    from PySide6.QtCore import QCoreApplication

    _notes.append(
        QCoreApplication.translate(
            "Startup", "Your default workspace {path} was not found; okrdesk opened its own workspace."
        ).format(path=chosen)
    )
    return None


def _install_look(app: object) -> None:
    """The language and the theme chosen in Preferences (both follow the system by default)."""
    from okrdesk.ui import settings, themes
    from okrdesk.ui.i18n import install_language

    install_language(app, settings.language())
    themes.install(app, settings.theme())  # type: ignore[arg-type]


APP_ID = "org.okrdesk.okrdesk"  # the desktop file's name and the icon's name (packaging/linux)


def app_icon() -> object:
    """okrdesk's icon from the PNG sizes in resources/icons (loaded when first drawn, not here)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for png in (paths.resources_dir() / "icons").glob("okrdesk-*.png"):
        side = int(png.stem.rsplit("-", 1)[1])  # okrdesk-48.png: the size is in the name, no file is read
        icon.addFile(str(png), QSize(side, side))
    return icon


def _set_identity(app: object) -> None:
    """The window icon, and the desktop file the desktop matches this process's windows to (its taskbar
    entry and icon under Wayland come from org.okrdesk.okrdesk.desktop once installed)."""
    app.setWindowIcon(app_icon())  # type: ignore[attr-defined]
    app.setDesktopFileName(APP_ID)  # type: ignore[attr-defined]


def no_display() -> str | None:
    """Why the window cannot open here (a terminal over SSH, a console without a desktop), or None.

    Without it Qt aborts with several lines about its xcb plugin; okrdesk says it in one line instead.
    """
    import os

    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    if os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "there is no display to open the window on (DISPLAY is not set). Start okrdesk from your desktop, "
        "or use its commands here (okrdesk -h)."
    )


def run_gui(path: str | Path | None = None, *, exit_after_load: bool = False) -> int:
    """Opens the main window on the workspace at path (default: the user's workspace)."""
    problem = no_display()
    if problem is not None:
        print(f"okrdesk: {problem}", file=sys.stderr)
        return 1
    # Start-up allocates hundreds of thousands of long-lived objects (modules, Qt wrappers, the first tree):
    # the cycle collector would sweep them again and again. It resumes after the first paint, with what
    # exists by then set aside for good (gc.freeze). Measured: see README, "Performance".
    gc.disable()
    try:
        return _run_gui(time.perf_counter(), path, exit_after_load)
    finally:
        gc.enable()


def _run_gui(started: float, path: str | Path | None, exit_after_load: bool, retried: bool = False) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from okrdesk.services.errors import OkrdeskError

    QCoreApplication.setOrganizationName("okrdesk")
    QCoreApplication.setApplicationName("okrdesk")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName("okrdesk")
    _set_identity(app)
    _install_look(app)
    try:
        workspace = _open_or_create(
            Path(path).expanduser() if path else None,
            interactive=not exit_after_load,
            integrity="quick" if retried else "background",
        )
        if workspace is None:
            return 1
    except OkrdeskError as exc:
        if exit_after_load:
            print(f"okrdesk: {exc}", file=sys.stderr)
            return 1
        _message(message_text(exc))
        return 1
    from okrdesk.ui.main_window import MainWindow
    from okrdesk.ui.safety import WorkspaceSafety

    if exit_after_load:  # a measurement or a smoke test: no daily backup behind its back
        WorkspaceSafety.daily_backups = False

    try:
        window = MainWindow(workspace)  # type: ignore[arg-type]
    except OkrdeskError as exc:  # what the first screen reads is damaged
        check = workspace.check  # type: ignore[attr-defined]
        problems = check.wait() if check is not None else None
        workspace.close()  # type: ignore[attr-defined]
        if problems and not exit_after_load and not retried:
            # SQLite's check (still beside the window) found the damage too: open it the careful way,
            # which offers the newest good backup, as opening a damaged file always does.
            return _run_gui(started, path, exit_after_load, retried=True)
        if exit_after_load:
            print(f"okrdesk: {exc}", file=sys.stderr)
        else:
            _message(message_text(exc))
        return 1
    from okrdesk.ui.file_menu import FileOpenEvents

    app.installEventFilter(FileOpenEvents(window))
    window.show()
    for note in _notes:
        window.statusBar().showMessage(note, 15000)
    _notes.clear()

    def after_first_paint() -> None:
        gc.freeze()
        gc.enable()
        if exit_after_load:
            window.tree.viewport().repaint()
            print(f"{(time.perf_counter() - started) * 1000:.0f}")
            # A smoke test must not pass on a damaged file: wait for the background check's verdict.
            check = window.workspace.check
            problems = check.wait() if check is not None else None
            if problems:
                print(f"okrdesk: {window.workspace.path.name} is damaged: {problems[0]}", file=sys.stderr)
            window.close()
            app.exit(1 if problems else 0)
            return
        threading.Thread(target=_preload, daemon=True).start()

    QTimer.singleShot(0, after_first_paint)
    status = int(app.exec())
    window.safety.wait_for_backup()
    window.workspace.close()  # gives up the lock: the next start knows this one ended properly
    return status


def _preload() -> None:
    from okrdesk.services.workspace import Workspace

    Workspace.preload()
