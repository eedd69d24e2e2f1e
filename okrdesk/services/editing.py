"""The write side of the services: every change to a workspace, validated, one transaction each.

Uses the SQLAlchemy ORM on the workspace's own sqlite3 connection. Transactions begin with BEGIN IMMEDIATE
(the write lock is taken at the start, so two writers queue instead of failing half-way) and commit before
the call returns. ORM rows never leave this module: callers get domain dataclasses.
"""

from __future__ import annotations

import math
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, delete, event, func, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from okrdesk.domain import checkins, validation
from okrdesk.domain.cycles import CyclePreset, preset_dates
from okrdesk.domain.messages import QT_TRANSLATE_NOOP, Message
from okrdesk.domain.model import (
    CheckIn,
    Cycle,
    CycleState,
    DeletedKeyResult,
    DeletedObjective,
    KeyResult,
    KRType,
    Objective,
    ObjectiveKind,
    ObjectiveState,
    Owner,
    OwnerKind,
    ProgressSource,
)
from okrdesk.services.errors import NotFoundError, ValidationError, WorkspaceError, gone
from okrdesk.store import fastread
from okrdesk.store.connection import describe_sqlite_error
from okrdesk.store.schema import (
    CheckInRow,
    CycleRow,
    KeyResultRow,
    ObjectiveRow,
    OwnerRow,
    RetrospectiveRow,
    Setting,
)

if TYPE_CHECKING:
    from okrdesk.services.workspace import Workspace

_OBJECTIVE_FIELDS = {"title", "description", "owner_id", "kind", "state", "progress_source", "cycle_id"}
_KR_FIELDS = {"title", "description", "kr_type", "start", "target", "unit", "weight", "owner_id"}


def _now() -> datetime:
    return datetime.now()


def _enum(enum_type: Any, value: Any, field: str) -> Any:
    try:
        return enum_type(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum_type)
        raise ValidationError.single(
            field, f"'{value}' is not a valid {field} (use one of: {allowed})."
        ) from None


