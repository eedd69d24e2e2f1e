"""Retrospective rules: scores and overrides, verdicts, calibration, discipline, summaries, carry-over."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from okrdesk.domain import retro
from okrdesk.domain.model import CheckIn, Cycle, CycleState, KeyResult, KRType, Objective, ObjectiveKind
from okrdesk.domain.validation import TEXT_MAX, FieldError

Q4 = Cycle(1, "2026 Q4", date(2026, 10, 1), date(2026, 12, 31), CycleState.CLOSED)  # 92 days
ONE_DAY = Cycle(2, "Offsite", date(2026, 5, 4), date(2026, 5, 4))


def kr(kr_id: int = 1, objective_id: int = 1, **kw: object) -> KeyResult:
    fields: dict[str, object] = {"title": "Signed customers", "start": 0.0, "target": 100.0} | kw
    return KeyResult(kr_id, objective_id, **fields)  # type: ignore[arg-type]


def check_in(at: datetime, confidence: int | None = 5, kr_id: int = 1) -> CheckIn:
    return CheckIn(int(at.timestamp()), kr_id, at, 1.0, confidence)


def fields(errors: list[FieldError]) -> list[str]:
    return [e.field for e in errors]


# --- scores ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("score", [0.0, 0.1, 0.7, 1.0, 0.1 + 0.2, 0.7 * 1.0])
def test_scores_on_a_step_are_valid(score: float) -> None:
    assert retro.validate_score(score, score, "") == []


@pytest.mark.parametrize("score", [-0.1, 1.1, float("nan"), float("inf")])
def test_scores_outside_zero_to_one_are_refused(score: float) -> None:
    errors = retro.validate_score(0.5, score, "because")
    assert fields(errors) == ["score"]
    assert "from 0.0 (no progress) to 1.0" in errors[0].message


def test_scores_between_steps_are_refused() -> None:
    errors = retro.validate_score(0.6, 0.65, "close to done")
    assert fields(errors) == ["score"]
    assert "0.65 lies between two steps" in errors[0].message


def test_an_override_needs_a_reason_a_manager_understands() -> None:
    errors = retro.validate_score(0.6, 0.8, "   ")
    assert fields(errors) == ["reason"]
    assert errors[0].message.startswith("You changed the suggested score 0.6 to 0.8: say why")
    assert retro.validate_score(0.6, 0.8, "Deal signed after the last check-in") == []
    assert retro.validate_score(0.6, 0.6, "") == []  # no override, no reason needed
    assert retro.validate_score(0.3, 0.1 + 0.2, "") == []  # float noise is not an override


def test_reasons_are_limited_in_length() -> None:
    assert retro.validate_score(0.6, 0.6, "x" * TEXT_MAX) == []
    errors = retro.validate_score(0.6, 0.8, "x" * (TEXT_MAX + 1))
    assert fields(errors) == ["reason"]
    assert "100,001 characters long; the limit is 100,000" in errors[0].message


def test_score_entry_knows_when_it_is_an_override() -> None:
    assert retro.ScoreEntry(1, 0.6, 0.8, "late deal").overridden
    assert not retro.ScoreEntry(1, 0.6, 0.6).overridden


def test_objective_scores_weigh_krs_and_skip_weight_zero() -> None:
    objectives = [Objective(1, 1, "Grow"), Objective(2, 1, "Empty"), Objective(3, 1, "Only weight 0")]
    key_results = [
        kr(1, 1, weight=3.0),
        kr(2, 1, weight=1.0),
        kr(3, 1, weight=0.0),
        kr(4, 3, weight=0.0),
        kr(5, 99),  # objective not given: ignored
    ]
    result = retro.objective_scores(objectives, key_results, {1: 1.0, 2: 0.2, 3: 0.0, 4: 1.0})
    assert result == {1: 0.8, 2: None, 3: None}


def test_objective_scores_fall_back_to_the_suggested_score_and_round_half_up() -> None:
    objectives = [Objective(1, 1, "Grow")]
    key_results = [kr(1, last_value=65.0), kr(2)]  # suggested 0.7 (0.65 rounds up) and 0.0
    assert retro.objective_scores(objectives, key_results, {}) == {1: 0.35}
    assert retro.objective_scores(objectives, [kr(1), kr(2), kr(3)], {1: 1.0, 2: 1.0, 3: 0.0}) == {1: 0.67}


# --- verdicts -------------------------------------------------------------------------------------------


def test_expectation_by_kind() -> None:
    assert retro.expectation(ObjectiveKind.COMMITTED) == 1.0
    assert retro.expectation(ObjectiveKind.ASPIRATIONAL) == 0.7


@pytest.mark.parametrize(
    ("kind", "score", "expected"),
    [
        (ObjectiveKind.COMMITTED, 1.0, "commitment met"),
        (ObjectiveKind.COMMITTED, 0.99, "missed a commitment"),
        (ObjectiveKind.COMMITTED, 0.0, "missed a commitment"),
        (ObjectiveKind.ASPIRATIONAL, 1.0, "a success"),
        (ObjectiveKind.ASPIRATIONAL, 0.7, "a success"),
        (ObjectiveKind.ASPIRATIONAL, 0.1 * 7, "a success"),  # 0.7000000000000001
        (ObjectiveKind.ASPIRATIONAL, 0.69, "progress made"),
        (ObjectiveKind.ASPIRATIONAL, 0.4, "progress made"),
        (ObjectiveKind.ASPIRATIONAL, 0.39, "fell short"),
        (ObjectiveKind.ASPIRATIONAL, 0.0, "fell short"),
    ],
)
def test_verdicts(kind: ObjectiveKind, score: float, expected: str) -> None:
    assert retro.verdict(kind, score) == expected


# --- calibration ----------------------------------------------------------------------------------------


def test_the_midpoint_is_the_middle_of_the_whole_cycle() -> None:
    assert retro.cycle_midpoint(Q4) == datetime(2026, 11, 16)  # 92 days: 46 days after Oct 1, 00:00
    assert retro.cycle_midpoint(ONE_DAY) == datetime(2026, 5, 4, 12)


def test_midpoint_confidence_takes_the_nearest_check_in_with_a_confidence() -> None:
    check_ins = [
        check_in(datetime(2026, 10, 5), 9),
        check_in(datetime(2026, 11, 15), None),  # nearest, but without a confidence
        check_in(datetime(2026, 11, 20), 6),
        check_in(datetime(2026, 12, 30), 2),
    ]
    assert retro.midpoint_confidence(check_ins, Q4) == 6


def test_midpoint_ties_go_to_the_earlier_check_in() -> None:
    before, after = datetime(2026, 11, 15), datetime(2026, 11, 17)
    assert retro.midpoint_confidence([check_in(after, 8), check_in(before, 3)], Q4) == 3
    assert retro.midpoint_confidence([check_in(before, 3), check_in(after, 8)], Q4) == 3


def test_midpoint_confidence_ignores_check_ins_outside_the_cycle() -> None:
    outside = [check_in(datetime(2026, 9, 30, 23), 7), check_in(datetime(2027, 1, 1), 7)]
    assert retro.midpoint_confidence(outside, Q4) is None
    assert retro.midpoint_confidence([], Q4) is None
    last_minute = check_in(datetime(2026, 12, 31, 23, 59), 4)
    assert retro.midpoint_confidence([*outside, last_minute], Q4) == 4


def test_midpoint_confidence_in_a_one_day_cycle_and_with_time_zones() -> None:
    morning, evening = datetime(2026, 5, 4, 9), datetime(2026, 5, 4, 14)
    assert retro.midpoint_confidence([check_in(morning, 2), check_in(evening, 8)], ONE_DAY) == 8
    aware = datetime(2026, 5, 4, 12, tzinfo=timezone(timedelta(hours=2)))
    assert retro.midpoint_confidence([check_in(morning, 2), check_in(aware, 5)], ONE_DAY) == 5


def test_calibration_per_owner() -> None:
    entries = [(1, 9, 0.6), (1, 8, 0.5), (2, 3, 0.5), (2, None, 0.9), (None, 5, 0.5), (3, None, 0.1)]
    result = retro.calibration(entries)
    assert result == {
        1: retro.Calibration(0.3, 0.3, 2),
        2: retro.Calibration(-0.2, 0.2, 1),
        None: retro.Calibration(0.0, 0.0, 1),
    }
    assert retro.calibration([]) == {}


def test_calibration_keeps_over_and_under_apart() -> None:
    cal = retro.calibration([(1, 10, 0.5), (1, 0, 0.5)])[1]
    assert (cal.signed_mean, cal.absolute_mean, cal.count) == (0.0, 0.5, 2)


@pytest.mark.parametrize(
    ("signed", "absolute", "sentence"),
    [
        (0.3, 0.3, "Sales was over-confident by 0.3 on average"),
        (-0.2, 0.25, "Sales was under-confident by 0.3 on average"),  # 0.25 rounds half up
        (0.1, 0.1, "Sales was well calibrated (within 0.1)"),
        (-0.05, 0.1, "Sales was well calibrated (within 0.1)"),
        (0.0, 0.5, "Sales was off by 0.5 on average, in both directions"),
        (0.1, 0.4, "Sales was off by 0.4 on average, in both directions"),
        (0.11, 0.4, "Sales was over-confident by 0.4 on average"),
    ],
)
def test_calibration_sentences(signed: float, absolute: float, sentence: str) -> None:
    assert retro.calibration_sentence("Sales", retro.Calibration(signed, absolute, 3)) == sentence


confidences = st.one_of(st.none(), st.integers(0, 10))
entries = st.lists(st.tuples(st.integers(1, 3), confidences, st.floats(0.0, 1.0)), max_size=30)


@given(entries)
def test_calibration_absolute_mean_bounds_the_signed_mean(data: list[tuple[int, int | None, float]]) -> None:
    for cal in retro.calibration(data).values():
        assert cal.count >= 1
        assert cal.absolute_mean >= abs(cal.signed_mean)
        assert cal.absolute_mean <= 1.0


# --- check-in discipline --------------------------------------------------------------------------------


def test_discipline_counts_weeks_with_a_check_in() -> None:
    # Q4 has 92 days: 13 full weeks and one partial week of one day (Dec 31).
    assert retro.check_in_discipline([], Q4) == 0.0
    weekly = [Q4.start + timedelta(days=7 * week) for week in range(14)]
    assert retro.check_in_discipline(weekly, Q4) == 1.0
    assert retro.check_in_discipline([date(2026, 10, 1), date(2026, 10, 7)], Q4) == 1 / 14
    assert retro.check_in_discipline([date(2026, 10, 7), date(2026, 10, 8)], Q4) == 2 / 14  # week boundary
    assert retro.check_in_discipline([date(2026, 12, 31)], Q4) == 1 / 14  # the partial last week counts


def test_discipline_ignores_dates_outside_the_cycle() -> None:
    assert retro.check_in_discipline([date(2026, 9, 30), date(2027, 1, 1)], Q4) == 0.0


def test_discipline_until_today_counts_only_weeks_begun() -> None:
    dates = [date(2026, 10, 2), date(2026, 10, 20)]
    assert retro.check_in_discipline(dates, Q4, today=date(2026, 10, 8)) == 1 / 2  # week 2 began on Oct 8
    assert retro.check_in_discipline(dates, Q4, today=date(2026, 10, 7)) == 1.0
    assert retro.check_in_discipline(dates, Q4, today=date(2026, 9, 1)) == 0.0  # nothing began yet
    assert retro.check_in_discipline(dates, Q4, today=date(2027, 6, 1)) == 2 / 14


def test_discipline_of_a_one_day_cycle() -> None:
    assert retro.check_in_discipline([ONE_DAY.start], ONE_DAY) == 1.0
    assert retro.check_in_discipline([], ONE_DAY) == 0.0


def test_mean_discipline_over_key_results() -> None:
    assert retro.mean_check_in_discipline([], Q4) is None
    per_kr = [[date(2026, 10, 1)], [], [Q4.start + timedelta(days=7 * w) for w in range(14)]]
    assert retro.mean_check_in_discipline(per_kr, Q4) == pytest.approx((1 / 14 + 0 + 1) / 3)


@given(
    st.lists(st.dates(date(2026, 9, 1), date(2027, 2, 1)), max_size=40),
    st.dates(date(2026, 1, 1), date(2027, 12, 31)),
    st.dates(date(2026, 1, 1), date(2027, 12, 31)),
    st.one_of(st.none(), st.dates(date(2026, 1, 1), date(2027, 12, 31))),
)
def test_discipline_is_a_share(dates: list[date], start: date, end: date, today: date | None) -> None:
    cycle = Cycle(9, "Any", start, end)
    share = retro.check_in_discipline(dates, cycle, today)
    assert 0.0 <= share <= 1.0


# --- summaries ------------------------------------------------------------------------------------------


def test_share_at_least() -> None:
    assert retro.share_at_least([]) is None
    assert retro.share_at_least([0.7, 0.69, 1.0]) == 0.67
    assert retro.share_at_least([0.1 * 7]) == 1.0
    assert retro.share_at_least([0.4, 0.3], 0.4) == 0.5


def test_mean_score_rounds_half_up() -> None:
    assert retro.mean_score([]) is None
    assert retro.mean_score([0.6, 0.7]) == 0.65
    assert retro.mean_score([0.125]) == 0.13
    assert retro.mean_score([1.0, 0.0, 0.0]) == 0.33


# --- carry-over -----------------------------------------------------------------------------------------


def test_carried_key_result_starts_where_the_old_one_stands() -> None:
    old = kr(7, 1, unit="deals", weight=2.0, owner_id=4, description="Q4 pipeline", last_value=60.0)
    assert retro.carried_key_result(old, 20) == {
        "objective_id": 20,
        "title": "Signed customers",
        "kr_type": KRType.INCREASE,
        "start": 60.0,
        "target": 100.0,
        "unit": "deals",
        "weight": 2.0,
        "owner_id": 4,
        "description": "Q4 pipeline",
        "carried_from_id": 7,
    }
    changed = retro.carried_key_result(old, 20, title="Signed customers (EU)", target=150.0)
    assert (changed["title"], changed["target"], changed["start"]) == ("Signed customers (EU)", 150.0, 60.0)


def test_carrying_without_check_ins_starts_at_the_old_start() -> None:
    assert retro.carried_key_result(kr(start=10.0), 2)["start"] == 10.0


def test_carry_problems_accept_an_unfinished_key_result() -> None:
    assert retro.carry_problems(kr(last_value=60.0)) == []
    assert retro.carry_problems(kr(last_value=60.0), "New title", 120.0) == []


@pytest.mark.parametrize(
    "old",
    [
        kr(last_value=100.0),
        kr(last_value=130.0),
        kr(kr_type=KRType.DECREASE, start=50.0, target=10.0, last_value=8.0),
        kr(kr_type=KRType.MILESTONE, start=0.0, target=1.0, last_value=1.0),
    ],
)
def test_a_key_result_that_reached_its_target_needs_a_new_one(old: KeyResult) -> None:
    errors = retro.carry_problems(old)
    assert fields(errors) == ["target"]
    assert "already reached its target" in errors[0].message
    assert errors[0].message.endswith("change the target or drop it.")
    assert retro.carry_problems(old, target=old.target) == errors


def test_a_reached_key_result_with_a_new_target_is_checked_like_any_key_result() -> None:
    assert retro.carry_problems(kr(last_value=100.0), target=150.0) == []
    errors = retro.carry_problems(kr(last_value=100.0), target=90.0)
    assert fields(errors) == ["target"]
    assert "needs a target above its start (100 → 90)" in errors[0].message


def test_levels_may_be_carried_when_met() -> None:
    assert retro.carry_problems(kr(kr_type=KRType.AT_LEAST, start=0.0, target=95.0, last_value=97.0)) == []
    assert retro.carry_problems(kr(kr_type=KRType.AT_MOST, start=9.0, target=5.0, last_value=3.0)) == []


def test_carry_problems_check_the_title() -> None:
    assert fields(retro.carry_problems(kr(last_value=10.0), "  ")) == ["title"]
    assert fields(retro.carry_problems(kr(last_value=10.0), "two\nlines")) == ["title"]
    both = retro.carry_problems(kr(last_value=100.0), "")
    assert fields(both) == ["title", "target"]


def test_duplicate_carries() -> None:
    assert retro.duplicate_carries([]) == []
    assert retro.duplicate_carries([1, 2, 3]) == []
    assert retro.duplicate_carries([3, 1, 2, 1, 3, 3]) == [3, 1]


# --- gaps before closing --------------------------------------------------------------------------------


def test_missing_check_ins() -> None:
    today = date(2026, 12, 31)
    never = kr(1)
    fresh = kr(2, last_check_in=datetime(2026, 12, 17, 18))  # exactly 14 days ago: still fine
    stale = kr(3, last_check_in=datetime(2026, 12, 16, 9))  # 15 days ago
    assert retro.missing_check_ins([never, fresh, stale], today) == [never, stale]
    assert retro.missing_check_ins([fresh, stale], today, days=30) == []
    assert retro.missing_check_ins([], today) == []


def test_objectives_without_key_results() -> None:
    objectives = [Objective(1, 1, "Grow"), Objective(2, 1, "Hire"), Objective(3, 1, "Weight 0 only")]
    key_results = [kr(1, 1), kr(2, 3, weight=0.0), kr(3, 99)]
    assert retro.objectives_without_key_results(objectives, key_results) == [objectives[1]]
    assert retro.objectives_without_key_results([], key_results) == []
