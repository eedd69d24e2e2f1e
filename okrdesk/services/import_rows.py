"""Reading the rows of an import table one by one: each row's objective (a new one, or one of the file met
before) and key result, checked as the app checks typed input, with every problem at its row, what it says
of its owners' kinds and teams (kept by import_owners.py), and the preview of each row. import_plan.py then
checks the file as a whole and builds the ImportPlan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from okrdesk.domain.checkins import date_problem
from okrdesk.domain.model import KRType
from okrdesk.domain.validation import (
    format_number,
    validate_check_in_value,
    validate_key_result,
    validate_title,
)
from okrdesk.services.import_cells import (
    name_problem,
    read_confidence,
    read_moment,
    read_number,
    read_type,
    unguard,
)
from okrdesk.services.import_layouts import OKRDESK
from okrdesk.services.import_model import PlannedKeyResult, PreviewRow
from okrdesk.services.import_owners import OwnerBook
from okrdesk.services.import_read import CsvTable, RowProblem, shown

if TYPE_CHECKING:
    from okrdesk.services.workspace import Workspace


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


def sentence(message: str) -> str:
    """A message of the validation rules continued after "Row 7: " (lower case, unless an acronym)."""
    first = message.split(" ", 1)[0]
    return message if len(first) > 1 and first.isupper() else message[:1].lower() + message[1:]


class RowReader:
    """Reads the rows of a table once: the draft objectives, the problems of each row and the preview."""

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
        self.drafts: dict[str, Draft] = {}
        self.conflicts: dict[str, tuple[set[int], set[str]]] = {}
        self.cycle_dates: dict[str, list[tuple[int, str, str]]] = {}
        self.owner_book = OwnerBook(self.column, self.problem)  # owner kinds and teams, per name
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
        previous: Draft | None = None
        last_cycle = self.default_cycle
        for line, cells in self.table.rows:
            values = {f: unguard(cells[i]).strip() for f, i in self.index.items()}
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

    def _objective(
        self, line: int, values: dict[str, str], previous: Draft | None, last_cycle: str
    ) -> Draft | None:
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
            found = Draft(key, ref, line, cycle, title, owner, values.get("parent_ref", ""), line)
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
            self.problem((line,), sentence(problem.message))

    def _check_name(self, line: int, name: str, column: str) -> None:
        """A person's or a cycle's name: one line, at most 200 characters."""
        problem = name_problem(name, column)
        if problem is not None:
            self.problem((line,), problem)

    def _number(self, line: int, values: dict[str, str], name: str) -> float | None:
        text = values.get(name, "")
        if not text:
            return None
        try:
            return read_number(text, self.column(name), self.table.delimiter)
        except ValueError as exc:
            self.problem((line,), str(exc))
            return None

    def _key_result(self, line: int, values: dict[str, str], draft: Draft) -> PlannedKeyResult | None:
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
            self.problem((line,), sentence(problem.message))
        current = start if current is None else current
        for problem in validate_check_in_value(current, kr_type):
            self.problem((line,), f"{self.column('current')}: {sentence(problem.message)}")
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
                (line,), f"{self.column('as_of')} {shown(values['as_of'])}: {sentence(problem.message)}"
            )
        return at

    def _preview(
        self, line: int, values: dict[str, str], kr: PlannedKeyResult | None, draft: Draft | None
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