def _number(value: Any, field: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        if isinstance(value, str):
            try:
                return validation.parse_number(value, field)
            except ValueError as exc:
                raise ValidationError.single(field, str(exc)) from None
        raise ValidationError.single(field, f"The {field} must be a number.")
    number = float(value)
    if not math.isfinite(number):
        raise ValidationError.single(field, f"The {field} must be a finite number.")
    return number


def _text(value: Any, field: str) -> str:
    if not isinstance(value, str):
        raise ValidationError.single(field, f"The {field} must be text.")
    return value


def _objective(row: ObjectiveRow) -> Objective:
    return Objective(
        id=row.id,
        cycle_id=row.cycle_id,
        title=row.title,
        description=row.description,
        owner_id=row.owner_id,
        parent_id=row.parent_id,
        kind=ObjectiveKind(row.kind),
        state=ObjectiveState(row.state),
        position=row.position,
        progress_source=ProgressSource(row.progress_source),
    )


def _key_result(row: KeyResultRow) -> KeyResult:
    return KeyResult(
        id=row.id,
        objective_id=row.objective_id,
        title=row.title,
        kr_type=KRType(row.kr_type),
        start=row.start_value,
        target=row.target_value,
        unit=row.unit,
        weight=row.weight,
        owner_id=row.owner_id,
        position=row.position,
        description=row.description,
        carried_from_id=row.carried_from_id,
    )


def _check_in(row: CheckInRow) -> CheckIn:
    return CheckIn(row.id, row.key_result_id, row.at, row.value, row.confidence, row.note, row.author_id)


def _cycle(row: CycleRow) -> Cycle:
    return Cycle(row.id, row.name, row.start_date, row.end_date, CycleState(row.state))


def _owner(row: OwnerRow) -> Owner:
    return Owner(row.id, OwnerKind(row.kind), row.name, row.parent_id, row.email, row.position)


class Editor:
    """All writes to one workspace. Obtain it through Workspace.editor() (or the Workspace methods)."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        conn = workspace.conn
        self.engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)

        @event.listens_for(self.engine, "begin")
        def _begin_immediate(connection: Any) -> None:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One short transaction; turns database failures into a WorkspaceError with plain words."""
        path = self.workspace.path
        self.workspace.ensure_writable()
        # A file made read-only while open stays writable through SQLite's open handle: refuse, as open does.
        if path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            raise WorkspaceError("The change could not be saved: the file is read-only. Nothing was changed.")
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except IntegrityError as exc:
            raise ValidationError.single(
                "", f"That change breaks a rule of the workspace ({exc.orig})."
            ) from None
        except (DBAPIError, sqlite3.Error) as exc:
            orig = getattr(exc, "orig", exc)
            text = describe_sqlite_error(orig) if isinstance(orig, sqlite3.Error) else str(orig)
            raise WorkspaceError(f"The change could not be saved: {text}. Nothing was changed.") from None

    # ---- helpers -------------------------------------------------------------------------------------

    def _get(self, session: Session, row_type: Any, row_id: Any, what: str) -> Any:
        row = (
            session.get(row_type, row_id)
            if isinstance(row_id, int) and not isinstance(row_id, bool)
            else None
        )
        if row is None:
            raise NotFoundError(gone(what))
        return row

    def _check_owner(self, session: Session, owner_id: Any, field: str = "owner_id") -> int | None:
        if owner_id is None:
            return None
        if (
            isinstance(owner_id, bool)
            or not isinstance(owner_id, int)
            or session.get(OwnerRow, owner_id) is None
        ):
            raise ValidationError.single(field, "That owner no longer exists.")
        return int(owner_id)

    @staticmethod
    def _objective_siblings(session: Session, cycle_id: int, parent_id: int | None) -> list[ObjectiveRow]:
        query = select(ObjectiveRow)
        if parent_id is None:
            query = query.where(ObjectiveRow.parent_id.is_(None), ObjectiveRow.cycle_id == cycle_id)
        else:
            query = query.where(ObjectiveRow.parent_id == parent_id)
        return list(session.scalars(query.order_by(ObjectiveRow.position, ObjectiveRow.id)))

    @staticmethod
    def _place(rows: list[Any], row: Any, index: int | None) -> None:
        """Puts row among its siblings at index (end when None) and renumbers positions 0..n-1."""
        others = [r for r in rows if r is not row]
        at = len(others) if index is None else max(0, min(index, len(others)))
        others.insert(at, row)
        for position, sibling in enumerate(others):
            if sibling.position != position:
                sibling.position = position

    def _check_alignment(
        self, session: Session, objective_id: int, cycle_id: int, parent_id: int | None
    ) -> None:
        if parent_id is None:
            return
        session.flush()
        parent_of, cycle_of, titles = fastread.alignment_maps(self.workspace.conn)
        if parent_id not in parent_of:
            raise ValidationError.single("parent_id", "The objective to align to no longer exists.")
        cycle_of[objective_id] = cycle_id
        cycles = {c.id: c for c in fastread.cycles(self.workspace.conn)}
        problem = validation.alignment_problem(objective_id, parent_id, parent_of, cycle_of, cycles, titles)
        if problem:
            raise ValidationError.single("parent_id", problem)

    # ---- settings ------------------------------------------------------------------------------------

    def set_setting(self, key: str, value: str) -> None:
        with self.session() as session:
            session.merge(Setting(key=key, value=value))

    # ---- objectives ----------------------------------------------------------------------------------

    def _objective_values(self, session: Session, fields: dict[str, Any]) -> dict[str, Any]:
        unknown = set(fields) - _OBJECTIVE_FIELDS
        if unknown:
            raise ValidationError.single(
                sorted(unknown)[0], f"Objectives have no field {sorted(unknown)[0]}."
            )
        values: dict[str, Any] = {}
        if "title" in fields:
            title = _text(fields["title"], "title").strip()
            errors = validation.validate_title(title)
            if errors:
                raise ValidationError(errors)
            values["title"] = title
        if "description" in fields:
            description = _text(fields["description"], "description")
            errors = validation.validate_objective(values.get("title", "x"), description)
            if errors:
                raise ValidationError([e for e in errors if e.field != "title"])
            values["description"] = description
        if "owner_id" in fields:
            values["owner_id"] = self._check_owner(session, fields["owner_id"])
        if "kind" in fields:
            values["kind"] = _enum(ObjectiveKind, fields["kind"], "kind").value
        if "state" in fields:
            values["state"] = _enum(ObjectiveState, fields["state"], "state").value
        if "progress_source" in fields:
            values["progress_source"] = _enum(
                ProgressSource, fields["progress_source"], "progress_source"
            ).value
        if "cycle_id" in fields:
            cycle_id = fields["cycle_id"]
            if (
                not isinstance(cycle_id, int)
                or isinstance(cycle_id, bool)
                or session.get(CycleRow, cycle_id) is None
            ):
                raise ValidationError.single("cycle_id", "The cycle to move it to no longer exists.")
            values["cycle_id"] = cycle_id
        return values

    def add_objective(
        self,
        cycle_id: int,
        title: str,
        *,
        parent_id: int | None = None,
        index: int | None = None,
        **fields: Any,
    ) -> Objective:
        with self.session() as session:
            self._get(session, CycleRow, cycle_id, "cycle")
            values = self._objective_values(session, {"title": title, **fields})
            now = _now()
            row = ObjectiveRow(cycle_id=cycle_id, parent_id=None, created_at=now, updated_at=now, **values)
            row.description = values.get("description", "")
            session.add(row)
            session.flush()
            if parent_id is not None:
                self._check_alignment(session, row.id, cycle_id, parent_id)
                row.parent_id = parent_id
            self._place(self._objective_siblings(session, cycle_id, parent_id), row, index)
            session.flush()
            return _objective(row)

    def update_objective(self, objective_id: int, **changes: Any) -> Objective:
        with self.session() as session:
            row = self._get(session, ObjectiveRow, objective_id, "objective")
            values = self._objective_values(session, changes)
            new_cycle = values.pop("cycle_id", row.cycle_id)
            for key, value in values.items():
                setattr(row, key, value)
            if new_cycle != row.cycle_id:
                self._change_cycle(session, row, new_cycle)
            row.updated_at = _now()
            return _objective(row)

    def _change_cycle(self, session: Session, row: ObjectiveRow, cycle_id: int) -> None:
        """Moves an objective to another cycle; its alignment up and down must still hold there."""
        old_cycle = row.cycle_id
        if row.parent_id is not None:
            self._check_alignment(session, row.id, cycle_id, row.parent_id)
        row.cycle_id = cycle_id
        session.flush()
        parent_of, cycle_of, titles = fastread.alignment_maps(self.workspace.conn)
        cycles = {c.id: c for c in fastread.cycles(self.workspace.conn)}
        for child, parent in parent_of.items():
            if parent == row.id:
                problem = validation.alignment_problem(child, row.id, parent_of, cycle_of, cycles, titles)
                if problem:
                    raise ValidationError.single("cycle_id", f"Its aligned objectives would break: {problem}")
        if row.parent_id is None:
            for position, sibling in enumerate(self._objective_siblings(session, old_cycle, None)):
                sibling.position = position
            self._place(self._objective_siblings(session, cycle_id, None), row, None)

    def delete_objective(self, objective_id: int) -> DeletedObjective:
        """Deletes the objective with its key results and their check-ins; aligned children are kept."""
        with self.session() as session:
            row = self._get(session, ObjectiveRow, objective_id, "objective")
            snapshot = _objective(row)
            krs = list(session.scalars(select(KeyResultRow).where(KeyResultRow.objective_id == objective_id)))
            kr_ids = [k.id for k in krs]
            checkins = (
                list(session.scalars(select(CheckInRow).where(CheckInRow.key_result_id.in_(kr_ids))))
                if kr_ids
                else []
            )
            children = list(
                session.scalars(
                    select(ObjectiveRow)
                    .where(ObjectiveRow.parent_id == objective_id)
                    .order_by(ObjectiveRow.position, ObjectiveRow.id)
                )
            )
            deleted = DeletedObjective(
                objective=snapshot,
                key_results=tuple(_key_result(k) for k in krs),
                check_ins=tuple(_check_in(c) for c in checkins),
                unaligned_children=tuple(c.id for c in children),
            )
            cycle_id, parent_id = row.cycle_id, row.parent_id
            for child in children:
                child.parent_id = None
            session.delete(row)
            session.flush()
            for sibling_position, sibling in enumerate(
                self._objective_siblings(session, cycle_id, parent_id)
            ):
                sibling.position = sibling_position
            # The unaligned children join the top level of their own cycle, after what is there, in order.
            for child in children:
                self._place(self._objective_siblings(session, child.cycle_id, None), child, None)
            return deleted

    def restore_objective(self, deleted: DeletedObjective) -> None:
        """Puts back exactly what delete_objective removed (same ids, positions and alignments)."""
        obj = deleted.objective
        with self.session() as session:
            if session.get(ObjectiveRow, obj.id) is not None:
                raise WorkspaceError("That objective exists already; it cannot be restored twice.")
            self._get(session, CycleRow, obj.cycle_id, "cycle")
            parent_id = obj.parent_id if obj.parent_id and session.get(ObjectiveRow, obj.parent_id) else None
            owner_id = obj.owner_id if obj.owner_id and session.get(OwnerRow, obj.owner_id) else None
            now = _now()
            row = ObjectiveRow(
                id=obj.id,
                cycle_id=obj.cycle_id,
                parent_id=parent_id,
                owner_id=owner_id,
                title=obj.title,
                description=obj.description,
                kind=obj.kind.value,
                state=obj.state.value,
                position=obj.position,
                progress_source=obj.progress_source.value,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            self._place(self._objective_siblings(session, obj.cycle_id, parent_id), row, obj.position)
            for kr in deleted.key_results:
                session.add(self._key_result_row(session, kr, now))
            session.flush()
            for c in deleted.check_ins:
                session.add(self._check_in_row(session, c))
            if deleted.unaligned_children:
                self._realign_children(session, obj.id, deleted.unaligned_children)

    def _realign_children(self, session: Session, parent_id: int, child_ids: tuple[int, ...]) -> None:
        """Aligns the children a delete unaligned back to their restored parent, in their old order.

        A child the user has re-aligned meanwhile, or one whose alignment would now break (its cycle moved,
        or it would close a loop), stays where it is.
        """
        session.flush()
        parent_of, cycle_of, titles = fastread.alignment_maps(self.workspace.conn)
        cycles = {c.id: c for c in fastread.cycles(self.workspace.conn)}
        back = [
            child
            for child in (session.get(ObjectiveRow, i) for i in child_ids)
            if child is not None
            and child.parent_id is None
            and validation.alignment_problem(child.id, parent_id, parent_of, cycle_of, cycles, titles) is None
        ]
        for position, child in enumerate(back):
            child.parent_id = parent_id
            child.position = position
        session.flush()
        for cycle_id in sorted({child.cycle_id for child in back}):
            for position, sibling in enumerate(self._objective_siblings(session, cycle_id, None)):
                sibling.position = position

    def move_objective(self, objective_id: int, parent_id: int | None, index: int | None = None) -> None:
        """Re-aligns (parent_id) and/or reorders (index among the new siblings) an objective."""
        with self.session() as session:
            row = self._get(session, ObjectiveRow, objective_id, "objective")
            old_parent = row.parent_id
            if parent_id is not None:
                self._check_alignment(session, objective_id, row.cycle_id, parent_id)
            row.parent_id = parent_id
            session.flush()
            if old_parent != parent_id:
                for position, sibling in enumerate(
                    self._objective_siblings(session, row.cycle_id, old_parent)
                ):
                    sibling.position = position
            self._place(self._objective_siblings(session, row.cycle_id, parent_id), row, index)
            row.updated_at = _now()

    # ---- key results ---------------------------------------------------------------------------------

    def _kr_values(
        self, session: Session, fields: dict[str, Any], current: KeyResult | None
    ) -> dict[str, Any]:
        unknown = set(fields) - _KR_FIELDS
        if unknown:
            name = sorted(unknown)[0]
            raise ValidationError.single(name, f"Key results have no field {name}.")
        values: dict[str, Any] = {}
        if "title" in fields:
            title = _text(fields["title"], "title").strip()
            errors = validation.validate_title(title)
            if errors:
                raise ValidationError(errors)
            values["title"] = title
        if "description" in fields:
            values["description"] = _text(fields["description"], "description")
            if len(values["description"]) > validation.TEXT_MAX:
                raise ValidationError.single("description", "The description is too long.")
        if "owner_id" in fields:
            values["owner_id"] = self._check_owner(session, fields["owner_id"])
        kr_type = _enum(
            KRType, fields.get("kr_type", current.kr_type if current else KRType.INCREASE), "type"
        )
        start = (
            _number(fields["start"], "start") if "start" in fields else (current.start if current else 0.0)
        )
        target = (
            _number(fields["target"], "target")
            if "target" in fields
            else (current.target if current else 1.0)
        )
        weight = (
            _number(fields["weight"], "weight")
            if "weight" in fields
            else (current.weight if current else 1.0)
        )
        unit = (
            _text(fields["unit"], "unit").strip() if "unit" in fields else (current.unit if current else "")
        )
        errors = validation.validate_key_result(kr_type, start, target, weight, unit)
        if errors:
            raise ValidationError(errors)
        values.update(kr_type=kr_type.value, start_value=start, target_value=target, weight=weight, unit=unit)
        return values

    def add_key_result(
        self, objective_id: int, title: str, *, index: int | None = None, **fields: Any
    ) -> KeyResult:
        with self.session() as session:
            self._get(session, ObjectiveRow, objective_id, "objective")
            values = self._kr_values(session, {"title": title, **fields}, None)
            now = _now()
            row = KeyResultRow(objective_id=objective_id, created_at=now, updated_at=now, **values)
            row.description = values.get("description", "")
            session.add(row)
            session.flush()
            self._place(self._kr_siblings(session, objective_id), row, index)
            session.flush()
            return _key_result(row)

    @staticmethod
    def _kr_siblings(session: Session, objective_id: int) -> list[KeyResultRow]:
        query = select(KeyResultRow).where(KeyResultRow.objective_id == objective_id)
        return list(session.scalars(query.order_by(KeyResultRow.position, KeyResultRow.id)))

    def update_key_result(self, key_result_id: int, **changes: Any) -> KeyResult:
        with self.session() as session:
            row = self._get(session, KeyResultRow, key_result_id, "key result")
            values = self._kr_values(session, changes, _key_result(row))
            for key, value in values.items():
                setattr(row, key, value)
            row.updated_at = _now()
            return _key_result(row)

    def delete_key_result(self, key_result_id: int) -> DeletedKeyResult:
        with self.session() as session:
            row = self._get(session, KeyResultRow, key_result_id, "key result")
            checkins = session.scalars(select(CheckInRow).where(CheckInRow.key_result_id == key_result_id))
            deleted = DeletedKeyResult(_key_result(row), tuple(_check_in(c) for c in checkins))
            objective_id = row.objective_id
            session.delete(row)
            session.flush()
            for position, sibling in enumerate(self._kr_siblings(session, objective_id)):
                sibling.position = position
            return deleted

    def _key_result_row(self, session: Session, kr: KeyResult, now: datetime) -> KeyResultRow:
        owner_id = kr.owner_id if kr.owner_id and session.get(OwnerRow, kr.owner_id) else None
        carried = (
            kr.carried_from_id
            if kr.carried_from_id and session.get(KeyResultRow, kr.carried_from_id)
            else None
        )
        return KeyResultRow(
            id=kr.id,
            objective_id=kr.objective_id,
            title=kr.title,
            description=kr.description,
            kr_type=kr.kr_type.value,
            start_value=kr.start,
            target_value=kr.target,
            unit=kr.unit,
            weight=kr.weight,
            owner_id=owner_id,
            position=kr.position,
            carried_from_id=carried,
            created_at=now,
            updated_at=now,
        )

    def _check_in_row(self, session: Session, c: CheckIn) -> CheckInRow:
        author = c.author_id if c.author_id and session.get(OwnerRow, c.author_id) else None
        return CheckInRow(
            id=c.id,
            key_result_id=c.key_result_id,
            at=c.at,
            value=c.value,
            confidence=c.confidence,
            note=c.note,
            author_id=author,
            created_at=_now(),
        )

    def restore_key_result(self, deleted: DeletedKeyResult) -> None:
        kr = deleted.key_result
        with self.session() as session:
            self._get(session, ObjectiveRow, kr.objective_id, "objective")
            if session.get(KeyResultRow, kr.id) is not None:
                raise WorkspaceError("That key result exists already; it cannot be restored twice.")
            row = self._key_result_row(session, kr, _now())
            session.add(row)
            session.flush()
            self._place(self._kr_siblings(session, kr.objective_id), row, kr.position)
            for c in deleted.check_ins:
                session.add(self._check_in_row(session, c))

    def move_key_result(self, key_result_id: int, objective_id: int, index: int | None = None) -> None:
        with self.session() as session:
            row = self._get(session, KeyResultRow, key_result_id, "key result")
            self._get(session, ObjectiveRow, objective_id, "objective")
            old_objective = row.objective_id
            row.objective_id = objective_id
            session.flush()
            if old_objective != objective_id:
                for position, sibling in enumerate(self._kr_siblings(session, old_objective)):
                    sibling.position = position
            self._place(self._kr_siblings(session, objective_id), row, index)
            row.updated_at = _now()

    # ---- check-ins -----------------------------------------------------------------------------------

    def _check_in_values(
        self, session: Session, kr: KeyResultRow, fields: dict[str, Any], now: datetime
    ) -> dict[str, Any]:
        """Validated column values of a check-in from the given fields (value, confidence, note, at…)."""
        values: dict[str, Any] = {}
        errors: list[validation.FieldError] = []
        if "value" in fields:
            try:
                values["value"] = _number(fields["value"], "value")
            except ValidationError as exc:
                errors += exc.errors
            else:
                errors += validation.validate_check_in_value(values["value"], KRType(kr.kr_type))
        if "confidence" in fields:
            confidence = fields["confidence"]
            errors += validation.validate_confidence(confidence)
            values["confidence"] = confidence
        if "note" in fields:
            note = _text(fields["note"], "note")
            if len(note) > validation.TEXT_MAX:
                errors.append(
                    validation.FieldError("note", "The note is too long (at most 100,000 characters).")
                )
            values["note"] = note
        if "at" in fields:
            at = fields["at"]
            if at is None:
                at = now
            elif not isinstance(at, datetime):
                if not isinstance(at, date):
                    raise ValidationError.single("at", "The time of a check-in must be a date and time.")
                at = datetime.combine(at, time())  # a day alone: its start
            if at.tzinfo is not None:  # stored as local wall-clock time, like every other timestamp
                at = at.astimezone().replace(tzinfo=None)
            problem = checkins.date_problem(at, now)
            if problem is not None:
                errors.append(problem)
            values["at"] = at
        if errors:
            raise ValidationError(errors)
        if "author_id" in fields:
            values["author_id"] = self._check_owner(session, fields["author_id"], "author_id")
        return values

    def _key_result_for_check_in(self, session: Session, key_result_id: Any) -> KeyResultRow:
        row = session.get(KeyResultRow, key_result_id) if isinstance(key_result_id, int) else None
        if row is None:
            template = QT_TRANSLATE_NOOP(
                "Services",
                "That key result no longer exists (it may have been deleted meanwhile), "
                "so the check-in could not be recorded.",
            )
            raise NotFoundError(Message("Services", template))
        return row

    def record_check_in(
        self,
        key_result_id: int,
        value: Any,
        *,
        confidence: int | None = None,
        note: str = "",
        at: datetime | date | None = None,
        author_id: int | None = None,
    ) -> CheckIn:
        """Records one check-in; `at` defaults to now. Committed (durably) before it returns."""
        entry = {"value": value, "confidence": confidence, "note": note, "at": at, "author_id": author_id}
        return self.record_check_ins([(key_result_id, entry)])[0]

    def record_check_ins(self, entries: list[tuple[int, dict[str, Any]]]) -> list[CheckIn]:
        """Records several check-ins in one transaction (a weekly round): all of them or, on a problem, none.

        Each entry is (key result id, fields) with the fields of record_check_in.
        """
        now = _now()
        with self.session() as session:
            rows = []
            for key_result_id, fields in entries:
                kr = self._key_result_for_check_in(session, key_result_id)
                values = self._check_in_values(session, kr, {"at": None, **fields}, now)
                values.setdefault("note", "")
                rows.append(CheckInRow(key_result_id=key_result_id, created_at=now, **values))
            session.add_all(rows)
            session.flush()
            return [_check_in(row) for row in rows]

    def update_check_in(self, check_in_id: int, **changes: Any) -> CheckIn:
        """Corrects a check-in (value, confidence, note, at); the key result's current value follows."""
        unknown = set(changes) - {"value", "confidence", "note", "at"}
        if unknown:
            raise ValidationError.single(sorted(unknown)[0], "That field of a check-in cannot be changed.")
        with self.session() as session:
            row = self._get(session, CheckInRow, check_in_id, "check-in")
            kr = self._key_result_for_check_in(session, row.key_result_id)
            for name, value in self._check_in_values(session, kr, changes, _now()).items():
                setattr(row, name, value)
            return _check_in(row)

    def delete_check_ins(self, check_in_ids: list[int]) -> list[CheckIn]:
        """Deletes check-ins (to correct mistakes) and returns them, enough to put them back exactly."""
        with self.session() as session:
            rows = [self._get(session, CheckInRow, i, "check-in") for i in check_in_ids]
            deleted = [_check_in(row) for row in rows]
            for row in rows:
                session.delete(row)
            return deleted

    def restore_check_ins(self, check_ins: list[CheckIn]) -> None:
        """Puts deleted check-ins back with their ids (undo of a delete or of a recorded check-in)."""
        with self.session() as session:
            for c in check_ins:
                self._key_result_for_check_in(session, c.key_result_id)
                if session.get(CheckInRow, c.id) is not None:
                    raise WorkspaceError("That check-in exists already; it cannot be restored twice.")
                session.add(self._check_in_row(session, c))

    # ---- cycles --------------------------------------------------------------------------------------

    def _cycle_values(
        self, session: Session, row: CycleRow | None, changes: dict[str, Any]
    ) -> dict[str, Any]:
        name = _text(changes.get("name", row.name if row else ""), "name").strip()
        start = changes.get("start", row.start_date if row else None)
        end = changes.get("end", row.end_date if row else None)
        if not isinstance(start, date) or not isinstance(end, date):
            raise ValidationError.single("start", "A cycle needs a start and an end date.")
        errors = validation.validate_cycle(name, start, end)
        if errors:
            raise ValidationError(errors)
        wanted = name.casefold()
        clash = next((c for c in session.scalars(select(CycleRow)) if c.name.casefold() == wanted), None)
        if clash is not None and clash is not row:
            raise ValidationError.single("name", f"There is already a cycle named '{clash.name}'.")
        state = _enum(CycleState, changes.get("state", row.state if row else "planning"), "state")
        return {"name": name, "start_date": start, "end_date": end, "state": state.value}

    def add_cycle(self, name: str, start: date, end: date, state: str = "planning") -> Cycle:
        with self.session() as session:
            row = CycleRow(
                **self._cycle_values(
                    session, None, {"name": name, "start": start, "end": end, "state": state}
                )
            )
            session.add(row)
            session.flush()
            return _cycle(row)

    def update_cycle(self, cycle_id: int, **changes: Any) -> Cycle:
        with self.session() as session:
            row = self._get(session, CycleRow, cycle_id, "cycle")
            values = self._cycle_values(session, row, changes)
            for key, value in values.items():
                setattr(row, key, value)
            session.flush()
            # Dates that no longer enclose the cycles of aligned objectives would break alignment.
            self._check_cycle_alignments(cycle_id)
            return _cycle(row)

    def _check_cycle_alignments(self, cycle_id: int) -> None:
        parent_of, cycle_of, titles = fastread.alignment_maps(self.workspace.conn)
        cycles = {c.id: c for c in fastread.cycles(self.workspace.conn)}
        for child, parent in parent_of.items():
            if parent is None or cycle_id not in (cycle_of[child], cycle_of.get(parent)):
                continue
            problem = validation.alignment_problem(child, parent, parent_of, cycle_of, cycles, titles)
            if problem:
                raise ValidationError.single("start", f"These dates would break an alignment: {problem}")

    def delete_cycle(self, cycle_id: int) -> Cycle:
        """Deletes an empty cycle; a cycle with objectives is refused (move or delete them first)."""
        with self.session() as session:
            row = self._get(session, CycleRow, cycle_id, "cycle")
            count = session.scalar(select(func.count()).where(ObjectiveRow.cycle_id == cycle_id)) or 0
            if count:
                raise ValidationError.single(
                    "cycle",
                    f"'{row.name}' still holds {count} objective{'s' if count != 1 else ''}; "
                    "delete or move them first.",
                )
            deleted = _cycle(row)
            session.delete(row)
            return deleted

    def add_default_cycle(self, today: date) -> Cycle:
        name, start, end = preset_dates(CyclePreset.QUARTER, today)
        return self.add_cycle(name, start, end, CycleState.ACTIVE.value)

    # ---- owners --------------------------------------------------------------------------------------

    def _owner_values(
        self, session: Session, kind: OwnerKind, row: OwnerRow | None, changes: dict[str, Any]
    ) -> dict[str, Any]:
        values: dict[str, Any] = {}
        if "name" in changes or row is None:
            name = _text(changes.get("name", ""), "name").strip()
            if not name:
                raise ValidationError.single("name", "The name cannot be empty.")
            if len(name) > 200 or "\n" in name:
                raise ValidationError.single("name", "A name has at most 200 characters on one line.")
            values["name"] = name
        if "email" in changes:
            values["email"] = _text(changes["email"], "email").strip()[:320]
        if "parent_id" in changes:
            parent_id = changes["parent_id"]
            if parent_id is not None:
                parent = self._get(session, OwnerRow, parent_id, "team")
                if parent.kind != OwnerKind.TEAM:
                    raise ValidationError.single("parent_id", "People belong to teams, not to other people.")
                walk: int | None = parent_id
                seen: set[int] = set()
                while walk is not None and walk not in seen:
                    if row is not None and walk == row.id:
                        raise ValidationError.single("parent_id", "A team cannot be inside itself.")
                    seen.add(walk)
                    up = session.get(OwnerRow, walk)
                    walk = up.parent_id if up else None
            values["parent_id"] = parent_id
        return values

    def add_owner(self, kind: OwnerKind | str, name: str, **fields: Any) -> Owner:
        owner_kind: OwnerKind = _enum(OwnerKind, kind, "kind")
        with self.session() as session:
            values = self._owner_values(session, owner_kind, None, {"name": name, **fields})
            count = session.scalar(select(func.count()).select_from(OwnerRow)) or 0
            row = OwnerRow(kind=owner_kind.value, position=count, **values)
            row.email = values.get("email", "")
            session.add(row)
            session.flush()
            return _owner(row)

    def update_owner(self, owner_id: int, **changes: Any) -> Owner:
        with self.session() as session:
            row = self._get(session, OwnerRow, owner_id, "person or team")
            for key, value in self._owner_values(session, OwnerKind(row.kind), row, changes).items():
                setattr(row, key, value)
            return _owner(row)

    def delete_owner(self, owner_id: int) -> None:
        """Deletes a person or team; what they owned stays, without an owner; members move up a level."""
        with self.session() as session:
            row = self._get(session, OwnerRow, owner_id, "person or team")
            session.execute(
                update(OwnerRow).where(OwnerRow.parent_id == owner_id).values(parent_id=row.parent_id)
            )
            session.delete(row)

    # ---- whole workspace -----------------------------------------------------------------------------

    def clear_all(self, today: date) -> None:
        """Removes all objectives, people, teams and cycles; adds the current quarter (one transaction)."""
        with self.session() as session:
            for table in (CheckInRow, RetrospectiveRow, KeyResultRow):
                session.execute(delete(table))
            session.execute(update(ObjectiveRow).values(parent_id=None))
            session.execute(delete(ObjectiveRow))
            session.execute(update(OwnerRow).values(parent_id=None))
            session.execute(delete(OwnerRow))
            session.execute(delete(CycleRow))
            session.execute(delete(Setting).where(Setting.key == "sample_data"))
            name, start, end = preset_dates(CyclePreset.QUARTER, today)
            session.add(CycleRow(name=name, start_date=start, end_date=end, state=CycleState.ACTIVE.value))
