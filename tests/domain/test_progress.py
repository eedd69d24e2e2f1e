"""Progress, pace, status and scores as OKR_RULES.md defines them."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from okrdesk.domain.model import KeyResult, KRType, Objective, ProgressSource, Status
from okrdesk.domain.progress import (
    clamp,
    confidence_band,
    expected_progress,
    key_result_progress,
    kr_raw_progress,
    objective_progress,
    objective_score,
    score_band,
    status,
    suggested_score,
    tree_progress,
)

INC, DEC = KRType.INCREASE, KRType.DECREASE
KRS, CHILDREN, BOTH = ProgressSource.KEY_RESULTS, ProgressSource.CHILDREN, ProgressSource.BOTH
progress_values = st.floats(min_value=-3, max_value=3, allow_nan=False)
weights = st.one_of(st.just(0.0), st.floats(min_value=0.01, max_value=1000))


@pytest.mark.parametrize(
    ("raw", "clamped"),
    [
        (-0.5, 0.0),
        (0.0, 0.0),
        (0.3, 0.3),
        (1.0, 1.0),
        (1.7, 1.0),
        (math.nan, 0.0),
        (-math.inf, 0.0),
        (math.inf, 1.0),
    ],
)
def test_clamp(raw: float, clamped: float) -> None:
    assert clamp(raw) == clamped


@pytest.mark.parametrize(
    ("kr_type", "start", "target", "current", "expected"),
    [
        (INC, 0, 100, 50, 0.5),
        (INC, 0, 100, 0, 0.0),
        (INC, 0, 100, 100, 1.0),
        (INC, 0, 100, 150, 1.5),  # overachieved: shown raw
        (INC, 10, 20, 5, -0.5),  # below baseline: shown raw
        (INC, 20, 30, 27.5, 0.75),
        (DEC, 100, 50, 75, 0.5),
        (DEC, 100, 50, 50, 1.0),
        (DEC, 100, 50, 40, 1.2),
        (DEC, 100, 50, 110, -0.2),
        (KRType.AT_LEAST, 0, 10, 10, 1.0),
        (KRType.AT_LEAST, 0, 10, 11, 1.0),
        (KRType.AT_LEAST, 0, 10, 9.99, 0.0),
        (KRType.AT_MOST, 0, 10, 10, 1.0),
        (KRType.AT_MOST, 0, 10, 9, 1.0),
        (KRType.AT_MOST, 0, 10, 10.01, 0.0),
        (KRType.MILESTONE, 0, 1, 0, 0.0),
        (KRType.MILESTONE, 0, 1, 0.99, 0.0),
        (KRType.MILESTONE, 0, 1, 1, 1.0),
        (KRType.MILESTONE, 0, 1, 2, 1.0),
        # start == target (invalid, possibly stored): reached in the right direction or not, no division.
        (INC, 5, 5, 5, 1.0),
        (INC, 5, 5, 6, 1.0),
        (INC, 5, 5, 4, 0.0),
        (DEC, 5, 5, 5, 1.0),
        (DEC, 5, 5, 4, 1.0),
        (DEC, 5, 5, 6, 0.0),
        # Wrong direction (invalid, possibly stored): still the table's formula.
        (INC, 10, 5, 7.5, 0.5),
    ],
)
def test_kr_raw_progress_table(
    kr_type: KRType, start: float, target: float, current: float, expected: float
) -> None:
    assert kr_raw_progress(kr_type, start, target, current) == pytest.approx(expected)


def test_kr_raw_progress_accepts_stored_type_strings() -> None:
    assert kr_raw_progress("decrease", 10, 0, 5) == pytest.approx(0.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        kr_raw_progress("bogus", 0, 1, 1)  # type: ignore[arg-type]


def test_key_result_progress_uses_latest_value_or_start() -> None:
    kr = KeyResult(id=1, objective_id=1, title="Revenue", start=10, target=20)
    assert key_result_progress(kr) == 0.0
    assert key_result_progress(KeyResult(1, 1, "Revenue", start=10, target=20, last_value=25)) == 1.5
    # at_least without a check-in: judged on the start value.
    assert key_result_progress(KeyResult(1, 1, "Uptime", KRType.AT_LEAST, start=99.5, target=99.9)) == 0.0
    assert key_result_progress(KeyResult(1, 1, "Uptime", KRType.AT_LEAST, start=99.95, target=99.9)) == 1.0


class TestObjectiveProgress:
    def test_weighted_mean_of_key_results(self) -> None:
        assert objective_progress([(1, 0.5), (3, 1.0)], [], KRS) == pytest.approx(0.875)

    def test_each_key_result_is_clamped_before_averaging(self) -> None:
        assert objective_progress([(1, 2.0), (1, 0.5)], [], KRS) == pytest.approx(0.75)
        assert objective_progress([(1, -1.0), (1, 0.5)], [], KRS) == pytest.approx(0.25)

    @pytest.mark.parametrize("ignored_weight", [0.0, -1.0, math.nan, math.inf])
    def test_only_finite_positive_weights_count(self, ignored_weight: float) -> None:
        assert objective_progress([(ignored_weight, 1.0), (1, 0.2)], [], KRS) == pytest.approx(0.2)
        assert objective_progress([(ignored_weight, 1.0)], [], KRS) is None

    def test_no_key_results_is_no_data(self) -> None:
        assert objective_progress([], [], KRS) is None

    def test_key_results_source_ignores_children(self) -> None:
        assert objective_progress([], [0.5], KRS) is None
        assert objective_progress([(1, 0.2)], [1.0], KRS) == pytest.approx(0.2)

    def test_children_plain_mean_skips_none(self) -> None:
        assert objective_progress([], [0.2, 0.4, None], CHILDREN) == pytest.approx(0.3)
        assert objective_progress([], [0.0, None], CHILDREN) == 0.0  # a real 0 stays 0

    def test_children_source_ignores_key_results_and_clamps(self) -> None:
        assert objective_progress([(5, 1.0)], [0.1], CHILDREN) == pytest.approx(0.1)
        assert objective_progress([], [1.5, 0.5], CHILDREN) == pytest.approx(0.75)

    @pytest.mark.parametrize("children", [[], [None], [None, None]])
    def test_children_without_data_is_no_data(self, children: list[float | None]) -> None:
        assert objective_progress([(1, 1.0)], children, CHILDREN) is None

    def test_both_counts_each_child_as_weight_one(self) -> None:
        assert objective_progress([(3, 1.0)], [0.0, None], BOTH) == pytest.approx(0.75)
        assert objective_progress([(2, 0.5)], [], BOTH) == pytest.approx(0.5)
        assert objective_progress([(0, 1.0)], [0.4], BOTH) == pytest.approx(0.4)
        assert objective_progress([(1, 0.0), (1, 0.0)], [0.9, 0.3], BOTH) == pytest.approx(0.3)

    def test_both_without_anything_is_no_data(self) -> None:
        assert objective_progress([(0, 1.0)], [None], BOTH) is None

    @given(st.lists(st.tuples(weights, progress_values)), st.lists(st.none() | progress_values))
    def test_bounded_or_none(self, krs: list[tuple[float, float]], kids: list[float | None]) -> None:
        for source in ProgressSource:
            result = objective_progress(krs, kids, source)
            assert result is None or 0.0 <= result <= 1.0

    @given(
        st.lists(st.tuples(weights, progress_values), min_size=1),
        st.lists(st.none() | progress_values),
        st.floats(min_value=0.001, max_value=1000),
    )
    def test_invariant_under_weight_scaling(
        self, krs: list[tuple[float, float]], kids: list[float | None], factor: float
    ) -> None:
        for source in (KRS, BOTH):
            scaled = [(w * factor, p) for w, p in krs]
            before, after = objective_progress(krs, [], source), objective_progress(scaled, [], source)
            assert (before is None) == (after is None)
            if before is not None:
                assert after == pytest.approx(before, rel=1e-9, abs=1e-12)

    @given(
        st.lists(st.tuples(weights, progress_values)), st.lists(st.none() | progress_values), progress_values
    )
    def test_weight_zero_never_counts(
        self, krs: list[tuple[float, float]], kids: list[float | None], p: float
    ) -> None:
        for source in ProgressSource:
            assert objective_progress([*krs, (0.0, p)], kids, source) == objective_progress(krs, kids, source)

    @given(st.lists(st.tuples(st.just(0.0), progress_values)), st.integers(min_value=0, max_value=5))
    def test_null_propagates_never_zero(self, zero_weight_krs: list[tuple[float, float]], n: int) -> None:
        for source in ProgressSource:
            assert objective_progress(zero_weight_krs, [None] * n, source) is None


def _objective(oid: int, parent: int | None = None, source: ProgressSource = KRS) -> Objective:
    return Objective(id=oid, cycle_id=1, title=f"O{oid}", parent_id=parent, progress_source=source)


def _kr(kid: int, oid: int, current: float, weight: float = 1.0) -> KeyResult:
    return KeyResult(
        id=kid, objective_id=oid, title=f"KR{kid}", start=0, target=10, weight=weight, last_value=current
    )


class TestTreeProgress:
    def test_small_tree(self) -> None:
        objectives = [
            _objective(1, None, BOTH),
            _objective(2, 1, CHILDREN),
            _objective(3, 2),
            _objective(4, 2),
        ]
        krs = [_kr(1, 1, 10), _kr(2, 3, 2), _kr(3, 4, 6), _kr(4, 4, 30, weight=0), _kr(5, 99, 10)]
        result = tree_progress(objectives, krs)
        assert result[3] == pytest.approx(0.2)
        assert result[4] == pytest.approx(0.6)
        assert result[2] == pytest.approx(0.4)
        assert result[1] == pytest.approx(0.7)  # KR 1.0 (weight 1) beside child 0.4 (weight 1)
        assert set(result) == {1, 2, 3, 4}

    def test_parent_outside_the_set_makes_a_root_and_no_data_stays_none(self) -> None:
        result = tree_progress([_objective(1, 50, CHILDREN), _objective(2, 1)], [])
        assert result == {1: None, 2: None}

    def test_self_loop_counts_as_no_data(self) -> None:
        assert tree_progress([_objective(1, 1, CHILDREN)], []) == {1: None}
        assert tree_progress([_objective(1, 1, BOTH)], [_kr(1, 1, 5)]) == {1: pytest.approx(0.5)}

    @pytest.mark.parametrize("order", [(0, 1), (1, 0)])
    def test_alignment_loop_terminates(self, order: tuple[int, int]) -> None:
        pair = [_objective(1, 2, CHILDREN), _objective(2, 1, BOTH)]
        result = tree_progress([pair[i] for i in order], [_kr(1, 2, 4)])
        assert result[2] == pytest.approx(0.4)
        assert result[1] is None or result[1] == pytest.approx(0.4)

    @pytest.mark.parametrize("reverse", [False, True])
    def test_deep_chain_without_recursion(self, reverse: bool) -> None:
        n = 20_000
        chain = [_objective(i, i - 1 if i > 0 else None, CHILDREN) for i in range(n)]
        chain[-1] = _objective(n - 1, n - 2, KRS)
        result = tree_progress(reversed(chain) if reverse else chain, [_kr(1, n - 1, 2.5)])
        assert len(result) == n
        assert all(value == pytest.approx(0.25) for value in result.values())

    def test_deep_loop_terminates(self) -> None:
        n = 15_000
        ring = [_objective(i, (i - 1) % n, CHILDREN) for i in range(n)]
        result = tree_progress(ring, [])
        assert len(result) == n and all(value is None for value in result.values())

    @given(st.data())
    def test_random_forest_matches_naive_recursion(self, data: st.DataObject) -> None:
        n = data.draw(st.integers(min_value=1, max_value=25))
        ids = data.draw(st.lists(st.integers(1, 10_000), min_size=n, max_size=n, unique=True))
        objectives = []
        for i, oid in enumerate(ids):
            parent = data.draw(st.none() | st.sampled_from(ids[:i])) if i else None
            objectives.append(_objective(oid, parent, data.draw(st.sampled_from(ProgressSource))))
        objectives = data.draw(st.permutations(objectives))
        kr_owner = st.sampled_from([*ids, 99_999])  # 99_999: an objective outside the set
        krs = [
            _kr(
                k,
                data.draw(kr_owner),
                data.draw(st.floats(-5, 15)),
                data.draw(st.sampled_from([0, 0.5, 1, 3])),
            )
            for k in range(data.draw(st.integers(0, 30)))
        ]

        def naive(oid: int) -> float | None:
            own = [(kr.weight, key_result_progress(kr)) for kr in krs if kr.objective_id == oid]
            kids = [naive(o.id) for o in objectives if o.parent_id == oid]
            source = next(o.progress_source for o in objectives if o.id == oid)
            return objective_progress(own, kids, source)

        assert tree_progress(objectives, krs) == {oid: naive(oid) for oid in ids}


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (date(2026, 6, 1), 0.0),
        (date(2026, 7, 1), 0.0),
        (date(2026, 7, 11), 10 / 91),
        (date(2026, 8, 15), 45 / 91),
        (date(2026, 9, 30), 1.0),
        (date(2026, 12, 1), 1.0),
    ],
)
def test_expected_progress_in_q3(on: date, expected: float) -> None:
    assert expected_progress(date(2026, 7, 1), date(2026, 9, 30), on) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("start", "end", "on", "expected"),
    [
        (date(2026, 1, 1), date(2026, 1, 11), date(2026, 1, 6), 0.5),
        (date(2026, 3, 1), date(2026, 3, 1), date(2026, 2, 28), 0.0),
        (date(2026, 3, 1), date(2026, 3, 1), date(2026, 3, 1), 1.0),
        (date(2026, 3, 1), date(2026, 3, 1), date(2026, 3, 2), 1.0),
        (date(2026, 3, 10), date(2026, 3, 1), date(2026, 3, 5), 0.0),  # invalid: end before start
        (date(2026, 3, 10), date(2026, 3, 1), date(2026, 3, 10), 1.0),
    ],
)
def test_expected_progress_edges(start: date, end: date, on: date, expected: float) -> None:
    assert expected_progress(start, end, on) == expected


@given(st.dates(), st.dates(), st.dates(), st.dates())
def test_expected_progress_monotone_in_date(start: date, end: date, a: date, b: date) -> None:
    early, late = min(a, b), max(a, b)
    e1, e2 = expected_progress(start, end, early), expected_progress(start, end, late)
    assert 0.0 <= e1 <= e2 <= 1.0


@pytest.mark.parametrize(
    ("progress", "expected", "result"),
    [
        (None, 0.5, Status.NO_DATA),
        (None, 0.0, Status.NO_DATA),
        (0.9, 0.5, Status.ON_TRACK),
        (0.35, 0.5, Status.ON_TRACK),  # gap exactly 0.15
        (0.34, 0.5, Status.AT_RISK),
        (0.2, 0.5, Status.AT_RISK),  # gap exactly 0.30
        (0.19, 0.5, Status.OFF_TRACK),
        (0.0, 1.0, Status.OFF_TRACK),
        (0.0, 0.0, Status.ON_TRACK),
        (-0.5, 0.1, Status.ON_TRACK),  # below baseline counts as 0: gap 0.1
        (1.5, 1.0, Status.ON_TRACK),
    ],
)
def test_status_table(progress: float | None, expected: float, result: Status) -> None:
    assert status(progress, expected) == result


@pytest.mark.parametrize("expected_pct", range(0, 101))
def test_status_thresholds_are_inclusive_despite_float_error(expected_pct: int) -> None:
    expected = expected_pct / 100
    if expected_pct >= 15:
        assert status((expected_pct - 15) / 100, expected) == Status.ON_TRACK
    if expected_pct >= 16:
        assert status((expected_pct - 16) / 100, expected) == Status.AT_RISK
    if expected_pct >= 30:
        assert status((expected_pct - 30) / 100, expected) == Status.AT_RISK
    if expected_pct >= 31:
        assert status((expected_pct - 31) / 100, expected) == Status.OFF_TRACK


@given(progress_values, progress_values, st.floats(0, 1))
def test_status_monotone_in_progress(a: float, b: float, expected: float) -> None:
    rank = {Status.ON_TRACK: 0, Status.AT_RISK: 1, Status.OFF_TRACK: 2}
    low, high = min(a, b), max(a, b)
    assert rank[status(high, expected)] <= rank[status(low, expected)]


@pytest.mark.parametrize(
    ("raw", "score"),
    [
        (0.0, 0.0), (0.04, 0.0), (0.05, 0.1), (0.15, 0.2), (0.25, 0.3), (0.35, 0.4), (0.45, 0.5),
        (0.55, 0.6), (0.65, 0.7), (0.75, 0.8), (0.85, 0.9), (0.95, 1.0), (0.64, 0.6), (0.6499999, 0.6),
        (1.0, 1.0), (1.7, 1.0), (-0.3, 0.0), (math.nan, 0.0),
        (0.1 + 0.2, 0.3), (0.15 * 3, 0.5), (7 / 20, 0.4), (2.5 / 10, 0.3),
    ],
)  # fmt: skip
def test_suggested_score_rounds_half_up(raw: float, score: float) -> None:
    assert suggested_score(raw) == score


@given(st.floats(allow_nan=True))
def test_suggested_score_is_a_tenth_near_the_clamped_progress(raw: float) -> None:
    score = suggested_score(raw)
    assert score in {i / 10 for i in range(11)}
    assert abs(score - clamp(raw)) <= 0.05 + 1e-9


@pytest.mark.parametrize(
    ("items", "score"),
    [
        ([(1, 0.7), (1, 0.4)], 0.55),
        ([(2, 1.0), (1, 0.1)], 0.7),
        ([(1, 0.25), (1, 0.0)], 0.13),  # 0.125 rounds half up, not to even
        ([(1, 0.1), (1, 0.2), (1, 0.3)], 0.2),
        ([(1, 0.3), (2, 0.3), (0, 1.0)], 0.3),
        ([(1, 0.5), (-2, 1.0)], 0.5),
        ([(3, 0.0)], 0.0),
    ],
)
def test_objective_score(items: list[tuple[float, float]], score: float) -> None:
    assert objective_score(items) == score


@pytest.mark.parametrize("items", [[], [(0, 1.0)], [(0, 0.5), (-1, 0.5)]])
def test_objective_score_without_weight_is_none(items: list[tuple[float, float]]) -> None:
    assert objective_score(items) is None


@pytest.mark.parametrize(
    ("score", "band"),
    [(1.0, "green"), (0.7, "green"), (0.1 * 7, "green"), (0.69, "yellow"), (0.4, "yellow"),
     (0.39, "red"), (0.0, "red")],
)  # fmt: skip
def test_score_band(score: float, band: str) -> None:
    assert score_band(score) == band


def test_score_band_at_float_noise_below_the_threshold() -> None:
    assert score_band(0.7 - 1e-12) == "green"
    assert score_band(0.4 - 1e-12) == "yellow"


def test_confidence_bands() -> None:
    bands = [confidence_band(c) for c in range(11)]
    assert bands == ["low"] * 4 + ["medium"] * 3 + ["high"] * 4
    assert confidence_band(-1) == "low" and confidence_band(11) == "high"


def test_pace_over_a_real_cycle_day_by_day() -> None:
    start, end = date(2026, 1, 1), date(2026, 3, 31)
    days = [start + timedelta(days=i) for i in range(-3, 95)]
    values = [expected_progress(start, end, d) for d in days]
    assert values == sorted(values) and values[0] == 0.0 and values[-1] == 1.0
