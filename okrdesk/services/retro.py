"""The retrospective of a cycle: validate a draft, back the workspace up, store it and carry key results over
in one transaction, and read it back (as dataclasses, or as a JSON-ready document).

Choices where shared OKR_RULES.md is silent:
- The suggested score is always recomputed from the workspace (the draft's ``suggested`` is ignored). A key
  result of the cycle without a score entry is stored with its suggested score (no override).
- ``carry`` keeps the title and target (the draft's title/target are ignored); ``carry_changed`` applies
  them (None: unchanged); ``drop`` stores no target cycle.
- A carried objective is found in the target cycle by title and owner, else created with the old one's
  title, owner, kind and description. Its alignment: to the carried copy of its parent when that parent is
  carried too, else to the old parent when the parent's cycle encloses the target cycle, else to an
  objective with the parent's title in a cycle enclosing the target cycle; otherwise it is left unaligned.
- A retrospective may cover a scope (``scope_owner_id``: a team with its sub-teams and people, or a person;
  domain/scope.py says what that covers). Finishing a scope replaces only that scope's scores, reflections,
  development needs and carry-overs in the cycle's one retrospective; the cycle closes once every key result
  of it has a score (always for the whole workspace).
- ``new_cycle`` asks the finish to create a cycle (state "planning") in the same transaction; carry-overs
  name it with ``target_cycle_id=NEW_CYCLE``.
- Finishing again replaces the stored retrospective. A key result already carried earlier is not carried a
  second time: the draft must name that earlier key result as ``new_key_result_id`` (the stored result does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select

from okrdesk.domain import retro
from okrdesk.domain.model import (
    CarryDecision,
    Cycle,
    CycleState,
    KeyResult,
    Objective,
    OwnerKind,
    key_result_ref,
    objective_ref,
)
from okrdesk.domain.progress import key_result_progress, suggested_score
from okrdesk.domain.retro import ScoreEntry
from okrdesk.domain.scope import owners_in_scope, scope_items
from okrdesk.domain.validation import TEXT_MAX, FieldError, alignment_problem, validate_cycle
from okrdesk.services.errors import ValidationError
from okrdesk.store import fastread

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from okrdesk.services.workspace import Workspace

__all__ = [
    "NEW_CYCLE",
    "CarryOver",
    "DevelopmentNeed",
    "NewCycle",
    "Reflection",
    "RetroScope",
    "Retrospective",
    "ScoreEntry",
    "backup_path",
    "finish_retrospective",
    "read_retrospective",
    "retrospective_scope",
]


@dataclass(frozen=True, slots=True)
class Reflection:
    """Per objective: what went well, the challenges, the lessons."""

    objective_id: int
    went_well: str = ""
    challenges: str = ""
    lessons: str = ""


@dataclass(frozen=True, slots=True)
class DevelopmentNeed:
    """Per person: a development need for the next cycle."""

    person_id: int
    need: str


@dataclass(frozen=True, slots=True)
class CarryOver:
    """What happens to a key result after the cycle; new_key_result_id is filled in once it is carried."""

    key_result_id: int
    decision: CarryDecision
    target_cycle_id: int | None = None
    title: str | None = None
    target: float | None = None
    new_key_result_id: int | None = None


#: The target_cycle_id of a carry-over into the cycle that the retrospective itself creates (``new_cycle``).
NEW_CYCLE = 0


@dataclass(frozen=True, slots=True)
class NewCycle:
    """A cycle for the finish to create (the next quarter, from a preset, say) to carry key results into."""

    name: str
    start: date
    end: date


@dataclass(frozen=True, slots=True)
class Retrospective:
    """A retrospective draft (finished_at None) or a stored result."""

    cycle_id: int
    scores: tuple[ScoreEntry, ...] = ()
    reflections: tuple[Reflection, ...] = ()
    needs: tuple[DevelopmentNeed, ...] = ()
    carry_overs: tuple[CarryOver, ...] = ()
    summary: str = ""
    finished_at: datetime | None = None
    scope_owner_id: int | None = None  # None: the whole workspace
    new_cycle: NewCycle | None = None


# ---- validation ---------------------------------------------------------------------------------------


def _kr_label(kr: KeyResult) -> str:
    title = kr.title if len(kr.title) <= 40 else kr.title[:39] + "…"
    return f"{kr.ref} '{title}'"


def _long(text: str, field: str, what: str) -> list[FieldError]:
    if len(text) > TEXT_MAX:
        return [FieldError(field, f"{what} is {len(text):,} characters long; the limit is {TEXT_MAX:,}.")]
    return []


@dataclass(frozen=True, slots=True)
class RetroScope:
    """A cycle and what a retrospective of it covers (the whole workspace, or a team's or person's part)."""

    cycle: Cycle
    cycles: dict[int, Cycle]
    objectives: dict[int, Objective]  # in the scope
    key_results: dict[int, KeyResult]  # in the scope
    all_key_result_ids: frozenset[int]  # of the whole cycle
    people: frozenset[int]  # the people in the scope
    scope_name: str | None  # None: the whole workspace


def retrospective_scope(workspace: Workspace, cycle_id: int, scope_owner_id: int | None = None) -> RetroScope:
    """The cycle and what the scope covers of it (NotFoundError for a vanished cycle or scope owner)."""
    cycle = workspace.cycle(cycle_id)
    tree = workspace.cycle_tree(cycle_id)
    objectives = [o for o in tree.objectives if o.cycle_id == cycle_id]
    ids = {o.id for o in objectives}
    key_results = [kr for kr in tree.key_results if kr.objective_id in ids]
    owners = workspace.owners()
    scope_name = None
    in_scope = None
    if scope_owner_id is not None:
        named = next((o for o in owners if o.id == scope_owner_id), None)
        if named is None:
            from okrdesk.services.errors import NotFoundError

            raise NotFoundError("The person or team of this retrospective no longer exists.")
        scope_name = named.name
        in_scope = owners_in_scope(owners, scope_owner_id)
    items = scope_items(objectives, key_results, in_scope)
    people = frozenset(
        o.id for o in owners if o.kind == OwnerKind.PERSON and (in_scope is None or o.id in in_scope)
    )
    return RetroScope(
        cycle,
        dict(tree.cycles),
        {o.id: o for o in items.objectives},
        {kr.id: kr for kr in items.key_results},
        frozenset(kr.id for kr in key_results),
        people,
        scope_name,
    )


def _suggested(kr: KeyResult) -> float:
    return suggested_score(key_result_progress(kr))


def _outside(ctx: RetroScope, field: str, key_result_id: int) -> FieldError:
    """A draft names a key result that is not in the retrospective's cycle."""
    whose = ctx.cycle.name if ctx.scope_name is None else f"{ctx.scope_name} in {ctx.cycle.name}"
    return FieldError(field, f"{key_result_ref(key_result_id)} is not a key result of {whose}.")


