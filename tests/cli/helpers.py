"""What the command-line tests share: running `python -m okrdesk` as a user does, and the one-line error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`python -m okrdesk ...` in a fresh process, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "okrdesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        cwd=ROOT,
        timeout=120,
    )


def assert_one_line_error(err: str, *fragments: str) -> None:
    """An expected failure: one line "okrdesk: ..." naming every fragment, and no traceback."""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("okrdesk: ")
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
