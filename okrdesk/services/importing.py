"""Importing OKRs from a CSV file (shared OKR_RULES.md, "CSV interchange", and spreadsheet templates).

`plan_import` reads the file and checks every row against the rules without writing anything: the plan says
what would be created and lists every problem with its row. `apply_import` saves a backup of the workspace,
then writes the whole plan in one transaction: all of it or, on any problem, nothing. The file formats and
header names are in import_layouts.py and docs/import.md.

Choices where the rules are silent:
- Refs are keys inside the file: imported objectives are always new objectives, never merged with existing
  ones. Without a ref, rows of one cycle with the same objective title are one objective.
- A row whose objective and ref are empty continues the objective above (templates that fill in the
  objective only on its first row); in a template an empty cycle continues the cycle above, and a file
  without a cycle column goes into the workspace's current cycle.
- Cycles and people are matched by name, ignoring case; a new name becomes a person without a team. A new
  cycle takes the file's cycle_start and cycle_end, else the dates its name says ("2026 Q3"); its state is
  active when it contains today, closed when it has ended, else planning.
- Owner: without a kr_owner column, a row whose owner differs from its objective's owner gives that key
  result its own owner (templates where "Owner" is per key result).
- Template key results: an empty type means increase, or decrease when the target is below the start; no
  start and target but a progress % gives 0 → 100 %; no numbers at all gives a milestone (not done).
- A check-in is recorded when the current value differs from the start (or a template gives a confidence),
  at `as_of` (a day alone: 12:00, or now when it is today), else at the moment of the import.
- parent_ref names a ref of the file; in a template it may also name an objective title of the file.
- Titles and names lose surrounding spaces and tabs, as when they are typed in the app.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from okrdesk.domain.checkins import date_problem
from okrdesk.domain.model import CycleState, KRType
from okrdesk.domain.validation import (
    FieldError,
    format_number,
    validate_check_in_value,
    validate_cycle,
    validate_key_result,
    validate_title,
)
from okrdesk.services.errors import ValidationError, WorkspaceError
from okrdesk.services.import_layouts import (
    OKRDESK,
    CsvTable,
    RowProblem,
    cycle_dates_from_name,
    detect_layout,
    read_confidence,
    read_date,
    read_moment,
    read_number,
    read_table,
    read_type,
    resolve_mapping,
    shown,
    unguard,
)

if TYPE_CHECKING:
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
class PlannedCycle:
    name: str
    start: date
    end: date
    existing_id: int | None = None  # None: created by the import


@dataclass(frozen=True, slots=True)
class PlannedOwner:
    name: str
    existing_id: int | None = None  # None: created by the import, as a person


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


@dataclass(frozen=True, slots=True)
class PlannedObjective:
    key: str  # the ref, or the cycle and title: unique in the file
    line: int
    cycle: str
    title: str
    owner: str | None = None
    parent_key: str | None = None
    key_results: tuple[PlannedKeyResult, ...] = ()


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


def _counted(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _listed(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


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
        return {
            "cycles": sum(1 for c in self.cycles if c.existing_id is None),
            "people": sum(1 for o in self.owners if o.existing_id is None),
            "objectives": len(self.objectives),
            "key_results": len(krs),
            "check_ins": sum(1 for kr in krs if kr.check_in_at is not None),
        }

    @property
    def summary(self) -> str:
        """ "Will create 1 cycle, 4 people, 13 objectives, 26 key results and record 14 check-ins"."""
        n = self.counts()
        made = [
            _counted(n["cycles"], "cycle", "cycles") if n["cycles"] else "",
            _counted(n["people"], "person", "people") if n["people"] else "",
            _counted(n["objectives"], "objective", "objectives"),
            _counted(n["key_results"], "key result", "key results"),
        ]
        made = [m for m in made if m]
        if n["check_ins"]:
            recorded = _counted(n["check_ins"], "check-in", "check-ins")
            return f"Will create {', '.join(made)} and record {recorded}"
        return f"Will create {_listed(made)}"


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

    @property
    def summary(self) -> str:
        """ "1 cycle, 4 people, 13 objectives, 26 key results and 14 check-ins" (no cycles, people or
        check-ins when there are none)."""
        parts = [
            _counted(self.cycles, "cycle", "cycles") if self.cycles else "",
            _counted(self.people, "person", "people") if self.people else "",
            _counted(self.objectives, "objective", "objectives"),
            _counted(self.key_results, "key result", "key results"),
            _counted(self.check_ins, "check-in", "check-ins") if self.check_ins else "",
        ]
        return _listed([p for p in parts if p])


# ---- planning -------------------------------------------------------------------------------------------


@dataclass
class _Draft:
    """An objective while the rows are read."""

    key: str
    ref: str
    line: int
    cycle: str
    title: str
    owner: str
    parent: str = ""
    parent_line: int = 0
    key_results: list[PlannedKeyResult] = field(default_factory=list)


def _sentence(message: str) -> str:
    """A message of the validation rules continued after "Row 7: " (lower case, unless an acronym)."""
    first = message.split(" ", 1)[0]
    return message if len(first) > 1 and first.isupper() else message[:1].lower() + message[1:]


class _Planner:
    """Reads the rows of a table once and collects the plan and every problem."""

    def __init__(
        self,
        workspace: Workspace,
        table: CsvTable,
        layout: str,
        mapping: dict[str, str | None],
        now: datetime,
    ) -> None:
        self.workspace = workspace
        self.table = table
        self.layout = layout
        self.mapping = mapping
        self.now = now
        self.index = {f: table.headers.index(c) for f, c in mapping.items() if c}
        self.problems: list[RowProblem] = []
        self.drafts: dict[str, _Draft] = {}
        self.conflicts: dict[str, tuple[set[int], set[str]]] = {}
        self.cycle_dates: dict[str, list[tuple[int, str, str]]] = {}
        self.notes: list[str] = []
        self.preview: list[PreviewRow] = []
        self.default_cycle = ""
        self.fractions = self._progress_as_fractions()

    def problem(self, lines: tuple[int, ...], text: str) -> None:
        self.problems.append(RowProblem(lines, text))

    def column(self, name: str) -> str:
        return self.mapping.get(name) or name

    def _progress_as_fractions(self) -> bool:
        """True when every progress value lies within 0–1 and none has a %: then 0.45 means 45 %."""
        if "progress" not in self.index:
            return False
        values = [cells[self.index["progress"]].strip() for _, cells in self.table.rows]
        numbers = [v for v in values if v]
        try:
            read = [read_number(v, "progress", self.table.delimiter) for v in numbers if "%" not in v]
        except ValueError:
            return False
        return bool(read) and len(read) == len(numbers) and all(0 <= v <= 1 for v in read)

    # ---- rows ---------------------------------------------------------------------------------------

    def run(self) -> None:
        if {"objective_ref", "kr_ref", "at"} <= {h.casefold() for h in self.table.headers}:
            self.problem(
                (),
                "This is okrdesk's check-in log, which cannot be imported; export the CSV of key "
                "results (okrdesk export --format csv) and import that.",
            )
            return
        required = ["objective"] + (["cycle"] if self.layout == OKRDESK else [])
        if self.layout == OKRDESK and any(
            cells[self.index["key_result"]].strip()
            for _, cells in self.table.rows
            if "key_result" in self.index
        ):
            required += ["start", "target"]
        missing = [f for f in required if f not in self.index]
        if missing:
            columns = ", ".join(self.table.headers)
            for name in missing:
                self.problem(
                    (),
                    f"No column holds the {name} (the file's columns: {columns}); choose the one that does.",
                )
            return
        if "cycle" not in self.index:
            current = self.workspace.current_cycle(self.now.date())
            if current is None:
                self.problem(
                    (), "The file has no cycle column and the workspace has no cycle; add a cycle column."
                )
                return
            self.default_cycle = current.name
            self.notes.append(f"The file has no cycle column: its objectives go into {current.name}.")
        previous: _Draft | None = None
        last_cycle = self.default_cycle
        for line, cells in self.table.rows:
            values = {f: unguard(cells[i]).strip() for f, i in self.index.items()}
            draft = self._objective(line, values, previous, last_cycle)
            if draft is None:
                self._preview(line, values, None, None)
                continue
            previous, last_cycle = draft, draft.cycle
            kr = self._key_result(line, values, draft)
            if kr is not None:
                draft.key_results.append(kr)
            self._preview(line, values, kr, draft)

    def _objective(
        self, line: int, values: dict[str, str], previous: _Draft | None, last_cycle: str
    ) -> _Draft | None:
        title, ref = values.get("objective", ""), values.get("ref", "")
        cycle = values.get("cycle", "") or ("" if self.layout == OKRDESK else last_cycle)
        if not title and not ref:
            if previous is None:
                self.problem((line,), "the objective is empty, and there is no objective above to continue.")
                return None
            if values.get("cycle") and values["cycle"].casefold() != previous.cycle.casefold():
                self.problem(
                    (line,),
                    f"this row continues {shown(previous.title)} of {previous.cycle} but "
                    f"says cycle {shown(values['cycle'])}.",
                )
            return previous
        if not cycle:
            self.problem((line,), f"the {self.column('cycle')} is empty.")
            return None
        key = ref.casefold() if ref else f"{cycle.casefold()}\n{title}"
        owner = values.get("owner", "")
        found = self.drafts.get(key)
        if found is None:
            if not title:
                self.problem((line,), f"ref {shown(ref)} has no objective title.")
                return None
            self._check_text(line, title, self.column("objective"))
            self._check_name(line, owner, self.column("owner"))
            found = _Draft(key, ref, line, cycle, title, owner, values.get("parent_ref", ""), line)
            self.drafts[key] = found
        else:
            differs = [
                what
                for what, mine, theirs in (
                    ("titles", title, found.title),
                    ("cycles", cycle.casefold(), found.cycle.casefold()),
                    (
                        "owners",
                        owner.casefold() if "kr_owner" in self.index else "",
                        found.owner.casefold() if "kr_owner" in self.index else "",
                    ),
                    ("parents", values.get("parent_ref", "").casefold(), found.parent.casefold()),
                )
                if mine and theirs and mine != theirs
            ]
            if differs:
                lines, what = self.conflicts.setdefault(key, ({found.line}, set()))
                lines.add(line)
                what.update(differs)
            if not found.parent and values.get("parent_ref"):
                found.parent, found.parent_line = values["parent_ref"], line
        self.cycle_dates.setdefault(found.cycle.casefold(), []).append(
            (line, values.get("cycle_start", ""), values.get("cycle_end", ""))
        )
        return found

    def _check_text(self, line: int, text: str, column: str) -> None:
        """A title: one line, at most 500 characters (the app's rule)."""
        for problem in validate_title(text, column):
            self.problem((line,), _sentence(problem.message))

    def _check_name(self, line: int, name: str, column: str, limit: int = 200) -> None:
        """A person's or a cycle's name: one line, at most `limit` characters."""
        if len(name) > limit:
            self.problem((line,), f"{column} is {len(name):,} characters long; the limit is {limit}.")
        elif any(unicodedata.category(c) == "Cc" for c in name):
            self.problem((line,), f"{column} {shown(name)} contains a line break or control character.")

    def _number(self, line: int, values: dict[str, str], name: str) -> float | None:
        text = values.get(name, "")
        if not text:
            return None
        try:
            return read_number(text, self.column(name), self.table.delimiter)
        except ValueError as exc:
            self.problem((line,), str(exc))
            return None

    def _key_result(self, line: int, values: dict[str, str], draft: _Draft) -> PlannedKeyResult | None:
        title = values.get("key_result", "")
        given = [
            f
            for f in ("start", "target", "current", "progress", "type", "unit", "weight", "kr_owner")
            if values.get(f)
        ]
        if not title:
            if given:
                self.problem(
                    (line,),
                    f"{', '.join(self.column(f) for f in given)} given, but the "
                    f"{self.column('key_result')} is empty.",
                )
            return None
        ok = len(self.problems)
        self._check_text(line, title, self.column("key_result"))
        start, target = self._number(line, values, "start"), self._number(line, values, "target")
        current, unit = self._number(line, values, "current"), values.get("unit", "")
        progress = self._number(line, values, "progress")
        if start is None and target is None and not values.get("start") and not values.get("target"):
            if self.layout == OKRDESK:
                self.problem(
                    (line,), f"a key result needs a {self.column('start')} and a {self.column('target')}."
                )
            elif progress is not None or self._progress_only(values):
                start, target, unit = 0.0, 100.0, unit or "%"
                if progress is not None:
                    current = progress * 100 if self.fractions and "%" not in values["progress"] else progress
            elif current is not None:
                self.problem(
                    (line,),
                    f"give a {self.column('start')} and a {self.column('target')} with "
                    f"{self.column('current')} (or a progress %).",
                )
            else:
                start, target = 0.0, 1.0
                values = {**values, "type": values.get("type") or "milestone"}
        else:
            for name, number in (("start", start), ("target", target)):
                if number is None and not values.get(name):
                    self.problem(
                        (line,), f"the {self.column(name)} is empty; a key result needs a start and a target."
                    )
        kr_type = self._type(line, values, start, target)
        weight = self._number(line, values, "weight")
        weight = 1.0 if weight is None else weight
        if start is None or target is None or kr_type is None or len(self.problems) > ok:
            return None
        for problem in validate_key_result(kr_type, start, target, weight, unit):
            self.problem((line,), _sentence(problem.message))
        current = start if current is None else current
        for problem in validate_check_in_value(current, kr_type):
            self.problem((line,), f"{self.column('current')}: {_sentence(problem.message)}")
        confidence = self._confidence(line, values)
        owner = values.get("kr_owner", "")
        if "kr_owner" not in self.index and values.get("owner", "").casefold() not in (
            "",
            draft.owner.casefold(),
        ):
            owner = values["owner"]
        self._check_name(line, owner, self.column("kr_owner" if "kr_owner" in self.index else "owner"))
        at: datetime | None = None
        if current != start or confidence is not None:
            at = self._moment(line, values)
        if len(self.problems) > ok:
            return None
        return PlannedKeyResult(
            line,
            title,
            kr_type,
            start,
            target,
            unit,
            weight,
            owner or None,
            current,
            at,
            confidence,
            values.get("note", ""),
        )

    def _progress_only(self, values: dict[str, str]) -> bool:
        """A template with a progress column and no start or target: an empty progress is 0 %."""
        columns = "progress" in self.index and not ({"start", "target"} & set(self.index))
        return columns and not values.get("progress")

    def _type(
        self, line: int, values: dict[str, str], start: float | None, target: float | None
    ) -> KRType | None:
        text = values.get("type", "")
        if not text:
            down = start is not None and target is not None and target < start and self.layout != OKRDESK
            return KRType.DECREASE if down else KRType.INCREASE
        try:
            return KRType(read_type(text, self.column("type")))
        except ValueError as exc:
            self.problem((line,), str(exc))
            return None

    def _confidence(self, line: int, values: dict[str, str]) -> int | None:
        if not values.get("confidence"):
            return None
        try:
            return read_confidence(values["confidence"], self.column("confidence"), self.table.delimiter)
        except ValueError as exc:
            self.problem((line,), str(exc))
            return None

    def _moment(self, line: int, values: dict[str, str]) -> datetime | None:
        if not values.get("as_of"):
            return self.now
        try:
            at = read_moment(values["as_of"], self.column("as_of"))
        except ValueError as exc:
            self.problem((line,), str(exc))
            return None
        if len(values["as_of"].strip()) <= 10 and at.date() == self.now.date():
            at = self.now
        problem = date_problem(at, self.now)
        if problem is not None:
            self.problem(
                (line,), f"{self.column('as_of')} {shown(values['as_of'])}: {_sentence(problem.message)}"
            )
        return at

    def _preview(
        self, line: int, values: dict[str, str], kr: PlannedKeyResult | None, draft: _Draft | None
    ) -> None:
        measure = f"{values.get('start', '')} → {values.get('target', '')}".strip(" →")
        current = values.get("current", "")
        if kr is not None:
            unit = f" {kr.unit}" if kr.unit else ""
            measure = f"{format_number(kr.start)} → {format_number(kr.target)}{unit}"
            current = f"{format_number(kr.current)}{unit}"
        row = PreviewRow(
            line,
            draft.cycle if draft else values.get("cycle", ""),
            draft.title if draft else values.get("objective", ""),
            values.get("key_result", ""),
            (kr.owner if kr else None) or (draft.owner if draft else values.get("owner", "")),
            measure,
            current,
            continued=draft is not None and not values.get("objective") and not values.get("ref"),
        )
        self.preview.append(row)

    # ---- the whole file ------------------------------------------------------------------------------

    def finish(self) -> ImportPlan:
        for lines, what in self.conflicts.values():
            draft = next(d for d in self.drafts.values() if d.line == min(lines))
            name = f"ref {shown(draft.ref)}" if draft.ref else f"the objective {shown(draft.title)}"
            self.problem(
                tuple(sorted(lines)),
                f"{name} is used for two different objectives (their {' and '.join(sorted(what))} differ).",
            )
        cycles = self._cycles()
        parents = self._parents(cycles)
        owners = self._owners()
        ordered = self._ordered(parents)
        objectives = tuple(
            PlannedObjective(
                d.key,
                d.line,
                cycles[d.cycle.casefold()].name if d.cycle.casefold() in cycles else d.cycle,
                d.title,
                d.owner or None,
                parents.get(d.key),
                tuple(d.key_results),
            )
            for d in ordered
        )
        problems = sorted(self.problems, key=lambda p: p.lines[:1] or (0,))
        by_line: dict[int, list[str]] = {}
        for p in problems:
            for line in p.lines:
                by_line.setdefault(line, []).append(p.problem)
        preview = tuple(replace(r, problems=tuple(by_line.get(r.line, ()))) for r in self.preview)
        return ImportPlan(
            self.table,
            self.layout,
            dict(self.mapping),
            tuple(cycles.values()),
            owners,
            objectives,
            preview,
            tuple(problems),
            tuple(self.notes),
        )

    def _cycles(self) -> dict[str, PlannedCycle]:
        existing = {c.name.casefold(): c for c in self.workspace.cycles()}
        planned: dict[str, PlannedCycle] = {}
        for key, rows in self.cycle_dates.items():
            name = next(d.cycle for d in self.drafts.values() if d.cycle.casefold() == key)
            dates: dict[tuple[date, date], list[int]] = {}
            unreadable = False
            for line, start_text, end_text in rows:
                if start_text or end_text:
                    try:
                        span = (
                            read_date(start_text, self.column("cycle_start")),
                            read_date(end_text, self.column("cycle_end")),
                        )
                    except ValueError as exc:
                        self.problem((line,), str(exc))
                        unreadable = True
                        continue
                    dates.setdefault(span, []).append(line)
            lines = sorted(line for found in dates.values() for line in found)
            if len(dates) > 1:
                self.problem(tuple(lines), f"cycle {shown(name)} is given different dates.")
                continue
            found = existing.get(key)
            if found is not None:
                for (start, end), given in dates.items():
                    if (start, end) != (found.start, found.end):
                        self.problem(
                            (given[0],),
                            f"cycle {shown(found.name)} exists from {found.start} to {found.end}, "
                            f"but the file says {start} to {end}.",
                        )
                planned[key] = PlannedCycle(found.name, found.start, found.end, found.id)
                continue
            given_span = next(iter(dates)) if dates else cycle_dates_from_name(name)
            first = (lines or [line for line, _, _ in rows])[:1]
            if given_span is None:
                if not unreadable:
                    self.problem(
                        tuple(first),
                        f"cycle {shown(name)} is new: give its dates in "
                        f"{self.column('cycle_start')} and {self.column('cycle_end')}.",
                    )
                continue
            for problem in validate_cycle(name, *given_span):
                self.problem(tuple(first), _sentence(problem.message))
            planned[key] = PlannedCycle(name, *given_span)
        return planned

    def _parents(self, cycles: dict[str, PlannedCycle]) -> dict[str, str]:
        """Objective key → parent key; problems for unknown parents, cycles that do not enclose, loops."""
        by_ref = {d.ref.casefold(): d for d in self.drafts.values() if d.ref}
        by_title: dict[str, list[_Draft]] = {}
        for d in self.drafts.values():
            by_title.setdefault(d.title.casefold(), []).append(d)
        parents: dict[str, str] = {}
        for d in self.drafts.values():
            if not d.parent:
                continue
            titled = by_title.get(d.parent.casefold(), []) if self.layout != OKRDESK else []
            parent = by_ref.get(d.parent.casefold()) or (titled[0] if len(titled) == 1 else None)
            column = self.column("parent_ref")
            if parent is None:
                self.problem(
                    (d.parent_line,), f"{column} {shown(d.parent)} is not an objective in this file."
                )
            elif parent is d:
                self.problem(
                    (d.parent_line,), f"{column} {shown(d.parent)}: an objective cannot align to itself."
                )
            else:
                mine, theirs = cycles.get(d.cycle.casefold()), cycles.get(parent.cycle.casefold())
                if mine and theirs and not (theirs.start <= mine.start and mine.end <= theirs.end):
                    self.problem(
                        (d.parent_line,),
                        f"{shown(d.title)} ({mine.name}) cannot align to "
                        f"{shown(parent.title)}: {theirs.name} does not contain {mine.name}.",
                    )
                parents[d.key] = parent.key
        reported: set[str] = set()
        for start in parents:
            path, node = [start], parents.get(start)
            while node is not None and node not in path and node not in reported:
                path.append(node)
                node = parents.get(node)
            if node is not None and node in path:
                loop = path[path.index(node) :]
                reported.update(loop)
                lines = tuple(sorted(self.drafts[k].line for k in loop))
                names = [self.drafts[k].ref or shown(self.drafts[k].title) for k in [*loop, loop[0]]]
                self.problem(lines, f"{self.column('parent_ref')} forms a loop ({' → '.join(names)}).")
        return parents

    def _owners(self) -> tuple[PlannedOwner, ...]:
        existing = {o.name.casefold(): o for o in self.workspace.owners()}
        names = [d.owner for d in self.drafts.values()] + [
            kr.owner or "" for d in self.drafts.values() for kr in d.key_results
        ]
        planned: dict[str, PlannedOwner] = {}
        for name in names:
            if name and name.casefold() not in planned:
                found = existing.get(name.casefold())
                planned[name.casefold()] = PlannedOwner(found.name, found.id) if found else PlannedOwner(name)
        return tuple(planned.values())

    def _ordered(self, parents: dict[str, str]) -> list[_Draft]:
        """The objectives with every parent before its children (file order otherwise)."""
        done: set[str] = set()
        order: list[_Draft] = []
        for draft in self.drafts.values():
            chain = []
            node: str | None = draft.key
            while node is not None and node not in done and node not in chain:
                chain.append(node)
                node = parents.get(node)
            for key in reversed(chain):
                done.add(key)
                order.append(self.drafts[key])
        return order


def plan_table(
    workspace: Workspace,
    table: CsvTable,
    mapping: Mapping[str, str | None] | None = None,
    now: datetime | None = None,
) -> ImportPlan:
    """The plan of importing a table already read, with the caller's column mapping over the detected one."""
    layout = detect_layout(table.headers)
    resolved, problems = resolve_mapping(table.headers, layout, mapping)
    planner = _Planner(workspace, table, layout, resolved, now or datetime.now().replace(microsecond=0))
    planner.problems += [*table.problems, *problems]
    if table.headers and table.rows and not problems:
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
    """Where the copy made before an import goes: ``backups/<stem>-before-import-<time>.okr``."""
    folder = backup_dir if backup_dir is not None else workspace.path.parent / "backups"
    return folder / f"{workspace.path.stem}-before-import-{now:%Y%m%d-%H%M%S}.okr"


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
    )


