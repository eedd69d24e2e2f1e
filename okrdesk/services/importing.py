"""Importing OKRs from a CSV file (shared OKR_RULES.md, "CSV interchange", and spreadsheet templates).

`plan_import` reads the file and checks every row against the rules without writing anything: the plan says
what would be created and lists every problem with its row. `apply_import` saves a backup of the workspace,
then writes the whole plan in one transaction: all of it or, on any problem, nothing. The file formats and
header names are in import_layouts.py and docs/import.md.

The work is split over modules (this one is the public API, with the one-transaction write):
import_read.py reads the file into a table, import_cells.py reads its cells, import_layouts.py finds the
layout and the column of each field, import_rows.py reads each row (its cells with import_values.py),
import_plan.py checks the file as a whole and builds the ImportPlan of import_model.py.

Choices where the rules are silent:
- Refs are keys inside the file: imported objectives are always new objectives, never merged with existing
  ones. Without a ref, rows of one cycle with the same objective title are one objective.
- A row whose objective and ref are empty continues the objective above (templates that fill in the
  objective only on its first row); in a template an empty cycle continues the cycle above, and a file
  without a cycle column goes into the workspace's current cycle.
- Cycles and owners are matched by name, ignoring case; an existing owner stays as it is (a note says when
  the file gives it another kind or team). A new owner takes the kind of `owner_kind` (person or team) and
  the team of `owner_team` (for a team: its parent team) that its rows give; a new name given only as an
  `owner_team` is a team; else a new name becomes a person without a team. These two columns (and
  kr_owner_kind, kr_owner_team for a key result's owner) are an addition beside OKR_RULES.md's.
- A new cycle takes the file's cycle_start and cycle_end, else the dates its name says ("2026 Q3"); its
  state is the file's cycle_state (an addition beside OKR_RULES.md's columns), else active when it contains
  today, closed when it has ended, else planning. An existing cycle keeps its dates (others are refused)
  and its state (a note says when the file gives another).
- The objective's description, kind, state and progress source and the key result's description travel
  in columns added beside OKR_RULES.md's (description, kind, state, progress_source, kr_description);
  without them an objective is committed, active, with its progress from its key results.
- Columns no field reads are named in a plan note, never silently skipped.
- Owner: without a kr_owner column, a row whose owner differs from its objective's owner gives that key
  result its own owner (templates where "Owner" is per key result).
- Template key results: an empty type means increase, or decrease when the target is below the start; no
  start and target but a progress % gives 0 → 100 %; no numbers at all gives a milestone (not done).
- A check-in is recorded when the current value differs from the start, or a confidence or a note is
  given, at `as_of` (a day alone: 12:00, or now when it is today), else at the moment of the import; an
  `as_of` at most a day after now is recorded now (a plan note counts them), a later one is refused.
- parent_ref names a ref of the file; in a template it may also name an objective title of the file.
- Titles and names lose surrounding spaces and tabs, as when they are typed in the app.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from okrdesk.domain.model import CycleState
from okrdesk.domain.validation import FieldError
from okrdesk.services.backups import rotate, unique_path
from okrdesk.services.errors import ValidationError, WorkspaceError
from okrdesk.services.import_layouts import detect_layout, resolve_mapping, unread_columns
from okrdesk.services.import_model import (
    ImportPlan,
    PlannedCycle,
    PlannedKeyResult,
    PlannedObjective,
    PlannedOwner,
    PreviewRow,
    counted,
    listed,
)
from okrdesk.services.import_plan import Planner
from okrdesk.services.import_read import CsvTable, RowProblem, read_table

if TYPE_CHECKING:
    from collections.abc import Mapping

    from okrdesk.services.workspace import Workspace

__all__ = [
    "ImportPlan",
    "ImportResult",
    "PlannedCycle",
    "PlannedKeyResult",
    "PlannedObjective",
    "PlannedOwner",
    "PreviewRow",
    "RowProblem",
    "apply_import",
    "backup_path",
    "plan_import",
    "plan_table",
]


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import created, and where the backup taken before it lies."""

    backup: Path
    cycles: int
    people: int
    objectives: int
    key_results: int
    check_ins: int
    objective_ids: tuple[int, ...] = field(default=())
    teams: int = 0

    @property
    def summary(self) -> str:
        """ "1 cycle, 4 people, 13 objectives, 26 key results and 14 check-ins" (no cycles, people, teams or
        check-ins when there are none)."""
        parts = [
            counted(self.cycles, "cycle", "cycles") if self.cycles else "",
            counted(self.people, "person", "people") if self.people else "",
            counted(self.teams, "team", "teams") if self.teams else "",
            counted(self.objectives, "objective", "objectives"),
            counted(self.key_results, "key result", "key results"),
            counted(self.check_ins, "check-in", "check-ins") if self.check_ins else "",
        ]
        return listed([p for p in parts if p])


