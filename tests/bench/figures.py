"""Start-up and large-workspace figures for the README (`make figures`; not part of the test suite).

Start-up figures are the median of repeated runs of a fresh process, measured by wall clock from launch to
exit, next to a floor measured in the same run: a bare PySide6 QMainWindow that shows itself and quits.

The check-in figure is measured in this process, per call: CHECK_INS check-ins on random key results of the
active cycles of the 10,000-objective workspace, each through Workspace.record_check_in (its own committed
BEGIN IMMEDIATE transaction, WAL, synchronous=FULL, as the store opens every workspace). The floor is raw
sqlite3 on a copy of the same file with the same pragmas: BEGIN IMMEDIATE, one INSERT, COMMIT. The two are
interleaved call by call, so both meet the same disk and cache conditions. Commits wait for fsync, so the
figure depends on the disk under the temporary folder (TMPDIR); the file system is printed with it.

`python tests/bench/figures.py checkins` measures only the check-ins (`startup` only the start-up figures,
`history` only the history and chart of a key result with 1,000 check-ins, see history_figure.py).
`make bench` (suite.py, gui_figures.py) reuses run_process, BARE, check_in_commits, raw_connection,
interleaved and file_system.
"""

from __future__ import annotations

import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
RUNS = 7
CHECK_INS = 200
ROOT = Path(__file__).resolve().parents[2]
BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1]); w = QMainWindow(); w.resize(1200, 800); w.show()\n"
    "QTimer.singleShot(0, app.quit); app.exec()\n"
)


def run_process(args: list[str]) -> tuple[float, int]:
    """Seconds from launch to exit, and the peak resident memory of that process in MB."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measure as installed: with cached bytecode
    # A small wrapper process has this one child, so its RUSAGE_CHILDREN peak is the child's own.
    wrapper = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter(); subprocess.run(sys.argv[1:], check=True,"
        " stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", wrapper, *args], check=True, env=env, capture_output=True, text=True
    )
    elapsed, peak_kb = out.stdout.split()
    return float(elapsed), int(peak_kb) // 1024


def interleaved(runs: int, ours: Callable[[], T], floor: Callable[[], T]) -> tuple[list[T], list[T]]:
    """runs results of each side, alternating (ABBA...: the side that goes first turns each run), so both
    meet the same machine: another engineer's build, a warm or cold cache."""
    mine: list[T] = []
    theirs: list[T] = []
    for run in range(runs):
        if run % 2:
            theirs.append(floor())
            mine.append(ours())
        else:
            mine.append(ours())
            theirs.append(floor())
    return mine, theirs


