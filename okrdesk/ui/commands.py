"""Undoable edits of objectives and key results. Each calls a service, then says what changed.

The first perform() creates; a redo after an undo restores the same item with the same id (from the snapshot
the undo took), so later commands on the stack that name that id keep working.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from okrdesk.domain.model import DeletedKeyResult, DeletedObjective
from okrdesk.ui.controller import Change, Controller, EditCommand


def short_title(title: str, limit: int = 40) -> str:
    """A title on one line, cut to fit an undo step's name."""
    title = " ".join(title.split())
    return title if len(title) <= limit else title[: limit - 1] + "…"


translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def _field_names(changes: dict[str, Any]) -> str:
    """The changed fields as the undo step names them ("title, owner")."""
    labels = {
        "title": translate("Commands", "title"),
        "description": translate("Commands", "description"),
        "owner_id": translate("Commands", "owner"),
        "kind": translate("Commands", "kind"),
        "state": translate("Commands", "state"),
        "cycle_id": translate("Commands", "cycle"),
        "parent_id": translate("Commands", "alignment"),
        "progress_source": translate("Commands", "progress source"),
        "kr_type": translate("Commands", "type"),
        "start": translate("Commands", "start"),
        "target": translate("Commands", "target"),
        "unit": translate("Commands", "unit"),
        "weight": translate("Commands", "weight"),
        "current": translate("Commands", "current value"),
        "decimals": translate("Commands", "decimals"),
    }
    names = [labels.get(key, key.replace("_id", "").replace("kr_", "").replace("_", " ")) for key in changes]
    return translate("Commands", ", ").join(names)


class AddObjective(EditCommand):
    structural = True

    def __init__(self, controller: Controller, cycle_id: int, title: str, **fields: Any) -> None:
        super().__init__(
            controller, translate("Commands", "Add objective '{title}'").format(title=short_title(title))
        )
        self.cycle_id, self.title, self.fields = cycle_id, title, fields
        self.deleted: DeletedObjective | None = None
        self.objective_id: int | None = None

    def perform(self) -> Change:
        if self.deleted is None:
            self.objective_id = self.workspace.add_objective(self.cycle_id, self.title, **self.fields).id
        else:
            self.workspace.restore_objective(self.deleted)
        assert self.objective_id is not None
        return Change(objectives=(self.objective_id,), select=("objective", self.objective_id))

    def revert(self) -> Change:
        assert self.objective_id is not None
        self.deleted = self.workspace.delete_objective(self.objective_id)
        return Change(objectives=(self.objective_id, *self.deleted.unaligned_children))


class AddKeyResult(EditCommand):
    structural = True

    def __init__(self, controller: Controller, objective_id: int, title: str, **fields: Any) -> None:
        super().__init__(
            controller, translate("Commands", "Add key result '{title}'").format(title=short_title(title))
        )
        self.objective_id, self.title, self.fields = objective_id, title, fields
        self.deleted: DeletedKeyResult | None = None
        self.key_result_id: int | None = None

    def perform(self) -> Change:
        if self.deleted is None:
            self.key_result_id = self.workspace.add_key_result(
                self.objective_id, self.title, **self.fields
            ).id
        else:
            self.workspace.restore_key_result(self.deleted)
        assert self.key_result_id is not None
        return Change(key_results=(self.key_result_id,), select=("key_result", self.key_result_id))

    def revert(self) -> Change:
        assert self.key_result_id is not None
        self.deleted = self.workspace.delete_key_result(self.key_result_id)
        return Change(key_results=(self.key_result_id,), select=("objective", self.objective_id))


class EditObjective(EditCommand):
    """Changes fields of an objective (each finished field in the detail pane is one undo step)."""

    def __init__(self, controller: Controller, objective_id: int, **changes: Any) -> None:
        current = controller.workspace.objective(objective_id)
        self.objective_id = objective_id
        self.new = dict(changes)
        self.old = {key: getattr(current, key) for key in changes}
        text = translate("Commands", "Change {fields} of '{title}'").format(
            fields=_field_names(changes), title=short_title(current.title)
        )
        super().__init__(controller, text)
        self.structural = "cycle_id" in changes

    def perform(self) -> Change:
        self.workspace.update_objective(self.objective_id, **self.new)
        return Change(objectives=(self.objective_id,))

    def revert(self) -> Change:
        self.workspace.update_objective(self.objective_id, **self.old)
        return Change(objectives=(self.objective_id,), select=("objective", self.objective_id))


