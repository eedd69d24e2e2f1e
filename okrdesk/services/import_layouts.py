"""Which layout an import file follows and which of its columns feeds which okrdesk field: the fields, their
labels, the header aliases of spreadsheet templates, layout detection and the column mapping (detected,
with the caller's overrides). No Qt, no database: plain Python.

docs/import.md is the user's description of all this (layouts, header aliases). Reading the file is in
import_read.py, reading its cells in import_cells.py; their names are importable from here as well, as
they were before the split.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from okrdesk.services.import_cells import (
    CONFIDENCE_WORDS,
    TYPE_WORDS,
    cycle_dates_from_name,
    read_confidence,
    read_date,
    read_moment,
    read_number,
    read_type,
    unguard,
)
from okrdesk.services.import_read import (
    DELIMITER_WORDS,
    MAX_BYTES,
    CsvTable,
    RowProblem,
    read_table,
    shown,
)

__all__ = [
    "ALIASES",
    "COMPUTED",
    "CONFIDENCE_WORDS",
    "DELIMITER_WORDS",
    "FIELDS",
    "FIELD_LABELS",
    "MAX_BYTES",
    "OKRDESK",
    "OKRDESK_ONLY",
    "TEMPLATE",
    "TYPE_WORDS",
    "CsvTable",
    "RowProblem",
    "cycle_dates_from_name",
    "detect_layout",
    "detect_mapping",
    "normalise_header",
    "read_confidence",
    "read_date",
    "read_moment",
    "read_number",
    "read_table",
    "read_type",
    "resolve_mapping",
    "shown",
    "unguard",
    "unread_columns",
]

OKRDESK = "okrdesk"
TEMPLATE = "template"

# Every field an import can fill, in the order the dialog and the CLI list them.
FIELDS = (
    "cycle", "cycle_start", "cycle_end", "cycle_state", "ref", "objective", "owner", "owner_kind",
    "owner_team", "parent_ref", "description", "kind", "state", "progress_source", "key_result",
    "kr_description", "type", "start", "target", "current", "unit", "weight", "kr_owner", "kr_owner_kind",
    "kr_owner_team", "as_of", "progress", "confidence", "note",
)  # fmt: skip
FIELD_LABELS = {
    "cycle": "Cycle", "cycle_start": "Cycle start", "cycle_end": "Cycle end", "cycle_state": "Cycle state",
    "ref": "Objective ref", "objective": "Objective", "owner": "Owner", "owner_kind": "Owner kind",
    "owner_team": "Owner's team", "parent_ref": "Aligns to (parent ref)",
    "description": "Objective description", "kind": "Objective kind", "state": "Objective state",
    "progress_source": "Progress source", "key_result": "Key result",
    "kr_description": "Key result description", "type": "Type", "start": "Start", "target": "Target",
    "current": "Current", "unit": "Unit", "weight": "Weight", "kr_owner": "Key result owner",
    "kr_owner_kind": "Key result owner kind", "kr_owner_team": "Key result owner's team", "as_of": "As of",
    "progress": "Progress %", "confidence": "Confidence", "note": "Check-in note",
}  # fmt: skip
# The okrdesk interchange's computed columns (export only): never read unless mapped by hand.
COMPUTED = ("progress", "expected", "status", "confidence", "last_check_in", "score")
# Header names (normalised: see normalise_header) that spreadsheet templates use for each field, best first.
# "Start date" and "end date" are not the cycle's: templates use them for a key result's own dates, which
# okrdesk does not keep (such columns are listed as not imported). A plain "Description" or "State" is not
# read either: in a template it may describe each key result, or hold a status such as "on track".
ALIASES: dict[str, tuple[str, ...]] = {
    "cycle": ("cycle", "cycle name", "okr cycle", "quarter", "period", "okr period", "timeframe",
              "time frame", "time period"),
    "cycle_start": ("cycle start", "cycle start date", "period start", "period start date", "quarter start",
                    "quarter start date"),
    "cycle_end": ("cycle end", "cycle end date", "period end", "period end date", "quarter end",
                  "quarter end date"),
    "cycle_state": ("cycle state", "cycle status", "period state", "quarter state"),
    "ref": ("ref", "objective ref", "objective id", "okr id", "objective number", "objective no"),
    "objective": ("objective", "objectives", "objective title", "objective name", "goal", "goals", "o"),
    "owner": ("owner", "objective owner", "owner name", "owners", "responsible", "accountable", "lead", "dri",
              "assignee", "team"),
    "owner_kind": ("owner kind", "owner type"),
    "owner_team": ("owner team", "owner s team", "owners team"),
    "parent_ref": ("parent ref", "parent", "parent objective", "parent id", "aligned to", "aligns to",
                   "aligned with", "contributes to", "supports"),
    "description": ("objective description", "objective details"),
    "kind": ("kind", "objective kind", "objective type", "commitment"),
    "state": ("objective state",),
    "progress_source": ("progress source", "progress from", "objective progress source"),
    "key_result": ("key result", "key results", "kr", "krs", "key result title", "key result name", "result",
                   "measurable result"),
    "kr_description": ("kr description", "key result description", "kr details", "key result details"),
    "type": ("type", "kr type", "key result type", "direction", "metric type"),
    "start": ("start", "start value", "starting value", "baseline", "baseline value", "initial value",
              "initial", "from"),
    "target": ("target", "target value", "end value", "desired value", "to", "goal value"),
    "current": ("current", "current value", "actual", "actual value", "value", "latest value", "achieved",
                "current result"),
    "unit": ("unit", "units", "metric unit", "unit of measure", "measure unit", "uom"),
    "weight": ("weight", "weighting", "kr weight"),
    "kr_owner": ("kr owner", "key result owner", "kr lead", "kr assignee", "kr responsible"),
    "kr_owner_kind": ("kr owner kind", "kr owner type", "key result owner kind", "key result owner type"),
    "kr_owner_team": ("kr owner team", "kr owner s team", "key result owner team", "key result owner s team"),
    "as_of": ("as of", "as of date", "date", "updated", "last updated", "updated on", "update date",
              "check in date", "measured on"),
    "progress": ("progress", "progress percent", "percent complete", "percent done", "completion",
                 "completion percent", "percentage complete", "percent"),
    "confidence": ("confidence", "confidence level", "confidence score", "confidence rating"),
    "note": ("note", "notes", "comment", "comments", "status update", "update", "remarks"),
}  # fmt: skip
OKRDESK_ONLY = {
    "key_result", "cycle_start", "cycle_end", "cycle_state", "parent_ref", "progress_source",
    "kr_description", "kr_owner", "as_of",
}  # fmt: skip


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


def unread_columns(headers: tuple[str, ...], layout: str, mapping: Mapping[str, str | None]) -> list[str]:
    """The file's columns no field reads (an okrdesk file's computed columns are not counted: they are
    known, and never read)."""
    used = {column for column in mapping.values() if column}
    computed = set(COMPUTED) if layout == OKRDESK else set()
    return [h for h in headers if h not in used and h.strip().casefold() not in computed]
