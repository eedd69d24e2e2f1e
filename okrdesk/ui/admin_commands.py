"""Undoable edits of people, teams and cycles (the counterpart of ui/commands.py for administration).

As in ui/commands.py, the first perform() creates; a redo after an undo restores the same item with the same
id from the snapshot the undo took, so later commands on the stack that name that id keep working.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from okrdesk.domain.model import Cycle, OwnerKind
from okrdesk.services.admin import DeletedOwner, delete_owner_with_snapshot, restore_cycle, restore_owner
from okrdesk.ui.controller import Change, Controller, EditCommand

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")

OWNERS_CHANGED = Change(owners=True)
CYCLES_CHANGED = Change(cycles=True)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class AddOwner(EditCommand):
    """Adds a person or a team; `owner_id` is known after the first perform()."""

    def __init__(self, controller: Controller, kind: OwnerKind, name: str, **fields: Any) -> None:
        what = (
            translate("AdminCommands", "Add person '{name}'")
            if kind == OwnerKind.PERSON
            else translate("AdminCommands", "Add team '{name}'")
        )
        super().__init__(controller, what.format(name=_short(name)))
        self.kind, self.name, self.fields = kind, name, fields
        self.owner_id: int | None = None
        self.deleted: DeletedOwner | None = None

    def perform(self) -> Change:
        if self.deleted is None:
            self.owner_id = self.workspace.add_owner(self.kind, self.name, **self.fields).id
        else:
            restore_owner(self.workspace, self.deleted)
        return OWNERS_CHANGED

    def revert(self) -> Change:
        assert self.owner_id is not None
        self.deleted = delete_owner_with_snapshot(self.workspace, self.owner_id)
        return OWNERS_CHANGED


class EditOwner(EditCommand):
    """Changes the name, e-mail or team (parent_id) of a person or team."""

    def __init__(self, controller: Controller, owner_id: int, **changes: Any) -> None:
        current = next((o for o in controller.workspace.owners() if o.id == owner_id), None)
        name = current.name if current else "?"
        if set(changes) == {"name"}:
            text = translate("AdminCommands", "Rename '{name}'")
        elif set(changes) == {"parent_id"}:
            text = translate("AdminCommands", "Move '{name}' to another team")
        else:
            text = translate("AdminCommands", "Change '{name}'")
        super().__init__(controller, text.format(name=_short(name)))
        self.owner_id = owner_id
        self.new = dict(changes)
        self.old = {key: getattr(current, key) for key in changes} if current else {}

    def perform(self) -> Change:
        self.workspace.update_owner(self.owner_id, **self.new)
        return OWNERS_CHANGED

    def revert(self) -> Change:
        self.workspace.update_owner(self.owner_id, **self.old)
        return OWNERS_CHANGED


class DeleteOwner(EditCommand):
    """Deletes a person or team; undo puts back the owner, its ownerships and its members."""

    def __init__(self, controller: Controller, owner_id: int) -> None:
        current = next((o for o in controller.workspace.owners() if o.id == owner_id), None)
        name = current.name if current else "?"
        super().__init__(controller, translate("AdminCommands", "Delete '{name}'").format(name=_short(name)))
        self.owner_id = owner_id
        self.deleted: DeletedOwner | None = None

    def perform(self) -> Change:
        self.deleted = delete_owner_with_snapshot(self.workspace, self.owner_id)
        # Objectives and key results lost their owner: the tree must redraw them too.
        return Change(owners=True, objectives=self.deleted.objectives, key_results=self.deleted.key_results)

    def revert(self) -> Change:
        assert self.deleted is not None
        restore_owner(self.workspace, self.deleted)
        return Change(owners=True, objectives=self.deleted.objectives, key_results=self.deleted.key_results)


class AddCycle(EditCommand):
    """Adds a cycle; `cycle_id` is known after the first perform()."""

    def __init__(self, controller: Controller, name: str, start: date, end: date, state: str) -> None:
        super().__init__(
            controller, translate("AdminCommands", "Add cycle '{name}'").format(name=_short(name))
        )
        self.name, self.start, self.end, self.state = name, start, end, state
        self.cycle_id: int | None = None
        self.deleted: Cycle | None = None

    def perform(self) -> Change:
        if self.deleted is None:
            self.cycle_id = self.workspace.add_cycle(self.name, self.start, self.end, self.state).id
        else:
            restore_cycle(self.workspace, self.deleted)
        return CYCLES_CHANGED

    def revert(self) -> Change:
        assert self.cycle_id is not None
        self.deleted = self.workspace.delete_cycle(self.cycle_id)
        return CYCLES_CHANGED


class EditCycle(EditCommand):
    """Changes the name, dates or state of a cycle."""

    def __init__(self, controller: Controller, cycle_id: int, **changes: Any) -> None:
        current = controller.workspace.cycle(cycle_id)
        if set(changes) == {"name"}:
            text = translate("AdminCommands", "Rename cycle '{name}'")
        elif set(changes) == {"state"}:
            text = translate("AdminCommands", "Change the state of '{name}'")
        else:
            text = translate("AdminCommands", "Change cycle '{name}'")
        super().__init__(controller, text.format(name=_short(current.name)))
        self.cycle_id = cycle_id
        self.new = dict(changes)
        self.old = {key: getattr(current, key) for key in changes}

    def perform(self) -> Change:
        self.workspace.update_cycle(self.cycle_id, **self.new)
        return CYCLES_CHANGED

    def revert(self) -> Change:
        self.workspace.update_cycle(self.cycle_id, **self.old)
        return CYCLES_CHANGED


class DeleteCycle(EditCommand):
    """Deletes an empty cycle (the service refuses one that holds objectives)."""

    def __init__(self, controller: Controller, cycle_id: int) -> None:
        current = controller.workspace.cycle(cycle_id)
        super().__init__(
            controller, translate("AdminCommands", "Delete cycle '{name}'").format(name=_short(current.name))
        )
        self.cycle_id = cycle_id
        self.deleted: Cycle | None = None

    def perform(self) -> Change:
        self.deleted = self.workspace.delete_cycle(self.cycle_id)
        return CYCLES_CHANGED

    def revert(self) -> Change:
        assert self.deleted is not None
        restore_cycle(self.workspace, self.deleted)
        return CYCLES_CHANGED
