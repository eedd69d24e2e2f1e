"""The Health view: every hint of the coach about one cycle, in a sortable list, with the reason of the chosen
one, a toggle to show dismissed hints, Dismiss / Bring back, and Enter (or a double click) to go to the item.

A non-modal dialog beside the main window: it follows the controller's `changed` signal (re-read once per
burst of edits, while shown), the dismissals, and the window's cycle (CoachMenu calls set_cycle()).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.coach import KEY_RESULT, RULE_ORDER, Hint
from okrdesk.services import coach
from okrdesk.services.errors import OkrdeskError
from okrdesk.ui.coach import dismissals, hint_id
from okrdesk.ui.coach_words import hint_text, why_text
from okrdesk.ui.controller import Change, Controller
from okrdesk.ui.dialogs.common import plural
from okrdesk.ui.messages import text as message_text

ITEM, TITLE, HINT, WHY = range(4)


class HintItem(QTreeWidgetItem):
    """A row of the list: one hint (dismissed ones say so in words and in italics)."""

    def __init__(self, hint: Hint, dismissed: bool) -> None:
        text = hint_text(hint)
        if dismissed:
            text = QCoreApplication.translate("HealthView", "{hint} (dismissed)").format(hint=text)
        why = why_text(hint)
        super().__init__([hint.ref, hint.title, text, why])
        self.hint = hint
        self.dismissed = dismissed
        self.setToolTip(WHY, why)
        if dismissed:
            for column in range(4):
                font = self.font(column)
                font.setItalic(True)
                self.setFont(column, font)

    def sort_key(self, column: int, position: int) -> tuple[Any, ...]:
        """What a column sorts by: refs by number (objectives first), hints by rule, text case-blind."""
        if column == ITEM:
            return (self.hint.kind == KEY_RESULT, self.hint.item_id, position)
        if column == HINT:
            return (RULE_ORDER[self.hint.rule], self.text(HINT).casefold(), position)
        return (self.text(column).casefold(), position)


class HealthView(QDialog):
    """All hints of a cycle; `item_chosen` carries ("objective" | "key_result", id) for the window."""

    item_chosen = Signal(object)

    def __init__(self, controller: Controller, cycle_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("healthView")
        self.controller = controller
        self.cycle_id = cycle_id
        self.hints: list[Hint] = []
        self.cycle_name = ""
        self.setWindowTitle(self.tr("Health"))
        self.setModal(False)
        self.resize(1040, 560)
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setAccessibleName(self.tr("Summary"))
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.header.setFont(font)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Hints"))
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Title"), self.tr("Hint"), self.tr("Why")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Sorted here, by meaning, and filled in order: Qt's sorting would call a Python comparison for each
        # pair of rows (a second for the thousands of hints of a large generated workspace).
        header = self.tree.header()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(ITEM, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(lambda *_: self._render())
        header.setStretchLastSection(True)
        for column, width in ((ITEM, 70), (TITLE, 300), (HINT, 340)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.empty = QLabel()
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(self.tr("No hints"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)
        why_title = QLabel(self.tr("Why:"))
        why_font = why_title.font()
        why_font.setBold(True)
        why_title.setFont(why_font)
        self.why = QLabel()
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.why.setWordWrap(True)
        self.why.setMinimumHeight(self.why.fontMetrics().lineSpacing() * 3)
        self.why.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.why.setAccessibleName(self.tr("Why the coach mentions the chosen hint"))
        why_row = QHBoxLayout()
        why_row.addWidget(why_title, 0, Qt.AlignmentFlag.AlignTop)
        why_row.addWidget(self.why, 1)
        self.show_dismissed = QCheckBox(self.tr("Show &dismissed hints"))
        self.show_dismissed.setAccessibleName(self.tr("Show dismissed hints"))
        self.go_button = QPushButton(self.tr("&Go to item"))
        self.go_button.setAccessibleName(self.tr("Go to the item of the chosen hint"))
        self.dismiss_button = QPushButton(self.tr("Dis&miss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the chosen hint"))
        self.restore_button = QPushButton(self.tr("&Bring back"))
        self.restore_button.setAccessibleName(self.tr("Bring the chosen dismissed hint back"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in (self.go_button, self.dismiss_button, self.restore_button, *buttons.buttons()):
            button.setAutoDefault(False)  # Enter in the list goes to the item; it must not close the view
            button.setDefault(False)
        actions = QHBoxLayout()
        actions.addWidget(self.show_dismissed)
        actions.addStretch(1)
        for widget in (self.go_button, self.dismiss_button, self.restore_button, buttons):
            actions.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        layout.addLayout(why_row)
        layout.addLayout(actions)

        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)
        self.tree.itemActivated.connect(lambda item, _column: self._choose(item))
        self.tree.currentItemChanged.connect(lambda *_: self._update_selection())
        self.go_button.clicked.connect(lambda: self._choose(self.tree.currentItem()))
        self.dismiss_button.clicked.connect(lambda: self._set_dismissed(True))
        self.restore_button.clicked.connect(lambda: self._set_dismissed(False))
        self.show_dismissed.toggled.connect(lambda _: self._render())
        controller.changed.connect(self._on_changed)
        dismissals().changed.connect(self._on_dismissals)
        self.refresh()

    @classmethod
    def show_for(cls, parent: QWidget | None, controller: Controller, cycle_id: int) -> HealthView:
        """Shows the Health view of a cycle (reusing the window's one) and returns it."""
        view = next(iter(parent.findChildren(cls)), None) if parent is not None else None
        if view is None:
            view = cls(controller, cycle_id, parent)
        else:
            view.set_cycle(cycle_id)
        view.show()
        view.raise_()
        view.activateWindow()
        view.tree.setFocus()
        return view

    def set_cycle(self, cycle_id: int) -> None:
        """Shows the hints of a cycle (read again: the window may show another workspace now)."""
        self.cycle_id = cycle_id
        self.refresh()

    # ---- reading and showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reads the cycle's hints again and shows them."""
        self._pending.stop()
        self._stale = False
        try:
            self.cycle_name = self.controller.workspace.cycle(self.cycle_id).name
            self.hints = coach.cycle_hints(self.controller.workspace, self.cycle_id)
            self.problem = ""
        except OkrdeskError as exc:
            self.hints = []
            self.problem = message_text(exc)
        self._render()

    def _render(self) -> None:
        chosen = self.tree.currentItem()
        keep = hint_id(chosen.hint) if isinstance(chosen, HintItem) else None
        dismissed = dismissals().ids(self.controller.workspace.path)
        show_dismissed = self.show_dismissed.isChecked()
        items = [
            HintItem(hint, hint_id(hint) in dismissed)
            for hint in self.hints
            if show_dismissed or hint_id(hint) not in dismissed
        ]
        header = self.tree.header()
        column = header.sortIndicatorSection()
        order = {id(item): n for n, item in enumerate(items)}
        items.sort(
            key=lambda item: item.sort_key(column, order[id(item)]),
            reverse=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )
        with QSignalBlocker(self.tree):
            self.tree.clear()
            self.tree.addTopLevelItems(items)
        hidden = sum(1 for h in self.hints if hint_id(h) in dismissed)
        active = len(self.hints) - hidden
        self.header.setText(self._summary(active, hidden))
        self.empty.setText(self._empty_text(active, hidden))
        self.stack.setCurrentWidget(self.tree if items else self.empty)
        top = self.tree.topLevelItem(0) if items else None  # the first row as sorted
        current = next((i for i in items if hint_id(i.hint) == keep), top)
        if current is not None:
            self.tree.setCurrentItem(current)
        self._update_selection()

    def _summary(self, active: int, hidden: int) -> str:
        if self.problem:
            return self.problem
        text = plural(active, self.tr("%n hint in {cycle}"), self.tr("%n hints in {cycle}")).format(
            cycle=self.cycle_name
        )
        if hidden:
            text += " · " + plural(hidden, self.tr("%n dismissed"), self.tr("%n dismissed"))
        return text

    def _empty_text(self, active: int, hidden: int) -> str:
        if self.problem:
            return self.problem
        if hidden and not active:
            return self.tr(
                "No hints to show: the coach's hints here are all dismissed. Tick “Show dismissed hints” "
                "to see them again."
            )
        return self.tr("No hints: these OKRs follow the coach's rules.")

    def _update_selection(self) -> None:
        item = self.tree.currentItem()
        chosen = item if isinstance(item, HintItem) else None
        self.why.setText(why_text(chosen.hint) if chosen else "")
        self.go_button.setEnabled(chosen is not None)
        self.dismiss_button.setEnabled(chosen is not None and not chosen.dismissed)
        self.restore_button.setEnabled(chosen is not None and chosen.dismissed)

    # ---- actions -------------------------------------------------------------------------------------------

    def current_hint(self) -> Hint | None:
        item = self.tree.currentItem()
        return item.hint if isinstance(item, HintItem) else None

    def _choose(self, item: QTreeWidgetItem | None) -> None:
        if isinstance(item, HintItem):
            self.item_chosen.emit(item.hint.key)

    def _set_dismissed(self, dismissed: bool) -> None:
        hint = self.current_hint()
        if hint is None:
            return
        index = self.tree.indexOfTopLevelItem(self.tree.currentItem())
        dismissals().set_dismissed(self.controller.workspace.path, [hint], dismissed)
        if dismissed and not self.show_dismissed.isChecked() and self.tree.topLevelItemCount():
            # The row went away: go on with the one that took its place.
            self.tree.setCurrentItem(self.tree.topLevelItem(min(index, self.tree.topLevelItemCount() - 1)))
        self.tree.setFocus()

    def _on_changed(self, change: Change) -> None:
        if self.isVisible():
            self._pending.start()
        else:
            self._stale = True

    def _on_dismissals(self, key: str) -> None:
        if dismissals().concerns(key, self.controller.workspace.path):
            self._render()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
