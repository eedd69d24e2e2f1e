"""`okrdesk retro` as a user meets it: the stored retrospective as JSON and as a report, refusals, exit codes,
and the workspace left untouched."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from okrdesk.cli import main
from okrdesk.domain.model import CarryDecision, key_result_ref
from okrdesk.domain.progress import key_result_progress, suggested_score
from okrdesk.domain.retro import ScoreEntry
from okrdesk.services.retro import (
    CarryOver,
    DevelopmentNeed,
    Reflection,
    Retrospective,
    finish_retrospective,
    read_retrospective,
)
from okrdesk.services.retro_report import retrospective_document
from okrdesk.services.workspace import Workspace
from tests.cli.helpers import assert_one_line_error, run

HOSTILE = "<b>x</b> =1+1 مرحبا 🎉"
TODAY = date(2026, 11, 21)


class Finished(NamedTuple):
    """The sample workspace with the retrospective of 2026 Q4 finished (and closed again)."""

    path: Path
    overridden: str  # ref of the key result whose score was overridden with the HOSTILE reason
    overridden_title: str
    suggested: float
    score: float
    objective: str  # ref of the objective with the reflection
    person: str  # the person with the development need
    carried: str  # carried as is into 2027 Q1
    carried_title: str
    new_ref: str  # what read_retrospective says the carried key result became
    start: float  # the carried key result's current value at the finish
    target: float
    changed: str  # carried with a new title (HOSTILE) and target
    changed_new_ref: str
    dropped: str


@pytest.fixture(scope="module")
def finished(tmp_path_factory: pytest.TempPathFactory) -> Finished:
    folder = tmp_path_factory.mktemp("retro")
    path = folder / "sample.okr"
    with Workspace.create(path, sample=True, today=TODAY) as ws:
        q4 = ws.cycle_by_name("2026 Q4")
        q1 = ws.add_cycle("2027 Q1", date(2027, 1, 1), date(2027, 3, 31))
        tree = ws.cycle_tree(q4.id)
        mine = {o.id for o in tree.objectives if o.cycle_id == q4.id}
        growing = [
            kr
            for kr in tree.key_results
            if kr.objective_id in mine and kr.kr_type == "increase" and kr.current < kr.target
        ]
        carried, changed, overridden, dropped = growing[:4]
        suggested = suggested_score(key_result_progress(overridden))
        score = 1.0 if suggested < 0.5 else 0.0
        person = ws.people()[0]
        draft = Retrospective(
            cycle_id=q4.id,
            scores=(ScoreEntry(overridden.id, suggested, score, HOSTILE),),
            reflections=(
                Reflection(overridden.objective_id, HOSTILE, "slow\nhiring\x1b[2J", "start earlier"),
            ),
            needs=(DevelopmentNeed(person.id, HOSTILE),),
            carry_overs=(
                CarryOver(carried.id, CarryDecision.CARRY, q1.id),
                CarryOver(
                    changed.id, CarryDecision.CARRY_CHANGED, q1.id, title=HOSTILE, target=changed.target + 5
                ),
                CarryOver(dropped.id, CarryDecision.DROP),
            ),
            summary="A mixed quarter.\nWe learned a lot.",
        )
        finish_retrospective(ws, draft, backup_dir=folder / "backups")
        stored = read_retrospective(ws, q4.id)
        assert stored is not None
        new_ids = {c.key_result_id: c.new_key_result_id for c in stored.carry_overs}
        objective = ws.objective(overridden.objective_id).ref
    return Finished(
        path=path,
        overridden=overridden.ref,
        overridden_title=overridden.title,
        suggested=suggested,
        score=score,
        objective=objective,
        person=person.name,
        carried=carried.ref,
        carried_title=carried.title,
        new_ref=key_result_ref(new_ids[carried.id] or 0),
        start=carried.current,
        target=carried.target,
        changed=changed.ref,
        changed_new_ref=key_result_ref(new_ids[changed.id] or 0),
        dropped=dropped.ref,
    )


def retro(finished: Finished, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(["retro", str(finished.path), *args]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out


def by_ref(items: list[dict[str, Any]], ref: str) -> dict[str, Any]:
    return next(item for item in items if item["ref"] == ref)


def test_json_is_the_stored_retrospective(finished: Finished, capsys: pytest.CaptureFixture[str]) -> None:
    out = retro(finished, capsys, "--cycle", "2026 q4", "--json")  # any case
    document = json.loads(out)
    with Workspace.open(finished.path) as ws:
        assert document == retrospective_document(ws, "2026 Q4")
    assert HOSTILE in out, "UTF-8 as written, not \\u escapes"
    assert document["cycle"]["name"] == "2026 Q4" and document["cycle"]["state"] == "closed"
    score = by_ref(document["scores"], finished.overridden)
    assert (score["suggested"], score["score"], score["override_reason"]) == (
        finished.suggested,
        finished.score,
        HOSTILE,
    )
    objective = by_ref(document["objectives"], finished.objective)
    assert (objective["went_well"], objective["challenges"]) == (HOSTILE, "slow\nhiring\x1b[2J")
    assert {"person": finished.person, "need": HOSTILE} in document["development_needs"]
    carried = by_ref(document["carry_over"], finished.carried)
    assert carried == {
        "ref": finished.carried,
        "title": finished.carried_title,
        "decision": "carry",
        "target_cycle": "2027 Q1",
        "new_ref": finished.new_ref,
        "new_title": finished.carried_title,
        "new_start": finished.start,
        "new_target": finished.target,
    }
    changed = by_ref(document["carry_over"], finished.changed)
    assert (changed["decision"], changed["new_ref"], changed["new_title"]) == (
        "carry_changed",
        finished.changed_new_ref,
        HOSTILE,
    )
    dropped = by_ref(document["carry_over"], finished.dropped)
    assert (dropped["decision"], dropped["target_cycle"], dropped["new_ref"]) == ("drop", None, None)
    assert document["summary"]["text"] == "A mixed quarter.\nWe learned a lot."


def test_text_report(finished: Finished, capsys: pytest.CaptureFixture[str]) -> None:
    out = retro(finished, capsys, "--cycle", "2026 Q4")
    document = json.loads(retro(finished, capsys, "--cycle", "2026 Q4", "--json"))
    lines = out.splitlines()
    assert re.fullmatch(
        r"Retrospective of 2026 Q4: 2026-10-01 to 2026-12-31, closed; finished \d{4}-\d\d-\d\d \d\d:\d\d",
        lines[0],
    )
    summary = document["summary"]
    assert "  A mixed quarter." in lines and "  We learned a lot." in lines
    assert re.search(rf"^  Mean score +{summary['mean_score']:.2f} over \d+ key results$", out, re.M)
    share = round(summary["share_at_least_0_7"] * 100)
    assert re.search(rf"^  Scored ≥ 0\.7 +{share}% of the key results$", out, re.M)
    discipline = round(summary["check_in_discipline"] * 100)
    assert re.search(rf"^  Check-in discipline +{discipline}% of the weeks had a check-in", out, re.M)
    for team in summary["mean_score_by_team"]:
        assert re.search(rf"^    {re.escape(team['team'])} +{team['mean_score']:.2f}$", out, re.M)

    # The override: suggested → final, then the reason exactly as written.
    row = next(i for i, line in enumerate(lines) if line.startswith(f"    {finished.overridden} "))
    shown = f"{finished.suggested:.1f} → {finished.score:.1f}"
    assert re.fullmatch(
        rf"    {finished.overridden} +{shown}  {re.escape(finished.overridden_title)}", lines[row]
    )
    assert lines[row + 1].strip() == f"overridden: {HOSTILE}"
    assert lines[row + 1].index("overridden") == lines[row].index(finished.overridden_title)
    # Every key result's title starts in the same column.
    titles = {
        by_ref(document["scores"], line.split()[0])["title"]: line
        for line in lines
        if line.startswith("    KR-")
    }
    assert len(titles) == len(document["scores"])
    assert len({line.index(title) for title, line in titles.items()}) == 1

    objective = next(line for line in lines if line.startswith(f"  {finished.objective}  "))
    kind_line = lines[lines.index(objective) + 1]
    assert re.fullmatch(
        r"    committed, score \d\.\d\d, expected 1\.0: (commitment met|missed a commitment)", kind_line
    )
    went_well = lines.index(f"    Went well   {HOSTILE}")
    assert lines[went_well + 1 : went_well + 4] == [
        "    Challenges  slow",
        "                hiring\\x1b[2J",  # a control character shown, not obeyed by the terminal
        "    Lessons     start earlier",
    ]
    assert "\x1b" not in out
    assert f"  {finished.person}  {HOSTILE}" in lines
    assert any(line.startswith("  ") and "on average across" in line for line in lines)

    assert re.search(
        rf"^  {finished.carried} +→ {finished.new_ref} in 2027 Q1 \(carried as is\): ", out, re.M
    ), out
    assert re.search(
        rf"^  {finished.changed} +→ {finished.changed_new_ref} in 2027 Q1 "
        r"\(with changes: new title and new target\): ",
        out,
        re.M,
    )
    assert re.search(rf"^ +now: {re.escape(HOSTILE)}$", out, re.M)
    assert re.search(rf"^  {finished.dropped} +dropped$", out, re.M)


def test_unknown_cycle_or_no_retrospective_yet(
    finished: Finished, capsys: pytest.CaptureFixture[str]
) -> None:
    for cycle, message in (
        ("Nope", "There is no cycle named 'Nope' (cycles: 2026, 2026 Q4, 2027 Q1)."),
        ("2026", "2026 has no retrospective yet."),
        ("2027 q1", "2027 Q1 has no retrospective yet."),
        ("a\nb", "There is no cycle named 'a\\nb'"),
    ):
        for extra in ([], ["--json"]):
            capsys.readouterr()
            assert main(["retro", str(finished.path), "--cycle", cycle, *extra]) == 1
            out, err = capsys.readouterr()
            assert out == ""
            assert_one_line_error(err, message)


def test_missing_or_unusable_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["retro", str(tmp_path / "none.okr"), "--cycle", "2026 Q4"]) == 1
    assert_one_line_error(capsys.readouterr().err, "There is no file at")
    notes = tmp_path / "notes.okr"
    notes.write_text("not a workspace")
    assert main(["retro", str(notes), "--cycle", "2026 Q4", "--json"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_line_error(err, "not an okrdesk workspace")
    assert notes.read_text() == "not a workspace"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.okr"]


def test_usage_and_help(finished: Finished, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["retro", str(finished.path)]) == 2
    assert "--cycle" in capsys.readouterr().err
    assert main(["retro", str(finished.path), "--cycle"]) == 2
    capsys.readouterr()
    assert main(["--help"]) == 0
    assert "print the retrospective of a cycle" in capsys.readouterr().out
    assert main(["retro", "--help"]) == 0
    assert '"carry_over": [{"ref", "title", "decision"' in capsys.readouterr().out


def test_the_workspace_is_left_untouched(finished: Finished, capsys: pytest.CaptureFixture[str]) -> None:
    folder = finished.path.parent
    files = sorted(p.name for p in folder.iterdir())
    before = finished.path.read_bytes()
    for args in (["--cycle", "2026 Q4"], ["--cycle", "2026 Q4", "--json"], ["--cycle", "2026"]):
        main(["retro", str(finished.path), *args])
    capsys.readouterr()
    assert finished.path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == files, "no journal or other file is left"


def test_through_a_real_process(finished: Finished) -> None:
    text = run("retro", str(finished.path), "--cycle", "2026 Q4")
    assert text.returncode == 0 and text.stderr == ""
    assert text.stdout.startswith("Retrospective of 2026 Q4: ")
    assert f"overridden: {HOSTILE}\n" in text.stdout
    as_json = run("retro", str(finished.path), "--cycle", "2026 Q4", "--json")
    assert as_json.returncode == 0 and as_json.stderr == ""
    assert by_ref(json.loads(as_json.stdout)["carry_over"], finished.carried)["new_ref"] == finished.new_ref
    # A terminal that cannot show the text: '?' instead of a failure; JSON stays UTF-8 regardless.
    ascii_text = run("retro", str(finished.path), "--cycle", "2026 Q4", PYTHONIOENCODING="ascii")
    assert ascii_text.returncode == 0, ascii_text.stderr
    assert "overridden: <b>x</b> =1+1 ????? ?" in ascii_text.stdout
    ascii_json = run("retro", str(finished.path), "--cycle", "2026 Q4", "--json", PYTHONIOENCODING="ascii")
    assert by_ref(json.loads(ascii_json.stdout)["scores"], finished.overridden)["override_reason"] == HOSTILE
    refused = run("retro", str(finished.path), "--cycle", "2026")
    assert refused.returncode == 1 and refused.stdout == ""
    assert_one_line_error(refused.stderr, "2026 has no retrospective yet.")
