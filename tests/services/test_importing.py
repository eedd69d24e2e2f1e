"""Importing CSV files: what the plan says for good and broken files (encodings, delimiters, layouts, every
kind of row problem), that a broken file writes nothing, that an import backs up first and is all or nothing,
and that import → export → import gives back the same workspace, hostile text included."""

from __future__ import annotations

import codecs
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from okrdesk.domain.model import OwnerKind
from okrdesk.export.interchange import write_interchange_csv
from okrdesk.services.errors import ValidationError
from okrdesk.services.importing import ImportPlan, apply_import, plan_import
from okrdesk.services.listing import listing
from okrdesk.services.workspace import Workspace

DATA = Path(__file__).resolve().parents[1] / "export" / "data"
NOW = datetime(2026, 5, 10, 15, 0)
HEADER = "cycle,cycle_start,cycle_end,ref,objective,owner,parent_ref,key_result,type,start,target,current"
GOOD = HEADER + "\n2026 Q2,,,O-1,Grow,Ann,,Deals,increase,0,10,4\n"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def plan_text(ws: Workspace, tmp_path: Path, text: str, encoding: str = "utf-8", **kw: Any) -> ImportPlan:
    return plan_import(ws, write(tmp_path / "in.csv", text, encoding), now=NOW, **kw)


def problems(plan: ImportPlan) -> list[str]:
    return [p.text for p in plan.problems]


def content(ws: Workspace, times: bool = True) -> list[Any]:
    """What a person sees in the workspace, without ids: cycles, objectives under their parents, key
    results with their numbers, owners and current values (and, with `times`, when they were measured)."""

    def objective(item: dict[str, Any]) -> dict[str, Any]:
        krs = [
            (k["title"], k["type"], k["start"], k["target"], k["current"], k["unit"], k["weight"], k["owner"])
            + ((k["last_check_in"],) if times else ())
            for k in item["key_results"]
        ]
        return {
            "title": item["title"],
            "owner": item["owner"],
            "key_results": krs,
            "children": [objective(c) for c in item["children"]],
        }

    document = listing(ws, today=NOW.date())
    cycles = [
        (c["name"], c["start"], c["end"], [objective(o) for o in c["objectives"]]) for c in document["cycles"]
    ]
    return [cycles, sorted(o.name for o in ws.owners())]


# ---- reading files ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "prefix", "words"),
    [
        ("utf-8", b"", "UTF-8"),
        ("utf-8", codecs.BOM_UTF8, "UTF-8 with BOM"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "UTF-16 (little-endian, with BOM)"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "UTF-16 (big-endian, with BOM)"),
        ("cp1252", b"", "Windows-1252"),
    ],
)
def test_encodings(workspace: Workspace, tmp_path: Path, encoding: str, prefix: bytes, words: str) -> None:
    text = GOOD.replace("Grow", "Grow café sales by 5 €").replace("Ann", "Zoë")
    path = tmp_path / "in.csv"
    path.write_bytes(prefix + text.encode(encoding))
    plan = plan_import(workspace, path, now=NOW)
    assert plan.ok, problems(plan)
    assert plan.table.encoding == words
    assert plan.objectives[0].title == "Grow café sales by 5 €"
    assert [o.name for o in plan.owners] == ["Zoë"]


def test_semicolons_with_decimal_commas(workspace: Workspace, tmp_path: Path) -> None:
    text = "Objective;Key result;Baseline;Target;Current\nGrow;Margin;1,5;2,5;1.234,5\nGrow;Cost;10;5;7,25\n"
    plan = plan_text(workspace, tmp_path, text)
    assert plan.ok, problems(plan)
    assert plan.table.delimiter_words == "semicolons"
    margin, cost = plan.objectives[0].key_results
    assert (margin.start, margin.target, margin.current) == (1.5, 2.5, 1234.5)
    assert (cost.kr_type.value, cost.current) == ("decrease", 7.25), "target below start: decrease"


def test_tabs_and_thousands(workspace: Workspace, tmp_path: Path) -> None:
    plan = plan_text(workspace, tmp_path, 'Objective,KR,Start,Target\nA,B,"1,000","2,500.5"\n')
    assert plan.ok and plan.objectives[0].key_results[0].target == 2500.5
    plan = plan_text(workspace, tmp_path, "Objective\tKR\tStart\tTarget\nA\tB\t0\t1,500\n")
    assert problems(plan) == ["Row 2: Target '1,500' could be read two ways; write it as 1500 or 1.500."]
    plan = plan_text(workspace, tmp_path, 'Objective,KR,Start,Target\nA,B,0,"2,5"\n')
    assert problems(plan) == ["Row 2: Target '2,5' is not a number (write decimals with a point: 1.5)."]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "in.csv is empty: there is nothing to import."),
        (b"\r\n  \n", "in.csv is empty: there is nothing to import."),
        (HEADER.encode() + b"\n", "in.csv has a header row but no rows of OKRs below it."),
        (bytes(range(256)) * 20, "in.csv is not a CSV text file (it holds binary data)."),
        (b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" * 40, "in.csv is not a CSV text file (it holds binary "
                                                            "data)."),
        (b"key_result,start\nK,1\n", "No column holds the objective (the file's columns: key_result, start); "
                                     "choose the one that does."),
    ],
)  # fmt: skip
def test_unusable_files_say_why_and_write_nothing(
    workspace: Workspace, tmp_path: Path, content: bytes, expected: str
) -> None:
    before = workspace.path.read_bytes()
    path = tmp_path / "in.csv"
    path.write_bytes(content)
    plan = plan_import(workspace, path, now=NOW)
    assert problems(plan) == [expected]
    with pytest.raises(ValidationError, match=r"nothing to import|no rows|binary|No column"):
        apply_import(workspace, plan, backup_dir=tmp_path / "backups")
    assert workspace.path.read_bytes() == before
    assert not (tmp_path / "backups").exists(), "no backup either: nothing was about to change"


