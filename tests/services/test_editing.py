"""Every write through the Workspace facade: what a user sees after adding, editing, moving, deleting and
undoing, and that refused input leaves the workspace exactly as it was."""

from __future__ import annotations

import math
import os
import re
import sqlite3
import stat
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from okrdesk.domain.model import CycleState, ObjectiveKind, ObjectiveState, OwnerKind
from okrdesk.services.errors import NotFoundError, ValidationError, WorkspaceError
from okrdesk.services.workspace import Workspace

TODAY = date(2026, 5, 10)  # the default cycle of a new workspace is "2026 Q2"


@dataclass
class Cycles:
    year: int  # 2026, encloses every quarter
    q1: int
    q2: int  # the default cycle
    q3: int


@pytest.fixture
def cycles(workspace: Workspace) -> Cycles:
    q2 = workspace.cycle_by_name("2026 Q2").id
    year = workspace.add_cycle("2026", date(2026, 1, 1), date(2026, 12, 31), "active").id
    q1 = workspace.add_cycle("2026 Q1", date(2026, 1, 1), date(2026, 3, 31), "closed").id
    q3 = workspace.add_cycle("2026 Q3", date(2026, 7, 1), date(2026, 9, 30)).id
    return Cycles(year=year, q1=q1, q2=q2, q3=q3)


# ---- helpers -------------------------------------------------------------------------------------------


def _content(ws: Workspace) -> list[str]:
    """Everything the file holds, as SQL text (reads the committed state of the open connection)."""
    return list(ws.conn.iterdump())


def _assert_contiguous(ws: Workspace) -> None:
    """Every group of siblings in the workspace is numbered 0..n-1: top-level objectives per cycle,
    aligned objectives per parent, key results per objective."""
    groups: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    for cycle_id, parent_id, position in ws.conn.execute(
        "SELECT cycle_id, parent_id, position FROM objectives"
    ):
        key = ("top", cycle_id) if parent_id is None else ("under", parent_id)
        groups[key].append(position)
    for objective_id, position in ws.conn.execute("SELECT objective_id, position FROM key_results"):
        groups[("krs", objective_id)].append(position)
    broken = {k: sorted(v) for k, v in groups.items() if sorted(v) != list(range(len(v)))}
    assert broken == {}, f"sibling positions are not 0..n-1: {broken}"


def _top_titles(ws: Workspace, cycle_id: int) -> list[str]:
    tree = ws.cycle_tree(cycle_id)
    top = [o for o in tree.objectives if o.parent_id is None and o.cycle_id == cycle_id]
    return [o.title for o in sorted(top, key=lambda o: o.position)]


def _child_titles(ws: Workspace, parent_id: int) -> list[str]:
    rows = ws.conn.execute(
        "SELECT title FROM objectives WHERE parent_id = ? ORDER BY position, id", (parent_id,)
    ).fetchall()
    return [r[0] for r in rows]


def _kr_titles(ws: Workspace, objective_id: int) -> list[str]:
    return [k.title for k in ws.key_results_of(objective_id)]


def _refused(
    ws: Workspace, action: Callable[[], Any], *words: str, error: type[Exception] = ValidationError
) -> Exception:
    """Runs an action that must be refused: the error names the problem and nothing in the file changed."""
    counts, content = ws.counts(), _content(ws)
    with pytest.raises(error) as caught:
        action()
    message = str(caught.value)
    for word in words:
        assert word.casefold() in message.casefold(), f"{word!r} not in {message!r}"
    assert ws.counts() == counts
    assert _content(ws) == content
    return caught.value


# ---- objectives: add, update, delete, restore --------------------------------------------------------


def test_added_objectives_are_numbered_in_order_and_index_inserts(workspace: Workspace) -> None:
    cycle = workspace.cycles()[0].id
    first = workspace.add_objective(cycle, "Grow revenue")
    workspace.add_objective(cycle, "Happy customers")
    workspace.add_objective(cycle, "Hire well", index=0)
    workspace.add_objective(cycle, "Ship faster", index=2)
    workspace.add_objective(cycle, "Far beyond the end", index=99)

    assert _top_titles(workspace, cycle) == [
        "Hire well",
        "Grow revenue",
        "Ship faster",
        "Happy customers",
        "Far beyond the end",
    ]
    assert workspace.objective(first.id).position == 1
    _assert_contiguous(workspace)


def test_update_objective_changes_what_the_user_sees(workspace: Workspace) -> None:
    cycle = workspace.cycles()[0].id
    maria = workspace.add_owner("person", "Maria")
    objective = workspace.add_objective(cycle, "Grow revenue")

    updated = workspace.update_objective(
        objective.id,
        title="  Grow recurring revenue  ",
        description="Line one\nLine two",
        owner_id=maria.id,
        kind="aspirational",
        state="done",
        progress_source="both",
    )

    assert updated == workspace.objective(objective.id)
    assert updated.title == "Grow recurring revenue"
    assert updated.description == "Line one\nLine two"
    assert updated.owner_id == maria.id
    assert updated.kind == ObjectiveKind.ASPIRATIONAL
    assert updated.state == ObjectiveState.DONE
    assert updated.position == objective.position
    assert workspace.update_objective(objective.id, owner_id=None).owner_id is None


