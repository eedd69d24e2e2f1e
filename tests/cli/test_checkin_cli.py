"""`okrdesk checkin` and `okrdesk history` as a user meets them: output, warnings, refusals, exit codes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from okrdesk.cli import main
from okrdesk.services.workspace import Workspace
from tests.cli.helpers import ROOT, assert_one_line_error, run

HOSTILE_NOTE = "<b>x</b> =1+1 مرحبا 🎉"


class Fixture(NamedTuple):
    path: Path
    kr: str  # increase 40 → 100 %, in a cycle that started 30 days ago
    milestone: str
    closed: str  # increase 0 → 10, in a closed cycle that ended 110 days ago


@pytest.fixture
def ws(tmp_path: Path) -> Fixture:
    today = date.today()
    path = tmp_path / "team.okr"
    with Workspace.create(path) as workspace:
        now = workspace.add_cycle("Now", today - timedelta(days=30), today + timedelta(days=60), "active")
        past = workspace.add_cycle("Past", today - timedelta(days=200), today - timedelta(days=110), "closed")
        objective = workspace.add_objective(now.id, "Grow the community")
        kr = workspace.add_key_result(objective.id, "Weekly active users", start=40, target=100, unit="%")
        milestone = workspace.add_key_result(objective.id, "Launch the forum", kr_type="milestone", target=1)
        old = workspace.add_objective(past.id, "Ship the app")
        closed = workspace.add_key_result(old.id, "Beta testers", start=0, target=10, unit="people")
        workspace.add_owner("person", "Chloé Dubois")
    return Fixture(path, kr.ref, milestone.ref, closed.ref)


def history(path: Path, ref: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["history", str(path), "--kr", ref, "--json"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    document: dict[str, Any] = json.loads(captured.out)
    return document


def checkin(ws: Fixture, *args: str, kr: str | None = None) -> int:
    return main(["checkin", str(ws.path), "--kr", kr or ws.kr, *args])


def count(path: Path) -> int:
    with Workspace.open(path) as workspace:
        return workspace.counts()["check_ins"]


def test_record_then_read_back(ws: Fixture, capsys: pytest.CaptureFixture[str]) -> None:
    before = datetime.now().replace(microsecond=0)
    assert checkin(ws, "--value", "55", "--confidence", "7", "--note", "first") == 0
    out, err = capsys.readouterr()
    assert err == ""
    line = re.fullmatch(
        rf'{ws.kr} "Weekly active users": 40 → 55% \(progress 25%, on track, confidence 7\) '
        r"recorded at (\d{4}-\d\d-\d\d \d\d:\d\d)\n",
        out,
    )
    assert line is not None, out
    document = history(ws.path, ws.kr, capsys)
    assert {k: v for k, v in document.items() if k != "check_ins"} == {
        "ref": ws.kr,
        "title": "Weekly active users",
        "type": "increase",
        "start": 40.0,
        "target": 100.0,
        "unit": "%",
        "current": 55.0,
        "objective_ref": document["objective_ref"],
        "cycle": "Now",
    }
    [entry] = document["check_ins"]
    at = datetime.fromisoformat(entry["at"])
    assert before <= at <= datetime.now()
    assert line.group(1) == at.strftime("%Y-%m-%d %H:%M")
    assert entry == {
        "id": entry["id"],
        "at": entry["at"],
        "value": 55.0,
        "progress": 0.25,
        "confidence": 7,
        "note": "first",
        "author": None,
    }


def test_refs_as_list_prints_them_and_in_other_spellings(
    ws: Fixture, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", str(ws.path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    refs = {
        kr["title"]: kr["ref"] for c in listed["cycles"] for o in c["objectives"] for kr in o["key_results"]
    }
    ref = refs["Weekly active users"]
    number = ref.removeprefix("KR-")
    for spelling, value in ((ref, "50"), (ref.lower(), "60"), (number, "70"), (f" {ref} ", "80")):
        assert checkin(ws, "--value", value, kr=spelling) == 0, capsys.readouterr().err
    assert [c["value"] for c in history(ws.path, number, capsys)["check_ins"]] == [50, 60, 70, 80]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("abc", "'abc' is not a number."),
        ("nan", "The value must be a finite number."),
        ("inf", "The value must be a finite number."),
        ("-inf", "The value must be a finite number."),
        ("1e400", "too large"),
        ("1,234.5", "is not a number"),
        ("", "cannot be empty"),
    ],
)
def test_values_that_are_not_numbers_are_refused(
    ws: Fixture, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    assert checkin(ws, f"--value={text}") == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_line_error(err, message)
    assert count(ws.path) == 0


@pytest.mark.parametrize(("text", "value"), [("3,5", 3.5), ("45%", 45.0), (" 1e2 ", 100.0), ("-3", -3.0)])
def test_values_are_read_like_the_app_reads_them(
    ws: Fixture, capsys: pytest.CaptureFixture[str], text: str, value: float
) -> None:
    assert checkin(ws, f"--value={text}") == 0
    assert [c["value"] for c in history(ws.path, ws.kr, capsys)["check_ins"]] == [value]


@pytest.mark.parametrize("ref", ["KR-99999", "99999", "KR-99999999999999999999999"])
def test_unknown_ref(ws: Fixture, capsys: pytest.CaptureFixture[str], ref: str) -> None:
    assert checkin(ws, "--value", "5", kr=ref) == 1
    assert_one_line_error(capsys.readouterr().err, "team.okr has no key result KR-99999", "okrdesk list")
    assert main(["history", str(ws.path), "--kr", ref]) == 1
    assert_one_line_error(capsys.readouterr().err, "no key result KR-99999")
    assert count(ws.path) == 0


@pytest.mark.parametrize("ref", ["O-1", "KR-", "KR-1.5", "twelve", "²", "KR-\n1", "x" * 200])
def test_malformed_ref(ws: Fixture, capsys: pytest.CaptureFixture[str], ref: str) -> None:
    assert checkin(ws, "--value", "5", kr=ref) == 1
    err = capsys.readouterr().err
    assert_one_line_error(err, "is not a key result ref", "KR-12")
    assert ref.strip()[:20].replace("\n", "\\n") in err
    assert count(ws.path) == 0


def test_a_deleted_key_results_ref(ws: Fixture, capsys: pytest.CaptureFixture[str]) -> None:
    assert checkin(ws, "--value", "50") == 0
    with Workspace.open(ws.path) as workspace:
        workspace.delete_key_result(int(ws.kr.removeprefix("KR-")))
    capsys.readouterr()
    assert checkin(ws, "--value", "60") == 1
    assert_one_line_error(capsys.readouterr().err, f"no key result {ws.kr}", "deleted")
    assert main(["history", str(ws.path), "--kr", ws.kr, "--json"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_line_error(err, f"no key result {ws.kr}", "deleted")


def test_a_value_far_from_the_range_is_recorded_with_a_warning(
    ws: Fixture, capsys: pytest.CaptureFixture[str]
) -> None:
    assert checkin(ws, "--value", "1000") == 0
    out, err = capsys.readouterr()
    assert err == "warning: 1000 is 10× the target (100): a typo?\n"
    assert f'{ws.kr} "Weekly active users": 40 → 1000% (progress 1600%, on track)' in out
    assert [c["value"] for c in history(ws.path, ws.kr, capsys)["check_ins"]] == [1000]


def test_a_date_outside_an_active_cycle_is_recorded_with_a_warning(
    ws: Fixture, capsys: pytest.CaptureFixture[str]
) -> None:
    day = date.today() - timedelta(days=40)
    assert checkin(ws, "--value", "45", "--at", day.isoformat()) == 0
    out, err = capsys.readouterr()
    assert err.startswith("warning: ") and "lies outside the cycle Now" in err
    assert len(err.splitlines()) == 1
    assert out.endswith(f"recorded at {day.isoformat()} 12:00\n")
    [entry] = history(ws.path, ws.kr, capsys)["check_ins"]
    assert entry["at"] == f"{day.isoformat()}T12:00:00"


def test_at_takes_a_date_and_time_and_today_means_now(
    ws: Fixture, capsys: pytest.CaptureFixture[str]
) -> None:
    moment = (datetime.now() - timedelta(days=3)).replace(hour=8, minute=30, second=0, microsecond=0)
    assert checkin(ws, "--value", "45", "--at", moment.isoformat(timespec="minutes")) == 0
    before = datetime.now().replace(microsecond=0)
    assert checkin(ws, "--value", "50", "--at", date.today().isoformat()) == 0
    first, second = history(ws.path, ws.kr, capsys)["check_ins"]
    assert first["at"] == moment.isoformat()
    assert before <= datetime.fromisoformat(second["at"]) <= datetime.now()


def test_a_backdated_check_in_says_the_current_value_stays(
    ws: Fixture, capsys: pytest.CaptureFixture[str]
) -> None:
    assert checkin(ws, "--value", "70") == 0
    capsys.readouterr()
    day = date.today() - timedelta(days=5)
    assert checkin(ws, "--value", "45", "--at", day.isoformat()) == 0
    out = capsys.readouterr().out
    assert f"45% recorded at {day.isoformat()} 12:00, before the latest check-in" in out
    assert "the current value stays 70% (progress 50%, on track)" in out
    assert len(out.splitlines()) == 1


def test_a_closed_cycle_needs_yes_outside_its_dates(ws: Fixture, capsys: pytest.CaptureFixture[str]) -> None:
    outside = (date.today() - timedelta(days=50)).isoformat()
    assert checkin(ws, "--value", "8", "--at", outside, kr=ws.closed) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_line_error(err, "outside the cycle Past", "closed", "Nothing was recorded", "--yes")
    assert count(ws.path) == 0

    assert checkin(ws, "--value", "8", "--at", outside, "--yes", kr=ws.closed) == 0
    out, err = capsys.readouterr()
    assert err.startswith("warning: ") and "outside the cycle Past" in err
    assert f'{ws.closed} "Beta testers": 0 → 8 people (progress 80%, at risk)' in out, (
        "a closed cycle expects 1"
    )
    inside = (date.today() - timedelta(days=150)).isoformat()
    assert checkin(ws, "--value", "6", "--at", inside, kr=ws.closed) == 0, "correcting history within it"
    assert capsys.readouterr().err == ""
    assert [c["value"] for c in history(ws.path, ws.closed, capsys)["check_ins"]] == [6, 8]


@pytest.mark.parametrize(
    ("at", "message"),
    [
        ((date.today() + timedelta(days=1)).isoformat(), "cannot be dated in the future"),
        ((datetime.now() + timedelta(days=1)).isoformat(timespec="minutes"), "cannot be dated in the future"),
        ("next week", "'next week' is not a date or a date and time like 2026-11-03"),
        ("2026-13-01", "is not a date"),
    ],
)
def test_future_and_malformed_dates_are_refused(
    ws: Fixture, capsys: pytest.CaptureFixture[str], at: str, message: str
) -> None:
    assert checkin(ws, "--value", "50", "--at", at) == 1
    assert_one_line_error(capsys.readouterr().err, message)
    assert count(ws.path) == 0


@pytest.mark.parametrize(
    ("confidence", "message"),
    [
        ("11", "11 is outside that range"),
        ("-1", "-1 is outside that range"),
        ("high", "Confidence is a whole number from 0"),
        ("7.5", "Confidence is a whole number from 0"),
    ],
)
def test_bad_confidence_is_refused(
    ws: Fixture, capsys: pytest.CaptureFixture[str], confidence: str, message: str
) -> None:
    assert checkin(ws, "--value", "50", f"--confidence={confidence}") == 1
    assert_one_line_error(capsys.readouterr().err, message)
    assert count(ws.path) == 0


def test_hostile_note_round_trips_exactly(ws: Fixture, capsys: pytest.CaptureFixture[str]) -> None:
    note = HOSTILE_NOTE + "\nsecond line\twith a tab"
    assert checkin(ws, "--value", "50", "--note", note) == 0
    assert checkin(ws, "--value", "51", "--note", HOSTILE_NOTE) == 0
    first, second = history(ws.path, ws.kr, capsys)["check_ins"]
    assert (first["note"], second["note"]) == (note, HOSTILE_NOTE)
    assert main(["history", str(ws.path), "--kr", ws.kr]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-2].endswith(HOSTILE_NOTE + "…"), "only the first line, marked as shortened"
    assert lines[-1].endswith(HOSTILE_NOTE)


@pytest.mark.parametrize(
    ("word", "value"),
    [("done", 1), ("Yes", 1), ("TRUE", 1), ("1", 1), ("not-done", 0), ("Not done", 0), ("no", 0), ("0", 0)],
)
def test_milestone_done_and_not_done(
    ws: Fixture, capsys: pytest.CaptureFixture[str], word: str, value: int
) -> None:
    assert checkin(ws, "--value", word, kr=ws.milestone) == 0
    out = capsys.readouterr().out
    assert f'"Launch the forum": not done → {"done" if value else "not done"} (progress {value * 100}%' in out
    document = history(ws.path, ws.milestone, capsys)
    assert [c["value"] for c in document["check_ins"]] == [value]
    assert document["current"] == value


@pytest.mark.parametrize(
    ("word", "message"), [("0.5", "A milestone is either done (1) or not done (0)"), ("maybe", "not-done")]
)
def test_milestone_refuses_other_values(
    ws: Fixture, capsys: pytest.CaptureFixture[str], word: str, message: str
) -> None:
    assert checkin(ws, "--value", word, kr=ws.milestone) == 1
    assert_one_line_error(capsys.readouterr().err, message)
    assert checkin(ws, "--value", "done") == 1, "words are for milestones only"
    assert count(ws.path) == 0


def test_author_by_name(ws: Fixture, capsys: pytest.CaptureFixture[str]) -> None:
    assert checkin(ws, "--value", "50", "--author", "chloé  DUBOIS") == 0
    assert history(ws.path, ws.kr, capsys)["check_ins"][0]["author"] == "Chloé Dubois"
    assert checkin(ws, "--value", "50", "--author", "Nobody") == 1
    assert_one_line_error(capsys.readouterr().err, "There is no person named 'Nobody'")


def test_history_as_text(ws: Fixture, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", str(ws.path), "--kr", ws.kr]) == 0
    assert capsys.readouterr().out == (
        f'{ws.kr} "Weekly active users": 40% → 100%, current 40%, 0 check-ins\n  (no check-ins yet)\n'
    )
    day = date.today() - timedelta(days=2)
    assert checkin(ws, "--value", "46", "--at", day.isoformat(), "--author", "Chloé Dubois") == 0
    assert checkin(ws, "--value", "55", "--confidence", "7", "--note", "x" * 100) == 0
    capsys.readouterr()
    assert main(["history", str(ws.path), "--kr", ws.kr]) == 0
    header, columns, first, second = capsys.readouterr().out.splitlines()
    assert header == f'{ws.kr} "Weekly active users": 40% → 100%, current 55%, 2 check-ins'
    assert columns.split() == ["when", "value", "progress", "confidence", "author", "note"]
    assert first.split() == [day.isoformat(), "12:00", "46%", "10%", "–", "Chloé", "Dubois"]
    assert second.split()[2:6] == ["55%", "25%", "7", "–"]
    assert second.endswith("x" * 59 + "…")
    assert first.index("Chloé") == second.index("–", second.index("25%") + 10), "the columns line up"


def test_a_file_that_is_not_a_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.okr"
    path.write_text("not a workspace")
    assert main(["checkin", str(path), "--kr", "KR-1", "--value", "5"]) == 1
    assert_one_line_error(capsys.readouterr().err, "not an okrdesk workspace")
    assert main(["history", str(path), "--kr", "KR-1", "--json"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_line_error(err, "not an okrdesk workspace")
    assert path.read_text() == "not a workspace"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.okr"]


def test_help_and_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "record a check-in of a key result" in out and "print the check-ins of a key result" in out
    assert main(["checkin", "--help"]) == 0
    assert "--yes" in capsys.readouterr().out
    assert main(["history", "--help"]) == 0
    assert '"check_ins": [{"id", "at", "value"' in capsys.readouterr().out
    assert main(["checkin", "w.okr", "--value", "5"]) == 2
    assert "--kr" in capsys.readouterr().err


def test_through_a_real_process(ws: Fixture) -> None:
    recorded = run("checkin", str(ws.path), "--kr", ws.kr, "--value", "55", "--note", HOSTILE_NOTE)
    assert recorded.returncode == 0, recorded.stderr
    assert recorded.stdout.startswith(f'{ws.kr} "Weekly active users": 40 → 55% (progress 25%')
    listed = run("history", str(ws.path), "--kr", ws.kr.lower(), "--json")
    assert listed.returncode == 0 and listed.stderr == ""
    assert [c["note"] for c in json.loads(listed.stdout)["check_ins"]] == [HOSTILE_NOTE]
    refused = run("checkin", str(ws.path), "--kr", ws.kr, "--value", "nan")
    assert refused.returncode == 1 and refused.stdout == ""
    assert_one_line_error(refused.stderr, "finite number")
    # A terminal that cannot show the note: '?' instead of a failure; JSON stays UTF-8 regardless.
    ascii_text = run("history", str(ws.path), "--kr", ws.kr, PYTHONIOENCODING="ascii")
    assert ascii_text.returncode == 0, ascii_text.stderr
    assert "<b>x</b> =1+1 ????? ?" in ascii_text.stdout
    ascii_json = run("history", str(ws.path), "--kr", ws.kr, "--json", PYTHONIOENCODING="ascii")
    assert json.loads(ascii_json.stdout)["check_ins"][0]["note"] == HOSTILE_NOTE


def test_history_does_not_import_sqlalchemy(ws: Fixture) -> None:
    code = (
        "import sys, io, contextlib\n"
        "from okrdesk.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['history', {str(ws.path)!r}, '--kr', {ws.kr!r}, '--json']) == 0\n"
        f"    assert main(['history', {str(ws.path)!r}, '--kr', {ws.kr!r}]) == 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'PySide6')))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
