"""Validation of what people type: each problem is a FieldError saying what is wrong and how to fix it.

Choices where shared OKR_RULES.md is silent:
- Numbers (``parse_number``): plain decimal numbers such as "12", "-3.5", "1e6", with surrounding spaces.
  A comma is read as the decimal point when it is the only separator ("3,5" → 3.5, so "1,234" is 1.234);
  text with both "," and "." ("1,234.5") and digit-group underscores ("1_000") is refused as ambiguous.
  One trailing "%" is dropped ("45%" → 45). NaN, infinity and magnitudes above NUMBER_LIMIT are refused.
- Milestones: a milestone key result starts at 0 (not done) and targets 1 (done); check-in values are 0 or 1.
- Titles (and cycle names, units) are one line: line breaks and other control characters are refused.
  Lengths are counted on the text as given (callers that strip whitespace should strip first).
- Weight 0 is allowed: it keeps a key result out of its objective's progress.
- A cycle may last at most 5 years: its last day is at most 5 years after its first day, minus one day.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping
from datetime import date
from typing import NamedTuple

from okrdesk.domain.cycles import add_years, format_date, format_date_range
from okrdesk.domain.model import Cycle, KRType, objective_ref

TITLE_MAX = 500
TEXT_MAX = 100_000
UNIT_MAX = 40
NUMBER_LIMIT = 1e12
WEIGHT_MAX = 1000
CYCLE_NAME_MAX = 100
CYCLE_MAX_YEARS = 5
CONFIDENCE_MAX = 10

_SHOWN_TEXT_MAX = 40


class FieldError(NamedTuple):
    """A problem with one field of a form: the field's name and a sentence a manager understands."""

    field: str
    message: str


def format_number(value: float) -> str:
    """A number as a person writes it: 5 rather than 5.0, 2.5, 1e+16 for huge ones."""
    value = float(value)  # ints are welcome too
    if math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def _label(field: str) -> str:
    return field.replace("_", " ")


def _shown(text: str) -> str:
    """User text quoted in a message, shortened when long."""
    if len(text) > _SHOWN_TEXT_MAX:
        text = text[: _SHOWN_TEXT_MAX - 1] + "…"
    return f"'{text}'"


def _number_problem(value: float, field: str) -> str | None:
    """Why a number cannot be stored (non-finite or beyond NUMBER_LIMIT), or None."""
    if not math.isfinite(value):
        return f"The {_label(field)} must be a finite number."
    if abs(value) > NUMBER_LIMIT:
        return (
            f"The {_label(field)} is too large: numbers must lie between "
            f"-1,000,000,000,000 and 1,000,000,000,000."
        )
    return None


def parse_number(text: str, field: str) -> float:
    """Read a number typed by a person (see the module docstring); raise ValueError with a message."""
    cleaned = text.strip()
    if cleaned.endswith("%"):
        cleaned = cleaned[:-1].rstrip()
    if not cleaned:
        raise ValueError(f"The {_label(field)} cannot be empty: enter a number.")
    candidate = cleaned
    if "," in candidate and "." not in candidate and candidate.count(",") == 1:
        candidate = candidate.replace(",", ".")
    try:
        if "_" in candidate:
            raise ValueError(candidate)
        value = float(candidate)
    except ValueError:
        raise ValueError(f"{_shown(text.strip())} is not a number.") from None
    if math.isinf(value) and "inf" not in candidate.lower():
        value = math.copysign(NUMBER_LIMIT * 10, value)  # "1e400": report it as too large, not infinite
    problem = _number_problem(value, field)
    if problem is not None:
        raise ValueError(problem)
    return value + 0.0  # turns -0.0 into 0.0


def _line_problems(text: str, field: str, label: str = "") -> list[FieldError]:
    """Refuse line breaks and other control characters in one-line text."""
    label = label or _label(field)
    if "\n" in text or "\r" in text:
        return [FieldError(field, f"The {label} must be a single line: remove the line breaks.")]
    for char in text:
        if unicodedata.category(char) == "Cc":
            return [
                FieldError(
                    field,
                    f"The {label} contains an invisible control character (U+{ord(char):04X}); remove it.",
                )
            ]
    return []


def _length_problem(text: str, field: str, limit: int, hint: str = "", label: str = "") -> list[FieldError]:
    if len(text) <= limit:
        return []
    message = f"The {label or _label(field)} is {len(text):,} characters long; the limit is {limit:,}.{hint}"
    return [FieldError(field, message)]


def validate_title(title: str, field: str = "title") -> list[FieldError]:
    """A title is required, one line, at most TITLE_MAX characters."""
    if not title.strip():
        return [FieldError(field, f"The {_label(field)} cannot be empty.")]
    hint = f" Keep the {_label(field)} short and put the details in the description."
    return _length_problem(title, field, TITLE_MAX, hint) + _line_problems(title, field)


def validate_key_result(
    kr_type: KRType, start: float, target: float, weight: float, unit: str = ""
) -> list[FieldError]:
    """Check a key result's type, numbers, weight and unit against OKR_RULES.md."""
    errors: list[FieldError] = []
    try:
        kind: KRType | None = KRType(kr_type)
    except ValueError:
        kind = None
        choices = ", ".join(t.value for t in KRType)
        errors.append(
            FieldError("type", f"{_shown(str(kr_type))} is not a key result type; choose {choices}.")
        )
    for field, value in (("start", start), ("target", target)):
        problem = _number_problem(value, field)
        if problem is not None:
            errors.append(FieldError(field, problem))
    if not math.isfinite(weight):
        errors.append(FieldError("weight", "The weight must be a finite number."))
    elif weight < 0:
        errors.append(
            FieldError(
                "weight", "The weight cannot be negative; use 0 to leave the key result out of progress."
            )
        )
    elif weight > WEIGHT_MAX:
        errors.append(
            FieldError(
                "weight",
                f"The weight is at most {WEIGHT_MAX}, and {format_number(weight)} is more; "
                "weights only count relative to each other, so smaller numbers work the same.",
            )
        )
    numbers_ok = not any(e.field in ("start", "target") for e in errors)
    if kind is not None and numbers_ok:
        errors += _direction_problems(kind, start, target)
    errors += _length_problem(unit, "unit", UNIT_MAX) + _line_problems(unit, "unit")
    return errors


