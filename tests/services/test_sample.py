"""The sample workspace: what a first-time user sees must be complete, consistent and believable."""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime, time
from itertools import pairwise
from pathlib import Path

import pytest

from okrdesk.domain import validation
from okrdesk.domain.cycles import CyclePreset, preset_dates
from okrdesk.domain.model import KRType, OwnerKind
from okrdesk.services.listing import listing
from okrdesk.services.workspace import Workspace

TODAY = date(2026, 11, 21)  # mid-quarter: statuses can differ


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.create(tmp_path / "sample.okr", sample=True, today=TODAY)
    yield workspace
    workspace.close()


def _rows(workspace: Workspace, sql: str) -> list[tuple[object, ...]]:
    return workspace.conn.execute(sql).fetchall()


def _all_objectives(document: dict[str, object]) -> Iterator[dict[str, object]]:
    pending = [o for cycle in document["cycles"] for o in cycle["objectives"]]  # type: ignore[attr-defined]
    while pending:
        objective = pending.pop()
        pending += objective["children"]
        yield objective


def test_org_has_a_company_two_departments_three_teams_and_a_dozen_people(sample: Workspace) -> None:
    teams = {t.id: t for t in sample.teams()}
    company = [t for t in teams.values() if t.parent_id is None]
    assert [t.name for t in company] == ["Northwind Outfitters"]
    departments = [t for t in teams.values() if t.parent_id == company[0].id]
    assert len(departments) == 2
    squads = [t for t in teams.values() if t.parent_id in {d.id for d in departments}]
    assert len(squads) == 3
    people = sample.people()
    assert len(people) == 12
    assert len({p.name for p in people}) == 12
    assert len({p.email for p in people}) == 12
    assert all(p.email.endswith("@northwind.example") and p.email.isascii() for p in people)
    assert all(p.parent_id in teams for p in people), "everyone belongs to a team"


def test_cycles_are_the_year_and_the_current_quarter_both_active(sample: Workspace) -> None:
    cycles = sample.cycles()
    name, start, end = preset_dates(CyclePreset.QUARTER, TODAY)
    assert [(c.name, c.start, c.end, c.state.value) for c in cycles] == [
        ("2026", date(2026, 1, 1), date(2026, 12, 31), "active"),
        (name, start, end, "active"),
    ]
    assert sample.current_cycle(TODAY) == cycles[1]


def test_objectives_cascade_from_annual_company_objectives(sample: Workspace) -> None:
    year, quarter = sample.cycles()
    objectives = {o.id: o for c in (year, quarter) for o in sample.cycle_tree(c.id).objectives}
    annual = [o for o in objectives.values() if o.cycle_id == year.id]
    quarterly = [o for o in objectives.values() if o.cycle_id == quarter.id]
    assert len(annual) == 2
    assert 9 <= len(quarterly) <= 12
    assert any(o.parent_id is None for o in quarterly), "not everything is aligned"
    assert sample.counts()["objectives"] == len(annual) + len(quarterly)

    def depth(objective_id: int) -> int:
        parent = objectives[objective_id].parent_id
        return 1 if parent is None else 1 + depth(parent)

    # company annual <- department quarterly <- team quarterly
    assert max(depth(o.id) for o in quarterly) >= 3
    with_children = {o.parent_id for o in objectives.values() if o.parent_id is not None}
    sources = {objectives[i].progress_source.value for i in with_children}
    assert {"children", "both"} <= sources
    assert any(o.kind.value == "aspirational" for o in objectives.values())
    assert sum(1 for o in objectives.values() if o.description) >= 3
    assert all(o.owner_id is not None for o in objectives.values())


def test_key_results_cover_every_type_and_the_promised_examples(sample: Workspace) -> None:
    year, quarter = sample.cycles()
    trees = [sample.cycle_tree(year.id), sample.cycle_tree(quarter.id)]
    krs = list({kr.id: kr for tree in trees for kr in tree.key_results}.values())
    assert len(krs) == sample.counts()["key_results"]
    assert {kr.kr_type for kr in krs} == set(KRType)
    assert any(kr.owner_id is not None for kr in krs)
    for kr in krs:
        assert validation.validate_key_result(kr.kr_type, kr.start, kr.target, kr.weight, kr.unit) == []
    retention = next(o for o in trees[0].objectives if o.title == "Improve customer retention")
    mine = [kr for kr in krs if kr.objective_id == retention.id]
    churn = next(kr for kr in mine if "churn" in kr.title)
    assert (churn.kr_type, churn.start, churn.target, churn.unit) == (KRType.DECREASE, 8, 5, "%")
    assert any("repeat purchase" in kr.title and kr.kr_type == KRType.INCREASE for kr in mine)
    assert any("referrals" in kr.title and kr.kr_type == KRType.INCREASE for kr in mine)
    titles = {kr.title for kr in krs}
    assert {"Cut staff turnover by 10%", "Raise employee satisfaction by 15%"} <= titles