def test_a_missing_file_a_folder_and_a_workbook(workspace: Workspace, tmp_path: Path) -> None:
    workbook = write(tmp_path / "okrs.csv", "")
    workbook.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(100))
    assert problems(plan_import(workspace, workbook)) == [
        "okrs.csv is a spreadsheet workbook, not a CSV file: save it as CSV first."
    ]
    assert problems(plan_import(workspace, tmp_path / "nope.csv")) == [
        f"There is no file at {tmp_path / 'nope.csv'}."
    ]
    assert "is a folder" in problems(plan_import(workspace, tmp_path))[0]


def test_every_row_problem_is_listed_with_its_row(workspace: Workspace, tmp_path: Path) -> None:
    rows = [
        "2026 Q2,,,O-1,A,Ann,,K1,increase,0,10,abc",  # 2
        "2026 Q2,,,O-2,B,Ann,O-99,K2,increase,0,10,5",  # 3
        "2026 Q2,,,O-1,Other,Ann,,K3,increase,0,10,5",  # 4
        "2026 Q2,,,O-3,C,,O-4,,,,,",  # 5
        "2026 Q2,,,O-4,D,,O-5,,,,,",  # 6
        "2026 Q2,,,O-5,E,,O-3,,,,,",  # 7
        "2026 Q2,,,O-6,F,,,K4,increase,5,5,5",  # 8
        "2026 Q2,,,O-7,G,,,K5,sideways,-5,x,",  # 9
        "2026 Q2,,,O-8,H,,,K6,milestone,0,1,2",  # 10
        "2026 Q3,,,O-9,I,,,,,,,",  # 11: a new cycle without dates, and no name that says them
        "2026 Q2,,,O-10,J,,,K7,increase,0,10,",  # 12: fine
        "Next big thing,,,O-11,K,,,,,,,",  # 13
    ]
    before = workspace.counts()
    plan = plan_text(workspace, tmp_path, HEADER + "\n" + "\n".join(rows) + "\n")
    assert problems(plan) == [
        "Row 2: current 'abc' is not a number.",
        "Rows 2 and 4: ref 'O-1' is used for two different objectives (their titles differ).",
        "Row 3: parent_ref 'O-99' is not an objective in this file.",
        "Rows 5, 6 and 7: parent_ref forms a loop (O-3 → O-4 → O-5 → O-3).",
        "Row 8: the target must differ from the start: 5 → 5 measures nothing.",
        "Row 9: target 'x' is not a number.",
        "Row 9: type 'sideways' is not a key result type; use increase, decrease, at_least, at_most, "
        "milestone.",
        "Row 10: current: a milestone is either done (1) or not done (0); 2 is neither.",
        "Row 13: cycle 'Next big thing' is new: give its dates in cycle_start and cycle_end.",
    ]
    assert [r.line for r in plan.preview if r.problems] == [2, 3, 4, 5, 6, 7, 8, 9, 10, 13]
    assert plan.preview[2].problems == (
        "ref 'O-1' is used for two different objectives (their titles differ).",
    )
    with pytest.raises(ValidationError) as refused:
        apply_import(workspace, plan)
    assert len(refused.value.errors) == 9
    assert workspace.counts() == before
    assert not (workspace.path.parent / "backups").exists()


def test_text_limits_and_dates(workspace: Workspace, tmp_path: Path) -> None:
    long = "x" * 10_000
    rows = [
        f"2026 Q2,,,O-1,{long},,,,,,,",
        f"2026 Q2,,,O-2,B,{'y' * 201},,,,,,",
        "2026 Q5,2026-13-01,2026-12-31,O-3,C,,,,,,,",
        "2027 Q1,2027-01-01,2026-12-31,O-4,D,,,,,,,",
        "2026 Q2,2026-04-01,2026-07-31,O-5,E,,,,,,,",
    ]
    plan = plan_text(workspace, tmp_path, HEADER + "\n" + "\n".join(rows) + "\n")
    assert problems(plan) == [
        "Row 2: the objective is 10,000 characters long; the limit is 500. Keep the objective short and put "
        "the details in the description.",
        "Row 3: owner is 201 characters long; the limit is 200.",
        "Row 4: cycle_start '2026-13-01' is not a date; write it like 2026-03-31.",
        "Row 5: the cycle ends before it starts: Dec 31, 2026 is before Jan 1, 2027.",
        "Row 6: cycle '2026 Q2' exists from 2026-04-01 to 2026-06-30, but the file says 2026-04-01 to "
        "2026-07-31.",
    ]


def test_a_check_in_in_the_future_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    plan = plan_text(workspace, tmp_path, HEADER + ",as_of\n2026 Q2,,,O-1,A,,,K,increase,0,10,4,2026-06-01\n")
    assert problems(plan) == [
        "Row 2: as_of '2026-06-01': a check-in cannot be dated in the future (this is more than a day after "
        "now)."
    ]


# ---- importing --------------------------------------------------------------------------------------------


