"""Planning an import: after the rows are read (import_rows.py), the checks of the file as a whole (one ref
used for two objectives, cycles and their dates, alignment, owners with their kinds and teams) and the
ImportPlan they give: what would be created, in an order that puts every parent before its children, and
every problem with its row.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from okrdesk.domain.model import CycleState, ObjectiveKind, ObjectiveState, ProgressSource
from okrdesk.domain.validation import validate_cycle
from okrdesk.services.import_cells import cycle_dates_from_name, read_date, sentence
from okrdesk.services.import_layouts import FIELD_LABELS, OKRDESK
from okrdesk.services.import_model import (
    ImportPlan,
    PlannedCycle,
    PlannedObjective,
    PlannedOwner,
    listed,
    loops_in,
)
from okrdesk.services.import_read import shown
from okrdesk.services.import_rows import Draft, RowReader


class Planner(RowReader):
    """Reads the rows of a table (RowReader), then checks the whole file and builds the plan."""

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
                d.fields.get("description", ""),
                ObjectiveKind(d.fields.get("kind", ObjectiveKind.COMMITTED.value)),
                ObjectiveState(d.fields.get("state", ObjectiveState.ACTIVE.value)),
                ProgressSource(d.fields.get("progress_source", ProgressSource.KEY_RESULTS.value)),
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
            dates, unreadable = self._dates(name, rows)
            lines = sorted(line for found in dates.values() for line in found)
            if len(dates) > 1:
                self.problem(tuple(lines), f"cycle {shown(name)} is given different dates.")
                continue
            states = self.cycle_states.get(key, {})
            if len(states) > 1:
                given = sorted(line for found in states.values() for line in found)
                self.problem(
                    tuple(given), f"cycle {shown(name)} is given different states ({listed(sorted(states))})."
                )
            state = CycleState(next(iter(states))) if len(states) == 1 else None
            found = existing.get(key)
            if found is not None:
                for (start, end), given_lines in dates.items():
                    if (start, end) != (found.start, found.end):
                        self.problem(
                            (given_lines[0],),
                            f"cycle {shown(found.name)} exists from {found.start} to {found.end}, "
                            f"but the file says {start} to {end}.",
                        )
                if state is not None and state != found.state:
                    self.notes.append(
                        f"Cycle {shown(found.name)} exists and stays {found.state.value} "
                        f"(the file says {state.value})."
                    )
                planned[key] = PlannedCycle(found.name, found.start, found.end, found.id)
                continue
            given_span = next(iter(dates)) if dates else cycle_dates_from_name(name)
            first = (lines or [line for line, _, _ in rows])[:1]
            if given_span is None:
                if not unreadable:
                    self.problem(tuple(first), self._no_dates(name))
                continue
            for problem in validate_cycle(name, *given_span):
                self.problem(tuple(first), sentence(problem.message))
            planned[key] = PlannedCycle(name, *given_span, state=state)
        return planned

    def _dates(
        self, name: str, rows: list[tuple[int, str, str]]
    ) -> tuple[dict[tuple[date, date], list[int]], bool]:
        """The dates the rows give a cycle (each with its rows), and whether a row's dates were unreadable."""
        dates: dict[tuple[date, date], list[int]] = {}
        unreadable = False
        for line, start_text, end_text in rows:
            if not start_text and not end_text:
                continue
            if not start_text or not end_text:
                absent = "cycle_start" if not start_text else "cycle_end"
                self.problem((line,), f"cycle {shown(name)} needs both dates: {self.empty(absent)}.")
                unreadable = True
                continue
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
        return dates, unreadable

    def _no_dates(self, name: str) -> str:
        """What to do about a new cycle without dates, naming the file's date columns or the ones to add."""
        columns = [self.mapping.get("cycle_start"), self.mapping.get("cycle_end")]
        if columns[0] and columns[1]:
            return f"cycle {shown(name)} is new: give its dates in {columns[0]} and {columns[1]}."
        absent = [FIELD_LABELS[f] for f in ("cycle_start", "cycle_end") if not self.mapping.get(f)]
        add = f"a {absent[0]} column" if len(absent) == 1 else f"{listed(absent)} columns"
        return (
            f"cycle {shown(name)} is new and its name says no dates: add {add} with its dates "
            "(or choose the columns that hold them), or name it by its period, like 2026 Q3."
        )

    def _parents(self, cycles: dict[str, PlannedCycle]) -> dict[str, str]:
        """Objective key → parent key; problems for unknown parents, cycles that do not enclose, loops."""
        by_ref = {d.ref.casefold(): d for d in self.drafts.values() if d.ref}
        by_title: dict[str, list[Draft]] = {}
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
        for loop in loops_in(parents):
            lines = tuple(sorted(self.drafts[k].line for k in loop))
            names = [self.drafts[k].ref or shown(self.drafts[k].title) for k in [*loop, loop[0]]]
            self.problem(lines, f"{self.column('parent_ref')} forms a loop ({' → '.join(names)}).")
        return parents

    def _owners(self) -> tuple[PlannedOwner, ...]:
        """The owners the objectives and key results name, with their kinds and teams (import_owners.py)."""
        names = [d.owner for d in self.drafts.values()] + [
            kr.owner or "" for d in self.drafts.values() for kr in d.key_results
        ]
        return self.owner_book.plan(names, self.workspace.owners(), self.notes)

    def _ordered(self, parents: dict[str, str]) -> list[Draft]:
        """The objectives with every parent before its children (file order otherwise)."""
        done: set[str] = set()
        order: list[Draft] = []
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
