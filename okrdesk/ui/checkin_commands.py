"""Undoable check-in edits: record (one or a weekly round), correct and delete.

Each is one undo step whatever it touches: a weekly round of ten check-ins is recorded in one transaction
and undone as one step. Undo of a recording deletes exactly the check-ins it created (by id); redo puts
those same check-ins back, ids included, so history views and later commands keep pointing at them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from okrdesk.domain.model import CheckIn
from okrdesk.ui.commands import short_title
from okrdesk.ui.controller import Change, Controller, EditCommand

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def _change(check_ins: list[CheckIn], select: bool = False) -> Change:
    kr_ids = tuple(dict.fromkeys(c.key_result_id for c in check_ins))
    chosen = ("key_result", kr_ids[0]) if select and len(kr_ids) == 1 else None
    return Change(key_results=kr_ids, select=chosen, extra={"check_ins": True})


class RecordCheckIns(EditCommand):
    """Records check-ins: one from the check-in dialog, or a whole weekly round."""

    def __init__(
        self, controller: Controller, entries: list[tuple[int, dict[str, Any]]], title: str = ""
    ) -> None:
        if len(entries) == 1:
            text = (
                translate("CheckInCommands", "Check in on “{title}”").format(title=short_title(title))
                if title
                else ""
            )
            text = text or translate("CheckInCommands", "Check-in")
        else:
            text = translate("CheckInCommands", "Weekly check-in ({count} key results)").format(
                count=len(entries)
            )
        super().__init__(controller, text)
        self.entries = entries
        self.recorded: list[CheckIn] = []

    def perform(self) -> Change:
        if self.recorded:  # redo: the same check-ins, ids included
            self.workspace.restore_check_ins(self.recorded)
        else:
            self.recorded = self.workspace.record_check_ins(self.entries)
        return _change(self.recorded)

    def revert(self) -> Change:
        self.workspace.delete_check_ins([c.id for c in self.recorded])
        return _change(self.recorded)


class EditCheckIn(EditCommand):
    """Corrects a check-in's value, confidence, note or date."""

    def __init__(self, controller: Controller, check_in_id: int, **changes: Any) -> None:
        super().__init__(controller, translate("CheckInCommands", "Correct a check-in"))
        self.check_in_id = check_in_id
        self.changes = changes
        before = controller.workspace.check_in(check_in_id)
        self.before = {name: getattr(before, name) for name in changes}

    def perform(self) -> Change:
        return _change([self.workspace.update_check_in(self.check_in_id, **self.changes)])

    def revert(self) -> Change:
        return _change([self.workspace.update_check_in(self.check_in_id, **self.before)])


class DeleteCheckIns(EditCommand):
    """Deletes check-ins recorded by mistake."""

    def __init__(self, controller: Controller, check_in_ids: list[int]) -> None:
        text = (
            translate("CheckInCommands", "Delete a check-in")
            if len(check_in_ids) == 1
            else translate("CheckInCommands", "Delete {count} check-ins").format(count=len(check_in_ids))
        )
        super().__init__(controller, text)
        self.check_in_ids = list(check_in_ids)
        self.deleted: list[CheckIn] = []

    def perform(self) -> Change:
        self.deleted = self.workspace.delete_check_ins(self.check_in_ids)
        return _change(self.deleted)

    def revert(self) -> Change:
        self.workspace.restore_check_ins(self.deleted)
        return _change(self.deleted)
