"""`make bench`: okrdesk's performance figures (issue 7), each the median of repeated runs next to a floor
measured in the same run, interleaved with it (never all of one side, then all of the other).

Workloads, made fresh in a temporary folder (their making is timed too): small, the sample (`okrdesk init
--sample`); medium, 300 objectives, 1,000 key results, 12,000 check-ins; large, 10,000 objectives, 40,000 key
results, 400,000 check-ins (`okrdesk generate`). Rows (the target of each is in TARGETS):
- cold start to an interactive window, per workload: fresh `python -m okrdesk PATH --exit-after-load`
  processes, launch to exit, against figures.py's bare QMainWindow run the same way (figures.run_process);
  the issue sets targets for small and large, none for medium, which is reported only;
- first paint of large: gui_figures.py `paint`, a fresh process each, against raw sqlite3 reading the rows
  the tree shows;
- expand all, filter as you type, select and the check-in dialog on large: gui_figures.py `interact`,
  against the same operations on plain Qt;
- check-in commit on large: figures.check_in_commits, against raw sqlite3 with the same pragmas;
- PDF review pack of the sample's and of medium's current cycle: pdf_figures.run_child, against QPdfWriter
  writing as many characters of plain text over as many pages;
- check-in log and interchange CSV of large: csv_figures, against raw sqlite3 + csv.writer;
- importing medium's interchange CSV (1,000 rows) into a copy of the sample: import_figures;
- peak memory (ru_maxrss) of the large cold start and of the interaction run, the bare window's for reference.

Progress goes to stderr, the table to stdout; docs/bench/latest.json gets every sample and the machine,
docs/bench/latest.md the table. `--readme` then puts latest.md between the `<!-- bench:start -->` and
`<!-- bench:end -->` markers of README.md; `--readme-only` does only that, from the latest.md on disk.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

import csv_figures  # this folder is on the path: the suite runs as a script from it
import figures
import import_figures
import pdf_figures

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parents[1]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "docs" / "bench"
README = ROOT / "README.md"
MARKERS = ("<!-- bench:start -->", "<!-- bench:end -->")
LARGE = ["--objectives", "10000"]  # 4 key results each, 10 check-ins each: 40,000 and 400,000
MEDIUM = ["--objectives", "300", "--total-key-results", "1000", "--total-check-ins", "12000"]
# kind "ratio": okrdesk ÷ floor at most limit; "under": okrdesk's median below limit (in the row's unit).
TARGETS = {
    "cold_start_small": ("ratio", 1.6),
    "cold_start_large": ("ratio", 2.5),
    "first_paint_large": ("under", 400.0),
    "check_in_commit": ("ratio", 3.0),
    "csv_check_in_log": ("ratio", 2.0),
    "expand_all": ("under", 100.0),
    "filter_keystroke": ("under", 100.0),
    "select": ("under", 100.0),
    "check_in_dialog": ("under", 100.0),
    "memory_large": ("under", 250.0),
    "memory_interactions": ("under", 250.0),
}


@dataclass
class Row:
    """One line of the table: okrdesk's samples, the floor's (none for a figure without a floor)."""

    key: str
    measure: str
    unit: str
    okrdesk: list[float]
    floor: list[float] = field(default_factory=list)
    floor_is: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.okrdesk)

    @property
    def floor_median(self) -> float | None:
        return statistics.median(self.floor) if self.floor else None

    @property
    def ratio(self) -> float | None:
        bottom = self.floor_median
        return self.median / bottom if bottom else None

    @property
    def target(self) -> str:
        if self.key not in TARGETS:
            return ""
        kind, limit = TARGETS[self.key]
        return f"≤ {limit:g}×" if kind == "ratio" else f"< {limit:g} {self.unit}"

    @property
    def met(self) -> bool | None:
        if self.key not in TARGETS:
            return None
        kind, limit = TARGETS[self.key]
        value = self.ratio if kind == "ratio" else self.median
        return value is not None and (value <= limit if kind == "ratio" else value < limit)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data |= {
            "median": self.median,
            "floor_median": self.floor_median,
            "ratio": self.ratio,
            "target": self.target,
            "met": self.met,
            "runs": len(self.okrdesk),
        }
        return data


class Bench:
    """Runs the measurements in order, keeping the rows, the workloads and the progress clock."""

    def __init__(self, folder: Path, runs: int) -> None:
        self.folder = folder
        self.runs = runs
        self.rows: list[Row] = []
        self.workloads: dict[str, dict[str, Any]] = {}
        self.started = time.perf_counter()
        self.python = sys.executable

    def say(self, text: str) -> None:
        print(f"[{time.perf_counter() - self.started:5.0f} s] {text}", file=sys.stderr, flush=True)

    def add(self, row: Row) -> None:
        self.rows.append(row)
        floor = f", floor {_number(row.floor_median, row.unit)}" if row.floor else ""
        ratio = f", {row.ratio:.2f}×" if row.ratio is not None else ""
        self.say(f"  {row.measure}: {_number(row.median, row.unit)}{floor}{ratio}")

    def okrdesk(self, *args: str) -> list[str]:
        return [self.python, "-m", "okrdesk", *args]

    def path(self, workload: str) -> Path:
        return self.folder / f"{workload}.okr"

    # ---- workloads -------------------------------------------------------------------------------------

    def make_workloads(self) -> None:
        self.say("making the workloads")
        for name, args in (
            ("small", ["init", "--sample"]),
            ("medium", ["generate", *MEDIUM]),
            ("large", ["generate", *LARGE]),
        ):
            started = time.perf_counter()
            command = self.okrdesk(args[0], str(self.path(name)), *args[1:])
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            seconds = time.perf_counter() - started
            with _open_workspace(self.path(name)) as workspace:
                cycle = workspace.current_cycle()
            self.workloads[name] = {
                "command": "okrdesk " + " ".join(args),
                **_counts(self.path(name)),
                "made_in_s": seconds,
                "current_cycle": {"id": cycle.id, "name": cycle.name},
            }
            if name != "small":
                measure = f"`okrdesk generate` {name} ({_sizes(self.workloads[name])})"
                self.add(Row(f"generate_{name}", measure, "s", [seconds]))

    def cycle(self, workload: str, field_name: str) -> str:
        return str(self.workloads[workload]["current_cycle"][field_name])

    # ---- cold start ------------------------------------------------------------------------------------

    def cold_start(self) -> None:
        """Every workload and the bare window, a round at a time, the order turning each round."""
        self.say(f"cold start: the bare window and the three workloads, {self.runs} rounds after a warm-up")
        commands = {"bare": [self.python, "-c", figures.BARE]}
        for name in ("small", "medium", "large"):
            commands[name] = self.okrdesk(str(self.path(name)), "--exit-after-load")
        names = list(commands)
        millis: dict[str, list[float]] = {name: [] for name in names}
        peaks: dict[str, list[float]] = {name: [] for name in names}
        for name in names:
            figures.run_process(commands[name])
        for round_ in range(self.runs):
            for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
                seconds, peak = figures.run_process(commands[name])
                millis[name].append(seconds * 1000)
                peaks[name].append(peak)
        bare = "bare PySide6 QMainWindow, shown, quits (figures.BARE)"
        for name in ("small", "medium", "large"):
            measure = f"cold start to an interactive window, {name}"
            self.add(Row(f"cold_start_{name}", measure, "ms", millis[name], millis["bare"], bare))
        measure = "peak memory, cold start of large (--exit-after-load)"
        self.add(
            Row("memory_large", measure, "MB", peaks["large"], peaks["bare"], "the bare window's process")
        )

    # ---- GUI in process ---------------------------------------------------------------------------------

    def _gui(self, *args: str) -> dict[str, Any]:
        command = [self.python, str(BENCH / "gui_figures.py"), *args]
        out = subprocess.run(command, check=True, capture_output=True, text=True)
        result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
        return result

    def first_paint(self) -> None:
        self.say(f"first paint of large: {self.runs} fresh processes after a warm-up")
        path, cycle = str(self.path("large")), self.cycle("large", "id")
        self._gui("paint", path, cycle, "floor-first")
        results = [
            self._gui("paint", path, cycle, "floor-first" if run % 2 else "okrdesk-first")
            for run in range(self.runs)
        ]
        extra = {"tree_rows": results[0]["tree_rows"], "floor_rows": results[0]["floor_rows"]}
        self.add(
            Row(
                "first_paint_large",
                f"opening large to the first painted tree ({self.cycle('large', 'name')})",
                "ms",
                [r["paint_s"] * 1000 for r in results],
                [r["floor_s"] * 1000 for r in results],
                "raw sqlite3 reading the tree's rows (objectives, key results, latest check-ins)",
                extra,
            )
        )

    def interactions(self) -> None:
        self.say(f"interactions on large: one process, {self.runs} runs of each after a warm-up")
        result = self._gui("interact", str(self.path("large")), self.cycle("large", "id"), str(self.runs))
        plain = "QTreeView + QStandardItemModel of the same rows:"
        word = result["filter"]["word"]
        for key, measure, name, floor_is in (
            ("expand_all", "expand all (Ctrl+E), large", "expand_all", f"{plain} expandAll()"),
            (
                "filter_keystroke",
                f"filter as you type '{word}', per keystroke, large",
                "filter",
                f"{plain} recursive QSortFilterProxyModel, setFilterFixedString",
            ),
            (
                "select",
                "select another row, detail pane shown, large",
                "select",
                f"{plain} setCurrentIndex, a QLabel as detail pane",
            ),
            (
                "check_in_dialog",
                "open the check-in dialog, large",
                "checkin_dialog",
                "bare QDialog: spin box, slider, plain text edit",
            ),
        ):
            figure = result[name]
            extra = {k: v for k, v in figure.items() if k not in ("okrdesk_ms", "floor_ms")}
            self.add(Row(key, measure, "ms", figure["okrdesk_ms"], figure["floor_ms"], floor_is, extra))
        extra = {k: result[k] for k in ("peak_after_paint_mb", "floor_model_mb", "paint_s")}
        measure = "peak memory, interaction run on large (with the floor's model)"
        self.add(Row("memory_interactions", measure, "MB", [result["peak_mb"]], extra=extra))

    # ---- writing ---------------------------------------------------------------------------------------

    def check_ins(self) -> None:
        self.say(f"check-in commits on large: {figures.CHECK_INS} of each, interleaved")
        ours, floor = figures.check_in_commits(self.path("large"))
        measure = "check-in committed (WAL, synchronous=FULL), large"
        floor_is = "raw sqlite3, same pragmas: BEGIN IMMEDIATE, INSERT, COMMIT"
        self.add(Row("check_in_commit", measure, "ms", ours, floor, floor_is))

    def importing(self) -> None:
        self.say(f"import of a 1,000-row CSV into a copy of the sample: {self.runs} runs after a warm-up")
        from okrdesk.export.interchange import write_interchange_csv

        source = self.folder / "medium.csv"
        with _open_workspace(self.path("medium")) as workspace:
            written = write_interchange_csv(workspace, source)
        copies = iter(range(10**6))
        created: list[str] = []

        def copy() -> Path:
            target = self.folder / f"import-{next(copies)}.okr"
            shutil.copyfile(self.path("small"), target)
            return target

        def ours() -> float:
            seconds, summary = import_figures.okrdesk_import(copy(), source, self.folder / "backups")
            created.append(summary)
            return seconds * 1000

        def floor() -> float:
            seconds, rows = import_figures.floor_import(copy(), source)
            assert rows == written, (rows, written)
            return seconds * 1000

        figures.interleaved(1, ours, floor)  # imports SQLAlchemy and the import modules
        mine, theirs = figures.interleaved(self.runs, ours, floor)
        measure = f"import a {written:,}-row CSV (medium's interchange CSV) into the sample"
        floor_is = f"raw sqlite3, same pragmas: csv read, {written:,} rows inserted, one transaction"
        self.add(Row("csv_import", measure, "ms", mine, theirs, floor_is, {"created": created[-1]}))

    # ---- exports ---------------------------------------------------------------------------------------

    def pdf(self) -> None:
        for name in ("small", "medium"):
            cycle = self.cycle(name, "name")
            self.say(
                f"PDF review pack of {name} ({cycle}): {self.runs} fresh processes of each after a warm-up"
            )
            target, today = str(self.folder / "pack.pdf"), date.today().isoformat()
            first = pdf_figures.run_child(["text", str(self.path(name)), cycle, target, today])
            pages, chars = int(first["pages"]), int(first["chars"])
            floor_args = ["floor", str(chars), str(pages), str(self.folder / "floor.pdf")]
            ours, floor = figures.interleaved(
                self.runs,
                partial(pdf_figures.run_child, ["write", str(self.path(name)), cycle, target, today]),
                partial(pdf_figures.run_child, floor_args),
            )
            self.add(
                Row(
                    f"pdf_{name}",
                    f"PDF review pack, {name} ({cycle}: {pages} pages), review_pack + write_review_pdf",
                    "ms",
                    [(r["pack"] + r["write"]) * 1000 for r in ours],
                    [r["write"] * 1000 for r in floor],
                    f"QPdfWriter: {chars:,} characters of plain text over {pages} pages",
                    {"pages": pages, "chars": chars, "okrdesk_runs": ours, "floor_runs": floor},
                )
            )

    def csv(self) -> None:
        self.say(f"CSV exports of large: {self.runs} runs of each, interleaved, after a warm-up")
        large, out = self.path("large"), self.folder / "out.csv"
        for key, measure, ours, floor in (
            (
                "csv_check_in_log",
                "CSV check-in log export, large",
                csv_figures.okrdesk_log,
                csv_figures.floor,
            ),
            (
                "csv_interchange",
                "CSV interchange export (a row per key result), large",
                csv_figures.okrdesk_interchange,
                csv_figures.interchange_floor,
            ),
        ):
            ours(large, out)  # imports and the page cache, for both sides
            mine, theirs = figures.interleaved(
                self.runs, partial(ours, large, out), partial(floor, large, out)
            )
            rows = {count for _, count in mine + theirs}
            assert len(rows) == 1, f"okrdesk and the floor wrote different row counts: {rows}"
            self.add(
                Row(
                    key,
                    f"{measure} ({rows.pop():,} rows)",
                    "ms",
                    [seconds * 1000 for seconds, _ in mine],
                    [seconds * 1000 for seconds, _ in theirs],
                    "raw sqlite3 SELECT of the same rows, csv.writer",
                )
            )


def _open_workspace(path: Path) -> Any:
    from okrdesk.services.workspace import Workspace

    return Workspace.open(path, read_only=True)


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {
            table: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("objectives", "key_results", "check_ins")
        }
    finally:
        conn.close()


def _sizes(workload: dict[str, Any]) -> str:
    return (
        f"{workload['objectives']:,} objectives, {workload['key_results']:,} key results, "
        f"{workload['check_ins']:,} check-ins"
    )


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit == "s":
        return f"{value:.1f} s"
    if unit == "MB" or value >= 100:
        return f"{value:.0f} {unit}"
    return f"{value:.1f} {unit}" if value >= 1 else f"{value:.2f} {unit}"


# ---- the machine, the table, the files ---------------------------------------------------------------------


def machine(folder: Path) -> dict[str, Any]:
    """What the figures were measured on."""
    import PySide6
    from PySide6.QtCore import qVersion

    def first(path: str, prefix: str) -> str:
        try:
            lines = Path(path).read_text().splitlines()
        except OSError:
            return ""
        return next((line.split(":", 1)[1].strip() for line in lines if line.startswith(prefix)), "")

    memory = first("/proc/meminfo", "MemTotal")
    return {
        "cpu": first("/proc/cpuinfo", "model name") or platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
        "ram_gib": round(int(memory.split()[0]) / 2**20, 1) if memory else None,
        "os": platform.platform(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "qt": qVersion(),
        "sqlite": sqlite3.sqlite_version,
        "tmpdir": str(folder.parent),
        "tmpdir_file_system": figures.file_system(folder),
        "date": datetime.now().isoformat(timespec="seconds"),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "commit": _commit(),
    }


def _commit() -> str:
    """The checked-out commit, "+ local changes" when the work tree differs ("" without git)."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        )
        dirty = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True)
    except OSError:
        return ""
    if head.returncode:
        return ""
    return head.stdout.strip() + (" + local changes" if dirty.stdout.strip() else "")


