"""Cycle presets (month, quarter, half-year, year) and how cycle dates are written for people.

Default names: "2026 Q4", "2026 H2", "2026" and, for a month, "November 2026". Names and month
abbreviations are fixed English text, independent of the system locale, because they are stored data.
End dates are inclusive, as everywhere in okrdesk.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTH_ABBREVIATIONS = tuple(name[:3] for name in MONTH_NAMES)

ONE_DAY = timedelta(days=1)


class CyclePreset(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"


def _month_end(year: int, month: int) -> date:
    """The last day of a month."""
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - ONE_DAY


def preset_dates(preset: CyclePreset, on: date) -> tuple[str, date, date]:
    """The calendar period of the preset that contains a date: (default name, first day, last day)."""
    year, month = on.year, on.month
    match preset:
        case CyclePreset.MONTH:
            return f"{MONTH_NAMES[month - 1]} {year}", date(year, month, 1), _month_end(year, month)
        case CyclePreset.QUARTER:
            quarter = (month - 1) // 3 + 1
            first = 3 * quarter - 2
            return f"{year} Q{quarter}", date(year, first, 1), _month_end(year, first + 2)
        case CyclePreset.HALF_YEAR:
            half = 1 if month <= 6 else 2
            first = 6 * half - 5
            return f"{year} H{half}", date(year, first, 1), _month_end(year, first + 5)
        case CyclePreset.YEAR:
            return str(year), date(year, 1, 1), date(year, 12, 31)
    raise ValueError(f"Unknown cycle preset: {preset!r}")


def next_period(preset: CyclePreset, after: date) -> tuple[str, date, date]:
    """The first calendar period of the preset that starts after a date (typically a cycle's last day).

    When ``after`` is the last day of a period this is the period starting the next day. Otherwise it is
    the period after the one holding the next day, so the new cycle never overlaps the old one.
    """
    following = after + ONE_DAY
    name, start, end = preset_dates(preset, following)
    if start != following:
        name, start, end = preset_dates(preset, end + ONE_DAY)
    return name, start, end


def guess_preset(start: date, end: date) -> CyclePreset | None:
    """The preset whose calendar period is exactly start–end, or None for custom dates."""
    for preset in CyclePreset:
        _, first, last = preset_dates(preset, start)
        if (first, last) == (start, end):
            return preset
    return None


def add_years(day: date, years: int) -> date:
    """The same calendar day some years later; Feb 29 becomes Feb 28 in a year without one."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def format_date(day: date) -> str:
    """A date as people read it: "Oct 1, 2026"."""
    return f"{MONTH_ABBREVIATIONS[day.month - 1]} {day.day}, {day.year}"


def format_date_range(start: date, end: date) -> str:
    """An inclusive date range: "Oct 1 – Dec 31, 2026", or "Dec 1, 2026 – Jan 31, 2027" across years."""
    if start.year == end.year:
        return f"{MONTH_ABBREVIATIONS[start.month - 1]} {start.day} – {format_date(end)}"
    return f"{format_date(start)} – {format_date(end)}"
