"""Align to…: choose the objective an objective contributes to, by keyboard (type to filter, Enter).

Candidates are the objectives of the objective's own cycle and of the cycles whose dates enclose it. Those
that the alignment rules refuse (the objective itself and everything that already contributes to it: a loop)
are left out rather than shown disabled: a list of only possible choices is quicker to scan and to filter, and
a note says how many were left out and why. The current parent is always listed (and preselected), so
Enter with no other choice never changes anything.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.model import Cycle, Objective
from okrdesk.domain.validation import alignment_problem
from okrdesk.services.workspace import Workspace
from okrdesk.store import fastread
from okrdesk.ui.dialogs.common import plain_label, plain_tooltip
from okrdesk.ui.dialogs.common import plural as _plural
from okrdesk.ui.i18n import format_date_range

PARENT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
_CHUNK = 30_000  # below SQLite's limit on bound parameters
_NAVIGATION_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
}


class AlignToDialog(QDialog):
    """Lists the legal parents of one objective; chosen_parent() is the selection (None: top level)."""

    def __init__(self, parent: QWidget | None, workspace: Workspace, objective_id: int) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.objective = workspace.objective(objective_id)
        self.setWindowTitle(self.tr("Align to"))
        self.resize(620, 460)

        candidates, left_out = self._candidates()
        cycles = {c.id: c for c in workspace.cycles()}
        own_cycle = cycles[self.objective.cycle_id]

        intro = plain_label(
            self.tr(
                "What does “{title}” contribute to? Objectives of {cycle} and of the cycles that contain it:"
            ).format(title=self.objective.title, cycle=own_cycle.name),
            self,
            wrap=True,
        )
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Filter objectives"))
        self.search.setPlaceholderText(self.tr("Type to filter by title, cycle or owner"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.search.installEventFilter(self)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Align"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Objectives to align to"))
        self.list.setUniformItemSizes(True)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(self._update_ok)
        self._fill(candidates, cycles)

        self.empty_label = plain_label("", self, wrap=True)
        self.empty_label.hide()
        self.note_label: QLabel = plain_label("", self, wrap=True)
        if left_out:
            self.note_label.setText(
                _plural(
                    left_out,
                    self.tr(
                        "%n objective that already contributes to this one is not listed: "
                        "aligning to it would make a loop."
                    ),
                    self.tr(
                        "%n objectives that already contribute to this one are not listed: "
                        "aligning to them would make a loop."
                    ),
                )
            )
            self.note_label.setEnabled(False)
        else:
            self.note_label.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.buttons)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_ok()

    # ---- data -----------------------------------------------------------------------------------------

    def _candidates(self) -> tuple[list[Objective], int]:
        """The legal parents (plus the current parent), and how many were left out as loops."""
        conn = self.workspace.conn
        cycles = {c.id: c for c in self.workspace.cycles()}
        own_cycle = cycles[self.objective.cycle_id]
        enclosing = {c.id for c in cycles.values() if c.encloses(own_cycle)}
        parent_of, cycle_of, titles = fastread.alignment_maps(conn)
        ids = [oid for oid, cid in cycle_of.items() if cid in enclosing and oid != self.objective.id]
        if self.objective.parent_id is not None and self.objective.parent_id not in ids:
            ids.append(self.objective.parent_id)
        found: list[Objective] = []
        for i in range(0, len(ids), _CHUNK):
            found += fastread.objectives_by_id(conn, ids[i : i + _CHUNK])
        legal, left_out = [], 0
        for candidate in found:
            problem = alignment_problem(self.objective.id, candidate.id, parent_of, cycle_of, cycles, titles)
            if problem is None or candidate.id == self.objective.parent_id:
                legal.append(candidate)
            else:
                left_out += 1
        return legal, left_out

    def _fill(self, candidates: list[Objective], cycles: dict[int, Cycle]) -> None:
        owners = {o.id: o.name for o in self.workspace.owners()}
        own = cycles[self.objective.cycle_id]

        def order(objective: Objective) -> tuple[int, int, str, int]:
            cycle = cycles.get(objective.cycle_id, own)
            # Its own cycle first, then the enclosing cycles from the shortest to the longest.
            return (
                cycle.id != own.id,
                (cycle.end - cycle.start).days,
                objective.title.casefold(),
                objective.id,
            )

        top = QListWidgetItem(self.tr("No parent (top level of its cycle)"))
        top.setData(PARENT_ROLE, None)
        top.setData(SEARCH_ROLE, "")
        font = top.font()
        font.setItalic(True)
        top.setFont(font)
        self.list.addItem(top)
        current = top
        for candidate in sorted(candidates, key=order):
            cycle = cycles.get(candidate.cycle_id)
            cycle_name = cycle.name if cycle else "?"
            owner = owners.get(candidate.owner_id) if candidate.owner_id is not None else None
            title = " ".join(candidate.title.split())
            if owner:
                text = self.tr("{title} — {cycle}, {owner}").format(
                    title=title, cycle=cycle_name, owner=owner
                )
            else:
                text = self.tr("{title} — {cycle}").format(title=title, cycle=cycle_name)
            item = QListWidgetItem(text)
            item.setData(PARENT_ROLE, candidate.id)
            item.setData(SEARCH_ROLE, f"{title} {cycle_name} {owner or ''} {candidate.ref}".casefold())
            details = [
                candidate.title,
                f"{cycle_name} ({format_date_range(cycle.start, cycle.end)})" if cycle else "",
            ]
            if owner:
                details.append(owner)
            item.setToolTip(plain_tooltip("\n".join(d for d in details if d)))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)
            if candidate.id == self.objective.parent_id:
                current = item
        self.list.setCurrentItem(current)

    # ---- filtering and keyboard -----------------------------------------------------------------------

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        first_match: QListWidgetItem | None = None
        matches = 0
        for row in range(1, self.list.count()):
            item = self.list.item(row)
            visible = all(word in str(item.data(SEARCH_ROLE)) for word in words)
            item.setHidden(not visible)
            if visible:
                matches += 1
                if first_match is None:
                    first_match = item
        current = self.list.currentItem()
        if words and first_match is not None:
            self.list.setCurrentItem(first_match)
        elif current is None or current.isHidden():
            self.list.setCurrentRow(0)
        if words and matches == 0:
            self.empty_label.setText(self.tr("No objective matches “{text}”.").format(text=text.strip()))
        self.empty_label.setVisible(bool(words) and matches == 0)
        self._update_ok()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up, Down, Page Up and Page Down in the filter box move through the list."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key_event = event
            assert isinstance(key_event, QKeyEvent)
            if key_event.key() in _NAVIGATION_KEYS:
                forwarded = QKeyEvent(
                    QEvent.Type.KeyPress, key_event.key(), key_event.modifiers(), key_event.text()
                )
                QApplication.sendEvent(self.list, forwarded)
                return True
        return super().eventFilter(watched, event)

    def _update_ok(self, *_args: object) -> None:
        current = self.list.currentItem()
        self.ok_button.setEnabled(current is not None and not current.isHidden())

    def chosen_parent(self) -> int | None:
        """The selected parent objective's id; None for "no parent"."""
        current = self.list.currentItem()
        value = current.data(PARENT_ROLE) if current is not None else self.objective.parent_id
        return None if value is None else int(value)

    def accept(self) -> None:
        current = self.list.currentItem()
        if current is not None and not current.isHidden():
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, workspace: Workspace, objective_id: int) -> tuple[bool, int | None]:
        """Shows the dialog: (True, new parent id or None for the top level) or (False, None) if cancelled."""
        dialog = cls(parent, workspace, objective_id)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return True, dialog.chosen_parent()
            return False, None
        finally:
            dialog.deleteLater()
