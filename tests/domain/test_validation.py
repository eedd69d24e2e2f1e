"""Validation: what is refused, on which field, and with which sentence."""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from okrdesk.domain.model import Cycle, KRType
from okrdesk.domain.validation import (
    NUMBER_LIMIT,
    TEXT_MAX,
    TITLE_MAX,
    UNIT_MAX,
    WEIGHT_MAX,
    FieldError,
    alignment_problem,
    format_number,
    parse_number,
    validate_check_in_value,
    validate_confidence,
    validate_cycle,
    validate_key_result,
    validate_objective,
    validate_title,
)

INC, DEC, MS = KRType.INCREASE, KRType.DECREASE, KRType.MILESTONE


def fields(errors: list[FieldError]) -> list[str]:
    return [e.field for e in errors]


def test_constants() -> None:
    assert (TITLE_MAX, TEXT_MAX, UNIT_MAX, NUMBER_LIMIT, WEIGHT_MAX) == (500, 100_000, 40, 1e12, 1000)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12", 12.0), (" 12 ", 12.0), ("-3.5", -3.5), ("+7", 7.0), ("3,5", 3.5), ("-0,25", -0.25),
        ("1,234", 1.234), ("45%", 45.0), (" 45 % ", 45.0), ("1e6", 1e6), ("0", 0.0), (".5", 0.5),
        ("1e12", 1e12), ("-1e12", -1e12),
    ],
)  # fmt: skip
def test_parse_number_accepts(text: str, value: float) -> None:
    assert parse_number(text, "target") == value