def test_delete_then_restore_puts_back_the_objective_its_key_results_check_ins_and_alignments(
    workspace: Workspace, cycles: Cycles
) -> None:
    before_o = workspace.add_objective(cycles.year, "Before")
    parent = workspace.add_objective(cycles.year, "Be the market leader", description="Why it matters")
    after_o = workspace.add_objective(cycles.year, "After")
    kr1 = workspace.add_key_result(parent.id, "Revenue", start=0, target=100, unit="k€", weight=2)
    kr2 = workspace.add_key_result(parent.id, "Churn", kr_type="decrease", start=10, target=5)
    workspace.record_check_in(kr1.id, 30, confidence=6, note="ok", at=datetime(2026, 2, 1, 9))
    workspace.record_check_in(kr1.id, 45, confidence=7, at=datetime(2026, 3, 1, 9))
    workspace.record_check_in(kr2.id, 8, at=datetime(2026, 3, 2, 9))
    child_a = workspace.add_objective(cycles.year, "Win the north", parent_id=parent.id)
    child_q2 = workspace.add_objective(cycles.q2, "Q2 push", parent_id=parent.id)
    child_b = workspace.add_objective(cycles.year, "Win the south", parent_id=parent.id)
    workspace.add_objective(cycles.q2, "Q2 standalone")
    grandchild = workspace.add_objective(cycles.year, "Open an office", parent_id=child_a.id)

    objective_before = workspace.objective(parent.id)
    krs_before = workspace.key_results_of(parent.id)
    check_ins_before = {k.id: workspace.check_ins(k.id) for k in krs_before}
    counts_before = workspace.counts()
    content_before = _content(workspace)

    deleted = workspace.delete_objective(parent.id)

    # Gone, with its key results and check-ins; the aligned objectives stay, now unaligned.
    with pytest.raises(NotFoundError):
        workspace.objective(parent.id)
    with pytest.raises(NotFoundError):
        workspace.key_result(kr1.id)
    assert workspace.counts() == {
        **counts_before,
        "objectives": counts_before["objectives"] - 1,
        "key_results": counts_before["key_results"] - 2,
        "check_ins": counts_before["check_ins"] - 3,
    }
    assert sorted(deleted.unaligned_children) == sorted([child_a.id, child_q2.id, child_b.id])
    for child in (child_a, child_q2, child_b):
        assert workspace.objective(child.id).parent_id is None
    assert workspace.objective(grandchild.id).parent_id == child_a.id
    assert _top_titles(workspace, cycles.year)[:2] == ["Before", "After"]
    assert workspace.objective(after_o.id).position == 1
    assert _top_titles(workspace, cycles.q2)[0] == "Q2 standalone"
    _assert_contiguous(workspace)

    workspace.restore_objective(deleted)

    assert workspace.objective(parent.id) == objective_before
    assert workspace.key_results_of(parent.id) == krs_before  # same ids, order, current values
    assert workspace.key_result(kr1.id).current == 45
    assert {k.id: workspace.check_ins(k.id) for k in krs_before} == check_ins_before
    assert _child_titles(workspace, parent.id) == ["Win the north", "Q2 push", "Win the south"]
    assert _top_titles(workspace, cycles.year) == ["Before", "Be the market leader", "After"]
    assert _top_titles(workspace, cycles.q2) == ["Q2 standalone"]
    assert workspace.objective(before_o.id).position == 0
    assert workspace.counts() == counts_before
    _assert_contiguous(workspace)
    # Apart from the edit times, the file holds exactly what it held before the delete.
    assert _without_edit_times(_content(workspace)) == _without_edit_times(content_before)


def _without_edit_times(lines: list[str]) -> list[str]:
    """SQL lines with the trailing created_at/updated_at stamps masked (a restore may renew those only;
    a check-in's own time is not trailing and must survive)."""
    trailing_stamps = re.compile(r"(,'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}')+\);$")
    return [trailing_stamps.sub(",<edit times>);", line) for line in lines]


def test_delete_of_an_aligned_objective_moves_its_children_to_the_top_and_undo_puts_them_back(
    workspace: Workspace, cycles: Cycles
) -> None:
    top = workspace.add_objective(cycles.q2, "Company goal")
    workspace.add_objective(cycles.q2, "Other goal")
    middle = workspace.add_objective(cycles.q2, "Team goal", parent_id=top.id)
    sibling = workspace.add_objective(cycles.q2, "Second team goal", parent_id=top.id)
    child_1 = workspace.add_objective(cycles.q2, "First step", parent_id=middle.id)
    child_2 = workspace.add_objective(cycles.q2, "Second step", parent_id=middle.id)

    deleted = workspace.delete_objective(middle.id)

    assert workspace.objective(sibling.id).position == 0
    assert workspace.objective(child_1.id).parent_id is None
    assert workspace.objective(child_2.id).parent_id is None
    assert _top_titles(workspace, cycles.q2) == ["Company goal", "Other goal", "First step", "Second step"]
    _assert_contiguous(workspace)

    workspace.restore_objective(deleted)

    assert _child_titles(workspace, top.id) == ["Team goal", "Second team goal"]
    assert _child_titles(workspace, middle.id) == ["First step", "Second step"]
    assert _top_titles(workspace, cycles.q2) == ["Company goal", "Other goal"]
    _assert_contiguous(workspace)


def test_restore_keeps_a_child_that_was_realigned_meanwhile_where_the_user_put_it(
    workspace: Workspace,
) -> None:
    cycle = workspace.cycles()[0].id
    parent = workspace.add_objective(cycle, "Parent")
    other = workspace.add_objective(cycle, "Other")
    child = workspace.add_objective(cycle, "Child", parent_id=parent.id)
    deleted = workspace.delete_objective(parent.id)
    workspace.move_objective(child.id, other.id)

    workspace.restore_objective(deleted)

    assert workspace.objective(child.id).parent_id == other.id
    assert _child_titles(workspace, parent.id) == []
    _assert_contiguous(workspace)


def test_restore_does_not_realign_a_child_into_a_loop_or_an_enclosing_break(
    workspace: Workspace, cycles: Cycles
) -> None:
    grand = workspace.add_objective(cycles.year, "Grand")
    parent = workspace.add_objective(cycles.year, "Parent", parent_id=grand.id)
    looped = workspace.add_objective(cycles.year, "Looped", parent_id=parent.id)
    moved = workspace.add_objective(cycles.q2, "Moved", parent_id=parent.id)
    deleted = workspace.delete_objective(parent.id)
    workspace.move_objective(grand.id, looped.id)  # allowed now: Parent is gone
    workspace.update_objective(moved.id, cycle_id=cycles.q3)
    workspace.update_cycle(cycles.q3, start=date(2027, 1, 1), end=date(2027, 3, 31))

    workspace.restore_objective(deleted)

    # Parent is back under Grand; Looped under Parent would close Grand → Looped → Parent → Grand,
    # and the year no longer encloses Moved's cycle: both stay where they are.
    assert workspace.objective(parent.id).parent_id == grand.id
    assert workspace.objective(looped.id).parent_id is None
    assert workspace.objective(moved.id).parent_id is None
    _assert_contiguous(workspace)