def _score_problems(ctx: RetroScope, draft: Retrospective) -> list[FieldError]:
    errors: list[FieldError] = []
    for kr_id in retro.duplicate_carries(e.key_result_id for e in draft.scores):
        errors.append(FieldError("score", f"{key_result_ref(kr_id)} is scored more than once."))
    for entry in draft.scores:
        kr = ctx.key_results.get(entry.key_result_id)
        if kr is None:
            errors.append(_outside(ctx, "score", entry.key_result_id))
            continue
        for error in retro.validate_score(_suggested(kr), entry.score, entry.reason):
            errors.append(FieldError(error.field, f"{_kr_label(kr)}: {error.message}"))
    return errors


def _text_problems(workspace: Workspace, ctx: RetroScope, draft: Retrospective) -> list[FieldError]:
    errors = _long(draft.summary, "summary", "The summary")
    for objective_id in retro.duplicate_carries(r.objective_id for r in draft.reflections):
        errors.append(
            FieldError("reflection", f"{objective_ref(objective_id)} has more than one reflection.")
        )
    for reflection in draft.reflections:
        if reflection.objective_id not in ctx.objectives:
            errors.append(
                FieldError(
                    "reflection",
                    f"{objective_ref(reflection.objective_id)} is not an objective of {ctx.cycle.name}.",
                )
            )
        for field in ("went_well", "challenges", "lessons"):
            what = f"'{field.replace('_', ' ')}' of {objective_ref(reflection.objective_id)}"
            errors += _long(getattr(reflection, field), field, what.capitalize())
    people = {o.id: o for o in workspace.owners() if o.kind == OwnerKind.PERSON}
    for person_id in retro.duplicate_carries(n.person_id for n in draft.needs):
        errors.append(
            FieldError(
                "need",
                f"{people[person_id].name if person_id in people else person_id} "
                "has more than one development need.",
            )
        )
    for need in draft.needs:
        if need.person_id not in people:
            errors.append(FieldError("need", "A development need names a person who no longer exists."))
            continue
        if need.person_id not in ctx.people:
            errors.append(
                FieldError("need", f"{people[need.person_id].name} is not part of {ctx.scope_name}.")
            )
            continue
        errors += _long(need.need, "need", f"The development need of {people[need.person_id].name}")
    return errors


