"""The CSV import figure of `make bench` (suite.py): a 1,000-row CSV added to a copy of the sample workspace.

okrdesk: plan_import + apply_import on an open workspace, as File → Import and `okrdesk import` run them: the
file read and checked, checked again against the workspace, the backup copy taken, then cycles, people,
objectives, key results and check-ins written in one transaction. The floor: raw sqlite3 with the same
pragmas on another copy of the same workspace: the CSV read with the csv module and as many rows inserted
(key results, under one existing objective) in one BEGIN IMMEDIATE transaction, committed. Both start
from an open connection: opening a workspace is measured elsewhere.
"""

from __future__ import annotations

import csv
import time
from datetime import datetime
from pathlib import Path

from figures import raw_connection

FLOOR_SQL = (
    "INSERT INTO key_results (objective_id, title, description, kr_type, start_value, target_value, unit, "
    "weight, owner_id, position, carried_from_id, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL, ?, ?)"
)


def okrdesk_import(workspace: Path, source: Path, backups: Path) -> tuple[float, str]:
    """Seconds for okrdesk to plan and apply the import of source, and what it said it created."""
    from okrdesk.services.importing import apply_import, plan_import
    from okrdesk.services.workspace import Workspace

    with Workspace.open(workspace) as opened:
        started = time.perf_counter()
        plan = plan_import(opened, source)
        result = apply_import(opened, plan, backup_dir=backups)
        elapsed = time.perf_counter() - started
    return elapsed, result.summary


def floor_import(workspace: Path, source: Path) -> tuple[float, int]:
    """Seconds for raw sqlite3 to read source and insert one row per CSV row in one transaction; the rows."""
    conn = raw_connection(workspace)
    try:
        (objective_id,) = conn.execute("SELECT MIN(id) FROM objectives").fetchone()
        started = time.perf_counter()
        now = datetime.now().isoformat(sep=" ", timespec="microseconds")
        with source.open(newline="", encoding="utf-8-sig") as handle:
            rows = [
                (
                    objective_id,
                    row["key_result"],
                    row["kr_description"],
                    row["type"],
                    float(row["start"]),
                    float(row["target"]),
                    row["unit"],
                    float(row["weight"]),
                    1000 + position,
                    now,
                    now,
                )
                for position, row in enumerate(csv.DictReader(handle))
            ]
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(FLOOR_SQL, rows)
        conn.execute("COMMIT")
        elapsed = time.perf_counter() - started
    finally:
        conn.close()
    return elapsed, len(rows)
