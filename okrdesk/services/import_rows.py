"""Reading the rows of an import table one by one: each row's objective (a new one, or one of the file met
before) and key result, checked as the app checks typed input, with every problem of a row at once, what it
says of its owners' kinds and teams (kept by import_owners.py), and the preview of each row. import_plan.py
then checks the file as a whole and builds the ImportPlan. The cells themselves are read by
import_values.py.

Choices where shared OKR_RULES.md is silent:
- A row is checked whole: a bad type does not hide a bad weight of the same row.
- A note without a current value or confidence is recorded as a check-in at the start value (its words
  are the news). A note on a row without a key result cannot be recorded: a plan note names those rows.
- The objective's description, kind, state and progress source (columns added beside OKR_RULES.md's) are
  given on any of its rows; two rows of one objective that give different ones are refused, as titles are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from okrdesk.domain.model import KRType
from okrdesk.domain.validation import (
    TEXT_MAX,
    validate_check_in_value,
    validate_key_result,
)
from okrdesk.services.import_cells import sentence, unguard
from okrdesk.services.import_layouts import FIELDS, OKRDESK
from okrdesk.services.import_model import PlannedKeyResult, PreviewRow, listed
from okrdesk.services.import_owners import OwnerBook
from okrdesk.services.import_read import CsvTable, shown
from okrdesk.services.import_values import CellReader, current_text, measure_text

if TYPE_CHECKING:
    from okrdesk.services.workspace import Workspace

__all__ = ["Draft", "RowReader", "sentence"]

# The objective's own fields (an addition beside OKR_RULES.md's columns), with the words a conflict uses.
OBJECTIVE_CHOICES = {
    "kind": ("kinds", ("committed", "aspirational")),
    "state": ("states", ("draft", "active", "done", "dropped")),
    "progress_source": ("progress sources", ("key_results", "children", "both")),
}
CYCLE_STATES = ("planning", "active", "closed")
# Cells that belong to a key result: given on a row without one, they are a problem of that row.
KR_CELLS = (
    "kr_description", "type", "start", "target", "current", "unit", "weight", "kr_owner", "progress",
    "confidence",
)  # fmt: skip
UNSTRIPPED = ("description", "kr_description")  # free text, kept as written (as the app keeps it)


@dataclass
class Draft:
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
    fields: dict[str, str] = field(default_factory=dict)  # description, kind, state, progress_source


class RowReader(CellReader):
    """Reads the rows of a table once: the draft objectives, the problems of each row and the preview."""

    def __init__(
        self,
        workspace: Workspace,
        table: CsvTable,
        layout: str,
        mapping: dict[str, str | None],
        now: datetime,
    ) -> None:
        super().__init__(workspace, table, layout, mapping, now)
        self.drafts: dict[str, Draft] = {}
        self.conflicts: dict[str, tuple[set[int], set[str]]] = {}
        self.cycle_dates: dict[str, list[tuple[int, str, str]]] = {}
        self.cycle_states: dict[str, dict[str, list[int]]] = {}
        self.owner_book = OwnerBook(self.column, self.empty, self.problem)  # kinds and teams, per name
        self.preview: list[PreviewRow] = []
        self.default_cycle = ""
        self.unrecorded_notes: list[int] = []
        self.keyless: tuple[list[int], set[str]] = ([], set())  # rows giving key result cells, no column

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
                    f"No column holds the {self.column(name)} (the file's columns: {columns}); "
                    "choose the one that does.",
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
        previous: Draft | None = None
        last_cycle = self.default_cycle
        for line, cells in self.table.rows:
            values = {f: unguard(cells[i]).strip() for f, i in self.index.items()}
            for name in UNSTRIPPED:
                if name in self.index:
                    raw = unguard(cells[self.index[name]])
                    values[name] = raw if raw.strip() else ""
            self.owner_book.read_row(line, values)
            draft = self._objective(line, values, previous, last_cycle)
            if draft is None:
                self._preview(line, values, None, None)
                continue
            previous, last_cycle = draft, draft.cycle
            kr = self._key_result(line, values, draft)
            if kr is not None:
                draft.key_results.append(kr)
            self._preview(line, values, kr, draft)
        self._row_notes()

    def _row_notes(self) -> None:
        """The problem of rows giving key result cells without a key result column, and the notes."""
        lines, given = self.keyless
        if lines:
            columns = [self.column(f) for f in FIELDS if f in given]
            verb = "is" if len(columns) == 1 else "are"
            self.problem(tuple(lines), f"{listed(columns)} {verb} given, but {self.missing('key_result')}.")
        if self.unrecorded_notes:
            many = len(self.unrecorded_notes) > 1
            rows = f"row{'s' if many else ''} {listed([str(n) for n in self.unrecorded_notes])}"
            self.notes.append(
                f"Not imported: the {self.column('note')} of {rows} (a note goes with a key result's "
                f"check-in, and {'those rows have' if many else 'that row has'} no key result)."
            )
        if self.moved_to_now:
            count = self.moved_to_now
            self.notes.append(
                f"{count:,} check-in{'s' if count != 1 else ''} dated after now "
                f"{'were' if count != 1 else 'was'} recorded now (at most a day ahead: another time zone, "
                "or a clock ahead)."
            )

    def _objective(
        self, line: int, values: dict[str, str], previous: Draft | None, last_cycle: str
    ) -> Draft | None:
        title, ref = values.get("objective", ""), values.get("ref", "")
        cycle = values.get("cycle", "") or ("" if self.layout == OKRDESK else last_cycle)
        cycle_state = self.choice(line, values, "cycle_state", CYCLE_STATES)
        chosen = self._objective_fields(line, values)
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
            self._merge(previous, line, chosen, values)
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
            self.check_text(line, title, self.column("objective"))
            self.check_name(line, owner, self.column("owner"))
            found = Draft(key, ref, line, cycle, title, owner, values.get("parent_ref", ""), line)
            found.fields = chosen
            self.drafts[key] = found
        else:
            kr_owners = "kr_owner" in self.index
            differs = [
                what
                for what, mine, theirs in (
                    ("titles", title, found.title),
                    ("cycles", cycle.casefold(), found.cycle.casefold()),
                    (
                        "owners",
                        owner.casefold() if kr_owners else "",
                        found.owner.casefold() if kr_owners else "",
                    ),
                    ("parents", values.get("parent_ref", "").casefold(), found.parent.casefold()),
                )
                if mine and theirs and mine != theirs
            ]
            self._merge(found, line, chosen, values, differs)
        cycle_key = found.cycle.casefold()
        self.cycle_dates.setdefault(cycle_key, []).append(
            (line, values.get("cycle_start", ""), values.get("cycle_end", ""))
        )
        if cycle_state:
            self.cycle_states.setdefault(cycle_key, {}).setdefault(cycle_state, []).append(line)
        return found

    def _objective_fields(self, line: int, values: dict[str, str]) -> dict[str, str]:
        """The description, kind, state and progress source a row gives its objective (checked)."""
        chosen = {
            name: self.choice(line, values, name, words) for name, (_, words) in OBJECTIVE_CHOICES.items()
        }
        description = values.get("description", "")
        if len(description) > TEXT_MAX:
            self.problem(
                (line,),
                f"the {self.column('description')} is {len(description):,} characters long; "
                f"the limit is {TEXT_MAX:,}.",
            )
        chosen["description"] = description
        return {name: value for name, value in chosen.items() if value}

    def _merge(
        self,
        found: Draft,
        line: int,
        chosen: dict[str, str],
        values: dict[str, str],
        differs: list[str] | None = None,
    ) -> None:
        """What a further row of an objective adds to it; conflicts with what its rows said before."""
        differs = list(differs or [])
        for name, value in chosen.items():
            mine = found.fields.setdefault(name, value)
            if mine != value:
                differs.append(OBJECTIVE_CHOICES[name][0] if name in OBJECTIVE_CHOICES else "descriptions")
        if differs:
            lines, what = self.conflicts.setdefault(found.key, ({found.line}, set()))
            lines.add(line)
            what.update(differs)
        if not found.parent and values.get("parent_ref"):
            found.parent, found.parent_line = values["parent_ref"], line

    def _key_result(self, line: int, values: dict[str, str], draft: Draft) -> PlannedKeyResult | None:
        """The key result of a row, or None (a row without one, or with problems: all of them recorded)."""
        title = values.get("key_result", "")
        if not title:
            given = [f for f in KR_CELLS if values.get(f)]
            if given and "key_result" not in self.index:
                self.keyless[0].append(line)
                self.keyless[1].update(given)
            elif given:
                columns = [self.column(f) for f in given]
                verb = "is" if len(columns) == 1 else "are"
                self.problem((line,), f"{listed(columns)} {verb} given, but {self.empty('key_result')}.")
            if values.get("note"):
                self.unrecorded_notes.append(line)
            return None
        ok = len(self.problems)
        self.check_text(line, title, self.column("key_result"))
        start, target = self.number(line, values, "start"), self.number(line, values, "target")
        current, unit = self.number(line, values, "current"), values.get("unit", "")
        progress = self.number(line, values, "progress")
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
                    f"{self.column('current')} is given without a start and a target to measure it "
                    f"against (or a progress %): {self._missing_numbers(values)}.",
                )
            elif values.get("current"):
                pass  # not a number: said already
            else:
                start, target = 0.0, 1.0
                values = {**values, "type": values.get("type") or "milestone"}
        else:
            for name, number in (("start", start), ("target", target)):
                if number is None and not values.get(name):
                    self.problem((line,), f"{self.empty(name)}; a key result needs a start and a target.")
        kr_type = self.kr_type(line, values, start, target)
        weight = self.number(line, values, "weight")
        weight = 1.0 if weight is None else weight
        if start is not None and target is not None and kr_type is not None:
            rules = validate_key_result(kr_type, start, target, weight, unit)
        else:  # the weight and unit are checked all the same
            rules = [
                e
                for e in validate_key_result(KRType.INCREASE, 0, 1, weight, unit)
                if e.field in ("weight", "unit")
            ]
        for problem in rules:
            self.problem((line,), sentence(problem.message))
        if start is not None and current is not None and kr_type is not None:
            for problem in validate_check_in_value(current, kr_type):
                self.problem((line,), f"{self.column('current')}: {sentence(problem.message)}")
        confidence = self.confidence(line, values)
        owner = values.get("kr_owner", "")
        if "kr_owner" not in self.index and values.get("owner", "").casefold() not in (
            "",
            draft.owner.casefold(),
        ):
            owner = values["owner"]
        self.check_name(line, owner, self.column("kr_owner" if "kr_owner" in self.index else "owner"))
        description = values.get("kr_description", "")
        if len(description) > TEXT_MAX:
            self.problem(
                (line,),
                f"the {self.column('kr_description')} is {len(description):,} characters long; "
                f"the limit is {TEXT_MAX:,}.",
            )
        note = values.get("note", "")
        current = start if current is None else current
        at = None
        if current is not None and (current != start or confidence is not None or note):
            at = self.moment(line, values)
        if len(self.problems) > ok or start is None or target is None or kr_type is None or current is None:
            return None
        return PlannedKeyResult(
            line, title, kr_type, start, target, unit, weight, owner or None, current, at, confidence, note,
            description,
        )  # fmt: skip

    def _missing_numbers(self, values: dict[str, str]) -> str:
        absent = [name for name in ("start", "target") if not values.get(name)]
        return "; ".join(self.empty(name) for name in absent)

    def _progress_only(self, values: dict[str, str]) -> bool:
        """A template with a progress column and no start or target: an empty progress is 0 %."""
        columns = "progress" in self.index and not ({"start", "target"} & set(self.index))
        return columns and not values.get("progress")

    def _preview(
        self, line: int, values: dict[str, str], kr: PlannedKeyResult | None, draft: Draft | None
    ) -> None:
        measure = f"{values.get('start', '')} → {values.get('target', '')}".strip(" →")
        current = values.get("current", "")
        if kr is not None:
            measure, current = measure_text(kr), current_text(kr)
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
