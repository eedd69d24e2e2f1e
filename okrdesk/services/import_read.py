"""Reading a CSV file for import into a table: its encoding, delimiter, header row and data rows with their
line numbers, and what makes the file unusable (reported, never raised). No Qt, no database: plain Python.

docs/import.md ("Reading the file") is the user's description of this.

Choices where shared OKR_RULES.md is silent:
- Encodings: UTF-8 with or without a BOM, UTF-16 with a BOM, else Windows-1252 (what Excel writes on
  Windows). NUL bytes or many control characters mean the file is not text.
- Delimiter: an Excel `sep=;` first line when there is one, else whichever of comma, semicolon and tab
  splits the header row into the most columns (comma on a tie).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 100_000_000
DELIMITER_WORDS = {",": "commas", ";": "semicolons", "\t": "tabs"}


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A problem of the file or of some of its rows (line numbers in the file, the header is line 1)."""

    lines: tuple[int, ...]
    problem: str

    @property
    def text(self) -> str:
        """The problem as one sentence: "Row 7: …", "Rows 4 and 12: …", or the problem alone; more than
        ten rows are shortened ("Rows 2, 3, 4, 5, 6, … and 900 (120 rows): …")."""
        if not self.lines:
            return self.problem
        if len(self.lines) == 1:
            return f"Row {self.lines[0]}: {self.problem}"
        if len(self.lines) > 10:
            first = ", ".join(str(n) for n in self.lines[:5])
            return f"Rows {first}, … and {self.lines[-1]} ({len(self.lines):,} rows): {self.problem}"
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
