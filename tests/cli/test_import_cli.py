"""`okrdesk import` as a user meets it: what it says it read and created, the backup, --dry-run writing
nothing, --map, and a broken file listing every problem on stderr (exit 1) with the workspace untouched.

Runs through okrdesk.cli.main (wired in okrdesk/cli/__init__.py), plus one real process."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from okrdesk.cli import main
from okrdesk.services.workspace import Workspace
from tests.cli.helpers import run

TEMPLATE = (
    "Quarter,Objective,Key Result,Owner,Baseline,Target,Current\n"
    "Q3 2026,=Delight customers,Raise NPS,Ann,30,50,41\n"
    ",,Cut waiting time,Ben,24,4,24\n"
)


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    path = tmp_path / "team.okr"
    Workspace.create(path, today=date(2026, 5, 10)).close()
    return path


def csv_file(tmp_path: Path, text: str, name: str = "okrs.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_says_what_it_read_created_and_where_the_backup_is(
    ws_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(ws_path), str(csv_file(tmp_path, TEMPLATE))]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == (
        "Read okrs.csv as a spreadsheet OKR template with start, target and current values, in UTF-8, "
        "separated by commas: 2 rows."
    )
    assert out[1] == (
        "Columns: cycle=Quarter, objective=Objective, owner=Owner, key_result=Key Result, start=Baseline, "
        "target=Target, current=Current"
    )
    assert out[2] == "Created 1 cycle, 2 people, 1 objective, 2 key results and 1 check-in."
    assert out[3] == "New cycles: Q3 2026 (Jul 1 – Sep 30, 2026)"
    assert out[4] == "New people: Ann, Ben"
    backup = Path(out[5].removeprefix("The workspace was backed up first to "))
    assert backup.parent == tmp_path / "backups" and backup.is_file()
    with Workspace.open(ws_path) as ws:
        q3 = ws.cycle_by_name("Q3 2026")
        assert [o.title for o in ws.cycle_tree(q3.id).objectives] == ["=Delight customers"]
        assert ws.counts()["check_ins"] == 1
    with Workspace.open(backup) as old:
        assert old.counts()["objectives"] == 0


def test_dry_run_writes_nothing(ws_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = ws_path.read_bytes()
    assert main(["import", str(ws_path), str(csv_file(tmp_path, TEMPLATE)), "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[2:] == [
        "Will create 1 cycle, 2 people, 1 objective, 2 key results and record 1 check-in.",
        "New cycles: Q3 2026 (Jul 1 – Sep 30, 2026)",
        "New people: Ann, Ben",
        "Dry run: nothing was written.",
    ]
    assert ws_path.read_bytes() == before
    assert not (tmp_path / "backups").exists()
    with Workspace.open(ws_path) as ws:
        assert ws.counts()["objectives"] == 0


def test_every_problem_on_stderr_and_nothing_written(
    ws_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = TEMPLATE + ",Grow,Close deals,Ann,0,ten,5\n,,<b>Bold</b>,Ann,5,5,5\n"
    before = ws_path.read_bytes()
    assert main(["import", str(ws_path), str(csv_file(tmp_path, text))]) == 1
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        "Row 4: Target 'ten' is not a number.",
        "Row 5: the target must differ from the start: 5 → 5 measures nothing.",
        "okrdesk: okrs.csv has 2 problems (listed above); nothing was imported.",
    ]
    assert "Created" not in captured.out
    assert ws_path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_map_overrides_a_column(ws_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Goal,Measure,From,Goal value,Actual\nShip it,Beta users,0,100,20\n"
    path = csv_file(tmp_path, text)
    assert (
        main(["import", str(ws_path), str(path), "--map", "key_result=measure", "--map", "current=", "-n"])
        == 2
    )
    capsys.readouterr()
    assert main(["import", str(ws_path), str(path), "--dry-run", "--map", "key_result=Measure"]) == 0
    out = capsys.readouterr().out
    assert "key_result=Measure" in out and "current=Actual" in out
    assert "record 1 check-in" in out and "(listed above)" not in out
    assert main(["import", str(ws_path), str(path), "--map", "key_result=Nope"]) == 1
    err = capsys.readouterr().err
    assert (
        "There is no column 'Nope' in the file (its columns: Goal, Measure, From, Goal value, Actual)." in err
    )
    assert main(["import", str(ws_path), str(path), "--map", "colour=Goal"]) == 2
    assert "FIELD=COLUMN" in capsys.readouterr().err


def test_unusable_file_or_workspace(
    ws_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes(bytes(range(256)) * 4)
    assert main(["import", str(ws_path), str(garbage)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "garbage.csv is not a CSV text file (it holds binary data).",
        "okrdesk: garbage.csv has 1 problem (listed above); nothing was imported.",
    ]
    assert main(["import", str(tmp_path / "none.okr"), str(csv_file(tmp_path, TEMPLATE))]) == 1
    assert "There is no file" in capsys.readouterr().err


def test_a_real_process_round_trips_an_export(ws_path: Path, tmp_path: Path) -> None:
    sample = tmp_path / "sample.okr"
    assert run("init", str(sample), "--sample").returncode == 0
    exported = tmp_path / "all.csv"
    from okrdesk.export.interchange import write_interchange_csv

    with Workspace.open(sample) as ws:
        rows = write_interchange_csv(ws, exported)
    done = run("import", str(ws_path), str(exported))
    assert done.returncode == 0, done.stderr
    assert "as okrdesk's CSV interchange, in UTF-8 with BOM" in done.stdout
    assert done.stderr == ""
    with Workspace.open(ws_path) as ws, Workspace.open(sample) as original:
        assert ws.counts()["key_results"] == original.counts()["key_results"]
        assert ws.counts()["objectives"] == original.counts()["objectives"] < rows


@pytest.mark.parametrize("name", ["missing.csv", "empty.csv", "okrs.xlsx", "binary.csv", "folder"])
def test_a_file_that_cannot_be_read_prints_only_why(
    ws_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "okrs.xlsx").write_bytes(b"PK\x03\x04" + bytes(60))
    (tmp_path / "binary.csv").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "folder").mkdir()
    assert main(["import", str(ws_path), str(tmp_path / name)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "", "no line about how an unreadable file was read"
    problem, verdict = captured.err.splitlines()
    assert name in problem and verdict.startswith(f"okrdesk: {name} has 1 problem")


def test_one_row_new_teams_and_the_help(
    ws_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from okrdesk.cli.importing import IMPORT_HELP
    from okrdesk.services.import_layouts import FIELDS

    text = "Quarter,Objective,Owner,Owner kind,Owner team\nQ3 2026,Grow,Web,team,Sales\n"
    assert main(["import", str(ws_path), str(csv_file(tmp_path, text)), "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith("separated by commas: 1 row.")
    assert out[2:] == [
        "Will create 1 cycle, 2 teams, 1 objective and 0 key results.",
        "New cycles: Q3 2026 (Jul 1 – Sep 30, 2026)",
        "New teams: Web, Sales",
        "Dry run: nothing was written.",
    ]
    listed = IMPORT_HELP.split("Fields for --map:")[1].split(".")[0]
    assert [f.strip() for f in listed.replace("\n", " ").split(",")] == list(FIELDS)