def _direction_problems(kind: KRType, start: float, target: float) -> list[FieldError]:
    shown = f"{format_number(start)} → {format_number(target)}"
    if kind in (KRType.INCREASE, KRType.DECREASE) and start == target:
        return [FieldError("target", f"The target must differ from the start: {shown} measures nothing.")]
    if kind == KRType.INCREASE and start > target:
        return [
            FieldError(
                "target",
                f"An increasing key result needs a target above its start ({shown}); "
                "did you mean 'decrease'?",
            )
        ]
    if kind == KRType.DECREASE and start < target:
        return [
            FieldError(
                "target",
                f"A decreasing key result needs a target below its start ({shown}); did you mean 'increase'?",
            )
        ]
    if kind == KRType.MILESTONE:
        errors = []
        if start != 0:
            errors.append(FieldError("start", "A milestone starts at 0 (not done)."))
        if target != 1:
            errors.append(FieldError("target", "A milestone's target is 1 (done)."))
        return errors
    return []


def validate_objective(title: str, description: str) -> list[FieldError]:
    """An objective needs a valid title; its description (free text, many lines) is limited in length."""
    return validate_title(title) + _length_problem(description, "description", TEXT_MAX)


def validate_check_in_value(value: float, kr_type: KRType) -> list[FieldError]:
    """A check-in value is a finite number within NUMBER_LIMIT; a milestone's is 0 or 1."""
    problem = _number_problem(value, "value")
    if problem is not None:
        return [FieldError("value", problem)]
    if kr_type == KRType.MILESTONE and value not in (0, 1):
        return [
            FieldError(
                "value", f"A milestone is either done (1) or not done (0); {format_number(value)} is neither."
            )
        ]
    return []


def validate_confidence(confidence: int | None) -> list[FieldError]:
    """Confidence is optional; when given, a whole number from 0 to 10."""
    if confidence is None:
        return []
    if isinstance(confidence, bool) or not isinstance(confidence, int):
        return [FieldError("confidence", "Confidence is a whole number from 0 to 10.")]
    if not 0 <= confidence <= CONFIDENCE_MAX:
        return [
            FieldError(
                "confidence",
                f"Confidence goes from 0 (no chance) to 10 (certain); {confidence} is outside that range.",
            )
        ]
    return []


def validate_cycle(name: str, start: date, end: date) -> list[FieldError]:
    """A cycle needs a one-line name of at most 100 characters and dates at most 5 years apart, in order."""
    errors: list[FieldError] = []
    if not name.strip():
        errors.append(FieldError("name", "The cycle name cannot be empty."))
    else:
        errors += _length_problem(name, "name", CYCLE_NAME_MAX, label="cycle name")
        errors += _line_problems(name, "name", "cycle name")
    if end < start:
        errors.append(
            FieldError(
                "end",
                f"The cycle ends before it starts: {format_date(end)} is before {format_date(start)}.",
            )
        )
    elif end >= add_years(start, CYCLE_MAX_YEARS):
        errors.append(
            FieldError(
                "end",
                f"A cycle lasts at most {CYCLE_MAX_YEARS} years; {format_date_range(start, end)} is longer. "
                "Split it into shorter cycles.",
            )
        )
    return errors


def alignment_problem(
    child_id: int,
    parent_id: int | None,
    parent_of: Mapping[int, int | None],
    cycle_of: Mapping[int, int],
    cycles: Mapping[int, Cycle],
    titles: Mapping[int, str] | None = None,
) -> str | None:
    """Why the child objective may not align to the parent, or None when it may (no parent is always fine).

    Refused: aligning to itself, a loop (the parent is the child or contributes to it, found by walking
    parent_of upwards from the parent), and a parent whose cycle does not enclose the child's cycle.
    parent_of holds the current alignments (the child's own entry is ignored); cycle_of must hold the child.
    """
    if parent_id is None:
        return None

    def name(objective_id: int) -> str:
        if titles is not None and objective_id in titles:
            return _shown(titles[objective_id])
        return objective_ref(objective_id)

    if parent_id == child_id:
        return "An objective cannot align to itself."
    seen: set[int] = set()
    node: int | None = parent_id
    while node is not None and node not in seen:
        if node == child_id:
            return (
                f"{name(child_id)} cannot align to {name(parent_id)}: {name(parent_id)} already contributes "
                f"to {name(child_id)}, so the alignment would go round in a loop."
            )
        seen.add(node)
        node = parent_of.get(node)
    if parent_id not in cycle_of or cycle_of[parent_id] not in cycles:
        return f"The objective to align to ({objective_ref(parent_id)}) no longer exists."
    parent_cycle = cycles[cycle_of[parent_id]]
    child_cycle = cycles[cycle_of[child_id]]
    if not parent_cycle.encloses(child_cycle):
        return (
            f"{name(parent_id)} is in {parent_cycle.name} "
            f"({format_date_range(parent_cycle.start, parent_cycle.end)}), which does not contain "
            f"{child_cycle.name} ({format_date_range(child_cycle.start, child_cycle.end)})."
        )
    return None
