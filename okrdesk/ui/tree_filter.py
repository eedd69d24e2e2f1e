"""Filtering the alignment tree by title, owner or team, keeping the ancestors of every match visible."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from okrdesk.ui.tree_model import AlignmentTreeModel, Node


class TreeFilter(QSortFilterProxyModel):
    """Shows matching rows, their ancestors (recursive filtering) and their key results and children."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self._words: list[str] = []
        self._owners: frozenset[int] | None = None

    @property
    def active(self) -> bool:
        return bool(self._words) or self._owners is not None

    def set_text(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_owners(self, owner_ids: frozenset[int] | None) -> None:
        """Only items owned by one of these people or teams (None: everyone)."""
        if owner_ids != self._owners:
            self.beginFilterChange()
            self._owners = owner_ids
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.active:
            return True
        model = self.sourceModel()
        assert isinstance(model, AlignmentTreeModel)
        parent: Node = source_parent.internalPointer() if source_parent.isValid() else model.root
        node = parent.children[source_row]
        if self._words and not all(word in node.search_text for word in self._words):
            return False
        if self._owners is not None:
            return node.item is not None and node.item.owner_id in self._owners
        return True
