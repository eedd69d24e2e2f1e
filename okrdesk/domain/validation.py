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

from okrdesk.domain.cycles import add_years
from okrdesk.domain.messages import QT_TRANSLATE_NOOP, DateRange, Message
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
    """A problem with one field of a form: the field's name and a sentence a manager understands (English
    as a str; a domain.messages.Message, so the UI can show it translated)."""

    field: str
    message: str


def format_number(value: float) -> str:
    """A number as a person writes it: 5 rather than 5.0, 2.5, 1e+16 for huge ones."""
    value = float(value)  # ints are welcome too
    if math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


_CONTEXT = "Validation"

#: Field names as messages name them; other names are shown as they are (underscores as spaces).
_FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("Fields", "title"),
    "description": QT_TRANSLATE_NOOP("Fields", "description"),
    "unit": QT_TRANSLATE_NOOP("Fields", "unit"),
    "start": QT_TRANSLATE_NOOP("Fields", "start"),
    "target": QT_TRANSLATE_NOOP("Fields", "target"),
    "value": QT_TRANSLATE_NOOP("Fields", "value"),
    "weight": QT_TRANSLATE_NOOP("Fields", "weight"),
    "current": QT_TRANSLATE_NOOP("Fields", "current"),
    "cycle name": QT_TRANSLATE_NOOP("Fields", "cycle name"),
    "name": QT_TRANSLATE_NOOP("Fields", "name"),
}


def _m(template: str, **params: object) -> Message:
    return Message(_CONTEXT, template, **params)


def _label(field: str) -> Message:
    text = field.replace("_", " ")
    return Message("Fields", _FIELD_LABELS.get(text, text))


def _shorten(text: str) -> str:
    """User text quoted in a message, shortened when long (the template adds the quotes)."""
    if len(text) > _SHOWN_TEXT_MAX:
        text = text[: _SHOWN_TEXT_MAX - 1] + "…"
    return text


def _number_problem(value: float, field: str) -> Message | None:
    """Why a number cannot be stored (non-finite or beyond NUMBER_LIMIT), or None."""
    if not math.isfinite(value):
        return _m(
            QT_TRANSLATE_NOOP("Validation", "The {field} must be a finite number."), field=_label(field)
        )
    if abs(value) > NUMBER_LIMIT:
        return _m(
            QT_TRANSLATE_NOOP(
                "Validation", "The {field} is too large: numbers must lie between {low:,} and {high:,}."
            ),
            field=_label(field),
            low=-int(NUMBER_LIMIT),
            high=int(NUMBER_LIMIT),
        )
    return None


def parse_number(text: str, field: str) -> float:
    """Read a number typed by a person (see the module docstring); raise ValueError with a message."""
    cleaned = text.strip()
    if cleaned.endswith("%"):
        cleaned = cleaned[:-1].rstrip()
    if not cleaned:
        raise ValueError(
            _m(
                QT_TRANSLATE_NOOP("Validation", "The {field} cannot be empty: enter a number."),
                field=_label(field),
            )
        )
    candidate = cleaned
    if "," in candidate and "." not in candidate and candidate.count(",") == 1:
        candidate = candidate.replace(",", ".")
    try:
        if "_" in candidate:
            raise ValueError(candidate)
        value = float(candidate)
    except ValueError:
        raise ValueError(
            _m(QT_TRANSLATE_NOOP("Validation", "'{text}' is not a number."), text=_shorten(text.strip()))
        ) from None
    if math.isinf(value) and "inf" not in candidate.lower():
        value = math.copysign(NUMBER_LIMIT * 10, value)  # "1e400": report it as too large, not infinite
    problem = _number_problem(value, field)
    if problem is not None:
        raise ValueError(problem)
    return value + 0.0  # turns -0.0 into 0.0


