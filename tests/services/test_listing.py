"""The machine-readable listing (shared OKR_RULES.md) and its text outline, on real workspace files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from okrdesk.domain.model import OwnerKind
from okrdesk.services.errors import NotFoundError
from okrdesk.services.listing import expected_for, listing, outline
from okrdesk.services.workspace import Workspace

TODAY = date(2026, 5, 16)  # Q2 2026 is half over (expected 50% on May 16)
CYCLE_KEYS = {"name", "start", "end", "state", "objectives"}
OBJECTIVE_KEYS = {"ref", "title", "owner", "progress", "status", "key_results", "children"}
KR_KEYS = {"ref", "title", "type", "start", "target", "current", "unit", "weight", "progress", "confidence"}


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A year with one company objective; Q2 (active) holds a cascade aligned to it."""
    ws = Workspace.create(tmp_path / "w.okr", today=TODAY)  # holds "2026 Q2", active
    year = ws.add_cycle("2026", date(2026, 1, 1), date(2026, 12, 31), "active")
    q2 = ws.cycle_by_name("2026 Q2")
    ana = ws.add_owner(OwnerKind.PERSON, "Ana Lima")
    company = ws.add_objective(year.id, "Win the market", owner_id=ana.id, progress_source="children")
    team = ws.add_objective(q2.id, "Launch the app", parent_id=company.id, progress_source="both")
    sub = ws.add_objective(q2.id, "Polish onboarding", parent_id=team.id)
    ws.add_objective(q2.id, "Someday maybe")  # no key results: no data
    users = ws.add_key_result(team.id, "Grow users", kr_type="increase", start=0, target=100, unit="users")
    ws.record_check_in(users.id, 50, confidence=8, at=datetime(2026, 5, 1, 9))
    ws.record_check_in(users.id, 40, confidence=3, at=datetime(2026, 4, 20, 9))  # older, recorded later
    ws.add_key_result(team.id, "Ship to the store", kr_type="milestone", start=0, target=1, owner_id=ana.id)
    over = ws.add_key_result(sub.id, "Cut steps", kr_type="decrease", start=10, target=6, unit="steps")
    ws.record_check_in(over.id, 5, at=datetime(2026, 5, 10, 12))  # raw 1.25
    yield ws
    ws.close()


