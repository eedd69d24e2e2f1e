"""Reading the cells of one row of an import (for import_rows.py): numbers, types, choices, confidences,
moments, names and titles, each problem recorded at its row under the user's own name of the column; and
the text the preview shows for a key result's measure and current value. No Qt, no database.

Choices where shared OKR_RULES.md is silent:
- A message names the file's column when a column feeds the field, else the field's label, and then says
  which column to add or choose ("no column holds the key result (add a Key result column, or choose the
  column that holds it)").
- A check-in dated after the moment of the import, by at most a day (another time zone, a clock ahead, the
  sample's 09:00 check-ins imported at 08:30), is recorded at the moment of the import, and a plan note
  says how many were; one more than a day ahead is a problem of its row.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from okrdesk.domain.model import KRType
from okrdesk.domain.validation import format_number, validate_title
from okrdesk.services.import_cells import (
    is_fraction_column,
    name_problem,
    read_choice,
    read_confidence,
    read_moment,
    read_number,
    read_type,
    sentence,
)
from okrdesk.services.import_layouts import FIELD_LABELS, OKRDESK
from okrdesk.services.import_read import CsvTable, RowProblem, shown

if TYPE_CHECKING:
    from okrdesk.services.import_model import PlannedKeyResult
    from okrdesk.services.workspace import Workspace

FUTURE_GRACE = timedelta(days=1)  # how far after now a check-in is recorded now rather than refused


def with_unit(value: float, unit: str) -> str:
    """A value with its unit, as the app writes it: "95 %", "300 referrals", "8/10"."""
    number = format_number(value)
    if not unit:
        return number
    return f"{number}{unit}" if unit.startswith("/") else f"{number} {unit}"


def measure_text(kr: PlannedKeyResult) -> str:
    """What a key result measures, as the app says it: "0 → 10 deals", "at least 5 %", "milestone"."""
    match kr.kr_type:
        case KRType.AT_LEAST:
            return f"at least {with_unit(kr.target, kr.unit)}"
        case KRType.AT_MOST:
            return f"at most {with_unit(kr.target, kr.unit)}"
        case KRType.MILESTONE:
            return "milestone"
    return f"{with_unit(kr.start, kr.unit)} → {with_unit(kr.target, kr.unit)}"


def current_text(kr: PlannedKeyResult) -> str:
    """A key result's current value ("done" or "not done" for a milestone)."""
    if kr.kr_type == KRType.MILESTONE:
        return "done" if kr.current >= 1 else "not done"
    return with_unit(kr.current, kr.unit)


class CellReader:
    """The cells of a table's rows, read with every problem recorded at its row (`problems`)."""

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
        self.notes: list[str] = []
        self.moved_to_now = 0  # check-ins dated less than a day after now, recorded now
        self.fractions = self._progress_as_fractions()
        self.confidence_fractions = "confidence" in self.index and is_fraction_column(
            self._column_values("confidence"), table.delimiter
        )

    def problem(self, lines: tuple[int, ...], text: str) -> None:
        self.problems.append(RowProblem(lines, text))

    # ---- naming columns in messages -----------------------------------------------------------------

    def column(self, name: str) -> str:
        """The file's name of the column feeding a field, else the field's label in lower case."""
        label = FIELD_LABELS[name]
        return self.mapping.get(name) or label[:1].lower() + label[1:]

    def missing(self, name: str) -> str:
        """ "no column holds the key result (add a Key result column, or choose the column that holds it)" """
        label = FIELD_LABELS[name]
        article = "an" if label[:1].lower() in "aeiou" else "a"
        return (
            f"no column holds the {label[:1].lower() + label[1:]} "
            f"(add {article} {label} column, or choose the column that holds it)"
        )

    def empty(self, name: str) -> str:
        """ "the Baseline is empty" when a column feeds the field, else what `missing` says."""
        column = self.mapping.get(name)
        return f"the {column} is empty" if column else self.missing(name)

    # ---- cells ---------------------------------------------------------------------------------------

    def _column_values(self, name: str) -> list[str]:
        return [cells[self.index[name]].strip() for _, cells in self.table.rows]

    def _progress_as_fractions(self) -> bool:
        """True when every progress value lies within 0–1 and none has a %: then 0.45 means 45 %."""
        if "progress" not in self.index:
            return False
        numbers = [v for v in self._column_values("progress") if v]
        try:
            read = [read_number(v, "progress", self.table.delimiter) for v in numbers if "%" not in v]
        except ValueError:
            return False
        return bool(read) and len(read) == len(numbers) and all(0 <= v <= 1 for v in read)

    def check_text(self, line: int, text: str, column: str) -> None:
        """A title: one line, at most 500 characters (the app's rule)."""
        for problem in validate_title(text, column):
            self.problem((line,), sentence(problem.message))

    def check_name(self, line: int, name: str, column: str) -> None:
        """A person's or a cycle's name: one line, at most 200 characters."""
        problem = name_problem(name, column)
        if problem is not None:
            self.problem((line,), problem)

    def number(self, line: int, values: dict[str, str], name: str) -> float | None:
        text = values.get(name, "")
        if not text:
            return None
        try:
            return read_number(text, self.column(name), self.table.delimiter)
        except ValueError as exc:
            self.problem((line,), str(exc))
            return None

    def choice(self, line: int, values: dict[str, str], name: str, choices: tuple[str, ...]) -> str:
        """One of `choices`, "" when the cell is empty or wrong (then a problem says why)."""
        if not values.get(name):
            return ""
        try:
            return read_choice(values[name], self.column(name), choices)
        except ValueError as exc:
            self.problem((line,), str(exc))
            return ""

    def kr_type(
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

    def confidence(self, line: int, values: dict[str, str]) -> int | None:
        if not values.get("confidence"):
            return None
        try:
            return read_confidence(
                values["confidence"],
                self.column("confidence"),
                self.table.delimiter,
                self.confidence_fractions,
            )
        except ValueError as exc:
            self.problem((line,), str(exc))
            return None

    def moment(self, line: int, values: dict[str, str]) -> datetime | None:
        """When a check-in is recorded: `as_of` (a day alone: 12:00, or now when it is today), else now; a
        moment less than a day after now is now (counted in `moved_to_now`), a later one is a problem."""
        if not values.get("as_of"):
            return self.now
        try:
            at = read_moment(values["as_of"], self.column("as_of"))
        except ValueError as exc:
            self.problem((line,), str(exc))
            return None
        if len(values["as_of"].strip()) <= 10 and at.date() == self.now.date():
            at = self.now
        if at - self.now > FUTURE_GRACE:
            self.problem(
                (line,),
                f"{self.column('as_of')} {shown(values['as_of'])}: a check-in cannot be dated in the future "
                "(this is more than a day after now).",
            )
            return None
        if at > self.now:
            self.moved_to_now += 1
            at = self.now
        return at
