"""Several processes writing to one workspace at once lose no update; a workspace kept open by the desktop
app is refused to a second writer, with who has it, and stays readable (issue 6, "one writer")."""

from __future__ import annotations

import getpass
import hashlib
import os
import socket
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from okrdesk.services.errors import WorkspaceLockedError
from okrdesk.services.workspace import Workspace
from okrdesk.store.lockfile import lock_path, read_lock
from tests.cli.helpers import ROOT, assert_one_line_error, run

CLI_WRITERS = 3
CLI_ROUNDS = 4
SERVICE_WRITERS = 2
SERVICE_ROUNDS = 20
TIMEOUT_S = 120

# Waits for "go" on stdin (so that the writers start together), then does read-modify-write rounds, each in
# its own open ... close: a shared counter in the settings, a check-in, and its own key result's title.
SERVICE_WRITER = """
import sys
from okrdesk.services.workspace import Workspace

path, name, kr_id, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
Workspace.preload()
print("ready", flush=True)
sys.stdin.readline()
for i in range(rounds):
    workspace = Workspace.open(path, wait=30)
    try:
        counter = int(workspace.setting("counter", "0"))
        title = workspace.key_result(kr_id).title
        if i % 2:
            workspace.record_check_ins([(kr_id, {"value": float(i), "note": f"{name}-{i}"})])
        else:
            workspace.record_check_in(kr_id, float(i), note=f"{name}-{i}")
        workspace.update_key_result(kr_id, title=f"{title} {i}")
        workspace.set_setting("counter", str(counter + 1))
    finally:
        workspace.close()
print("done", flush=True)
"""

# Keeps the workspace open for writing, as the desktop app does, until a line arrives on stdin.
HOLDER = """
import sys
from okrdesk.services.workspace import Workspace

workspace = Workspace.open(sys.argv[1])
workspace.record_check_in(int(sys.argv[2]), 77.0, note="from the holder")
print("ready", flush=True)
sys.stdin.readline()
workspace.close()
print("closed", flush=True)
"""


def _workspace(path: Path, key_results: int) -> list[int]:
    with Workspace.create(path) as workspace:
        cycle = workspace.current_cycle()
        assert cycle is not None
        objective = workspace.add_objective(cycle.id, "Grow the community")
        return [
            workspace.add_key_result(objective.id, f"Key result {k}", start=0, target=100, unit="%").id
            for k in range(key_results)
        ]


