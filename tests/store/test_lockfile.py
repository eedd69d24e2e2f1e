"""The lock file beside a workspace: who has it open for writing, when that is stale, take-over, re-entry."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from okrdesk.store import lockfile
from okrdesk.store.lockfile import STALE_AFTER, LockHeld, LockInfo, LockUnavailable, WorkspaceLock, read_lock

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 5, 10, 12, 0, 0)


def _dead_pid() -> int:
    """The process id of a process that has finished (so it runs no more)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait(timeout=30)
    return child.pid


def _info(host: str, pid: int, seen: datetime, token: str = "theirs") -> LockInfo:
    return LockInfo("bob", host, pid, seen - timedelta(hours=1), seen, token)


def _write_lock(workspace: Path, info: LockInfo) -> None:
    lockfile.lock_path(workspace).write_text(
        json.dumps(
            {
                "app": "okrdesk",
                "user": info.user,
                "host": info.host,
                "pid": info.pid,
                "started": info.started.isoformat(),
                "seen": info.seen.isoformat(),
                "token": info.token,
            }
        ),
        encoding="utf-8",
    )


@pytest.fixture
def released() -> Iterator[None]:
    """Locks a test takes are all given up again, even when it fails half-way."""
    yield None
    for lock, _ in list(lockfile._HELD.values()):
        lock.release()
        lockfile._HELD.pop(lock.workspace, None)


# ---- stale or not --------------------------------------------------------------------------------------


def test_a_lock_of_a_process_that_ended_on_this_computer_is_stale_at_once() -> None:
    info = _info(lockfile._host(), _dead_pid(), seen=NOW)
    assert info.here
    assert info.is_stale(now=NOW)


def test_a_lock_of_a_running_process_on_this_computer_is_not_stale() -> None:
    assert not _info(lockfile._host(), os.getpid(), seen=NOW).is_stale(now=NOW + timedelta(minutes=1))


def test_a_lock_from_another_computer_is_stale_only_after_it_went_silent_for_a_while() -> None:
    other = "laptop-of-bob.example"
    assert _info(other, 4242, seen=NOW - STALE_AFTER - timedelta(seconds=1)).is_stale(now=NOW)
    assert not _info(other, 4242, seen=NOW - STALE_AFTER + timedelta(seconds=30)).is_stale(now=NOW)
    assert not _info(other, 4242, seen=NOW).is_stale(now=NOW)  # asleep or busy: never taken silently


@pytest.mark.parametrize("text", ["", "not json at all", '{"user": "bob"}', '{"pid": "x", "started": 1}'])
def test_an_unreadable_lock_file_counts_as_held_by_nobody_known_and_is_offered_for_take_over(
    tmp_path: Path, text: str
) -> None:
    workspace = tmp_path / "w.okr"
    lockfile.lock_path(workspace).write_text(text, encoding="utf-8")
    info = read_lock(workspace)
    assert info is not None  # never ignored as if there were no lock
    assert info.is_stale()
    assert info.describe().startswith("someone on an unknown computer")


def test_no_lock_file_means_nobody_holds_it(tmp_path: Path) -> None:
    assert read_lock(tmp_path / "w.okr") is None


# ---- taking, re-entering, releasing ---------------------------------------------------------------------


def test_the_lock_file_says_who_holds_the_workspace_in_words_a_person_can_read(
    tmp_path: Path, released: object
) -> None:
    workspace = tmp_path / "team.okr"
    lock = WorkspaceLock.acquire(workspace)
    assert lockfile.lock_path(workspace) == tmp_path / "team.okr.lock"
    data = json.loads((tmp_path / "team.okr.lock").read_text(encoding="utf-8"))
    assert data["app"] == "okrdesk"
    assert (data["host"], data["pid"], data["token"]) == (lockfile._host(), os.getpid(), lock.info.token)
    assert read_lock(workspace) == lock.info
    lock.release()
    assert not (tmp_path / "team.okr.lock").exists()


def test_the_lock_is_re_entrant_in_one_process_and_goes_with_the_last_holder(
    tmp_path: Path, released: object
) -> None:
    workspace = tmp_path / "w.okr"
    first = WorkspaceLock.acquire(workspace)
    second = WorkspaceLock.acquire(workspace)
    assert second is first
    first.release()
    assert lockfile.lock_path(workspace).exists()  # the second holder still has it
    second.release()
    assert not lockfile.lock_path(workspace).exists()