def test_parse_number_normalises_negative_zero() -> None:
    assert math.copysign(1.0, parse_number("-0", "start")) == 1.0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "The target cannot be empty: enter a number."),
        ("   ", "The target cannot be empty: enter a number."),
        ("%", "The target cannot be empty: enter a number."),
        ("abc", "'abc' is not a number."),
        ("  abc ", "'abc' is not a number."),
        ("1,234.5", "'1,234.5' is not a number."),
        ("1,2,3", "'1,2,3' is not a number."),
        ("1_000", "'1_000' is not a number."),
        ("12 kg", "'12 kg' is not a number."),
        ("nan", "The target must be a finite number."),
        ("inf", "The target must be a finite number."),
        ("-Infinity", "The target must be a finite number."),
    ],
)
def test_parse_number_refuses(text: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_number(text, "target")
    assert str(caught.value) == message


@pytest.mark.parametrize("text", ["1e13", "-1e13", "1000000000001", "1e400", "-1e400"])
def test_parse_number_refuses_too_large(text: str) -> None:
    with pytest.raises(ValueError, match=r"^The start is too large: numbers must lie between"):
        parse_number(text, "start")


def test_parse_number_shortens_long_garbage_in_the_message() -> None:
    with pytest.raises(ValueError) as caught:
        parse_number("x" * 1000, "value")
    assert len(str(caught.value)) < 80 and str(caught.value).endswith("…' is not a number.")


@given(st.floats(min_value=-NUMBER_LIMIT, max_value=NUMBER_LIMIT))
def test_parse_number_round_trips_repr(value: float) -> None:
    assert parse_number(repr(value), "value") == value


def test_format_number() -> None:
    assert [format_number(v) for v in (5.0, -3.0, 2.5, 1234567.5, 1e16, math.inf)] == [
        "5",
        "-3",
        "2.5",
        "1234567.5",
        "1e+16",
        "inf",
    ]


class TestTitle:
    @pytest.mark.parametrize("title", ["Grow revenue", "Grow revenue 🚀 in Zürich", "x", "x" * TITLE_MAX])
    def test_accepted(self, title: str) -> None:
        assert validate_title(title) == []

    @pytest.mark.parametrize("title", ["", "   ", "\t"])
    def test_empty(self, title: str) -> None:
        assert validate_title(title) == [FieldError("title", "The title cannot be empty.")]

    def test_field_name_is_used(self) -> None:
        assert validate_title("", "key_result") == [
            FieldError("key_result", "The key result cannot be empty.")
        ]

    def test_too_long_names_both_lengths_and_suggests_the_description(self) -> None:
        [error] = validate_title("x" * 501)
        assert error.field == "title"
        assert error.message == (
            "The title is 501 characters long; the limit is 500. "
            "Keep the title short and put the details in the description."
        )

    @pytest.mark.parametrize("title", ["Grow\nrevenue", "Grow\r\nrevenue", "Grow revenue\r"])
    def test_line_breaks(self, title: str) -> None:
        assert validate_title(title) == [
            FieldError("title", "The title must be a single line: remove the line breaks.")
        ]

    @pytest.mark.parametrize(
        ("char", "code"), [("\t", "0009"), ("\x00", "0000"), ("\x1b", "001B"), ("\x7f", "007F")]
    )
    def test_control_characters(self, char: str, code: str) -> None:
        assert validate_title(f"Grow{char}revenue") == [
            FieldError("title", f"The title contains an invisible control character (U+{code}); remove it.")
        ]


class TestKeyResult:
    @pytest.mark.parametrize(
        ("kr_type", "start", "target"),
        [(INC, 0, 100), (INC, -5, 5), (DEC, 100, 50), (KRType.AT_LEAST, 5, 5), (KRType.AT_LEAST, 9, 1),
         (KRType.AT_MOST, 5, 5), (KRType.AT_MOST, 1, 9), (MS, 0, 1), (INC, -NUMBER_LIMIT, NUMBER_LIMIT)],
    )  # fmt: skip
    def test_valid(self, kr_type: KRType, start: float, target: float) -> None:
        assert validate_key_result(kr_type, start, target, 1.0, "customers") == []

    @pytest.mark.parametrize("weight", [0, 0.5, 1, WEIGHT_MAX])
    def test_valid_weights(self, weight: float) -> None:
        assert validate_key_result(INC, 0, 1, weight) == []

    def test_accepts_type_strings_and_refuses_unknown_types(self) -> None:
        assert validate_key_result("decrease", 10, 0, 1) == []  # type: ignore[arg-type]
        errors = validate_key_result("bogus", 0, 1, 1)  # type: ignore[arg-type]
        assert errors == [
            FieldError(
                "type",
                "'bogus' is not a key result type; choose increase, decrease, at_least, at_most, milestone.",
            )
        ]

    @pytest.mark.parametrize("kr_type", [INC, DEC])
    def test_start_equals_target(self, kr_type: KRType) -> None:
        assert validate_key_result(kr_type, 5, 5, 1) == [
            FieldError("target", "The target must differ from the start: 5 → 5 measures nothing.")
        ]

    def test_increase_going_down(self) -> None:
        assert validate_key_result(INC, 10, 2.5, 1) == [
            FieldError(
                "target",
                "An increasing key result needs a target above its start (10 → 2.5); "
                "did you mean 'decrease'?",
            )
        ]

    def test_decrease_going_up(self) -> None:
        assert validate_key_result(DEC, 2, 10, 1) == [
            FieldError(
                "target",
                "A decreasing key result needs a target below its start (2 → 10); did you mean 'increase'?",
            )
        ]

    @pytest.mark.parametrize(
        ("start", "target", "expected_fields"),
        [
            (1, 1, ["start"]),
            (0, 2, ["target"]),
            (0, 0, ["target"]),
            (1, 0, ["start", "target"]),
            (0.5, 1, ["start"]),
        ],
    )
    def test_milestone_runs_from_0_to_1(
        self, start: float, target: float, expected_fields: list[str]
    ) -> None:
        errors = validate_key_result(MS, start, target, 1)
        assert fields(errors) == expected_fields
        messages = {
            "start": "A milestone starts at 0 (not done).",
            "target": "A milestone's target is 1 (done).",
        }
        assert all(e.message == messages[e.field] for e in errors)

    @pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
    def test_non_finite_numbers(self, bad: float) -> None:
        assert validate_key_result(INC, bad, 1, 1) == [
            FieldError("start", "The start must be a finite number.")
        ]
        assert validate_key_result(INC, 0, bad, 1) == [
            FieldError("target", "The target must be a finite number.")
        ]
        assert validate_key_result(INC, 0, 1, bad) == [
            FieldError("weight", "The weight must be a finite number.")
        ]

    @pytest.mark.parametrize("bad", [NUMBER_LIMIT * 1.5, -NUMBER_LIMIT * 2])
    def test_too_large_numbers(self, bad: float) -> None:
        errors = validate_key_result(KRType.AT_LEAST, bad, bad, 1)
        assert fields(errors) == ["start", "target"]
        assert all("is too large" in e.message for e in errors)

    def test_direction_is_not_judged_on_broken_numbers(self) -> None:
        assert fields(validate_key_result(INC, math.nan, math.nan, 1)) == ["start", "target"]

    def test_negative_weight(self) -> None:
        assert validate_key_result(INC, 0, 1, -1) == [
            FieldError(
                "weight", "The weight cannot be negative; use 0 to leave the key result out of progress."
            )
        ]

    def test_weight_too_large(self) -> None:
        [error] = validate_key_result(INC, 0, 1, WEIGHT_MAX + 1)
        assert error.field == "weight"
        assert error.message.startswith("The weight is at most 1000, and 1001 is more;")

    def test_unit(self) -> None:
        assert validate_key_result(INC, 0, 1, 1, "x" * UNIT_MAX) == []
        assert validate_key_result(INC, 0, 1, 1, "x" * (UNIT_MAX + 1)) == [
            FieldError("unit", "The unit is 41 characters long; the limit is 40.")
        ]
        assert fields(validate_key_result(INC, 0, 1, 1, "k\nm")) == ["unit"]

    def test_several_problems_at_once(self) -> None:
        errors = validate_key_result(DEC, 1, 5, -2, "u" * 50)
        assert fields(errors) == ["weight", "target", "unit"]


class TestObjective:
    def test_valid_with_multiline_description(self) -> None:
        assert validate_objective("Delight customers", "Why:\n- churn\n- NPS\t(see doc)") == []
        assert validate_objective("Delight customers", "d" * TEXT_MAX) == []

    def test_title_and_description_problems(self) -> None:
        errors = validate_objective(" ", "d" * (TEXT_MAX + 1))
        assert errors == [
            FieldError("title", "The title cannot be empty."),
            FieldError("description", "The description is 100,001 characters long; the limit is 100,000."),
        ]


class TestCheckInValue:
    @pytest.mark.parametrize(
        ("value", "kr_type"), [(5.0, INC), (-3, KRType.AT_LEAST), (0, MS), (1, MS), (1e12, DEC)]
    )
    def test_valid(self, value: float, kr_type: KRType) -> None:
        assert validate_check_in_value(value, kr_type) == []

    @pytest.mark.parametrize("value", [math.nan, math.inf])
    def test_non_finite(self, value: float) -> None:
        assert validate_check_in_value(value, INC) == [
            FieldError("value", "The value must be a finite number.")
        ]

    def test_too_large(self) -> None:
        [error] = validate_check_in_value(-2e12, INC)
        assert error.field == "value" and "too large" in error.message

    @pytest.mark.parametrize(("value", "shown"), [(0.5, "0.5"), (2, "2"), (-1, "-1")])
    def test_milestone_is_done_or_not(self, value: float, shown: str) -> None:
        assert validate_check_in_value(value, MS) == [
            FieldError("value", f"A milestone is either done (1) or not done (0); {shown} is neither.")
        ]


class TestConfidence:
    @pytest.mark.parametrize("confidence", [None, *range(11)])
    def test_valid(self, confidence: int | None) -> None:
        assert validate_confidence(confidence) == []

    @pytest.mark.parametrize("confidence", [-1, 11, 100])
    def test_out_of_range(self, confidence: int) -> None:
        assert validate_confidence(confidence) == [
            FieldError(
                "confidence",
                f"Confidence goes from 0 (no chance) to 10 (certain); {confidence} is outside that range.",
            )
        ]

    @pytest.mark.parametrize("confidence", [True, 5.5, "7"])
    def test_not_a_whole_number(self, confidence: object) -> None:
        assert validate_confidence(confidence) == [  # type: ignore[arg-type]
            FieldError("confidence", "Confidence is a whole number from 0 to 10.")
        ]


class TestCycle:
    @pytest.mark.parametrize(
        ("start", "end"),
        [(date(2026, 1, 1), date(2026, 3, 31)), (date(2026, 5, 5), date(2026, 5, 5)),
         (date(2026, 1, 1), date(2030, 12, 31)), (date(2024, 2, 29), date(2029, 2, 27))],
    )  # fmt: skip
    def test_valid(self, start: date, end: date) -> None:
        assert validate_cycle("2026 Q1", start, end) == []

    def test_ends_before_it_starts(self) -> None:
        assert validate_cycle("Q", date(2026, 3, 31), date(2026, 1, 1)) == [
            FieldError("end", "The cycle ends before it starts: Jan 1, 2026 is before Mar 31, 2026.")
        ]

    @pytest.mark.parametrize(
        ("start", "end"), [(date(2026, 1, 1), date(2031, 1, 1)), (date(2024, 2, 29), date(2029, 2, 28))]
    )
    def test_at_most_five_years(self, start: date, end: date) -> None:
        [error] = validate_cycle("Long", start, end)
        assert error.field == "end" and error.message.startswith("A cycle lasts at most 5 years;")

    def test_name_problems(self) -> None:
        day = date(2026, 1, 1)
        assert validate_cycle("  ", day, day) == [FieldError("name", "The cycle name cannot be empty.")]
        assert validate_cycle("n" * 100, day, day) == []
        assert validate_cycle("n" * 101, day, day) == [
            FieldError("name", "The cycle name is 101 characters long; the limit is 100.")
        ]
        assert fields(validate_cycle("2026\nQ1", day, day)) == ["name"]

    def test_several_problems(self) -> None:
        assert fields(validate_cycle("", date(2026, 2, 1), date(2026, 1, 1))) == ["name", "end"]


Q3 = Cycle(3, "2026 Q3", date(2026, 7, 1), date(2026, 9, 30))
Q4 = Cycle(4, "2026 Q4", date(2026, 10, 1), date(2026, 12, 31))
YEAR = Cycle(1, "2026", date(2026, 1, 1), date(2026, 12, 31))
CYCLES = {c.id: c for c in (Q3, Q4, YEAR)}


class TestAlignment:
    def test_no_parent_is_always_allowed(self) -> None:
        assert alignment_problem(1, None, {1: 1}, {}, {}) is None

    def test_allowed_in_same_or_enclosing_cycle(self) -> None:
        cycle_of = {1: 4, 2: 4, 3: 1}
        assert alignment_problem(1, 2, {}, cycle_of, CYCLES) is None
        assert alignment_problem(1, 3, {1: 2}, cycle_of, CYCLES) is None  # re-aligning replaces the parent

    def test_itself(self) -> None:
        assert alignment_problem(5, 5, {}, {5: 4}, CYCLES) == "An objective cannot align to itself."

    def test_direct_loop_with_titles(self) -> None:
        titles = {1: "Grow revenue", 2: "Win 10 clients"}
        assert alignment_problem(1, 2, {2: 1}, {1: 4, 2: 4}, CYCLES, titles) == (
            "'Grow revenue' cannot align to 'Win 10 clients': 'Win 10 clients' already contributes to "
            "'Grow revenue', so the alignment would go round in a loop."
        )

    def test_deep_loop_without_titles(self) -> None:
        parent_of: dict[int, int | None] = {k: k - 1 for k in range(2, 5001)}
        problem = alignment_problem(1, 5000, parent_of, dict.fromkeys(range(1, 5001), 4), CYCLES)
        assert problem is not None and problem.startswith("O-1 cannot align to O-5000:")

    def test_existing_loop_elsewhere_terminates(self) -> None:
        assert alignment_problem(1, 2, {2: 3, 3: 2}, {1: 4, 2: 4, 3: 4}, CYCLES) is None

    def test_parent_cycle_must_enclose(self) -> None:
        problem = alignment_problem(1, 2, {}, {1: 4, 2: 3}, CYCLES, {2: "Grow revenue"})
        assert problem == (
            "'Grow revenue' is in 2026 Q3 (Jul 1 – Sep 30, 2026), which does not contain 2026 Q4 "
            "(Oct 1 – Dec 31, 2026)."
        )
        assert alignment_problem(1, 2, {}, {1: 1, 2: 4}, CYCLES) == (
            "O-2 is in 2026 Q4 (Oct 1 – Dec 31, 2026), which does not contain 2026 (Jan 1 – Dec 31, 2026)."
        )

    def test_missing_parent(self) -> None:
        assert (
            alignment_problem(1, 9, {}, {1: 4}, CYCLES) == "The objective to align to (O-9) no longer exists."
        )

    @given(st.data())
    def test_never_accepts_a_loop(self, data: st.DataObject) -> None:
        n = data.draw(st.integers(min_value=1, max_value=12))
        ids = st.integers(0, n - 1)
        parent_of = data.draw(st.dictionaries(ids, st.none() | ids))
        child, parent = data.draw(ids), data.draw(ids)
        after = {**parent_of, child: parent}
        node, loop = after.get(child), False
        for _ in range(n + 1):
            if node is None:
                break
            if node == child:
                loop = True
                break
            node = after.get(node)
        problem = alignment_problem(child, parent, parent_of, dict.fromkeys(range(n), 4), CYCLES)
        assert (problem is not None) == loop
