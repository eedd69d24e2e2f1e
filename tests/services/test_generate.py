"""Generated workspaces: the right size, valid alignments and positions, usable by every read path."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import date, datetime, time
from pathlib import Path

import pytest

from okrdesk.domain import validation
from okrdesk.domain.model import KRType
from okrdesk.services.errors import ValidationError, WorkspaceError
from okrdesk.services.generate import generate
from okrdesk.services.listing import listing
from okrdesk.services.workspace import Workspace
from okrdesk.store import fastread

TODAY = date(2026, 11, 21)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("gen") / "big.okr"
    return path, generate(path, 200, seed=7, today=TODAY)


def test_counts(generated: tuple[Path, dict[str, int]]) -> None:
    path, counts = generated
    assert counts == {
        "cycles": 5,
        "owners": 1 + 10 + 60 + 800,
        "objectives": 200,
        "key_results": 800,
        "check_ins": 8000,
    }
    with Workspace.open(path) as workspace:
        assert workspace.counts() == counts
        assert len(workspace.people()) == 800
        assert len({p.name for p in workspace.people()}) == 800
        assert [c.name for c in workspace.cycles()] == ["2026", "2026 Q1", "2026 Q2", "2026 Q3", "2026 Q4"]
        states = [c.state.value for c in workspace.cycles()]
        assert states == ["active", "closed", "closed", "closed", "active"]
    assert sorted(p.name for p in path.parent.iterdir()) == ["big.okr"], "no temporary files are left"


def test_alignments_are_valid_and_cascade(generated: tuple[Path, dict[str, int]]) -> None:
    path, _ = generated
    with Workspace.open(path) as workspace:
        parent_of, cycle_of, _titles = fastread.alignment_maps(workspace.conn)
        cycles = {c.id: c for c in workspace.cycles()}
    depths = []
    for child, parent in parent_of.items():
        assert validation.alignment_problem(child, parent, parent_of, cycle_of, cycles) is None
        if parent is not None:
            assert cycles[cycle_of[parent]].encloses(cycles[cycle_of[child]])
        depth, node = 1, parent
        while node is not None:
            depth, node = depth + 1, parent_of[node]
        depths.append(depth)
    assert max(depths) == 4
    same_cycle = sum(1 for c, p in parent_of.items() if p is not None and cycle_of[c] == cycle_of[p])
    assert same_cycle > 20, "quarterly objectives also align to objectives of their own quarter"
    assert len({cycle_of[o] for o in parent_of}) == 5, "objectives in the year and every quarter"


def test_positions_are_contiguous(generated: tuple[Path, dict[str, int]]) -> None:
    path, _ = generated
    conn = sqlite3.connect(path)
    try:
        groups: dict[object, list[int]] = defaultdict(list)
        for cycle_id, parent_id, position in conn.execute(
            "SELECT cycle_id, parent_id, position FROM objectives"
        ):
            groups[("top", cycle_id) if parent_id is None else parent_id].append(position)
        for objective_id, position in conn.execute("SELECT objective_id, position FROM key_results"):
            groups[("kr", objective_id)].append(position)
    finally:
        conn.close()
    assert all(sorted(p) == list(range(len(p))) for p in groups.values())


def test_key_results_and_check_ins_are_valid(generated: tuple[Path, dict[str, int]]) -> None:
    path, _ = generated
    with Workspace.open(path) as workspace:
        year = workspace.cycles()[0]
        tree = workspace.cycle_tree(year.id)
        krs = {kr.id: kr for kr in tree.key_results}
        for cycle in workspace.cycles()[1:]:
            krs.update((kr.id, kr) for kr in workspace.cycle_tree(cycle.id).key_results)
        assert len(krs) == 800
        assert {kr.kr_type for kr in krs.values()} == set(KRType)
        for kr in krs.values():
            assert validation.validate_key_result(kr.kr_type, kr.start, kr.target, kr.weight, kr.unit) == []
            assert kr.last_value is not None
            assert validation.validate_check_in_value(kr.last_value, kr.kr_type) == []
        latest = datetime.combine(TODAY, time(9, 0))
        sample = workspace.check_ins(next(iter(krs)))
        assert len(sample) == 10
        assert [c.at for c in sample] == sorted(c.at for c in sample)
        assert len({c.at for c in sample}) == 10
        (last,) = workspace.conn.execute("SELECT MAX(at) FROM check_ins").fetchone()
        assert datetime.fromisoformat(last) <= latest


def test_listing_shows_every_objective_once(generated: tuple[Path, dict[str, int]]) -> None:
    path, _ = generated
    with Workspace.open(path) as workspace:
        document = listing(workspace, today=TODAY)
    refs = []
    pending = [o for cycle in document["cycles"] for o in cycle["objectives"]]
    while pending:
        objective = pending.pop()
        refs.append(objective["ref"])
        pending += objective["children"]
    assert len(refs) == len(set(refs)) == 200
    statuses = {o["status"] for cycle in document["cycles"] for o in cycle["objectives"]}
    assert len(statuses) >= 3


def test_deterministic_by_seed(tmp_path: Path) -> None:
    def titles(path: Path) -> list[tuple[str, ...]]:
        conn = sqlite3.connect(path)
        try:
            return conn.execute("SELECT title, parent_id FROM objectives ORDER BY id").fetchall()
        finally:
            conn.close()

    for name, seed in (("a.okr", 3), ("b.okr", 3), ("c.okr", 4)):
        generate(tmp_path / name, 30, seed=seed, today=TODAY)
    assert titles(tmp_path / "a.okr") == titles(tmp_path / "b.okr")
    assert titles(tmp_path / "a.okr") != titles(tmp_path / "c.okr")


def test_cycles_not_started_yet_get_no_check_ins(tmp_path: Path) -> None:
    counts = generate(tmp_path / "may.okr", 50, today=date(2026, 5, 10))
    with Workspace.open(tmp_path / "may.okr") as workspace:
        states = {c.name: c.state.value for c in workspace.cycles()}
        assert states == {"2026": "active", "2026 Q1": "closed", "2026 Q2": "active", "2026 Q3": "planning",
                          "2026 Q4": "planning"}  # fmt: skip
        for cycle in workspace.cycles():
            own = {o.id for o in workspace.cycle_tree(cycle.id).objectives if o.cycle_id == cycle.id}
            krs = [kr for kr in workspace.cycle_tree(cycle.id).key_results if kr.objective_id in own]
            assert krs
            assert all((kr.last_check_in is None) == (cycle.state == "planning") for kr in krs)
    assert 0 < counts["check_ins"] < 50 * 4 * 10


def test_refusals_leave_things_as_they_were(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="objectives"):
        generate(tmp_path / "x.okr", -1)
    with pytest.raises(WorkspaceError, match="folder"):
        generate(tmp_path, 5)
    with pytest.raises(WorkspaceError, match="does not exist"):
        generate(tmp_path / "missing" / "x.okr", 5)
    assert list(tmp_path.iterdir()) == []


def test_replaces_an_existing_workspace(tmp_path: Path) -> None:
    path = tmp_path / "w.okr"
    Workspace.create(path, sample=True, today=TODAY).close()
    generate(path, 10, today=TODAY)
    with Workspace.open(path) as workspace:
        assert workspace.counts()["objectives"] == 10
        assert not workspace.is_sample
