"""A recorded check-in is committed before record_check_in returns, and quickly (generous bound for CI).

The 20 ms claim for the 10,000-objective workspace belongs to the figures script (tests/bench/figures.py),
measured on a known machine next to a raw sqlite3 floor; here the bound only catches a gross regression
(a commit per check-in turned into a full-file rewrite, a checkpoint per call...).
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from okrdesk.services.generate import generate
from okrdesk.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
COUNT = 30
MEDIAN_BOUND_S = 0.100


@pytest.fixture(scope="module")
def medium(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("durable") / "medium.okr"
    generate(path, 300, seed=3)
    return path


def _measurable_key_results(conn: sqlite3.Connection) -> list[int]:
    return [row[0] for row in conn.execute("SELECT id FROM key_results WHERE kr_type != 'milestone'")]


def test_each_check_in_is_visible_to_another_connection_when_record_returns(medium: Path) -> None:
    rng = random.Random(5)
    seconds: list[float] = []
    with Workspace.open(medium) as workspace:
        assert workspace.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert workspace.conn.execute("PRAGMA synchronous").fetchone()[0] == 2, "FULL: fsync on commit"
        kr_ids = rng.sample(_measurable_key_results(workspace.conn), COUNT + 1)
        workspace.record_check_in(kr_ids.pop(), 1.0)  # the first write imports SQLAlchemy: not timed
        reader = sqlite3.connect(medium, isolation_level=None)
        try:
            for index, kr_id in enumerate(kr_ids):
                value = round(rng.uniform(0, 100), 2)
                started = time.perf_counter()
                recorded = workspace.record_check_in(kr_id, value, confidence=5, note=f"check-in {index}")
                seconds.append(time.perf_counter() - started)
                row = reader.execute(
                    "SELECT key_result_id, value, confidence, note FROM check_ins WHERE id = ?",
                    (recorded.id,),
                ).fetchone()
                assert row == (kr_id, value, 5, f"check-in {index}")
        finally:
            reader.close()
    assert len(seconds) == COUNT
    median = statistics.median(seconds)
    assert median < MEDIAN_BOUND_S, f"median commit {median * 1000:.1f} ms"


def test_a_check_in_survives_the_process_dying_right_after_it_returns(medium: Path) -> None:
    with Workspace.open(medium) as workspace:
        kr_id = _measurable_key_results(workspace.conn)[0]
        before = workspace.counts()["check_ins"]
    code = (
        "import os, sys\n"
        "from okrdesk.services.workspace import Workspace\n"
        f"workspace = Workspace.open({str(medium)!r})\n"
        f"recorded = workspace.record_check_in({kr_id}, 42.5, note='killed right after')\n"
        "print(recorded.id, flush=True)\n"
        "os._exit(0)  # no close, no checkpoint: only what was committed remains\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    check_in_id = int(result.stdout)
    with Workspace.open(medium, take_over=True) as workspace:  # its okrdesk was killed
        assert workspace.counts()["check_ins"] == before + 1
        recorded = workspace.check_in(check_in_id)
        assert (recorded.key_result_id, recorded.value, recorded.note) == (kr_id, 42.5, "killed right after")