def _line_problems(text: str, field: str, label: str = "") -> list[FieldError]:
    """Refuse line breaks and other control characters in one-line text."""
    shown = _label(label or field)
    if "\n" in text or "\r" in text:
        return [
            FieldError(
                field,
                _m(
                    QT_TRANSLATE_NOOP(
                        "Validation", "The {field} must be a single line: remove the line breaks."
                    ),
                    field=shown,
                ),
            )
        ]
    for char in text:
        if unicodedata.category(char) == "Cc":
            template = QT_TRANSLATE_NOOP(
                "Validation", "The {field} contains an invisible control character (U+{code}); remove it."
            )
            return [FieldError(field, _m(template, field=shown, code=f"{ord(char):04X}"))]
    return []


def _length_problem(text: str, field: str, limit: int, label: str = "") -> list[FieldError]:
    if len(text) <= limit:
        return []
    template = QT_TRANSLATE_NOOP(
        "Validation", "The {field} is {length:,} characters long; the limit is {limit:,}."
    )
    return [FieldError(field, _m(template, field=_label(label or field), length=len(text), limit=limit))]


def validate_title(title: str, field: str = "title") -> list[FieldError]:
    """A title is required, one line, at most TITLE_MAX characters."""
    if not title.strip():
        return [
            FieldError(
                field,
                _m(QT_TRANSLATE_NOOP("Validation", "The {field} cannot be empty."), field=_label(field)),
            )
        ]
    if len(title) > TITLE_MAX:
        template = QT_TRANSLATE_NOOP(
            "Validation",
            "The {field} is {length:,} characters long; the limit is {limit:,}. "
            "Keep the {field} short and put the details in the description.",
        )
        too_long = [FieldError(field, _m(template, field=_label(field), length=len(title), limit=TITLE_MAX))]
    else:
        too_long = []
    return too_long + _line_problems(title, field)


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
        template = QT_TRANSLATE_NOOP("Validation", "'{text}' is not a key result type; choose {choices}.")
        errors.append(FieldError("type", _m(template, text=_shorten(str(kr_type)), choices=choices)))
    for field, value in (("start", start), ("target", target)):
        problem = _number_problem(value, field)
        if problem is not None:
            errors.append(FieldError(field, problem))
    if not math.isfinite(weight):
        errors.append(
            FieldError("weight", _m(QT_TRANSLATE_NOOP("Validation", "The weight must be a finite number.")))
        )
    elif weight < 0:
        template = QT_TRANSLATE_NOOP(
            "Validation", "The weight cannot be negative; use 0 to leave the key result out of progress."
        )
        errors.append(FieldError("weight", _m(template)))
    elif weight > WEIGHT_MAX:
        template = QT_TRANSLATE_NOOP(
            "Validation",
            "The weight is at most {limit}, and {weight} is more; "
            "weights only count relative to each other, so smaller numbers work the same.",
        )
        errors.append(FieldError("weight", _m(template, limit=WEIGHT_MAX, weight=float(weight))))
    numbers_ok = not any(e.field in ("start", "target") for e in errors)
    if kind is not None and numbers_ok:
        errors += _direction_problems(kind, start, target)
    errors += _length_problem(unit, "unit", UNIT_MAX) + _line_problems(unit, "unit")
    return errors


def _direction_problems(kind: KRType, start: float, target: float) -> list[FieldError]:
    numbers = {"start": float(start), "target": float(target)}
    if kind in (KRType.INCREASE, KRType.DECREASE) and start == target:
        template = QT_TRANSLATE_NOOP(
            "Validation", "The target must differ from the start: {start} → {target} measures nothing."
        )
        return [FieldError("target", _m(template, **numbers))]
    if kind == KRType.INCREASE and start > target:
        template = QT_TRANSLATE_NOOP(
            "Validation",
            "An increasing key result needs a target above its start ({start} → {target}); "
            "did you mean 'decrease'?",
        )
        return [FieldError("target", _m(template, **numbers))]
    if kind == KRType.DECREASE and start < target:
        template = QT_TRANSLATE_NOOP(
            "Validation",
            "A decreasing key result needs a target below its start ({start} → {target}); "
            "did you mean 'increase'?",
        )
        return [FieldError("target", _m(template, **numbers))]
    if kind == KRType.MILESTONE:
        errors = []
        if start != 0:
            errors.append(
                FieldError(
                    "start", _m(QT_TRANSLATE_NOOP("Validation", "A milestone starts at 0 (not done)."))
                )
            )
        if target != 1:
            errors.append(
                FieldError("target", _m(QT_TRANSLATE_NOOP("Validation", "A milestone's target is 1 (done).")))
            )
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
        template = QT_TRANSLATE_NOOP(
            "Validation", "A milestone is either done (1) or not done (0); {value} is neither."
        )
        return [FieldError("value", _m(template, value=float(value)))]
    return []


