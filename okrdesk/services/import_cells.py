"""Reading the cells of an import file: numbers by the conventions of the file's delimiter, ISO dates and
moments, key result types, owner kinds, confidences, cycle dates said by a cycle's name, names, and the
formula guard of the export. Each reader raises ValueError with a message a person can act on (names:
`name_problem` returns it). No Qt, no database.

Choices where shared OKR_RULES.md is silent:
- Numbers: in a semicolon file the comma is the decimal mark ("1,5") and points may group thousands
  ("1.234,5"); in a comma file commas may only group thousands ("1,234.5"); a trailing % is dropped, and so
  is a currency sign ($, €, £) before or after the number ("$1,500", "1.500 €"). A value that could be
  read two ways ("1,500" in a tab file) is refused rather than guessed.
- Confidence: a whole number 0–10; a percentage (75%), rounded to the nearest whole of 0–10 (halves up:
  75% is 8); in a column of fractions (every value 0–1, one at least written with a decimal mark) a
  fraction times 10, rounded the same way (0.75 is 8, 1.0 is 10); low, medium, high. Anything else
  (7.5, or a lone 0.7 among whole numbers) is refused with the value it may have meant.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, time

from okrdesk.domain.cycles import CyclePreset, preset_dates
from okrdesk.domain.model import OwnerKind
from okrdesk.domain.validation import format_number, parse_number
from okrdesk.services.import_read import shown

TYPE_WORDS = {"increase": "increase", "decrease": "decrease", "at least": "at_least", "at most": "at_most",
              "milestone": "milestone"}  # fmt: skip
CONFIDENCE_WORDS = {"low": 2, "medium": 5, "high": 8}  # the middle of each band of OKR_RULES.md

_CURRENCY = "$€£"
_DECIMAL_COMMA = re.compile(r"[+-]?\d*,\d+%?")
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


def sentence(message: str) -> str:
    """A message continued after "Row 7: " or "target '1e400': " (lower case, unless an acronym)."""
    first = message.split(" ", 1)[0]
    return message if len(first) > 1 and first.isupper() else message[:1].lower() + message[1:]


def or_list(words: tuple[str, ...] | list[str]) -> str:
    """ "a, b or c" """
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def _without_currency(cleaned: str) -> str:
    """The number without a leading or trailing currency sign ("$1,500", "-$5", "1.500 €")."""
    if cleaned[:1] in ("+", "-") and cleaned[1:2] and cleaned[1] in _CURRENCY:
        return cleaned[0] + cleaned[2:].lstrip()
    if cleaned[:1] and cleaned[0] in _CURRENCY:
        return cleaned[1:].lstrip()
    if cleaned[-1:] and cleaned[-1] in _CURRENCY:
        return cleaned[:-1].rstrip()
    return cleaned


def read_number(text: str, column: str, delimiter: str) -> float:
    """A number cell by the conventions of the file's delimiter (module docstring); ValueError says why."""
    cleaned = _without_currency(text.strip().replace("\u00a0", ""))
    commas, points = _COMMA_GROUPS.fullmatch(cleaned), _POINT_GROUPS.fullmatch(cleaned)
    if commas and "." in cleaned:  # 1,234.5 reads one way only
        cleaned = cleaned.replace(",", "")
    elif points and "," in cleaned:  # 1.234,5 too
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif delimiter == "," and commas:
        cleaned = cleaned.replace(",", "")
    elif delimiter == "," and _DECIMAL_COMMA.fullmatch(cleaned):
        raise ValueError(f"{column} {shown(text)} is not a number (write decimals with a point: 1.5).")
    elif delimiter == "," and "," in cleaned:
        raise ValueError(f"{column} {shown(text)} is not a number.")
    elif points and delimiter != ",":
        raise _two_ways(text, column, cleaned, ".")
    elif commas and delimiter not in (",", ";"):
        raise _two_ways(text, column, cleaned, ",")
    try:
        return parse_number(cleaned, column)
    except ValueError as exc:
        if "is not a number" in str(exc) or "cannot be empty" in str(exc):
            raise ValueError(f"{column} {shown(text)} is not a number.") from None
        raise ValueError(f"{column} {shown(text)}: {sentence(str(exc))}") from None


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


def name_problem(name: str, column: str, limit: int = 200) -> str | None:
    """What is wrong with a person's, a team's or a cycle's name (longer than `limit`, more than one line)."""
    if len(name) > limit:
        return f"{column} is {len(name):,} characters long; the limit is {limit}."
    if any(unicodedata.category(c) == "Cc" for c in name):
        return f"{column} {shown(name)} contains a line break or control character."
    return None


def read_owner_kind(text: str, column: str) -> OwnerKind:
    """person or team, in any case (an empty cell is not read: the caller decides what it means)."""
    word = text.strip().casefold()
    if word in (OwnerKind.PERSON.value, OwnerKind.TEAM.value):
        return OwnerKind(word)
    raise ValueError(f"{column} {shown(text)} is not person or team.")


def _half_up(value: float) -> int:
    """The nearest whole number, halves up (7.5 → 8), after removing float noise (0.65 × 10 is 6.5)."""
    return math.floor(round(value, 9) + 0.5)


def is_fraction_column(texts: list[str], delimiter: str) -> bool:
    """True when a confidence column holds fractions: every number written without % (words aside) lies
    within 0–1, and one at least is written with a decimal mark (so 0 and 1 alone are whole numbers)."""
    numbers: list[str] = [
        t for t in texts if t and "%" not in t and t.strip().casefold() not in CONFIDENCE_WORDS
    ]
    try:
        values = [read_number(t, "confidence", delimiter) for t in numbers]
    except ValueError:
        return False
    marked = any("." in t or "," in t for t in numbers)
    return bool(values) and marked and all(0 <= v <= 1 for v in values)


def read_confidence(text: str, column: str, delimiter: str, fractions: bool = False) -> int:
    """0–10: a whole number, a percentage (75% → 8), a fraction in a column of fractions (`fractions`:
    0.75 → 8, 1.0 → 10) or low / medium / high (module docstring)."""
    word = text.strip().casefold()
    if word in CONFIDENCE_WORDS:
        return CONFIDENCE_WORDS[word]
    problem = f"{column} {shown(text)} is not a confidence from 0 to 10 (or 0–100 %, or low, medium, high)."
    try:
        value = read_number(text, column, delimiter)
    except ValueError:
        raise ValueError(problem) from None
    if word.endswith("%"):
        if not 0 <= value <= 100:
            raise ValueError(problem)
        return _half_up(value / 10)
    if fractions and 0 <= value <= 1:
        return _half_up(value * 10)
    if not 0 <= value <= 10:
        raise ValueError(problem)
    if abs(value - round(value)) > 1e-9:
        meant = f"{_half_up(value * 10)} or {format_number(round(value * 100, 6))}%" if value < 1 else None
        raise ValueError(
            f"{column} {shown(text)} is not a whole number from 0 to 10"
            + (f" (did you mean {meant}?)." if meant else ".")
        )
    return round(value)


def read_choice(text: str, column: str, choices: tuple[str, ...]) -> str:
    """One of `choices` (any case; spaces or hyphens for underscores: "key results" is key_results)."""
    word = "_".join(re.sub(r"[\W_]+", " ", text.casefold()).split())
    if word in choices:
        return word
    raise ValueError(f"{column} {shown(text)} is not {or_list(list(choices))}.")


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