def test_restoring_an_objective_twice_is_refused(workspace: Workspace) -> None:
    cycle = workspace.cycles()[0].id
    objective = workspace.add_objective(cycle, "Grow revenue")
    workspace.add_key_result(objective.id, "Revenue", start=0, target=10)
    deleted = workspace.delete_objective(objective.id)
    workspace.restore_objective(deleted)

    _refused(
        workspace,
        lambda: workspace.restore_objective(deleted),
        "exists already",
        "restored twice",
        error=WorkspaceError,
    )


def test_delete_then_restore_a_key_result_keeps_its_id_place_and_check_ins(workspace: Workspace) -> None:
    cycle = workspace.cycles()[0].id
    objective = workspace.add_objective(cycle, "Grow revenue")
    first = workspace.add_key_result(objective.id, "Revenue", start=0, target=100)
    middle = workspace.add_key_result(objective.id, "Customers", start=10, target=20, unit="#")
    workspace.add_key_result(objective.id, "Launch", kr_type="milestone", start=0, target=1)
    workspace.record_check_in(middle.id, 12, confidence=5, note="slow", at=datetime(2026, 4, 20, 9))
    workspace.record_check_in(middle.id, 15, at=datetime(2026, 5, 1, 9))
    kr_before = workspace.key_result(middle.id)
    check_ins_before = workspace.check_ins(middle.id)

    deleted = workspace.delete_key_result(middle.id)

    assert _kr_titles(workspace, objective.id) == ["Revenue", "Launch"]
    assert workspace.counts()["check_ins"] == 0
    _assert_contiguous(workspace)

    workspace.restore_key_result(deleted)

    assert workspace.key_result(middle.id) == kr_before
    assert workspace.key_result(middle.id).current == 15
    assert workspace.check_ins(middle.id) == check_ins_before
    assert _kr_titles(workspace, objective.id) == ["Revenue", "Customers", "Launch"]
    assert workspace.key_result(first.id).position == 0
    _assert_contiguous(workspace)
    _refused(workspace, lambda: workspace.restore_key_result(deleted), "restored twice", error=WorkspaceError)


def test_deleted_ids_are_not_reused(workspace: Workspace) -> None:
    cycle = workspace.cycles()[0].id
    objective = workspace.add_objective(cycle, "Grow revenue")
    kr = workspace.add_key_result(objective.id, "Revenue", start=0, target=10)
    deleted = workspace.delete_objective(objective.id)
    newer = workspace.add_objective(cycle, "Something else")
    newer_kr = workspace.add_key_result(newer.id, "Other", start=0, target=10)

    assert newer.id != objective.id
    assert newer_kr.id != kr.id
    workspace.restore_objective(deleted)  # the old refs still point at the old items
    assert workspace.objective(objective.id).title == "Grow revenue"
    assert workspace.key_result(kr.id).title == "Revenue"


# ---- moving objectives ---------------------------------------------------------------------------------


def test_move_objective_reorders_and_realigns(workspace: Workspace, cycles: Cycles) -> None:
    a = workspace.add_objective(cycles.q2, "A")
    b = workspace.add_objective(cycles.q2, "B")
    c = workspace.add_objective(cycles.q2, "C")
    child = workspace.add_objective(cycles.q2, "Child", parent_id=a.id)

    workspace.move_objective(c.id, None, 0)
    assert _top_titles(workspace, cycles.q2) == ["C", "A", "B"]

    workspace.move_objective(b.id, a.id, 0)  # B now contributes to A, before Child
    assert workspace.objective(b.id).parent_id == a.id
    assert _child_titles(workspace, a.id) == ["B", "Child"]
    assert _top_titles(workspace, cycles.q2) == ["C", "A"]
    _assert_contiguous(workspace)

    workspace.move_objective(child.id, None)  # unaligned: goes to the end of the top level
    assert _top_titles(workspace, cycles.q2) == ["C", "A", "Child"]
    assert _child_titles(workspace, a.id) == ["B"]
    _assert_contiguous(workspace)


@pytest.mark.parametrize("target", ["itself", "child", "grandchild"])
def test_move_objective_into_a_loop_is_refused(workspace: Workspace, target: str) -> None:
    cycle = workspace.cycles()[0].id
    top = workspace.add_objective(cycle, "Company goal")
    child = workspace.add_objective(cycle, "Team goal", parent_id=top.id)
    grandchild = workspace.add_objective(cycle, "Personal goal", parent_id=child.id)
    parent_id = {"itself": top.id, "child": child.id, "grandchild": grandchild.id}[target]
    before = workspace.objective(top.id)

    error = _refused(workspace, lambda: workspace.move_objective(top.id, parent_id))

    message = str(error)
    if target == "itself":
        assert "cannot align to itself" in message
    else:
        assert "loop" in message and "'Company goal'" in message
    assert workspace.objective(top.id) == before


def test_move_to_a_parent_whose_cycle_does_not_enclose_is_refused_naming_both_cycles(
    workspace: Workspace, cycles: Cycles
) -> None:
    q1_goal = workspace.add_objective(cycles.q1, "Q1 goal")
    q2_goal = workspace.add_objective(cycles.q2, "Q2 goal")

    _refused(workspace, lambda: workspace.move_objective(q2_goal.id, q1_goal.id), "2026 Q1", "2026 Q2")
    _refused(
        workspace,
        lambda: workspace.add_objective(cycles.q2, "New", parent_id=q1_goal.id),
        "2026 Q1",
        "does not contain",
        "2026 Q2",
    )
    # An annual objective cannot contribute to a quarterly one either.
    year_goal = workspace.add_objective(cycles.year, "Year goal")
    _refused(workspace, lambda: workspace.move_objective(year_goal.id, q2_goal.id), "2026 Q2", "2026")
    assert workspace.objective(q2_goal.id).parent_id is None


