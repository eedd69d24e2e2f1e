"""The interchange CSV as a spreadsheet user meets it: parsed back with the csv module, cell by cell (BOM,
header, one row per key result, order, numbers, formula guard), and written whole or not at all."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from okrdesk.domain.model import objective_ref
from okrdesk.domain.retro import ScoreEntry
from okrdesk.export.csv_files import Cancelled, formula_safe
from okrdesk.export.interchange import COLUMNS, write_interchange_csv
from okrdesk.services.errors import NotFoundError, WorkspaceError
from okrdesk.services.retro import Retrospective, finish_retrospective
from okrdesk.services.review import review_scope
from okrdesk.services.workspace import Workspace

TODAY = date(2026, 5, 10)
DANGEROUS = ["=1+2", "+cmd", "-5 apples", "@SUM(A1)", "'=already quoted", "''+twice"]
HARMLESS = [
    "<img src=x onerror=alert(1)>",
    "مرحبا بالعالم",
    "Launch 🚀",
    'Say "hi", then go',
    "it's fine",
    "5 - 3",
]


def read_csv(path: Path) -> list[dict[str, str]]:
    """The file as a spreadsheet program reads it: UTF-8 with BOM, comma-separated, header first."""
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "no BOM: Excel would guess the encoding"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    """Two cycles (a year and its second quarter), aligned objectives, hostile text, check-ins."""
    workspace = Workspace.create(tmp_path / "w.okr", today=TODAY)
    year = workspace.add_cycle("2026", date(2026, 1, 1), date(2026, 12, 31), "active")
    q2 = workspace.cycle_by_name("2026 Q2")
    team = workspace.add_owner("team", "=Team")
    alice = workspace.add_owner("person", "@alice", parent_id=team.id)
    bob = workspace.add_owner("person", "Bob")
    top = workspace.add_objective(year.id, "Company goal", owner_id=team.id)
    first = workspace.add_objective(q2.id, DANGEROUS[0], owner_id=alice.id, parent_id=top.id)
    kr = workspace.add_key_result(
        first.id, DANGEROUS[2], kr_type="increase", start=-5, target=2.5, unit="=x", owner_id=bob.id
    )
    workspace.record_check_in(kr.id, -1.25, confidence=7, at=datetime(2026, 5, 3, 9, 30, 15))
    workspace.add_key_result(first.id, DANGEROUS[3], kr_type="milestone", start=0, target=1, weight=0)
    for title in DANGEROUS[1:] + HARMLESS:
        workspace.add_objective(q2.id, title, owner_id=bob.id)
    child = workspace.add_objective(q2.id, "Child", parent_id=first.id)
    workspace.add_key_result(child.id, "Tenths", start=0.1, target=0.30000000000000004)
    yield workspace
    workspace.close()


def export(ws: Workspace, tmp_path: Path, **options: object) -> list[dict[str, str]]:
    target = tmp_path / "okrs.csv"
    rows = write_interchange_csv(ws, target, today=TODAY, **options)  # type: ignore[arg-type]
    parsed = read_csv(target)
    assert rows == len(parsed)
    return parsed


def test_header_and_one_row_per_key_result_or_objective(ws: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "okrs.csv"
    write_interchange_csv(ws, target, today=TODAY)
    header = next(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    assert tuple(header) == COLUMNS
    rows = read_csv(target)
    counts = ws.counts()
    objectives_without_krs = counts["objectives"] - 2  # the first objective and "Child" have key results
    assert len(rows) == counts["key_results"] + objectives_without_krs
    lone = next(r for r in rows if r["objective"] == "Company goal")
    kr_columns = COLUMNS[COLUMNS.index("key_result") : COLUMNS.index("as_of") + 1]
    assert len(kr_columns) == 12 and all(lone[c] == "" for c in kr_columns), "a lone objective's are empty"
    assert lone["status"] == "no_data" and lone["progress"] == ""


def test_cells_of_a_key_result_row(ws: Workspace, tmp_path: Path) -> None:
    rows = export(ws, tmp_path)
    row = next(r for r in rows if r["key_result"] == "'-5 apples")
    first = next(o for o in ws.cycle_tree(ws.cycle_by_name("2026 Q2").id).objectives if o.title == "=1+2")
    assert (
        row["cycle"] == "2026 Q2" and row["cycle_start"] == "2026-04-01" and row["cycle_end"] == "2026-06-30"
    )
    assert row["ref"] == objective_ref(first.id)
    assert row["objective"] == "'=1+2" and row["owner"] == "'@alice"
    assert row["type"] == "increase"
    assert (row["start"], row["target"], row["current"], row["weight"]) == ("-5", "2.5", "-1.25", "1")
    assert (row["owner_kind"], row["owner_team"]) == ("person", "'=Team"), "Alice is in the team =Team"
    assert row["unit"] == "'=x" and row["kr_owner"] == "Bob"
    assert (row["kr_owner_kind"], row["kr_owner_team"]) == ("person", ""), "Bob is in no team"
    assert row["as_of"] == row["last_check_in"] == "2026-05-03T09:30:15"
    assert row["confidence"] == "7"
    assert row["progress"] == "0.5"  # (-1.25 - -5) / (2.5 - -5)
    assert row["expected"] == "0.4333" and row["status"] == "on_track"  # May 10: day 39 of 90
    assert row["score"] == ""
    milestone = next(r for r in rows if r["key_result"] == "'@SUM(A1)")
    assert (milestone["type"], milestone["start"], milestone["target"], milestone["weight"]) == (
        "milestone",
        "0",
        "1",
        "0",
    )
    assert milestone["as_of"] == "" and milestone["current"] == "0"
    assert milestone["kr_owner"] == milestone["kr_owner_kind"] == milestone["kr_owner_team"] == ""
    tenths = next(r for r in rows if r["key_result"] == "Tenths")
    assert (tenths["start"], tenths["target"]) == ("0.1", "0.30000000000000004")  # exact, shortest


def test_every_dangerous_text_is_guarded_and_numbers_are_not(ws: Workspace, tmp_path: Path) -> None:
    rows = export(ws, tmp_path)
    titles = [r["objective"] for r in rows]
    for text in DANGEROUS:
        assert "'" + text in titles, text
    for text in HARMLESS:
        assert text in titles, text
    for row in rows:
        for column, cell in row.items():
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                assert column in ("start", "target", "current"), (column, cell)
                float(cell)  # a number: written as one, never guarded
    assert any(r["start"] == "-5" for r in rows)
    team_rows = [r for r in rows if r["objective"] == "Company goal"]
    assert (team_rows[0]["owner"], team_rows[0]["owner_kind"], team_rows[0]["owner_team"]) == (
        "'=Team",
        "team",
        "",
    )


def test_the_python_guard(ws: Workspace) -> None:
    for text in ("=x", "+x", "-x", "@x", "\tx", "\rx", "'=x", "''-x"):
        assert formula_safe(text) == "'" + text
    for text in ("x", "", "'x", "x=1", " =x", "5 - 3", "'"):
        assert formula_safe(text) == text
    assert formula_safe(None) == ""


def test_order_cycles_by_start_parents_before_children(ws: Workspace, tmp_path: Path) -> None:
    rows = export(ws, tmp_path)
    assert [r["cycle"] for r in rows][:1] == ["2026"], "the year starts first (and is longer)"
    refs = [r["ref"] for r in rows]
    for row in rows:
        if row["parent_ref"]:
            assert refs.index(row["parent_ref"]) < refs.index(row["ref"])
    first = [r for r in rows if r["objective"] == "'=1+2"]
    assert [r["key_result"] for r in first] == ["'-5 apples", "'@SUM(A1)"], "key results by position"
    child = next(r for r in rows if r["objective"] == "Child")
    assert child["parent_ref"] == first[0]["ref"]
    assert refs.index(child["ref"]) == refs.index(first[0]["ref"]) + 2, "right after its parent"


def test_parent_outside_the_file_is_left_blank(ws: Workspace, tmp_path: Path) -> None:
    everything = export(ws, tmp_path)
    aligned = next(r for r in everything if r["objective"] == "'=1+2")
    assert aligned["parent_ref"].startswith("O-"), "the year's objective is in the file"
    quarter = export(ws, tmp_path, cycle_name="2026 q2")
    assert {r["cycle"] for r in quarter} == {"2026 Q2"}
    aligned = next(r for r in quarter if r["objective"] == "'=1+2")
    assert aligned["parent_ref"] == "", "the year is not exported"
    child = next(r for r in quarter if r["objective"] == "Child")
    assert child["parent_ref"] == aligned["ref"]
    with pytest.raises(NotFoundError):
        write_interchange_csv(ws, tmp_path / "x.csv", "2031 Q9")


def test_a_scope_keeps_what_it_covers(ws: Workspace, tmp_path: Path) -> None:
    bob = export(ws, tmp_path, scope=review_scope(ws, owner="bob"))
    assert {r["kr_owner"] for r in bob if r["key_result"]} == {"Bob"}
    assert "'=1+2" in {r["objective"] for r in bob}, "his key result brings its objective along"
    assert "'@SUM(A1)" not in {r["key_result"] for r in bob}, "Alice's key result stays out"
    assert next(r for r in bob if r["objective"] == "'=1+2")["parent_ref"] == ""
    team = export(ws, tmp_path, scope=review_scope(ws, team="=team"))
    assert "Company goal" in {r["objective"] for r in team}


def test_an_objective_of_the_scope_carries_all_its_key_results(ws: Workspace, tmp_path: Path) -> None:
    """Alice owns "=1+2": her export holds Bob's key result of it too (not only hers), and an objective of
    hers whose only key result is Bob's is not written as one without key results."""
    q2 = ws.cycle_by_name("2026 Q2")
    alice = next(o for o in ws.owners() if o.name == "@alice")
    bob = next(o for o in ws.owners() if o.name == "Bob")
    hers = ws.add_objective(q2.id, "Hers", owner_id=alice.id)
    kr = ws.add_key_result(hers.id, "Bob does it", start=0, target=10, owner_id=bob.id)
    ws.record_check_in(kr.id, 5, at=datetime(2026, 5, 1, 9))
    rows = export(ws, tmp_path, scope=review_scope(ws, owner="@alice"))
    first = [r["key_result"] for r in rows if r["objective"] == "'=1+2"]
    assert first == ["'-5 apples", "'@SUM(A1)"]
    assert [(r["key_result"], r["current"]) for r in rows if r["objective"] == "Hers"] == [
        ("Bob does it", "5")
    ]
    bob_rows = export(ws, tmp_path, scope=review_scope(ws, owner="bob"))
    assert [r["key_result"] for r in bob_rows if r["objective"] == "'=1+2"] == ["'-5 apples"], (
        "an objective brought in by one key result carries just that one"
    )


