"""Administration of people, teams and cycles beyond plain edits: deletions that can be undone exactly.

Deleting a person or team leaves what they owned without an owner (the objectives, key results and check-ins
stay) and moves their members up one level, as Editor.delete_owner does. delete_owner_with_snapshot records
every row it touched, so restore_owner puts the owner back with the same id and re-links exactly those rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Select, delete, func, select, update
from sqlalchemy.orm import Session

from okrdesk.domain.model import Cycle, Owner, OwnerKind
from okrdesk.services.errors import NotFoundError, ValidationError, WorkspaceError
from okrdesk.store.schema import (
    CheckInRow,
    CycleRow,
    KeyResultRow,
    ObjectiveRow,
    OwnerRow,
    RetroDevelopmentNeedRow,
)

if TYPE_CHECKING:
    from okrdesk.services.workspace import Workspace


@dataclass(frozen=True, slots=True)
class DevelopmentNeed:
    """A retrospective's development need of a person (deleted with the person, so kept to restore it)."""

    id: int
    retrospective_id: int
    need: str


@dataclass(frozen=True, slots=True)
class DeletedOwner:
    """Everything the deletion of a person or team removed or changed, enough to put it back exactly."""

    owner: Owner
    objectives: tuple[int, ...] = ()  # objectives it owned
    key_results: tuple[int, ...] = ()  # key results it owned
    check_ins: tuple[int, ...] = ()  # check-ins it wrote
    members: tuple[int, ...] = ()  # people and teams whose parent it was
    development_needs: tuple[DevelopmentNeed, ...] = ()


def _ids(session: Session, query: Select[int]) -> tuple[int, ...]:
    return tuple(sorted(int(i) for i in session.scalars(query)))


def owner_usage(workspace: Workspace, owner_id: int) -> dict[str, int]:
    """What refers to an owner: counts of objectives, key results, check-ins and members."""
    conn = workspace.conn
    queries = {
        "objectives": "SELECT COUNT(*) FROM objectives WHERE owner_id = ?",
        "key_results": "SELECT COUNT(*) FROM key_results WHERE owner_id = ?",
        "check_ins": "SELECT COUNT(*) FROM check_ins WHERE author_id = ?",
        "members": "SELECT COUNT(*) FROM owners WHERE parent_id = ?",
    }
    return {key: int(conn.execute(sql, (owner_id,)).fetchone()[0]) for key, sql in queries.items()}


def delete_owner_with_snapshot(workspace: Workspace, owner_id: int) -> DeletedOwner:
    """Deletes a person or team and returns what restore_owner needs to undo it.

    Owned objectives and key results lose their owner, check-ins their author; members move to the deleted
    owner's own parent (or to the top level).
    """
    with workspace.editor().session() as session:
        row = session.get(OwnerRow, owner_id)
        if row is None:
            raise NotFoundError("That person or team no longer exists (it may have been deleted).")
        owner = Owner(row.id, OwnerKind(row.kind), row.name, row.parent_id, row.email, row.position)

        snapshot = DeletedOwner(
            owner=owner,
            objectives=_ids(session, select(ObjectiveRow.id).where(ObjectiveRow.owner_id == owner_id)),
            key_results=_ids(session, select(KeyResultRow.id).where(KeyResultRow.owner_id == owner_id)),
            check_ins=_ids(session, select(CheckInRow.id).where(CheckInRow.author_id == owner_id)),
            members=_ids(session, select(OwnerRow.id).where(OwnerRow.parent_id == owner_id)),
            development_needs=tuple(
                DevelopmentNeed(n.id, n.retrospective_id, n.need)
                for n in session.scalars(
                    select(RetroDevelopmentNeedRow).where(RetroDevelopmentNeedRow.person_id == owner_id)
                )
            ),
        )
        # Explicit rather than relying on ON DELETE SET NULL, so the result does not depend on the pragma.
        session.execute(update(ObjectiveRow).where(ObjectiveRow.owner_id == owner_id).values(owner_id=None))
        session.execute(update(KeyResultRow).where(KeyResultRow.owner_id == owner_id).values(owner_id=None))
        session.execute(update(CheckInRow).where(CheckInRow.author_id == owner_id).values(author_id=None))
        session.execute(
            update(OwnerRow).where(OwnerRow.parent_id == owner_id).values(parent_id=owner.parent_id)
        )
        session.execute(delete(RetroDevelopmentNeedRow).where(RetroDevelopmentNeedRow.person_id == owner_id))
        session.flush()
        session.delete(row)
        return snapshot


def restore_owner(workspace: Workspace, snapshot: DeletedOwner) -> Owner:
    """Puts back a deleted person or team with the same id, and re-links what delete_owner_with_snapshot
    unlinked (rows deleted meanwhile are skipped)."""
    owner = snapshot.owner
    with workspace.editor().session() as session:
        if session.get(OwnerRow, owner.id) is not None:
            raise WorkspaceError("That person or team exists already; it cannot be restored twice.")
        parent_id = owner.parent_id if owner.parent_id and session.get(OwnerRow, owner.parent_id) else None
        session.add(
            OwnerRow(
                id=owner.id,
                kind=owner.kind.value,
                name=owner.name,
                parent_id=parent_id,
                email=owner.email,
                position=owner.position,
            )
        )
        session.flush()
        if snapshot.objectives:
            session.execute(
                update(ObjectiveRow).where(ObjectiveRow.id.in_(snapshot.objectives)).values(owner_id=owner.id)
            )
        if snapshot.key_results:
            session.execute(
                update(KeyResultRow)
                .where(KeyResultRow.id.in_(snapshot.key_results))
                .values(owner_id=owner.id)
            )
        if snapshot.check_ins:
            session.execute(
                update(CheckInRow).where(CheckInRow.id.in_(snapshot.check_ins)).values(author_id=owner.id)
            )
        if snapshot.members:
            session.execute(
                update(OwnerRow).where(OwnerRow.id.in_(snapshot.members)).values(parent_id=owner.id)
            )
        for need in snapshot.development_needs:
            if session.get(RetroDevelopmentNeedRow, need.id) is None:
                session.add(
                    RetroDevelopmentNeedRow(
                        id=need.id, retrospective_id=need.retrospective_id, person_id=owner.id, need=need.need
                    )
                )
        return Owner(owner.id, owner.kind, owner.name, parent_id, owner.email, owner.position)


def restore_cycle(workspace: Workspace, cycle: Cycle) -> Cycle:
    """Re-inserts a deleted (empty) cycle with its id, name, dates and state."""
    with workspace.editor().session() as session:
        if session.get(CycleRow, cycle.id) is not None:
            raise WorkspaceError("That cycle exists already; it cannot be restored twice.")
        clash = session.scalar(select(CycleRow).where(func.lower(CycleRow.name) == cycle.name.lower()))
        if clash is not None:
            raise ValidationError.single("name", f"There is already a cycle named '{clash.name}'.")
        session.add(
            CycleRow(
                id=cycle.id,
                name=cycle.name,
                start_date=cycle.start,
                end_date=cycle.end,
                state=cycle.state.value,
            )
        )
        return cycle
