"""Opening a workspace safely: one writer at a time, stale locks, odd files, a full disk, a moved file."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from okrdesk.services.errors import ReadOnlyWorkspaceError, WorkspaceError, WorkspaceLockedError
from okrdesk.services.opening import check_file
from okrdesk.services.workspace import Workspace
from okrdesk.store import checks, lockfile
from okrdesk.store.lockfile import read_lock
from tests.safety.holders import held_by_another_okrdesk, names, taken_over_by_another_okrdesk


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "w.okr"
    with Workspace.create(path, today=date(2026, 5, 10)) as workspace:
        cycle = workspace.cycles()[0]
        objective = workspace.add_objective(cycle.id, "Delight customers")
        workspace.add_key_result(objective.id, "Net promoter score", start=10, target=50)
    return path


@pytest.fixture
def path(template: Path, tmp_path: Path) -> Path:
    """A closed workspace alone in its folder (in WAL mode, as okrdesk leaves it)."""
    target = tmp_path / "w.okr"
    shutil.copyfile(template, target)
    return target


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)  # an ordinary reader: sees what was committed, WAL included
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def _write_lock(path: Path, **fields: Any) -> None:
    now = datetime.now().replace(microsecond=0).isoformat()
    data = {"user": "bob", "host": "laptop-of-bob.example", "pid": 4242, "started": now, "seen": now}
    lockfile.lock_path(path).write_text(json.dumps(data | {"token": "theirs"} | fields), encoding="utf-8")


# ---- one writer ----------------------------------------------------------------------------------------


def test_a_workspace_open_in_another_okrdesk_is_refused_for_writing_naming_who_has_it(path: Path) -> None:
    with held_by_another_okrdesk(path) as other:
        with pytest.raises(WorkspaceLockedError) as caught:
            Workspace.open(path)
        assert not caught.value.stale  # it is alive: no take-over offered
        assert caught.value.holder.pid == other.pid
        message = str(caught.value)
        assert f"is open in okrdesk by {caught.value.holder.user} on {lockfile._host()}" in message
        assert "read-only" in message
        with Workspace.open(path, read_only=True) as reader:  # reading it meanwhile is fine
            assert [o.title for o in reader.cycle_tree(reader.cycles()[0].id).objectives] == [
                "Delight customers"
            ]
    with Workspace.open(path) as workspace:  # closed there: it is ours now
        assert workspace.lock is not None and read_lock(path) == workspace.lock.info


def test_a_write_waits_for_the_other_okrdesk_to_close_the_workspace(path: Path) -> None:
    with held_by_another_okrdesk(path) as other:
        assert other.stdin is not None
        other.stdin.write("close\n")
        other.stdin.flush()
        with Workspace.open(path, wait=60) as workspace:  # as `okrdesk checkin --wait` does
            workspace.add_objective(workspace.cycles()[0].id, "Queued behind the other")
    assert _count(path, "objectives") == 2


def test_the_same_process_may_open_a_workspace_twice_and_the_lock_goes_with_the_last(path: Path) -> None:
    first = Workspace.open(path)
    second = Workspace.open(path)
    try:
        second.add_objective(second.cycles()[0].id, "From the second window")
        first.close()
        assert lockfile.lock_path(path).exists()
        second.add_objective(second.cycles()[0].id, "Still allowed")
    finally:
        first.close()
        second.close()
    assert names(path.parent) == ["w.okr"]


def _spy_integrity(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    calls: list[bool] = []
    real = checks.integrity_problems

    def spy(conn: sqlite3.Connection, *, full: bool = False) -> list[str]:
        calls.append(full)
        return real(conn, full=full)

    monkeypatch.setattr(checks, "integrity_problems", spy)
    return calls


def test_a_lock_left_by_an_okrdesk_that_died_is_offered_then_taken_over_with_a_full_check(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait(timeout=30)
    _write_lock(path, host=lockfile._host(), pid=dead.pid)
    with pytest.raises(WorkspaceLockedError, match="no longer running") as caught:
        Workspace.open(path)
    assert caught.value.stale
    assert "take it over" in str(caught.value)
    calls = _spy_integrity(monkeypatch)
    with Workspace.open(path, take_over=True) as workspace:
        assert workspace.unclean  # the app says the whole file was checked
        assert calls == [True]  # integrity_check and foreign_key_check, not only quick_check
        info = read_lock(path)
        assert info is not None and info.pid == os.getpid()
        workspace.add_objective(workspace.cycles()[0].id, "After the take-over")
    assert names(path.parent) == ["w.okr"]


def test_a_normal_open_runs_only_the_quick_check(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _spy_integrity(monkeypatch)
    with Workspace.open(path) as workspace:
        assert not workspace.unclean
    assert calls == [False]


@pytest.mark.parametrize("text", ["", "{{{ not json", '{"user": "bob"}'])
def test_an_unreadable_lock_file_is_offered_for_take_over(path: Path, text: str) -> None:
    lockfile.lock_path(path).write_text(text, encoding="utf-8")
    with pytest.raises(WorkspaceLockedError, match="left open by someone on an unknown computer") as caught:
        Workspace.open(path)
    assert caught.value.stale
    with Workspace.open(path, take_over=True) as workspace:
        assert workspace.unclean


def test_a_fresh_lock_of_another_computer_is_not_offered_for_take_over(path: Path) -> None:
    _write_lock(path)
    with pytest.raises(WorkspaceLockedError, match="is open in okrdesk by bob on laptop-of-bob") as caught:
        Workspace.open(path)
    assert not caught.value.stale
    old = (datetime.now() - lockfile.STALE_AFTER - timedelta(minutes=1)).replace(microsecond=0).isoformat()
    _write_lock(path, seen=old)
    with pytest.raises(WorkspaceLockedError, match="has not been heard from") as caught:
        Workspace.open(path)
    assert caught.value.stale


def test_after_another_okrdesk_took_over_this_one_can_no_longer_change_anything(path: Path) -> None:
    with Workspace.open(path) as workspace:
        workspace.ensure_writable()
        taken_over_by_another_okrdesk(path)
        with pytest.raises(WorkspaceError, match=r"Another okrdesk took w\.okr over"):
            workspace.ensure_writable()
        with pytest.raises(WorkspaceError, match=r"Another okrdesk took w\.okr over.*Nothing was changed"):
            workspace.add_objective(workspace.cycles()[0].id, "Lost write")
        assert not workspace.refresh_lock()
        theirs = read_lock(path)
    assert _count(path, "objectives") == 1
    assert read_lock(path) == theirs  # closing here left their lock alone


def test_refreshing_the_lock_marks_this_okrdesk_as_still_there(path: Path) -> None:
    with Workspace.open(path) as workspace:
        assert workspace.lock is not None
        token = workspace.lock.info.token
        long_ago = "2026-01-01T08:00:00"
        _write_lock(
            path, host=lockfile._host(), pid=os.getpid(), token=token, started=long_ago, seen=long_ago
        )
        assert workspace.refresh_lock()
        info = read_lock(path)
        assert info is not None and info.token == token
        assert datetime.now() - info.seen < timedelta(minutes=1)


@pytest.fixture
def read_only_folder(path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The workspace's folder made read-only (a CD, a read-only share). Root writes there all the same, so
    for root okrdesk is told what the file system tells anyone else."""
    path.parent.chmod(0o555)
    if os.geteuid() == 0:
        real_access = os.access
        folder = str(path.parent)

        def access(target: Any, mode: int, *args: Any, **kwargs: Any) -> bool:
            if mode & os.W_OK and os.fspath(target).startswith(folder):
                return False
            return real_access(target, mode, *args, **kwargs)

        monkeypatch.setattr(os, "access", access)
    yield path
    path.parent.chmod(0o755)


