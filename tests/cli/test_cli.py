"""The command line as a user meets it: output, exit codes, one-line errors, files left alone."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import okrdesk
from okrdesk.cli import main
from okrdesk.services.workspace import Workspace
from tests.cli.helpers import assert_one_line_error

ROOT = Path(__file__).resolve().parents[2]
CYCLE_KEYS = {"name", "start", "end", "state", "objectives"}
OBJECTIVE_KEYS = {"ref", "title", "owner", "progress", "status", "key_results", "children"}
KR_KEYS = {"ref", "title", "type", "start", "target", "current", "unit", "weight", "progress", "confidence"}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m okrdesk ...` in a fresh process, as a user runs it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "okrdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "sample.okr"
    assert main(["init", str(path), "--sample"]) == 0
    return path


def objectives(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    pending = list(items)
    while pending:
        item = pending.pop()
        found.append(item)
        pending += item["children"]
    return found


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    import platform
    import sqlite3

    from PySide6.QtCore import qVersion

    assert main(["--version"]) == 0
    first, second = capsys.readouterr().out.splitlines()
    assert first == f"okrdesk {okrdesk.__version__}"
    assert f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, Qt {qVersion()}" in second


def test_init_creates_and_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "team.okr"
    assert main(["init", str(path)]) == 0
    assert "Created an empty workspace" in capsys.readouterr().out
    with Workspace.open(path) as workspace:
        assert workspace.counts()["objectives"] == 0 and len(workspace.cycles()) == 1
    before = path.read_bytes()
    assert main(["init", str(path), "--sample"]) == 1
    assert_one_line_error(capsys.readouterr().err, "already exists", "--force")
    assert path.read_bytes() == before
    assert main(["init", str(path), "--sample", "--force"]) == 0
    with Workspace.open(path) as workspace:
        assert workspace.is_sample and workspace.counts()["objectives"] > 10


def test_list_json_follows_the_documented_schema(
    sample_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Workspace.open(sample_file) as workspace:
        names = [c.name for c in workspace.cycles()]
    assert main(["list", str(sample_file), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert set(document) == {"cycles"}
    assert [c["name"] for c in document["cycles"]] == names == [str(date.today().year), names[1]]
    for cycle in document["cycles"]:
        assert set(cycle) >= CYCLE_KEYS
        assert cycle["state"] in {"planning", "active", "closed"}
        for objective in objectives(cycle["objectives"]):
            assert set(objective) >= OBJECTIVE_KEYS
            assert objective["ref"].startswith("O-")
            assert objective["owner"] is None or isinstance(objective["owner"], str)
            assert objective["progress"] is None or 0 <= objective["progress"] <= 1
            assert objective["status"] in {"on_track", "at_risk", "off_track", "no_data"}
            for kr in objective["key_results"]:
                assert set(kr) >= KR_KEYS
                assert kr["ref"].startswith("KR-")
                assert kr["type"] in {"increase", "decrease", "at_least", "at_most", "milestone"}
                assert all(isinstance(kr[k], int | float) for k in ("start", "target", "current", "weight"))
                assert 0 <= kr["progress"] <= 1
                assert kr["confidence"] is None or 0 <= kr["confidence"] <= 10


def test_list_nests_within_a_cycle_and_refers_across_cycles(
    sample_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", str(sample_file), "--json"]) == 0
    year, quarter = json.loads(capsys.readouterr().out)["cycles"]
    annual_refs = {o["ref"] for o in year["objectives"]}
    assert all(o["children"] == [] for o in year["objectives"]), "quarterly children are under their quarter"
    top = quarter["objectives"]
    aligned = [o for o in top if o.get("parent_ref")]
    assert aligned and all(o["parent_ref"] in annual_refs for o in aligned)
    nested = [child for o in top for child in objectives(o["children"])]
    assert nested, "objectives aligned within the quarter are nested"
    quarter_refs = {o["ref"] for o in objectives(top)}
    assert all(child["parent_ref"] in quarter_refs for child in nested)
    retention = next(o for o in top if o["title"] == "Improve customer retention")
    churn = next(kr for kr in retention["key_results"] if "churn" in kr["title"])
    assert (churn["type"], churn["start"], churn["target"], churn["unit"]) == ("decrease", 8, 5, "%")


def test_list_one_cycle_as_text(sample_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Workspace.open(sample_file) as workspace:
        quarter = workspace.cycles()[1].name
    assert main(["list", str(sample_file), "--cycle", quarter.lower()]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{quarter}  (")
    assert "Improve customer retention" in out and "Become the outdoor brand" not in out
    assert "%, " in out and "no data" in out
    assert main(["list", str(sample_file), "--cycle", "1999 Q9"]) == 1
    assert_one_line_error(capsys.readouterr().err, "no cycle named '1999 Q9'", quarter)


def test_generate_prints_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "big.okr"
    assert main(["generate", str(path), "--objectives", "40", "--seed", "2"]) == 0
    out = capsys.readouterr().out
    assert "objectives: 40" in out and "key results: 160" in out and " s:" in out
    assert main(["generate", str(path), "--objectives", "40"]) == 1
    assert_one_line_error(capsys.readouterr().err, "--force")
    assert main(["generate", str(path), "--objectives", "many"]) == 2


def test_generate_spreads_totals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "medium.okr"
    totals = ["--total-key-results", "100", "--total-check-ins", "1200"]
    assert main(["generate", str(path), "--objectives", "30", *totals]) == 0
    out = capsys.readouterr().out
    assert "objectives: 30" in out and "key results: 100" in out and "check ins: 1200" in out
    both = ["--key-results", "3", "--total-key-results", "100", "--force"]
    assert main(["generate", str(path), "--objectives", "30", *both]) == 2
    assert "not allowed with" in capsys.readouterr().err
    assert main(["generate", str(path), "--objectives", "3", "--total-key-results", "301", "--force"]) == 1
    assert_one_line_error(capsys.readouterr().err, "total of key results", "0 to 300")


@pytest.mark.parametrize("kind", ["text", "database", "empty", "folder", "missing"])
def test_bad_paths_give_one_line_and_leave_files_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    path = tmp_path / "thing.okr"
    if kind == "text":
        path.write_bytes(b"Quarterly goals\r\n- ship it\n\x00\xff")
    elif kind == "database":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('keep me')")
        conn.commit()
        conn.close()
    elif kind == "empty":
        path.touch()
    elif kind == "folder":
        path.mkdir()
    before = sorted(p.name for p in tmp_path.iterdir())
    content = path.read_bytes() if path.is_file() else None
    assert main(["list", str(path)]) == 1
    assert_one_line_error(capsys.readouterr().err)
    assert main(["list", str(path), "--json"]) == 1
    assert capsys.readouterr().out == ""
    if kind != "missing":
        assert main(["init", str(path)]) == 1
        assert_one_line_error(capsys.readouterr().err)
    assert sorted(p.name for p in tmp_path.iterdir()) == before, "no journal or other file appears"
    if content is not None:
        assert path.read_bytes() == content


def test_init_in_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", str(tmp_path / "nope" / "w.okr")]) == 1
    assert_one_line_error(capsys.readouterr().err, "does not exist")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write anywhere")
def test_init_in_a_read_only_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert main(["init", str(folder / "w.okr")]) == 1
        assert_one_line_error(capsys.readouterr().err, "not allowed")
    finally:
        folder.chmod(0o700)


def test_usage_errors_exit_with_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list"]) == 2
    assert "required" in capsys.readouterr().err
    assert main(["lsit", "w.okr"]) == 2
    assert "unknown command 'lsit'" in capsys.readouterr().err
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert all(command in out for command in ("init", "list", "generate"))


def test_no_command_opens_the_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    import okrdesk.ui.app

    calls: list[tuple[object, bool]] = []

    def fake_run_gui(path: object = None, *, exit_after_load: bool = False) -> int:
        calls.append((path, exit_after_load))
        return 0

    monkeypatch.setattr(okrdesk.ui.app, "run_gui", fake_run_gui)
    assert main([]) == 0
    assert main(["team.okr", "--exit-after-load"]) == 0
    assert main(["--", "-odd.okr"]) == 0
    assert calls == [(None, False), ("team.okr", True), ("-odd.okr", False)]


def test_python_m_okrdesk(tmp_path: Path) -> None:
    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith(f"okrdesk {okrdesk.__version__}\n")
    path = tmp_path / "s.okr"
    created = run("init", str(path), "--sample")
    assert created.returncode == 0, created.stderr
    listed = run("list", str(path), "--json")
    assert listed.returncode == 0 and listed.stderr == ""
    titles = {o["title"] for c in json.loads(listed.stdout)["cycles"] for o in objectives(c["objectives"])}
    assert "Improve customer retention" in titles and "Chloé Dubois" in listed.stdout
    broken = tmp_path / "notes.okr"
    broken.write_text("not a workspace")
    failed = run("list", str(broken))
    assert failed.returncode == 1 and failed.stdout == ""
    assert_one_line_error(failed.stderr, "not an okrdesk workspace")
    assert broken.read_text() == "not a workspace"


def test_list_does_not_import_sqlalchemy(sample_file: Path) -> None:
    code = (
        "import sys, io, contextlib\n"
        "from okrdesk.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['list', {str(sample_file)!r}, '--json']) == 0\n"
        f"    assert main(['list', {str(sample_file)!r}]) == 0\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'PySide6'))\n"
        "print(heavy)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