class EditKeyResult(EditCommand):
    def __init__(self, controller: Controller, key_result_id: int, **changes: Any) -> None:
        current = controller.workspace.key_result(key_result_id)
        self.key_result_id = key_result_id
        self.new = dict(changes)
        self.old = {key: getattr(current, key) for key in changes}
        text = translate("Commands", "Change {fields} of '{title}'").format(
            fields=_field_names(changes), title=short_title(current.title)
        )
        super().__init__(controller, text)

    def perform(self) -> Change:
        self.workspace.update_key_result(self.key_result_id, **self.new)
        return Change(key_results=(self.key_result_id,))

    def revert(self) -> Change:
        self.workspace.update_key_result(self.key_result_id, **self.old)
        return Change(key_results=(self.key_result_id,), select=("key_result", self.key_result_id))


class DeleteObjective(EditCommand):
    structural = True

    def __init__(self, controller: Controller, objective_id: int) -> None:
        title = controller.workspace.objective(objective_id).title
        super().__init__(
            controller, translate("Commands", "Delete objective '{title}'").format(title=short_title(title))
        )
        self.objective_id = objective_id
        self.deleted: DeletedObjective | None = None

    def perform(self) -> Change:
        self.deleted = self.workspace.delete_objective(self.objective_id)
        return Change(objectives=(self.objective_id, *self.deleted.unaligned_children))

    def revert(self) -> Change:
        assert self.deleted is not None
        self.workspace.restore_objective(self.deleted)
        return Change(
            objectives=(self.objective_id, *self.deleted.unaligned_children),
            select=("objective", self.objective_id),
        )


class DeleteKeyResult(EditCommand):
    structural = True

    def __init__(self, controller: Controller, key_result_id: int) -> None:
        title = controller.workspace.key_result(key_result_id).title
        super().__init__(
            controller, translate("Commands", "Delete key result '{title}'").format(title=short_title(title))
        )
        self.key_result_id = key_result_id
        self.deleted: DeletedKeyResult | None = None

    def perform(self) -> Change:
        self.deleted = self.workspace.delete_key_result(self.key_result_id)
        return Change(key_results=(self.key_result_id,))

    def revert(self) -> Change:
        assert self.deleted is not None
        self.workspace.restore_key_result(self.deleted)
        return Change(key_results=(self.key_result_id,), select=("key_result", self.key_result_id))


class MoveObjective(EditCommand):
    """Re-aligns an objective (new parent) and/or moves it among its siblings."""

    structural = True

    def __init__(
        self,
        controller: Controller,
        objective_id: int,
        parent_id: int | None,
        index: int | None,
        text: str = "",
    ) -> None:
        current = controller.workspace.objective(objective_id)
        super().__init__(
            controller,
            text
            or translate("Commands", "Move objective '{title}'").format(title=short_title(current.title)),
        )
        self.objective_id = objective_id
        self.new = (parent_id, index)
        self.old = (current.parent_id, current.position)

    def perform(self) -> Change:
        self.workspace.move_objective(self.objective_id, *self.new)
        return Change(objectives=(self.objective_id,), select=("objective", self.objective_id))

    def revert(self) -> Change:
        self.workspace.move_objective(self.objective_id, *self.old)
        return Change(objectives=(self.objective_id,), select=("objective", self.objective_id))


class MoveKeyResult(EditCommand):
    structural = True

    def __init__(
        self, controller: Controller, key_result_id: int, objective_id: int, index: int | None
    ) -> None:
        current = controller.workspace.key_result(key_result_id)
        super().__init__(
            controller,
            translate("Commands", "Move key result '{title}'").format(title=short_title(current.title)),
        )
        self.key_result_id = key_result_id
        self.new = (objective_id, index)
        self.old = (current.objective_id, current.position)

    def perform(self) -> Change:
        self.workspace.move_key_result(self.key_result_id, *self.new)
        return Change(key_results=(self.key_result_id,), select=("key_result", self.key_result_id))

    def revert(self) -> Change:
        self.workspace.move_key_result(self.key_result_id, *self.old)
        return Change(key_results=(self.key_result_id,), select=("key_result", self.key_result_id))


class CallCommand(EditCommand):
    """A generic undoable edit from two callables (for people, teams and cycles)."""

    def __init__(self, controller: Controller, text: str, do: Any, undo: Any, change: Change) -> None:
        super().__init__(controller, text)
        self._do, self._undo, self._change = do, undo, change

    def perform(self) -> Change:
        self._do()
        return self._change

    def revert(self) -> Change:
        self._undo()
        return self._change
