"""Reading a CSV file for import: its encoding, delimiter and header row, which layout it follows, which of
its columns feeds which okrdesk field, and how its cells are read. No Qt, no database: plain Python.

docs/import.md is the user's description of all this (layouts, header aliases, numbers, dates).

Choices where shared OKR_RULES.md is silent:
- Encodings: UTF-8 with or without a BOM, UTF-16 with a BOM, else Windows-1252 (what Excel writes on
  Windows). NUL bytes or many control characters mean the file is not text.
- Delimiter: an Excel `sep=;` first line when there is one, else whichever of comma, semicolon and tab
  splits the header row into the most columns (comma on a tie).
- Numbers: in a semicolon file the comma is the decimal mark ("1,5") and points may group thousands
  ("1.234,5"); in a comma file commas may only group thousands ("1,234.5"); a trailing % is dropped. A value
  that could be read two ways ("1,500" in a tab file) is refused rather than guessed.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from okrdesk.domain.cycles import CyclePreset, preset_dates
from okrdesk.domain.validation import parse_number

OKRDESK = "okrdesk"
TEMPLATE = "template"
MAX_BYTES = 100_000_000
DELIMITER_WORDS = {",": "commas", ";": "semicolons", "\t": "tabs"}

# Every field an import can fill, in the order the dialog and the CLI list them.
FIELDS = (
    "cycle", "cycle_start", "cycle_end", "ref", "objective", "owner", "parent_ref", "key_result", "type",
    "start", "target", "current", "unit", "weight", "kr_owner", "as_of", "progress", "confidence", "note",
)  # fmt: skip
FIELD_LABELS = {
    "cycle": "Cycle", "cycle_start": "Cycle start", "cycle_end": "Cycle end", "ref": "Objective ref",
    "objective": "Objective", "owner": "Owner", "parent_ref": "Aligns to (parent ref)",
    "key_result": "Key result", "type": "Type", "start": "Start", "target": "Target", "current": "Current",
    "unit": "Unit", "weight": "Weight", "kr_owner": "Key result owner", "as_of": "As of",
    "progress": "Progress %", "confidence": "Confidence", "note": "Check-in note",
}  # fmt: skip
# The okrdesk interchange's computed columns (export only): never read unless mapped by hand.
COMPUTED = ("progress", "expected", "status", "confidence", "last_check_in", "score")
# Header names (normalised: see normalise_header) that spreadsheet templates use for each field, best first.
ALIASES: dict[str, tuple[str, ...]] = {
    "cycle": ("cycle", "cycle name", "okr cycle", "quarter", "period", "okr period", "timeframe",
              "time frame", "time period"),
    "cycle_start": ("cycle start", "cycle start date", "period start", "quarter start", "start date"),
    "cycle_end": ("cycle end", "cycle end date", "period end", "quarter end", "end date"),
    "ref": ("ref", "objective ref", "objective id", "okr id", "objective number", "objective no"),
    "objective": ("objective", "objectives", "objective title", "objective name", "goal", "goals", "o"),
    "owner": ("owner", "objective owner", "owner name", "owners", "responsible", "accountable", "lead", "dri",
              "assignee", "team"),
    "parent_ref": ("parent ref", "parent", "parent objective", "parent id", "aligned to", "aligns to",
                   "aligned with", "contributes to", "supports"),
    "key_result": ("key result", "key results", "kr", "krs", "key result title", "key result name", "result",
                   "measurable result"),
    "type": ("type", "kr type", "key result type", "direction", "metric type"),
    "start": ("start", "start value", "starting value", "baseline", "baseline value", "initial value",
              "initial", "from"),
    "target": ("target", "target value", "end value", "desired value", "to", "goal value"),
    "current": ("current", "current value", "actual", "actual value", "value", "latest value", "achieved",
                "current result"),
    "unit": ("unit", "units", "metric unit", "unit of measure", "measure unit", "uom"),
    "weight": ("weight", "weighting", "kr weight"),
    "kr_owner": ("kr owner", "key result owner", "kr lead", "kr assignee", "kr responsible"),
    "as_of": ("as of", "as of date", "date", "updated", "last updated", "updated on", "update date",
              "check in date", "measured on"),
    "progress": ("progress", "progress percent", "percent complete", "percent done", "completion",
                 "completion percent", "percentage complete", "percent"),
    "confidence": ("confidence", "confidence level", "confidence score", "confidence rating"),
    "note": ("note", "notes", "comment", "comments", "status update", "update", "remarks"),
}  # fmt: skip
OKRDESK_ONLY = {"key_result", "cycle_start", "cycle_end", "parent_ref", "kr_owner", "as_of"}
TYPE_WORDS = {"increase": "increase", "decrease": "decrease", "at least": "at_least", "at most": "at_most",
              "milestone": "milestone"}  # fmt: skip
CONFIDENCE_WORDS = {"low": 2, "medium": 5, "high": 8}  # the middle of each band of OKR_RULES.md


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A problem of the file or of some of its rows (line numbers in the file, the header is line 1)."""

    lines: tuple[int, ...]
    problem: str

    @property
    def text(self) -> str:
        """The problem as one sentence: "Row 7: …", "Rows 4 and 12: …", or the problem alone."""
        if not self.lines:
            return self.problem
        if len(self.lines) == 1:
            return f"Row {self.lines[0]}: {self.problem}"
        listed = ", ".join(str(n) for n in self.lines[:-1])
        return f"Rows {listed} and {self.lines[-1]}: {self.problem}"


