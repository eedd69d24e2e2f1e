"""The coach's rules (okrdesk/domain/coach.py): what each hint fires on, its boundaries, no false alarms."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from okrdesk.domain import coach
from okrdesk.domain.coach import Rule
from okrdesk.domain.model import (
    CheckIn,
    Cycle,
    CycleState,
    KeyResult,
    KRType,
    Objective,
    ObjectiveState,
    ProgressSource,
)

Q1 = Cycle(1, "2026 Q1", date(2026, 1, 1), date(2026, 3, 31), CycleState.ACTIVE)  # 90 days: start is 22 days


def kr(
    title: str, kr_type: KRType = KRType.INCREASE, start: float = 0, target: float = 100, **kw: object
) -> KeyResult:
    fields: dict[str, object] = {"id": 1, "objective_id": 1, **kw}
    return KeyResult(title=title, kr_type=kr_type, start=start, target=target, **fields)  # type: ignore[arg-type]


def objective(id: int = 1, title: str = "Delight our customers", **kw: object) -> Objective:
    return Objective(id=id, cycle_id=kw.pop("cycle_id", 1), title=title, **kw)  # type: ignore[arg-type]


def rules(hints: list[coach.Hint]) -> list[Rule]:
    return [h.rule for h in hints]


# ---- no number ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Improve onboarding", "Make customers happier", "Zufriedenere Kunden", "Increase conversion rate"],
)
def test_a_key_result_without_a_number_gets_a_hint(title: str) -> None:
    hint = coach.no_number(kr(title))
    assert hint is not None and hint.rule == Rule.NO_NUMBER and hint.key == ("key_result", 1)
    assert hint.ref == "KR-1" and hint.title == title


@pytest.mark.parametrize(
    "title",
    [
        "Raise NPS from 30 to 45",
        "Sign 10 new customers",
        "Double weekly active users",
        "Halve the time to first answer",
        "Umsatz verdoppeln",
        "Zwölf neue Kunden gewinnen",
        "Cut costs by half",
        "Reach ½ of the market",
        "Sign ٣ partners",  # Arabic-Indic digit
    ],
)
def test_any_number_digit_or_word_counts(title: str) -> None:
    assert coach.no_number(kr(title)) is None


def test_milestones_need_no_number() -> None:
    assert coach.no_number(kr("Publish career paths for every role", KRType.MILESTONE, 0, 1)) is None
    assert coach.no_number(kr("Publish career paths", KRType.AT_LEAST, 0, 1)) is not None


def test_words_that_merely_contain_a_number_word_do_not_count() -> None:
    # "often" holds "ten", "someone" holds "one": whole words only.
    assert coach.no_number(kr("Answer often and kindly")) is not None


# ---- no baseline -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Raise NPS to 45",
        "Grow online revenue to €1.5M",
        "Raise employee satisfaction by 15%",
        "Reach 500 daily users",
        "NPS auf 45 steigern",
        "Umsatz um 20 % steigern",
        "45 NPS-Punkte erreichen",
    ],
)
def test_a_target_from_the_default_start_zero_without_a_from_gets_a_hint(title: str) -> None:
    hint = coach.no_baseline(kr(title, target=45, unit="pts"))
    assert hint is not None and hint.rule == Rule.NO_BASELINE
    assert hint.params == {"target": 45, "unit": "pts"}


@pytest.mark.parametrize(
    "title",
    [
        "Raise NPS from 30 to 45",
        "Raise NPS from 0 to 45",  # says it starts at zero
        "NPS von 30 auf 45 steigern",
        "Sign 10 new customers",  # a count from zero: no level in the words
        "Host up to 40 events",
        "Sign 10 customers by 30 June",  # "by" a date, not by a share
        "Raise NPS",  # no number at all: that is NO_NUMBER's hint
    ],
)
def test_no_baseline_hint_when_the_words_say_where_it_starts_or_name_no_level(title: str) -> None:
    assert coach.no_baseline(kr(title)) is None


def test_a_start_other_than_zero_is_a_baseline() -> None:
    assert coach.no_baseline(kr("Raise NPS to 45", start=30, target=45)) is None


@pytest.mark.parametrize("kr_type", [KRType.AT_LEAST, KRType.AT_MOST, KRType.MILESTONE])
def test_levels_to_keep_and_milestones_need_no_baseline(kr_type: KRType) -> None:
    assert coach.no_baseline(kr("Keep uptime up to 99.9", kr_type, 0, 1)) is None
    assert coach.no_baseline(kr("Get to 1", kr_type, 0, 1)) is None


def test_a_decrease_from_zero_to_below_zero_without_a_from_gets_the_hint() -> None:
    assert coach.no_baseline(kr("Bring the balance to -5", KRType.DECREASE, 0, -5)) is not None


# ---- output-sounding key results ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "verb"),
    [
        ("Launch the post-purchase welcome email series", "Launch"),
        ("write 6 ebooks", "write"),
        ("WRITE 6 ebooks", "WRITE"),
        ("Hold 4 customer workshops", "Hold"),
        ("Set up a help desk", "Set up"),
        ("Released the new app", "Released"),
        ("Shipping one-click reorder", "Shipping"),
        ("Build 3 integrations", "Build"),
        ("Neues CRM einführen", "einführen"),
        ("Einführung eines Ticketsystems", "Einführung"),
        ("Veröffentlichen von 12 Blogartikeln", "Veröffentlichen"),
        ("Sechs E-Books schreiben", "schreiben"),
        ("Starte ein Partnerprogramm", "Starte"),
        ("„Launch“ the beta", "Launch"),
    ],
)
def test_output_verbs_in_english_and_german_are_found(title: str, verb: str) -> None:
    hint = coach.output_key_result(kr(title))
    assert hint is not None and hint.rule == Rule.OUTPUT and hint.params == {"verb": verb}


@pytest.mark.parametrize(
    "title",
    [
        "Raise NPS from 30 to 45",
        "Grow repeat purchases from 22% to 30%",
        "Ship 98% of orders within 24 hours",  # a share of orders: a rate, an outcome
        "Run-rate revenue to 2M",  # "run-rate" is not "run"
        "Customers who launch a second project: from 10 to 25",  # the verb is not the leading word
        "Churn von 8 auf 5 senken",
        "Launchpad sign-ups from 100 to 300",
    ],
)
def test_outcome_key_results_get_no_output_hint(title: str) -> None:
    assert coach.output_key_result(kr(title)) is None


def test_output_hint_applies_to_milestones_too() -> None:
    assert coach.output_key_result(kr("Launch the app", KRType.MILESTONE, 0, 1)) is not None


# ---- duplicates --------------------------------------------------------------------------------------------


def test_duplicate_titles_are_found_regardless_of_case_spacing_unicode_and_end_punctuation() -> None:
    items = [
        objective(1, "Grow revenue", position=0),
        objective(2, "  grow   REVENUE.", position=1),
        objective(3, "Grow revenue in Europe", position=2),
        objective(4, "Straße bauen", position=3),
        objective(5, "STRASSE BAUEN", position=4),
        objective(6, "Café culture", position=5),
        objective(7, "Cafe\u0301 culture", position=6),  # "é" decomposed
    ]
    hints = coach.duplicate_titles(items)
    pairs = {(h.item_id, h.params["other"]) for h in hints}
    assert pairs == {(1, "O-2"), (2, "O-1"), (4, "O-5"), (5, "O-4"), (6, "O-7"), (7, "O-6")}
    assert all(h.rule == Rule.DUPLICATE_TITLE and h.params["count"] == 2 for h in hints)


def test_three_duplicates_each_point_to_the_first_other_by_position() -> None:
    items = [
        objective(9, "Same", position=0),
        objective(3, "same", position=1),
        objective(5, "SAME", position=2),
    ]
    others = {h.item_id: h.params["other"] for h in coach.duplicate_titles(items)}
    assert others == {9: "O-3", 3: "O-9", 5: "O-9"}
    assert {h.params["count"] for h in coach.duplicate_titles(items)} == {3}


def test_key_result_duplicates_are_within_one_objective() -> None:
    a = kr("Sign 10 customers", id=1)
    b = kr("sign 10 customers", id=2)
    hints = coach.key_result_hints(a, Q1, [a, b])
    assert rules(hints) == [Rule.DUPLICATE_TITLE] and hints[0].params["other"] == "KR-2"
    assert coach.key_result_hints(a, Q1, [a, kr("Sign 12 customers", id=2)]) == []


def test_normalised_title() -> None:
    assert coach.normalised_title("  Grow\tRevenue!  ") == "grow revenue"
    assert coach.normalised_title("...") == ""


# ---- objectives: no key results, too many ------------------------------------------------------------------


def test_an_objective_without_key_results_gets_a_hint() -> None:
    hint = coach.no_key_results(objective(), 0, 0)
    assert hint is not None and hint.params == {"from_children": False}
    assert coach.no_key_results(objective(), 1, 0) is None


def test_progress_from_children_needs_a_child_instead() -> None:
    for source in (ProgressSource.CHILDREN, ProgressSource.BOTH):
        o = objective(progress_source=source)
        assert coach.no_key_results(o, 0, 1) is None
        hint = coach.no_key_results(o, 0, 0)
        assert hint is not None and hint.params == {"from_children": True}
    # Progress from key results: children do not measure it.
    assert coach.no_key_results(objective(), 0, 3) is not None


def test_five_key_results_are_fine_six_get_a_hint() -> None:
    assert coach.too_many_key_results(objective(), 5) is None
    hint = coach.too_many_key_results(objective(), 6)
    assert hint is not None and hint.params == {"count": 6}


def test_five_objectives_per_owner_are_fine_six_get_a_hint_on_each() -> None:
    five = [objective(i, f"Goal {i}", owner_id=7) for i in range(1, 6)]
    others = [objective(i, f"Other {i}", owner_id=8) for i in range(10, 13)]
    assert coach.too_many_objectives(five + others) == []
    six = [*five, objective(6, "Goal 6", owner_id=7)]
    hints = coach.too_many_objectives(six + others, {7: "Ada"})
    assert sorted(h.item_id for h in hints) == [1, 2, 3, 4, 5, 6]
    assert hints[0].params == {"count": 6, "owner_id": 7, "owner": "Ada"}


def test_objectives_without_owner_and_dropped_ones_do_not_count() -> None:
    five = [objective(i, f"Goal {i}", owner_id=7) for i in range(1, 6)]
    nobody = [objective(i, f"Free {i}") for i in range(10, 20)]
    dropped = objective(6, "Goal 6", owner_id=7, state=ObjectiveState.DROPPED)
    assert coach.too_many_objectives([*five, *nobody, dropped]) == []


def test_objective_hints_collects_its_own_hints_only() -> None:
    me = objective(1, "Grow revenue", owner_id=7)
    peers = [objective(i, f"Goal {i}", owner_id=7) for i in range(2, 7)] + [objective(20, "grow revenue")]
    hints = coach.objective_hints(me, 0, (), peers, {7: "Ada"})
    assert rules(hints) == [Rule.NO_KEY_RESULTS, Rule.TOO_MANY_OBJECTIVES, Rule.DUPLICATE_TITLE]
    assert all(h.item_id == 1 for h in hints)


def test_peers_of_another_cycle_do_not_count() -> None:
    me = objective(1, "Grow revenue", owner_id=7)
    elsewhere = [objective(i, "Grow revenue", owner_id=7, cycle_id=2) for i in range(2, 8)]
    assert coach.objective_hints(me, 1, (), elsewhere) == []


def test_a_dropped_objective_gets_no_hints() -> None:
    dropped = objective(state=ObjectiveState.DROPPED)
    assert coach.objective_hints(dropped, 0, ()) == []


# ---- sandbagging -------------------------------------------------------------------------------------------


def check_in(day: date, confidence: int | None, id: int = 1, hour: int = 9) -> CheckIn:
    return CheckIn(id, 1, datetime(day.year, day.month, day.day, hour), 10.0, confidence)


def test_the_start_of_a_cycle_is_its_first_quarter() -> None:
    assert coach.start_of(Q1) == date(2026, 1, 23)  # 90 days // 4 = 22 days: Jan 1 – Jan 22
    one_day = Cycle(2, "Day", date(2026, 1, 1), date(2026, 1, 1))
    assert coach.start_of(one_day) == date(2026, 1, 2)
    year = Cycle(3, "2026", date(2026, 1, 1), date(2026, 12, 31))
    assert coach.start_of(year) == date(2026, 4, 2)  # 365 // 4 = 91 days


def test_confidence_10_at_the_start_is_sandbagging_9_is_not() -> None:
    hint = coach.sandbagging(kr("Sign 10"), Q1, [check_in(date(2026, 1, 5), 10)])
    assert hint is not None and hint.rule == Rule.SANDBAGGING
    assert hint.params == {"confidence": 10, "on": date(2026, 1, 5), "until": date(2026, 1, 22)}
    assert coach.sandbagging(kr("Sign 10"), Q1, [check_in(date(2026, 1, 5), 9)]) is None


def test_the_last_day_of_the_start_counts_the_next_does_not() -> None:
    assert coach.sandbagging(kr("x"), Q1, [check_in(date(2026, 1, 22), 10, hour=23)]) is not None
    assert coach.sandbagging(kr("x"), Q1, [check_in(date(2026, 1, 23), 10, hour=0)]) is None


def test_a_10_set_while_planning_counts() -> None:
    assert coach.sandbagging(kr("x"), Q1, [check_in(date(2025, 12, 20), 10)]) is not None


def test_the_last_confidence_of_the_start_decides() -> None:
    corrected = [check_in(date(2026, 1, 3), 10, 1), check_in(date(2026, 1, 10), 7, 2)]
    assert coach.sandbagging(kr("x"), Q1, corrected) is None
    raised = [check_in(date(2026, 1, 3), 7, 1), check_in(date(2026, 1, 10), 10, 2)]
    assert coach.sandbagging(kr("x"), Q1, raised) is not None
    # Check-ins without a confidence and those after the start are not looked at.
    later = [
        check_in(date(2026, 1, 3), 10, 1),
        check_in(date(2026, 1, 10), None, 2),
        check_in(date(2026, 2, 1), 5, 3),
    ]
    assert coach.sandbagging(kr("x"), Q1, later) is not None


def test_check_ins_after_today_are_not_looked_at() -> None:
    future = [check_in(date(2026, 1, 10), 10)]
    assert coach.sandbagging(kr("x"), Q1, future, today=date(2026, 1, 9)) is None
    assert coach.sandbagging(kr("x"), Q1, future, today=date(2026, 1, 10)) is not None


# ---- a whole cycle -----------------------------------------------------------------------------------------


def test_cycle_hints_in_tree_order_without_false_alarms_on_good_okrs() -> None:
    good = objective(1, "Delight our customers", owner_id=7, position=0)
    empty = objective(2, "Explore rentals", owner_id=7, position=1, state=ObjectiveState.DRAFT)
    parent = objective(
        3, "Be the brand people return to", position=2, progress_source=ProgressSource.CHILDREN
    )
    child_elsewhere = objective(4, "Retain customers", cycle_id=2, parent_id=3)
    dropped = objective(5, "Launch everything", state=ObjectiveState.DROPPED)
    key_results = [
        kr("Raise NPS from 30 to 45", id=1, objective_id=1, start=30, target=45),
        kr("Launch the loyalty app", KRType.MILESTONE, 0, 1, id=2, objective_id=1),
        kr("Improve onboarding", id=3, objective_id=1, start=3, target=4),
        kr("Keep uptime at or above 99.9%", KRType.AT_LEAST, 99.5, 99.9, id=4, objective_id=1),
        kr("Write 6 ebooks", id=5, objective_id=5, target=6),  # of a dropped objective
        kr("Retain 90% of customers", id=6, objective_id=4, target=90),  # of another cycle's objective
    ]
    check_ins = {1: [check_in(date(2026, 1, 2), 10)], 3: [check_in(date(2026, 2, 1), 10)]}
    hints = coach.cycle_hints(
        Q1,
        [good, empty, parent, child_elsewhere, dropped],
        key_results,
        check_ins,
        {7: "Ada"},
        date(2026, 3, 1),
    )
    assert [(h.key, h.rule) for h in hints] == [
        (("key_result", 1), Rule.SANDBAGGING),
        (("key_result", 2), Rule.OUTPUT),
        (("key_result", 3), Rule.NO_NUMBER),
        (("objective", 2), Rule.NO_KEY_RESULTS),
    ]


def test_cycle_hints_match_the_item_rules() -> None:
    """The Health view and the detail pane say the same: cycle_hints = the union of the item hints."""
    objectives = [objective(i, "Same" if i < 3 else f"Goal {i}", owner_id=7, position=i) for i in range(1, 8)]
    key_results = [
        kr(f"Launch {n}" if n % 2 else "launch it", id=n, objective_id=1 + n % 3) for n in range(1, 14)
    ]
    everything = coach.cycle_hints(Q1, objectives, key_results)
    per_item: list[coach.Hint] = []
    for o in objectives:
        krs = [k for k in key_results if k.objective_id == o.id]
        per_item += coach.objective_hints(o, len(krs), (), objectives, {})
        for k in krs:
            per_item += coach.key_result_hints(k, Q1, krs)
    key = lambda h: (h.kind, h.item_id, h.rule)  # noqa: E731
    assert sorted(everything, key=key) == sorted(per_item, key=key)
    assert {h.rule for h in everything} == {
        Rule.TOO_MANY_OBJECTIVES,
        Rule.DUPLICATE_TITLE,
        Rule.NO_KEY_RESULTS,
        Rule.OUTPUT,
        Rule.NO_NUMBER,
    }
