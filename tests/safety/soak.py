"""The kill -9 soak (`make soak`): the harness of tests/safety/test_kill9.py run for many trials (issue 6).

    python tests/safety/soak.py [--trials 500] [--seed 1] [--chains 2]

Prints a summary table (trials, acknowledged check-ins, lost, integrity and foreign-key failures, elapsed)
and exits 1 on any lost acknowledged check-in, failed check or failed child, listing the first problems.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.safety.harness import run_trials  # noqa: E402  (needs ROOT on the path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="soak.py", description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=500, help="how many kills (default 500)")
    parser.add_argument("--seed", type=int, default=1, help="the seed of the kill plans (default 1)")
    parser.add_argument("--chains", type=int, default=2, help="workspaces killed in parallel (default 2)")
    args = parser.parse_args(argv)
    print(
        f"kill -9 soak: {args.trials} trials, seed {args.seed}, {args.chains} workspaces in parallel…",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="okrdesk-soak-") as folder:
        os.environ["OKRDESK_DATA_DIR"] = str(Path(folder) / "data")  # leave the user's own settings alone
        summary = run_trials(Path(folder) / "runs", args.trials, seed=args.seed, chains=args.chains)
    print(summary.table())
    if summary.failures:
        print(f"FAILED: {len(summary.failures)} problems; the first ones:")
        for failure in summary.failures[:20]:
            print("  " + failure)
        return 1
    print("passed: no acknowledged check-in lost, no integrity or foreign-key failure")
    return 0


if __name__ == "__main__":
    sys.exit(main())
