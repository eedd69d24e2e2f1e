"""The coach over a workspace (okrdesk/services/coach.py): a cycle's hints for the Health view and an item's
hints for the detail pane, read from what is stored, and the two always agree."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from okrdesk.domain.coach import Rule
from okrdesk.domain.model import ObjectiveState, ProgressSource
from okrdesk.services import coach
from okrdesk.services.errors import NotFoundError
from okrdesk.services.workspace import Workspace

TODAY = date(2026, 5, 10)  # the workspace fixture's cycle is 2026 Q2 (Apr 1 – Jun 30): its start is Apr 1–22


@pytest.fixture
def sample(tmp_path: Path) -> Workspace:
    ws = Workspace.create(tmp_path / "sample.okr", sample=True, today=date(2026, 11, 21))
    yield ws  # type: ignore[misc]
    ws.close()


def summary(hints: list[coach.Hint]) -> list[tuple[str, str]]:
    return [(h.ref, h.rule.value) for h in hints]


def test_the_sample_cycle_has_a_few_hints_on_outputs_and_an_empty_draft(sample: Workspace) -> None:
    q4 = sample.cycle_by_name("2026 Q4")
    hints = coach.cycle_hints(sample, q4.id, date(2026, 11, 21))
    assert summary(hints) == [
        ("KR-5", "output"),
        ("KR-16", "output"),
        ("KR-9", "output"),
        ("KR-24", "output"),
        ("O-13", "no_key_results"),
    ]
    assert hints[0].title == "Launch the post-purchase welcome email series"
    assert hints[0].params == {"verb": "Launch"}
    # The annual cycle: its two objectives are measured (one by its aligned objectives); the quarter's
    # objectives aligned below them are the quarter's business, not listed again.
    assert coach.cycle_hints(sample, sample.cycle_by_name("2026").id) == []


def test_item_hints_agree_with_the_cycle_hints(sample: Workspace) -> None:
    q4 = sample.cycle_by_name("2026 Q4")
    tree = sample.cycle_tree(q4.id)
    everything = coach.cycle_hints(sample, q4.id)
    per_item = []
    for objective in tree.objectives:
        if objective.cycle_id == q4.id:
            per_item += coach.item_hints(sample, ("objective", objective.id))
            for kr in sample.key_results_of(objective.id):
                per_item += coach.item_hints(sample, ("key_result", kr.id))
    assert sorted(summary(per_item)) == sorted(summary(everything))


def test_a_title_being_typed_is_judged_before_it_is_saved(workspace: Workspace) -> None:
    cycle = workspace.cycles()[0]
    objective = workspace.add_objective(cycle.id, "Grow the community")
    kr = workspace.add_key_result(objective.id, "Members from 100 to 200", start=100, target=200)
    key = ("key_result", kr.id)
    assert coach.item_hints(workspace, key) == []
    assert [h.rule for h in coach.item_hints(workspace, key, title="Launch the forum")] == [
        Rule.NO_NUMBER,
        Rule.OUTPUT,
    ]
    assert workspace.key_result(kr.id).title == "Members from 100 to 200"  # nothing was written


def test_every_rule_from_stored_data(workspace: Workspace) -> None:
    cycle = workspace.cycles()[0]
    ada = workspace.add_owner("person", "Ada")
    objectives = [workspace.add_objective(cycle.id, f"Goal {n}", owner_id=ada.id) for n in range(6)]
    first = objectives[0]
    for n in range(6):
        workspace.add_key_result(first.id, f"Sign {n + 10} customers", start=0, target=n + 10)
    second = objectives[1]
    no_base = workspace.add_key_result(second.id, "Raise NPS to 45", start=0, target=45)
    sandbag = workspace.add_key_result(second.id, "Grow members from 10 to 20", start=10, target=20)
    workspace.record_check_in(sandbag.id, 11, confidence=10, at=datetime(2026, 4, 22, 18))
    later = workspace.add_key_result(second.id, "Grow guests from 10 to 20", start=10, target=20)
    workspace.record_check_in(later.id, 11, confidence=10, at=datetime(2026, 4, 23, 8))  # after the start
    workspace.add_key_result(second.id, "grow GUESTS from 10 to 20.", start=10, target=20)
    for objective in objectives[2:]:
        workspace.add_key_result(objective.id, "Write 6 ebooks", start=0, target=6)
    workspace.update_objective(objectives[5].id, title="goal 4")

    hints = coach.cycle_hints(workspace, cycle.id, TODAY)
    found = {(h.ref, h.rule) for h in hints}
    assert {(o.ref, Rule.TOO_MANY_OBJECTIVES) for o in objectives} <= found
    assert (first.ref, Rule.TOO_MANY_KEY_RESULTS) in found
    assert (no_base.ref, Rule.NO_BASELINE) in found
    assert (sandbag.ref, Rule.SANDBAGGING) in found
    assert (later.ref, Rule.SANDBAGGING) not in found
    assert (later.ref, Rule.DUPLICATE_TITLE) in found
    assert (objectives[4].ref, Rule.DUPLICATE_TITLE) in found
    assert sum(1 for h in hints if h.rule == Rule.OUTPUT) == 4
    too_many = next(h for h in hints if h.rule == Rule.TOO_MANY_OBJECTIVES)
    assert too_many.params == {"count": 6, "owner_id": ada.id, "owner": "Ada"}
    sandbagged = next(h for h in hints if h.rule == Rule.SANDBAGGING)
    assert sandbagged.params == {"confidence": 10, "on": date(2026, 4, 22), "until": date(2026, 4, 22)}
    # Each item's own hints say the same as the cycle's.
    for ref_key in {h.key for h in hints}:
        mine = sorted((h.rule, h.ref) for h in hints if h.key == ref_key)
        assert sorted((h.rule, h.ref) for h in coach.item_hints(workspace, ref_key, today=TODAY)) == mine


def test_sandbagging_ignores_check_ins_after_today(workspace: Workspace) -> None:
    cycle = workspace.cycles()[0]
    objective = workspace.add_objective(cycle.id, "Grow the community")
    kr = workspace.add_key_result(objective.id, "Members from 10 to 20", start=10, target=20)
    workspace.record_check_in(kr.id, 11, confidence=10, at=datetime(2026, 4, 10, 9))
    assert [h.rule for h in coach.cycle_hints(workspace, cycle.id, date(2026, 4, 10))] == [Rule.SANDBAGGING]
    assert coach.cycle_hints(workspace, cycle.id, date(2026, 4, 9)) == []


def test_dropped_objectives_are_out_of_play(workspace: Workspace) -> None:
    cycle = workspace.cycles()[0]
    objective = workspace.add_objective(cycle.id, "Launch stuff")
    kr = workspace.add_key_result(objective.id, "Launch the forum", kr_type="milestone", start=0, target=1)
    assert coach.cycle_hints(workspace, cycle.id) != []
    workspace.update_objective(objective.id, state=ObjectiveState.DROPPED)
    assert coach.cycle_hints(workspace, cycle.id) == []
    assert coach.item_hints(workspace, ("objective", objective.id)) == []
    assert coach.item_hints(workspace, ("key_result", kr.id)) == []


def test_an_objective_measured_by_an_aligned_objective_of_another_cycle_needs_no_key_results(
    workspace: Workspace,
) -> None:
    quarter = workspace.cycles()[0]
    year = workspace.add_cycle("2026", date(2026, 1, 1), date(2026, 12, 31))
    parent = workspace.add_objective(year.id, "Be the brand people return to")
    assert summary(coach.cycle_hints(workspace, year.id)) == [(parent.ref, "no_key_results")]
    workspace.update_objective(parent.id, progress_source=ProgressSource.CHILDREN)
    hint = coach.item_hints(workspace, ("objective", parent.id))[0]
    assert hint.params == {"from_children": True}
    workspace.add_objective(quarter.id, "Retain customers", parent_id=parent.id)
    assert coach.cycle_hints(workspace, year.id) == []
    assert coach.item_hints(workspace, ("objective", parent.id)) == []


def test_a_vanished_item_or_cycle_says_so(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError):
        coach.item_hints(workspace, ("objective", 999))
    with pytest.raises(NotFoundError):
        coach.item_hints(workspace, ("key_result", 999))
    with pytest.raises(NotFoundError):
        coach.cycle_hints(workspace, 999)