@dataclass(frozen=True, slots=True)
class CsvTable:
    """A CSV file as read: encoding and delimiter found, the header and the data rows with their lines."""

    path: Path
    encoding: str
    delimiter: str
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    problems: tuple[RowProblem, ...] = ()

    @property
    def delimiter_words(self) -> str:
        return DELIMITER_WORDS.get(self.delimiter, repr(self.delimiter))


def shown(text: str, limit: int = 40) -> str:
    """A cell quoted in a message: shortened, control characters escaped (they never reach a terminal)."""
    short = text if len(text) <= limit else text[: limit - 1] + "…"
    safe = "".join(c if unicodedata.category(c)[0] != "C" else f"\\u{ord(c):04x}" for c in short)
    return f"'{safe}'"


def _decode(data: bytes) -> tuple[str, str]:
    """The text and the name of its encoding; ValueError when the bytes are not text."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8"), "UTF-8 with BOM"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        order = "little" if data.startswith(codecs.BOM_UTF16_LE) else "big"
        return data.decode("utf-16"), f"UTF-16 ({order}-endian, with BOM)"
    if b"\x00" in data:
        raise ValueError("binary")
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252"), "Windows-1252"


def _looks_binary(text: str) -> bool:
    controls = sum(1 for c in text[:100_000] if unicodedata.category(c) == "Cc" and c not in "\t\r\n")
    return "\x00" in text or controls > max(2, len(text[:100_000]) // 200)


def _delimiter(first_line: str) -> str:
    counts = {d: len(next(csv.reader([first_line], delimiter=d), [])) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: (counts[d], -list(counts).index(d)))


def _file_problem(path: Path, problem: str) -> CsvTable:
    return CsvTable(path, "", ",", (), (), (RowProblem((), problem),))


def read_table(path: Path) -> CsvTable:
    """Reads a CSV file whole; what makes it unusable is reported in `problems`, never raised."""
    name = path.name
    try:
        if path.is_dir():
            return _file_problem(path, f"{path} is a folder, not a CSV file.")
        if path.stat().st_size > MAX_BYTES:
            return _file_problem(path, f"{name} is larger than 100 MB; split it into smaller files.")
        data = path.read_bytes()
    except FileNotFoundError:
        return _file_problem(path, f"There is no file at {path}.")
    except OSError as exc:
        return _file_problem(path, f"{name} could not be read: {exc.strerror or exc}.")
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        return _file_problem(path, f"{name} is a spreadsheet workbook, not a CSV file: save it as CSV first.")
    try:
        text, encoding = _decode(data)
    except (ValueError, UnicodeDecodeError):
        text, encoding = "", ""
    if (not text and data.strip()) or _looks_binary(text):
        return _file_problem(path, f"{name} is not a CSV text file (it holds binary data).")
    if not text.strip():
        return _file_problem(path, f"{name} is empty: there is nothing to import.")
    sep = re.match(r"[\r\n]*[ \t]*sep=(.)[ \t]*(\r\n|\r|\n)", text, flags=re.IGNORECASE)
    body = text[sep.end() :] if sep is not None else text
    offset = len(re.findall(r"\r\n|\r|\n", text[: sep.end()])) if sep is not None else 0
    first = next((line for line in re.split(r"\r\n|\r|\n", body) if line.strip()), "")
    delimiter = sep.group(1) if sep is not None else _delimiter(first)
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter)
    records: list[tuple[int, list[str]]] = []
    problems: list[RowProblem] = []
    last = 0
    try:
        for record in reader:
            start, last = last + 1 + offset, reader.line_num
            if any(cell.strip() for cell in record):
                records.append((start, record))
    except csv.Error as exc:
        problems.append(
            RowProblem((last + 1 + offset,), f"the file cannot be read as CSV from here on ({exc}).")
        )
    if not records:
        return CsvTable(path, encoding, delimiter, (), (), (RowProblem((), f"{name} has no header row."),))
    raw_headers = records[0][1]
    headers = _unique_headers([h.replace("\ufeff", "").strip() for h in raw_headers])
    rows: list[tuple[int, tuple[str, ...]]] = []
    for line, record in records[1:]:
        extra = [c for c in record[len(headers) :] if c.strip()]
        if extra:
            problems.append(
                RowProblem(
                    (line,),
                    f"it has {len(record)} cells but the header has {len(headers)}: a value may hold an "
                    f"unquoted {DELIMITER_WORDS.get(delimiter, delimiter)[:-1]}.",
                )
            )
        rows.append((line, tuple(record[: len(headers)]) + ("",) * (len(headers) - len(record))))
    if not rows:
        problems.append(RowProblem((), f"{name} has a header row but no rows of OKRs below it."))
    return CsvTable(path, encoding, delimiter, tuple(headers), tuple(rows), tuple(problems))


def _unique_headers(headers: list[str]) -> list[str]:
    """Header names made unique and non-empty ("Column 3", "Owner (column 5)"), so a mapping can name them."""
    result: list[str] = []
    for index, header in enumerate(headers, start=1):
        name = header or f"Column {index}"
        if name.casefold() in {r.casefold() for r in result}:
            name = f"{name} (column {index})"
        result.append(name)
    return result


def normalise_header(header: str) -> str:
    """A header as aliases are written: lower case, no bracketed hints, punctuation and _ as spaces."""
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", header.casefold())
    text = text.replace("%", " percent ")
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def detect_layout(headers: tuple[str, ...]) -> str:
    """OKRDESK when the header names okrdesk's own columns (objective plus one only okrdesk uses)."""
    names = {h.strip().casefold() for h in headers}
    return OKRDESK if "objective" in names and names & OKRDESK_ONLY else TEMPLATE


