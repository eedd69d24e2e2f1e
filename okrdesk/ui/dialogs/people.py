"""People and teams: the org tree (company → departments → teams, people in their team), edited in place.

Every edit is an undoable command on the main undo stack (ui/admin_commands.py); the dialog redraws itself
from the workspace whenever the controller reports a change, so undo and redo show here at once.
Moving: the "Team" field of the side form, or drag and drop in the tree (the drop asks for the same command;
the model never moves rows itself).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QStandardItem
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.model import Owner, OwnerKind
from okrdesk.domain.scope import owners_in_scope
from okrdesk.services.admin import owner_usage
from okrdesk.ui.admin_commands import AddOwner, DeleteOwner, EditOwner
from okrdesk.ui.controller import Change, Controller, EditCommand
from okrdesk.ui.dialogs.common import ErrorLabel, add_undo_actions, execute, no_default_buttons
from okrdesk.ui.dialogs.org_tree import (
    OWNER_ID_ROLE,
    OWNER_MIME,
    OwnerTreeModel,
    describe_deletion,
)

__all__ = ["OWNER_ID_ROLE", "OWNER_MIME", "PeopleTeamsDialog"]


class PeopleTeamsDialog(QDialog):
    """Add, rename, move and delete people and teams; all edits undoable with the main undo stack."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.workspace = controller.workspace
        self._owners: dict[int, Owner] = {}
        self._collapsed: set[int] = set()
        self._selected: int | None = None
        self._form_owner: int | None = None
        self.setWindowTitle(self.tr("People and teams"))
        # It listens to the controller: once closed it must go, not linger as a hidden listener.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(760, 480)
        self._build()
        self.refresh()
        controller.changed.connect(self._on_changed)

    # ---- layout ---------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.model = OwnerTreeModel(self)
        self.model.itemChanged.connect(self._on_item_renamed)
        self.model.move_requested.connect(self.move_owner)

        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("People and teams"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setUniformRowHeights(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 180)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.view.collapsed.connect(lambda index: self._collapsed.add(int(index.data(OWNER_ID_ROLE))))
        self.view.expanded.connect(lambda index: self._collapsed.discard(int(index.data(OWNER_ID_ROLE))))

        self.view.installEventFilter(self)  # Delete key
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, slot in (
            (self.tr("Add team"), lambda: self.add_owner(OwnerKind.TEAM)),
            (self.tr("Add person"), lambda: self.add_owner(OwnerKind.PERSON)),
            (self.tr("Rename"), lambda: self.view.edit(self.view.currentIndex().siblingAtColumn(0))),
            (self.tr("Delete…"), self.delete_selected),
        ):
            action = QAction(text, self.view)
            action.triggered.connect(slot)
            self.view.addAction(action)

        self.add_team_button = QPushButton(self.tr("Add &team"), self)
        self.add_team_button.setToolTip(self.tr("Add a team inside the selected team"))
        self.add_team_button.clicked.connect(lambda: self.add_owner(OwnerKind.TEAM))
        self.add_person_button = QPushButton(self.tr("Add &person"), self)
        self.add_person_button.setToolTip(self.tr("Add a person to the selected team"))
        self.add_person_button.clicked.connect(lambda: self.add_owner(OwnerKind.PERSON))
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.add_team_button, self.add_person_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setMaxLength(200)
        self.name_edit.editingFinished.connect(self._commit_name)
        self.email_edit = QLineEdit(self)
        self.email_edit.setAccessibleName(self.tr("E-mail"))
        self.email_edit.setPlaceholderText(self.tr("name@example.com"))
        self.email_edit.setMaxLength(320)
        self.email_edit.editingFinished.connect(self._commit_email)
        self.team_combo = QComboBox(self)
        self.team_combo.setAccessibleName(self.tr("Team"))
        self.team_combo.activated.connect(self._commit_team)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&E-mail:"), self.email_edit)
        self.form.addRow(self.tr("Te&am:"), self.team_combo)
        self.form_box = QWidget(self)
        self.form_box.setLayout(self.form)
        self.form_box.setMinimumWidth(260)

        self.error_label = ErrorLabel(self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(self.view, 1)
        left.addLayout(buttons)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        right = QVBoxLayout()
        right.addWidget(self.form_box)
        right.addStretch(1)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        add_undo_actions(self, self.controller)
        no_default_buttons(self)
        for first, second in (
            (self.view, self.add_team_button),
            (self.add_team_button, self.add_person_button),
            (self.add_person_button, self.delete_button),
            (self.delete_button, self.name_edit),
            (self.name_edit, self.email_edit),
            (self.email_edit, self.team_combo),
        ):
            QWidget.setTabOrder(first, second)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The Delete key in the tree deletes the selected person or team (after confirmation)."""
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and self.view.state() != self.view.State.EditingState
        ):
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Delete and not event.modifiers():
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    # ---- reading the workspace ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Rebuilds the tree from the workspace, keeping the selection and what was collapsed."""
        owners = self.workspace.owners()
        self._owners = {o.id: o for o in owners}
        self.model.load(owners)
        self._restore_view_state()

    def index_of(self, owner_id: int) -> QModelIndex:
        """The tree index of an owner's name cell."""
        return self.model.index_of(owner_id)

    def _restore_view_state(self) -> None:
        self.view.expandAll()
        for owner_id in list(self._collapsed):
            index = self.index_of(owner_id)
            if index.isValid():
                self.view.collapse(index)
        index = self.index_of(self._selected) if self._selected is not None else QModelIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        self._update_form()

    def _on_changed(self, change: Change) -> None:
        if change.owners or change.reload:
            self.refresh()

    def selected_owner(self) -> Owner | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self._owners.get(int(index.siblingAtColumn(0).data(OWNER_ID_ROLE)))

    def select_owner(self, owner_id: int) -> None:
        """Makes an owner the current row (and the one the side form edits)."""
        index = self.index_of(owner_id)
        if index.isValid():
            self.view.setCurrentIndex(index)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.model.loading:
            return
        self._selected = int(current.siblingAtColumn(0).data(OWNER_ID_ROLE)) if current.isValid() else None
        self._update_form()

    def _update_form(self) -> None:
        owner = self.selected_owner()
        self._form_owner = owner.id if owner else None
        self.form_box.setEnabled(owner is not None)
        self.delete_button.setEnabled(owner is not None)
        is_person = owner is not None and owner.kind == OwnerKind.PERSON
        self.name_edit.setText(owner.name if owner else "")
        self.email_edit.setText(owner.email if is_person and owner else "")
        self.email_edit.setEnabled(is_person)
        label = self.form.labelForField(self.team_combo)
        if isinstance(label, QLabel):
            label.setText(self.tr("Te&am:") if is_person or owner is None else self.tr("P&art of:"))
        self.team_combo.setAccessibleName(self.tr("Team") if is_person else self.tr("Part of team"))
        self.team_combo.clear()
        self.team_combo.addItem(self.tr("No team") if is_person else self.tr("Nothing (top level)"), None)
        if owner is None:
            return
        excluded = owners_in_scope(self._owners.values(), owner.id) if not is_person else frozenset()
        for team in sorted(
            (o for o in self._owners.values() if o.kind == OwnerKind.TEAM and o.id not in excluded),
            key=lambda o: o.name.casefold(),
        ):
            self.team_combo.addItem(team.name, team.id)
        at = self.team_combo.findData(owner.parent_id) if owner.parent_id is not None else 0
        self.team_combo.setCurrentIndex(max(at, 0))

    # ---- edits ----------------------------------------------------------------------------------------

    def _run(self, command: EditCommand) -> bool:
        message = execute(self.controller, command)
        self.error_label.show_message(message or "")
        if message:
            self.refresh()  # puts back what a refused inline edit left in the tree or the form
        return message is None

    def _target_team(self) -> int | None:
        owner = self.selected_owner()
        if owner is None:
            return None
        if owner.kind == OwnerKind.TEAM:
            return owner.id
        parent = self._owners.get(owner.parent_id) if owner.parent_id is not None else None
        return parent.id if parent is not None and parent.kind == OwnerKind.TEAM else None

    def add_owner(self, kind: OwnerKind) -> int | None:
        """Adds a team or person under the selected team, selects it and puts the cursor in its name."""
        name = self.tr("New team") if kind == OwnerKind.TEAM else self.tr("New person")
        command = AddOwner(self.controller, kind, name, parent_id=self._target_team())
        if not self._run(command) or command.owner_id is None:
            return None
        self._selected = command.owner_id
        self.select_owner(command.owner_id)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name_edit.selectAll()
        return command.owner_id

    def _edit(self, owner_id: int | None, **changes: object) -> None:
        owner = self._owners.get(owner_id) if owner_id is not None else None
        if owner is None:
            return
        if all(getattr(owner, key) == value for key, value in changes.items()):
            return
        self._run(EditOwner(self.controller, owner.id, **changes))

    def _commit_name(self) -> None:
        owner = self._owners.get(self._form_owner) if self._form_owner is not None else None
        if owner is not None and self.name_edit.text().strip() != owner.name:
            self._edit(owner.id, name=self.name_edit.text())

    def _commit_email(self) -> None:
        owner = self._owners.get(self._form_owner) if self._form_owner is not None else None
        if owner is not None and owner.kind == OwnerKind.PERSON:
            self._edit(owner.id, email=self.email_edit.text().strip())

    def _commit_team(self, index: int) -> None:
        self._edit(self._form_owner, parent_id=self.team_combo.itemData(index))

    def _on_item_renamed(self, item: QStandardItem) -> None:
        if self.model.loading or item.column() != 0:
            return
        owner_id = int(item.data(OWNER_ID_ROLE))
        owner = self._owners.get(owner_id)
        if owner is not None and item.text().strip() != owner.name:
            # After the edit, not inside itemChanged: the refresh rebuilds the model.
            text = item.text()
            QTimer.singleShot(0, self, lambda: self._edit(owner_id, name=text))

    def move_owner(self, owner_id: int, parent_id: int | None) -> None:
        """Moves a person to another team, or a team into another team (None: top level)."""
        self._edit(owner_id, parent_id=parent_id)

    def deletion_message(self, owner: Owner) -> str:
        """What deleting this owner does to the rest of the workspace, in words."""
        return describe_deletion(owner, owner_usage(self.workspace, owner.id), self._owners)

    def confirm(self, title: str, text: str) -> bool:
        """Asks before a deletion (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is delete

    def delete_selected(self) -> bool:
        """Deletes the selected person or team after confirmation; True when it was deleted."""
        owner = self.selected_owner()
        if owner is None:
            return False
        title = self.tr("Delete person") if owner.kind == OwnerKind.PERSON else self.tr("Delete team")
        if not self.confirm(title, self.deletion_message(owner)):
            return False
        previous, self._selected = self._selected, owner.parent_id  # afterwards, select its team
        if not self._run(DeleteOwner(self.controller, owner.id)):
            self._selected = previous
            self.refresh()
            return False
        return True
