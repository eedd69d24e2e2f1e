"""The retrospective side of the main window: the Review menu with the cycle retrospective wizard and the
view of a cycle's stored retrospective (read-only, with Edit to reopen it in the wizard).

The wizard and the view are imported when first used, so neither costs start-up time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from okrdesk.ui.controller import Change

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")

if TYPE_CHECKING:
    from okrdesk.ui.main_window import MainWindow


class RetroMenu(QObject):
    """Builds the Review menu of a main window and opens the wizard and the view (a child of the window)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.wizard_action = window._action(
            translate("RetroMenu", "Cycle &retrospective…"),
            self.run_wizard,
            QKeySequence("Ctrl+Shift+R"),
            translate("RetroMenu", "Score, reflect and carry over at the end of the shown cycle"),
        )
        self.view_action = window._action(
            translate("RetroMenu", "&Show retrospective"),
            self.show_view,
            QKeySequence("Ctrl+Alt+R"),
            translate("RetroMenu", "Read the stored retrospective of the shown cycle"),
        )
        menu = QMenu(translate("RetroMenu", "&Review"), window)
        window.menuBar().insertMenu(window.menuBar().actions()[-1], menu)  # before Help, which stays last
        menu.addAction(self.wizard_action)
        menu.addAction(self.view_action)
        window.toolbar.addAction(self.wizard_action)
        window.controller.changed.connect(self._on_changed)
        window.model.modelReset.connect(self.update)
        window.workspace_replaced.connect(self.update)
        self.update()

    def _cycle_id(self) -> int | None:
        cycle = self.window.model.cycle
        return None if cycle is None else cycle.id

    def update(self) -> None:
        """Enables the actions for the shown cycle (the view only when the cycle has a retrospective)."""
        cycle_id = self._cycle_id()
        self.wizard_action.setEnabled(cycle_id is not None)
        has_one = cycle_id is not None and self.window.workspace.has_retrospective(cycle_id)
        self.view_action.setEnabled(has_one)
        if cycle_id is not None:
            name = self.window.model.cycle.name if self.window.model.cycle else ""
            self.wizard_action.setText(translate("RetroMenu", "Retrospective of {cycle}…").format(cycle=name))
            self.wizard_action.setIconText(
                translate("RetroMenu", "Retrospective")
            )  # the toolbar keeps it short

    def _on_changed(self, change: Change) -> None:
        if change.reload or change.rebuild or change.cycles:
            self.update()

    def run_wizard(self, cycle_id: int | None = None) -> None:
        cycle_id = cycle_id if cycle_id is not None else self._cycle_id()
        if cycle_id is None:
            return
        from okrdesk.ui.retro.wizard import RetroWizard

        stored = RetroWizard.ask(self.window, self.window.controller, cycle_id)
        if stored is not None:
            self.update()
            self.window.statusBar().showMessage(
                translate(
                    "RetroMenu", "The retrospective is saved; a backup of the workspace was made first."
                ),
                8000,
            )
            self.show_view(cycle_id)

    def show_view(self, cycle_id: int | None = None) -> None:
        cycle_id = cycle_id if cycle_id is not None else self._cycle_id()
        if cycle_id is None:
            return
        from okrdesk.ui.retro_view import RetrospectiveView

        view = RetrospectiveView.show_for(self.window, self.window.controller, cycle_id)
        if not getattr(view, "_edit_connected", False):
            view.edit_requested.connect(self._edit_from_view)
            view._edit_connected = True  # type: ignore[attr-defined]

    def _edit_from_view(self, cycle_id: int) -> None:
        self.run_wizard(cycle_id)