def detect_mapping(headers: tuple[str, ...], layout: str) -> dict[str, str | None]:
    """Field → column (None: not in the file). okrdesk files by exact names, templates by aliases."""
    mapping: dict[str, str | None] = dict.fromkeys(FIELDS)
    used: set[str] = set()
    if layout == OKRDESK:
        for header in headers:
            name = header.strip().casefold()
            if name in mapping and name not in COMPUTED and mapping[name] is None:
                mapping[name] = header
        return mapping
    normalised = [(normalise_header(h), h) for h in headers]
    for field in FIELDS:
        for alias in ALIASES[field]:
            found = next((h for n, h in normalised if n == alias and h not in used), None)
            if found is not None:
                mapping[field] = found
                used.add(found)
                break
    return mapping


def resolve_mapping(
    headers: tuple[str, ...], layout: str, overrides: Mapping[str, str | None] | None
) -> tuple[dict[str, str | None], list[RowProblem]]:
    """The detected mapping with the caller's overrides (field → column name, None or "" to ignore)."""
    mapping = detect_mapping(headers, layout)
    problems: list[RowProblem] = []
    by_name = {h.casefold(): h for h in headers}
    for field, column in (overrides or {}).items():
        if field not in mapping:
            problems.append(
                RowProblem((), f"'{field}' is not an okrdesk field; the fields are {', '.join(FIELDS)}.")
            )
        elif not column:
            mapping[field] = None
        elif column.strip().casefold() in by_name:
            mapping[field] = by_name[column.strip().casefold()]
        else:
            problems.append(
                RowProblem(
                    (), f"There is no column {shown(column)} in the file (its columns: {', '.join(headers)})."
                )
            )
    return mapping, problems


# ---- cells ----------------------------------------------------------------------------------------------

_FORMULA_GUARD = re.compile(r"'+[=+\-@\t\r]")
_COMMA_GROUPS = re.compile(r"[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?%?")
_POINT_GROUPS = re.compile(r"[+-]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?%?")


def unguard(cell: str) -> str:
    """Removes the one `'` the export put before = + - @ tab or CR (OKR_RULES.md, "CSV interchange")."""
    return cell[1:] if _FORMULA_GUARD.match(cell) else cell


