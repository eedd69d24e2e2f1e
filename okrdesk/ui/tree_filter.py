"""Filtering the alignment tree by title words, by owners and to what is due for a check-in, keeping
ancestors of every match visible.

Rather than Qt's recursive filtering (which re-checks ancestors and descendants row by row and, on a large
workspace, takes seconds), the set of rows to show is computed once per filter change in one pass over the
nodes: every match, its ancestors and its descendants. The proxy then only looks rows up in that set, and
only for the branches the view actually opens. A filter change resets the proxy: one signal instead of
thousands of row insertions.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from okrdesk.ui.tree_model import AlignmentTreeModel, Node


class TreeFilter(QSortFilterProxyModel):
    """Shows matching rows with their ancestors, key results and children."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._owners: frozenset[int] | None = None
        self._due_only = False
        self._visible: set[int] | None = None
        self._generation = -1

    @property
    def active(self) -> bool:
        return bool(self._words) or self._owners is not None or self._due_only

    @property
    def due_only(self) -> bool:
        return self._due_only

    def set_due_only(self, due_only: bool) -> None:
        """Only key results due for a check-in (with the objectives above them)."""
        if due_only != self._due_only:
            self._due_only = due_only
            self.refresh()

    def set_text(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self._words = words
            self.refresh()

    def set_owners(self, owner_ids: frozenset[int] | None) -> None:
        """Only items owned by one of these people or teams (None: everyone)."""
        if owner_ids != self._owners:
            self._owners = owner_ids
            self.refresh()

    def refresh(self) -> None:
        """Recomputes what is shown (after a filter change or an edit while filtering)."""
        self.beginResetModel()
        self._generation = -1
        self.endResetModel()

    def _matches(self, node: Node) -> bool:
        if self._words and not all(word in node.search_text for word in self._words):
            return False
        if self._owners is not None:
            item = node.item
            if item is None:
                return False
            owner = item.owner_id
            if owner is None and node.kind == "key_result" and node.parent is not None and node.parent.item:
                owner = node.parent.item.owner_id  # a key result without an owner is its objective's
            return owner in self._owners
        return True

    def _compute(self, model: AlignmentTreeModel) -> set[int]:
        if not self._due_only:
            return self._compute_matches(model)
        narrowed = bool(self._words) or self._owners is not None
        candidates = self._compute_matches(model) if narrowed else None
        visible: set[int] = set()
        for node in model.due_nodes():
            if candidates is not None and id(node) not in candidates:
                continue
            walk: Node | None = node
            while walk is not None and walk is not model.root:
                visible.add(id(walk))
                walk = walk.parent
        return visible

    def _compute_matches(self, model: AlignmentTreeModel) -> set[int]:
        visible: set[int] = set()
        for node in model.nodes.values():
            if id(node) in visible or not self._matches(node):
                continue
            stack = [node]
            while stack:  # the match and everything below it
                current = stack.pop()
                visible.add(id(current))
                stack.extend(current.children)
            walk = node.parent
            while walk is not None and walk is not model.root:  # and the way up to it
                visible.add(id(walk))
                walk = walk.parent
        return visible

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.active:
            return True
        model = self.sourceModel()
        assert isinstance(model, AlignmentTreeModel)
        if self._generation != model.generation or self._visible is None:
            self._visible = self._compute(model)
            self._generation = model.generation
        parent: Node = source_parent.internalPointer() if source_parent.isValid() else model.root
        return id(parent.children[source_row]) in self._visible