def test_a_quarterly_objective_may_align_to_an_annual_one(workspace: Workspace, cycles: Cycles) -> None:
    year_goal = workspace.add_objective(cycles.year, "Year goal")
    q2_goal = workspace.add_objective(cycles.q2, "Q2 goal")
    q3_goal = workspace.add_objective(cycles.q3, "Q3 goal", parent_id=year_goal.id)

    workspace.move_objective(q2_goal.id, year_goal.id, 0)

    assert workspace.objective(q2_goal.id).parent_id == year_goal.id
    assert workspace.objective(q2_goal.id).cycle_id == cycles.q2
    assert _child_titles(workspace, year_goal.id) == ["Q2 goal", "Q3 goal"]
    assert workspace.objective(q3_goal.id).position == 1
    shown = {o.title for o in workspace.cycle_tree(cycles.year).objectives}
    assert shown == {"Year goal", "Q2 goal", "Q3 goal"}
    assert [o.title for o in workspace.cycle_tree(cycles.q2).outside_parents] == ["Year goal"]
    _assert_contiguous(workspace)


def test_changing_an_objectives_cycle_is_refused_when_its_parent_would_not_enclose_it(
    workspace: Workspace, cycles: Cycles
) -> None:
    q2_parent = workspace.add_objective(cycles.q2, "Q2 goal")
    child = workspace.add_objective(cycles.q2, "Q2 step", parent_id=q2_parent.id)
    before = workspace.objective(child.id)

    _refused(
        workspace,
        lambda: workspace.update_objective(child.id, cycle_id=cycles.q3, title="Renamed"),
        "2026 Q2",
        "2026 Q3",
    )
    assert workspace.objective(child.id) == before


def test_changing_an_objectives_cycle_is_refused_when_its_aligned_children_would_break(
    workspace: Workspace, cycles: Cycles
) -> None:
    year_goal = workspace.add_objective(cycles.year, "Year goal")
    workspace.add_objective(cycles.q2, "Q2 step", parent_id=year_goal.id)
    before = workspace.objective(year_goal.id)

    _refused(
        workspace,
        lambda: workspace.update_objective(year_goal.id, cycle_id=cycles.q3),
        "aligned objectives would break",
        "2026 Q3",
        "2026 Q2",
    )
    assert workspace.objective(year_goal.id) == before


def test_changing_an_objectives_cycle_moves_it_when_alignments_still_hold(
    workspace: Workspace, cycles: Cycles
) -> None:
    year_goal = workspace.add_objective(cycles.year, "Year goal")
    workspace.add_objective(cycles.q2, "Stays in Q2")
    moving = workspace.add_objective(cycles.q2, "Moves to Q3", index=0)
    workspace.add_objective(cycles.q3, "Already in Q3")
    step = workspace.add_objective(cycles.q2, "Q2 step", parent_id=year_goal.id)

    moved = workspace.update_objective(moving.id, cycle_id=cycles.q3)
    assert moved.cycle_id == cycles.q3
    assert _top_titles(workspace, cycles.q2) == ["Stays in Q2"]
    assert _top_titles(workspace, cycles.q3) == ["Already in Q3", "Moves to Q3"]
    _assert_contiguous(workspace)

    # An aligned objective may move between cycles that its parent's cycle encloses.
    assert workspace.update_objective(step.id, cycle_id=cycles.q3).cycle_id == cycles.q3
    assert workspace.objective(step.id).parent_id == year_goal.id
    # A parent may move to a cycle that still encloses its children's.
    q3_parent = workspace.add_objective(cycles.q3, "Q3 parent")
    workspace.add_objective(cycles.q3, "Q3 child", parent_id=q3_parent.id)
    assert workspace.update_objective(q3_parent.id, cycle_id=cycles.year).cycle_id == cycles.year
    _assert_contiguous(workspace)


# ---- moving key results --------------------------------------------------------------------------------


def test_move_key_result_between_objectives_keeps_both_numbered(workspace: Workspace) -> None:
    cycle = workspace.cycles()[0].id
    source = workspace.add_objective(cycle, "Source")
    target = workspace.add_objective(cycle, "Target")
    a, b, c = (workspace.add_key_result(source.id, t, start=0, target=1) for t in ("A", "B", "C"))
    workspace.add_key_result(target.id, "X", start=0, target=1)
    workspace.add_key_result(target.id, "Y", start=0, target=1)
    workspace.record_check_in(b.id, 0.5, at=datetime(2026, 5, 1, 9))

    workspace.move_key_result(b.id, target.id, 1)

    assert _kr_titles(workspace, source.id) == ["A", "C"]
    assert _kr_titles(workspace, target.id) == ["X", "B", "Y"]
    moved = workspace.key_result(b.id)
    assert moved.objective_id == target.id
    assert moved.current == 0.5  # its check-ins travel with it
    _assert_contiguous(workspace)

    workspace.move_key_result(c.id, source.id, 0)  # reorder within one objective
    assert _kr_titles(workspace, source.id) == ["C", "A"]
    workspace.move_key_result(a.id, target.id)
    assert _kr_titles(workspace, target.id) == ["X", "B", "Y", "A"]
    assert _kr_titles(workspace, source.id) == ["C"]
    _assert_contiguous(workspace)


# ---- bad input: refused with a sentence, nothing changed ------------------------------------------------


@pytest.fixture
def filled(workspace: Workspace) -> dict[str, int]:
    cycle = workspace.cycles()[0].id
    objective = workspace.add_objective(cycle, "Grow revenue")
    kr = workspace.add_key_result(objective.id, "Revenue", start=0, target=100, unit="k€")
    workspace.record_check_in(kr.id, 20, at=datetime(2026, 5, 1, 9))
    return {"cycle": cycle, "objective": objective.id, "kr": kr.id}


BAD_TITLES = [
    ("", "cannot be empty"),
    ("   \t ", "cannot be empty"),
    ("x" * 10_000, "10,000 characters"),
    ("Grow\nrevenue", "single line"),
    ("Grow\x07revenue", "control character"),
]


@pytest.mark.parametrize(("title", "words"), BAD_TITLES)
def test_bad_titles_are_refused_everywhere(
    workspace: Workspace, filled: dict[str, int], title: str, words: str
) -> None:
    objective, kr = workspace.objective(filled["objective"]), workspace.key_result(filled["kr"])

    _refused(workspace, lambda: workspace.add_objective(filled["cycle"], title), words)
    _refused(workspace, lambda: workspace.update_objective(objective.id, title=title), words, "title")
    _refused(workspace, lambda: workspace.add_key_result(objective.id, title, start=0, target=1), words)
    _refused(workspace, lambda: workspace.update_key_result(kr.id, title=title), words)

    assert workspace.objective(objective.id) == objective
    assert workspace.key_result(kr.id) == kr