def _carry_problems(workspace: Workspace, ctx: RetroScope, draft: Retrospective) -> list[FieldError]:
    errors: list[FieldError] = []
    for kr_id in retro.duplicate_carries(c.key_result_id for c in draft.carry_overs):
        errors.append(
            FieldError("carry", f"{key_result_ref(kr_id)} has more than one carry-over decision; choose one.")
        )
    earlier = workspace.carried_key_results([c.key_result_id for c in draft.carry_overs])
    for carry in draft.carry_overs:
        kr = ctx.key_results.get(carry.key_result_id)
        if kr is None:
            errors.append(_outside(ctx, "carry", carry.key_result_id))
            continue
        if carry.decision == CarryDecision.DROP:
            continue
        if carry.target_cycle_id is None:
            errors.append(FieldError("target_cycle", f"{_kr_label(kr)}: choose the cycle to carry it into."))
        elif carry.target_cycle_id == ctx.cycle.id:
            errors.append(
                FieldError(
                    "target_cycle", f"{_kr_label(kr)}: carry it into another cycle than {ctx.cycle.name}."
                )
            )
        elif carry.target_cycle_id == NEW_CYCLE:
            if draft.new_cycle is None:
                errors.append(
                    FieldError("target_cycle", f"{_kr_label(kr)}: the new cycle to carry it into is not set.")
                )
        elif carry.target_cycle_id not in ctx.cycles:
            errors.append(
                FieldError("target_cycle", f"{_kr_label(kr)}: the cycle to carry it into no longer exists.")
            )
        done = earlier.get(kr.id, [])
        if done and carry.new_key_result_id not in done:
            errors.append(
                FieldError(
                    "carry",
                    f"{_kr_label(kr)} was carried over already (as {key_result_ref(done[-1])}); "
                    "it is not carried twice.",
                )
            )
        changed = carry.decision == CarryDecision.CARRY_CHANGED
        title = carry.title.strip() if changed and carry.title is not None else None
        target = carry.target if changed else None
        for error in retro.carry_problems(kr, title, target):
            errors.append(FieldError(error.field, f"{_kr_label(kr)}: {error.message}"))
    return errors


def new_cycle_problems(workspace: Workspace, new_cycle: NewCycle, after: Cycle) -> list[FieldError]:
    """What stops the retrospective of `after` from creating this cycle: its name, its dates, a name already
    taken, or a start before `after` ends (carried key results go forward in time)."""
    from okrdesk.domain.cycles import format_date

    errors = validate_cycle(new_cycle.name, new_cycle.start, new_cycle.end)
    if not errors and new_cycle.start <= after.end:
        errors.append(
            FieldError(
                "start",
                f"it starts on {format_date(new_cycle.start)}; it should start after {after.name} ends "
                f"({format_date(after.end)}).",
            )
        )
    wanted = new_cycle.name.strip().casefold()
    clash = next((c for c in workspace.cycles() if c.name.casefold() == wanted), None)
    if clash is not None and wanted:
        errors.append(FieldError("name", f"There is already a cycle named '{clash.name}'."))
    return [FieldError(e.field, f"The new cycle: {e.message}") for e in errors]


def empty_scope_message(ctx_cycle_name: str, scope_name: str | None) -> str:
    """The words for a cycle (or a scope of it) without objectives."""
    if scope_name is None:
        return (
            f"{ctx_cycle_name} has no objectives, so there is nothing to look back on; "
            "add objectives or choose another cycle."
        )
    return (
        f"{scope_name} has no objectives or key results in {ctx_cycle_name}, so there is nothing to look "
        "back on; choose another scope or cycle."
    )