def test_check_ins_are_weekly_plausible_and_never_after_today(sample: Workspace) -> None:
    year, quarter = sample.cycles()
    latest = datetime.combine(TODAY, time(9, 0))
    rows = _rows(sample, "SELECT key_result_id, at, value, confidence, author_id FROM check_ins")
    people = {p.id for p in sample.people()}
    per_kr: dict[int, list[datetime]] = defaultdict(list)
    for kr_id, at, _value, confidence, author in rows:
        moment = datetime.fromisoformat(str(at))
        assert datetime.combine(year.start, time()) <= moment <= latest
        assert confidence is not None and 0 <= int(str(confidence)) <= 10
        assert author in people
        per_kr[int(str(kr_id))].append(moment)
    krs = {kr.id: kr for c in (year, quarter) for kr in sample.cycle_tree(c.id).key_results}.values()
    without = [kr for kr in krs if kr.id not in per_kr]
    assert 1 <= len(without) <= 2
    for kr in krs:
        if kr.last_value is not None:
            assert validation.validate_check_in_value(kr.last_value, kr.kr_type) == []
    weekly = [sorted(t) for t in per_kr.values() if len(t) >= 3 and min(t).date() >= quarter.start]
    assert len(weekly) >= 10
    assert all(3 <= (b.date() - a.date()).days <= 10 for times in weekly for a, b in pairwise(times))
    assert len({c for *_, c, _ in rows}) >= 4, "confidence varies"
    notes = {n for (n,) in _rows(sample, "SELECT note FROM check_ins")}
    assert len(notes) >= 5


def test_the_tree_shows_every_status_and_an_over_and_an_under_achiever(sample: Workspace) -> None:
    document = listing(sample, today=TODAY)
    statuses = Counter(o["status"] for o in _all_objectives(document))
    assert set(statuses) == {"on_track", "at_risk", "off_track", "no_data"}
    raw = [kr["raw_progress"] for o in _all_objectives(document) for kr in o["key_results"]]  # type: ignore[attr-defined]
    assert any(p > 1 for p in raw), "one key result is overachieved"
    assert any(p < 0 for p in raw), "one key result is below its baseline"


def test_sample_flag_and_positions(sample: Workspace) -> None:
    assert sample.is_sample
    groups: dict[object, list[int]] = defaultdict(list)
    objectives = _rows(sample, "SELECT cycle_id, parent_id, position FROM objectives")
    for cycle_id, parent_id, position in objectives:
        groups[("top", cycle_id) if parent_id is None else parent_id].append(int(str(position)))
    for objective_id, position in _rows(sample, "SELECT objective_id, position FROM key_results"):
        groups[("kr", objective_id)].append(int(str(position)))
    assert all(sorted(p) == list(range(len(p))) for p in groups.values())


def test_the_sample_stays_editable(sample: Workspace) -> None:
    _, quarter = sample.cycles()
    added = sample.add_objective(quarter.id, "Try okrdesk with my team")
    assert added.id == sample.counts()["objectives"]
    person = sample.add_owner(OwnerKind.PERSON, "New Colleague")
    assert person.id == len(sample.owners())


def _dump(path: Path) -> list[list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        tables = ("owners", "cycles", "objectives", "key_results", "check_ins", "settings")
        rows = [conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables]
        rows[-1] = [r for r in rows[-1] if r[0] != "workspace_id"]  # random for every workspace
        return rows
    finally:
        conn.close()


def test_sample_is_deterministic_for_a_given_day(tmp_path: Path) -> None:
    for name in ("a.okr", "b.okr"):
        Workspace.create(tmp_path / name, sample=True, today=TODAY).close()
    Workspace.create(tmp_path / "c.okr", sample=True, today=date(2026, 11, 28)).close()
    assert _dump(tmp_path / "a.okr") == _dump(tmp_path / "b.okr")
    assert _dump(tmp_path / "a.okr") != _dump(tmp_path / "c.okr")


@pytest.mark.parametrize(
    "today", [date(2026, 1, 1), date(2026, 3, 31), date(2026, 4, 2), date(2027, 8, 15), date(2028, 12, 31)]
)
def test_sample_is_valid_on_any_day(tmp_path: Path, today: date) -> None:
    with Workspace.create(tmp_path / "s.okr", sample=True, today=today) as workspace:
        year, quarter = workspace.cycles()
        assert year.encloses(quarter) and quarter.start <= today <= quarter.end
        (last,) = _rows(workspace, "SELECT MAX(at) FROM check_ins")[0]
        assert datetime.fromisoformat(str(last)) <= datetime.combine(today, time(9, 0))
        assert _rows(workspace, "PRAGMA foreign_key_check") == []
        document = listing(workspace, today=today)
        assert sum(1 for _ in _all_objectives(document)) == workspace.counts()["objectives"]