def plan_table(
    workspace: Workspace,
    table: CsvTable,
    mapping: Mapping[str, str | None] | None = None,
    now: datetime | None = None,
) -> ImportPlan:
    """The plan of importing a table already read, with the caller's column mapping over the detected one."""
    layout = detect_layout(table.headers)
    resolved, problems = resolve_mapping(table.headers, layout, mapping)
    planner = Planner(workspace, table, layout, resolved, now or datetime.now().replace(microsecond=0))
    planner.problems += [*table.problems, *problems]
    if table.headers and table.rows and not problems:
        unread = unread_columns(table.headers, layout, resolved)
        if unread:
            planner.notes.append(
                f"Column{'s' if len(unread) > 1 else ''} not imported (no field reads "
                f"{'them' if len(unread) > 1 else 'it'}): {listed(unread)}."
            )
        planner.run()
    return planner.finish()


def plan_import(
    workspace: Workspace,
    source: Path,
    mapping: Mapping[str, str | None] | None = None,
    now: datetime | None = None,
) -> ImportPlan:
    """Reads a CSV file and plans its import (nothing is written); `plan.problems` lists what stops it."""
    return plan_table(workspace, read_table(Path(source)), mapping, now)


# ---- applying -------------------------------------------------------------------------------------------


def backup_path(workspace: Workspace, now: datetime, backup_dir: Path | None = None) -> Path:
    """Where the copy made before an import goes: ``backups/<stem>-before-import-<time>.okr``, or with -2,
    -3 … added when a backup of that name exists (two imports in one second; services/backups.py)."""
    folder = backup_dir if backup_dir is not None else workspace.path.parent / "backups"
    return unique_path(folder / f"{workspace.path.stem}-before-import-{now:%Y%m%d-%H%M%S}.okr")


def apply_import(workspace: Workspace, plan: ImportPlan, backup_dir: Path | None = None) -> ImportResult:
    """Imports a plan: checks it again against the workspace as it is now (ValidationError with every
    problem, nothing written), saves a backup copy, then creates everything in one transaction."""
    now = datetime.now().replace(microsecond=0)
    fresh = plan_table(workspace, plan.table, plan.mapping, now)
    if not fresh.ok:
        raise ValidationError([FieldError("", p.text) for p in fresh.problems])
    target = backup_path(workspace, now, backup_dir)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(
            f"The backup folder {target.parent} could not be made ({exc.strerror or exc}); "
            "nothing was imported."
        ) from None
    workspace.save_copy(target)
    rotate(workspace.path, target.parent)  # the newest 10 backups before an import are kept
    ids = _store(workspace, fresh, now)
    counts = fresh.counts()
    return ImportResult(
        target,
        counts["cycles"],
        counts["people"],
        counts["objectives"],
        counts["key_results"],
        counts["check_ins"],
        ids,
        teams=counts["teams"],
    )


def _state(cycle: PlannedCycle, today: date) -> str:
    if cycle.state is not None:
        return cycle.state.value
    if cycle.start <= today <= cycle.end:
        return CycleState.ACTIVE.value
    return CycleState.CLOSED.value if cycle.end < today else CycleState.PLANNING.value