def test_import_backs_up_then_creates_everything(workspace: Workspace, tmp_path: Path) -> None:
    workspace.add_owner("person", "ann")
    text = (
        HEADER + ",unit,weight,kr_owner,as_of\n"
        "2026 q2,,,O-1,Grow,ANN,O-2,Deals,increase,0,10,4,deals,2,Bea,2026-05-01T08:30:00\n"
        "2026 Q2,,,O-1,Grow,Ann,,Margin,decrease,30,20,30,%,1,,\n"
        "2026,2026-01-01,2026-12-31,O-2,Year,Cy,,,,,,,,,,\n"
    )
    plan = plan_text(workspace, tmp_path, text)
    assert plan.ok, problems(plan)
    assert plan.summary == "Will create 1 cycle, 2 people, 2 objectives, 2 key results and record 1 check-in"
    result = apply_import(workspace, plan, backup_dir=tmp_path / "saved")
    assert result.summary == "1 cycle, 2 people, 2 objectives, 2 key results and 1 check-in"
    assert result.backup.parent == tmp_path / "saved" and result.backup.name.startswith("w-before-import-")
    with Workspace.open(result.backup) as backup:
        assert backup.counts()["objectives"] == 0 and backup.counts()["owners"] == 1
    q2 = workspace.cycle_by_name("2026 Q2")
    grow = next(o for o in workspace.cycle_tree(q2.id).objectives if o.title == "Grow")
    assert workspace.owners()[0].name == "ann" and grow.owner_id == workspace.owners()[0].id
    deals, margin = workspace.key_results_of(grow.id)
    assert (deals.title, deals.unit, deals.weight, deals.current) == ("Deals", "deals", 2.0, 4.0)
    assert deals.last_check_in == datetime(2026, 5, 1, 8, 30)
    assert next(o for o in workspace.people() if o.id == deals.owner_id).name == "Bea"
    assert margin.kr_type.value == "decrease" and margin.last_check_in is None
    year = workspace.cycle_by_name("2026")
    assert (year.start, year.end, year.state.value) == (date(2026, 1, 1), date(2026, 12, 31), "active")
    assert grow.parent_id == workspace.cycle_tree(year.id).objectives[0].id, "aligned to the enclosing cycle"


