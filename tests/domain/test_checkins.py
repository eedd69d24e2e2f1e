"""Check-in rules: typo warnings, dates outside the cycle, what is due, the preview and progress over time."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from okrdesk.domain import checkins
from okrdesk.domain.model import CheckIn, Cycle, CycleState, KeyResult, KRType, Status

Q4 = Cycle(1, "2026 Q4", date(2026, 10, 1), date(2026, 12, 31), CycleState.ACTIVE)


def kr(kr_type: KRType = KRType.INCREASE, start: float = 0, target: float = 100, **kw: object) -> KeyResult:
    return KeyResult(1, 1, "Signed customers", kr_type, start, target, **kw)  # type: ignore[arg-type]


def test_ten_times_the_target_is_a_typo_warning() -> None:
    warning = checkins.value_warning(kr(), 1000)
    assert warning is not None and warning.kind == "far"
    assert warning.message == "1000 is 10× the target (100): a typo?"
    assert checkins.value_warning(kr(), 999) is None
    assert checkins.value_warning(kr(), 150) is None  # overachieving is normal


def test_far_below_the_range_is_a_typo_warning_too() -> None:
    warning = checkins.value_warning(kr(start=100, target=200), -2000)
    assert warning is not None
    assert "far outside the range from 100 to 200" in warning.message


def test_milestones_never_warn_about_range() -> None:
    assert checkins.value_warning(kr(KRType.MILESTONE, 0, 1), 1) is None


def test_dates_outside_the_cycle_are_warned_and_closed_cycles_need_confirmation() -> None:
    assert checkins.date_warning(Q4, date(2026, 11, 3)) is None
    warning = checkins.date_warning(Q4, date(2026, 9, 30))
    assert warning is not None and "outside the cycle 2026 Q4" in warning.message
    assert not checkins.needs_confirmation(Q4, date(2026, 9, 30))
    closed = Cycle(1, "2026 Q3", date(2026, 7, 1), date(2026, 9, 30), CycleState.CLOSED)
    assert checkins.needs_confirmation(closed, date(2026, 10, 2))
    assert not checkins.needs_confirmation(closed, date(2026, 9, 2))


def test_future_dates_are_refused_with_a_minute_of_grace() -> None:
    now = datetime(2026, 11, 21, 10, 0)
    assert checkins.date_problem(datetime(2026, 11, 21, 10, 0, 30), now) is None
    problem = checkins.date_problem(datetime(2026, 11, 22, 9, 0), now)
    assert problem is not None and problem.field == "at"


@pytest.mark.parametrize(
    ("last", "today", "due"),
    [
        (None, date(2026, 10, 8), False),  # a week into the cycle without a check-in: not yet
        (None, date(2026, 10, 9), True),
        (datetime(2026, 11, 10, 9, 0), date(2026, 11, 17), False),  # exactly 7 days: not more than 7
        (datetime(2026, 11, 10, 9, 0), date(2026, 11, 18), True),
    ],
)
def test_due_after_more_than_the_stale_days(last: datetime | None, today: date, due: bool) -> None:
    assert checkins.is_due(kr(last_check_in=last), Q4, today, 7) is due


def test_nothing_is_due_outside_an_active_cycle() -> None:
    for state in (CycleState.PLANNING, CycleState.CLOSED):
        cycle = Cycle(1, "x", date(2026, 1, 1), date(2026, 3, 31), state)
        assert not checkins.is_due(kr(), cycle, date(2026, 3, 1), 7)


def test_preview_and_expected_value() -> None:
    raw, state = checkins.preview(kr(), 50, Q4, date(2026, 11, 15))
    assert raw == pytest.approx(0.5) and state == Status.ON_TRACK
    raw, state = checkins.preview(kr(), 10, Q4, date(2026, 12, 20))
    assert state == Status.OFF_TRACK
    assert checkins.preview(kr(), 130, Q4, date(2026, 11, 1))[0] == pytest.approx(1.3)  # overachieved: raw
    assert checkins.expected_value(kr(start=10, target=20), 0.5) == 15
    assert checkins.expected_value(kr(KRType.AT_LEAST, 0, 95), 0.5) == 95


def _ci(i: int, kr_id: int, at: datetime, value: float, confidence: int | None = None) -> CheckIn:
    return CheckIn(i, kr_id, at, value, confidence)


def test_key_result_series_starts_at_the_origin_and_follows_check_ins_in_time_order() -> None:
    origin = datetime(2026, 10, 1)
    later, earlier = datetime(2026, 11, 1), datetime(2026, 10, 15)
    points = checkins.key_result_series(kr(), [_ci(2, 1, later, 60, 8), _ci(1, 1, earlier, 20, 5)], origin)
    assert [(p.at, p.progress, p.confidence) for p in points] == [
        (origin, 0.0, None),
        (earlier, pytest.approx(0.2), 5),
        (later, pytest.approx(0.6), 8),
    ]


def test_objective_series_is_the_weighted_mean_of_clamped_progress() -> None:
    a = KeyResult(1, 9, "a", KRType.INCREASE, 0, 100, weight=3)
    b = KeyResult(2, 9, "b", KRType.INCREASE, 0, 10, weight=1)
    zero = KeyResult(3, 9, "ignored", KRType.INCREASE, 0, 10, weight=0)
    t1, t2 = datetime(2026, 10, 10), datetime(2026, 10, 20)
    data = {1: [_ci(1, 1, t1, 150)], 2: [_ci(2, 2, t2, 5)], 3: [_ci(3, 3, t1, 10)]}
    points = checkins.objective_series([a, b, zero], data, datetime(2026, 10, 1))
    assert [p.progress for p in points] == [0.0, pytest.approx(0.75), pytest.approx((3 + 0.5) / 4)]


def test_objective_series_without_weighted_key_results_has_no_data() -> None:
    points = checkins.objective_series([], {}, datetime(2026, 10, 1))
    assert [p.progress for p in points] == [None]