def _check_ins(path: Path) -> list[tuple[int, int, float, str]]:
    """(id, key result, value, note) of every check-in, read without the services."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id, key_result_id, value, note FROM check_ins ORDER BY id").fetchall()
    finally:
        conn.close()


def _child(code: str, *args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *map(str, args)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _expect_line(child: subprocess.Popen[str], expected: str) -> None:
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    if line != expected:
        _, err = child.communicate(timeout=TIMEOUT_S)
        pytest.fail(f"the child said {line!r}, not {expected!r}; its stderr: {err}")


def _fingerprint(path: Path) -> dict[str, str | None]:
    """The bytes of the workspace, its WAL and its lock file (hashed), None where a file is missing."""
    found: dict[str, str | None] = {}
    for name in (path, Path(f"{path}-wal"), lock_path(path)):
        found[name.name] = hashlib.sha256(name.read_bytes()).hexdigest() if name.exists() else None
    return found


def test_command_line_check_ins_from_several_processes_at_once_are_all_recorded_once(tmp_path: Path) -> None:
    path = tmp_path / "team.okr"
    kr_ids = _workspace(path, 2)

    def writer(proc: int) -> list[subprocess.CompletedProcess[str]]:
        return [
            run(
                "checkin",
                str(path),
                "--kr",
                f"KR-{kr_ids[i % 2]}",
                "--value",
                str(10 * i + proc),
                "--note",
                f"proc{proc}-{i}",
                "--wait",
                "30",  # generous for a slow machine; each write holds the workspace for a moment only
            )
            for i in range(CLI_ROUNDS)
        ]

    with ThreadPoolExecutor(CLI_WRITERS) as pool:
        results = list(pool.map(writer, range(CLI_WRITERS)))

    for result in (r for per_process in results for r in per_process):
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
        assert "recorded at" in result.stdout
    rows = _check_ins(path)
    notes = [note for _, _, _, note in rows]
    expected = {f"proc{p}-{i}" for p in range(CLI_WRITERS) for i in range(CLI_ROUNDS)}
    assert sorted(notes) == sorted(expected)  # every note exactly once: nothing lost, nothing doubled
    for _, kr_id, value, note in rows:
        proc, i = (int(n) for n in note.removeprefix("proc").split("-"))
        assert (kr_id, value) == (kr_ids[i % 2], 10 * i + proc), note
    for proc in range(CLI_WRITERS):  # each process's check-ins were committed in the order it made them
        mine = [note for note in notes if note.startswith(f"proc{proc}-")]
        assert mine == [f"proc{proc}-{i}" for i in range(CLI_ROUNDS)]
    with Workspace.open(path, read_only=True) as workspace:
        assert workspace.counts()["check_ins"] == CLI_WRITERS * CLI_ROUNDS
        counts = {kr_id: len(workspace.check_ins(kr_id)) for kr_id in kr_ids}
    assert counts == {
        kr_ids[0]: CLI_WRITERS * len(range(0, CLI_ROUNDS, 2)),
        kr_ids[1]: CLI_WRITERS * len(range(1, CLI_ROUNDS, 2)),
    }
    assert not lock_path(path).exists()  # every command released the workspace


def test_read_modify_write_rounds_of_two_processes_lose_no_update(tmp_path: Path) -> None:
    path = tmp_path / "team.okr"
    kr_ids = _workspace(path, SERVICE_WRITERS)
    children = [
        _child(SERVICE_WRITER, path, f"writer{n}", kr_ids[n], SERVICE_ROUNDS) for n in range(SERVICE_WRITERS)
    ]
    try:
        for child in children:
            _expect_line(child, "ready")
        for child in children:  # start the rounds together
            assert child.stdin is not None
            child.stdin.write("go\n")
            child.stdin.flush()
        for child in children:
            out, err = child.communicate(timeout=TIMEOUT_S)
            assert child.returncode == 0, err
            assert out == "done\n"
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()

    with Workspace.open(path) as workspace:
        assert workspace.setting("counter") == str(SERVICE_WRITERS * SERVICE_ROUNDS)  # no lost increment
        for n, kr_id in enumerate(kr_ids):
            rounds = " ".join(str(i) for i in range(SERVICE_ROUNDS))
            assert workspace.key_result(kr_id).title == f"Key result {n} {rounds}"  # every append kept
            recorded = workspace.check_ins(kr_id)
            assert sorted(c.note for c in recorded) == sorted(f"writer{n}-{i}" for i in range(SERVICE_ROUNDS))
            assert {c.note: c.value for c in recorded} == {
                f"writer{n}-{i}": float(i) for i in range(SERVICE_ROUNDS)
            }
        assert workspace.verify(full=True) == []


def test_a_workspace_open_in_the_app_is_refused_to_writers_and_readable_meanwhile(tmp_path: Path) -> None:
    path = tmp_path / "team.okr"
    (kr_id,) = _workspace(path, 1)
    holder = _child(HOLDER, path, kr_id)
    try:
        _expect_line(holder, "ready")
        before = _fingerprint(path)

        with pytest.raises(WorkspaceLockedError) as caught:
            Workspace.open(path)
        user, host = getpass.getuser(), socket.gethostname()
        assert caught.value.holder.who == f"{user}@{host}"
        assert caught.value.holder.pid == holder.pid
        assert not caught.value.stale  # its okrdesk is running: no take-over offered
        assert f"{user} on {host}" in str(caught.value)

        refused = run(
            "checkin", str(path), "--kr", f"KR-{kr_id}", "--value", "5", "--note", "x", "--wait", "0.5"
        )
        assert refused.returncode == 1
        assert refused.stdout == ""
        assert_one_line_error(refused.stderr, path.name, f"{user} on {host}", "Nothing was changed")

        with Workspace.open(path, read_only=True) as reader:
            assert reader.read_only
            assert [(c.value, c.note) for c in reader.check_ins(kr_id)] == [(77.0, "from the holder")]
        assert _fingerprint(path) == before  # neither the refused writers nor the reader changed a byte
        assert read_lock(path) is not None and read_lock(path).pid == holder.pid  # type: ignore[union-attr]

        assert holder.stdin is not None
        holder.stdin.write("close\n")
        holder.stdin.flush()
        _expect_line(holder, "closed")
        assert holder.wait(timeout=TIMEOUT_S) == 0
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
    assert not lock_path(path).exists()  # a clean exit gives the workspace up

    with Workspace.open(path) as workspace:
        lock = read_lock(path)
        assert lock is not None and lock.pid == os.getpid()
        workspace.record_check_in(kr_id, 80.0, note="after the holder")
    assert [note for *_, note in _check_ins(path)] == ["from the holder", "after the holder"]


# Opens the workspace, pausing (until a line on stdin) at the moment its lock file exists but is still empty:
# store/lockfile.py creates it with O_EXCL, then writes who holds it. Prints "taking" at that moment, or
# once open returned if the lock file never goes through that state.
PAUSED_OPENER = """
import os, sys
from pathlib import Path
from okrdesk.services.workspace import Workspace
from okrdesk.store.lockfile import lock_path

Workspace.preload()
lock = lock_path(Path(sys.argv[1]))
real_fdopen, paused = os.fdopen, []

def fdopen(fd, *args, **kwargs):
    if not paused and lock.exists() and os.path.samestat(os.fstat(fd), os.stat(lock)):
        paused.append(True)
        print("taking", flush=True)
        sys.stdin.readline()
    return real_fdopen(fd, *args, **kwargs)

os.fdopen = fdopen
workspace = Workspace.open(sys.argv[1])
if not paused:
    print("taking", flush=True)
    sys.stdin.readline()
print("opened", flush=True)
sys.stdin.readline()
workspace.close()
"""


def test_a_workspace_another_okrdesk_is_opening_right_now_is_in_use_not_abandoned(tmp_path: Path) -> None:
    path = tmp_path / "team.okr"
    _workspace(path, 1)
    opener = _child(PAUSED_OPENER, path)
    try:
        _expect_line(opener, "taking")
        with pytest.raises(WorkspaceLockedError) as caught:
            Workspace.open(path)
        assert opener.stdin is not None
        opener.stdin.write("go\nclose\n")
        opener.stdin.flush()
        _expect_line(opener, "opened")
        assert opener.wait(timeout=TIMEOUT_S) == 0
    finally:
        if opener.poll() is None:
            opener.kill()
            opener.wait()
    assert not caught.value.stale, str(caught.value)  # no take-over offered; a waiting writer keeps waiting
