"""The check-in log CSV: one row per check-in, for spreadsheets and audits (it is not an import format).

Columns: cycle, objective_ref, objective, kr_ref, key_result, at, value, unit, confidence, note, author.
Same file rules as the interchange CSV (export/csv_files.py): UTF-8 with a BOM, commas, a header row,
formula-safe text, written whole or not at all.

Choices where the rules are silent:
- Order: cycles by start, objectives in alignment order, key results by position, each key result's
  check-ins oldest first; `at` is ISO local time to the second; notes are written exactly as stored (line
  breaks kept inside the quoted cell).
- A scope keeps the key results it covers, with their check-ins, as the interchange does
  (domain/scope.review_items): all the key results of an objective owned in the scope, and the key results
  owned in the scope under other objectives.
- Empty cells are empty (a key result without a unit has a blank unit, not `""`).

Speed: 400,000 check-ins must take about as long as a raw sqlite3 SELECT plus csv.writer. So the
check-ins are streamed from one joined query (store.fastread.check_in_log: the note and author are
formula-guarded and whole numbers written without ".0" inside SQLite), and the per-key-result cells
(cycle, titles, unit) are made safe once per key result in Python, not once per row.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from okrdesk.domain.model import KeyResult, Objective, key_result_ref, objective_ref
from okrdesk.domain.scope import owners_in_scope, review_items
from okrdesk.export.csv_files import (
    CHUNK_ROWS,
    Cancelled,
    Progress,
    alignment_order,
    csv_line,
    formula_safe,
    report,
    writing_csv,
)
from okrdesk.services.errors import WorkspaceError

if TYPE_CHECKING:
    from okrdesk.services.review import ReviewScope
    from okrdesk.services.workspace import Workspace

__all__ = ["COLUMNS", "Cancelled", "write_check_in_log"]

COLUMNS = (
    "cycle", "objective_ref", "objective", "kr_ref", "key_result", "at", "value", "unit", "confidence",
    "note", "author",
)  # fmt: skip


def _in_scope(
    workspace: Workspace, scope: ReviewScope | None, objectives: list[Any], key_results: list[Any]
) -> tuple[list[Any], list[Any]]:
    """The light rows a scope covers (domain/scope.review_items, on minimal domain objects)."""
    if scope is None or scope.owner is None:
        return objectives, key_results
    owner_ids = owners_in_scope(workspace.owners(), scope.owner.id)
    items = review_items(
        [Objective(id=o[0], cycle_id=o[1], title="", parent_id=o[2], owner_id=o[3]) for o in objectives],
        [KeyResult(id=k[0], objective_id=k[1], title="", owner_id=k[2]) for k in key_results],
        owner_ids,
    )
    kept_objectives = {o.id for o in items.objectives}
    kept_krs = {k.id for k in items.key_results}
    return [o for o in objectives if o[0] in kept_objectives], [k for k in key_results if k[0] in kept_krs]


def _ordered_key_results(
    workspace: Workspace, cycle_name: str | None, scope: ReviewScope | None
) -> tuple[list[int], dict[int, tuple[str, ...]]]:
    """The key result ids in file order, and per key result its cells: the first five and the unit."""
    cycles = [workspace.cycle_by_name(cycle_name)] if cycle_name is not None else workspace.cycles()
    objectives, key_results = workspace.export_outline([c.id for c in cycles])
    objectives, key_results = _in_scope(workspace, scope, objectives, key_results)
    names = {c.id: formula_safe(c.name) for c in cycles}
    krs_of: dict[int, list[tuple[Any, ...]]] = {}
    for kr in sorted(key_results, key=lambda k: (k[3], k[0])):
        krs_of.setdefault(kr[1], []).append(kr)
    order: list[int] = []
    cells: dict[int, tuple[str, ...]] = {}
    ranks: dict[int, int] = {}
    for cycle in cycles:
        own = [o for o in objectives if o[1] == cycle.id]
        titles = {o[0]: formula_safe(o[5]) for o in own}
        objective_order = alignment_order([(o[0], o[2], o[4]) for o in own], ranks)
        ranks.update((objective_id, len(ranks)) for objective_id in objective_order)
        for objective_id in objective_order:
            for kr in krs_of.get(objective_id, ()):
                order.append(kr[0])
                cells[kr[0]] = (
                    names[cycle.id],
                    objective_ref(objective_id),
                    titles[objective_id],
                    key_result_ref(kr[0]),
                    formula_safe(kr[4]),
                    formula_safe(kr[5]),
                )
    return order, cells


def write_check_in_log(
    workspace: Workspace,
    target: Path,
    cycle_name: str | None = None,
    scope: ReviewScope | None = None,
    progress: Progress | None = None,
) -> int:
    """Writes the check-in log of one cycle (by name) or of every cycle (None); returns the rows written.

    The file is replaced whole or not at all: WorkspaceError says why a target cannot be written;
    Cancelled when `progress(done, total)` answers False (the target is left untouched).
    """
    order, cells = _ordered_key_results(workspace, cycle_name, scope)
    total = workspace.check_in_log_count(order) if order else 0
    done = 0
    with writing_csv(workspace, Path(target), "check-in log", COLUMNS) as out:
        report(progress, 0, total)
        if not order:
            return 0
        # The cells of each key result and each author as CSV text once; rows are joined from the pieces.
        heads = {kr: csv_line(kr_cells[:5]) for kr, kr_cells in cells.items()}
        units = {kr: csv_line(kr_cells[5:]) if kr_cells[5] else "" for kr, kr_cells in cells.items()}
        authors = {o.id: csv_line([formula_safe(o.name)]) for o in workspace.owners()}
        try:
            cursor = workspace.check_in_log(order)
            while rows := cursor.fetchmany(CHUNK_ROWS):
                lines = [
                    f"{heads[k]},{at},{value},{units[k]},{confidence},{note},{authors.get(a, '')}\r\n"
                    for k, at, value, confidence, note, a in rows
                ]
                out.write_text("".join(lines))
                done += len(rows)
                report(progress, done, total)
        except sqlite3.Error as exc:
            raise WorkspaceError(
                f"{workspace.path.name} could not be read: {exc}. Nothing was written."
            ) from None
    return done