def _store(workspace: Workspace, plan: ImportPlan, now: datetime) -> tuple[int, ...]:
    """Writes the plan in one transaction (editor.session: BEGIN IMMEDIATE, rolled back on any error).

    Rows go in as one executemany INSERT per table (and per level of alignment), which keeps 10,000
    objectives to seconds. The new ids are read back in order: ids are AUTOINCREMENT, so rows inserted
    by the one writer holding the lock get increasing ids, in the order given (checked by count).
    """
    from sqlalchemy import func, insert, select, update

    from okrdesk.store.schema import CheckInRow, CycleRow, KeyResultRow, ObjectiveRow, OwnerRow

    with workspace.editor().session() as session:

        def inserted(model: Any, rows: list[dict[str, Any]]) -> list[int]:
            if not rows:
                return []
            before = session.scalar(select(func.max(model.id))) or 0
            session.execute(insert(model), rows)
            ids = list(session.scalars(select(model.id).where(model.id > before).order_by(model.id)))
            if len(ids) != len(rows):
                raise WorkspaceError("The import could not be saved (the new rows could not be found).")
            return ids

        new_cycles = [c for c in plan.cycles if c.existing_id is None]
        cycle_rows = [
            {"name": c.name, "start_date": c.start, "end_date": c.end, "state": _state(c, now.date())}
            for c in new_cycles
        ]
        cycle_ids = {c.name.casefold(): c.existing_id for c in plan.cycles if c.existing_id is not None}
        cycle_ids.update(
            zip((c.name.casefold() for c in new_cycles), inserted(CycleRow, cycle_rows), strict=True)
        )
        count = session.scalar(select(func.count()).select_from(OwnerRow)) or 0
        new_owners = [o for o in plan.owners if o.existing_id is None]
        owner_rows = [
            {"kind": o.kind.value, "name": o.name, "email": "", "position": count + i}
            for i, o in enumerate(new_owners)
        ]
        owner_ids = {o.name.casefold(): o.existing_id for o in plan.owners if o.existing_id is not None}
        owner_ids.update(
            zip((o.name.casefold() for o in new_owners), inserted(OwnerRow, owner_rows), strict=True)
        )
        teams = [
            {"id": owner_ids[o.name.casefold()], "parent_id": owner_ids[o.team.casefold()]}
            for o in new_owners
            if o.team
        ]
        if teams:  # once every new owner has its id: a team may come after its members
            session.execute(update(OwnerRow), teams)

        def owner(name: str | None) -> int | None:
            return owner_ids[name.casefold()] if name else None

        next_root: dict[int, int] = {}
        for cycle_id in set(cycle_ids.values()):
            last = session.scalar(
                select(func.max(ObjectiveRow.position)).where(
                    ObjectiveRow.cycle_id == cycle_id, ObjectiveRow.parent_id.is_(None)
                )
            )
            next_root[cycle_id] = -1 if last is None else last
        depth: dict[str, int] = {}
        for o in plan.objectives:  # parents come first
            depth[o.key] = depth[o.parent_key] + 1 if o.parent_key else 0
        ids: dict[str, int] = {}
        children: dict[str, int] = {}
        for level in range(max(depth.values(), default=-1) + 1):
            keys: list[str] = []
            rows: list[dict[str, Any]] = []
            for o in (o for o in plan.objectives if depth[o.key] == level):
                cycle_id = cycle_ids[o.cycle.casefold()]
                if o.parent_key:
                    position = children[o.parent_key] = children.get(o.parent_key, -1) + 1
                else:
                    position = next_root[cycle_id] = next_root[cycle_id] + 1
                keys.append(o.key)
                rows.append(
                    {
                        "cycle_id": cycle_id,
                        "parent_id": ids[o.parent_key] if o.parent_key else None,
                        "owner_id": owner(o.owner),
                        "title": o.title,
                        "description": o.description,
                        "kind": o.kind.value,
                        "state": o.state.value,
                        "position": position,
                        "progress_source": o.progress_source.value,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            ids.update(zip(keys, inserted(ObjectiveRow, rows), strict=True))
        planned = [
            (o.key, position, kr) for o in plan.objectives for position, kr in enumerate(o.key_results)
        ]
        kr_rows = [
            {
                "objective_id": ids[key],
                "title": kr.title,
                "description": kr.description,
                "kr_type": kr.kr_type.value,
                "start_value": kr.start,
                "target_value": kr.target,
                "unit": kr.unit,
                "weight": kr.weight,
                "owner_id": owner(kr.owner),
                "position": position,
                "created_at": now,
                "updated_at": now,
            }
            for key, position, kr in planned
        ]
        check_ins = [
            {
                "key_result_id": kr_id,
                "at": kr.check_in_at,
                "value": kr.current,
                "confidence": kr.confidence,
                "note": kr.note,
                "author_id": None,
                "created_at": now,
            }
            for (_, _, kr), kr_id in zip(planned, inserted(KeyResultRow, kr_rows), strict=True)
            if kr.check_in_at is not None
        ]
        if check_ins:
            session.execute(insert(CheckInRow), check_ins)
        return tuple(ids[o.key] for o in plan.objectives)
