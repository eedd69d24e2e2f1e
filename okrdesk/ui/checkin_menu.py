"""The check-in side of the main window: the Check-ins menu, toolbar buttons, the "Due for check-in" filter,
the bar that says on start how many of my key results are due, and the history & chart panel.

The dialogs and the panel are imported when first used, so none of them (nor QtCharts) costs start-up time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from okrdesk.domain.model import KeyResult, Objective
from okrdesk.ui.controller import Change
from okrdesk.ui.dialogs.common import plural
from okrdesk.ui.tree_model import KIND_ROLE, Node

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")

if TYPE_CHECKING:
    from okrdesk.ui.main_window import MainWindow


class DueBar(QFrame):
    """A quiet bar under the toolbar: how many key results are due for a check-in, with the way to do it."""

    check_in = Signal()
    show_due = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueBar")
        from okrdesk.ui.themes import follow_banner

        follow_banner(self, "dueBar", "info")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Weekly check-in…"), self)
        self.show_button = QPushButton(self.tr("Show them"), self)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Hide this message"))
        close.setAccessibleName(self.tr("Hide the due check-ins message"))
        self.check_button.clicked.connect(self.check_in)
        self.show_button.clicked.connect(self.show_due)
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.check_button)
        layout.addWidget(self.show_button)
        layout.addWidget(close)
        self.hide()

    def show_count(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))


class CheckInMenu(QObject):
    """Builds the check-in actions of a main window and carries them out (a child of the window, so its
    connections end with it)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.check_in_action = window._action(
            translate("CheckInMenu", "Check &in…"),
            self.check_in,
            QKeySequence("Ctrl+I"),
            translate("CheckInMenu", "Record a new value for the selected key result"),
        )
        self.weekly_action = window._action(
            translate("CheckInMenu", "&Weekly check-in…"),
            self.weekly_check_in,
            QKeySequence("Ctrl+Shift+I"),
            translate("CheckInMenu", "Check in on all the key results of one person, one after another"),
        )
        self.due_action = window._action(
            translate("CheckInMenu", "&Due for check-in"),
            self._toggle_due,
            QKeySequence("Ctrl+Shift+D"),
            translate("CheckInMenu", "Show only key results due"),
        )
        self.due_action.setCheckable(True)
        self.panel_dock = QDockWidget(translate("CheckInMenu", "Check-in history"), window)
        self.panel_dock.setObjectName("checkInDock")
        self.panel_dock.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.panel_dock.visibilityChanged.connect(self._on_panel_visibility)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.panel_dock)
        window.resizeDocks([self.panel_dock], [240], Qt.Orientation.Vertical)  # a saved layout overrides it
        self.panel = None  # the CheckInPanel, built when the dock is first shown
        self.history_action = self.panel_dock.toggleViewAction()
        self.history_action.setText(translate("CheckInMenu", "Check-in &history and chart"))
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))

        menu = QMenu(translate("CheckInMenu", "Check-&ins"), window)
        window.menuBar().insertMenu(window.menuBar().actions()[-1], menu)  # before Help, which stays last
        for action in (self.check_in_action, self.weekly_action, None, self.due_action, self.history_action):
            menu.addSeparator() if action is None else menu.addAction(action)
        window.toolbar.addSeparator()
        for action in (self.check_in_action, self.weekly_action, self.due_action):
            window.toolbar.addAction(action)
        first_tree_action = window.tree.actions()[0] if window.tree.actions() else None
        window.tree.insertAction(first_tree_action, self.check_in_action)
        separator = QAction(window)
        separator.setSeparator(True)
        window.tree.insertAction(first_tree_action, separator)

        self.bar = DueBar(window)
        window.centralWidget().layout().insertWidget(1, self.bar)
        self.bar.check_in.connect(self.weekly_check_in)
        self.bar.show_due.connect(self._show_due)
        window.tree.doubleClicked.connect(self._on_double_click)
        window.detail.key_result_form.check_in_requested.connect(self._check_in_from_detail)
        window.controller.changed.connect(self._on_changed)
        window.model.modelReset.connect(self.update)
        window.workspace_replaced.connect(self.announce_due)
        window.tree.selectionModel().currentChanged.connect(self._on_current_changed)

    # ---- state -------------------------------------------------------------------------------------------

    def update(self) -> None:
        """Enables what applies to the selection, counts what is due and keeps the panel on the selection."""
        key = self.window.selected_key()
        self.check_in_action.setEnabled(key is not None and key[0] == "key_result")
        self.weekly_action.setEnabled(self.window.model.cycle is not None)
        due = self.due_nodes()
        self.due_action.setText(
            translate("CheckInMenu", "&Due for check-in ({count})").format(count=len(due))
        )
        if self.panel is not None and self.panel_dock.isVisible():
            self.panel.show_item(key)

    def due_nodes(self, owner_id: int | None = None) -> list[Node]:
        """Key results of the shown cycle due for a check-in (of one owner, when given)."""
        due = self.window.model.due_nodes()
        if owner_id is None:
            return due
        return [node for node in due if self._owner_of(node) == owner_id]

    @staticmethod
    def _owner_of(node: Node) -> int | None:
        item = node.item
        assert isinstance(item, KeyResult)
        if item.owner_id is not None:
            return item.owner_id
        parent = node.parent.item if node.parent is not None else None
        return parent.owner_id if isinstance(parent, Objective) else None

    def announce_due(self) -> None:
        """On start (and after opening a workspace): how many of my key results are due, if any."""
        window = self.window
        cycle = window.model.cycle
        if cycle is None:
            self.bar.show_count("")
            return
        me = window._me()
        count = len(self.due_nodes(me))
        days = window.model.stale_days
        if count == 0:
            text = ""
        elif me is not None:
            text = plural(
                count,
                translate(
                    "CheckInMenu",
                    "1 of your key results in {cycle} had no check-in for more than {days} days.",
                ),
                translate(
                    "CheckInMenu",
                    "%n of your key results in {cycle} had no check-in for more than {days} days.",
                ),
            ).format(cycle=cycle.name, days=QLocale().toString(days))
        else:
            text = plural(
                count,
                translate(
                    "CheckInMenu", "%n key result in {cycle} had no check-in for more than {days} days."
                ),
                translate(
                    "CheckInMenu", "%n key results in {cycle} had no check-in for more than {days} days."
                ),
            ).format(cycle=cycle.name, days=QLocale().toString(days))
        self.bar.show_count(text)
        self.update()

    def _on_changed(self, _change: Change) -> None:
        self.update()

    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.update()

    def _show_due(self) -> None:
        self.due_action.setChecked(True)
        self._toggle_due()

    def _on_panel_visibility(self, visible: bool) -> None:
        if visible and self.panel is None:
            # Twice deferred: the first turn of the event loop paints the window and its tree, the panel
            # is built on the next one, so it never stands between the user and the first screen.
            QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self._build_panel))
        elif visible:
            self.update()

    def _build_panel(self) -> None:
        if self.panel is not None:
            return
        from okrdesk.ui.checkin_panel import CheckInPanel

        self.panel = CheckInPanel(self.window.controller, self.panel_dock)
        self.panel_dock.setWidget(self.panel)
        self.update()

    # ---- commands ----------------------------------------------------------------------------------------

    def _toggle_due(self) -> None:
        window = self.window
        keep = window.selected_key()
        window.proxy.set_due_only(self.due_action.isChecked())
        window._after_filter(keep)
        if self.due_action.isChecked() and window.proxy.rowCount() == 0:
            window.statusBar().showMessage(
                translate("CheckInMenu", "Nothing is due for a check-in in this view."), 8000
            )

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) == "key_result":
            self.check_in()

    def _check_in_from_detail(self, _key_result_id: int) -> None:
        self.window.detail.commit_pending()
        self.check_in()

    def check_in(self) -> None:
        key = self.window.selected_key()
        if key is None or key[0] != "key_result":
            return
        from okrdesk.ui.dialogs.checkin import CheckInDialog

        CheckInDialog.ask(self.window, self.window.controller, key[1], author_id=self.window._me())

    def weekly_check_in(self) -> None:
        window = self.window
        if window.model.cycle is None:
            return
        from okrdesk.ui.dialogs.weekly import WeeklyCheckInDialog

        WeeklyCheckInDialog.ask(
            window, window.controller, owner_id=window._me(), cycle_id=window.model.cycle.id
        )
