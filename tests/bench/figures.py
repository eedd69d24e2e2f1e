"""Start-up and large-workspace figures for the README (`make figures`; not part of the test suite).

Every figure is the median of repeated runs of a fresh process, measured by wall clock from launch to exit,
next to a floor measured in the same run: a bare PySide6 QMainWindow that shows itself and quits.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7
BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1]); w = QMainWindow(); w.resize(1200, 800); w.show()\n"
    "QTimer.singleShot(0, app.quit); app.exec()\n"
)


def _run(args: list[str]) -> tuple[float, int]:
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


def _median(args: list[str]) -> tuple[float, int]:
    _run(args)  # warm the file cache once
    results = [_run(args) for _ in range(RUNS)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def main() -> int:
    python = sys.executable
    import compileall

    compileall.compile_dir(str(Path(__file__).resolve().parents[2] / "okrdesk"), quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        sample, large = Path(folder) / "sample.okr", Path(folder) / "large.okr"
        subprocess.run([python, "-m", "okrdesk", "init", str(sample), "--sample"], check=True)
        started = time.perf_counter()
        subprocess.run(
            [python, "-m", "okrdesk", "generate", str(large), "--objectives", "10000"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        generate_s = time.perf_counter() - started
        bare_s, bare_mb = _median([python, "-c", BARE])
        sample_s, _ = _median([python, "-m", "okrdesk", str(sample), "--exit-after-load"])
        large_s, large_mb = _median([python, "-m", "okrdesk", str(large), "--exit-after-load"])
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