def _state(cycle: PlannedCycle, today: date) -> str:
    if cycle.start <= today <= cycle.end:
        return CycleState.ACTIVE.value
    return CycleState.CLOSED.value if cycle.end < today else CycleState.PLANNING.value


def _store(workspace: Workspace, plan: ImportPlan, now: datetime) -> tuple[int, ...]:
    """Writes the plan in one transaction (editor.session: BEGIN IMMEDIATE, rolled back on any error).

    Rows go in as one executemany INSERT per table (and per level of alignment), which keeps 10,000
    objectives to seconds. The new ids are read back in order: ids are AUTOINCREMENT, so rows inserted
    by the one writer holding the lock get increasing ids, in the order given (checked by count).
    """
    from sqlalchemy import func, insert, select

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
        new_people = [o.name for o in plan.owners if o.existing_id is None]
        people = [
            {"kind": "person", "name": n, "email": "", "position": count + i}
            for i, n in enumerate(new_people)
        ]
        owner_ids = {o.name.casefold(): o.existing_id for o in plan.owners if o.existing_id is not None}
        owner_ids.update(zip((n.casefold() for n in new_people), inserted(OwnerRow, people), strict=True))

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
                        "description": "",
                        "kind": "committed",
                        "state": "active",
                        "position": position,
                        "progress_source": "key_results",
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
                "description": "",
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
