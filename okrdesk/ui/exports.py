"""File → Export… and File → Import…: asks with the export dialog or the import preview, then does the work.

Exports show a progress dialog with Cancel when they take longer than half a second (a cancelled export
writes nothing), report where the file went in the status bar, and open it when asked to. An import is one
transaction after a backup; it clears the undo history (the backup is the way back, as after a
retrospective) and reloads the window. The dialogs and the export code load when first used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from okrdesk.services.errors import OkrdeskError
from okrdesk.ui.controller import Change
from okrdesk.ui.messages import text as message_text
from okrdesk.ui.settings import app_settings

if TYPE_CHECKING:
    from okrdesk.ui.export_dialog import ExportRequest
    from okrdesk.ui.main_window import MainWindow

IMPORT_FILTER = QT_TRANSLATE_NOOP("ExportMenu", "CSV files (*.csv *.txt);;All files (*)")
SHOW_PROGRESS_AFTER_MS = 500


def open_file(path: Path) -> bool:
    """Opens a file in the program the desktop uses for it (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ExportMenu(QObject):
    """Adds Export… and Import… to the File menu of a main window and carries them out."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        menu = window.file_menu.menu
        before = window.file_menu.quit_action
        self.import_action = self._action(self.tr("&Import from CSV…"), self.run_import, "Ctrl+Alt+I")
        self.export_action = self._action(self.tr("&Export…"), self.run_export, "Ctrl+Alt+E")
        self.export_action.setStatusTip(
            self.tr("Write a review pack (PDF, Markdown) or CSV of the shown cycle")
        )
        self.import_action.setStatusTip(self.tr("Add OKRs from a CSV file or a spreadsheet template"))
        separator = menu.insertSeparator(before)
        menu.insertAction(separator, self.import_action)
        menu.insertAction(separator, self.export_action)

    def _action(self, text: str, slot: object, shortcut: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.window.addAction(action)
        return action

    # ---- export ---------------------------------------------------------------------------------------

    def run_export(self) -> None:
        from okrdesk.ui.export_dialog import ExportDialog

        cycle = self.window.model.cycle
        request = ExportDialog.ask(self.window, self.window.workspace, None if cycle is None else cycle.id)
        if request is not None:
            self.export(request)

    def export(self, request: ExportRequest) -> bool:
        """Writes the requested file; True when it was written."""
        from okrdesk.export.cancel import Cancelled

        progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 0, self.window)
        progress.setWindowTitle(self.tr("Export"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        progress.setAutoReset(False)

        def report(done: int, total: int) -> bool:
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, max(total, 1)))  # also lets Qt handle the Cancel button
            return not progress.wasCanceled()

        try:
            message = self._write(request, report)
        except Cancelled:
            self.window.statusBar().showMessage(self.tr("Export cancelled; nothing was written."), 8000)
            return False
        except OkrdeskError as exc:
            self.window.show_error(message_text(exc))
            return False
        finally:
            progress.close()
            progress.deleteLater()
        self.window.statusBar().showMessage(message, 10000)
        if request.open_when_done:
            open_file(request.target)
        return True

    def _write(self, request: ExportRequest, report: object) -> str:
        from okrdesk.ui.export_dialog import CHECKINS, CSV, MARKDOWN

        workspace = self.window.workspace
        target = request.target
        if request.kind == CSV:
            from okrdesk.export.interchange import write_interchange_csv

            rows = write_interchange_csv(
                workspace,
                target,
                request.cycle_name,
                request.scope,
                progress=report,  # type: ignore[arg-type]
            )
            return self.tr("Exported {rows} key-result rows to {path}").format(rows=rows, path=target)
        if request.kind == CHECKINS:
            from okrdesk.export.checkin_log import write_check_in_log

            rows = write_check_in_log(
                workspace,
                target,
                request.cycle_name,
                request.scope,
                progress=report,  # type: ignore[arg-type]
            )
            return self.tr("Exported {rows} check-ins to {path}").format(rows=rows, path=target)
        pack = request.pack
        if pack is None:
            from okrdesk.services.review import review_pack

            pack = review_pack(workspace, request.cycle_name or "", request.scope)
        if request.kind == MARKDOWN:
            from okrdesk.export.markdown import write_markdown

            write_markdown(pack, target, request.notes)
            return self.tr("Exported the review of {cycle} to {path}").format(
                cycle=pack.cycle.name, path=target
            )
        from okrdesk.export.pdf import write_review_pdf

        pages = write_review_pdf(
            pack,
            target,
            page_size=request.page_size,
            notes=request.notes,
            progress=report,  # type: ignore[arg-type]
        )
        return self.tr("Exported the {cycle} review pack ({pages} pages) to {path}").format(
            cycle=pack.cycle.name, pages=pages, path=target
        )

    # ---- import ---------------------------------------------------------------------------------------

    def choose_import_path(self) -> str:
        """Asks for the CSV file to import (tests replace this)."""
        folder = str(app_settings().value("import/last_folder", str(self.window.workspace.path.parent)))
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import OKRs from CSV"), folder, self.tr(IMPORT_FILTER)
        )
        return name

    def run_import(self) -> None:
        name = self.choose_import_path()
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        """Previews the file, and imports it when the user confirms; True when something was imported."""
        from okrdesk.services.importing import apply_import
        from okrdesk.ui.import_dialog import ImportDialog

        app_settings().setValue("import/last_folder", str(path.parent))
        workspace = self.window.workspace
        plan = ImportDialog.ask(self.window, workspace, path)
        if plan is None:
            return False
        try:
            result = apply_import(workspace, plan)
        except OkrdeskError as exc:
            self.window.show_error(message_text(exc))
            return False
        controller = self.window.controller
        controller.undo_stack.clear()
        controller.report(Change(reload=True, owners=True, cycles=True))
        self.window.statusBar().showMessage(
            self.tr("Imported {what}. A backup of the workspace was saved first: {backup}").format(
                what=result.summary, backup=result.backup
            ),
            12000,
        )
        return True
