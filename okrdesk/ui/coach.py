"""The coach in the window: the hints of the item being edited (CoachHints, in the detail pane), the user's
dismissals, and the View → Health… action (CoachMenu) that opens the Health view of the shown cycle.

Hints never block anything: they sit below the form, hidden while there is nothing to say. A dismissal is
the user's, per workspace and per (rule, item), kept in QSettings (keyed by a hash of the workspace's
resolved path, as settings.me_for), so dismissing works in read-only workspaces too and is never part of the
undo history. Every view of the dismissals follows `dismissals().changed`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.coach import Hint
from okrdesk.services import coach
from okrdesk.services.errors import OkrdeskError
from okrdesk.ui.coach_words import hint_text, why_text
from okrdesk.ui.controller import Change, Controller
from okrdesk.ui.dialogs.common import plural
from okrdesk.ui.settings import app_settings, workspace_key

if TYPE_CHECKING:
    from okrdesk.ui.main_window import MainWindow

PREVIEW_DELAY_MS = 250  # the hints follow what is typed once the typing pauses

# ---- dismissals -------------------------------------------------------------------------------------------


def _settings_key(workspace_path: str | os.PathLike[str]) -> str:
    return workspace_key("coach_dismissed", workspace_path)


def hint_id(hint: Hint) -> str:
    """What a dismissal remembers: the rule and the item ("output:key_result:12"); ids are never reused."""
    return f"{hint.rule.value}:{hint.kind}:{hint.item_id}"


class Dismissals(QObject):
    """The dismissed hints of each workspace (one instance per application: see `dismissals()`)."""

    changed = Signal(str)  # the settings key of the workspace whose dismissals changed

    def ids(self, workspace_path: str | os.PathLike[str]) -> set[str]:
        value = app_settings().value(_settings_key(workspace_path))
        if isinstance(value, str):  # INI files give a one-element list back as a plain string
            return {value} if value else set()
        if isinstance(value, list | tuple):
            return {str(v) for v in value if v}
        return set()

    def is_dismissed(self, workspace_path: str | os.PathLike[str], hint: Hint) -> bool:
        return hint_id(hint) in self.ids(workspace_path)

    def set_dismissed(
        self, workspace_path: str | os.PathLike[str], hints: Iterable[Hint], dismissed: bool = True
    ) -> None:
        """Dismisses (or brings back) hints; the views of this workspace follow at once."""
        key = _settings_key(workspace_path)
        ids = self.ids(workspace_path)
        changed = {hint_id(h) for h in hints}
        ids = ids | changed if dismissed else ids - changed
        settings = app_settings()
        if ids:
            settings.setValue(key, sorted(ids))
        else:
            settings.remove(key)
        settings.sync()
        self.changed.emit(key)

    def concerns(self, key: str, workspace_path: str | os.PathLike[str]) -> bool:
        return key == _settings_key(workspace_path)


_DISMISSALS: Dismissals | None = None


def dismissals() -> Dismissals:
    """The application's one Dismissals object."""
    global _DISMISSALS
    if _DISMISSALS is None:
        _DISMISSALS = Dismissals()
    return _DISMISSALS


# ---- the hints of one item ---------------------------------------------------------------------------------