BAD_KEY_RESULTS: list[tuple[dict[str, Any], tuple[str, ...]]] = [
    ({"start": 5, "target": 5}, ("must differ", "5 → 5")),
    ({"kr_type": "decrease", "start": 5, "target": 5}, ("must differ",)),
    ({"start": 10, "target": 5}, ("increasing", "above its start", "decrease")),
    ({"kr_type": "decrease", "start": 5, "target": 10}, ("decreasing", "below its start")),
    ({"weight": -1}, ("weight cannot be negative",)),
    ({"weight": "abc"}, ("'abc' is not a number",)),
    ({"weight": math.nan}, ("weight must be a finite number",)),
    ({"target": math.inf}, ("target must be a finite number",)),
    ({"start": -math.inf}, ("start must be a finite number",)),
    ({"target": 1e300}, ("target is too large",)),
    ({"weight": 1e300}, ("weight is at most 1000",)),
    ({"start": "twelve"}, ("'twelve' is not a number",)),
    ({"target": "nan"}, ("target must be a finite number",)),
    ({"weight": True}, ("weight must be a number",)),
    ({"target": None}, ("target must be a number",)),
    ({"kr_type": "sideways"}, ("'sideways'", "increase", "milestone")),
    ({"kr_type": "milestone", "start": 0, "target": 5}, ("milestone's target is 1",)),
    ({"kr_type": "milestone", "start": 2, "target": 1}, ("milestone starts at 0",)),
    ({"unit": "u" * 41}, ("unit is 41 characters",)),
    ({"unit": "per\nday"}, ("unit must be a single line",)),
    ({"colour": "red"}, ("no field colour",)),
]


@pytest.mark.parametrize(("fields", "words"), BAD_KEY_RESULTS)
def test_bad_key_result_values_are_refused_on_add_and_update(
    workspace: Workspace, filled: dict[str, int], fields: dict[str, Any], words: tuple[str, ...]
) -> None:
    kr = workspace.key_result(filled["kr"])
    add_fields = {"start": 0, "target": 1, **fields}

    _refused(workspace, lambda: workspace.add_key_result(filled["objective"], "New", **add_fields), *words)
    _refused(workspace, lambda: workspace.update_key_result(kr.id, **fields), *words)

    assert workspace.key_result(kr.id) == kr


def test_an_update_is_checked_against_the_values_it_keeps(
    workspace: Workspace, filled: dict[str, int]
) -> None:
    kr = workspace.key_result(filled["kr"])  # increase 0 → 100

    _refused(workspace, lambda: workspace.update_key_result(kr.id, target=0), "must differ", "0 → 0")
    _refused(workspace, lambda: workspace.update_key_result(kr.id, kr_type="decrease"), "decreasing")
    _refused(workspace, lambda: workspace.update_key_result(kr.id, start=150), "increasing")
    assert workspace.key_result(kr.id) == kr


def test_numbers_typed_as_text_are_read_like_a_person_means_them(
    workspace: Workspace, filled: dict[str, int]
) -> None:
    kr = workspace.add_key_result(filled["objective"], "Typed", start="12", target=" 3,5e1 ", weight="2")
    assert (kr.start, kr.target, kr.weight) == (12.0, 35.0, 2.0)
    assert workspace.key_result(kr.id).start == 12.0
    assert workspace.update_key_result(kr.id, target="45%").target == 45.0
    check_in = workspace.record_check_in(kr.id, "20", at=datetime(2026, 5, 2, 9))
    assert check_in.value == 20.0
    assert workspace.key_result(kr.id).current == 20.0

    _refused(workspace, lambda: workspace.record_check_in(kr.id, "twenty"), "'twenty' is not a number")
    _refused(workspace, lambda: workspace.record_check_in(kr.id, True), "value must be a number")
    _refused(workspace, lambda: workspace.update_key_result(kr.id, start="1_000"), "not a number")


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"state": "maybe"}, ("'maybe' is not a valid state", "draft", "dropped")),
        ({"kind": "stretch"}, ("'stretch'", "committed", "aspirational")),
        ({"progress_source": "magic"}, ("'magic'", "key_results", "children")),
        ({"colour": "red"}, ("objectives have no field colour",)),
        ({"parent": 1}, ("no field parent",)),
        ({"title": 42}, ("title must be text",)),
        ({"description": "d" * 100_001}, ("description is 100,001 characters",)),
        ({"owner_id": 9999}, ("owner no longer exists",)),
        ({"owner_id": "Maria"}, ("owner no longer exists",)),
    ],
)
def test_bad_objective_fields_are_refused_on_add_and_update(
    workspace: Workspace, filled: dict[str, int], fields: dict[str, Any], words: tuple[str, ...]
) -> None:
    objective = workspace.objective(filled["objective"])
    add_fields = {"title": "New", **fields}
    title = add_fields.pop("title")

    _refused(workspace, lambda: workspace.add_objective(filled["cycle"], title, **add_fields), *words)
    _refused(workspace, lambda: workspace.update_objective(objective.id, **fields), *words)
    assert workspace.objective(objective.id) == objective


def test_an_owner_deleted_meanwhile_cannot_be_assigned(workspace: Workspace, filled: dict[str, int]) -> None:
    person = workspace.add_owner("person", "Gone Soon")
    workspace.delete_owner(person.id)
    objective, kr = workspace.objective(filled["objective"]), workspace.key_result(filled["kr"])

    _refused(workspace, lambda: workspace.update_objective(objective.id, owner_id=person.id), "no longer")
    _refused(workspace, lambda: workspace.update_key_result(kr.id, owner_id=person.id), "no longer")
    _refused(
        workspace,
        lambda: workspace.record_check_in(kr.id, 30, author_id=person.id),
        "owner no longer exists",
    )
    assert workspace.objective(objective.id).owner_id is None
    assert workspace.key_result(kr.id) == kr


