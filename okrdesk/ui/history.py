"""The check-in history of a key result or an objective: a table model editable in place, and its view.

Every edit becomes an undoable command (EditCheckIn, DeleteCheckIns) run through the controller; the model
follows the controller's `changed` signal, so undo and redo show up here like any other edit. A refused
edit (a bad number, a date in the future) changes nothing and is reported through `failed`.

Loading stays one query per item: the check-ins of a key result (or of all an objective's key results at
once), the key results and the owners; display strings are computed when a cell is painted.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okrdesk.ui.checkin_commands import DeleteCheckIns
from okrdesk.ui.controller import Controller
from okrdesk.ui.dialogs.common import ErrorLabel, plain_label, plural
from okrdesk.ui.history_model import (
    _WIDTHS,
    CONFIDENCE,
    DATE,
    NO_CONFIDENCE,
    NOTE,
    VALUE,
    HistoryModel,
    ItemKey,
)


class HistoryDelegate(QStyledItemDelegate):
    """Editors fit for each column: a date-time field, a number, a 0–10 spin box (or none), a note."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        model = index.model()
        name = model.column_name(index.column()) if isinstance(model, HistoryModel) else ""
        editor: QWidget
        if name == DATE:
            editor = QDateTimeEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("yyyy-MM-dd HH:mm")
        elif name == CONFIDENCE:
            editor = QSpinBox(parent)
            editor.setRange(NO_CONFIDENCE, 10)
            editor.setSpecialValueText("—")  # shown at NO_CONFIDENCE: none given
        elif name == NOTE:
            editor = QPlainTextEdit(parent)
            editor.setTabChangesFocus(True)
        else:
            editor = QLineEdit(parent)
        editor.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateTimeEdit):
            editor.setDateTime(value)
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value)
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QDateTimeEdit):
            model.setData(index, editor.dateTime())
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())
        elif isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        rect = option.rect
        if isinstance(editor, QPlainTextEdit):  # room for a few lines of a note
            rect = rect.adjusted(0, 0, 0, max(0, editor.fontMetrics().lineSpacing() * 5 - rect.height()))
        editor.setGeometry(rect)


class HistoryView(QWidget):
    """The history table with Edit… and Delete, an inline line for refusals, and an empty state."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model = HistoryModel(controller, self)
        self.setAccessibleName(self.tr("Check-in history"))

        self.heading = plain_label("", self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(HistoryDelegate(self.table))
        self.table.setAccessibleName(self.tr("Check-ins"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._widths = dict(_WIDTHS)
        self._applying = False
        header.sectionResized.connect(self._remember_width)
        self.table.installEventFilter(self)

        self.empty = plain_label("", self, wrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(self.tr("No check-ins"))

        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setToolTip(self.tr("Correct the selected cell (F2 or double-click)"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected check-ins (Del); Ctrl+Z brings them back"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.status = plain_label("", self)
        self.status.setAccessibleName(self.tr("Last action"))
        self.error = ErrorLabel(self)
        self._status_step = -1  # the undo step the status line speaks of; stale after undo or redo
        controller.undo_stack.indexChanged.connect(self._on_undo_index)

        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

        self.model.failed.connect(self.error.show_message)
        self.model.shown.connect(self._update_state)
        self.model.shown.connect(self.error.clear_message)  # a refusal is moot once the data changed
        self.model.modelReset.connect(self._apply_widths)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        self._update_state()

    # ---- public -------------------------------------------------------------------------------------------

    def show_item(self, key: ItemKey) -> None:
        """Shows ("key_result", id), ("objective", id) or nothing (None)."""
        if key != self.model.key:
            self.status.clear()
            self.error.clear_message()
        self.model.show_item(key)

    def selected_ids(self) -> list[int]:
        """The ids of the selected check-ins, in the order shown."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.check_in_at(row).id for row in rows]

    def edit_current(self) -> None:
        """Starts editing the current cell (the value when the current column cannot be edited)."""
        index = self.table.currentIndex()
        if not index.isValid():
            if self.model.rowCount() == 0:
                return
            index = self.model.index(0, self.model.column_of(VALUE))
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:
            index = index.siblingAtColumn(self.model.column_of(VALUE))
        self.table.setFocus()
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def delete_selected(self) -> None:
        """Deletes the selected check-ins in one undoable step (no confirmation: Ctrl+Z undoes it)."""
        ids = self.selected_ids()
        if not ids:
            return
        refusal = self.controller.try_execute(DeleteCheckIns(self.controller, ids))
        if refusal is not None:
            self.status.clear()
            self.error.show_message(refusal)
            return
        self.error.clear_message()
        self._status_step = self.controller.undo_stack.index()
        self.status.setText(
            plural(
                len(ids),
                self.tr("Deleted %n check-in (Ctrl+Z to undo)"),
                self.tr("Deleted %n check-ins (Ctrl+Z to undo)"),
            )
        )

    # ---- internals ----------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Del and F2 in the table act on the table, before the main window's Delete and Rename shortcuts."""
        if watched is self.table and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if (
                plain
                and event.key() == Qt.Key.Key_Delete
                and self.table.state() != QAbstractItemView.State.EditingState
            ):
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self.delete_selected()
                return True
            if plain and event.key() == Qt.Key.Key_F2 and event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # the table's own F2 (EditKeyPressed) then starts editing
                return True
        return super().eventFilter(watched, event)

    def _on_undo_index(self, index: int) -> None:
        if index != self._status_step:
            self.status.clear()

    def _update_state(self) -> None:
        key = self.model.key
        has_rows = self.model.rowCount() > 0
        if key is None:
            self.heading.setText("")
            self.empty.setText(self.tr("Select a key result or an objective to see its check-ins."))
        elif not self.model.title:
            self.heading.setText("")
            self.empty.setText(self.tr("This item no longer exists."))
        else:
            what = self.tr("Check-ins of “{title}”") if has_rows else "“{title}”"
            self.heading.setText(what.format(title=" ".join(self.model.title.split())))
            if key[0] == "key_result":
                self.empty.setText(self.tr("No check-ins yet. Press Ctrl+I to check in."))
            else:
                self.empty.setText(
                    self.tr("No check-ins yet. Select one of its key results and press Ctrl+I to check in.")
                )
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.update_buttons()

    def _apply_widths(self) -> None:
        """Widths per column, kept across reloads (measuring every row would cost more than loading it)."""
        self._applying = True
        for column in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(column, self._widths[self.model.column_name(column)])
        self._applying = False

    def _remember_width(self, column: int, _old: int, new: int) -> None:
        if not self._applying and 0 <= column < self.model.columnCount() - 1:
            self._widths[self.model.column_name(column)] = new

    def update_buttons(self) -> None:
        has_rows = self.model.rowCount() > 0
        writable = not self.controller.workspace.read_only
        self.edit_button.setEnabled(has_rows and writable)
        self.delete_button.setEnabled(has_rows and writable and self.table.selectionModel().hasSelection())