def table(rows: list[Row], runs: int, about: dict[str, Any], workloads: dict[str, dict[str, Any]]) -> str:
    """The Markdown of latest.md: the machine, the workloads, the table and how to read it."""
    commit = f" (commit {about['commit']})" if about["commit"] else ""
    load = about["load_average"]
    machine_line = (
        f"{about['cpu']}, {about['cores']} cores, {about['ram_gib']} GiB RAM, {about['os']}; "
        f"Python {about['python']}, PySide6 {about['pyside6']} (Qt {about['qt']}), SQLite {about['sqlite']}; "
        f"temporary files on {about['tmpdir_file_system']} ({about['tmpdir']})"
    )
    if load:
        machine_line += f"; load average {load[0]:.1f} at the start"
    sizes = "; ".join(f"{name}: {_sizes(workload)}" for name, workload in workloads.items())
    lines = [
        f"`make bench` of {about['date'].replace('T', ' ')[:16]}{commit}, {about['duration_s']:.0f} s. "
        f"Machine: {machine_line}.",
        "",
        f"Workloads: {sizes}. Each figure is the median of {runs} runs after a warm-up (check-in commits: "
        f"{figures.CHECK_INS - 1} calls; filtering: {runs} words of 5 keystrokes), interleaved with its "
        "floor; ratio = okrdesk ÷ floor.",
        "",
        "| measure | okrdesk | floor | ratio | target | met | floor measured |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        met = {True: "✔", False: "✘", None: ""}[row.met]
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else ""
        lines.append(
            f"| {row.measure} | {_number(row.median, row.unit)} | {_number(row.floor_median, row.unit)} "
            f"| {ratio} | {row.target} | {met} | {row.floor_is} |"
        )
    lines += [
        "",
        "Filtering leaves out the search field's deliberate 120 ms debounce (the filter runs 120 ms after "
        "the last keystroke): each keystroke is timed from the key press to the filter applied and the tree "
        "repainted. The interaction run's peak memory includes the plain-Qt floor's model and windows "
        "(latest.json: floor_model_mb, and peak_after_paint_mb for okrdesk alone).",
    ]
    return "\n".join(lines) + "\n"


def update_readme(latest: str) -> bool:
    """Puts latest between the README's bench markers; False (README untouched) when they are missing."""
    text = README.read_text(encoding="utf-8")
    start, end = text.find(MARKERS[0]), text.find(MARKERS[1])
    if start < 0 or end < start:
        print(f"README.md has no {MARKERS[0]} … {MARKERS[1]} markers: left untouched.", file=sys.stderr)
        return False
    README.write_text(text[: start + len(MARKERS[0])] + "\n" + latest + text[end:], encoding="utf-8")
    print("README.md: the bench table was replaced.", file=sys.stderr)
    return True


def run(runs: int) -> str:
    """Runs every measurement, writes latest.json and latest.md, and returns the Markdown."""
    compileall.compile_dir(str(ROOT / "okrdesk"), quiet=1)  # the children run with cached bytecode
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    with tempfile.TemporaryDirectory(prefix="okrdesk-bench-") as name:
        folder = Path(name)
        os.environ["OKRDESK_DATA_DIR"] = str(folder / "data")  # settings and backups: never the user's own
        about = machine(folder)
        bench = Bench(folder, runs)
        bench.make_workloads()
        bench.cold_start()
        bench.first_paint()
        bench.interactions()
        bench.pdf()
        bench.csv()
        bench.importing()
        bench.check_ins()  # last: it adds check-ins to large
        bench.say("done")
        workloads = {
            name: {k: v for k, v in workload.items() if k != "path"}
            for name, workload in bench.workloads.items()
        }
    about["duration_s"] = round(time.perf_counter() - bench.started, 1)
    latest = table(bench.rows, runs, about, workloads)
    OUT.mkdir(parents=True, exist_ok=True)
    document = {
        "machine": about,
        "runs": runs,
        "workloads": workloads,
        "rows": [r.as_json() for r in bench.rows],
    }
    (OUT / "latest.json").write_text(
        json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (OUT / "latest.md").write_text(latest, encoding="utf-8")
    return latest


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0].strip("`"))
    parser.add_argument("--runs", type=int, default=11, help="runs of each figure (default 11)")
    parser.add_argument("--readme", action="store_true", help="then put the table into README.md")
    parser.add_argument(
        "--readme-only", action="store_true", help="only put docs/bench/latest.md into README.md"
    )
    args = parser.parse_args(argv)
    if args.readme_only:
        return 0 if update_readme((OUT / "latest.md").read_text(encoding="utf-8")) else 1
    latest = run(max(1, args.runs))
    print(latest)
    print(f"Written: {OUT / 'latest.json'}, {OUT / 'latest.md'}", file=sys.stderr)
    return 0 if not args.readme or update_readme(latest) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
