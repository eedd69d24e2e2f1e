"""Inserting a template: an objective and its key results as one undoable step.

The service writes the objective and each key result in transactions of their own, so the first run puts
them in one after the other and, when any of them is refused (a read-only workspace, a rule), deletes what
it already wrote before passing the refusal on: nothing is left half-inserted. Undo deletes the objective
(its key results go with it); redo restores that snapshot in one transaction, with the same ids.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from okrdesk.domain.model import DeletedObjective, ObjectiveKind
from okrdesk.domain.templates import KeyResultDraft
from okrdesk.services.errors import OkrdeskError
from okrdesk.ui.commands import short_title
from okrdesk.ui.controller import Change, Controller, EditCommand


class InsertFromTemplate(EditCommand):
    """Adds an objective with its key results to a cycle; undo removes all of it."""

    structural = True

    def __init__(
        self,
        controller: Controller,
        cycle_id: int,
        title: str,
        key_results: Sequence[KeyResultDraft],
        *,
        kind: ObjectiveKind = ObjectiveKind.COMMITTED,
        owner_id: int | None = None,
        parent_id: int | None = None,
    ) -> None:
        text = QCoreApplication.translate("Templates", "Insert “{title}” from a template")
        super().__init__(controller, text.format(title=short_title(title)))
        self.cycle_id, self.title, self.key_results = cycle_id, title, tuple(key_results)
        self.kind, self.owner_id, self.parent_id = kind, owner_id, parent_id
        self.objective_id: int | None = None
        self.key_result_ids: tuple[int, ...] = ()
        self.deleted: DeletedObjective | None = None

    def perform(self) -> Change:
        if self.deleted is not None:
            self.workspace.restore_objective(self.deleted)
        else:
            self._insert()
        assert self.objective_id is not None
        return Change(
            objectives=(self.objective_id,),
            key_results=self.key_result_ids,
            select=("objective", self.objective_id),
        )

    def _insert(self) -> None:
        objective = self.workspace.add_objective(
            self.cycle_id,
            self.title,
            kind=self.kind.value,
            owner_id=self.owner_id,
            parent_id=self.parent_id,
        )
        added: list[int] = []
        try:
            for draft in self.key_results:
                kr = self.workspace.add_key_result(
                    objective.id,
                    draft.title,
                    kr_type=draft.kr_type.value,
                    start=draft.start,
                    target=draft.target,
                    unit=draft.unit,
                )
                added.append(kr.id)
        except BaseException:
            # Take back the objective (and the key results already under it), then report the refusal.
            with contextlib.suppress(OkrdeskError):
                self.workspace.delete_objective(objective.id)
            raise
        self.objective_id, self.key_result_ids = objective.id, tuple(added)

    def revert(self) -> Change:
        assert self.objective_id is not None
        self.deleted = self.workspace.delete_objective(self.objective_id)
        return Change(objectives=(self.objective_id, *self.deleted.unaligned_children))