def validate_confidence(confidence: int | None) -> list[FieldError]:
    """Confidence is optional; when given, a whole number from 0 to 10."""
    if confidence is None:
        return []
    if isinstance(confidence, bool) or not isinstance(confidence, int):
        return [
            FieldError(
                "confidence",
                _m(QT_TRANSLATE_NOOP("Validation", "Confidence is a whole number from 0 to 10.")),
            )
        ]
    if not 0 <= confidence <= CONFIDENCE_MAX:
        template = QT_TRANSLATE_NOOP(
            "Validation", "Confidence goes from 0 (no chance) to 10 (certain); {value} is outside that range."
        )
        return [FieldError("confidence", _m(template, value=confidence))]
    return []


def validate_cycle(name: str, start: date, end: date) -> list[FieldError]:
    """A cycle needs a one-line name of at most 100 characters and dates at most 5 years apart, in order."""
    errors: list[FieldError] = []
    if not name.strip():
        errors.append(
            FieldError("name", _m(QT_TRANSLATE_NOOP("Validation", "The cycle name cannot be empty.")))
        )
    else:
        errors += _length_problem(name, "name", CYCLE_NAME_MAX, label="cycle name")
        errors += _line_problems(name, "name", "cycle name")
    if end < start:
        template = QT_TRANSLATE_NOOP(
            "Validation", "The cycle ends before it starts: {end} is before {start}."
        )
        errors.append(FieldError("end", _m(template, end=end, start=start)))
    elif end >= add_years(start, CYCLE_MAX_YEARS):
        template = QT_TRANSLATE_NOOP(
            "Validation",
            "A cycle lasts at most {years} years; {range} is longer. Split it into shorter cycles.",
        )
        errors.append(FieldError("end", _m(template, years=CYCLE_MAX_YEARS, range=DateRange(start, end))))
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
            return f"'{_shorten(titles[objective_id])}'"
        return objective_ref(objective_id)

    if parent_id == child_id:
        return _m(QT_TRANSLATE_NOOP("Validation", "An objective cannot align to itself."))
    seen: set[int] = set()
    node: int | None = parent_id
    while node is not None and node not in seen:
        if node == child_id:
            template = QT_TRANSLATE_NOOP(
                "Validation",
                "{child} cannot align to {parent}: {parent} already contributes to {child}, "
                "so the alignment would go round in a loop.",
            )
            return _m(template, child=name(child_id), parent=name(parent_id))
        seen.add(node)
        node = parent_of.get(node)
    if parent_id not in cycle_of or cycle_of[parent_id] not in cycles:
        template = QT_TRANSLATE_NOOP("Validation", "The objective to align to ({ref}) no longer exists.")
        return _m(template, ref=objective_ref(parent_id))
    parent_cycle = cycles[cycle_of[parent_id]]
    child_cycle = cycles[cycle_of[child_id]]
    if not parent_cycle.encloses(child_cycle):
        template = QT_TRANSLATE_NOOP(
            "Validation",
            "{parent} is in {cycle} ({dates}), which does not contain {child_cycle} ({child_dates}).",
        )
        return _m(
            template,
            parent=name(parent_id),
            cycle=parent_cycle.name,
            dates=DateRange(parent_cycle.start, parent_cycle.end),
            child_cycle=child_cycle.name,
            child_dates=DateRange(child_cycle.start, child_cycle.end),
        )
    return None
