"""Finishing a cycle's retrospective: what is stored, what is carried over, what is refused (writing nothing),
the backup made first, and the JSON document read back."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from okrdesk.domain.model import CarryDecision, CycleState, KeyResult
from okrdesk.domain.retro import ScoreEntry
from okrdesk.services.errors import ValidationError
from okrdesk.services.retro import (
    CarryOver,
    DevelopmentNeed,
    Reflection,
    Retrospective,
    finish_retrospective,
    read_retrospective,
    with_new_ids,
)
from okrdesk.services.retro_report import retrospective_document
from okrdesk.services.workspace import Workspace

HOSTILE = "<b>x</b> =1+1 مرحبا 🎉"
TODAY = date(2026, 11, 21)


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = Workspace.create(tmp_path / "s.okr", sample=True, today=TODAY)
    workspace.add_cycle("2026 Dec", date(2026, 12, 1), date(2026, 12, 31))
    yield workspace
    workspace.close()


def q4(ws: Workspace) -> int:
    return ws.cycle_by_name("2026 Q4").id


def q4_krs(ws: Workspace) -> dict[int, KeyResult]:
    tree = ws.cycle_tree(q4(ws))
    mine = {o.id for o in tree.objectives if o.cycle_id == tree.cycle.id}
    return {kr.id: kr for kr in tree.key_results if kr.objective_id in mine}


def an_increase_kr(ws: Workspace, *, with_parent: bool) -> KeyResult:
    """A not-yet-reached increase KR of Q4 whose objective is (or is not) aligned."""
    for kr in q4_krs(ws).values():
        objective = ws.objective(kr.objective_id)
        if (
            kr.kr_type == "increase"
            and kr.current < kr.target
            and (objective.parent_id is not None) == with_parent
        ):
            return kr
    raise AssertionError("the sample has no such key result")


def suggested(kr: KeyResult) -> float:
    from okrdesk.domain.progress import key_result_progress, suggested_score

    return suggested_score(key_result_progress(kr))


def other_score(kr: KeyResult) -> float:
    return 1.0 if suggested(kr) < 0.5 else 0.0


def rows_snapshot(path: Path) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_finish_stores_scores_reflections_needs_and_closes_the_cycle(ws: Workspace, tmp_path: Path) -> None:
    kr = an_increase_kr(ws, with_parent=True)
    person = ws.people()[0]
    draft = Retrospective(
        cycle_id=q4(ws),
        scores=(ScoreEntry(kr.id, suggested(kr), other_score(kr), HOSTILE),),
        reflections=(Reflection(kr.objective_id, HOSTILE, "slow hiring", "start earlier"),),
        needs=(DevelopmentNeed(person.id, HOSTILE),),
        summary=HOSTILE,
    )
    stored = finish_retrospective(ws, draft, backup_dir=tmp_path / "bk")

    assert ws.cycle(q4(ws)).state == CycleState.CLOSED
    assert stored == read_retrospective(ws, q4(ws))
    assert stored.finished_at is not None
    assert stored.summary == HOSTILE
    entry = next(e for e in stored.scores if e.key_result_id == kr.id)
    assert (entry.suggested, entry.score, entry.reason) == (suggested(kr), other_score(kr), HOSTILE)
    # Every KR of the cycle gets a score: the suggested one when the draft gives none.
    others = [e for e in stored.scores if e.key_result_id != kr.id]
    assert {e.key_result_id for e in stored.scores} == set(q4_krs(ws))
    assert all(e.score == e.suggested and e.reason == "" for e in others)
    assert stored.reflections == (Reflection(kr.objective_id, HOSTILE, "slow hiring", "start earlier"),)
    assert stored.needs == (DevelopmentNeed(person.id, HOSTILE),)


def test_carrying_creates_key_results_that_start_where_the_old_ones_stand(ws: Workspace) -> None:
    dec = ws.cycle_by_name("2026 Dec").id
    kr = an_increase_kr(ws, with_parent=True)
    old_objective = ws.objective(kr.objective_id)
    sibling = next(k for k in q4_krs(ws).values() if k.objective_id == kr.objective_id and k.id != kr.id)
    before = ws.counts()
    draft = Retrospective(
        cycle_id=q4(ws),
        carry_overs=(
            CarryOver(kr.id, CarryDecision.CARRY, dec),
            CarryOver(sibling.id, CarryDecision.DROP, dec),
        ),
    )
    stored = finish_retrospective(ws, draft)

    carried = next(c for c in stored.carry_overs if c.key_result_id == kr.id)
    dropped = next(c for c in stored.carry_overs if c.key_result_id == sibling.id)
    assert dropped.new_key_result_id is None and dropped.target_cycle_id is None
    assert carried.new_key_result_id is not None
    new = ws.key_result(carried.new_key_result_id)
    assert (new.start, new.target, new.carried_from_id) == (kr.current, kr.target, kr.id)
    assert (new.title, new.kr_type, new.unit, new.weight, new.owner_id) == (
        kr.title,
        kr.kr_type,
        kr.unit,
        kr.weight,
        kr.owner_id,
    )
    new_objective = ws.objective(new.objective_id)
    assert new_objective.cycle_id == dec
    assert (new_objective.title, new_objective.owner_id, new_objective.kind) == (
        old_objective.title,
        old_objective.owner_id,
        old_objective.kind,
    )
    # The parent (in the year 2026, which encloses December) still exists: the alignment is kept.
    assert new_objective.parent_id == old_objective.parent_id
    after = ws.counts()
    assert after["key_results"] == before["key_results"] + 1
    assert after["objectives"] == before["objectives"] + 1
    # The old KR stays, scored, in its closed cycle.
    assert ws.key_result(kr.id).objective_id == kr.objective_id


def test_a_carried_child_aligns_to_its_carried_parent_and_changes_apply(ws: Workspace) -> None:
    dec = ws.cycle_by_name("2026 Dec").id
    krs = q4_krs(ws)
    objectives = {ws.objective(k.objective_id).id: ws.objective(k.objective_id) for k in krs.values()}
    growing = [k for k in krs.values() if k.kr_type == "increase" and k.current < k.target]
    child = next(
        o
        for o in objectives.values()
        if o.parent_id in objectives
        and any(k.objective_id == o.id for k in growing)
        and any(k.objective_id == o.parent_id for k in growing)
    )
    parent_kr = next(k for k in growing if k.objective_id == child.parent_id)
    child_kr = next(k for k in growing if k.objective_id == child.id)
    draft = Retrospective(
        cycle_id=q4(ws),
        carry_overs=(
            CarryOver(
                child_kr.id, CarryDecision.CARRY_CHANGED, dec, title=HOSTILE, target=child_kr.target + 5
            ),
            CarryOver(parent_kr.id, CarryDecision.CARRY_CHANGED, dec, target=parent_kr.target + 5),
        ),
    )
    stored = finish_retrospective(ws, draft)
    new = {c.key_result_id: ws.key_result(c.new_key_result_id or 0) for c in stored.carry_overs}
    assert new[child_kr.id].title == HOSTILE and new[child_kr.id].target == child_kr.target + 5
    assert new[parent_kr.id].title == parent_kr.title
    new_child = ws.objective(new[child_kr.id].objective_id)
    assert new_child.parent_id == new[parent_kr.id].objective_id
    assert ws.objective(new_child.parent_id).cycle_id == dec


def refused_drafts(ws: Workspace) -> dict[str, tuple[Retrospective, str]]:
    kr = an_increase_kr(ws, with_parent=True)
    empty = ws.add_cycle("Empty", date(2027, 1, 1), date(2027, 3, 31)).id
    return {
        "override without a reason": (
            Retrospective(q4(ws), scores=(ScoreEntry(kr.id, 0.0, other_score(kr), "  "),)),
            f"KR-{kr.id}",
        ),
        "missing cycle": (
            Retrospective(q4(ws), carry_overs=(CarryOver(kr.id, CarryDecision.CARRY, 999),)),
            "no longer exists",
        ),
        "no target cycle": (
            Retrospective(q4(ws), carry_overs=(CarryOver(kr.id, CarryDecision.CARRY),)),
            "choose the cycle",
        ),
        "same cycle": (
            Retrospective(q4(ws), carry_overs=(CarryOver(kr.id, CarryDecision.CARRY, q4(ws)),)),
            "another cycle",
        ),
        "carried twice": (
            Retrospective(
                q4(ws),
                carry_overs=(
                    CarryOver(kr.id, CarryDecision.CARRY, empty),
                    CarryOver(kr.id, CarryDecision.DROP),
                ),
            ),
            "more than one carry-over",
        ),
        "no objectives": (Retrospective(empty), "has no objectives"),
        "too long": (Retrospective(q4(ws), summary="x" * 100_001), "the limit is"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "override without a reason",
        "missing cycle",
        "no target cycle",
        "same cycle",
        "carried twice",
        "no objectives",
        "too long",
    ],
)
def test_refused_drafts_write_nothing(ws: Workspace, tmp_path: Path, case: str) -> None:
    draft, words = refused_drafts(ws)[case]
    path = ws.path
    ws.close()
    before = path.read_bytes()
    workspace = Workspace.open(path)
    try:
        with pytest.raises(ValidationError, match=re.escape(words)):
            finish_retrospective(workspace, draft, backup_dir=tmp_path / "bk")
    finally:
        workspace.close()
    assert path.read_bytes() == before
    assert not (tmp_path / "bk").exists()


def test_every_problem_is_reported_at_once(ws: Workspace) -> None:
    kr = an_increase_kr(ws, with_parent=True)
    draft = Retrospective(
        q4(ws),
        scores=(ScoreEntry(kr.id, 0.0, other_score(kr), ""),),
        carry_overs=(CarryOver(kr.id, CarryDecision.CARRY, 999),),
        summary="x" * 100_001,
    )
    with pytest.raises(ValidationError) as caught:
        finish_retrospective(ws, draft)
    assert {e.field for e in caught.value.errors} >= {"reason", "target_cycle", "summary"}
    assert read_retrospective(ws, q4(ws)) is None
    assert ws.cycle(q4(ws)).state == CycleState.ACTIVE


def test_a_failure_in_the_transaction_rolls_everything_back(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from okrdesk.services import retro as service

    dec = ws.cycle_by_name("2026 Dec").id
    kr = an_increase_kr(ws, with_parent=True)
    before = rows_snapshot(ws.path)

    def broken(self: object, carry: CarryOver) -> int:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(service._Carrier, "carry", broken)
    with pytest.raises(RuntimeError):
        finish_retrospective(
            ws, Retrospective(q4(ws), carry_overs=(CarryOver(kr.id, CarryDecision.CARRY, dec),))
        )
    assert rows_snapshot(ws.path) == before
    assert ws.cycle(q4(ws)).state == CycleState.ACTIVE


def test_a_backup_with_the_content_before_finishing_is_made_first(ws: Workspace) -> None:
    before = ws.counts()
    finish_retrospective(ws, Retrospective(q4(ws), summary="done"))
    backups = list((ws.path.parent / "backups").iterdir())
    assert len(backups) == 1
    assert re.fullmatch(r"s-before-retro-2026-q4-\d{8}-\d{6}\.okr", backups[0].name)
    with Workspace.open(backups[0]) as copy:
        assert copy.counts() == before
        assert copy.cycle_by_name("2026 Q4").state == CycleState.ACTIVE
        assert read_retrospective(copy, copy.cycle_by_name("2026 Q4").id) is None


def test_a_backup_in_the_same_second_gets_its_own_name(ws: Workspace, tmp_path: Path) -> None:
    from datetime import datetime

    from okrdesk.services.retro import backup_path

    cycle = ws.cycle(q4(ws))
    now = datetime(2026, 11, 21, 16, 0, 5)
    first = backup_path(ws, cycle, now, tmp_path)
    assert first.name == "s-before-retro-2026-q4-20261121-160005.okr"
    first.write_bytes(b"the first backup")
    second = backup_path(ws, cycle, now, tmp_path)
    assert second.name == "s-before-retro-2026-q4-20261121-160005-2.okr", "never the first one's name"
    second.write_bytes(b"the second backup")
    assert backup_path(ws, cycle, now, tmp_path).name.endswith("-160005-3.okr")


def test_finishing_again_replaces_and_never_carries_twice(ws: Workspace, tmp_path: Path) -> None:
    dec = ws.cycle_by_name("2026 Dec").id
    kr = an_increase_kr(ws, with_parent=True)
    draft = Retrospective(q4(ws), carry_overs=(CarryOver(kr.id, CarryDecision.CARRY, dec),), summary="one")
    first = finish_retrospective(ws, draft, backup_dir=tmp_path)
    count = ws.counts()["key_results"]
    with pytest.raises(ValidationError, match="carried over already"):
        finish_retrospective(ws, draft, backup_dir=tmp_path)
    second = finish_retrospective(ws, replace_summary(with_new_ids(draft, first), "two"), backup_dir=tmp_path)
    assert ws.counts()["key_results"] == count
    assert second.summary == "two"
    assert second.carry_overs == first.carry_overs


def replace_summary(draft: Retrospective, summary: str) -> Retrospective:
    from dataclasses import replace

    return replace(draft, summary=summary)


def test_the_json_document_round_trips_the_stored_values(ws: Workspace) -> None:
    dec = ws.cycle_by_name("2026 Dec").id
    kr = an_increase_kr(ws, with_parent=True)
    person = ws.people()[0]
    draft = Retrospective(
        cycle_id=q4(ws),
        scores=(ScoreEntry(kr.id, 0.0, other_score(kr), HOSTILE),),
        reflections=(Reflection(kr.objective_id, HOSTILE, "", "lessons"),),
        needs=(DevelopmentNeed(person.id, HOSTILE),),
        carry_overs=(CarryOver(kr.id, CarryDecision.CARRY, dec),),
        summary=HOSTILE,
    )
    stored = finish_retrospective(ws, draft)
    document = json.loads(json.dumps(retrospective_document(ws, "2026 q4"), ensure_ascii=False))

    assert document["cycle"] == {
        "name": "2026 Q4",
        "start": "2026-10-01",
        "end": "2026-12-31",
        "state": "closed",
    }
    assert stored.finished_at is not None and document["finished_at"] == stored.finished_at.isoformat()
    score = next(s for s in document["scores"] if s["ref"] == f"KR-{kr.id}")
    assert score == {
        "ref": f"KR-{kr.id}",
        "title": kr.title,
        "owner": next(o.name for o in ws.owners() if o.id == kr.owner_id) if kr.owner_id else "",
        "suggested": suggested(kr),
        "score": other_score(kr),
        "override_reason": HOSTILE,
        "objective_ref": f"O-{kr.objective_id}",
    }
    assert len(document["scores"]) == len(stored.scores)
    objective = next(o for o in document["objectives"] if o["ref"] == f"O-{kr.objective_id}")
    assert (objective["went_well"], objective["challenges"], objective["lessons"]) == (HOSTILE, "", "lessons")
    assert 0.0 <= objective["score"] <= 1.0
    assert document["development_needs"] == [{"person": person.name, "need": HOSTILE}]
    new_id = stored.carry_overs[0].new_key_result_id
    assert document["carry_over"] == [
        {
            "ref": f"KR-{kr.id}",
            "title": kr.title,
            "decision": "carry",
            "target_cycle": "2026 Dec",
            "new_ref": f"KR-{new_id}",
            "new_title": kr.title,
            "new_start": kr.current,
            "new_target": kr.target,
        }
    ]
    assert [c["owner"] for c in document["calibration"]] == sorted(
        (c["owner"] for c in document["calibration"]), key=str.casefold
    )
    for row in document["calibration"]:
        assert row["sentence"].startswith(row["owner"] + " was ")
    assert {t["team"] for t in document["summary"]["mean_score_by_team"]} <= {
        o.name for o in ws.owners() if o.kind == "team"
    } | {"No team"}
    summary = document["summary"]
    assert summary["text"] == HOSTILE
    scores = [e.score for e in stored.scores]
    assert summary["mean_score"] == pytest.approx(sum(scores) / len(scores), abs=0.005)
    assert summary["share_at_least_0_7"] == pytest.approx(
        sum(1 for s in scores if s >= 0.7) / len(scores), abs=0.005
    )
    assert 0.0 <= summary["check_in_discipline"] <= 1.0


def test_a_cycle_without_a_retrospective_reads_as_none(ws: Workspace) -> None:
    assert read_retrospective(ws, q4(ws)) is None


# ---- scopes and a new cycle ---------------------------------------------------------------------------


def test_a_new_cycle_is_created_in_the_finish_and_receives_the_carried_key_result(
    ws: Workspace, tmp_path: Path
) -> None:
    from okrdesk.services.retro import NEW_CYCLE, NewCycle

    kr = an_increase_kr(ws, with_parent=True)
    draft = Retrospective(
        cycle_id=q4(ws),
        new_cycle=NewCycle("2027 Q1", date(2027, 1, 1), date(2027, 3, 31)),
        carry_overs=(CarryOver(kr.id, CarryDecision.CARRY, NEW_CYCLE),),
    )
    stored = finish_retrospective(ws, draft, backup_dir=tmp_path)
    new_cycle = ws.cycle_by_name("2027 Q1")
    assert (new_cycle.start, new_cycle.end, new_cycle.state) == (
        date(2027, 1, 1),
        date(2027, 3, 31),
        CycleState.PLANNING,
    )
    assert stored.carry_overs[0].target_cycle_id == new_cycle.id
    new = ws.key_result(stored.carry_overs[0].new_key_result_id)
    assert (new.start, new.target, new.carried_from_id) == (kr.current, kr.target, kr.id)
    assert ws.objective(new.objective_id).cycle_id == new_cycle.id


@pytest.mark.parametrize(
    ("start", "end", "name", "words"),
    [
        (date(2027, 3, 31), date(2027, 1, 1), "2027 Q1", "ends before it starts"),
        (date(2027, 1, 1), date(2027, 3, 31), "2026 dec", "There is already a cycle named '2026 Dec'"),
        (date(2027, 1, 1), date(2027, 3, 31), "  ", "cannot be empty"),
    ],
)
def test_a_bad_new_cycle_is_refused_and_nothing_is_written(
    ws: Workspace, tmp_path: Path, start: date, end: date, name: str, words: str
) -> None:
    from okrdesk.services.retro import NEW_CYCLE, NewCycle

    kr = an_increase_kr(ws, with_parent=True)
    before = rows_snapshot(ws.path)
    draft = Retrospective(
        cycle_id=q4(ws),
        new_cycle=NewCycle(name, start, end),
        carry_overs=(CarryOver(kr.id, CarryDecision.CARRY, NEW_CYCLE),),
    )
    with pytest.raises(ValidationError) as caught:
        finish_retrospective(ws, draft, backup_dir=tmp_path / "b")
    assert words in str(caught.value)
    assert str(caught.value).count("The new cycle:") >= 1
    assert rows_snapshot(ws.path) == before
    assert not (tmp_path / "b").exists()


def test_carrying_into_the_new_cycle_without_one_is_refused(ws: Workspace, tmp_path: Path) -> None:
    from okrdesk.services.retro import NEW_CYCLE

    kr = an_increase_kr(ws, with_parent=True)
    draft = Retrospective(cycle_id=q4(ws), carry_overs=(CarryOver(kr.id, CarryDecision.CARRY, NEW_CYCLE),))
    with pytest.raises(ValidationError, match="the new cycle to carry it into is not set"):
        finish_retrospective(ws, draft, backup_dir=tmp_path)


def team_id(ws: Workspace, name: str) -> int:
    return next(o.id for o in ws.owners() if o.name == name)


def test_a_team_scope_scores_its_key_results_only_and_the_cycle_closes_when_all_are_scored(
    ws: Workspace, tmp_path: Path
) -> None:
    people_ops = team_id(ws, "People & Operations")
    sales = team_id(ws, "Sales & Customer")
    priya = team_id(ws, "Priya Raman")
    staff = next(kr for kr in q4_krs(ws).values() if kr.title == "Cut staff turnover by 10%")
    first = finish_retrospective(
        ws,
        Retrospective(
            cycle_id=q4(ws),
            scope_owner_id=people_ops,
            scores=(ScoreEntry(staff.id, suggested(staff), 1.0, "turnover fell after the survey"),),
            reflections=(Reflection(staff.objective_id, went_well="one-to-ones"),),
            needs=(DevelopmentNeed(priya, "delegation"),),
        ),
        backup_dir=tmp_path,
    )
    # People & Operations holds its sub-team People & Culture and their people: 9 key results in the sample.
    scored = {e.key_result_id for e in first.scores}
    assert staff.id in scored and len(scored) == 9
    assert all(ws.key_result(k).title != "Reduce monthly customer churn from 8% to 5%" for k in scored)
    assert ws.cycle(q4(ws)).state == CycleState.ACTIVE  # Sales has not looked back yet

    finish_retrospective(ws, Retrospective(cycle_id=q4(ws), scope_owner_id=sales), backup_dir=tmp_path)
    after = read_retrospective(ws, q4(ws))
    assert after is not None
    # the first scope's work survives the second scope's finish
    assert (
        next(e for e in after.scores if e.key_result_id == staff.id).reason
        == "turnover fell after the survey"
    )
    assert [n.need for n in after.needs] == ["delegation"]
    assert [r.went_well for r in after.reflections] == ["one-to-ones"]
    northwind = team_id(ws, "Northwind Outfitters")
    krs_left = set(q4_krs(ws)) - {e.key_result_id for e in after.scores}
    if krs_left:  # key results of people above both teams (the company's own) close the cycle last
        assert ws.cycle(q4(ws)).state == CycleState.ACTIVE
        finish_retrospective(
            ws, Retrospective(cycle_id=q4(ws), scope_owner_id=northwind), backup_dir=tmp_path
        )
    assert ws.cycle(q4(ws)).state == CycleState.CLOSED


def test_a_scope_refuses_what_lies_outside_it(ws: Workspace, tmp_path: Path) -> None:
    people_ops = team_id(ws, "People & Operations")
    churn = next(kr for kr in q4_krs(ws).values() if kr.title.startswith("Reduce monthly customer churn"))
    sofia = team_id(ws, "Sofía Martínez")
    draft = Retrospective(
        cycle_id=q4(ws),
        scope_owner_id=people_ops,
        scores=(ScoreEntry(churn.id, suggested(churn), suggested(churn)),),
        needs=(DevelopmentNeed(sofia, "x"),),
    )
    with pytest.raises(ValidationError) as caught:
        finish_retrospective(ws, draft, backup_dir=tmp_path)
    message = str(caught.value)
    assert f"KR-{churn.id} is not a key result of People & Operations in 2026 Q4" in message
    assert "Sofía Martínez is not part of People & Operations" in message


def test_a_scope_without_objectives_in_the_cycle_is_refused(ws: Workspace, tmp_path: Path) -> None:
    newcomer = ws.add_owner("person", "Robin New")
    before = rows_snapshot(ws.path)
    with pytest.raises(ValidationError, match="Robin New has no objectives or key results in 2026 Q4"):
        finish_retrospective(
            ws, Retrospective(cycle_id=q4(ws), scope_owner_id=newcomer.id), backup_dir=tmp_path
        )
    assert rows_snapshot(ws.path) == before


def test_a_scoped_finish_leaves_the_cycles_summary_alone(ws: Workspace, tmp_path: Path) -> None:
    finish_retrospective(ws, Retrospective(cycle_id=q4(ws), summary="everyone's words"), backup_dir=tmp_path)
    sales = team_id(ws, "Sales & Customer")
    finish_retrospective(
        ws, Retrospective(cycle_id=q4(ws), scope_owner_id=sales, summary="sales' words"), backup_dir=tmp_path
    )
    stored = read_retrospective(ws, q4(ws))
    assert stored is not None and stored.summary == "everyone's words"


def test_a_reason_beside_an_unchanged_score_is_not_stored(ws: Workspace, tmp_path: Path) -> None:
    kr = an_increase_kr(ws, with_parent=True)
    draft = Retrospective(
        cycle_id=q4(ws), scores=(ScoreEntry(kr.id, suggested(kr), suggested(kr), "no change"),)
    )
    stored = finish_retrospective(ws, draft, backup_dir=tmp_path)
    assert next(e for e in stored.scores if e.key_result_id == kr.id).reason == ""


def test_a_new_cycle_must_start_after_the_cycle_looked_back_on(ws: Workspace, tmp_path: Path) -> None:
    from okrdesk.services.retro import NEW_CYCLE, NewCycle

    kr = an_increase_kr(ws, with_parent=True)
    draft = Retrospective(
        cycle_id=q4(ws),
        new_cycle=NewCycle("Overlap", date(2026, 12, 1), date(2027, 2, 28)),
        carry_overs=(CarryOver(kr.id, CarryDecision.CARRY, NEW_CYCLE),),
    )
    with pytest.raises(ValidationError, match="should start after 2026 Q4 ends"):
        finish_retrospective(ws, draft, backup_dir=tmp_path)