class _HintRow(QWidget):
    """One hint: a marker, the words, "Why?" (shows the reason below) and "Dismiss"."""

    dismiss_requested = Signal(object)  # Hint

    def __init__(self, hint: Hint, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = hint
        text = hint_text(hint)
        marker = QLabel()
        marker.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(16))
        marker.setAccessibleName(self.tr("Hint"))
        marker.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.why_button = QPushButton(self.tr("Why?"))
        self.why_button.setCheckable(True)
        self.why_button.setFlat(True)
        self.why_button.setAccessibleName(self.tr("Why: {hint}").format(hint=text))
        self.why_button.setToolTip(self.tr("Show why the coach mentions this"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the hint: {hint}").format(hint=text))
        self.dismiss_button.setToolTip(
            self.tr("Hide this hint for this item (View → Health… brings it back)")
        )
        for button in (self.why_button, self.dismiss_button):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAutoDefault(False)
        self.why = QLabel(why_text(hint))
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.why.setWordWrap(True)
        self.why.setAccessibleName(self.tr("Why"))
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.why.setIndent(22)
        self.why.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(marker)
        top.addWidget(self.label, 1)
        top.addWidget(self.why_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(top)
        column.addWidget(self.why)
        self.why_button.toggled.connect(self._show_why)
        self.dismiss_button.clicked.connect(lambda: self.dismiss_requested.emit(self.hint))

    def _show_why(self, shown: bool) -> None:
        self.why.setVisible(shown)
        self.why_button.setText(self.tr("Hide why") if shown else self.tr("Why?"))


class CoachHints(QFrame):
    """The coach's hints about one item, each with its reason and a Dismiss button; hidden when none.

    show_item() reads the hints of an item; preview_title() judges a title while it is typed. With
    follow_changes the widget refreshes itself after every edit (the detail pane refreshes it instead).
    """

    def __init__(
        self, controller: Controller, parent: QWidget | None = None, *, follow_changes: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coachHints")
        self.controller = controller
        self.key: tuple[str, int] | None = None
        self.hints: list[Hint] = []
        self.rows: list[_HintRow] = []
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAccessibleName(self.tr("Coach hints"))
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addLayout(self.rows_layout)
        self.tab_after: QWidget | None = None  # the widget Tab goes from into the hints (the form's last)
        self._typed: str | None = None
        self._preview = QTimer(self)
        self._preview.setSingleShot(True)
        self._preview.setInterval(PREVIEW_DELAY_MS)
        self._preview.timeout.connect(self.apply_preview)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self._read)
        if follow_changes:
            controller.changed.connect(self._on_changed)
        dismissals().changed.connect(self._on_dismissals)
        self.hide()

    # ---- what is shown ----------------------------------------------------------------------------------

    def show_item(self, key: tuple[str, int] | None) -> None:
        """Shows the hints of an item (None: nothing); what was typed but not saved is forgotten.

        The hints are read once the event loop is idle: the form appears without waiting for the coach, and
        the burst of refreshes around an edit (the selection, then the change) costs one read."""
        if key != self.key:
            self.hints = []
            self._render()  # never the previous item's hints beside this one, not even for a moment
        self.key = key
        self._typed = None
        self._preview.stop()
        self._pending.start()

    def preview_title(self, text: str) -> None:
        """Judges a title being typed, once the typing pauses (PREVIEW_DELAY_MS)."""
        self._typed = text.strip()
        self._preview.start()

    def apply_preview(self) -> None:
        """Judges the typed title now (the end of the typing pause)."""
        self._preview.stop()
        self._read()

    @property
    def pending(self) -> bool:
        """True while a read of the hints is due (the next idle moment, or the end of a typing pause)."""
        return self._pending.isActive() or self._preview.isActive()

    def flush(self) -> None:
        """Reads the hints now if a read is due."""
        if self.pending:
            self._read()

    def visible_hints(self) -> list[Hint]:
        """The hints shown (those not dismissed)."""
        return [row.hint for row in self.rows]

    def _read(self) -> None:
        self._pending.stop()
        self._preview.stop()
        self.hints = []
        if self.key is not None:
            try:
                self.hints = coach.item_hints(self.controller.workspace, self.key, title=self._typed or None)
            except (
                OkrdeskError
            ):  # the item is gone or unreadable: the detail pane says so, the coach is quiet
                self.hints = []
        self._render()

    def _render(self) -> None:
        had_focus = QApplication.focusWidget()
        focused = had_focus is not None and self.isAncestorOf(had_focus)
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []
        dismissed = dismissals().ids(self.controller.workspace.path) if self.hints else set()
        for hint in self.hints:
            if hint_id(hint) in dismissed:
                continue
            row = _HintRow(hint, self)
            row.dismiss_requested.connect(self._dismiss)
            self.rows_layout.addWidget(row)
            row.show()  # at once: a layout would show it only after the event loop ran
            self.rows.append(row)
        previous = self.tab_after
        for row in self.rows:  # rows made later would otherwise come last in the window's tab order
            for button in (row.why_button, row.dismiss_button):
                if previous is not None:
                    QWidget.setTabOrder(previous, button)
                previous = button
        self.heading.setText(plural(len(self.rows), self.tr("Coach: %n hint"), self.tr("Coach: %n hints")))
        self.setVisible(bool(self.rows))
        if focused and self.rows:
            self.rows[0].dismiss_button.setFocus()

    def _dismiss(self, hint: Hint) -> None:
        dismissals().set_dismissed(self.controller.workspace.path, [hint])

    def _on_dismissals(self, key: str) -> None:
        if dismissals().concerns(key, self.controller.workspace.path):
            self._render()

    def _on_changed(self, _change: Change) -> None:
        if self.key is not None:
            self._pending.start()


# ---- the menu ----------------------------------------------------------------------------------------------


class CoachMenu(QObject):
    """View → Health… (Ctrl+Shift+H): the Health view of the window's shown cycle, following the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view = None
        self.health_action = window._action(
            self.tr("&Health…"),
            self.show_health,
            QKeySequence("Ctrl+Shift+H"),
            self.tr("List the coach's hints about the OKRs of the shown cycle"),
        )
        menu = getattr(window, "view_menu", None)
        if menu is None:
            menu = next(
                (
                    a.menu()
                    for a in window.menuBar().actions()
                    if a.menu() and a.text().replace("&", "") == "View"
                ),
                None,
            )
        if menu is None:
            menu = window.menuBar().addMenu(self.tr("&View"))
        menu.addAction(self.health_action)
        window.model.modelReset.connect(self._follow_cycle)
        window.workspace_replaced.connect(self._follow_cycle)
        self._follow_cycle()

    def _cycle_id(self) -> int | None:
        cycle = self.window.model.cycle
        return None if cycle is None else cycle.id

    def _follow_cycle(self) -> None:
        cycle_id = self._cycle_id()
        self.health_action.setEnabled(cycle_id is not None)
        if self.view is not None and self.view.isVisible() and cycle_id is not None:
            self.view.set_cycle(cycle_id)

    def show_health(self) -> None:
        cycle_id = self._cycle_id()
        if cycle_id is None:
            return
        from okrdesk.ui.health_view import HealthView

        view = HealthView.show_for(self.window, self.window.controller, cycle_id)
        if view is not self.view:
            self.view = view
            view.item_chosen.connect(self._go_to)

    def _go_to(self, key: tuple[str, int]) -> None:
        self.window.select(key)
        if self.window.selected_key() != key:
            self.window.statusBar().showMessage(
                self.tr("That item is hidden by the search or the owner filter; clear them to see it."), 8000
            )
            return
        self.window.activateWindow()
        self.window.raise_()
        self.window.tree.setFocus()
