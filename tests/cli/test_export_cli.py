"""`okrdesk export`: every format from the command line, the scope options, and one-line refusals that
write nothing."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from okrdesk.services.workspace import Workspace
from tests.cli.helpers import assert_one_line_error, run

TODAY = "2026-11-21"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-export") / "team.okr"
    Workspace.create(path, sample=True, today=date(2026, 11, 21)).close()
    return path


def test_markdown_of_a_cycle_for_a_team(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "online.md"
    result = run("export", str(sample), "--cycle", "2026 Q4", "--team", "online store", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote the 2026 Q4 review of team Online Store as Markdown to {out}."
    text = out.read_text(encoding="utf-8")
    assert "Scope: Team Online Store" in text
    assert "Make checkout effortless" in text
    assert "Hire and onboard great people faster" not in text  # another team's objective


def test_pdf_review_pack_for_a_1_1(sample: Path, tmp_path: Path) -> None:
    from PySide6.QtPdf import QPdfDocument

    out = tmp_path / "grace.pdf"
    result = run(
        "export",
        str(sample),
        "--cycle",
        "2026 Q4",
        "--owner",
        "Grace Mensah",
        "-o",
        str(out),
        "--today",
        TODAY,
    )
    assert result.returncode == 0, result.stderr
    assert "review pack of Grace Mensah" in result.stdout and "pages) to" in result.stdout
    document = QPdfDocument()
    assert document.load(str(out)) == QPdfDocument.Error.None_
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    assert "Grace Mensah" in text and "Cut staff turnover by 10%" in text
    assert f"({document.pageCount()} pages)" in result.stdout


def test_csv_of_every_cycle_and_the_check_in_log(sample: Path, tmp_path: Path) -> None:
    counts = Workspace.open(sample)
    try:
        expected = counts.counts()
    finally:
        counts.close()
    out = tmp_path / "all.csv"
    result = run("export", str(sample), "-o", str(out))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert {r["cycle"] for r in rows} == {"2026", "2026 Q4"}
    assert sum(1 for r in rows if r["key_result"]) == expected["key_results"]

    log = tmp_path / "log.csv"
    result = run("export", str(sample), "--format", "checkins-csv", "--cycle", "2026 Q4", "-o", str(log))
    assert result.returncode == 0, result.stderr
    entries = list(csv.DictReader(io.StringIO(log.read_text(encoding="utf-8-sig"))))
    assert entries and {e["cycle"] for e in entries} == {"2026 Q4"}
    assert result.stdout.strip() == f"Wrote {len(entries)} check-ins to {log}."


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["--cycle", "2031 Q1", "-o", "{tmp}/r.md"], ["no cycle named '2031 Q1'"]),
        (["--owner", "Online Store", "-o", "{tmp}/r.md"], ["is a team, not a person"]),
        (["--team", "Nobody", "-o", "{tmp}/r.md"], ["no team called 'Nobody'"]),
        (["-o", "{tmp}/r.txt"], ["--format"]),
        (["--format", "md", "-o", "{tmp}"], ["that is a folder", "Nothing was written"]),
        (["--format", "pdf", "-o", "{tmp}/missing/r.pdf"], ["does not exist", "Nothing was written"]),
    ],
)
def test_refusals_are_one_line_and_write_nothing(
    sample: Path, tmp_path: Path, args: list[str], fragments: list[str]
) -> None:
    before = sorted(tmp_path.iterdir())
    result = run("export", str(sample), *(a.format(tmp=tmp_path) for a in args))
    assert result.returncode == 1
    assert_one_line_error(result.stderr, *fragments)
    assert sorted(tmp_path.iterdir()) == before


def test_team_and_owner_together_is_a_usage_error(sample: Path, tmp_path: Path) -> None:
    result = run("export", str(sample), "--team", "A", "--owner", "B", "-o", str(tmp_path / "x.md"))
    assert result.returncode == 2
    assert "not allowed with argument" in result.stderr


@pytest.mark.parametrize("kind", ["pdf", "md", "csv", "checkins-csv"])
def test_an_export_never_replaces_a_workspace(sample: Path, tmp_path: Path, kind: str) -> None:
    import shutil

    own = tmp_path / "own.okr"
    other = tmp_path / "other.okr"
    shutil.copy(sample, own)
    shutil.copy(sample, other)
    for target in (own, other):  # the workspace exported, and any other workspace
        before = target.read_bytes()
        result = run("export", str(own), "--format", kind, "-o", str(target))
        assert result.returncode == 1
        assert_one_line_error(result.stderr, "workspace")
        assert target.read_bytes() == before
