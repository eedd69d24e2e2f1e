"""Deleting people, teams and cycles so that an undo puts back exactly what was there."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from okrdesk.domain.model import CycleState
from okrdesk.services.admin import (
    delete_owner_with_snapshot,
    owner_usage,
    restore_cycle,
    restore_owner,
)
from okrdesk.services.errors import NotFoundError, ValidationError, WorkspaceError
from okrdesk.services.workspace import Workspace
from okrdesk.store.schema import RetroDevelopmentNeedRow, RetrospectiveRow


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create(tmp_path / "w.okr", today=date(2026, 5, 10))
    yield ws
    ws.close()


def _org(ws: Workspace) -> dict[str, int]:
    company = ws.add_owner("team", "Acme")
    sales = ws.add_owner("team", "Sales", parent_id=company.id)
    north = ws.add_owner("team", "Sales North", parent_id=sales.id)
    maria = ws.add_owner("person", "Maria Lopez", parent_id=sales.id, email="maria@example.com")
    other = ws.add_owner("person", "Tom", parent_id=sales.id)
    return {"company": company.id, "sales": sales.id, "north": north.id, "maria": maria.id, "tom": other.id}


def _fill(ws: Workspace, owner: int, other: int) -> dict[str, list[int]]:
    cycle = ws.cycles()[0].id
    o1 = ws.add_objective(cycle, "Grow revenue", owner_id=owner)
    o2 = ws.add_objective(cycle, "Happy customers", owner_id=owner)
    o3 = ws.add_objective(cycle, "Someone else's", owner_id=other)
    k1 = ws.add_key_result(o1.id, "Revenue", start=0, target=100, owner_id=owner)
    k2 = ws.add_key_result(o3.id, "NPS", start=10, target=50, owner_id=owner)
    k3 = ws.add_key_result(o3.id, "Churn", kr_type="decrease", start=10, target=5, owner_id=other)
    c1 = ws.record_check_in(k1.id, 20, author_id=owner, at=datetime(2026, 5, 1, 9))
    c2 = ws.record_check_in(k3.id, 8, author_id=other, at=datetime(2026, 5, 2, 9))
    return {"objectives": [o1.id, o2.id, o3.id], "krs": [k1.id, k2.id, k3.id], "checkins": [c1.id, c2.id]}


def test_owner_usage_counts_what_refers_to_the_owner(workspace: Workspace) -> None:
    org = _org(workspace)
    _fill(workspace, org["maria"], org["tom"])
    assert owner_usage(workspace, org["maria"]) == {
        "objectives": 2,
        "key_results": 2,
        "check_ins": 1,
        "members": 0,
    }
    assert owner_usage(workspace, org["sales"])["members"] == 3
    assert owner_usage(workspace, 9999) == {"objectives": 0, "key_results": 0, "check_ins": 0, "members": 0}


def test_deleting_a_person_unlinks_their_work_and_restore_relinks_it(workspace: Workspace) -> None:
    org = _org(workspace)
    rows = _fill(workspace, org["maria"], org["tom"])
    maria_before = next(o for o in workspace.owners() if o.id == org["maria"])

    snapshot = delete_owner_with_snapshot(workspace, org["maria"])

    assert org["maria"] not in {o.id for o in workspace.owners()}
    assert [workspace.objective(i).owner_id for i in rows["objectives"]] == [None, None, org["tom"]]
    assert [workspace.key_result(i).owner_id for i in rows["krs"]] == [None, None, org["tom"]]
    assert snapshot.objectives == tuple(rows["objectives"][:2])
    assert snapshot.key_results == tuple(rows["krs"][:2])
    assert snapshot.check_ins == (rows["checkins"][0],)
    assert workspace.check_ins(rows["krs"][0])[0].author_id is None

    restored = restore_owner(workspace, snapshot)

    assert restored == maria_before
    assert next(o for o in workspace.owners() if o.id == org["maria"]) == maria_before
    assert [workspace.objective(i).owner_id for i in rows["objectives"]] == [
        org["maria"],
        org["maria"],
        org["tom"],
    ]
    assert [workspace.key_result(i).owner_id for i in rows["krs"]] == [org["maria"], org["maria"], org["tom"]]
    assert workspace.check_ins(rows["krs"][0])[0].author_id == org["maria"]
    assert workspace.check_ins(rows["krs"][2])[0].author_id == org["tom"]


def test_deleting_a_team_moves_members_up_and_restore_moves_them_back(workspace: Workspace) -> None:
    org = _org(workspace)
    before = workspace.owners()

    snapshot = delete_owner_with_snapshot(workspace, org["sales"])

    parents = {o.id: o.parent_id for o in workspace.owners()}
    assert parents[org["maria"]] == org["company"]
    assert parents[org["north"]] == org["company"]
    assert set(snapshot.members) == {org["north"], org["maria"], org["tom"]}

    restore_owner(workspace, snapshot)
    assert workspace.owners() == before


def test_development_needs_come_back_with_the_person(workspace: Workspace) -> None:
    org = _org(workspace)
    cycle = workspace.cycles()[0].id
    with workspace.editor().session() as session:
        retro = RetrospectiveRow(cycle_id=cycle, summary="", started_at=datetime(2026, 6, 30))
        session.add(retro)
        session.flush()
        need = RetroDevelopmentNeedRow(retrospective_id=retro.id, person_id=org["maria"], need="Pitching")
        session.add(need)

    snapshot = delete_owner_with_snapshot(workspace, org["maria"])
    assert [n.need for n in snapshot.development_needs] == ["Pitching"]
    count = "SELECT COUNT(*) FROM retro_development_needs"
    assert workspace.conn.execute(count).fetchone()[0] == 0

    restore_owner(workspace, snapshot)
    rows = workspace.conn.execute("SELECT person_id, need FROM retro_development_needs").fetchall()
    assert rows == [(org["maria"], "Pitching")]


def test_restore_owner_twice_is_refused(workspace: Workspace) -> None:
    org = _org(workspace)
    snapshot = delete_owner_with_snapshot(workspace, org["tom"])
    restore_owner(workspace, snapshot)
    with pytest.raises(WorkspaceError):
        restore_owner(workspace, snapshot)


def test_deleting_a_missing_owner_says_so(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError):
        delete_owner_with_snapshot(workspace, 12345)


def test_restore_cycle_keeps_id_name_dates_and_state(workspace: Workspace) -> None:
    added = workspace.add_cycle("2026 H2", date(2026, 7, 1), date(2026, 12, 31), "active")
    deleted = workspace.delete_cycle(added.id)
    assert added.id not in {c.id for c in workspace.cycles()}

    restore_cycle(workspace, deleted)

    assert workspace.cycle(added.id) == added
    assert workspace.cycle(added.id).state == CycleState.ACTIVE


def test_restore_cycle_refuses_a_name_taken_meanwhile(workspace: Workspace) -> None:
    added = workspace.add_cycle("Sprint", date(2026, 7, 1), date(2026, 7, 14))
    deleted = workspace.delete_cycle(added.id)
    workspace.add_cycle("sprint", date(2026, 8, 1), date(2026, 8, 14))
    with pytest.raises(ValidationError, match="already a cycle"):
        restore_cycle(workspace, deleted)
