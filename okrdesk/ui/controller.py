"""The controller: the open workspace, its undo stack, and the signal views follow after every edit.

Every edit is a QUndoCommand (ui/commands.py). The controller performs a command's first run itself so
that a refused edit (a validation error, a vanished item) is reported and never lands on the undo stack.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from okrdesk.services.errors import OkrdeskError
from okrdesk.services.workspace import Workspace
from okrdesk.ui.messages import text


@dataclass(frozen=True)
class Change:
    """What an edit touched, so views update just those items (reload: everything)."""

    objectives: tuple[int, ...] = ()
    key_results: tuple[int, ...] = ()
    owners: bool = False
    cycles: bool = False
    reload: bool = False
    rebuild: bool = False  # re-read the tree of the shown cycle (structure replayed from history)
    select: tuple[str, int] | None = None  # ("objective" | "key_result", id) to select afterwards
    extra: dict[str, object] = field(default_factory=dict)

    def touches(self, key: tuple[str, int], key_result_ids: set[int] | frozenset[int] = frozenset()) -> bool:
        """True when the change may alter what a view of `key` shows (an objective's view also names the
        ids of its key results)."""
        kind, item_id = key
        return (
            self.reload
            or self.rebuild
            or bool(key_result_ids.intersection(self.key_results))
            or (kind == "key_result" and item_id in self.key_results)
            or (kind == "objective" and item_id in self.objectives)
        )


class Controller(QObject):
    """Holds the workspace and its undo stack; emits `changed` after every edit, undo and redo."""

    changed = Signal(object)  # Change
    failed = Signal(str)  # a message for the user

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)

    def execute(self, command: EditCommand) -> bool:
        """Runs the command once; pushes it on the undo stack only when it succeeded, else emits `failed`."""
        refusal = self.try_execute(command)
        if refusal is not None:
            self.failed.emit(refusal)
        return refusal is None

    def try_execute(self, command: EditCommand) -> str | None:
        """Like execute(), but returns the refusal message (None on success) for a dialog to show inline."""
        try:
            change = command.perform()  # type: ignore[attr-defined]
        except OkrdeskError as exc:
            return text(exc) or self.tr("The change was refused.")
        command.mark_performed()
        self.undo_stack.push(command)
        self.changed.emit(change)
        return None

    def report(self, change: Change) -> None:
        self.changed.emit(change)

    def fail_in_history(self, exc: OkrdeskError) -> None:
        """An undo or redo could not be applied (the file changed under us): say so and start afresh."""
        self.failed.emit(
            self.tr("That step could not be undone or redone: {reason}").format(reason=text(exc))
        )
        # Not now: this runs inside the stack's own undo()/redo() call.
        QTimer.singleShot(0, self.undo_stack.clear)
        self.changed.emit(Change(reload=True, owners=True, cycles=True))


class EditCommand(QUndoCommand):
    """An undoable edit. Subclasses define perform() and revert(), each returning the Change it made."""

    def __init__(self, controller: Controller, text: str) -> None:
        super().__init__(text)
        # Weakly: the undo stack (a child of the controller) owns its commands, and a strong reference back
        # would make a reference cycle through C++ ownership that the garbage collector tears apart in any
        # order, deleting the commands twice (a crash, seen in the tests).
        self._controller = weakref.ref(controller)
        self.workspace = controller.workspace
        self._skip_redo = False

    @property
    def controller(self) -> Controller:
        controller = self._controller()
        if controller is None:  # the window and its undo stack are gone; nothing can replay this step
            raise RuntimeError("the controller of this edit no longer exists")
        return controller

    #: Adds, deletes and moves: replayed from history (undo, redo), the tree is re-read rather than patched,
    #: since the rows around the item may have changed in between. Field edits stay incremental.
    structural = False

    def _replayed(self, change: Change) -> Change:
        return replace(change, rebuild=True) if self.structural else change

    def mark_performed(self) -> None:
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:  # QUndoStack.push() calls redo(); the controller already ran it.
            self._skip_redo = False
            return
        try:
            change = self.perform()  # type: ignore[attr-defined]
        except OkrdeskError as exc:
            self.controller.fail_in_history(exc)
            return
        self.controller.report(self._replayed(change))

    def undo(self) -> None:
        try:
            change = self.revert()  # type: ignore[attr-defined]
        except OkrdeskError as exc:
            self.controller.fail_in_history(exc)
            return
        self.controller.report(self._replayed(change))
