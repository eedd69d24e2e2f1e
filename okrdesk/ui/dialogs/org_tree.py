"""The org tree of the people and teams dialog: an item model over the owners, and deletion wording.

Teams nest by parent_id (company → departments → teams); people sit under their team. Teams come first in a
team, in their stored order, then people by name. An owner whose parent link is broken or goes round in a
loop (damaged data) is shown at the top level rather than hidden.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel

from okrdesk.domain.model import Owner, OwnerKind
from okrdesk.ui.dialogs.common import join_phrases, plain_tooltip, plural

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")

OWNER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OWNER_MIME = "application/x-okrdesk-owner-id"
AnyIndex = QModelIndex | QPersistentModelIndex


class OwnerTreeModel(QStandardItemModel):
    """The org tree as items; a drop emits move_requested (after the drop has finished) instead of moving."""

    move_requested = Signal(int, object)  # owner id, new parent team id or None for the top level

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.loading = False  # True while load() rebuilds the rows
        self.setHorizontalHeaderLabels(
            [
                translate("PeopleTeamsDialog", "Name"),
                translate("PeopleTeamsDialog", "Type"),
                translate("PeopleTeamsDialog", "E-mail"),
            ]
        )

    # ---- content --------------------------------------------------------------------------------------

    def load(self, owners: Sequence[Owner]) -> None:
        """Replaces the rows with the given owners."""
        by_id = {o.id: o for o in owners}
        children: dict[int | None, list[Owner]] = {}
        for owner in owners:
            parent = by_id.get(owner.parent_id) if owner.parent_id is not None else None
            key = owner.parent_id if parent is not None and parent.kind == OwnerKind.TEAM else None
            children.setdefault(key, []).append(owner)
        placed: set[int] = set()
        self.loading = True
        try:
            self.removeRows(0, self.rowCount())
            root = self.invisibleRootItem()
            self._add_children(root, None, children, placed)
            for owner in owners:  # members of a loop in the parent links: shown at the top
                if owner.id not in placed:
                    self._add_children(root, owner.id, {owner.id: [owner]}, placed)
        finally:
            self.loading = False

    def _add_children(
        self,
        parent_item: QStandardItem,
        parent_id: int | None,
        children: dict[int | None, list[Owner]],
        placed: set[int],
    ) -> None:
        def order(owner: Owner) -> tuple[bool, int, str]:
            is_team = owner.kind == OwnerKind.TEAM
            return (not is_team, owner.position if is_team else 0, owner.name.casefold())

        for owner in sorted(children.get(parent_id, []), key=order):
            if owner.id in placed:
                continue
            placed.add(owner.id)
            row = self._row(owner)
            parent_item.appendRow(row)
            if owner.kind == OwnerKind.TEAM:
                self._add_children(row[0], owner.id, children, placed)

    @staticmethod
    def _row(owner: Owner) -> list[QStandardItem]:
        is_team = owner.kind == OwnerKind.TEAM
        name = QStandardItem(owner.name)
        name.setEditable(True)
        name.setToolTip(plain_tooltip(owner.email or owner.name))
        kind = QStandardItem(
            translate("PeopleTeamsDialog", "Team") if is_team else translate("PeopleTeamsDialog", "Person")
        )
        email = QStandardItem(owner.email)
        kind.setEditable(False)
        email.setEditable(False)
        for item in (name, kind, email):
            item.setData(owner.id, OWNER_ID_ROLE)
            item.setDragEnabled(True)
            item.setDropEnabled(is_team)
        return [name, kind, email]

    def index_of(self, owner_id: int) -> QModelIndex:
        """The name cell of an owner's row (invalid when not shown)."""
        found = self.match(
            self.index(0, 0),
            OWNER_ID_ROLE,
            owner_id,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        return found[0] if found else QModelIndex()

    # ---- drag and drop --------------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [OWNER_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = {int(i.data(OWNER_ID_ROLE)) for i in indexes if i.isValid()}
        if len(ids) == 1:
            data.setData(OWNER_MIME, str(ids.pop()).encode("ascii"))
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def _drop_target(self, data: QMimeData, parent: AnyIndex) -> tuple[int, int | None] | None:
        """(dragged owner, new parent team or None) for a drop on parent, or None when not allowed."""
        raw = bytes(data.data(OWNER_MIME).data()).decode("ascii", "replace")
        if not raw.isdigit():
            return None
        if not parent.isValid():
            return int(raw), None
        item = self.itemFromIndex(self.index(parent.row(), 0, parent.parent()))
        if item is None or not item.isDropEnabled():
            return None
        return int(raw), int(item.data(OWNER_ID_ROLE))

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        target = self._drop_target(data, parent)
        return target is not None and target[0] != target[1]

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        target = self._drop_target(data, parent)
        if target is None or target[0] == target[1]:
            return False
        # Later: the edit reloads this model, which must not happen inside the view's drop handling.
        QTimer.singleShot(0, self, lambda: self.move_requested.emit(*target))
        return False  # the view must not remove the dragged row: the reload shows the move


def describe_deletion(owner: Owner, usage: dict[str, int], owners: dict[int, Owner]) -> str:
    """What deleting a person or team does to the rest of the workspace, in words (usage: owner_usage)."""
    lines = [translate("PeopleTeamsDialog", "Delete {name}?").format(name=owner.name)]
    owned = []
    if usage.get("objectives"):
        owned.append(
            plural(
                usage["objectives"],
                translate("PeopleTeamsDialog", "%n objective"),
                translate("PeopleTeamsDialog", "%n objectives"),
            )
        )
    if usage.get("key_results"):
        owned.append(
            plural(
                usage["key_results"],
                translate("PeopleTeamsDialog", "%n key result"),
                translate("PeopleTeamsDialog", "%n key results"),
            )
        )
    if owned:
        lines.append(
            translate("PeopleTeamsDialog", "{name} owns {things}; they will have no owner.").format(
                name=owner.name, things=join_phrases(owned)
            )
        )
    if usage.get("check_ins"):
        lines.append(
            translate("PeopleTeamsDialog", "{name} wrote {check_ins}; they stay, without an author.").format(
                name=owner.name,
                check_ins=plural(
                    usage["check_ins"],
                    translate("PeopleTeamsDialog", "%n check-in"),
                    translate("PeopleTeamsDialog", "%n check-ins"),
                ),
            )
        )
    members = [o for o in owners.values() if o.parent_id == owner.id]
    if members:
        people = sum(1 for o in members if o.kind == OwnerKind.PERSON)
        teams = len(members) - people
        parts = (
            [
                plural(
                    people,
                    translate("PeopleTeamsDialog", "%n person"),
                    translate("PeopleTeamsDialog", "%n people"),
                )
            ]
            if people
            else []
        )
        parts += (
            [
                plural(
                    teams,
                    translate("PeopleTeamsDialog", "%n team"),
                    translate("PeopleTeamsDialog", "%n teams"),
                )
            ]
            if teams
            else []
        )
        parent = owners.get(owner.parent_id) if owner.parent_id is not None else None
        where = (
            translate("PeopleTeamsDialog", "they will move up to {team}.").format(team=parent.name)
            if parent
            else translate("PeopleTeamsDialog", "they will have no team.")
        )
        lines.append(
            translate("PeopleTeamsDialog", "{name} has {members} in it; {where}").format(
                name=owner.name, members=join_phrases(parts), where=where
            )
        )
    shortcut = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
    lines.append(
        translate("PeopleTeamsDialog", "You can undo this with Undo ({shortcut}).").format(shortcut=shortcut)
    )
    return "\n\n".join(lines)