def validate_retrospective(workspace: Workspace, draft: Retrospective) -> list[FieldError]:
    """Every problem that stops the draft from being finished (empty: it may be finished)."""
    ctx = retrospective_scope(workspace, draft.cycle_id, draft.scope_owner_id)
    if not ctx.objectives:
        return [FieldError("cycle", empty_scope_message(ctx.cycle.name, ctx.scope_name))]
    cycle_errors = (
        [] if draft.new_cycle is None else new_cycle_problems(workspace, draft.new_cycle, ctx.cycle)
    )
    return (
        cycle_errors
        + _score_problems(ctx, draft)
        + _text_problems(workspace, ctx, draft)
        + _carry_problems(workspace, ctx, draft)
    )


# ---- finishing ----------------------------------------------------------------------------------------


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "cycle"


def backup_path(workspace: Workspace, cycle: Cycle, now: datetime, backup_dir: Path | None = None) -> Path:
    """Where the copy made before a retrospective goes: ``<stem>-before-retro-<cycle>-<time>.okr``, or with
    -2, -3 … added when a backup of that name exists (services/backups.py)."""
    from okrdesk.services.backups import unique_path

    folder = backup_dir if backup_dir is not None else workspace.path.parent / "backups"
    stamp = now.strftime("%Y%m%d-%H%M%S")
    return unique_path(folder / f"{workspace.path.stem}-before-retro-{_slug(cycle.name)}-{stamp}.okr")


