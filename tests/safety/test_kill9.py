"""kill -9 at random moments: no acknowledged check-in is lost and the workspace stays whole (issue 6).

A child records check-ins and acknowledges each once its call returned; the parent kills it with SIGKILL
during start-up, during the open (take-over, WAL recovery), right after an acknowledgement or inside a write,
then checks every check-in acknowledged so far, integrity_check, foreign_key_check and `okrdesk check`.
The harness is tests/safety/harness.py; `make soak` runs it for 500 trials.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.safety.harness import CHILD, MOMENTS, run_trials

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and select() on pipes are POSIX")

TRIALS = 24  # the soak (make soak) runs 500
SEED = 6

LYING_CHILD = f"""
import json, sys
sys.path.insert(0, {str(CHILD.parent)!r})
import crash_child

def say(line):  # acknowledges a value other than the one it recorded
    if line.startswith("ack "):
        ack = json.loads(line[4:])
        ack["value"] += 1
        line = "ack " + json.dumps(ack)
    print(line, flush=True)

crash_child.say = say
sys.exit(crash_child.main(sys.argv[1:]))
"""


def test_killed_writers_lose_no_acknowledged_check_in_and_never_damage_the_file(tmp_path: Path) -> None:
    summary = run_trials(tmp_path, TRIALS, seed=SEED)
    report = summary.table() + "\n" + "\n".join(summary.failures[:20])
    assert summary.failures == [], report
    assert summary.trials == TRIALS
    assert summary.lost == 0, report
    assert summary.integrity_failures == summary.fk_failures == summary.check_failures == 0, report
    assert all(summary.moments[moment] > 0 for moment in MOMENTS), report  # every kind of moment was hit
    assert summary.acked >= TRIALS, report  # the children really wrote: the checks had something to find
    assert summary.hot_wal_starts > 0, report  # some children had to recover a killed child's WAL...
    assert summary.open_kills_on_hot_wal > 0, report  # ...and some were killed while opening it


def test_the_proof_catches_a_check_in_that_is_not_as_acknowledged(tmp_path: Path) -> None:
    liar = tmp_path / "lying_child.py"
    liar.write_text(LYING_CHILD, encoding="utf-8")
    summary = run_trials(tmp_path / "run", 3, seed=SEED, chains=1, child=liar)
    assert summary.acked > 0, summary.table()
    assert summary.lost == summary.acked, summary.table()
    assert any("acknowledged check-in" in failure for failure in summary.failures)