def test_import_is_all_or_nothing(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlalchemy

    from okrdesk.store.schema import CheckInRow

    plan = plan_text(workspace, tmp_path, GOOD)
    real_insert = sqlalchemy.insert

    def failing_at_the_check_ins(table: Any) -> Any:
        if table is CheckInRow:  # the last step, after cycles, people, objectives and key results
            raise RuntimeError("the disk went away")
        return real_insert(table)

    monkeypatch.setattr(sqlalchemy, "insert", failing_at_the_check_ins)
    before = workspace.counts()
    with pytest.raises(RuntimeError):
        apply_import(workspace, plan, backup_dir=tmp_path / "b")
    assert workspace.counts() == before, "everything was rolled back"
    monkeypatch.setattr(sqlalchemy, "insert", real_insert)
    apply_import(workspace, plan, backup_dir=tmp_path / "b")
    assert workspace.counts()["check_ins"] == before["check_ins"] + 1


def test_apply_checks_again(workspace: Workspace, tmp_path: Path) -> None:
    plan = plan_text(workspace, tmp_path, HEADER + "\n2026 Q3,2026-07-01,2026-09-30,O-1,A,,,,,,,\n")
    assert plan.ok
    workspace.add_cycle("2026 Q3", date(2026, 7, 1), date(2026, 8, 31))  # made meanwhile, other dates
    with pytest.raises(ValidationError, match="exists from 2026-07-01 to 2026-08-31"):
        apply_import(workspace, plan)
    assert workspace.counts()["objectives"] == 0


def test_round_trip_with_hostile_text(tmp_path: Path) -> None:
    """Import F into an empty W1, export every cycle, import that into an empty W2: the same content."""
    w1 = Workspace.create(tmp_path / "w1.okr", today=NOW.date())
    plan = plan_import(w1, DATA / "hostile_okrs.csv")
    assert plan.ok, problems(plan)
    apply_import(w1, plan)
    exported = tmp_path / "w1.csv"
    write_interchange_csv(w1, exported)
    w2 = Workspace.create(tmp_path / "w2.okr", today=NOW.date())
    again = plan_import(w2, exported)
    assert again.ok, problems(again)
    assert again.layout_words == "okrdesk's CSV interchange"
    apply_import(w2, again)
    assert content(w1) == content(w2)
    assert w1.counts() == w2.counts()
    titles = {o.title for c in w2.cycles() for o in w2.cycle_tree(c.id).objectives}
    assert titles >= {
        "<img src=x onerror=alert(1)>",
        "=1+2",
        "+cmd",
        "-5 apples",
        "@SUM(A1)",
        "''=already quoted",
    }
    krs = {k.title: k for c in w2.cycles() for k in w2.cycle_tree(c.id).key_results}
    assert {
        "-5 apples",
        "@SUM(A1)",
        "مرحبا بالعالم — right to left",
        "Launch 🚀 and ✨",
        "it's ''+fine",
    } <= set(krs)
    assert krs['Quotes "inside", and commas'].start == 0
    assert (krs["-5 apples"].start, krs["-5 apples"].unit, krs["-5 apples"].weight) == (-5, "=x", 2.5)
    assert krs["it's ''+fine"].target == 0.30000000000000004
    assert {o.name for o in w2.owners()} == {"@alice", "-Carol", "<b>Bob</b>", "محمد", "Zoë 🚀"}
    assert {c.name for c in w2.cycles()} >= {"+Plan 2027", "2027 Q1 =draft"}
    w1.close()
    w2.close()


def test_round_trip_of_the_sample(tmp_path: Path) -> None:
    sample = Workspace.create(tmp_path / "sample.okr", sample=True, today=date(2026, 11, 21))
    exported = tmp_path / "sample.csv"
    write_interchange_csv(sample, exported)
    copies = []
    for name in ("a", "b"):
        ws = Workspace.create(tmp_path / f"{name}.okr", today=date(2026, 11, 21))
        apply_import(ws, plan_import(ws, exported))
        copies.append(ws)
        write_interchange_csv(ws, exported)
    assert content(copies[0]) == content(copies[1])
    # The same OKRs and current values as the sample (a check-in at the start value is not one to record;
    # teams that own nothing are not in the file).
    assert content(sample, times=False)[0] == content(copies[0], times=False)[0]


def owners_of(ws: Workspace) -> dict[str, tuple[OwnerKind, str | None]]:
    """Every owner's name → (kind, the name of its team or parent team)."""
    by_id = {o.id: o for o in ws.owners()}
    return {
        o.name: (o.kind, by_id[o.parent_id].name if o.parent_id is not None else None) for o in by_id.values()
    }


def test_owners_keep_their_kind_and_team(tmp_path: Path) -> None:
    """Export the sample (every cycle), import it into an empty workspace: teams come back as teams, and
    everyone the file names in the team they were in."""
    sample = Workspace.create(tmp_path / "sample.okr", sample=True, today=date(2026, 11, 21))
    exported = tmp_path / "sample.csv"
    write_interchange_csv(sample, exported)
    copy = Workspace.create(tmp_path / "copy.okr", today=date(2026, 11, 21))
    plan = plan_import(copy, exported)
    assert plan.ok, problems(plan)
    assert plan.notes == ()
    assert "12 people, 6 teams" in apply_import(copy, plan).summary

    def objective_owners(ws: Workspace) -> dict[tuple[str, str], tuple[str, OwnerKind]]:
        owners = {o.id: o for o in ws.owners()}
        return {
            (c.name, o.title): (owners[o.owner_id].name, owners[o.owner_id].kind)
            for c in ws.cycles()
            for o in ws.cycle_tree(c.id).objectives
            if o.cycle_id == c.id and o.owner_id is not None
        }

    before = objective_owners(sample)
    assert {kind for _, kind in before.values()} == {OwnerKind.PERSON, OwnerKind.TEAM}
    assert objective_owners(copy) == before
    original, copied = owners_of(sample), owners_of(copy)
    people = {name for name, (kind, _) in original.items() if kind == OwnerKind.PERSON}
    assert {name: copied[name] for name in people} == {name: original[name] for name in people}
    owning_teams = {owner for owner, kind in before.values() if kind == OwnerKind.TEAM}
    assert {name: copied[name] for name in owning_teams} == {name: original[name] for name in owning_teams}
    # A team named only as another's team (it owns nothing) comes back without its own parent team.
    assert copied["People & Operations"] == (OwnerKind.TEAM, None)
    sample.close()
    copy.close()


KINDS = (
    "cycle,ref,objective,owner,owner_kind,owner_team,key_result,start,target,kr_owner,kr_owner_kind,"
    "kr_owner_team"
)


def test_a_bad_owner_kind_is_reported_per_row_and_writes_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    rows = [
        "2026 Q2,O-1,A,Sales,Team,,,,,,,",  # 2: any case
        "2026 Q2,O-2,B,Ann,person,,K,0,1,Sales,TEAM,",  # 3
        "2026 Q2,O-3,C,Bob,squad,,,,,,,",  # 4
        "2026 Q2,O-4,D,Cy,,,K,0,1,Dee,crew,",  # 5
    ]
    before = workspace.counts()
    plan = plan_text(workspace, tmp_path, KINDS + "\n" + "\n".join(rows) + "\n")
    assert problems(plan) == [
        "Row 4: owner_kind 'squad' is not person or team.",
        "Row 5: kr_owner_kind 'crew' is not person or team.",
    ]
    assert [r.line for r in plan.preview if r.problems] == [4, 5]
    with pytest.raises(ValidationError, match="squad"):
        apply_import(workspace, plan, backup_dir=tmp_path / "backups")
    assert workspace.counts() == before
    assert not (tmp_path / "backups").exists()


def test_kinds_and_teams_of_a_written_file(workspace: Workspace, tmp_path: Path) -> None:
    workspace.add_owner("person", "Dana")
    rows = [
        "2026 Q2,O-1,Grow,Web,TEAM,Sales,Deals,0,10,Ann,,web",  # Sales only named as a team: a new team
        "2026 Q2,O-2,Hire,dana,team,Ops,,,,,,",  # an existing person stays one, without a team
        "2026 Q2,O-3,Care,Bea,,,,,,,,",  # no kind: a person
    ]
    plan = plan_text(workspace, tmp_path, KINDS + "\n" + "\n".join(rows) + "\n")
    assert plan.ok, problems(plan)
    assert plan.notes == (
        "'Dana' is an existing person and stays one (the file says team).",
        "'Dana' exists: the import leaves its team as it is (the file says 'Ops').",
    )
    assert plan.summary == "Will create 2 people, 2 teams, 3 objectives and 1 key result"
    result = apply_import(workspace, plan, backup_dir=tmp_path / "b")
    assert result.summary == "2 people, 2 teams, 3 objectives and 1 key result"
    assert owners_of(workspace) == {
        "Dana": (OwnerKind.PERSON, None),
        "Web": (OwnerKind.TEAM, "Sales"),
        "Sales": (OwnerKind.TEAM, None),
        "Ann": (OwnerKind.PERSON, "Web"),
        "Bea": (OwnerKind.PERSON, None),
    }


def test_owner_kind_and_team_problems(workspace: Workspace, tmp_path: Path) -> None:
    rows = [
        "2026 Q2,O-1,A,Sales,team,,,,,,,",  # 2
        "2026 Q2,O-2,B,sales,person,,,,,,,",  # 3
        "2026 Q2,O-3,C,Ann,,Bob,,,,,,",  # 4
        "2026 Q2,O-4,D,Bob,person,,,,,,,",  # 5
        "2026 Q2,O-5,E,,team,,,,,,,",  # 6
        "2026 Q2,O-6,F,X,team,Y,,,,,,",  # 7
        "2026 Q2,O-7,G,Y,team,X,,,,,,",  # 8
        "2026 Q2,O-8,H,Cy,,T1,,,,,,",  # 9
        "2026 Q2,O-9,I,Cy,,T2,,,,,,",  # 10
    ]
    plan = plan_text(workspace, tmp_path, KINDS + "\n" + "\n".join(rows) + "\n")
    assert problems(plan) == [
        "Rows 2 and 3: 'Sales' is given as both person and team.",
        "Row 4: 'Bob' is a person, so it cannot be the team of 'Ann'.",
        "Row 6: owner_kind is given, but the owner is empty.",
        "Rows 7 and 8: the teams given form a loop (X → Y → X).",
        "Rows 9 and 10: 'Cy' is given 2 teams ('T1' and 'T2'); give one.",
    ]


# ---- spreadsheet templates --------------------------------------------------------------------------------


def test_template_with_filled_down_objectives(workspace: Workspace, tmp_path: Path) -> None:
    text = (
        "Quarter,Objective,Key Result,Owner,Start Value,Target Value,Current Value,Confidence (0-10),Notes\n"
        "Q2 2026,Delight customers,Raise NPS,Ann,30,50,41,8,Survey done\n"
        ",,Answer within 4 hours,Ben,24,4,12,high,\n"
        ",Grow revenue,Close deals,Ann,0,10,0,,\n"
        ",,Partner portal live,,,,,,\n"
    )
    plan = plan_text(workspace, tmp_path, text)
    assert plan.ok, problems(plan)
    assert plan.layout_words == "a spreadsheet OKR template with start, target and current values"
    assert plan.mapping["confidence"] == "Confidence (0-10)" and plan.mapping["note"] == "Notes"
    delight, grow = plan.objectives
    assert (delight.cycle, delight.owner) == ("Q2 2026", "Ann")
    assert [p.name for p in plan.cycles] == ["Q2 2026"] and plan.cycles[0].start == date(2026, 4, 1)
    nps, answer = delight.key_results
    assert (nps.current, nps.confidence, nps.note, nps.check_in_at) == (41, 8, "Survey done", NOW)
    assert (answer.kr_type.value, answer.owner, answer.confidence) == ("decrease", "Ben", 8)
    deals, portal = grow.key_results
    assert deals.check_in_at is None, "current = start: nothing to record"
    assert (portal.kr_type.value, portal.start, portal.target) == ("milestone", 0, 1)
    assert [r.continued for r in plan.preview] == [False, True, False, True]


def test_progress_only_template_and_current_cycle(workspace: Workspace, tmp_path: Path) -> None:
    text = "Objective,Key Results,Progress %\nShip v2,Beta users,45%\nShip v2,Docs,\nShip v2,Launch,100%\n"
    plan = plan_text(workspace, tmp_path, text)
    assert plan.ok, problems(plan)
    assert plan.layout_words == "a spreadsheet OKR template with progress in %"
    assert plan.notes == ("The file has no cycle column: its objectives go into 2026 Q2.",)
    beta, docs, launch = plan.objectives[0].key_results
    assert (beta.start, beta.target, beta.unit, beta.current) == (0, 100, "%", 45)
    assert (docs.kr_type.value, docs.target, docs.current, docs.check_in_at) == ("increase", 100, 0, None)
    assert launch.current == 100
    fractions = plan_text(workspace, tmp_path, "Objective,KR,Progress\nA,B,0.45\nA,C,1\n")
    assert [kr.current for kr in fractions.objectives[0].key_results] == [45, 100]


def test_mapping_can_be_overridden(workspace: Workspace, tmp_path: Path) -> None:
    text = "Goal,Measure,Baseline,Target\nA,B,1,2\n"
    plan = plan_text(workspace, tmp_path, text)
    assert plan.mapping["key_result"] is None and plan.objectives[0].key_results == ()
    plan = plan_text(workspace, tmp_path, text, mapping={"key_result": "measure", "start": None})
    assert plan.mapping["key_result"] == "Measure"
    assert problems(plan) == [
        "Row 2: no column holds the start (add a Start column, or choose the column that holds it); a key "
        "result needs a start and a target."
    ]
    plan = plan_text(workspace, tmp_path, text, mapping={"key_result": "Nope", "colour": "Goal"})
    assert problems(plan) == [
        "There is no column 'Nope' in the file (its columns: Goal, Measure, Baseline, Target).",
        "'colour' is not an okrdesk field; the fields are cycle, cycle_start, cycle_end, cycle_state, ref, "
        "objective, owner, owner_kind, owner_team, parent_ref, description, kind, state, progress_source, "
        "key_result, kr_description, type, start, target, current, unit, weight, kr_owner, kr_owner_kind, "
        "kr_owner_team, as_of, progress, confidence, note.",
    ]


def test_the_formula_guard_is_removed_exactly_once(workspace: Workspace, tmp_path: Path) -> None:
    text = "Objective,Key result,Start,Target\n'=a,'+b,0,1\n''-c,'d,0,1\n\"'\t@e\",plain,0,1\n"
    titles = [(o.title, o.key_results[0].title) for o in plan_text(workspace, tmp_path, text).objectives]
    assert titles == [("=a", "+b"), ("'-c", "'d"), ("@e", "plain")], "a leading tab is trimmed, as when typed"


def test_excel_hints_ragged_rows_and_the_check_in_log(workspace: Workspace, tmp_path: Path) -> None:
    plan = plan_text(workspace, tmp_path, "sep=;\nObjective;KR;Start;Target\nA;B;0;1,5\n")
    assert plan.ok and plan.table.delimiter == ";" and plan.preview[0].line == 3
    assert plan.objectives[0].key_results[0].target == 1.5
    plan = plan_text(workspace, tmp_path, "Objective,KR,Start,Target\nA,B,0,1,5\nC,D,0\n")
    assert problems(plan) == [
        "Row 2: it has 5 cells but the header has 4: a value may hold an unquoted comma.",
        "Row 3: the Target is empty; a key result needs a start and a target.",
    ]
    log = "cycle,objective_ref,objective,kr_ref,key_result,at,value\n2026 Q2,O-1,A,KR-1,B,2026-05-01,3\n"
    assert problems(plan_text(workspace, tmp_path, log)) == [
        "This is okrdesk's check-in log, which cannot be imported; export the CSV of key results "
        "(okrdesk export --format csv) and import that."
    ]


# ---- review fixes: backups, what travels, notes, dates in the future, messages, confidences -------------


def test_two_imports_in_one_second_keep_both_backups(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import okrdesk.services.importing as importing

    class Frozen(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Frozen:
            return cls(2026, 5, 10, 15, 0, 0)

    monkeypatch.setattr(importing, "datetime", Frozen)
    plan = plan_text(workspace, tmp_path, GOOD)
    first = apply_import(workspace, plan, backup_dir=tmp_path / "b")
    second = apply_import(workspace, plan, backup_dir=tmp_path / "b")
    third = apply_import(workspace, plan, backup_dir=tmp_path / "b")
    assert first.backup.name == "w-before-import-20260510-150000.okr"
    assert second.backup.name == "w-before-import-20260510-150000-2.okr"
    assert third.backup.name == "w-before-import-20260510-150000-3.okr"
    for result, objectives in ((first, 0), (second, 1), (third, 2)):
        with Workspace.open(result.backup) as backup:
            assert backup.counts()["objectives"] == objectives, "each backup holds what was before its import"


def objectives_by_title(ws: Workspace) -> dict[str, Any]:
    """Every objective of every cycle by title (the sample's titles are unique)."""
    return {o.title: o for c in ws.cycles() for o in ws.cycle_tree(c.id).objectives if o.cycle_id == c.id}


def progress_by_title(ws: Workspace, today: date) -> dict[str, tuple[Any, Any]]:
    found: dict[str, tuple[Any, Any]] = {}

    def walk(item: dict[str, Any]) -> None:
        found[item["title"]] = (item["progress"], item["status"])
        for child in item["children"]:
            walk(child)

    for cycle in listing(ws, today=today)["cycles"]:
        for item in cycle["objectives"]:
            walk(item)
    return found


def test_the_sample_travels_with_its_numbers_kinds_states_and_descriptions(tmp_path: Path) -> None:
    """Export the sample (every cycle), import it into an empty workspace: every objective keeps its
    progress and status (progress sources, states and cycle states travel), kind and description."""
    today = date(2026, 11, 21)
    sample = Workspace.create(tmp_path / "sample.okr", sample=True, today=today)
    q4 = sample.cycle_by_name("2026 Q4")
    sample.update_cycle(q4.id, state="closed")  # a closed cycle measures against the whole cycle
    exported = tmp_path / "sample.csv"
    write_interchange_csv(sample, exported, today=today)
    copy = Workspace.create(tmp_path / "copy.okr", today=today)
    plan = plan_import(copy, exported, now=datetime(2026, 11, 21, 8, 30))  # before the 09:00 check-ins
    assert plan.ok, problems(plan)
    assert plan.notes == (
        "21 check-ins dated after now were recorded now (at most a day ahead: another time zone, or a "
        "clock ahead).",
        "Cycle '2026 Q4' exists and stays active (the file says closed).",
    )
    copy.close()
    copy = Workspace.create(tmp_path / "empty.okr", today=date(2026, 8, 1))  # no 2026 Q4 yet: created
    apply_import(copy, plan_import(copy, exported), backup_dir=tmp_path / "b")
    assert copy.cycle_by_name("2026 Q4").state.value == "closed"
    before, after = progress_by_title(sample, today), progress_by_title(copy, today)
    assert len(before) == sample.counts()["objectives"] == len(after)
    assert after == before
    assert {s for _, s in before.values()} >= {"on_track", "off_track"}
    original, copied = objectives_by_title(sample), objectives_by_title(copy)
    assert {o.progress_source.value for o in original.values()} == {"key_results", "children", "both"}
    assert {o.kind.value for o in original.values()} == {"committed", "aspirational"}
    assert "draft" in {o.state.value for o in original.values()}
    assert any(o.description for o in original.values())
    for title, objective in original.items():
        mine = copied[title]
        assert (mine.kind, mine.state, mine.progress_source, mine.description) == (
            objective.kind,
            objective.state,
            objective.progress_source,
            objective.description,
        ), title
    sample.close()
    copy.close()


STANDING = "cycle,cycle_start,cycle_end,cycle_state,ref,objective,description,kind,state,progress_source"


def test_kinds_states_sources_and_descriptions_are_read_and_checked(
    workspace: Workspace, tmp_path: Path
) -> None:
    text = (
        STANDING + ",key_result,kr_description,start,target\n"
        '2026 Q3,2026-07-01,2026-09-30,Closed,O-1,A,"Two\nlines",Aspirational,DONE,children,K,'
        '"=why, it matters",0,1\n'
        "2026 Q3,,,closed,O-1,A,,,,,K2,,0,2\n"
        "2026 Q2,,,planning,O-2,B,,,dropped,key results,,,,\n"
    )
    plan = plan_text(workspace, tmp_path, text)
    assert plan.ok, problems(plan)
    assert plan.notes == ("Cycle '2026 Q2' exists and stays active (the file says planning).",)
    apply_import(workspace, plan, backup_dir=tmp_path / "b")
    q3 = workspace.cycle_by_name("2026 Q3")
    assert q3.state.value == "closed"
    assert workspace.cycle_by_name("2026 Q2").state.value == "active", "an existing cycle keeps its state"
    found = objectives_by_title(workspace)
    a, b = found["A"], found["B"]
    assert (a.description, a.kind.value, a.state.value, a.progress_source.value) == (
        "Two\nlines",
        "aspirational",
        "done",
        "children",
    )
    assert (b.kind.value, b.state.value, b.progress_source.value) == ("committed", "dropped", "key_results")
    assert [k.description for k in workspace.key_results_of(a.id)] == ["=why, it matters", ""]
    bad = (
        STANDING + "\n"
        "2026 Q3,2026-07-01,2026-09-30,open,O-1,A,,maybe,paused,mine\n"
        "2026 Q3,,,closed,O-1,A,,aspirational,,\n"
        "2026 Q3,,,planning,O-1,A,,committed,,\n"
    )
    assert problems(plan_text(workspace, tmp_path, bad)) == [
        "Row 2: cycle_state 'open' is not planning, active or closed.",
        "Row 2: kind 'maybe' is not committed or aspirational.",
        "Row 2: state 'paused' is not draft, active, done or dropped.",
        "Row 2: progress_source 'mine' is not key_results, children or both.",
        "Rows 2 and 4: ref 'O-1' is used for two different objectives (their kinds differ).",
        "Rows 3 and 4: cycle '2026 Q3' is given different states (closed and planning).",
    ]


def test_a_row_reports_all_its_problems(workspace: Workspace, tmp_path: Path) -> None:
    text = "Objective,KR,Type,Start,Target,Weight,Confidence\nA,K,sideways,0,10,-1,eleven\n"
    assert problems(plan_text(workspace, tmp_path, text)) == [
        "Row 2: Type 'sideways' is not a key result type; use increase, decrease, at_least, at_most, "
        "milestone.",
        "Row 2: the weight cannot be negative; use 0 to leave the key result out of progress.",
        "Row 2: Confidence 'eleven' is not a confidence from 0 to 10 (or 0–100 %, or low, medium, high).",
    ]


def test_a_note_alone_is_recorded_never_dropped(workspace: Workspace, tmp_path: Path) -> None:
    text = (
        "Objective,Key Result,Owner,Confidence,Notes,Current,Start,Target\n"
        "A,K1,Al,7,,5,0,10\n"
        "A,K2,Al,,only a note,,0,10\n"
        "B,,Al,,about B,,,\n"
    )
    plan = plan_text(workspace, tmp_path, text)
    assert plan.ok, problems(plan)
    k1, k2 = plan.objectives[0].key_results
    assert (k1.current, k1.confidence, k1.check_in_at) == (5, 7, NOW)
    assert (k2.current, k2.note, k2.check_in_at, k2.confidence) == (0, "only a note", NOW, None)
    assert plan.notes == (
        "The file has no cycle column: its objectives go into 2026 Q2.",
        "Not imported: the Notes of row 4 (a note goes with a key result's check-in, and that row has no key "
        "result).",
    )
    apply_import(workspace, plan, backup_dir=tmp_path / "b")
    kr = workspace.key_results_of(objectives_by_title(workspace)["A"].id)[1]
    assert [(c.value, c.note) for c in workspace.check_ins(kr.id)] == [(0, "only a note")]


def test_check_ins_a_little_after_now_are_recorded_now(workspace: Workspace, tmp_path: Path) -> None:
    text = (
        HEADER + ",as_of\n"
        "2026 Q2,,,O-1,A,,,K1,increase,0,10,4,2026-05-10T15:30\n"  # half an hour ahead
        "2026 Q2,,,O-1,A,,,K2,increase,0,10,4,2026-05-11T09:00:00+09:00\n"  # another time zone
        "2026 Q2,,,O-1,A,,,K3,increase,0,10,4,2026-05-09T09:00\n"
    )
    plan = plan_text(workspace, tmp_path, text)
    assert plan.ok, problems(plan)
    k1, k2, k3 = plan.objectives[0].key_results
    assert k1.check_in_at == NOW and k3.check_in_at == datetime(2026, 5, 9, 9)
    assert k2.check_in_at is not None and k2.check_in_at <= NOW
    assert plan.notes[-1].startswith("2 check-ins dated after now were recorded now")
    later = HEADER + ",as_of\n2026 Q2,,,O-1,A,,,K1,increase,0,10,4,2026-05-11T15:01\n"
    assert problems(plan_text(workspace, tmp_path, later)) == [
        "Row 2: as_of '2026-05-11T15:01': a check-in cannot be dated in the future (this is more than a day "
        "after now)."
    ]


def test_messages_name_the_files_columns_or_the_one_to_add(workspace: Workspace, tmp_path: Path) -> None:
    text = "Quarter,Objective,Baseline,Target,Actual\nNext big thing,A,0,10,4\nNext big thing,B,,,\n"
    assert problems(plan_text(workspace, tmp_path, text)) == [
        "Row 2: Baseline, Target and Actual are given, but no column holds the key result (add a Key result "
        "column, or choose the column that holds it).",
        "Row 2: cycle 'Next big thing' is new and its name says no dates: add Cycle start and Cycle end "
        "columns with its dates (or choose the columns that hold them), or name it by its period, like "
        "2026 Q3.",
    ]
    text = "Objective,KR,Owner kind,Start,Target\nA,K,team,1e400,nan\nA,,,1,\n"
    assert problems(plan_text(workspace, tmp_path, text)) == [
        "Row 2: Owner kind is given, but no column holds the owner (add an Owner column, or choose the "
        "column that holds it).",
        "Row 2: Start '1e400': the Start is too large: numbers must lie between -1,000,000,000,000 and "
        "1,000,000,000,000.",
        "Row 2: Target 'nan': the Target must be a finite number.",
        "Row 3: Start is given, but the KR is empty.",
    ]


def test_key_result_dates_are_not_the_cycles(workspace: Workspace, tmp_path: Path) -> None:
    text = (
        "Objective,Key Result,Start Date,End Date,Start,Target,Colour\nA,K,2026-04-15,2026-05-30,0,10,red\n"
    )
    plan = plan_text(workspace, tmp_path, text)
    assert plan.ok, problems(plan)
    assert plan.mapping["cycle_start"] is None and plan.mapping["cycle_end"] is None
    assert plan.objectives[0].cycle == "2026 Q2"
    assert "Columns not imported (no field reads them): Start Date, End Date and Colour." in plan.notes
    quarter = "Objective,Quarter,Quarter Start,Quarter End\nA,Next,2026-07-01,2026-09-30\n"
    plan = plan_text(workspace, tmp_path, quarter)
    assert plan.ok and (plan.cycles[0].start, plan.cycles[0].end) == (date(2026, 7, 1), date(2026, 9, 30))


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["75%", "8"], [8, 8]),  # a percentage: the nearest whole of 0–10, halves up
        (["65%", "100%"], [7, 10]),
        (["0.75", "1.0", "0"], [8, 10, 0]),  # a column of fractions
        (["0", "1", "7"], [0, 1, 7]),  # whole numbers, 0 and 1 included
        (["low", "0.5"], [2, 5]),
    ],
)
def test_confidences_as_spreadsheets_hold_them(
    workspace: Workspace, tmp_path: Path, cells: list[str], expected: list[int]
) -> None:
    rows = "".join(f"A,K{n},0,10,5,{cell}\n" for n, cell in enumerate(cells))
    plan = plan_text(workspace, tmp_path, "Objective,KR,Start,Target,Current,Confidence\n" + rows)
    assert plan.ok, problems(plan)
    assert [kr.confidence for kr in plan.objectives[0].key_results] == expected