def test_a_workspace_in_a_read_only_folder_is_refused_for_writing_saying_it_can_be_read(
    read_only_folder: Path,
) -> None:
    before = read_only_folder.read_bytes()
    with pytest.raises(ReadOnlyWorkspaceError, match=r"read-only\); it can be opened read-only"):
        Workspace.open(read_only_folder)
    assert read_only_folder.read_bytes() == before
    assert names(read_only_folder.parent) == ["w.okr"]


def test_a_workspace_in_a_read_only_folder_opens_read_only_and_leaves_nothing_beside_it(
    read_only_folder: Path,
) -> None:
    with Workspace.open(read_only_folder, read_only=True) as workspace:
        assert workspace.read_only
        assert workspace.counts()["objectives"] == 1
        with pytest.raises(WorkspaceError, match="read-only"):
            workspace.add_objective(workspace.cycles()[0].id, "Not allowed")
    assert names(read_only_folder.parent) == ["w.okr"]


def test_check_reads_a_workspace_in_a_read_only_folder_whole_and_leaves_nothing_beside_it(
    read_only_folder: Path,
) -> None:
    before = read_only_folder.read_bytes()
    health = check_file(read_only_folder)
    assert health.problems == []  # not "attempt to write a readonly database" reported as damage
    assert health.summary is not None and health.summary.objectives == 1
    assert read_only_folder.read_bytes() == before
    assert names(read_only_folder.parent) == ["w.okr"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "is empty"),
        (b"PK\x03\x04 a zip file, not a workspace" * 10, "not a database file"),
        (None, "a database of another program"),
    ],
    ids=["empty", "another-kind-of-file", "another-programs-database"],
)
def test_a_file_that_is_not_a_workspace_is_refused_and_left_byte_for_byte(
    tmp_path: Path, content: bytes | None, reason: str
) -> None:
    path = tmp_path / "w.okr"
    if content is None:
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE songs (title TEXT)")
        conn.commit()
        conn.close()
    else:
        path.write_bytes(content)
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match=reason):
        Workspace.open(path)
    with pytest.raises(WorkspaceError, match=reason):
        Workspace.open(path, read_only=True)
    assert path.read_bytes() == before
    assert names(tmp_path) == ["w.okr"]


