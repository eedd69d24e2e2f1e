"""The CSV interchange export of shared OKR_RULES.md: one row per key result (an objective without key results
has one row with the key result columns empty), which `okrdesk import` and File → Import read back.

Choices where the rules are silent:
- Order: cycles by start (a year before the quarters it holds), then each cycle's objectives in alignment
  order (parents before children, siblings by position), each objective's key results by position.
- `ref` is the objective's own reference (O-12). `parent_ref` names the objective it aligns to only when
  that objective is in the same file; it is left empty when the parent is not exported (its cycle was not
  chosen, or it lies outside the team or person exported), so the file never points outside itself.
- `as_of` is the moment of the key result's latest check-in (ISO, to the second), so an import records
  its current value at the same moment; empty when the key result has no check-in.
- Computed columns, ignored on import: `progress` (a key result's clamped progress, 0–1; for a row
  without a key result the objective's), `expected` (the cycle's pace on `today`), `status` (on_track,
  at_risk, off_track, no_data), `confidence` and `last_check_in` (from the latest check-in) and `score`
  (the key result's final score when the cycle has a stored retrospective).
- `owner_kind` and `owner_team`, `kr_owner_kind` and `kr_owner_team` (an addition beside OKR_RULES.md's
  columns, which the import reads back): the kind of the objective's and the key result's owner (person or
  team) and the team it belongs to (for a team, its parent team), so teams and memberships survive the
  trip; empty when there is no owner, or no team.
- `cycle_state` (the cycle's), `description`, `kind`, `state` and `progress_source` (the objective's) and
  `kr_description` (an addition beside OKR_RULES.md's columns, which the import reads back), so an
  objective's progress, status and standing survive the trip; check-in history, notes, authors,
  confidences and retrospectives do not (the check-in log is their record).
- A scope (a team or a person) keeps the objectives and key results it covers (domain/scope.review_items):
  an objective owned in the scope with all its key results, and an objective brought in only by a key
  result owned in the scope with just the key results of the scope (a key result counts for its own
  owner, else its objective's).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from okrdesk.domain.model import Cycle, KeyResult, Objective, objective_ref
from okrdesk.domain.progress import clamp, expected_for, key_result_progress, status, tree_progress
from okrdesk.domain.scope import owners_in_scope, review_items
from okrdesk.export.csv_files import (
    CHUNK_ROWS,
    Cancelled,
    Progress,
    alignment_order,
    formula_safe,
    number_cell,
    report,
    writing_csv,
)

if TYPE_CHECKING:
    from okrdesk.services.review import ReviewScope
    from okrdesk.services.workspace import Workspace

__all__ = ["COLUMNS", "Cancelled", "interchange_rows", "write_interchange_csv"]

COLUMNS = (
    "cycle", "cycle_start", "cycle_end", "cycle_state", "ref", "objective", "owner", "owner_kind",
    "owner_team", "parent_ref", "description", "kind", "state", "progress_source",
    "key_result", "kr_description", "type", "start", "target", "current", "unit", "weight", "kr_owner",
    "kr_owner_kind", "kr_owner_team", "as_of",
    "progress", "expected", "status", "confidence", "last_check_in", "score",
)  # fmt: skip
KR_COLUMNS = 12  # key_result … as_of: empty on the row of an objective without key results
PLACES = 4  # computed fractions are rounded to this many decimals


def _cycles(workspace: Workspace, cycle_name: str | None) -> list[Cycle]:
    return [workspace.cycle_by_name(cycle_name)] if cycle_name is not None else workspace.cycles()


def _stamp(kr: KeyResult) -> str:
    return "" if kr.last_check_in is None else kr.last_check_in.isoformat(timespec="seconds")


def interchange_rows(
    workspace: Workspace,
    cycle_name: str | None = None,
    scope: ReviewScope | None = None,
    today: date | None = None,
) -> list[list[str]]:
    """The rows of the interchange CSV (without the header), every cell already text and formula-safe."""
    day = today or date.today()
    everyone = workspace.owners()
    owners = {o.id: o for o in everyone}
    owner_ids = None
    if scope is not None and scope.owner is not None:
        owner_ids = owners_in_scope(everyone, scope.owner.id)

    def name(owner_id: int | None) -> str:
        owner = owners.get(owner_id) if owner_id is not None else None
        return formula_safe(owner.name) if owner is not None else ""

    def kind_and_team(owner_id: int | None) -> list[str]:
        owner = owners.get(owner_id) if owner_id is not None else None
        return [owner.kind.value, name(owner.parent_id)] if owner is not None else ["", ""]

    chosen: list[
        tuple[Cycle, list[Objective], dict[int, list[KeyResult]], dict[int, float | None], float]
    ] = []
    scores: dict[int, float] = {}
    ranks: dict[int, int] = {}  # the place of each objective in the file, for the order of the next cycles
    for cycle in _cycles(workspace, cycle_name):
        tree = workspace.cycle_tree(cycle.id)
        own = [o for o in tree.objectives if o.cycle_id == cycle.id]
        own_ids = {o.id for o in own}
        items = review_items(own, [k for k in tree.key_results if k.objective_id in own_ids], owner_ids)
        by_id = {o.id: o for o in items.objectives}
        order = alignment_order([(o.id, o.parent_id, o.position) for o in items.objectives], ranks)
        ranks.update((objective_id, len(ranks)) for objective_id in order)
        krs: dict[int, list[KeyResult]] = {}
        for kr in sorted(items.key_results, key=lambda k: (k.position, k.id)):
            krs.setdefault(kr.objective_id, []).append(kr)
        progress = tree_progress(tree.objectives, tree.key_results)
        chosen.append((cycle, [by_id[i] for i in order], krs, progress, expected_for(cycle, day)))
        stored = workspace.retrospective_rows(cycle.id)
        if stored is not None:
            scores.update({row[0]: row[2] for row in stored["scores"]})
    in_file = {o.id for _, objectives, _, _, _ in chosen for o in objectives}

    rows: list[list[str]] = []
    for cycle, objectives, krs, progress, expected in chosen:
        head = [formula_safe(cycle.name), cycle.start.isoformat(), cycle.end.isoformat(), cycle.state.value]
        for objective in objectives:
            parent = objective.parent_id
            base = [
                *head,
                objective.ref,
                formula_safe(objective.title),
                name(objective.owner_id),
                *kind_and_team(objective.owner_id),
                objective_ref(parent) if parent is not None and parent in in_file else "",
                formula_safe(objective.description),
                objective.kind.value,
                objective.state.value,
                objective.progress_source.value,
            ]
            if not krs.get(objective.id):
                value = progress.get(objective.id)
                state = status(value, expected).value
                computed = [number_cell(value, PLACES), number_cell(expected, PLACES), state, "", "", ""]
                rows.append([*base, *[""] * KR_COLUMNS, *computed])
                continue
            for kr in krs[objective.id]:
                done = clamp(key_result_progress(kr))
                confidence = "" if kr.last_confidence is None else str(kr.last_confidence)
                rows.append(
                    [
                        *base,
                        formula_safe(kr.title),
                        formula_safe(kr.description),
                        kr.kr_type.value,
                        number_cell(kr.start),
                        number_cell(kr.target),
                        number_cell(kr.current),
                        formula_safe(kr.unit),
                        number_cell(kr.weight),
                        name(kr.owner_id),
                        *kind_and_team(kr.owner_id),
                        _stamp(kr),
                        number_cell(done, PLACES),
                        number_cell(expected, PLACES),
                        status(done, expected).value,
                        confidence,
                        _stamp(kr),
                        number_cell(scores.get(kr.id)),
                    ]
                )
    return rows


def write_interchange_csv(
    workspace: Workspace,
    target: Path,
    cycle_name: str | None = None,
    scope: ReviewScope | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> int:
    """Writes the interchange CSV of one cycle (by name) or of every cycle (None); returns the rows written.

    The file is replaced whole or not at all. WorkspaceError says why a target cannot be written; Cancelled
    when `progress(done, total)` answers False (the target is left untouched). NotFoundError for an unknown
    cycle name.
    """
    rows = interchange_rows(workspace, cycle_name, scope, today)
    total = len(rows)
    with writing_csv(workspace, Path(target), "CSV file", COLUMNS) as out:
        report(progress, 0, total)
        for start in range(0, total, CHUNK_ROWS):
            out.write_rows(rows[start : start + CHUNK_ROWS])
            report(progress, min(start + CHUNK_ROWS, total), total)
    return total
