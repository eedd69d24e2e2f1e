"""What an import plans to do, as plain frozen dataclasses: the cycles, owners, objectives and key results it
would create, the preview of each row, and the ImportPlan that holds them with every problem found
(import_plan.py builds it). No Qt, no database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from okrdesk.domain.cycles import format_date_range
from okrdesk.domain.model import CycleState, KRType, ObjectiveKind, ObjectiveState, OwnerKind, ProgressSource
from okrdesk.services.import_layouts import OKRDESK
from okrdesk.services.import_read import CsvTable, RowProblem


@dataclass(frozen=True, slots=True)
class PlannedCycle:
    name: str
    start: date
    end: date
    existing_id: int | None = None  # None: created by the import
    state: CycleState | None = None  # a new cycle's state from the file; None: by its dates


@dataclass(frozen=True, slots=True)
class PlannedOwner:
    name: str
    existing_id: int | None = None  # None: created by the import
    kind: OwnerKind = OwnerKind.PERSON
    team: str | None = None  # a new owner's team (for a team: its parent team), by name


@dataclass(frozen=True, slots=True)
class PlannedKeyResult:
    line: int
    title: str
    kr_type: KRType
    start: float
    target: float
    unit: str = ""
    weight: float = 1.0
    owner: str | None = None
    current: float = 0.0
    check_in_at: datetime | None = None  # None: no check-in (the current value is the start)
    confidence: int | None = None
    note: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class PlannedObjective:
    key: str  # the ref, or the cycle and title: unique in the file
    line: int
    cycle: str
    title: str
    owner: str | None = None
    parent_key: str | None = None
    key_results: tuple[PlannedKeyResult, ...] = ()
    description: str = ""
    kind: ObjectiveKind = ObjectiveKind.COMMITTED
    state: ObjectiveState = ObjectiveState.ACTIVE
    progress_source: ProgressSource = ProgressSource.KEY_RESULTS


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One data row of the file as the import reads it, with its problems (for the preview table)."""

    line: int
    cycle: str
    objective: str
    key_result: str
    owner: str
    measure: str  # "10 → 30 %"
    current: str
    continued: bool = False  # the objective cell was empty: the row continues the objective above
    problems: tuple[str, ...] = ()


def counted(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


def listed(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _names(names: list[str], limit: int | None) -> str:
    if limit is None or len(names) <= limit:
        return ", ".join(names)
    return ", ".join(names[:limit]) + f" and {len(names) - limit:,} more"


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do, and every problem that stops it (then nothing is written)."""

    table: CsvTable
    layout: str
    mapping: Mapping[str, str | None]
    cycles: tuple[PlannedCycle, ...] = ()
    owners: tuple[PlannedOwner, ...] = ()
    objectives: tuple[PlannedObjective, ...] = ()  # parents before children
    preview: tuple[PreviewRow, ...] = ()
    problems: tuple[RowProblem, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def layout_words(self) -> str:
        if self.layout == OKRDESK:
            return "okrdesk's CSV interchange"
        has = {f for f, column in self.mapping.items() if column}
        if {"start", "target"} <= has:
            return "a spreadsheet OKR template with start, target and current values"
        if "progress" in has:
            return "a spreadsheet OKR template with progress in %"
        return "a spreadsheet list of objectives and key results"

    def counts(self) -> dict[str, int]:
        krs = [kr for o in self.objectives for kr in o.key_results]
        new_owners = [o for o in self.owners if o.existing_id is None]
        return {
            "cycles": sum(1 for c in self.cycles if c.existing_id is None),
            "people": sum(1 for o in new_owners if o.kind == OwnerKind.PERSON),
            "teams": sum(1 for o in new_owners if o.kind == OwnerKind.TEAM),
            "objectives": len(self.objectives),
            "key_results": len(krs),
            "check_ins": sum(1 for kr in krs if kr.check_in_at is not None),
        }

    def details(self, limit: int | None = None) -> list[str]:
        """The new cycles, people and teams by name, a line each ("New people: Ann, Ben"); `limit` names at
        most that many of each ("… and 480 more")."""
        new_owners = [o for o in self.owners if o.existing_id is None]
        groups = [
            (
                "New cycles",
                [
                    f"{c.name} ({format_date_range(c.start, c.end)})"
                    for c in self.cycles
                    if c.existing_id is None
                ],
            ),
            ("New people", [o.name for o in new_owners if o.kind == OwnerKind.PERSON]),
            ("New teams", [o.name for o in new_owners if o.kind == OwnerKind.TEAM]),
        ]
        return [f"{title}: {_names(names, limit)}" for title, names in groups if names]

    @property
    def summary(self) -> str:
        """ "Will create 1 cycle, 4 people, 13 objectives, 26 key results and record 14 check-ins" (and
        "2 teams" after the people when the file brings new teams)."""
        n = self.counts()
        made = [
            counted(n["cycles"], "cycle", "cycles") if n["cycles"] else "",
            counted(n["people"], "person", "people") if n["people"] else "",
            counted(n["teams"], "team", "teams") if n["teams"] else "",
            counted(n["objectives"], "objective", "objectives"),
            counted(n["key_results"], "key result", "key results"),
        ]
        made = [m for m in made if m]
        if n["check_ins"]:
            recorded = counted(n["check_ins"], "check-in", "check-ins")
            return f"Will create {', '.join(made)} and record {recorded}"
        return f"Will create {listed(made)}"


def loops_in(parents: Mapping[str, str]) -> list[list[str]]:
    """Each loop of a child → parent map once, as the members met walking up from the first one found
    (new teams placed in one another, objectives aligned in a circle)."""
    loops: list[list[str]] = []
    reported: set[str] = set()
    for start in parents:
        path, node = [start], parents.get(start)
        while node is not None and node not in path and node not in reported:
            path.append(node)
            node = parents.get(node)
        if node is not None and node in path:
            loop = path[path.index(node) :]
            reported.update(loop)
            loops.append(loop)
    return loops
