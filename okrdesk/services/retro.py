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
- Finishing again replaces the stored retrospective. A key result already carried earlier is not carried a
  second time: the draft must name that earlier key result as ``new_key_result_id`` (the stored result does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
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
from okrdesk.domain.validation import TEXT_MAX, FieldError, alignment_problem
from okrdesk.services.errors import ValidationError
from okrdesk.store import fastread

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from okrdesk.services.workspace import Workspace

__all__ = [
    "CarryOver",
    "DevelopmentNeed",
    "Reflection",
    "Retrospective",
    "ScoreEntry",
    "backup_path",
    "finish_retrospective",
    "read_retrospective",
    "retrospective_document",
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


# ---- validation ---------------------------------------------------------------------------------------


def _kr_label(kr: KeyResult) -> str:
    title = kr.title if len(kr.title) <= 40 else kr.title[:39] + "…"
    return f"{kr.ref} '{title}'"


def _long(text: str, field: str, what: str) -> list[FieldError]:
    if len(text) > TEXT_MAX:
        return [FieldError(field, f"{what} is {len(text):,} characters long; the limit is {TEXT_MAX:,}.")]
    return []


@dataclass(frozen=True, slots=True)
class _Context:
    cycle: Cycle
    cycles: dict[int, Cycle]
    objectives: dict[int, Objective]
    key_results: dict[int, KeyResult]


def _context(workspace: Workspace, cycle_id: int) -> _Context:
    cycle = workspace.cycle(cycle_id)
    tree = workspace.cycle_tree(cycle_id)
    objectives = {o.id: o for o in tree.objectives if o.cycle_id == cycle_id}
    key_results = {kr.id: kr for kr in tree.key_results if kr.objective_id in objectives}
    return _Context(cycle, dict(tree.cycles), objectives, key_results)


def _suggested(kr: KeyResult) -> float:
    return suggested_score(key_result_progress(kr))


def _outside(ctx: _Context, field: str, key_result_id: int) -> FieldError:
    """A draft names a key result that is not in the retrospective's cycle."""
    return FieldError(field, f"{key_result_ref(key_result_id)} is not a key result of {ctx.cycle.name}.")


def _score_problems(ctx: _Context, draft: Retrospective) -> list[FieldError]:
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


def _text_problems(workspace: Workspace, ctx: _Context, draft: Retrospective) -> list[FieldError]:
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
        errors += _long(need.need, "need", f"The development need of {people[need.person_id].name}")
    return errors


def _carry_problems(workspace: Workspace, ctx: _Context, draft: Retrospective) -> list[FieldError]:
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


def validate_retrospective(workspace: Workspace, draft: Retrospective) -> list[FieldError]:
    """Every problem that stops the draft from being finished (empty: it may be finished)."""
    ctx = _context(workspace, draft.cycle_id)
    if not ctx.objectives:
        return [
            FieldError(
                "cycle",
                f"{ctx.cycle.name} has no objectives, so there is nothing to look back on; "
                "add objectives or choose another cycle.",
            )
        ]
    return (
        _score_problems(ctx, draft)
        + _text_problems(workspace, ctx, draft)
        + _carry_problems(workspace, ctx, draft)
    )


# ---- finishing ----------------------------------------------------------------------------------------


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "cycle"


def backup_path(workspace: Workspace, cycle: Cycle, now: datetime, backup_dir: Path | None = None) -> Path:
    """Where the copy made before a retrospective goes: ``<stem>-before-retro-<cycle>-<time>.okr``."""
    folder = backup_dir if backup_dir is not None else workspace.path.parent / "backups"
    stamp = now.strftime("%Y%m%d-%H%M%S")
    return folder / f"{workspace.path.stem}-before-retro-{_slug(cycle.name)}-{stamp}.okr"


def finish_retrospective(
    workspace: Workspace, draft: Retrospective, *, backup_dir: Path | None = None
) -> Retrospective:
    """Validates the whole draft (raising ValidationError with every problem, writing nothing), saves a backup
    copy, then in one transaction stores the retrospective, carries key results over and closes the cycle."""
    errors = validate_retrospective(workspace, draft)
    if errors:
        raise ValidationError(errors)
    ctx = _context(workspace, draft.cycle_id)
    now = datetime.now().replace(microsecond=0)
    target = backup_path(workspace, ctx.cycle, now, backup_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    workspace.save_copy(target)
    _store(workspace, ctx, draft, now)
    stored = read_retrospective(workspace, draft.cycle_id)
    assert stored is not None
    return stored


def _store(workspace: Workspace, ctx: _Context, draft: Retrospective, now: datetime) -> None:
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
        head = session.scalar(select(RetrospectiveRow).where(RetrospectiveRow.cycle_id == ctx.cycle.id))
        if head is None:
            head = RetrospectiveRow(cycle_id=ctx.cycle.id, started_at=now)
            session.add(head)
            session.flush()
        else:
            for table in (RetroScoreRow, RetroReflectionRow, RetroDevelopmentNeedRow, RetroCarryOverRow):
                session.execute(delete(table).where(table.retrospective_id == head.id))
        head.summary = draft.summary
        head.finished_at = now
        for kr in ctx.key_results.values():
            suggested = _suggested(kr)
            entry = given.get(kr.id)
            score = suggested if entry is None else round(entry.score, 1)
            reason = entry.reason.strip() if entry is not None else ""
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
                    decision=carry.decision.value,
                    target_cycle_id=None if carry.decision == CarryDecision.DROP else carry.target_cycle_id,
                    new_key_result_id=new_id,
                )
            )
        cycle_row.state = CycleState.CLOSED.value
        session.flush()


class _Carrier:
    """Creates carried key results (and their objectives) inside the retrospective's transaction."""

    def __init__(
        self, workspace: Workspace, session: Session, ctx: _Context, draft: Retrospective, now: datetime
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


def retrospective_document(workspace: Workspace, cycle_name: str) -> dict[str, Any]:
    """The stored retrospective of the named cycle as plain JSON-ready data (NotFoundError without one)."""
    from okrdesk.services.errors import NotFoundError

    cycle = workspace.cycle_by_name(cycle_name)
    stored = read_retrospective(workspace, cycle.id)
    if stored is None:
        raise NotFoundError(f"{cycle.name} has no retrospective yet.")
    ctx = _context(workspace, cycle.id)
    owners = {o.id: o.name for o in workspace.owners()}
    krs = {kr.id: kr for kr in workspace.key_results_by_id([e.key_result_id for e in stored.scores])}
    scores = {e.key_result_id: e.score for e in stored.scores}
    objective_scores = retro.objective_scores(ctx.objectives.values(), ctx.key_results.values(), scores)
    reflections = {r.objective_id: r for r in stored.reflections}
    check_ins = workspace.check_ins_of(list(ctx.key_results))
    discipline = retro.mean_check_in_discipline(
        ([c.at.date() for c in check_ins[kr_id]] for kr_id in ctx.key_results), cycle
    )
    cycles = {c.id: c.name for c in workspace.cycles()}

    def owner(owner_id: int | None) -> str:
        return "" if owner_id is None else owners.get(owner_id, "")

    return {
        "cycle": {
            "name": cycle.name,
            "start": cycle.start.isoformat(),
            "end": cycle.end.isoformat(),
            "state": cycle.state.value,
        },
        "finished_at": None if stored.finished_at is None else stored.finished_at.isoformat(),
        "scores": [
            {
                "ref": key_result_ref(e.key_result_id),
                "title": krs[e.key_result_id].title if e.key_result_id in krs else "",
                "owner": owner(krs[e.key_result_id].owner_id) if e.key_result_id in krs else "",
                "suggested": e.suggested,
                "score": e.score,
                "override_reason": e.reason or None,
                "objective_ref": objective_ref(krs[e.key_result_id].objective_id)
                if e.key_result_id in krs
                else "",
            }
            for e in stored.scores
        ],
        "objectives": [
            {
                "ref": o.ref,
                "title": o.title,
                "kind": o.kind.value,
                "score": objective_scores.get(o.id),
                "went_well": reflections[o.id].went_well if o.id in reflections else "",
                "challenges": reflections[o.id].challenges if o.id in reflections else "",
                "lessons": reflections[o.id].lessons if o.id in reflections else "",
            }
            for o in ctx.objectives.values()
        ],
        "development_needs": [{"person": owner(n.person_id), "need": n.need} for n in stored.needs],
        "carry_over": [
            {
                "ref": key_result_ref(c.key_result_id),
                "title": krs[c.key_result_id].title if c.key_result_id in krs else "",
                "decision": c.decision.value,
                "target_cycle": None if c.target_cycle_id is None else cycles.get(c.target_cycle_id),
                "new_ref": None if c.new_key_result_id is None else key_result_ref(c.new_key_result_id),
            }
            for c in stored.carry_overs
        ],
        "summary": {
            "text": stored.summary,
            "mean_score": retro.mean_score(scores.values()),
            "share_at_least_0_7": retro.share_at_least(scores.values()),
            "check_in_discipline": None if discipline is None else round(discipline, 2),
        },
    }


def with_new_ids(draft: Retrospective, stored: Retrospective) -> Retrospective:
    """The draft with the carried key results' ids of a stored result (to finish the same cycle again)."""
    new_ids = {c.key_result_id: c.new_key_result_id for c in stored.carry_overs}
    return replace(
        draft,
        carry_overs=tuple(
            replace(c, new_key_result_id=new_ids.get(c.key_result_id)) for c in draft.carry_overs
        ),
    )