def test_a_lock_held_by_someone_else_is_refused_naming_them_and_left_in_place(
    tmp_path: Path, released: object
) -> None:
    workspace = tmp_path / "w.okr"
    theirs = _info("laptop-of-bob.example", 4242, seen=datetime.now().replace(microsecond=0))
    _write_lock(workspace, theirs)
    with pytest.raises(LockHeld) as caught:
        WorkspaceLock.acquire(workspace)
    assert caught.value.info == theirs
    assert "bob on laptop-of-bob.example" in str(caught.value)
    assert read_lock(workspace) == theirs


def test_take_over_replaces_a_stale_lock_and_remembers_whose_it_was(tmp_path: Path, released: object) -> None:
    workspace = tmp_path / "w.okr"
    stale = _info(lockfile._host(), _dead_pid(), seen=NOW)
    _write_lock(workspace, stale)
    lock = WorkspaceLock.acquire(workspace, take_over=True)
    assert lock.replaced == stale  # so the workspace knows the last session ended without closing
    assert read_lock(workspace) == lock.info and lock.info.pid == os.getpid()
    assert lock.still_ours()
    assert [p.name for p in tmp_path.iterdir()] == ["w.okr.lock"]  # no temporary file left beside it


def test_refresh_marks_the_lock_as_seen_now(tmp_path: Path, released: object) -> None:
    workspace = tmp_path / "w.okr"
    lock = WorkspaceLock.acquire(workspace)
    an_hour_ago = datetime.now().replace(microsecond=0) - timedelta(hours=1)
    _write_lock(
        workspace,
        LockInfo(lock.info.user, lock.info.host, lock.info.pid, an_hour_ago, an_hour_ago, lock.info.token),
    )
    assert lock.refresh()
    seen = read_lock(workspace)
    assert seen is not None and seen.token == lock.info.token
    assert datetime.now() - seen.seen < timedelta(minutes=1)


def test_once_another_okrdesk_took_over_this_one_knows_and_leaves_their_lock_alone(
    tmp_path: Path, released: object
) -> None:
    workspace = tmp_path / "w.okr"
    lock = WorkspaceLock.acquire(workspace)
    theirs = _info("laptop-of-bob.example", 4242, seen=datetime.now().replace(microsecond=0))
    _write_lock(workspace, theirs)
    assert not lock.still_ours()
    assert not lock.refresh()
    lock.release()
    assert read_lock(workspace) == theirs  # their lock stays
    with pytest.raises(LockHeld):  # and re-entering no longer hands out the lost lock
        WorkspaceLock.acquire(workspace)


def test_wait_takes_the_lock_as_soon_as_the_other_process_gives_it_up(
    tmp_path: Path, released: object
) -> None:
    workspace = tmp_path / "w.okr"
    code = (
        "import sys\n"
        "from okrdesk.store.lockfile import WorkspaceLock\n"
        "lock = WorkspaceLock.acquire(__import__('pathlib').Path(sys.argv[1]))\n"
        "print('holding', flush=True)\n"
        "sys.stdin.readline()\n"
        "lock.release()\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(workspace)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "holding"
        with pytest.raises(LockHeld):
            WorkspaceLock.acquire(workspace)
        child.stdin.write("done\n")
        child.stdin.flush()
        lock = WorkspaceLock.acquire(workspace, wait=60)  # queues behind the other writer
        assert read_lock(workspace) == lock.info
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=30)


def test_waiting_for_a_stale_lock_gives_up_at_once(tmp_path: Path, released: object) -> None:
    """Its holder is gone and will never release it: only a take-over (after asking) can help."""
    workspace = tmp_path / "w.okr"
    _write_lock(workspace, _info(lockfile._host(), _dead_pid(), seen=datetime.now()))
    started = time.monotonic()
    with pytest.raises(LockHeld):
        WorkspaceLock.acquire(workspace, wait=60)
    assert time.monotonic() - started < 30


def test_a_folder_okrdesk_may_not_write_in_makes_the_lock_unavailable_with_a_reason(
    tmp_path: Path, released: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    if (
        os.geteuid() == 0
    ):  # root writes in a read-only folder anyway: refuse the lock file as the folder would
        real_open = os.open

        def refusing_open(path: str | os.PathLike[str], *args: object, **kwargs: object) -> int:
            if str(path).endswith(".lock"):
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

        def refusing_link(source: object, target: str | os.PathLike[str], *args: object) -> None:
            raise PermissionError(errno.EACCES, "Permission denied", str(target))

        monkeypatch.setattr(lockfile.os, "open", refusing_open)
        monkeypatch.setattr(lockfile.os, "link", refusing_link)
    try:
        with pytest.raises(LockUnavailable, match=f"okrdesk may not write in {folder}"):
            WorkspaceLock.acquire(folder / "w.okr")
    finally:
        folder.chmod(0o755)
    assert list(folder.iterdir()) == []
