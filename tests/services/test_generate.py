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
from okrdesk.services.generate import generate, spread
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


def _rows_per(path: Path, sql: str) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        return [count for (count,) in conn.execute(sql)]
    finally:
        conn.close()


def _fingerprint(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return [
            row
            for table in ("owners", "objectives", "key_results", "check_ins")
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY id")
        ]
    finally:
        conn.close()


def test_spread_is_even_and_spread_out() -> None:
    assert spread(10, 4) == [2, 3, 2, 3]
    assert spread(1000, 300).count(4) == 100 and set(spread(1000, 300)) == {3, 4}
    assert spread(3, 6) == [0, 1, 0, 1, 0, 1], "the larger counts are not bunched at the front"
    assert spread(0, 3) == [0, 0, 0] and spread(5, 0) == []
    for total, parts in ((7, 3), (12_000, 1000), (999, 1000), (1, 1)):
        counts = spread(total, parts)
        assert sum(counts) == total and max(counts) - min(counts) <= 1


def test_totals_make_exact_counts_spread_evenly(tmp_path: Path) -> None:
    path = tmp_path / "medium.okr"
    counts = generate(path, 30, total_key_results=100, total_check_ins=1234, seed=5, today=TODAY)
    assert (counts["objectives"], counts["key_results"], counts["check_ins"]) == (30, 100, 1234)
    per_objective = _rows_per(
        path,
        "SELECT COUNT(k.id) FROM objectives o LEFT JOIN key_results k ON k.objective_id = o.id GROUP BY o.id",
    )
    assert sorted(set(per_objective)) == [3, 4]
    per_kr = _rows_per(
        path,
        "SELECT COUNT(c.id) FROM key_results k LEFT JOIN check_ins c ON c.key_result_id = k.id GROUP BY k.id",
    )
    assert sorted(set(per_kr)) == [12, 13]
    generate(tmp_path / "again.okr", 30, total_key_results=100, total_check_ins=1234, seed=5, today=TODAY)
    assert _fingerprint(tmp_path / "again.okr") == _fingerprint(path), "the same seed gives the same data"


def test_total_check_ins_go_to_cycles_that_have_started(tmp_path: Path) -> None:
    path = tmp_path / "may.okr"
    counts = generate(path, 50, total_key_results=130, total_check_ins=700, today=date(2026, 5, 10))
    assert (counts["key_results"], counts["check_ins"]) == (130, 700)
    per_kr = _rows_per(
        path,
        "SELECT COUNT(c.id) FROM key_results k JOIN objectives o ON o.id = k.objective_id "
        "JOIN cycles cy ON cy.id = o.cycle_id LEFT JOIN check_ins c ON c.key_result_id = k.id "
        "WHERE cy.state != 'planning' GROUP BY k.id",
    )
    assert sum(per_kr) == 700 and max(per_kr) - min(per_kr) <= 1


def test_even_totals_give_the_data_of_per_parent_counts(tmp_path: Path) -> None:
    generate(tmp_path / "per.okr", 40, key_results_per_objective=3, check_ins_per_key_result=7, today=TODAY)
    generate(tmp_path / "total.okr", 40, total_key_results=120, total_check_ins=120 * 7, today=TODAY)
    assert _fingerprint(tmp_path / "total.okr") == _fingerprint(tmp_path / "per.okr")


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"key_results_per_objective": 2, "total_key_results": 20}, "total_key_results"),
        ({"check_ins_per_key_result": 2, "total_check_ins": 20}, "total_check_ins"),
        ({"total_key_results": 1001}, "total_key_results"),
        ({"total_key_results": -1}, "total_key_results"),
        ({"total_key_results": 5, "total_check_ins": 5001}, "total_check_ins"),
        ({"check_ins_per_key_result": 1001}, "check_ins_per_key_result"),
    ],
)
def test_refused_totals_create_nothing(tmp_path: Path, options: dict[str, int], field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        generate(tmp_path / "x.okr", 10, today=TODAY, **options)
    assert [e.field for e in refused.value.errors] == [field]
    assert list(tmp_path.iterdir()) == []
