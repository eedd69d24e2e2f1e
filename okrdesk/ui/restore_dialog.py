"""File → Restore from Backup…: the workspace's backups with their date, kind and contents; one restores.

Restoring replaces everything in the workspace with the backup's content in one step; what it held before is
saved as a backup first (services/opening.restore_backup), so a restore can itself be taken back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from okrdesk.services.backups import BackupInfo, backup_folder, list_backups, read_summary
from okrdesk.services.errors import WorkspaceError
from okrdesk.ui.i18n import format_datetime

WHEN, KIND, HOLDS = range(3)


class RestoreDialog(QDialog):
    """Lists the backups of a workspace, newest first; `ask` returns the chosen backup file or None."""

    def __init__(self, workspace_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.workspace_path = workspace_path
        self.backups = list_backups(workspace_path)
        self.chosen: Path | None = None
        intro = QLabel(
            self.tr(
                "Restoring replaces everything in {name} with the backup. What it holds now is saved as a "
                "backup first, so you can come back to it."
            ).format(name=workspace_path.name)
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), 3)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Made"), self.tr("Contains")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HOLDS, QHeaderView.ResizeMode.Stretch)
        for row, backup in enumerate(self.backups):
            self._fill_row(row, backup)
        self.table.doubleClicked.connect(lambda _index: self._restore_selected())
        self.empty = QLabel(
            self.tr("There are no backups of {name} yet in {folder}.").format(
                name=workspace_path.name, folder=backup_folder(workspace_path)
            )
        )
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.backups)
        self.table.setVisible(bool(self.backups))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setEnabled(False)
        self.browse_button = QPushButton(self.tr("&Other file…"))
        self.browse_button.setToolTip(self.tr("Restore from a backup file somewhere else"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.browse_button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.buttons = buttons
        self.restore_button.clicked.connect(self._restore_selected)
        self.browse_button.clicked.connect(self._browse)
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.table.selectedItems()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        if self.backups:
            self.table.selectRow(0)
        self.resize(820, 420)

    def _fill_row(self, row: int, backup: BackupInfo) -> None:
        try:
            holds = read_summary(backup.path).text()
            usable = True
        except WorkspaceError as exc:
            holds, usable = self.tr("cannot be used: {why}").format(why=exc), False
        cells = (format_datetime(backup.made_at), backup.label, holds)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(str(backup.path) if column != HOLDS else text)
            if not usable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable & ~Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, column, item)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.restore_button.setDefault(True)
        self.table.setFocus()

    def _restore_selected(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if len(rows) == 1:
            self.chosen = self.backups[rows.pop()].path
            self.accept()

    def choose_file(self) -> str:
        """Asks for a backup file elsewhere (tests replace this)."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup file"),
            str(backup_folder(self.workspace_path)),
            self.tr("okrdesk workspaces (*.okr);;All files (*)"),
        )
        return name

    def _browse(self) -> None:
        name = self.choose_file()
        if name:
            self.chosen = Path(name)
            self.accept()

    @classmethod
    def ask(cls, workspace_path: Path, parent: QWidget | None = None) -> Path | None:
        dialog = cls(workspace_path, parent)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