# ---- a full disk, a file moved away ---------------------------------------------------------------------


def test_a_full_disk_refuses_the_edit_whole_and_the_same_edit_works_once_there_is_room(path: Path) -> None:
    with Workspace.open(path) as workspace:
        kr = workspace.cycle_tree(workspace.cycles()[0].id).key_results[0]
        pages = workspace.conn.execute("PRAGMA page_count").fetchone()[0]
        workspace.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk holds not one page more
        note = "A long note about what happened this week. " * 2000
        with pytest.raises(WorkspaceError, match=r"the disk is full.*Nothing was changed"):
            workspace.record_check_in(kr.id, 20, note=note)
        assert workspace.check_ins(kr.id) == []
        assert workspace.verify(full=True) == []
        workspace.conn.execute(f"PRAGMA max_page_count = {pages * 100}")
        recorded = workspace.record_check_in(kr.id, 20, note=note)
        assert workspace.check_in(recorded.id).note == note
    assert _count(path, "check_ins") == 1


@pytest.mark.parametrize("how", ["renamed", "deleted"])
def test_an_edit_after_the_file_was_moved_away_is_refused_and_the_moved_file_is_not_touched(
    path: Path, how: str
) -> None:
    moved = path.with_name("renamed.okr")
    with Workspace.open(path) as workspace:
        workspace.add_objective(workspace.cycles()[0].id, "Before the move")
        workspace.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if how == "renamed":
            path.rename(moved)
            before = moved.read_bytes()
        else:
            path.unlink()
        with pytest.raises(
            WorkspaceError, match=r"moved, renamed or deleted while open.*Nothing was changed"
        ):
            workspace.add_objective(workspace.cycles()[0].id, "After the move")
        if how == "renamed":
            assert moved.read_bytes() == before
    assert not path.exists()


def test_edits_made_before_the_file_was_renamed_are_in_the_renamed_file_after_closing(path: Path) -> None:
    moved = path.with_name("renamed.okr")
    with Workspace.open(path) as workspace:
        workspace.add_objective(workspace.cycles()[0].id, "Recorded before the rename")
        path.rename(moved)
    assert _count(moved, "objectives") == 2
    assert names(path.parent) == ["renamed.okr"]  # no -wal or -shm left under the old name


def test_creating_a_workspace_over_one_another_okrdesk_has_open_changes_nothing(path: Path) -> None:
    before = path.read_bytes()
    with held_by_another_okrdesk(path):
        with pytest.raises(WorkspaceLockedError):
            Workspace.create(path)
        assert path.read_bytes() == before


# ---- the start-up's check in the background --------------------------------------------------------------


def test_a_background_check_lets_the_workspace_open_and_changes_wait_for_its_verdict(path: Path) -> None:
    with Workspace.open(path, integrity="background") as workspace:
        assert workspace.check is not None
        kr = workspace.cycle_tree(workspace.cycles()[0].id).key_results[0]  # reads need no verdict
        workspace.record_check_in(kr.id, 20.0)  # waits for it: whole
        assert workspace.check.done and workspace.check.problems == []
    assert _count(path, "check_ins") == 1


def test_damage_found_in_the_background_refuses_every_change_and_leaves_the_file_as_it_was(
    path: Path,
) -> None:
    from tests.services.test_backups import damage

    damage(path, "retrospectives")  # a table the first screen does not read
    before = path.read_bytes()
    with pytest.raises(WorkspaceError):
        Workspace.open(path).close()  # the usual open refuses it outright
    with Workspace.open(path, integrity="background", read_only=False) as workspace:
        kr = workspace.cycle_tree(workspace.cycles()[0].id).key_results[0]
        with pytest.raises(WorkspaceError, match=r"w\.okr is damaged.*Nothing was changed"):
            workspace.record_check_in(kr.id, 20.0)
        assert workspace.check is not None and workspace.check.problems
    assert path.read_bytes() == before


def test_closing_stops_a_running_background_check(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started = threading.Event()

    def endless_check(conn: sqlite3.Connection, *, full: bool = False) -> list[str]:
        started.set()  # a check of a huge file: runs until interrupted
        endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n"
        conn.execute(endless).fetchone()
        return ["should not count"]

    monkeypatch.setattr(checks, "integrity_problems", endless_check)
    workspace = Workspace.open(path, integrity="background")
    assert workspace.check is not None and started.wait(5)
    check = workspace.check
    workspace.close()  # interrupts the check's connection and joins its thread
    assert check.done and check.problems is None and "interrupted" in check.error
    assert names(path.parent) == ["w.okr"]  # the lock is gone, nothing else left beside it
