"""The alignment tree: objectives nested by alignment, each with its key results, for one cycle.

A QAbstractItemModel over light Node objects (internalPointer is the node). The whole cycle is read once
through the fast read path; after an edit, `apply(change)` updates only the items the edit touched
(insert, remove, move or refresh a row) and re-computes progress up their ancestor chain.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from okrdesk.domain.checkins import is_due
from okrdesk.domain.model import (
    Cycle,
    CycleState,
    CycleTree,
    KeyResult,
    Objective,
    ObjectiveState,
    Owner,
    Status,
)
from okrdesk.domain.progress import (
    expected_for,
    key_result_progress,
    objective_progress,
    status,
    tree_progress,
)
from okrdesk.services.errors import NotFoundError
from okrdesk.ui import commands
from okrdesk.ui.controller import Change, Controller
from okrdesk.ui.i18n import format_number, format_short_date
from okrdesk.ui.themes import signals, tones

COLUMNS = (  # translated by headerData
    QT_TRANSLATE_NOOP("AlignmentTreeModel", "Title"),
    QT_TRANSLATE_NOOP("AlignmentTreeModel", "Owner"),
    QT_TRANSLATE_NOOP("AlignmentTreeModel", "Progress"),
    QT_TRANSLATE_NOOP("AlignmentTreeModel", "Status"),
    QT_TRANSLATE_NOOP("AlignmentTreeModel", "Confidence"),
    QT_TRANSLATE_NOOP("AlignmentTreeModel", "Last check-in"),
)
TITLE, OWNER, PROGRESS, STATUS, CONFIDENCE, LAST_CHECK_IN = range(len(COLUMNS))
_COLUMN_COUNT = len(COLUMNS)

# Item flags, combined once (combining Qt flags in Python costs more than the rest of flags() together).
_F = Qt.ItemFlag
_DROP = _F.ItemIsDropEnabled
_SELECTABLE = _F.ItemIsEnabled | _F.ItemIsSelectable
_CELL_OF_KEY_RESULT = _SELECTABLE | _F.ItemIsDragEnabled
_CELL_OF_OBJECTIVE = _CELL_OF_KEY_RESULT | _F.ItemIsDropEnabled
_TITLE_OF_KEY_RESULT = _CELL_OF_KEY_RESULT | _F.ItemIsEditable
_TITLE_OF_OBJECTIVE = _CELL_OF_OBJECTIVE | _F.ItemIsEditable

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "objective" | "key_result"
ID_ROLE = Qt.ItemDataRole.UserRole + 2
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 3  # raw progress (KR) or rolled-up progress (objective), or None
STATUS_ROLE = Qt.ItemDataRole.UserRole + 4
DUE_ROLE = Qt.ItemDataRole.UserRole + 5  # True for a key result due for a check-in
MIME = "application/x-okrdesk-items"

STATUS_WORDS = {
    Status.ON_TRACK: QT_TRANSLATE_NOOP("AlignmentTreeModel", "On track"),
    Status.AT_RISK: QT_TRANSLATE_NOOP("AlignmentTreeModel", "At risk"),
    Status.OFF_TRACK: QT_TRANSLATE_NOOP("AlignmentTreeModel", "Off track"),
    Status.NO_DATA: QT_TRANSLATE_NOOP("AlignmentTreeModel", "No data"),
}


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while a cycle's 10,000 rows are built: otherwise it runs again and
    again over every object alive, a third of the load time of a large cycle (measured: 166 → 120 ms)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class Node:
    """One row: an objective or a key result. An objective lists its key results, then child objectives."""

    __slots__ = ("children", "item", "kind", "parent", "progress", "row_hint", "search_text", "status")

    def __init__(self, kind: str, item: Objective | KeyResult | None, parent: Node | None) -> None:
        self.kind = kind
        self.item = item
        self.parent = parent
        self.children: list[Node] = []
        self.progress: float | None = None
        self.status = Status.NO_DATA
        self.search_text = item.title.casefold() if item is not None else ""
        self.row_hint = 0

    @property
    def key(self) -> tuple[str, int]:
        assert self.item is not None
        return (self.kind, self.item.id)

    def row(self) -> int:
        """Its row under its parent. Qt asks for every parent() of every index: the row found last time is
        checked first, so that a parent with 2,000 children is not searched from the top each time."""
        parent = self.parent
        if parent is None:
            return 0
        siblings = parent.children
        hint = self.row_hint
        if hint < len(siblings) and siblings[hint] is self:
            return hint
        self.row_hint = hint = siblings.index(self)
        return hint

    def kr_count(self) -> int:
        count = 0
        for child in self.children:
            if child.kind != "key_result":
                break
            count += 1
        return count


class AlignmentTreeModel(QAbstractItemModel):
    """The tree of one cycle. Edits made through it (rename, drag and drop) become undo commands."""

    def __init__(self, controller: Controller, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.root = Node("root", None, None)
        self.nodes: dict[tuple[str, int], Node] = {}
        self.cycle: Cycle | None = None
        self.cycles: dict[int, Cycle] = {}
        self.owners: dict[int, Owner] = {}
        self.outside_parents: dict[int, Objective] = {}
        self.today = date.today()
        self.generation = 0  # bumped on every change, so filters know their view of the tree is stale
        self._expected: dict[int, float] = {}  # expected progress today, per cycle id
        self._needs_reload = False
        self._due: list[Node] | None = None  # key results due for a check-in: counted once per change
        self._bold = QFont()
        self._bold.setBold(True)
        self._dim = QFont()
        self._dim.setItalic(True)
        self.stale_days = 7
        # "due" is said in words too; the colour follows the theme (dark orange on light rows, amber on dark)
        self._due_brush = QBrush(tones().attention)
        signals().changed.connect(self._on_theme_changed)

    def _on_theme_changed(self, _theme: str) -> None:
        self._due_brush = QBrush(tones().attention)

    # ---- loading ---------------------------------------------------------------------------------------

    def load(self, cycle_id: int | None) -> None:
        """Reads the whole cycle (one query per table, no per-row queries) and resets the model.

        A read that fails (a damaged value) raises before the model changes."""
        workspace = self.controller.workspace
        with no_cycle_collection():
            owners = {o.id: o for o in workspace.owners()}
            tree = None
            if cycle_id is not None:
                try:
                    tree = workspace.cycle_tree(cycle_id)
                except NotFoundError:
                    tree = None
            self.beginResetModel()
            self.generation += 1
            self._due = None
            self._expected = {}
            for node in self.nodes.values():  # no parent-child cycles left: the old tree is freed at once
                node.parent = None
            self.root = Node("root", None, None)
            self.nodes = {}
            self.owners = owners
            self.stale_days = workspace.stale_days()
            self.today = date.today()
            self.cycle = None
            if tree is not None:
                self._build(tree)
            self.endResetModel()

    def _build(self, tree: CycleTree) -> None:
        # One pass per kind of row, each progress and status computed once: 10,000 rows of a large cycle.
        self.cycle = tree.cycle
        self.cycles = tree.cycles
        self.outside_parents = {o.id: o for o in tree.outside_parents}
        kr_progress = {kr.id: key_result_progress(kr) for kr in tree.key_results}
        progress = tree_progress(tree.objectives, tree.key_results, kr_progress)
        nodes = self.nodes
        pace = self._pace
        for objective in tree.objectives:
            node = Node("objective", objective, None)
            node.progress = value = progress.get(objective.id)
            node.status = status(value, pace(objective.cycle_id))
            nodes[("objective", objective.id)] = node
        for kr in tree.key_results:
            parent = nodes[("objective", kr.objective_id)]
            node = Node("key_result", kr, parent)
            node.progress = value = kr_progress[kr.id]
            node.status = status(value, pace(parent.item.cycle_id))  # type: ignore[union-attr]
            parent.children.append(node)
            nodes[("key_result", kr.id)] = node
        root = self.root
        for objective in sorted(tree.objectives, key=self._sort_key):
            node = nodes[("objective", objective.id)]
            parent = nodes.get(("objective", objective.parent_id)) if objective.parent_id else None
            node.parent = parent or root
            node.parent.children.append(node)

    def _sort_key(self, objective: Objective) -> tuple[int, int, int, int]:
        # At the top level, unaligned objectives come first, then those aligned to another cycle's objective,
        # grouped by that objective and in its order (stable when one of them is moved away).
        if objective.parent_id is not None and objective.parent_id in self.outside_parents:
            return (1, objective.parent_id, objective.position, objective.id)
        return (0, 0, objective.position, objective.id)

    def _set_status(self, node: Node) -> None:
        item = node.item
        if item is None:
            return
        cycle_id = item.cycle_id if isinstance(item, Objective) else self._objective_of(node).cycle_id
        node.status = status(node.progress, self._pace(cycle_id))

    def _pace(self, cycle_id: int) -> float:
        """The progress expected today in a cycle (computed once per cycle, not once per row)."""
        expected = self._expected.get(cycle_id)
        if expected is None:
            cycle = self.cycles.get(cycle_id, self.cycle)
            expected = self._expected[cycle_id] = expected_for(cycle, self.today) if cycle else 0.0
        return expected

    @staticmethod
    def _objective_of(node: Node) -> Objective:
        walk = node
        while walk.kind != "objective":
            assert walk.parent is not None
            walk = walk.parent
        assert isinstance(walk.item, Objective)
        return walk.item

    # ---- Qt model interface ------------------------------------------------------------------------------

    # Qt calls these tens of thousands of times when a large tree is laid out or expanded: they avoid
    # helper calls and Qt enum arithmetic (slow in Python), see the flag constants below the class.

    def node(self, index: QModelIndex | QPersistentModelIndex) -> Node:
        return index.internalPointer() if index.isValid() else self.root  # type: ignore[no-any-return]

    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()
    ) -> QModelIndex:
        children = (parent.internalPointer() if parent.isValid() else self.root).children
        if 0 <= row < len(children) and 0 <= column < _COLUMN_COUNT:
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent_node = index.internalPointer().parent
        if parent_node is None or parent_node is self.root:
            return QModelIndex()
        return self.createIndex(parent_node.row(), 0, parent_node)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.root.children)
        return len(parent.internalPointer().children) if parent.column() == 0 else 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return _COLUMN_COUNT

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        if not parent.isValid():
            return bool(self.root.children)
        return parent.column() == 0 and bool(parent.internalPointer().children)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return _DROP
        if self.controller.workspace.read_only:  # no renaming, no dragging
            return _SELECTABLE
        objective = index.internalPointer().kind == "objective"
        if index.column() == TITLE:
            return _TITLE_OF_OBJECTIVE if objective else _TITLE_OF_KEY_RESULT
        return _CELL_OF_OBJECTIVE if objective else _CELL_OF_KEY_RESULT

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        item = node.item
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node, column)
        if role == Qt.ItemDataRole.EditRole:
            return item.title if column == TITLE and item is not None else self._display(node, column)
        if role == KIND_ROLE:
            return node.kind
        if role == ID_ROLE:
            return item.id if item is not None else None
        if role == PROGRESS_ROLE:
            return node.progress
        if role == STATUS_ROLE:
            return node.status.value
        if role == DUE_ROLE:
            return self.is_due(node)
        if role == Qt.ItemDataRole.ForegroundRole and column == LAST_CHECK_IN and self.is_due(node):
            return self._due_brush
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, column)
        if role == Qt.ItemDataRole.FontRole and column == TITLE and isinstance(item, Objective):
            if item.state in (ObjectiveState.DROPPED, ObjectiveState.DRAFT) or self._foreign(item):
                return self._dim
            return self._bold if node.parent is self.root else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(node, column)
        return None

    def _foreign(self, objective: Objective) -> bool:
        return self.cycle is not None and objective.cycle_id != self.cycle.id

    def _display(self, node: Node, column: int) -> str:
        item = node.item
        if item is None:
            return ""
        if column == TITLE:
            title = " ".join(item.title.split()) if "\n" in item.title else item.title
            if isinstance(item, Objective):
                if item.state == ObjectiveState.DONE:
                    title = "✓ " + title
                elif item.state == ObjectiveState.DROPPED:
                    title += "  " + self.tr("(dropped)")
                elif item.state == ObjectiveState.DRAFT:
                    title += "  " + self.tr("(draft)")
                if self._foreign(item):
                    title += f"  · {self.cycles[item.cycle_id].name}" if item.cycle_id in self.cycles else ""
                outside = self.outside_parents.get(item.parent_id or -1)
                if outside is not None and node.parent is self.root:
                    cycle = self.cycles.get(outside.cycle_id)
                    title += "  " + self.tr("↑ aligns to “{title}” ({cycle})").format(
                        title=outside.title, cycle=cycle.name if cycle else "?"
                    )
            return title
        if column == OWNER:
            owner_id = item.owner_id
            if owner_id is None and isinstance(item, KeyResult) and node.parent is not None:
                return ""
            owner = self.owners.get(owner_id) if owner_id is not None else None
            return owner.name if owner else ""
        if column == PROGRESS:
            return (
                "—"
                if node.progress is None
                else self.tr("{percent}%").format(percent=format_number(node.progress * 100, 0))
            )
        if column == STATUS:
            return self.tr(STATUS_WORDS[node.status])
        if column == CONFIDENCE:
            confidence = self._confidence(node)
            return "" if confidence is None else f"{format_number(confidence)}/10"
        if column == LAST_CHECK_IN:
            last = self._last_check_in(node)
            shown = "" if last is None else format_short_date(last)
            if self.is_due(node):
                return self.tr("{date} · due").format(date=shown) if shown else self.tr("due")
            return shown
        return ""

    def due_nodes(self) -> list[Node]:
        """The key results due for a check-in, in tree order of loading (counted once per change)."""
        if self._due is None:
            due: list[Node] = []
            for node in self.nodes.values():  # per objective: its cycle is looked up once, not per row
                item = node.item
                if not isinstance(item, Objective):
                    continue
                cycle = self.cycles.get(item.cycle_id, self.cycle)
                if cycle is None or cycle.state != CycleState.ACTIVE:
                    continue
                for child in node.children:  # its key results come first
                    if child.kind != "key_result":
                        break
                    if is_due(child.item, cycle, self.today, self.stale_days):  # type: ignore[arg-type]
                        due.append(child)
            self._due = due
        return self._due

    def is_due(self, node: Node) -> bool:
        """True for a key result of an active cycle without a check-in for more than `stale_days` days."""
        item = node.item
        if not isinstance(item, KeyResult) or node.parent is None or node.parent.item is None:
            return False
        cycle_id = self._objective_of(node).cycle_id
        cycle = self.cycles.get(cycle_id, self.cycle)
        return cycle is not None and is_due(item, cycle, self.today, self.stale_days)

    def _confidence(self, node: Node) -> float | None:
        if isinstance(node.item, KeyResult):
            return node.item.last_confidence
        values = [c.item.last_confidence for c in node.children if isinstance(c.item, KeyResult)]
        known = [v for v in values if v is not None]
        return round(sum(known) / len(known), 1) if known else None

    def _last_check_in(self, node: Node) -> date | None:
        if isinstance(node.item, KeyResult):
            return node.item.last_check_in.date() if node.item.last_check_in else None
        dates = [
            c.item.last_check_in
            for c in node.children
            if isinstance(c.item, KeyResult) and c.item.last_check_in
        ]
        return max(dates).date() if dates else None

    def _tooltip(self, node: Node, column: int) -> str | None:
        """Tooltips show user text literally: Qt would take a title that looks like HTML as rich text."""
        text = self._tooltip_text(node)
        if text is not None and self.is_due(node):
            assert isinstance(node.item, KeyResult)
            last = node.item.last_check_in
            since = (
                self.tr("no check-in yet")
                if last is None
                else self.tr("last check-in {days} days ago").format(days=(self.today - last.date()).days)
            )
            text += "\n" + self.tr("Due for a check-in: {since} (due after {days} days).").format(
                since=since, days=self.stale_days
            )
        if text is None:
            return None
        import html  # only when a tooltip shows: not on the start-up path

        return "<p style='white-space:pre-wrap'>" + html.escape(text).replace("\n", "<br>") + "</p>"

    def _tooltip_text(self, node: Node) -> str | None:
        item = node.item
        if isinstance(item, KeyResult):
            unit = f" {item.unit}" if item.unit else ""
            values = f"{item.start:g} → {item.target:g}{unit}, now {item.current:g}{unit}"
            return f"{item.title}\n{values} ({item.kr_type.value})"
        if isinstance(item, Objective):
            lines = [item.title]
            cycle = self.cycles.get(item.cycle_id)
            if cycle:
                lines.append(f"Cycle: {cycle.name}")
            outside = self.outside_parents.get(item.parent_id or -1)
            if outside is not None:
                lines.append(f"Aligns to: {outside.title}")
            return "\n".join(lines)
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != TITLE or not index.isValid():
            return False
        node = self.node(index)
        if node.item is None or value == node.item.title:
            return False
        if node.kind == "objective":
            command: commands.EditCommand = commands.EditObjective(self.controller, node.item.id, title=value)
        else:
            command = commands.EditKeyResult(self.controller, node.item.id, title=value)
        return self.controller.execute(command)

    # ---- drag and drop (re-align, reorder): every drop becomes an undoable command ------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        keys = []
        for index in indexes:
            node = self.node(index)
            if node.item is not None and f"{node.kind}:{node.item.id}" not in keys:
                keys.append(f"{node.kind}:{node.item.id}")
        data = QMimeData()
        data.setData(MIME, QByteArray(",".join(keys[:1]).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Any
    ) -> bool:
        return self._drop_target(data, row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Any
    ) -> bool:
        target = self._drop_target(data, row, parent)
        if target is None:
            return False
        kind, item_id, parent_id, index = target
        if kind == "objective":
            self.controller.execute(commands.MoveObjective(self.controller, item_id, parent_id, index))
        elif parent_id is not None:
            self.controller.execute(commands.MoveKeyResult(self.controller, item_id, parent_id, index))
        return False  # the command moved the row already; the view must not remove anything

    def _drop_target(
        self, data: QMimeData, row: int, parent: Any
    ) -> tuple[str, int, int | None, int | None] | None:
        if not data.hasFormat(MIME):
            return None
        try:
            kind, raw_id = bytes(data.data(MIME).data()).decode().split(":")
            item_id = int(raw_id)
        except ValueError:
            return None
        dragged = self.nodes.get((kind, item_id))
        target = self.node(parent)
        if dragged is None:
            return None
        if row >= 0 and dragged.parent is target and dragged.row() < row:
            row -= 1  # Qt's drop row counts the dragged row itself; the services' index does not
        if kind == "key_result":
            if target.kind != "objective" or target.item is None:
                return None
            index = None if row < 0 else max(0, min(row, target.kr_count()))
            return (kind, item_id, target.item.id, index)
        walk: Node | None = target
        while walk is not None:  # never into itself or below itself
            if walk is dragged:
                return None
            walk = walk.parent
        if target is self.root:
            index = None if row < 0 else row
            return (kind, item_id, None, index)
        assert target.item is not None
        index = None if row < 0 else max(0, row - target.kr_count())
        return (kind, item_id, target.item.id, index)

    # ---- incremental updates after an edit --------------------------------------------------------------

    def index_for(self, key: tuple[str, int], column: int = 0) -> QModelIndex:
        node = self.nodes.get(key)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row(), column, node)

    def _index_of(self, node: Node) -> QModelIndex:
        if node is self.root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def apply(self, change: Change) -> None:
        """Brings the model in line with the workspace after an edit, touching only what changed."""
        if change.reload or change.rebuild or change.cycles or self.cycle is None:
            self.load(self.cycle.id if self.cycle else None)
            return
        if change.owners:
            self.owners = {o.id: o for o in self.controller.workspace.owners()}
            self._emit_column_changed(OWNER)
        dirty: list[Node] = []
        self._needs_reload = False
        for objective_id in change.objectives:
            dirty += self._sync_objective(objective_id)
            if self._needs_reload:
                break
        for kr_id in change.key_results:
            dirty += self._sync_key_result(kr_id)
        if self._needs_reload:  # a change too tangled to replay row by row: read the cycle again
            self.load(self.cycle.id)
            return
        self._refresh_progress(dirty)
        self._due = None  # whatever views counted while rows changed (selection signals) is stale

    def _emit_column_changed(self, column: int) -> None:
        stack = [self.root]
        while stack:
            node = stack.pop()
            if node.children:
                parent = self._index_of(node)
                last = len(node.children) - 1
                self.dataChanged.emit(self.index(0, column, parent), self.index(last, column, parent))
                stack.extend(n for n in node.children if n.children)

    def _visible_parent(self, objective: Objective) -> Node | None:
        """Where the objective belongs in this tree, or None when it is not shown in this cycle."""
        parent = self.nodes.get(("objective", objective.parent_id)) if objective.parent_id else None
        if parent is not None:
            return parent
        assert self.cycle is not None
        return self.root if objective.cycle_id == self.cycle.id else None

    def _row_among(self, parent: Node, siblings: list[Node], item: Objective | KeyResult) -> int:
        """The row the item belongs at among siblings (positions are contiguous in the file)."""
        krs = 0
        for sibling in siblings:
            if sibling.kind != "key_result":
                break
            krs += 1
        if isinstance(item, KeyResult):
            return min(item.position, krs)
        if parent is self.root:
            if item.parent_id is not None:  # aligned to another cycle's objective: after the unaligned ones
                return len(siblings)
            unaligned = sum(1 for c in siblings if isinstance(c.item, Objective) and c.item.parent_id is None)
            return min(item.position, unaligned)
        return min(krs + item.position, len(siblings))

    def _sync_objective(self, objective_id: int) -> list[Node]:
        workspace = self.controller.workspace
        try:
            fresh: Objective | None = workspace.objective(objective_id)
        except NotFoundError:
            fresh = None
        node = self.nodes.get(("objective", objective_id))
        parent = self._visible_parent(fresh) if fresh is not None else None
        if (
            fresh is not None
            and fresh.parent_id is not None
            and fresh.parent_id not in self.outside_parents
            and ("objective", fresh.parent_id) not in self.nodes
        ):
            self.outside_parents[fresh.parent_id] = workspace.objective(fresh.parent_id)
        if parent is None or fresh is None:
            if node is None:
                return []
            if fresh is not None and any(c.kind == "objective" for c in node.children):
                # Its aligned objectives of this cycle stay visible elsewhere in the tree.
                self._needs_reload = True
                return []
            old_parent = node.parent
            self._remove(node)
            return [old_parent] if old_parent is not None else []
        if (
            parent is self.root
            and fresh.parent_id is not None
            and (node is None or node.parent is not self.root or self._moved(node, fresh))
        ):
            # Aligned to another cycle's objective: its place among those depends on rows not loaded here.
            self._needs_reload = True
            return []
        if node is None:
            node = self._subtree(fresh, set())
            self._insert(parent, self._row_among(parent, parent.children, fresh), node)
            return [node, *self._objective_leaves(node)]
        old_cycle = node.item.cycle_id if isinstance(node.item, Objective) else fresh.cycle_id
        node.item = fresh
        node.search_text = fresh.title.casefold()
        dirty = self._place(node, parent, fresh)
        if old_cycle != fresh.cycle_id:  # another cycle, another pace: every status below it changes
            dirty += self._descendants(node)
        return dirty

    @staticmethod
    def _descendants(node: Node) -> list[Node]:
        found: list[Node] = []
        stack = list(node.children)
        while stack:
            current = stack.pop()
            found.append(current)
            stack.extend(current.children)
        return found

    @staticmethod
    def _moved(node: Node, fresh: Objective) -> bool:
        old = node.item
        return not isinstance(old, Objective) or (old.parent_id, old.position) != (
            fresh.parent_id,
            fresh.position,
        )

    def _subtree(self, objective: Objective, seen: set[int]) -> Node:
        """A node for the objective with its key results and, recursively, its aligned objectives."""
        seen.add(objective.id)
        workspace = self.controller.workspace
        node = Node("objective", objective, None)
        for kr in workspace.key_results_of(objective.id):
            child = Node("key_result", kr, node)
            child.progress = key_result_progress(kr)
            node.children.append(child)
        for aligned in workspace.aligned_children(objective.id):
            if aligned.id not in seen and ("objective", aligned.id) not in self.nodes:
                child = self._subtree(aligned, seen)
                child.parent = node
                node.children.append(child)
        return node

    @staticmethod
    def _objective_leaves(node: Node) -> list[Node]:
        """The deepest objectives of a subtree: progress is re-computed upwards from them."""
        leaves: list[Node] = []
        stack = [node]
        while stack:
            current = stack.pop()
            kids = [c for c in current.children if c.kind == "objective"]
            if kids:
                stack.extend(kids)
            elif current is not node:
                leaves.append(current)
        return leaves

    def _sync_key_result(self, kr_id: int) -> list[Node]:
        workspace = self.controller.workspace
        try:
            fresh: KeyResult | None = workspace.key_result(kr_id)
        except NotFoundError:
            fresh = None
        node = self.nodes.get(("key_result", kr_id))
        parent = self.nodes.get(("objective", fresh.objective_id)) if fresh is not None else None
        if parent is None or fresh is None:
            if node is None:
                return []
            old_parent = node.parent
            self._remove(node)
            return [old_parent] if old_parent is not None else []
        if node is None:
            node = Node("key_result", fresh, None)
            node.progress = key_result_progress(fresh)
            self._insert(parent, self._row_among(parent, parent.children, fresh), node)
            return [node]
        node.item = fresh
        node.search_text = fresh.title.casefold()
        node.progress = key_result_progress(fresh)
        return self._place(node, parent, fresh)

    def _place(self, node: Node, parent: Node, item: Objective | KeyResult) -> list[Node]:
        """Moves an existing node where the item now belongs, or just refreshes its row."""
        old_parent = node.parent
        assert old_parent is not None
        if parent is self.root and old_parent is self.root and isinstance(item, Objective) and item.parent_id:
            self._row_changed(node)  # aligned to another cycle and not moved (moves reload): keep its row
            return [node]
        row = self._row_among(parent, [c for c in parent.children if c is not node], item)
        if parent is old_parent and row == node.row():
            self._row_changed(node)
            return [node]
        self._move(node, parent, row)
        return [node, old_parent]

    def _insert(self, parent: Node, row: int, node: Node) -> None:
        row = max(0, min(row, len(parent.children)))
        self.generation += 1
        self.beginInsertRows(self._index_of(parent), row, row)
        node.parent = parent
        parent.children.insert(row, node)
        stack = [node]
        self._due = None
        while stack:
            current = stack.pop()
            self.nodes[current.key] = current
            self._set_status(current)
            stack.extend(current.children)
        self.endInsertRows()

    def _remove(self, node: Node) -> None:
        parent = node.parent
        assert parent is not None
        row = node.row()
        self.generation += 1
        self.beginRemoveRows(self._index_of(parent), row, row)
        parent.children.pop(row)
        node.parent = None
        self._due = None
        stack = [node]
        while stack:
            current = stack.pop()
            self.nodes.pop(current.key, None)
            stack.extend(current.children)
        self.endRemoveRows()

    def _move(self, node: Node, parent: Node, row: int) -> None:
        """Moves node so that it ends up at `row` of parent (row counted without the node itself)."""
        old_parent = node.parent
        assert old_parent is not None
        source_row = node.row()
        # Qt counts the destination before the move: below the source in the same parent it is one more.
        destination = row + 1 if parent is old_parent and row >= source_row else row
        self.generation += 1
        self.beginMoveRows(
            self._index_of(old_parent), source_row, source_row, self._index_of(parent), destination
        )
        old_parent.children.pop(source_row)
        parent.children.insert(row, node)
        self._due = None
        node.parent = parent
        self.endMoveRows()
        stack = [node]
        while stack:  # a move to another cycle's objective changes the pace of the whole branch
            current = stack.pop()
            self._set_status(current)
            stack.extend(current.children)

    def _row_changed(self, node: Node) -> None:
        self._set_status(node)
        if node.parent is None:
            return
        row = node.row()
        parent = self._index_of(node.parent)
        self.dataChanged.emit(self.index(row, 0, parent), self.index(row, len(COLUMNS) - 1, parent))

    def _refresh_progress(self, dirty: list[Node]) -> None:
        """Re-computes rolled-up progress of every changed node and its ancestors, deepest first."""
        depth: dict[int, tuple[int, Node]] = {}
        for start in dirty:
            chain: list[Node] = []
            walk: Node | None = start
            while walk is not None and walk is not self.root and walk.parent is not None:
                chain.append(walk)
                walk = walk.parent
            for level, node in enumerate(reversed(chain)):
                depth[id(node)] = (level, node)
        for _level, node in sorted(depth.values(), key=lambda entry: -entry[0]):
            if node.kind == "objective" and isinstance(node.item, Objective):
                krs = [
                    (c.item.weight, c.progress)
                    for c in node.children
                    if isinstance(c.item, KeyResult) and c.progress is not None
                ]
                kids = [c.progress for c in node.children if c.kind == "objective"]
                node.progress = objective_progress(krs, kids, node.item.progress_source)
            self._row_changed(node)
