"""File menu: New workspace, Open…, Open Recent, Save a Copy As…, Quit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from okrdesk.services.errors import OkrdeskError
from okrdesk.services.workspace import Workspace
from okrdesk.ui.messages import text as message_text
from okrdesk.ui.settings import add_recent, app_settings, recent_files, remove_recent

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")

if TYPE_CHECKING:
    from okrdesk.ui.main_window import MainWindow

FILTER = "okrdesk workspaces (*.okr);;All files (*)"


class FileMenu:
    """Builds the File menu of a main window and carries out its commands."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        first = window.menuBar().actions()[0] if window.menuBar().actions() else None
        self.menu = QMenu(translate("FileMenu", "&File"), window)
        window.menuBar().insertMenu(first, self.menu)
        S = QKeySequence.StandardKey
        self.new_action = self._add(
            translate("FileMenu", "&New workspace…"), self.new_workspace, QKeySequence("Ctrl+Shift+Alt+N")
        )
        self.open_action = self._add(translate("FileMenu", "&Open…"), self.open_dialog, QKeySequence(S.Open))
        self.recent_menu = self.menu.addMenu(translate("FileMenu", "Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.menu.addSeparator()
        self.copy_action = self._add(
            translate("FileMenu", "Save a &Copy As…"), self.save_copy, QKeySequence(S.SaveAs)
        )
        self.menu.addSeparator()
        self.quit_action = self._add(translate("FileMenu", "&Quit"), window.close, QKeySequence(S.Quit))
        # The window's first workspace counts too: set_workspace announces it once the menus are built.
        window.workspace_replaced.connect(lambda: add_recent(str(window.workspace.path)))

    def _add(self, text: str, slot: object, shortcut: QKeySequence) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.menu.addAction(action)
        self.window.addAction(action)
        return action

    def _folder(self) -> str:
        return str(app_settings().value("files/last_folder", str(self.window.workspace.path.parent)))

    def _remember_folder(self, path: Path) -> None:
        app_settings().setValue("files/last_folder", str(path.parent))

    def choose_new_path(self) -> str:
        """Asks where the new workspace goes (tests replace this)."""
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("FileMenu", "New workspace"),
            str(Path(self._folder()) / "okrs.okr"),
            FILTER,
        )
        return name

    def choose_open_path(self) -> str:
        name, _ = QFileDialog.getOpenFileName(
            self.window, translate("FileMenu", "Open workspace"), self._folder(), FILTER
        )
        return name

    def choose_copy_path(self) -> str:
        suggested = Path(self._folder()) / f"{self.window.workspace.path.stem} copy.okr"
        name, _ = QFileDialog.getSaveFileName(
            self.window, translate("FileMenu", "Save a copy as"), str(suggested), FILTER
        )
        return name

    @staticmethod
    def _with_suffix(name: str) -> Path:
        path = Path(name)
        return path if path.suffix else path.with_suffix(".okr")

    def new_workspace(self) -> None:
        name = self.choose_new_path()
        if not name:
            return
        path = self._with_suffix(name)
        if path.resolve() == self.window.workspace.path.resolve():
            self.window.show_error(
                translate("FileMenu", "That is the workspace you have open; choose another name.")
            )
            return
        try:
            workspace = Workspace.create(path)
        except OkrdeskError as exc:
            self.window.show_error(message_text(exc))
            return
        self._remember_folder(path)
        self.window.set_workspace(workspace)

    def open_dialog(self) -> None:
        name = self.choose_open_path()
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        if path.resolve() == self.window.workspace.path.resolve():
            return True
        from okrdesk.ui.opening import open_interactively

        workspace = open_interactively(self.window, path)
        if workspace is None:
            return False
        self._remember_folder(path)
        self.window.set_workspace(workspace)
        return True

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = [f for f in recent_files() if Path(f) != self.window.workspace.path]
        for number, name in enumerate(files[:9], start=1):
            action = self.recent_menu.addAction(f"&{number} {Path(name).name}   —   {Path(name).parent}")
            action.triggered.connect(lambda _=False, n=name: self._open_recent(n))
        if not files:
            self.recent_menu.addAction(translate("FileMenu", "(none yet)")).setEnabled(False)

    def _open_recent(self, name: str) -> None:
        if not self.open_path(Path(name)) and not Path(name).is_file():
            remove_recent(name)

    def save_copy(self) -> None:
        name = self.choose_copy_path()
        if not name:
            return
        path = self._with_suffix(name)
        try:
            target = self.window.workspace.save_copy(path)
        except OkrdeskError as exc:
            self.window.show_error(message_text(exc))
            return
        self._remember_folder(target)
        self.window.statusBar().showMessage(
            translate("FileMenu", "Saved a copy to {path}").format(path=target), 8000
        )


class FileOpenEvents(QObject):
    """Opens the workspace the desktop hands over as a FileOpen event: macOS does so when a .okr file is
    double-clicked or dropped on the Dock icon (instead of passing it as an argument, as Linux and Windows
    do). Installed on the application by ui/app.py for the one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            name = event.file()  # type: ignore[attr-defined]
            if name:
                self.window.file_menu.open_path(Path(name))
                self.window.raise_()
                self.window.activateWindow()
            return True
        return False