def test_confidences_that_could_mean_two_things_and_money(workspace: Workspace, tmp_path: Path) -> None:
    text = "Objective,KR,Start,Target,Confidence\nA,K1,0,10,8\nA,K2,0,10,0.7\nA,K3,0,10,7.5\nA,K4,0,10,120%\n"
    assert problems(plan_text(workspace, tmp_path, text)) == [
        "Row 3: Confidence '0.7' is not a whole number from 0 to 10 (did you mean 7 or 70%?).",
        "Row 4: Confidence '7.5' is not a whole number from 0 to 10.",
        "Row 5: Confidence '120%' is not a confidence from 0 to 10 (or 0–100 %, or low, medium, high).",
    ]
    text = 'Objective,KR,Start,Target,Current\nA,K1,$0,"$1,500",-$5\nA,K2,0,"10 €",£2.5\nA,K3,0,"$1,50",\n'
    plan = plan_text(workspace, tmp_path, text)
    assert problems(plan) == ["Row 4: Target '$1,50' is not a number (write decimals with a point: 1.5)."]
    k1, k2 = plan.objectives[0].key_results
    assert (k1.start, k1.target, k1.current, k2.target, k2.current) == (0, 1500, -5, 10, 2.5)
    text = 'Objective,KR,Start,Target\nA,K1,0,"about 1,500"\n'
    assert problems(plan_text(workspace, tmp_path, text)) == ["Row 2: Target 'about 1,500' is not a number."]