def _two_ways(text: str, column: str, cleaned: str, mark: str) -> ValueError:
    whole = cleaned.replace(mark, "")
    decimal = cleaned.replace(mark, ".")
    return ValueError(f"{column} {shown(text)} could be read two ways; write it as {whole} or {decimal}.")


def read_number(text: str, column: str, delimiter: str) -> float:
    """A number cell by the conventions of the file's delimiter (module docstring); ValueError says why."""
    cleaned = text.strip().replace("\u00a0", "")
    commas, points = _COMMA_GROUPS.fullmatch(cleaned), _POINT_GROUPS.fullmatch(cleaned)
    if commas and "." in cleaned:  # 1,234.5 reads one way only
        cleaned = cleaned.replace(",", "")
    elif points and "," in cleaned:  # 1.234,5 too
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif delimiter == "," and commas:
        cleaned = cleaned.replace(",", "")
    elif delimiter == "," and "," in cleaned:
        raise ValueError(f"{column} {shown(text)} is not a number (write decimals with a point: 1.5).")
    elif points and delimiter != ",":
        raise _two_ways(text, column, cleaned, ".")
    elif commas and delimiter not in (",", ";"):
        raise _two_ways(text, column, cleaned, ",")
    try:
        return parse_number(cleaned, column)
    except ValueError as exc:
        if "is not a number" in str(exc) or "cannot be empty" in str(exc):
            raise ValueError(f"{column} {shown(text)} is not a number.") from None
        raise ValueError(f"{column} {shown(text)}: {exc}") from None


def read_date(text: str, column: str) -> date:
    """An ISO date (2026-03-31); ValueError says how to write it."""
    try:
        return (
            date.fromisoformat(text.strip())
            if len(text.strip()) <= 10
            else datetime.fromisoformat(text).date()
        )
    except ValueError:
        raise ValueError(f"{column} {shown(text)} is not a date; write it like 2026-03-31.") from None


def read_moment(text: str, column: str) -> datetime:
    """An ISO date and time (2026-05-10T14:30); a day alone means that day at 12:00. Local time."""
    value = text.strip()
    try:
        if len(value) <= 10:
            return datetime.combine(date.fromisoformat(value), time(12))
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"{column} {shown(text)} is not a date; write it like 2026-05-10 or 2026-05-10T14:30."
        ) from None
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment


def read_type(text: str, column: str) -> str:
    """A key result type (increase, decrease, at_least, at_most, milestone; spaces or hyphens allowed)."""
    word = " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())
    if word in TYPE_WORDS:
        return TYPE_WORDS[word]
    raise ValueError(
        f"{column} {shown(text)} is not a key result type; use {', '.join(TYPE_WORDS.values())}."
    )


def read_confidence(text: str, column: str, delimiter: str) -> int:
    """0–10, a percentage (70% → 7), a fraction (0.7 → 7) or low / medium / high."""
    word = text.strip().casefold()
    if word in CONFIDENCE_WORDS:
        return CONFIDENCE_WORDS[word]
    problem = f"{column} {shown(text)} is not a confidence from 0 to 10 (or low, medium, high)."
    try:
        value = read_number(text, column, delimiter)
    except ValueError:
        raise ValueError(problem) from None
    if word.endswith("%"):
        value /= 10
    elif 0 < value < 1:
        value *= 10
    if not 0 <= value <= 10 or abs(value - round(value)) > 1e-9:
        raise ValueError(problem)
    return round(value)


_PERIOD = re.compile(r"(?:fy\s?)?(\d{4})(?:[\s\-/]*([qh])([1-4]))?|([qh])([1-4])[\s\-/]*(?:fy\s?)?(\d{4})")


def cycle_dates_from_name(name: str) -> tuple[date, date] | None:
    """The dates a cycle name says ("2026", "FY2026", "2026 Q1", "Q1 2026", "2026-Q3", "H2 2026"), or None."""
    match = _PERIOD.fullmatch(name.strip().casefold())
    if match is None:
        return None
    year = int(match.group(1) or match.group(6))
    kind, number = (match.group(2), match.group(3)) if match.group(1) else (match.group(4), match.group(5))
    if kind is None:
        return date(year, 1, 1), date(year, 12, 31)
    if kind == "h" and int(number) > 2:
        return None
    first_month = 3 * int(number) - 2 if kind == "q" else 6 * int(number) - 5
    preset = CyclePreset.QUARTER if kind == "q" else CyclePreset.HALF_YEAR
    _, start, end = preset_dates(preset, date(year, first_month, 1))
    return start, end
