"""`okrdesk check`, `okrdesk backup` and `okrdesk restore`, run as a user runs them."""

from __future__ import annotations

import json
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path

import pytest

from okrdesk.services import backups
from okrdesk.services.workspace import Workspace
from okrdesk.store.connection import file_uri
from tests.cli.helpers import assert_one_line_error, run
from tests.safety.holders import held_by_another_okrdesk, names

MAY_1 = datetime(2026, 5, 1, 10, 0, 0)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "w.okr"
    with Workspace.create(path, today=date(2026, 5, 10)) as workspace:
        objective = workspace.add_objective(workspace.cycles()[0].id, "Delight customers")
        kr = workspace.add_key_result(objective.id, "Net promoter score", start=10, target=50)
        workspace.record_check_in(kr.id, 20, at=datetime(2026, 4, 20, 9, 0))
    return path


@pytest.fixture
def path(template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "w.okr"
    shutil.copyfile(template, target)
    return target


def _titles(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT title FROM objectives ORDER BY id")]
    finally:
        conn.close()


def _backup(path: Path, now: datetime = MAY_1) -> Path:
    with Workspace.open(path) as workspace:
        return backups.make_backup(workspace, "manual", now=now)


def _add_objective(path: Path, title: str) -> None:
    with Workspace.open(path) as workspace:
        workspace.add_objective(workspace.cycles()[0].id, title)


def _damage(path: Path) -> None:
    conn = sqlite3.connect(file_uri(path, read_only=True, immutable=True), uri=True)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'check_ins'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size : (root - 1) * page_size + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


# ---- check ---------------------------------------------------------------------------------------------


def test_check_says_a_healthy_workspace_is_healthy_and_leaves_nothing_behind(path: Path) -> None:
    before = path.read_bytes()
    result = run("check", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "w.okr is healthy: okrdesk's schema, integrity check and foreign keys are all right."
    assert "  format: 2" in lines
    assert "  holds: 1 cycle, 1 objective, 1 key result, 1 check-in, the last on 2026-04-20" in lines
    assert "  backups: none yet" in lines
    assert path.read_bytes() == before
    assert names(path.parent) == ["w.okr"]  # no -wal, -shm or lock file left beside it


def test_check_of_a_damaged_workspace_exits_1_and_names_the_newest_good_backup(path: Path) -> None:
    older = _backup(path, datetime(2026, 4, 1))
    good = _backup(path)
    broken = _backup(path, datetime(2026, 5, 2))
    _damage(broken)  # the newest backup is damaged too: it must not be offered
    _damage(path)
    before = path.read_bytes()
    result = run("check", str(path))
    assert result.returncode == 1
    assert result.stdout.startswith("w.okr is DAMAGED. SQLite's integrity check found:\n  - ")
    assert "copy can do this; the damaged file was left as it was." in result.stdout
    assert f"The newest good backup is {good} (Backup made by hand, 2026-05-01 10:00)." in result.stdout
    assert f'Restore it with: okrdesk restore "{path}" "{good}"' in result.stdout
    assert str(older) not in result.stdout
    assert path.read_bytes() == before


def test_check_of_a_damaged_workspace_without_backups_says_so(path: Path) -> None:
    _damage(path)
    result = run("check", str(path))
    assert result.returncode == 1
    assert "There is no good backup of it in the backups folder beside it." in result.stdout


def test_a_workspace_whose_table_of_contents_is_damaged_is_named_damaged_and_can_be_recovered(
    path: Path,
) -> None:
    good = _backup(path)
    data = bytearray(path.read_bytes())
    data[100:108] = b"\xff" * 8  # where SQLite keeps the list of tables
    path.write_bytes(bytes(data))
    check = run("check", str(path))
    assert check.returncode == 1
    assert "w.okr is DAMAGED" in check.stdout and f"The newest good backup is {good}" in check.stdout
    restore = run("restore", str(path), "1")
    assert restore.returncode == 0, restore.stderr
    assert "The damaged file was kept as" in restore.stdout
    assert _titles(path) == ["Delight customers"]


def test_check_of_a_workspace_holding_a_value_okrdesk_never_writes_calls_it_damaged(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE check_ins SET at = '2026-1z-20 09:00:00'")
    conn.commit()
    conn.close()
    result = run("check", str(path))
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, result.stderr  # SQLite's own checks pass; okrdesk reads every value
    assert "w.okr is DAMAGED" in result.stdout and "check_ins.at are not dates" in result.stdout


def test_check_of_a_file_that_is_not_a_workspace_is_one_line(tmp_path: Path) -> None:
    other = tmp_path / "notes.okr"
    other.write_text("shopping list\n" * 20, encoding="utf-8")
    result = run("check", str(other))
    assert result.returncode == 1
    assert_one_line_error(result.stderr, "notes.okr is not an okrdesk workspace")
    assert other.read_text(encoding="utf-8") == "shopping list\n" * 20


# ---- backup ----------------------------------------------------------------------------------------------


def test_backup_saves_a_verified_copy_even_while_the_app_has_the_workspace_open(path: Path) -> None:
    with held_by_another_okrdesk(path):
        result = run("backup", str(path))
    assert result.returncode == 0, result.stderr
    saved = list((path.parent / "backups").iterdir())
    assert len(saved) == 1 and saved[0].name.startswith("w-manual-")
    assert result.stdout.splitlines() == [
        f"Saved a verified backup to {saved[0]}",
        "  it holds 1 cycle, 1 objective, 1 key result, 1 check-in, the last on 2026-04-20",
    ]
    assert _titles(saved[0]) == ["Delight customers"]


# ---- restore -------------------------------------------------------------------------------------------


def test_restore_without_a_backup_lists_them_numbered_newest_first(path: Path) -> None:
    assert run("restore", str(path)).stdout.startswith("There are no backups of w.okr in ")
    first = _backup(path, datetime(2026, 4, 1, 9, 30))
    _add_objective(path, "Grow revenue")
    second = _backup(path)
    result = run("restore", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"Backups of w.okr, newest first (in {path.parent / 'backups'}):"
    assert lines[1:5] == [
        "   1. 2026-05-01 10:00  Backup made by hand: 1 cycle, 2 objectives, 1 key result, 1 check-in, "
        "the last on 2026-04-20",
        f"      {second.name}",
        "   2. 2026-04-01 09:30  Backup made by hand: 1 cycle, 1 objective, 1 key result, 1 check-in, "
        "the last on 2026-04-20",
        f"      {first.name}",
    ]
    assert lines[-1] == f'Restore one with: okrdesk restore "{path}" NUMBER'


def test_restore_by_number_puts_that_backup_in_place_and_keeps_what_was_there(path: Path) -> None:
    _backup(path)
    _add_objective(path, "Added after the backup")
    result = run("restore", str(path), "1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Restored w.okr from w-manual-20260501-100000.okr. What it held before")
    assert _titles(path) == ["Delight customers"]
    safety = [p for p in (path.parent / "backups").iterdir() if p.name.startswith("w-before-restore-")]
    assert len(safety) == 1 and str(safety[0]) in result.stdout
    assert _titles(safety[0]) == ["Delight customers", "Added after the backup"]
    _add_objective(path, "Written after the restore")  # the workspace works as before
    assert _titles(path) == ["Delight customers", "Written after the restore"]


def test_restore_by_path_takes_a_backup_file_from_anywhere(path: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "usb-stick" / "copy.okr"
    elsewhere.parent.mkdir()
    shutil.copyfile(_backup(path), elsewhere)
    _add_objective(path, "Added after the copy")
    result = run("restore", str(path), str(elsewhere))
    assert result.returncode == 0, result.stderr
    assert _titles(path) == ["Delight customers"]


def test_restore_of_a_damaged_workspace_keeps_it_aside_and_puts_the_backup_in_place(path: Path) -> None:
    _backup(path)
    _damage(path)
    damaged = path.read_bytes()
    result = run("restore", str(path), "1")
    assert result.returncode == 0, result.stderr
    aside = [p for p in path.parent.iterdir() if p.name.startswith("w-damaged-")]
    assert len(aside) == 1 and aside[0].suffix == ".okr"
    assert result.stdout.strip() == (
        f"Restored w.okr from w-manual-20260501-100000.okr. The damaged file was kept as {aside[0]}"
    )
    assert aside[0].read_bytes() == damaged
    assert _titles(path) == ["Delight customers"]
    assert run("check", str(path)).returncode == 0


def test_restore_brings_back_a_workspace_that_was_deleted(path: Path) -> None:
    _backup(path)
    path.unlink()
    listed = run("restore", str(path))
    assert "   1. 2026-05-01 10:00  Backup made by hand" in listed.stdout
    result = run("restore", str(path), "1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "Restored w.okr from w-manual-20260501-100000.okr (there was no w.okr any more)."
    )
    assert _titles(path) == ["Delight customers"]
    assert names(path.parent) == ["backups", "w.okr"]
    _add_objective(path, "Back at work")


def test_restore_while_another_okrdesk_has_the_workspace_open_is_one_line_and_changes_nothing(
    path: Path,
) -> None:
    _backup(path)
    _add_objective(path, "Added after the backup")
    with held_by_another_okrdesk(path):
        result = run("restore", str(path), "1", "--wait", "0")
    assert result.returncode == 1
    assert_one_line_error(result.stderr, "w.okr is open in okrdesk by", "Nothing was changed", "--wait")
    assert _titles(path) == ["Delight customers", "Added after the backup"]
    assert len(list((path.parent / "backups").iterdir())) == 1


def test_restore_over_a_lock_left_by_a_crashed_okrdesk_says_at_once_how_to_take_it_over(path: Path) -> None:
    _backup(path)
    _add_objective(path, "Added after the backup")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait(timeout=30)
    stale = {"user": "bob", "host": socket.gethostname(), "pid": dead.pid, "token": "x"}
    stale |= {"started": "2026-05-01T09:00:00", "seen": "2026-05-01T09:00:00"}
    (path.parent / "w.okr.lock").write_text(json.dumps(stale), encoding="utf-8")
    started = time.monotonic()
    result = run("restore", str(path), "1", "--wait", "60")
    assert time.monotonic() - started < 30  # no point waiting for an okrdesk that is gone
    assert result.returncode == 1
    assert_one_line_error(result.stderr, "no longer running", "repeat the command with --take-over")
    assert _titles(path) == ["Delight customers", "Added after the backup"]
    result = run("restore", str(path), "1", "--take-over")
    assert result.returncode == 0, result.stderr
    assert _titles(path) == ["Delight customers"]
    assert not (path.parent / "w.okr.lock").exists()


@pytest.mark.parametrize(
    ("choice", "fragment"),
    [("7", "there is no backup number 7"), ("missing.okr", "there is no backup file at missing.okr")],
)
def test_restore_of_a_backup_that_is_not_there_is_one_line(path: Path, choice: str, fragment: str) -> None:
    _backup(path)
    result = run("restore", str(path), choice)
    assert result.returncode == 1
    assert_one_line_error(result.stderr, fragment)


def test_text_that_is_not_readable_is_damage_for_check_and_one_line_for_list(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE key_results SET title = CAST(x'5265647563ff65' AS TEXT)")  # not UTF-8
    conn.close()
    before = path.read_bytes()
    check = run("check", str(path))
    assert check.returncode == 1 and "w.okr is DAMAGED" in check.stdout
    assert "key_results is not readable text" in check.stdout
    listing = run("list", str(path))
    assert_one_line_error(listing.stderr, "w.okr holds a value okrdesk cannot read: it is damaged", "restore")
    assert path.read_bytes() == before and names(path.parent) == ["w.okr"]


def test_a_backup_of_a_newer_workspace_is_saved_and_says_it_cannot_be_counted(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA user_version = 7")
    conn.close()
    result = run("backup", str(path))
    assert result.returncode == 0, result.stderr
    assert "Saved a verified backup" in result.stdout and "newer format" in result.stdout


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + b"\x00" * 30, b"not a workspace"])
def test_an_empty_or_cut_short_workspace_is_set_aside_and_a_named_backup_restored(
    path: Path, content: bytes
) -> None:
    good = _backup(path)
    path.write_bytes(content)
    result = run("restore", str(path), "1")
    assert result.returncode == 0, result.stderr
    assert "The unusable file was kept as" in result.stdout
    assert _titles(path) == ["Delight customers"]
    [aside] = path.parent.glob("w-damaged-*.okr")
    assert aside.read_bytes() == content and good.exists()