def test_a_cycle_that_does_not_exist_is_refused(workspace: Workspace, filled: dict[str, int]) -> None:
    objective = workspace.objective(filled["objective"])

    _refused(
        workspace,
        lambda: workspace.update_objective(objective.id, cycle_id=9999),
        "cycle",
        "no longer exists",
    )
    _refused(
        workspace,
        lambda: workspace.add_objective(9999, "Orphan"),
        "cycle no longer exists",
        error=NotFoundError,
    )
    assert workspace.objective(objective.id) == objective


def test_refused_writes_leave_the_file_byte_for_byte_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "w.okr"
    with Workspace.create(path, today=TODAY) as ws:
        cycle = ws.cycles()[0].id
        parent = ws.add_objective(cycle, "Parent")
        objective = ws.add_objective(cycle, "Grow revenue", parent_id=parent.id)
        kr = ws.add_key_result(objective.id, "Revenue", start=0, target=100)
        ws.record_check_in(kr.id, 20, at=datetime(2026, 5, 1, 9))
    original = path.read_bytes()

    with Workspace.open(path) as ws:
        attempts: list[Callable[[], Any]] = [
            lambda: ws.update_objective(objective.id, title="   "),
            lambda: ws.update_objective(objective.id, title="ok", state="maybe"),
            lambda: ws.move_objective(parent.id, objective.id),  # fails after a flush
            lambda: ws.update_key_result(kr.id, weight=-1),
            lambda: ws.add_key_result(objective.id, "Bad", start=5, target=5),
            lambda: ws.record_check_in(kr.id, math.nan),
            lambda: ws.add_cycle("2026 q2", date(2026, 4, 1), date(2026, 6, 30)),
            lambda: ws.delete_cycle(cycle),
        ]
        for attempt in attempts:
            with pytest.raises(ValidationError):
                attempt()
    assert path.read_bytes() == original
    assert not Path(f"{path}-wal").exists()


# ---- text is stored exactly as typed -------------------------------------------------------------------


TRICKY_TITLES = [
    "<b>x</b>",
    "<script>alert('x')</script> & &amp;",
    "=SUM(A1)",
    "+1",
    "-1",
    "@x",
    "مرحبا بالعالم",
    "Grow 🚀 revenue 👩‍💻",
    "'quoted' \"double\" `back`",
    "100% ; DROP TABLE objectives; --",
]


@pytest.mark.parametrize("title", TRICKY_TITLES)
def test_tricky_titles_are_stored_and_read_back_exactly(tmp_path: Path, title: str) -> None:
    path = tmp_path / "w.okr"
    with Workspace.create(path, today=TODAY) as ws:
        cycle = ws.cycles()[0].id
        objective = ws.add_objective(cycle, title, description=title)
        kr = ws.add_key_result(objective.id, title, start=0, target=1, unit="€")
        renamed = ws.add_objective(cycle, "placeholder")
        assert ws.update_objective(renamed.id, title=title).title == title

    with Workspace.open(path) as ws:
        assert ws.objective(objective.id).title == title
        assert ws.objective(objective.id).description == title
        assert ws.objective(renamed.id).title == title
        assert ws.key_result(kr.id).title == title
        assert ws.counts()["objectives"] == 2


# ---- check-ins -----------------------------------------------------------------------------------------


def test_current_value_follows_the_latest_check_in_by_time_not_by_entry(
    workspace: Workspace, filled: dict[str, int]
) -> None:
    kr = filled["kr"]  # has a check-in of 20 on May 1
    workspace.record_check_in(kr, 60, confidence=8, at=datetime(2026, 5, 20, 9))
    assert workspace.key_result(kr).current == 60

    # Entered later, but dated earlier (a forgotten check-in): the current value stays 60.
    workspace.record_check_in(kr, 35, confidence=2, at=datetime(2026, 5, 10, 17, 30))
    current = workspace.key_result(kr)
    assert current.current == 60
    assert current.last_confidence == 8
    assert current.last_check_in == datetime(2026, 5, 20, 9)
    assert [c.value for c in workspace.check_ins(kr)] == [20, 35, 60]

    # A check-in one microsecond later wins.
    workspace.record_check_in(kr, 61, at=datetime(2026, 5, 20, 9, 0, 0, 1))
    assert workspace.key_result(kr).current == 61


def test_a_check_in_time_must_be_a_time(workspace: Workspace, filled: dict[str, int]) -> None:
    kr = filled["kr"]
    _refused(workspace, lambda: workspace.record_check_in(kr, 5, at="2026-05-02"), "must be a date and time")
    day_only = workspace.record_check_in(kr, 25, at=date(2026, 5, 2))
    assert day_only.at == datetime(2026, 5, 2)
    assert workspace.key_result(kr).current == 25
    workspace.record_check_in(kr, 24, at=datetime(2026, 5, 1, 23, 59))  # earlier than May 2
    assert workspace.key_result(kr).current == 25


def test_a_key_result_without_check_ins_is_at_its_start(workspace: Workspace, filled: dict[str, int]) -> None:
    kr = workspace.add_key_result(filled["objective"], "Churn", kr_type="decrease", start=9, target=3)
    assert workspace.key_result(kr.id).current == 9
    assert workspace.key_result(kr.id).last_check_in is None


@pytest.mark.parametrize(
    ("value", "fields", "words"),
    [
        (math.nan, {}, ("value must be a finite number",)),
        (math.inf, {}, ("value must be a finite number",)),
        (2e12, {}, ("value is too large",)),
        (50, {"confidence": 11}, ("confidence", "11 is outside")),
        (50, {"confidence": -1}, ("-1 is outside",)),
        (50, {"confidence": 7.5}, ("whole number from 0 to 10",)),
        (50, {"note": "n" * 100_001}, ("note is too long",)),
    ],
)
def test_bad_check_ins_are_refused(
    workspace: Workspace, filled: dict[str, int], value: float, fields: dict[str, Any], words: tuple[str, ...]
) -> None:
    kr = workspace.key_result(filled["kr"])
    _refused(workspace, lambda: workspace.record_check_in(kr.id, value, **fields), *words)
    assert workspace.key_result(kr.id) == kr


