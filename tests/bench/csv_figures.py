"""The CSV export figures (`python tests/bench/csv_figures.py [--objectives N] [--runs R]`; not a test).

Writes the check-in log of a generated workspace (10,000 objectives × 4 key results × 10 check-ins =
400,000 check-ins by default) with okrdesk's exporter, next to a floor measured in the same run: a raw
sqlite3 SELECT of the same rows (the same joins, ordered by key result and time) written with csv.writer
to a plain file. The two alternate, RUNS times each, and the medians are compared. Targets: under 3 s, and
within 2× of the floor. The interchange CSV (one row per key result) is timed too, for the record.

`make bench` (suite.py) reuses floor, okrdesk_log and okrdesk_interchange, and interchange_floor: the
interchange CSV's rows (cycle, objective, owner and team, key result, owner and team, latest check-in) read
with one raw sqlite3 query and written with csv.writer.
"""

from __future__ import annotations

import argparse
import csv
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

FLOOR_SQL = """
SELECT cy.name, o.id, o.title, k.id, k.title, c.at, c.value, k.unit, c.confidence, c.note, a.name
FROM check_ins c
JOIN key_results k ON k.id = c.key_result_id
JOIN objectives o ON o.id = k.objective_id
JOIN cycles cy ON cy.id = o.cycle_id
LEFT JOIN owners a ON a.id = c.author_id
ORDER BY c.key_result_id, c.at, c.id
"""

# One row per key result (one for an objective without any), in cycle and objective order.
INTERCHANGE_FLOOR_SQL = """
SELECT cy.name, cy.start_date, cy.end_date, cy.state, o.id, o.title, ow.name, ow.kind, team.name, o.parent_id,
       o.description, o.kind, o.state, o.progress_source, k.title, k.description, k.kr_type, k.start_value,
       k.target_value, latest.value, k.unit, k.weight, kow.name, kow.kind, kteam.name, latest.at,
       latest.confidence
FROM objectives o
JOIN cycles cy ON cy.id = o.cycle_id
LEFT JOIN owners ow ON ow.id = o.owner_id
LEFT JOIN owners team ON team.id = ow.parent_id
LEFT JOIN key_results k ON k.objective_id = o.id
LEFT JOIN owners kow ON kow.id = k.owner_id
LEFT JOIN owners kteam ON kteam.id = kow.parent_id
LEFT JOIN (
    SELECT key_result_id, MAX(at) AS at, value, confidence FROM check_ins GROUP BY key_result_id
) latest ON latest.key_result_id = k.id
ORDER BY cy.start_date, cy.end_date DESC, o.position, o.id, k.position, k.id
"""


def floor(path: Path, target: Path, sql: str = FLOOR_SQL) -> tuple[float, int]:
    """Seconds for the raw SELECT + csv.writer, and the rows written."""
    started = time.perf_counter()
    conn = sqlite3.connect(path)
    try:
        with target.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            rows = 0
            cursor = conn.execute(sql)
            while chunk := cursor.fetchmany(5000):
                writer.writerows(chunk)
                rows += len(chunk)
    finally:
        conn.close()
    return time.perf_counter() - started, rows


def interchange_floor(path: Path, target: Path) -> tuple[float, int]:
    """The floor of the interchange CSV: its rows, raw."""
    return floor(path, target, INTERCHANGE_FLOOR_SQL)


def okrdesk_log(path: Path, target: Path) -> tuple[float, int]:
    """Seconds for okrdesk's check-in log export (opening the workspace included), and the rows."""
    from okrdesk.export.checkin_log import write_check_in_log
    from okrdesk.services.workspace import Workspace

    started = time.perf_counter()
    with Workspace.open(path) as workspace:
        rows = write_check_in_log(workspace, target)
    return time.perf_counter() - started, rows


def okrdesk_interchange(path: Path, target: Path) -> tuple[float, int]:
    """Seconds for okrdesk's interchange CSV of every cycle (opening the workspace included), and the rows."""
    from okrdesk.export.interchange import write_interchange_csv
    from okrdesk.services.workspace import Workspace

    started = time.perf_counter()
    with Workspace.open(path) as workspace:
        rows = write_interchange_csv(workspace, target)
    return time.perf_counter() - started, rows


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--objectives", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from okrdesk.services.generate import generate

    with tempfile.TemporaryDirectory(prefix="okrdesk-csv-") as folder:
        base = Path(folder)
        workspace = base / "big.okr"
        started = time.perf_counter()
        counts = generate(
            workspace, args.objectives, key_results_per_objective=4, check_ins_per_key_result=10
        )
        print(f"generated {counts} in {time.perf_counter() - started:.1f} s")
        okrdesk_log(workspace, base / "warm.csv")  # imports and the page cache, for both sides
        ours: list[float] = []
        floors: list[float] = []
        for _ in range(args.runs):
            seconds, rows = floor(workspace, base / "floor.csv")
            floors.append(seconds)
            seconds, written = okrdesk_log(workspace, base / "log.csv")
            ours.append(seconds)
            assert written == rows == counts["check_ins"], (written, rows)
        interchange, kr_rows = okrdesk_interchange(workspace, base / "okrs.csv")
        size = (base / "log.csv").stat().st_size / 1e6

    mine, bottom = statistics.median(ours), statistics.median(floors)
    print(f"machine: {platform.machine()}, Python {platform.python_version()}, {platform.system()}")
    print(f"check-in log, {rows:,} check-ins ({size:.0f} MB), median of {args.runs}:")
    print(f"  okrdesk      {mine:6.2f} s   (runs: {', '.join(f'{s:.2f}' for s in ours)})")
    runs = ", ".join(f"{s:.2f}" for s in floors)
    print(f"  floor        {bottom:6.2f} s   (raw sqlite3 SELECT + csv.writer; runs: {runs})")
    print(f"  ratio        {mine / bottom:6.2f}×   target ≤ 2× {'✔' if mine / bottom <= 2 else '✘'}")
    print(f"  under 3 s    {'✔' if mine < 3 else '✘'}")
    print(f"interchange CSV, {kr_rows:,} rows: {interchange:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
