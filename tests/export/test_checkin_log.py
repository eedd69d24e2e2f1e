"""The check-in log CSV: one row per check-in, read back with the csv module; notes exactly as written
(commas, quotes, line breaks), the formula guard on the fast SQL path equal to the Python one, order, scope,
cancel."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from okrdesk.export.checkin_log import COLUMNS, write_check_in_log
from okrdesk.export.csv_files import Cancelled, formula_safe
from okrdesk.services.errors import WorkspaceError
from okrdesk.services.review import review_scope
from okrdesk.services.workspace import Workspace

TODAY = date(2026, 5, 10)
NOTES = [
    "-5 from last week",
    '=HYPERLINK("http://example.invalid")',
    "+1 customer",
    "@channel please look",
    "\tindented",
    "\rcarriage",
    "'=already quoted",
    "''-twice",
    'He said "ship it", then left',
    "line one\nline two",
    "<script>alert(1)</script>",
    "مرحبا 🚀",
    "",
    "plain - text",
]


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.create(tmp_path / "w.okr", today=TODAY)
    q2 = workspace.cycle_by_name("2026 Q2")
    year = workspace.add_cycle("2026", date(2026, 1, 1), date(2026, 12, 31), "active")
    ann = workspace.add_owner("person", "-Ann")
    ben = workspace.add_owner("person", "Ben, Jr.")
    top = workspace.add_objective(year.id, "Year goal")
    top_kr = workspace.add_key_result(top.id, "Yearly", start=0, target=10, unit="k€")
    workspace.record_check_in(top_kr.id, 3, at=datetime(2026, 2, 1, 8))
    goal = workspace.add_objective(q2.id, "=Goal", owner_id=ann.id, parent_id=top.id)
    second = workspace.add_key_result(goal.id, "Second", start=0, target=100, owner_id=ben.id)
    first = workspace.add_key_result(goal.id, "+First", start=0, target=100, unit="%", owner_id=ann.id)
    workspace.move_key_result(first.id, goal.id, 0)
    start = datetime(2026, 4, 2, 9, 15, 30)
    for n, note in enumerate(NOTES):
        author = ann.id if n % 2 else ben.id
        workspace.record_check_in(
            first.id, n * 2.5, note=note, at=start + timedelta(days=n), author_id=author
        )
    workspace.record_check_in(second.id, 72.67, confidence=3, at=datetime(2026, 4, 20))
    workspace.record_check_in(second.id, 1e-7, at=datetime(2026, 4, 10))  # older: listed first
    yield workspace
    workspace.close()


def test_one_row_per_check_in_with_every_cell(ws: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "log.csv"
    assert write_check_in_log(ws, target) == len(NOTES) + 3
    header = next(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    assert tuple(header) == COLUMNS
    rows = read_csv(target)
    assert len(rows) == len(NOTES) + 3
    year = rows[0]
    assert (year["cycle"], year["objective"], year["key_result"], year["value"], year["unit"]) == (
        "2026",
        "Year goal",
        "Yearly",
        "3",
        "k€",
    )
    first = [r for r in rows if r["key_result"] == "'+First"]
    assert [r["note"] for r in first] == [formula_safe(n) for n in NOTES], "notes exactly, guarded"
    assert first[0]["at"] == "2026-04-02T09:15:30"
    assert [r["value"] for r in first[:3]] == ["0", "2.5", "5"]
    assert {r["author"] for r in first} == {"'-Ann", "Ben, Jr."}
    assert first[0]["objective"] == "'=Goal" and first[0]["objective_ref"].startswith("O-")
    assert first[0]["kr_ref"].startswith("KR-") and first[0]["unit"] == "%"
    assert first[0]["confidence"] == ""
    second = [r for r in rows if r["key_result"] == "Second"]
    assert [r["value"] for r in second] == ["1e-07", "72.67"], "oldest first; shortest form"
    assert second[1]["confidence"] == "3" and second[0]["author"] == ""


def test_order_cycles_objectives_and_key_results_by_position(ws: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "log.csv"
    write_check_in_log(ws, target)
    titles = [r["key_result"] for r in read_csv(target)]
    assert titles[0] == "Yearly"
    assert titles.index("'+First") < titles.index("Second"), "key results in their order, not by id"


def test_sql_guard_equals_the_python_guard(ws: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "log.csv"
    write_check_in_log(ws, target, "2026 Q2")
    notes = [r["note"] for r in read_csv(target) if r["key_result"] == "'+First"]
    for note, written in zip(NOTES, notes, strict=True):
        assert written == formula_safe(note), note
        if note[:1] in ("=", "+", "-", "@", "\t", "\r") or note.startswith("'"):
            assert written.startswith("'"), note
    raw = target.read_bytes().decode("utf-8-sig")
    assert '"line one\nline two"' in raw and '"He said ""ship it"", then left"' in raw


def test_one_cycle_or_a_scope(ws: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "log.csv"
    assert write_check_in_log(ws, target, "2026 q2") == len(NOTES) + 2
    assert {r["cycle"] for r in read_csv(target)} == {"2026 Q2"}
    write_check_in_log(ws, target, scope=review_scope(ws, owner="ben, jr."))
    assert {r["key_result"] for r in read_csv(target)} == {"Second"}
    assert write_check_in_log(ws, target, "2026", scope=review_scope(ws, owner="-ann")) == 0
    assert read_csv(target) == [], "a header alone when there is nothing to list"


def test_an_empty_unit_is_a_blank_cell(ws: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "log.csv"
    write_check_in_log(ws, target, "2026 Q2")
    lines = target.read_bytes().decode("utf-8-sig").split("\r\n")
    second = [line for line in lines if ",Second," in line]
    assert len(second) == 2
    assert all('""' not in line for line in second), second
    assert second[0].endswith(",2026-04-10T00:00:00,1e-07,,,,")


def test_an_objective_of_the_scope_carries_all_its_key_results(ws: Workspace, tmp_path: Path) -> None:
    """-Ann owns "=Goal": her log holds the check-ins of Ben's key result of it too."""
    target = tmp_path / "log.csv"
    write_check_in_log(ws, target, scope=review_scope(ws, owner="-ann"))
    assert {r["key_result"] for r in read_csv(target)} == {"'+First", "Second"}
    write_check_in_log(ws, target, scope=review_scope(ws, owner="ben, jr."))
    assert {r["key_result"] for r in read_csv(target)} == {"Second"}, "Ben's key result alone"


def test_cancel_keeps_the_old_file_and_a_folder_is_refused(ws: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "log.csv"
    target.write_text("old")
    calls: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        write_check_in_log(ws, target, progress=lambda done, total: calls.append((done, total)) or done == 0)
    assert target.read_text() == "old"
    assert calls[-1] == (len(NOTES) + 3, len(NOTES) + 3)
    with pytest.raises(WorkspaceError, match="folder"):
        write_check_in_log(ws, tmp_path)


def test_a_large_log_streams_in_chunks(tmp_path: Path) -> None:
    from okrdesk.services.generate import generate

    path = tmp_path / "big.okr"
    counts = generate(path, 100, key_results_per_objective=3, check_ins_per_key_result=40, today=TODAY)
    with Workspace.open(path) as ws:
        calls: list[int] = []
        target = tmp_path / "log.csv"
        written = write_check_in_log(ws, target, progress=lambda done, total: calls.append(done) or True)
    assert written == counts["check_ins"] == len(read_csv(target)) > 5000
    assert len(calls) >= 3 and calls == sorted(calls)