def test_kinds_states_sources_and_descriptions_are_written(ws: Workspace, tmp_path: Path) -> None:
    q2 = ws.cycle_by_name("2026 Q2")
    ws.update_cycle(q2.id, state="closed")
    goal = ws.add_objective(
        q2.id,
        "Standing",
        description="=first line\nsecond, with a comma",
        kind="aspirational",
        state="dropped",
        progress_source="both",
    )
    ws.add_key_result(goal.id, "Described", start=0, target=1, description="@how we count")
    rows = export(ws, tmp_path)
    row = next(r for r in rows if r["objective"] == "Standing")
    assert (row["description"], row["kind"], row["state"], row["progress_source"]) == (
        "'=first line\nsecond, with a comma",
        "aspirational",
        "dropped",
        "both",
    )
    assert (row["cycle_state"], row["kr_description"]) == ("closed", "'@how we count")
    lone = next(r for r in rows if r["objective"] == "Company goal")
    assert (lone["cycle_state"], lone["kind"], lone["state"], lone["progress_source"]) == (
        "active",
        "committed",
        "active",
        "key_results",
    )
    assert lone["description"] == lone["kr_description"] == ""


def test_score_from_the_stored_retrospective(tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "s.okr", sample=True, today=date(2026, 11, 21))
    q4 = ws.cycle_by_name("2026 Q4")
    krs = [k for k in ws.cycle_tree(q4.id).key_results if ws.objective(k.objective_id).cycle_id == q4.id]
    entry = ScoreEntry(krs[0].id, 0.0, 0.9, "Better than it looks")
    finish_retrospective(ws, Retrospective(q4.id, scores=(entry,)), backup_dir=tmp_path)
    rows = export(ws, tmp_path)
    scored = [r for r in rows if r["cycle"] == "2026 Q4" and r["key_result"]]
    assert len(scored) == len(krs) and all(r["score"] for r in scored)
    assert "0.9" in {r["score"] for r in scored}
    assert all(r["score"] == "" for r in rows if r["cycle"] == "2026")
    ws.close()


