"""Other okrdesk processes, for the tests of one writer at a time: one holding a workspace open (as the
desktop app does), one taking it over and vanishing (as a crashed app on another computer would); and the
listing of a folder the tests compare (no -wal, -shm, .lock or temporary file left over)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
HOLD = """
import sys
from okrdesk.services.workspace import Workspace
workspace = Workspace.open(sys.argv[1])
print("holding", flush=True)
sys.stdin.readline()
workspace.close()
"""
TAKE_OVER = """
import os, sys
from pathlib import Path
from okrdesk.store.lockfile import WorkspaceLock
WorkspaceLock.acquire(Path(sys.argv[1]), take_over=True)
os._exit(0)  # gone without releasing: its lock stays, as another computer's would
"""


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def python(code: str, *args: str, **kwargs: Any) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        **kwargs,
    )


@contextmanager
def held_by_another_okrdesk(path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another okrdesk process has the workspace open for writing until the block ends (then it closes it)."""
    child = python(HOLD, str(path), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdin is not None and child.stdout is not None
    try:
        line = child.stdout.readline()
        assert line.strip() == "holding", child.stderr.read() if child.stderr else line
        yield child
    finally:
        if child.poll() is None:
            child.stdin.write("close\n")
            child.stdin.flush()
        child.communicate(timeout=60)


def taken_over_by_another_okrdesk(path: Path) -> None:
    child = python(TAKE_OVER, str(path), stderr=subprocess.PIPE)
    _, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
