"""Cycle presets, the next period, recognising a preset, and dates written for people."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from okrdesk.domain.cycles import (
    CyclePreset,
    add_years,
    format_date,
    format_date_range,
    guess_preset,
    next_period,
    preset_dates,
)

MONTH, QUARTER, HALF, YEAR = CyclePreset.MONTH, CyclePreset.QUARTER, CyclePreset.HALF_YEAR, CyclePreset.YEAR
# Leave room at both ends of the calendar for the period around a date and the next one.
dates = st.dates(min_value=date(2, 1, 1), max_value=date(9998, 12, 31))


def test_preset_values() -> None:
    assert [p.value for p in CyclePreset] == ["month", "quarter", "half_year", "year"]


@pytest.mark.parametrize(
    ("preset", "on", "expected"),
    [
        (MONTH, date(2026, 11, 15), ("November 2026", date(2026, 11, 1), date(2026, 11, 30))),
        (MONTH, date(2026, 9, 1), ("September 2026", date(2026, 9, 1), date(2026, 9, 30))),
        (MONTH, date(2026, 12, 31), ("December 2026", date(2026, 12, 1), date(2026, 12, 31))),
        (MONTH, date(2026, 2, 10), ("February 2026", date(2026, 2, 1), date(2026, 2, 28))),
        (MONTH, date(2024, 2, 10), ("February 2024", date(2024, 2, 1), date(2024, 2, 29))),
        (MONTH, date(2026, 1, 31), ("January 2026", date(2026, 1, 1), date(2026, 1, 31))),
        (QUARTER, date(2026, 1, 1), ("2026 Q1", date(2026, 1, 1), date(2026, 3, 31))),
        (QUARTER, date(2026, 5, 20), ("2026 Q2", date(2026, 4, 1), date(2026, 6, 30))),
        (QUARTER, date(2026, 9, 30), ("2026 Q3", date(2026, 7, 1), date(2026, 9, 30))),
        (QUARTER, date(2026, 10, 1), ("2026 Q4", date(2026, 10, 1), date(2026, 12, 31))),
        (HALF, date(2026, 6, 30), ("2026 H1", date(2026, 1, 1), date(2026, 6, 30))),
        (HALF, date(2026, 7, 1), ("2026 H2", date(2026, 7, 1), date(2026, 12, 31))),
        (YEAR, date(2026, 8, 8), ("2026", date(2026, 1, 1), date(2026, 12, 31))),
    ],
)
def test_preset_dates(preset: CyclePreset, on: date, expected: tuple[str, date, date]) -> None:
    assert preset_dates(preset, on) == expected


def test_preset_dates_accepts_stored_strings() -> None:
    assert preset_dates("quarter", date(2026, 11, 2))[0] == "2026 Q4"  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        preset_dates("week", date(2026, 11, 2))  # type: ignore[arg-type]


@given(st.sampled_from(CyclePreset), dates)
def test_period_contains_the_date_and_is_stable(preset: CyclePreset, on: date) -> None:
    name, start, end = preset_dates(preset, on)
    assert start <= on <= end
    assert preset_dates(preset, start) == preset_dates(preset, end) == (name, start, end)
    assert start.day == 1 and (end + timedelta(days=1)).day == 1
    assert guess_preset(start, end) == preset


@pytest.mark.parametrize(
    ("preset", "after", "expected"),
    [
        (QUARTER, date(2026, 12, 31), ("2027 Q1", date(2027, 1, 1), date(2027, 3, 31))),
        (QUARTER, date(2026, 3, 31), ("2026 Q2", date(2026, 4, 1), date(2026, 6, 30))),
        (MONTH, date(2026, 1, 31), ("February 2026", date(2026, 2, 1), date(2026, 2, 28))),
        (HALF, date(2026, 6, 30), ("2026 H2", date(2026, 7, 1), date(2026, 12, 31))),
        (YEAR, date(2026, 12, 31), ("2027", date(2027, 1, 1), date(2027, 12, 31))),
        # Not a period's last day: the first whole period after it, never overlapping.
        (QUARTER, date(2026, 11, 15), ("2027 Q1", date(2027, 1, 1), date(2027, 3, 31))),
        (MONTH, date(2026, 3, 1), ("April 2026", date(2026, 4, 1), date(2026, 4, 30))),
    ],
)
def test_next_period(preset: CyclePreset, after: date, expected: tuple[str, date, date]) -> None:
    assert next_period(preset, after) == expected


@given(st.sampled_from(CyclePreset), dates)
def test_next_period_is_the_first_period_after(preset: CyclePreset, after: date) -> None:
    name, start, end = next_period(preset, after)
    assert after < start <= end
    assert preset_dates(preset, start) == (name, start, end)
    # No period of the preset starts between `after` and the one returned.
    assert preset_dates(preset, start - timedelta(days=1))[1] <= after


@given(st.sampled_from(CyclePreset), dates)
def test_next_period_of_a_period_end_is_adjacent(preset: CyclePreset, on: date) -> None:
    _, _, end = preset_dates(preset, on)
    assert next_period(preset, end)[1] == end + timedelta(days=1)


@pytest.mark.parametrize(
    ("start", "end", "preset"),
    [
        (date(2026, 2, 1), date(2026, 2, 28), MONTH),
        (date(2026, 1, 1), date(2026, 3, 31), QUARTER),
        (date(2026, 7, 1), date(2026, 12, 31), HALF),
        (date(2026, 1, 1), date(2026, 12, 31), YEAR),
        (date(2026, 1, 1), date(2026, 1, 15), None),
        (date(2026, 2, 1), date(2026, 4, 30), None),  # three months, not a calendar quarter
        (date(2024, 2, 1), date(2024, 2, 28), None),  # February 2024 has 29 days
        (date(2026, 1, 2), date(2026, 12, 31), None),
        (date(2026, 1, 1), date(2027, 12, 31), None),
    ],
)
def test_guess_preset(start: date, end: date, preset: CyclePreset | None) -> None:
    assert guess_preset(start, end) == preset


@pytest.mark.parametrize(
    ("day", "years", "expected"),
    [
        (date(2026, 3, 15), 5, date(2031, 3, 15)),
        (date(2024, 2, 29), 1, date(2025, 2, 28)),
        (date(2024, 2, 29), 4, date(2028, 2, 29)),
    ],
)
def test_add_years(day: date, years: int, expected: date) -> None:
    assert add_years(day, years) == expected


def test_formatting() -> None:
    assert format_date(date(2026, 10, 1)) == "Oct 1, 2026"
    assert format_date(date(2026, 9, 30)) == "Sep 30, 2026"
    assert format_date_range(date(2026, 10, 1), date(2026, 12, 31)) == "Oct 1 – Dec 31, 2026"
    assert format_date_range(date(2026, 12, 1), date(2027, 1, 31)) == "Dec 1, 2026 – Jan 31, 2027"