def _by_title(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {item["title"]: item for item in items}


def test_document_has_the_documented_keys_and_types(workspace: Workspace) -> None:
    document = listing(workspace, today=TODAY)
    assert set(document) == {"cycles"}
    json.dumps(document)  # plain JSON types only
    for cycle in document["cycles"]:
        assert set(cycle) >= CYCLE_KEYS
        assert date.fromisoformat(cycle["start"]) <= date.fromisoformat(cycle["end"])
        pending = list(cycle["objectives"])
        while pending:
            objective = pending.pop()
            assert set(objective) >= OBJECTIVE_KEYS
            assert objective["status"] in {"on_track", "at_risk", "off_track", "no_data"}
            assert objective["progress"] is None or 0 <= objective["progress"] <= 1
            for kr in objective["key_results"]:
                assert set(kr) >= KR_KEYS
                assert 0 <= kr["progress"] <= 1
            pending += objective["children"]


def test_objectives_nest_within_a_cycle_and_point_to_parents_in_other_cycles(workspace: Workspace) -> None:
    document = listing(workspace, today=TODAY)
    year, quarter = document["cycles"]  # the year first: it starts earlier
    assert (year["name"], quarter["name"]) == ("2026", "2026 Q2")
    company = year["objectives"][0]
    assert company["children"] == [], "children in another cycle are listed under their own cycle"
    top = _by_title(quarter["objectives"])
    assert set(top) == {"Launch the app", "Someday maybe"}
    launch = top["Launch the app"]
    assert launch["parent_ref"] == company["ref"]
    assert [c["title"] for c in launch["children"]] == ["Polish onboarding"]
    assert top["Someday maybe"]["parent_ref"] is None
    # The company objective's progress counts its children from the quarter.
    assert company["progress"] == pytest.approx(launch["progress"])
    assert company["owner"] == "Ana Lima" and launch["owner"] is None


def test_progress_status_and_key_result_values(workspace: Workspace) -> None:
    quarter = listing(workspace, "2026 q2", today=TODAY)["cycles"]
    assert [c["name"] for c in quarter] == ["2026 Q2"]
    launch = _by_title(quarter[0]["objectives"])["Launch the app"]
    assert launch["parent_ref"] is not None, "the parent's cycle is not listed, the reference stays"
    users, store = launch["key_results"]
    # The latest check-in by time counts, not the last one recorded.
    assert (users["current"], users["progress"], users["confidence"]) == (50, 0.5, 8)
    assert (store["type"], store["current"], store["progress"], store["confidence"]) == (
        "milestone",
        0,
        0,
        None,
    )
    assert store["ref"].startswith("KR-")
    polish = launch["children"][0]
    cut = polish["key_results"][0]
    assert cut["progress"] == 1.0 and cut["raw_progress"] == pytest.approx(1.25)
    assert polish["progress"] == 1.0 and polish["status"] == "on_track"
    # both: (users 0.5 + store 0 + child 1.0) / 3 = 0.5 against an expected 0.5
    assert launch["progress"] == pytest.approx(0.5)
    assert launch["status"] == "on_track"
    assert _by_title(quarter[0]["objectives"])["Someday maybe"]["status"] == "no_data"
    assert _by_title(quarter[0]["objectives"])["Someday maybe"]["progress"] is None


def test_status_of_planning_and_closed_cycles(workspace: Workspace) -> None:
    q2 = workspace.cycle_by_name("2026 Q2")
    workspace.update_cycle(q2.id, state="planning")
    launch = _by_title(listing(workspace, "2026 Q2", today=TODAY)["cycles"][0]["objectives"])[
        "Launch the app"
    ]
    assert launch["status"] == "on_track", "nothing is due yet in planning"
    workspace.update_cycle(q2.id, state="closed")
    launch = _by_title(listing(workspace, "2026 Q2", today=TODAY)["cycles"][0]["objectives"])[
        "Launch the app"
    ]
    assert launch["status"] == "off_track", "a closed cycle is judged as finished: 50% of 100%"
    assert expected_for(workspace.cycle(q2.id), TODAY) == 1.0


def test_unknown_cycle_names_the_cycles_there_are(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError, match="2026 Q2"):
        listing(workspace, "2031 Q1", today=TODAY)


def test_outline_reads_like_the_tree(workspace: Workspace) -> None:
    text = outline(listing(workspace, today=TODAY))
    lines = text.splitlines()
    assert lines[0].startswith("2026  (Jan 1 – Dec 31, 2026, active")
    launch = next(line for line in lines if "Launch the app" in line)
    polish = next(line for line in lines if "Polish onboarding" in line)
    assert "50%, on track" in launch and "[aligns to O-" in launch
    assert len(polish) - len(polish.lstrip()) > len(launch) - len(launch.lstrip()), "children are indented"
    assert "125% overachieved" in text
    assert "Someday maybe: –, no data" in text
    assert "no check-ins yet" in text


def test_deep_alignment_chain_is_listed_without_recursion(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "deep.okr", today=TODAY) as ws:
        cycle = ws.cycles()[0]
        from sqlalchemy import insert

        from okrdesk.store.schema import ObjectiveRow

        now = datetime(2026, 4, 1)
        rows = [
            dict(id=i, cycle_id=cycle.id, parent_id=i - 1 if i > 1 else None, title=f"Step {i}", position=0,
                 created_at=now, updated_at=now)
            for i in range(1, 3001)
        ]  # fmt: skip
        with ws.editor().session() as session:
            session.execute(insert(ObjectiveRow), rows)
        document = listing(ws, today=TODAY)
        depth, node = 0, document["cycles"][0]["objectives"][0]
        while node["children"]:
            depth, node = depth + 1, node["children"][0]
        assert depth == 2999
        assert outline(document).count("Step ") == 3000