def _median(args: list[str]) -> tuple[float, int]:
    run_process(args)  # warm the file cache once
    results = [run_process(args) for _ in range(RUNS)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def file_system(folder: Path) -> str:
    """The type of the file system holding folder (from /proc/mounts; "unknown" elsewhere)."""
    best, kind = "", "unknown"
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return kind
    where = str(folder.resolve())
    for line in mounts:
        fields = line.split()
        inside = len(fields) > 2 and (where == fields[1] or where.startswith(fields[1].rstrip("/") + "/"))
        if inside and len(fields[1]) > len(best):
            best, kind = fields[1], fields[2]
    return kind


def _percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def check_in_commits(large: Path) -> tuple[list[float], list[float]]:
    """Milliseconds per committed check-in: okrdesk's Workspace.record_check_in, and the raw sqlite3 floor."""
    sys.path.insert(0, str(ROOT))
    from okrdesk.services.workspace import Workspace

    floor_path = large.with_name("floor.okr")
    shutil.copyfile(large, floor_path)  # no connection is open: the file alone is the whole workspace
    rng = random.Random(1)
    with Workspace.open(large) as workspace:
        krs = workspace.conn.execute(
            "SELECT k.id, k.kr_type, k.start_value, k.target_value FROM key_results k "
            "JOIN objectives o ON o.id = k.objective_id JOIN cycles c ON c.id = o.cycle_id "
            "WHERE c.state = 'active'"
        ).fetchall()
        picks = []
        for kr_id, kind, start, target in rng.sample(krs, CHECK_INS + 1):
            value = float(rng.random() < 0.5) if kind == "milestone" else round(rng.uniform(start, target), 2)
            picks.append((kr_id, value, rng.randint(0, 10), "Weekly check-in: on plan."))
        floor = raw_connection(floor_path)
        okrdesk_ms: list[float] = []
        floor_ms: list[float] = []
        try:
            sql = (
                "INSERT INTO check_ins (key_result_id, at, value, confidence, note, author_id, created_at) "
                "VALUES (?, ?, ?, ?, ?, NULL, ?)"
            )
            for index, (kr_id, value, confidence, note) in enumerate(picks):
                started = time.perf_counter()
                workspace.record_check_in(kr_id, value, confidence=confidence, note=note)
                okrdesk_s = time.perf_counter() - started
                started = time.perf_counter()
                now = datetime.now().isoformat(sep=" ", timespec="microseconds")
                floor.execute("BEGIN IMMEDIATE")
                floor.execute(sql, (kr_id, now, value, confidence, note, now))
                floor.execute("COMMIT")
                floor_s = time.perf_counter() - started
                if index:  # the first call imports SQLAlchemy and builds the engine: not a commit figure
                    okrdesk_ms.append(okrdesk_s * 1000)
                    floor_ms.append(floor_s * 1000)
        finally:
            floor.close()
    return okrdesk_ms, floor_ms


def raw_connection(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection in autocommit mode (transactions as written) with the pragmas the store
    sets on every workspace (store/connection.apply_pragmas: WAL, synchronous=FULL, foreign keys...)."""
    sys.path.insert(0, str(ROOT))
    from okrdesk.store.connection import apply_pragmas

    conn = sqlite3.connect(path, isolation_level=None)
    apply_pragmas(conn)
    return conn


def _print_check_ins(okrdesk_ms: list[float], floor_ms: list[float], folder: Path) -> None:
    median, floor_median = statistics.median(okrdesk_ms), statistics.median(floor_ms)
    p95, floor_p95 = _percentile(okrdesk_ms, 0.95), _percentile(floor_ms, 0.95)
    print(
        f"| measure ({len(okrdesk_ms)} check-ins, {file_system(folder)}) | okrdesk "
        "| floor (raw sqlite3, same pragmas) | ratio | target |"
    )
    print("|---|---|---|---|---|")
    print(
        f"| check-in committed durably (WAL, synchronous=FULL), 10,000 objectives, median "
        f"| {median:.1f} ms | {floor_median:.1f} ms | {median / floor_median:.2f}× | under 20 ms |"
    )
    print(f"| the same, 95th percentile | {p95:.1f} ms | {floor_p95:.1f} ms | {p95 / floor_p95:.2f}× | |")


def main(argv: list[str]) -> int:
    parts = set(argv) or {"startup", "checkins", "history"}
    unknown = parts - {"startup", "checkins", "history"}
    if unknown:
        names = ", ".join(sorted(unknown))
        print(f"usage: figures.py [startup] [checkins] [history] (unknown: {names})", file=sys.stderr)
        return 2
    python = sys.executable
    import compileall

    compileall.compile_dir(str(ROOT / "okrdesk"), quiet=1)
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )
    with tempfile.TemporaryDirectory() as folder:
        sample, large = Path(folder) / "sample.okr", Path(folder) / "large.okr"
        started = time.perf_counter()
        subprocess.run(
            [python, "-m", "okrdesk", "generate", str(large), "--objectives", "10000"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        generate_s = time.perf_counter() - started
        if "startup" in parts:
            init = [python, "-m", "okrdesk", "init", str(sample), "--sample"]
            subprocess.run(init, check=True, stdout=subprocess.DEVNULL)
            _startup(python, sample, large, generate_s)
        if "checkins" in parts:  # after start-up: it adds check-ins to the large workspace
            print()
            _print_check_ins(*check_in_commits(large), Path(folder))
        if "history" in parts:
            print()
            _history(python, Path(folder))
    return 0


def _history(python: str, folder: Path) -> None:
    """History and chart of a key result with 1,000 check-ins, in a fresh offscreen process."""
    script = Path(__file__).with_name("history_figure.py")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [python, str(script), str(folder)], check=True, capture_output=True, text=True, env=env
    )
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    print("| 1,000 check-ins of one key result | first opening | later openings (median) | target |")
    print("|---|---|---|---|")
    print(
        f"| history table, painted | {figures['history_first_ms']} ms "
        f"| {figures['history_ms']} ms | < 200 ms |"
    )
    print(
        f"| progress chart, painted (first: QtCharts imported) | {figures['chart_first_ms']} ms "
        f"| {figures['chart_ms']} ms | < 200 ms |"
    )


def _startup(python: str, sample: Path, large: Path, generate_s: float) -> None:
    bare_s, bare_mb = _median([python, "-c", BARE])
    sample_s, _ = _median([python, "-m", "okrdesk", str(sample), "--exit-after-load"])
    large_s, large_mb = _median([python, "-m", "okrdesk", str(large), "--exit-after-load"])
    print()
    print("| measure | okrdesk | floor (bare PySide6 window) | ratio | target |")
    print("|---|---|---|---|---|")
    print(
        f"| cold start to a painted tree, sample workspace | {sample_s * 1000:.0f} ms "
        f"| {bare_s * 1000:.0f} ms "
        f"| {sample_s / bare_s:.2f}× | ≤ 2× |"
    )
    print(
        f"| cold start to a painted tree, 10,000 objectives | {large_s * 1000:.0f} ms "
        f"| {bare_s * 1000:.0f} ms "
        f"| {large_s / bare_s:.2f}× | under 1 s |"
    )
    print(f"| peak memory, 10,000 objectives | {large_mb} MB | {bare_mb} MB | | under 300 MB |")
    print(
        "| `okrdesk generate --objectives 10000` (40,000 KRs, 400,000 check-ins) "
        f"| {generate_s:.1f} s | | | |"
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
