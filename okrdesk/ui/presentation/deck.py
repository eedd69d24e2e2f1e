"""The presentation's slides: the objectives the main window shows, in its order, each with its key results.

Read from the main window's filter model (so a filtered tree presents just what it shows) down to the
alignment tree's nodes, which hold the numbers the tree itself displays: the slides and the tree never
disagree. A slide is plain data, rebuilt after every change to the workspace.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel

from okrdesk.domain.model import KeyResult, Objective, Status
from okrdesk.ui.tree_model import KIND_ROLE, AlignmentTreeModel, Node


@dataclass(frozen=True)
class KeyResultSlide:
    """One key result as its row on a slide shows it."""

    item: KeyResult
    progress: float | None
    status: Status
    owner: str


@dataclass(frozen=True)
class Slide:
    """One objective with the key results the main window shows under it."""

    item: Objective
    progress: float | None
    status: Status
    owner: str
    cycle: str
    aligns_to: str  # the title of the objective it contributes to ("" when none)
    key_results: tuple[KeyResultSlide, ...]
    hidden_key_results: int  # key results the main window's filter hides

    @property
    def key(self) -> tuple[str, int]:
        return ("objective", self.item.id)


def _owner(model: AlignmentTreeModel, owner_id: int | None) -> str:
    owner = model.owners.get(owner_id) if owner_id is not None else None
    return owner.name if owner is not None else ""


def _slide(model: AlignmentTreeModel, node: Node, shown_krs: list[Node]) -> Slide:
    item = node.item
    assert isinstance(item, Objective)
    parent = node.parent.item if node.parent is not None else None
    if not isinstance(parent, Objective):
        parent = model.outside_parents.get(item.parent_id) if item.parent_id is not None else None
    cycle = model.cycles.get(item.cycle_id)
    key_results = tuple(
        KeyResultSlide(
            item=kr.item,
            progress=kr.progress,
            status=kr.status,
            owner=_owner(model, kr.item.owner_id),
        )
        for kr in shown_krs
        if isinstance(kr.item, KeyResult)
    )
    return Slide(
        item=item,
        progress=node.progress,
        status=node.status,
        owner=_owner(model, item.owner_id),
        cycle=cycle.name if cycle is not None else "",
        aligns_to=parent.title if isinstance(parent, Objective) else "",
        key_results=key_results,
        hidden_key_results=node.kr_count() - len(key_results),
    )


def collect_slides(proxy: QSortFilterProxyModel, model: AlignmentTreeModel) -> list[Slide]:
    """Every objective the proxy shows, depth first (the tree's reading order)."""
    slides: list[Slide] = []
    stack: list[QModelIndex] = [QModelIndex()]
    order: list[QModelIndex] = []
    # Depth first in display order: children are pushed in reverse so the first one is visited next.
    while stack:
        parent = stack.pop()
        if parent.isValid():
            order.append(parent)
        rows = [proxy.index(row, 0, parent) for row in range(proxy.rowCount(parent))]
        stack.extend(reversed([index for index in rows if index.data(KIND_ROLE) == "objective"]))
    for index in order:
        node = model.node(proxy.mapToSource(index))
        if not isinstance(node.item, Objective):
            continue
        shown = []
        for row in range(proxy.rowCount(index)):
            child = proxy.index(row, 0, index)
            if child.data(KIND_ROLE) == "key_result":
                shown.append(model.node(proxy.mapToSource(child)))
        slides.append(_slide(model, node, shown))
    return slides