def test_a_milestone_check_in_is_done_or_not_done(workspace: Workspace, filled: dict[str, int]) -> None:
    launch = workspace.add_key_result(filled["objective"], "Launch", kr_type="milestone", start=0, target=1)
    _refused(workspace, lambda: workspace.record_check_in(launch.id, 0.5), "either done (1) or not done (0)")
    workspace.record_check_in(launch.id, 1)
    assert workspace.key_result(launch.id).current == 1


def test_check_in_on_a_deleted_key_result_says_it_no_longer_exists(
    workspace: Workspace, filled: dict[str, int]
) -> None:
    workspace.delete_key_result(filled["kr"])
    _refused(
        workspace,
        lambda: workspace.record_check_in(filled["kr"], 5),
        "no longer exists",
        error=NotFoundError,
    )


def test_edits_of_deleted_items_say_they_no_longer_exist(
    workspace: Workspace, filled: dict[str, int]
) -> None:
    deleted = workspace.delete_objective(filled["objective"])
    for action in (
        lambda: workspace.update_objective(filled["objective"], title="x"),
        lambda: workspace.move_objective(filled["objective"], None),
        lambda: workspace.delete_objective(filled["objective"]),
        lambda: workspace.update_key_result(filled["kr"], title="x"),
        lambda: workspace.move_key_result(filled["kr"], filled["objective"]),
        lambda: workspace.add_key_result(filled["objective"], "x", start=0, target=1),
    ):
        _refused(workspace, action, "no longer exists", error=NotFoundError)
    workspace.restore_objective(deleted)
    assert workspace.key_result(filled["kr"]).current == 20


# ---- cycles --------------------------------------------------------------------------------------------


def test_add_update_and_delete_a_cycle(workspace: Workspace) -> None:
    added = workspace.add_cycle("  2026 H2  ", date(2026, 7, 1), date(2026, 12, 31))
    assert added.name == "2026 H2"
    assert added.state == CycleState.PLANNING
    assert workspace.cycle(added.id) == added

    updated = workspace.update_cycle(added.id, name="Second half", end=date(2026, 11, 30), state="active")
    assert workspace.cycle(added.id) == updated
    assert (updated.name, updated.start, updated.end, updated.state) == (
        "Second half",
        date(2026, 7, 1),
        date(2026, 11, 30),
        CycleState.ACTIVE,
    )
    assert workspace.update_cycle(added.id, name="second HALF").name == "second HALF"  # its own name

    assert workspace.delete_cycle(added.id) == replace(updated, name="second HALF")
    with pytest.raises(NotFoundError):
        workspace.cycle(added.id)
    assert [c.name for c in workspace.cycles()] == ["2026 Q2"]


@pytest.mark.parametrize("name", ["2026 Q2", "2026 q2", "  2026 Q2 ", "2026 Q2".upper()])
def test_a_duplicate_cycle_name_is_refused_whatever_the_case(workspace: Workspace, name: str) -> None:
    _refused(
        workspace,
        lambda: workspace.add_cycle(name, date(2026, 7, 1), date(2026, 9, 30)),
        "already a cycle named '2026 Q2'",
    )
    other = workspace.add_cycle("Other", date(2026, 7, 1), date(2026, 9, 30))
    _refused(workspace, lambda: workspace.update_cycle(other.id, name=name), "already a cycle named")


def test_a_duplicate_cycle_name_with_accented_letters_is_refused(workspace: Workspace) -> None:
    workspace.add_cycle("Été 2026", date(2026, 6, 1), date(2026, 8, 31))
    _refused(
        workspace,
        lambda: workspace.add_cycle("ÉTÉ 2026", date(2026, 6, 1), date(2026, 8, 31)),
        "already a cycle named 'Été 2026'",
    )


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"start": date(2026, 7, 1), "end": date(2026, 6, 30)}, ("ends before it starts",)),
        ({"name": "   "}, ("cycle name cannot be empty",)),
        ({"name": "Q\n3"}, ("single line",)),
        ({"start": date(2026, 1, 1), "end": date(2031, 1, 1)}, ("at most 5 years",)),
        ({"start": "2026-07-01"}, ("start and an end date",)),
        ({"state": "maybe"}, ("'maybe' is not a valid state",)),
    ],
)
def test_bad_cycles_are_refused(
    workspace: Workspace, changes: dict[str, Any], words: tuple[str, ...]
) -> None:
    fields = {"name": "2026 Q3", "start": date(2026, 7, 1), "end": date(2026, 9, 30), **changes}
    _refused(
        workspace,
        lambda: workspace.add_cycle(
            fields["name"], fields["start"], fields["end"], fields.get("state", "planning")
        ),
        *words,
    )
    q2 = workspace.cycles()[0]
    _refused(workspace, lambda: workspace.update_cycle(q2.id, **changes), *words)
    assert workspace.cycle(q2.id) == q2


def test_a_cycle_that_holds_objectives_cannot_be_deleted(workspace: Workspace, cycles: Cycles) -> None:
    workspace.add_objective(cycles.q3, "One")
    _refused(workspace, lambda: workspace.delete_cycle(cycles.q3), "'2026 Q3' still holds 1 objective;")
    workspace.add_objective(cycles.q3, "Two")
    _refused(workspace, lambda: workspace.delete_cycle(cycles.q3), "still holds 2 objectives")


def test_new_cycle_dates_that_break_an_alignment_are_refused(workspace: Workspace, cycles: Cycles) -> None:
    year_goal = workspace.add_objective(cycles.year, "Year goal")
    workspace.add_objective(cycles.q3, "Q3 step", parent_id=year_goal.id)
    year = workspace.cycle(cycles.year)
    q3 = workspace.cycle(cycles.q3)

    # Shrinking the parent's cycle, or moving the child's cycle outside it.
    _refused(workspace, lambda: workspace.update_cycle(cycles.year, end=date(2026, 6, 30)), "2026 Q3", "2026")
    _refused(
        workspace,
        lambda: workspace.update_cycle(cycles.q3, start=date(2027, 1, 1), end=date(2027, 3, 31)),
        "would break an alignment",
    )
    assert workspace.cycle(cycles.year) == year
    assert workspace.cycle(cycles.q3) == q3
    # Dates that still enclose are fine.
    assert workspace.update_cycle(cycles.year, start=date(2025, 12, 1)).start == date(2025, 12, 1)
    assert workspace.update_cycle(cycles.q3, end=date(2026, 9, 15)).end == date(2026, 9, 15)