def test_progress_reports_and_cancel_leaves_the_old_file(ws: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "okrs.csv"
    target.write_bytes(b"old content")
    seen: list[tuple[int, int]] = []

    def cancel(done: int, total: int) -> bool:
        seen.append((done, total))
        return False

    with pytest.raises(Cancelled):
        write_interchange_csv(ws, target, progress=cancel)
    assert target.read_bytes() == b"old content"
    assert seen == [(0, seen[0][1])] and seen[0][1] > 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("okrs")] == ["okrs.csv"], "no leftovers"
    write_interchange_csv(ws, target, progress=lambda done, total: seen.append((done, total)) or True)
    assert seen[-1][0] == seen[-1][1]


def test_unwritable_targets_are_refused_in_words(ws: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "a folder.csv"
    folder.mkdir()
    with pytest.raises(WorkspaceError, match="folder"):
        write_interchange_csv(ws, folder)
    assert list(folder.iterdir()) == []
    with pytest.raises(WorkspaceError, match="does not exist"):
        write_interchange_csv(ws, tmp_path / "missing" / "okrs.csv")
    with pytest.raises(WorkspaceError, match="cannot replace the workspace"):
        write_interchange_csv(ws, ws.path)
    assert Workspace.open(ws.path).counts() == ws.counts()


def test_read_only_folder_or_file_keeps_the_old_file(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    old = locked / "okrs.csv"
    old.write_text("old")
    if os.geteuid() == 0:  # root may write anywhere: let the folder and the file look read-only
        real = os.access
        denied = {str(locked), str(old)}
        monkeypatch.setattr(os, "access", lambda p, mode: str(p) not in denied and real(p, mode))
    locked.chmod(0o555)
    try:
        with pytest.raises(WorkspaceError, match="may not write"):
            write_interchange_csv(ws, old)
        assert old.read_text() == "old"
    finally:
        locked.chmod(0o755)
    if os.geteuid() == 0:
        denied.discard(str(locked))
    old.chmod(0o444)
    with pytest.raises(WorkspaceError, match="read-only"):
        write_interchange_csv(ws, old)
    assert old.read_text() == "old"
    assert [p.name for p in locked.iterdir()] == ["okrs.csv"]