def finish_retrospective(
    workspace: Workspace, draft: Retrospective, *, backup_dir: Path | None = None
) -> Retrospective:
    """Validates the whole draft (raising ValidationError with every problem, writing nothing), saves a backup
    copy, then in one transaction stores the retrospective, carries key results over and closes the cycle."""
    errors = validate_retrospective(workspace, draft)
    if errors:
        raise ValidationError(errors)
    ctx = retrospective_scope(workspace, draft.cycle_id, draft.scope_owner_id)
    now = datetime.now().replace(microsecond=0)
    target = backup_path(workspace, ctx.cycle, now, backup_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    workspace.save_copy(target)
    from okrdesk.services.backups import rotate

    rotate(workspace.path, target.parent)  # the newest 10 backups before a retrospective are kept
    _store(workspace, ctx, draft, now)
    stored = read_retrospective(workspace, draft.cycle_id)
    assert stored is not None
    return stored


def _store(workspace: Workspace, ctx: RetroScope, draft: Retrospective, now: datetime) -> None:
    from okrdesk.store.schema import (
        CycleRow,
        RetroCarryOverRow,
        RetroDevelopmentNeedRow,
        RetroReflectionRow,
        RetroScoreRow,
        RetrospectiveRow,
    )

    editor = workspace.editor()
    given = {e.key_result_id: e for e in draft.scores}
    with editor.session() as session:
        cycle_row = editor._get(session, CycleRow, ctx.cycle.id, "cycle")
        if draft.new_cycle is not None:
            created = CycleRow(
                name=draft.new_cycle.name.strip(),
                start_date=draft.new_cycle.start,
                end_date=draft.new_cycle.end,
                state=CycleState.PLANNING.value,
            )
            session.add(created)
            session.flush()
            new = Cycle(created.id, created.name, created.start_date, created.end_date, CycleState.PLANNING)
            ctx = replace(ctx, cycles={**ctx.cycles, created.id: new})
            draft = replace(
                draft,
                carry_overs=tuple(
                    replace(c, target_cycle_id=created.id) if c.target_cycle_id == NEW_CYCLE else c
                    for c in draft.carry_overs
                ),
            )
        head = session.scalar(select(RetrospectiveRow).where(RetrospectiveRow.cycle_id == ctx.cycle.id))
        if head is None:
            head = RetrospectiveRow(cycle_id=ctx.cycle.id, started_at=now)
            session.add(head)
            session.flush()
        else:
            scoped: dict[Any, Any] = {
                RetroScoreRow: RetroScoreRow.key_result_id.in_(ctx.key_results),
                RetroReflectionRow: RetroReflectionRow.objective_id.in_(ctx.objectives),
                RetroDevelopmentNeedRow: RetroDevelopmentNeedRow.person_id.in_(ctx.people),
                RetroCarryOverRow: RetroCarryOverRow.key_result_id.in_(ctx.key_results),
            }
            for table, in_scope in scoped.items():
                condition = table.retrospective_id == head.id
                if ctx.scope_name is not None:
                    condition = condition & in_scope
                session.execute(delete(table).where(condition))
        if ctx.scope_name is None:  # the cycle's summary belongs to the retrospective of everyone
            head.summary = draft.summary
        head.finished_at = now
        for kr in ctx.key_results.values():
            suggested = _suggested(kr)
            entry = given.get(kr.id)
            score = suggested if entry is None else round(entry.score, 1)
            # A reason belongs to an override; one left beside an unchanged score would read as a change.
            reason = entry.reason.strip() if entry is not None and retro.is_override(suggested, score) else ""
            session.add(
                RetroScoreRow(
                    retrospective_id=head.id,
                    key_result_id=kr.id,
                    suggested=suggested,
                    score=score,
                    override_reason=reason or None,
                )
            )
        for reflection in draft.reflections:
            session.add(
                RetroReflectionRow(
                    retrospective_id=head.id,
                    objective_id=reflection.objective_id,
                    went_well=reflection.went_well,
                    challenges=reflection.challenges,
                    lessons=reflection.lessons,
                )
            )
        for need in draft.needs:
            session.add(
                RetroDevelopmentNeedRow(retrospective_id=head.id, person_id=need.person_id, need=need.need)
            )
        carrier = _Carrier(workspace, session, ctx, draft, now)
        for carry in draft.carry_overs:
            new_id = None if carry.decision == CarryDecision.DROP else carrier.carry(carry)
            session.add(
                RetroCarryOverRow(
                    retrospective_id=head.id,
                    key_result_id=carry.key_result_id,
                    decision=CarryDecision(carry.decision).value,
                    target_cycle_id=None if carry.decision == CarryDecision.DROP else carry.target_cycle_id,
                    new_key_result_id=new_id,
                )
            )
        session.flush()
        scored = set(
            session.scalars(
                select(RetroScoreRow.key_result_id).where(RetroScoreRow.retrospective_id == head.id)
            )
        )
        if ctx.all_key_result_ids <= scored:
            cycle_row.state = CycleState.CLOSED.value
        session.flush()


class _Carrier:
    """Creates carried key results (and their objectives) inside the retrospective's transaction."""

    def __init__(
        self, workspace: Workspace, session: Session, ctx: RetroScope, draft: Retrospective, now: datetime
    ) -> None:
        self.workspace = workspace
        self.session = session
        self.ctx = ctx
        self.now = now
        self.carried_objectives = {
            ctx.key_results[c.key_result_id].objective_id
            for c in draft.carry_overs
            if c.decision != CarryDecision.DROP
        }
        self.copies: dict[tuple[int, int], int] = {}  # (old objective, target cycle) -> objective there

    def carry(self, carry: CarryOver) -> int:
        from okrdesk.store.schema import KeyResultRow

        if carry.new_key_result_id is not None:  # carried in an earlier finish (validated): keep it
            return carry.new_key_result_id
        assert carry.target_cycle_id is not None
        old = self.ctx.key_results[carry.key_result_id]
        changed = carry.decision == CarryDecision.CARRY_CHANGED
        fields = retro.carried_key_result(
            old,
            self._objective(old.objective_id, carry.target_cycle_id),
            title=carry.title.strip() if changed and carry.title is not None else None,
            target=carry.target if changed else None,
        )
        position = self.session.scalar(
            select(func.count()).where(KeyResultRow.objective_id == fields["objective_id"])
        )
        row = KeyResultRow(
            objective_id=fields["objective_id"],
            title=fields["title"],
            description=fields["description"],
            kr_type=fields["kr_type"].value,
            start_value=fields["start"],
            target_value=fields["target"],
            unit=fields["unit"],
            weight=fields["weight"],
            owner_id=fields["owner_id"],
            position=position or 0,
            carried_from_id=fields["carried_from_id"],
            created_at=self.now,
            updated_at=self.now,
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def _objective(self, old_id: int, cycle_id: int) -> int:
        from okrdesk.store.schema import ObjectiveRow

        key = (old_id, cycle_id)
        if key in self.copies:
            return self.copies[key]
        old = self.ctx.objectives[old_id]
        found = self.session.scalar(
            select(ObjectiveRow)
            .where(
                ObjectiveRow.cycle_id == cycle_id,
                ObjectiveRow.title == old.title,
                ObjectiveRow.owner_id.is_(None)
                if old.owner_id is None
                else ObjectiveRow.owner_id == old.owner_id,
            )
            .order_by(ObjectiveRow.id)
        )
        if found is not None:
            self.copies[key] = found.id
            return found.id
        parent_id = self._parent(old, cycle_id)
        siblings_filter = (
            ObjectiveRow.parent_id == parent_id
            if parent_id is not None
            else (ObjectiveRow.parent_id.is_(None)) & (ObjectiveRow.cycle_id == cycle_id)
        )
        position = self.session.scalar(select(func.count()).where(siblings_filter)) or 0
        row = ObjectiveRow(
            cycle_id=cycle_id,
            parent_id=None,
            owner_id=old.owner_id,
            title=old.title,
            description=old.description,
            kind=old.kind.value,
            state="active",
            position=position,
            progress_source=old.progress_source.value,
            created_at=self.now,
            updated_at=self.now,
        )
        self.session.add(row)
        self.session.flush()
        if parent_id is not None and self._aligns(row.id, parent_id):
            row.parent_id = parent_id
        elif parent_id is not None:  # the alignment would break: join the top level instead
            row.position = (
                self.session.scalar(
                    select(func.count()).where(
                        ObjectiveRow.parent_id.is_(None),
                        ObjectiveRow.cycle_id == cycle_id,
                        ObjectiveRow.id != row.id,
                    )
                )
                or 0
            )
        self.session.flush()
        self.copies[key] = row.id
        return row.id

    def _parent(self, old: Objective, cycle_id: int) -> int | None:
        """Where the carried objective aligns in the target cycle (see the module docstring), or None."""
        if old.parent_id is None:
            return None
        if old.parent_id in self.carried_objectives:
            return self._objective(old.parent_id, cycle_id)
        target = self.ctx.cycles[cycle_id]
        parent = self.workspace.objective(old.parent_id)
        parent_cycle = self.ctx.cycles.get(parent.cycle_id)
        if parent_cycle is not None and parent_cycle.encloses(target):
            return parent.id
        from okrdesk.store.schema import ObjectiveRow

        enclosing = [c.id for c in self.ctx.cycles.values() if c.encloses(target)]
        same = self.session.scalar(
            select(ObjectiveRow.id)
            .where(ObjectiveRow.title == parent.title, ObjectiveRow.cycle_id.in_(enclosing))
            .order_by(ObjectiveRow.id)
        )
        return same

    def _aligns(self, child_id: int, parent_id: int) -> bool:
        parent_of, cycle_of, titles = fastread.alignment_maps(self.workspace.conn)
        return alignment_problem(child_id, parent_id, parent_of, cycle_of, self.ctx.cycles, titles) is None


# ---- reading ------------------------------------------------------------------------------------------


def read_retrospective(workspace: Workspace, cycle_id: int) -> Retrospective | None:
    """The stored retrospective of a cycle, or None when it has none."""
    rows = workspace.retrospective_rows(cycle_id)
    if rows is None:
        return None
    _, summary, _, finished_at = rows["retrospective"]
    carried = {r[3]: r for r in rows["carry_overs"] if r[3] is not None}
    new_krs = {kr.id: kr for kr in workspace.key_results_by_id(sorted(carried))}

    def carry_over(row: tuple[Any, ...]) -> CarryOver:
        new = new_krs.get(row[3]) if row[3] is not None else None
        return CarryOver(
            key_result_id=row[0],
            decision=CarryDecision(row[1]),
            target_cycle_id=row[2],
            title=None if new is None else new.title,
            target=None if new is None else new.target,
            new_key_result_id=row[3],
        )

    return Retrospective(
        cycle_id=cycle_id,
        scores=tuple(ScoreEntry(r[0], r[1], r[2], r[3] or "") for r in rows["scores"]),
        reflections=tuple(Reflection(*r) for r in rows["reflections"]),
        needs=tuple(DevelopmentNeed(*r) for r in rows["needs"]),
        carry_overs=tuple(carry_over(r) for r in rows["carry_overs"]),
        summary=summary,
        finished_at=finished_at,
    )


def with_new_ids(draft: Retrospective, stored: Retrospective) -> Retrospective:
    """The draft with the carried key results' ids of a stored result (to finish the same cycle again)."""
    new_ids = {c.key_result_id: c.new_key_result_id for c in stored.carry_overs}
    return replace(
        draft,
        carry_overs=tuple(
            replace(c, new_key_result_id=new_ids.get(c.key_result_id)) for c in draft.carry_overs
        ),
    )
