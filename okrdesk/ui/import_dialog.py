"""File → Import from CSV…: the preview of an import. It shows how the file was read (layout, encoding,
delimiter), lets the user choose the column of each okrdesk field (the plan is made again at once), says what
would be created (naming new cycles, people and teams), lists every row with its problem (an icon and words,
never colour alone) and every problem, and allows Import only when there is none. A file that cannot be
read as a table shows why, without the column choices (there are none). It only asks: ui/exports.py
applies the confirmed plan.

User text (titles, names, header names, problems quoting cells) is shown as plain text everywhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QListWidget,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okrdesk.services.import_layouts import FIELD_LABELS, FIELDS
from okrdesk.services.importing import ImportPlan, PreviewRow, plan_import, plan_table
from okrdesk.services.workspace import Workspace
from okrdesk.ui.dialogs.common import plain_label, plain_tooltip, plural

NOT_IN_FILE = "(not in file)"
MAPPING_COLUMNS = 3  # label + combo pairs per row of the mapping area


class ImportPreviewModel(QAbstractTableModel):
    """The rows of the file as the import reads them, with a Problem column (plain strings only)."""

    HEADERS = ("Line", "Cycle", "Objective", "Key result", "Owner", "Start → target", "Current", "Problem")
    PROBLEM = 7
    CAPPED = (2, 3, 4)  # Objective, Key result and Owner: width-capped, elided, the whole text as a tooltip
    CAP = 260  # pixels

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[PreviewRow, ...] = ()
        self._warning = (
            None
            if parent is None
            else parent.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        )

    def set_rows(self, rows: tuple[PreviewRow, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> PreviewRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def _text(self, row: PreviewRow, column: int) -> str:
        if column == self.PROBLEM:
            return " ".join(row.problems) if row.problems else "OK"  # each problem is a sentence
        objective = f"↳ {row.objective}" if row.continued else row.objective
        values = (str(row.line), row.cycle, objective, row.key_result, row.owner, row.measure, row.current)
        return values[column]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and (column == self.PROBLEM or column in self.CAPPED):
            text = "\n".join(row.problems) if column == self.PROBLEM else self._text(row, column)
            return plain_tooltip(text) if text else None
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and row.problems:
            return self._warning
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS)
        if horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None


class ImportDialog(QDialog):
    """The import preview; `plan` is the current plan (made again whenever the mapping changes)."""

    def __init__(self, workspace: Workspace, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.plan = plan
        self.setWindowTitle(self.tr("Import OKRs from CSV"))
        layout = QVBoxLayout(self)
        self.file_label = plain_label(self.tr("File: {name}").format(name=plan.table.path.name), self)
        self.file_label.setToolTip(plain_tooltip(str(plan.table.path)))
        self.read_label = plain_label("", self, wrap=True)
        self.notes_label = plain_label("", self, wrap=True)
        for label in (self.file_label, self.read_label, self.notes_label):
            layout.addWidget(label)

        self.combos: dict[str, QComboBox] = {}
        box = self.mapping_box = QGroupBox(self.tr("Columns: where each field comes from"), self)
        grid = QGridLayout(box)
        for index, field in enumerate(FIELDS):
            combo = QComboBox(box)
            combo.setAccessibleName(FIELD_LABELS[field])
            combo.addItem(NOT_IN_FILE, "")
            for header in plan.table.headers:
                combo.addItem(header, header)
            label = plain_label(FIELD_LABELS[field] + ":", box)
            label.setBuddy(combo)
            row, pair = divmod(index, MAPPING_COLUMNS)
            grid.addWidget(label, row, 2 * pair, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(combo, row, 2 * pair + 1)
            self.combos[field] = combo
        layout.addWidget(box)

        self.summary_label = plain_label("", self, wrap=True)
        self.summary_label.setObjectName("importSummary")
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        layout.addWidget(self.summary_label)
        self.details_label = plain_label("", self, wrap=True)
        self.details_label.setObjectName("importDetails")
        layout.addWidget(self.details_label)

        self.model = ImportPreviewModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Rows of the file"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        columns = self.table.horizontalHeader()
        columns.setStretchLastSection(True)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 3)

        self.problems_label = plain_label(self.tr("Problems"), self)
        self.problem_list = QListWidget(self)
        self.problem_list.setAccessibleName(self.tr("Problems"))
        self.problems_label.setBuddy(self.problem_list)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problem_list, 1)

        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._show_plan()
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(self.replan)
        self.resize(1100, 760)

    def mapping(self) -> dict[str, str | None]:
        """The mapping the combos show: field → column name (None: not in the file)."""
        return {field: combo.currentData() or None for field, combo in self.combos.items()}

    def replan(self) -> None:
        """Makes the plan again with the chosen columns, at once."""
        self.plan = plan_table(self.workspace, self.plan.table, self.mapping())
        self._show_plan()

    def _show_plan(self) -> None:
        plan, table = self.plan, self.plan.table
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            found = combo.findData(plan.mapping.get(field) or "")
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
        self.mapping_box.setVisible(bool(table.headers))  # nothing to choose from in a file without columns
        self.table.setVisible(bool(table.headers))  # nor rows to show
        if table.headers:
            rows = plural(len(table.rows), self.tr("%n row"), self.tr("%n rows"))
            self.read_label.setText(
                self.tr("Read as {layout}, in {encoding}, separated by {delimiter}; {rows}.").format(
                    layout=plan.layout_words,
                    encoding=table.encoding,
                    delimiter=table.delimiter_words,
                    rows=rows,
                )
            )
        else:
            self.read_label.setText(
                self.tr("The file could not be read as a table, so there are no columns to choose from.")
            )
        self.notes_label.setText("\n".join(plan.notes))
        self.notes_label.setVisible(bool(plan.notes))
        count = len(plan.problems)
        if plan.ok:
            self.summary_label.setText(plan.summary + ".")
        else:
            self.summary_label.setText(
                plural(
                    count,
                    self.tr("Nothing can be imported until the problem below is fixed."),
                    self.tr("Nothing can be imported until the %n problems below are fixed."),
                )
            )
        details = plan.details(limit=12) if plan.ok else []
        self.details_label.setText("\n".join(details))
        self.details_label.setVisible(bool(details))
        self.model.set_rows(plan.preview)
        self.table.resizeColumnsToContents()
        for column in ImportPreviewModel.CAPPED:
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), ImportPreviewModel.CAP))
        self.problem_list.clear()
        self.problem_list.addItems([p.text for p in plan.problems])
        self.problems_label.setVisible(bool(count))
        self.problem_list.setVisible(bool(count))
        self.import_button.setEnabled(plan.ok)
        self.import_button.setToolTip(
            self.tr("Saves a backup of the workspace, then imports everything in one step.")
            if plan.ok
            else self.tr("Fix the problems listed below first: nothing is imported while the file has any.")
        )

    def accept(self) -> None:
        if self.plan.ok:
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, workspace: Workspace, path: Path) -> ImportPlan | None:
        """Shows the preview of importing `path`; the confirmed, problem-free plan, or None."""
        dialog = cls(workspace, plan_import(workspace, Path(path)), parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.plan.ok:
                return None
            return dialog.plan
        finally:
            dialog.deleteLater()