# ---- owners --------------------------------------------------------------------------------------------


def test_teams_and_people_form_the_org_tree(workspace: Workspace) -> None:
    company = workspace.add_owner("team", "Acme")
    sales = workspace.add_owner(OwnerKind.TEAM, "Sales", parent_id=company.id)
    maria = workspace.add_owner("person", "Maria", parent_id=sales.id, email=" maria@example.com ")

    assert maria.kind == OwnerKind.PERSON
    assert (maria.parent_id, maria.email) == (sales.id, "maria@example.com")
    assert {o.name for o in workspace.teams()} == {"Acme", "Sales"}
    assert [o.name for o in workspace.people()] == ["Maria"]
    assert workspace.update_owner(maria.id, name="Maria Lopez").name == "Maria Lopez"

    _refused(
        workspace,
        lambda: workspace.add_owner("person", "Tom", parent_id=maria.id),
        "people belong to teams",
    )
    _refused(workspace, lambda: workspace.update_owner(company.id, parent_id=company.id), "inside itself")
    _refused(workspace, lambda: workspace.update_owner(company.id, parent_id=sales.id), "inside itself")
    _refused(workspace, lambda: workspace.add_owner("team", "  "), "name cannot be empty")
    _refused(workspace, lambda: workspace.add_owner("team", "A\nB"), "one line")
    _refused(workspace, lambda: workspace.add_owner("robot", "R2"), "'robot'", "person", "team")


def test_deleting_an_owner_keeps_what_they_owned_and_moves_members_up(workspace: Workspace) -> None:
    company = workspace.add_owner("team", "Acme")
    sales = workspace.add_owner("team", "Sales", parent_id=company.id)
    north = workspace.add_owner("team", "Sales North", parent_id=sales.id)
    maria = workspace.add_owner("person", "Maria", parent_id=sales.id)
    cycle = workspace.cycles()[0].id
    objective = workspace.add_objective(cycle, "Grow revenue", owner_id=sales.id)
    kr = workspace.add_key_result(objective.id, "Revenue", start=0, target=1, owner_id=sales.id)

    workspace.delete_owner(sales.id)

    assert sales.id not in {o.id for o in workspace.owners()}
    assert workspace.objective(objective.id).owner_id is None
    assert workspace.key_result(kr.id).owner_id is None
    owners = {o.id: o for o in workspace.owners()}
    assert owners[north.id].parent_id == company.id
    assert owners[maria.id].parent_id == company.id
    assert workspace.counts()["objectives"] == 1


# ---- whole workspace -----------------------------------------------------------------------------------


def test_clear_all_leaves_only_the_current_quarter(tmp_path: Path) -> None:
    path = tmp_path / "sample.okr"
    with Workspace.create(path, sample=True, today=TODAY) as ws:
        assert ws.is_sample
        assert ws.counts()["objectives"] > 0 and ws.counts()["check_ins"] > 0

        ws.clear_all(date(2026, 8, 15))

        assert ws.counts() == {"cycles": 1, "owners": 0, "objectives": 0, "key_results": 0, "check_ins": 0}
        (cycle,) = ws.cycles()
        assert (cycle.name, cycle.start, cycle.end, cycle.state) == (
            "2026 Q3",
            date(2026, 7, 1),
            date(2026, 9, 30),
            CycleState.ACTIVE,
        )
        assert not ws.is_sample
        assert ws.cycle_tree(cycle.id).objectives == ()
    with Workspace.open(path) as ws:  # and it stays so
        assert not ws.is_sample
        assert [c.name for c in ws.cycles()] == ["2026 Q3"]
        leftovers = [
            table
            for (table,) in ws.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if table.startswith("retro") and ws.conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        ]
        assert leftovers == []


# ---- the file cannot be written ------------------------------------------------------------------------


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_a_file_made_read_only_while_open_refuses_writes_plainly(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "w.okr"
    ws = Workspace.create(path, today=TODAY)
    try:
        cycle = ws.cycles()[0].id
        objective = ws.add_objective(cycle, "Grow revenue")
        ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        folder.chmod(0o555)
        try:
            error = _refused(
                ws,
                lambda: ws.update_objective(objective.id, title="Renamed"),
                "could not be saved",
                "nothing was changed",
                error=WorkspaceError,
            )
            assert "Traceback" not in str(error) and "sqlite" not in str(error).casefold()
            assert ws.objective(objective.id).title == "Grow revenue"
        finally:
            folder.chmod(0o755)
            path.chmod(0o644)
    finally:
        ws.close()


def test_a_write_while_another_program_holds_the_lock_is_refused_plainly(
    workspace: Workspace, filled: dict[str, int]
) -> None:
    workspace.editor()  # the editor exists before the lock is taken, as in the running app
    workspace.conn.execute("PRAGMA busy_timeout = 100")
    objective = workspace.objective(filled["objective"])
    other = sqlite3.connect(workspace.path, isolation_level=None, timeout=0.1)
    try:
        other.execute("BEGIN EXCLUSIVE")
        for action in (
            lambda: workspace.update_objective(objective.id, title="Renamed"),
            lambda: workspace.record_check_in(filled["kr"], 99),
            lambda: workspace.add_objective(filled["cycle"], "New"),
            lambda: workspace.delete_objective(objective.id),
        ):
            _refused(
                workspace,
                action,
                "could not be saved",
                "another program is writing to it",
                "nothing was changed",
                error=WorkspaceError,
            )
        assert workspace.objective(objective.id) == objective
    finally:
        other.execute("ROLLBACK")
        other.close()

    # Once the other program is done, the same edit goes through.
    assert workspace.update_objective(objective.id, title="Renamed").title == "Renamed"
    assert workspace.record_check_in(filled["kr"], 99).value == 99
    assert workspace.key_result(filled["kr"]).current == 99
