"""The PDF review pack figures (`python tests/bench/pdf_figures.py [--runs R]`; not a test).

Each figure is the median of RUNS fresh processes (offscreen), each printing its own timings as JSON:
- "imports": from the script's first line to okrdesk, PySide6.QtGui and the PDF modules imported;
- "pack": review_pack() of the cycle for the whole workspace;
- "write": write_review_pdf() (QGuiApplication created, layout, painting, the file saved);
- "process": the whole process, launch to exit, measured by the parent.
End to end is pack + write. Targets: the sample quarter ("2026 Q4" of `okrdesk init --sample`) under 1.5 s,
a cycle of 500 objectives under 10 s. `generate` spreads objectives evenly over a year and its four
quarters, so 2,500 objectives make a quarter of 500 (2,000 key results, 20,000 check-ins).
estimate_pages() of the sample (the export dialog's page count) is timed in processes of its own, as a
dialog would call it before anything was drawn: the first call (fonts not yet loaded), the median of 5 more.

`make bench` (suite.py) reuses run_child: the "text" mode is a write that also counts the characters of the
PDF's text (QtPdf, after the timing), and the "floor" mode writes that many characters of plain text over as
many pages with QPdfWriter and QPainter.drawText, timed from the QGuiApplication made to the file closed,
as okrdesk's "write" is.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 21)


def child(mode: str, workspace: str, cycle: str, target: str, today: str) -> None:
    """One measured run in a fresh process ("write", "text" or "estimate"); prints JSON."""
    from okrdesk.export.pdf import estimate_pages, write_review_pdf
    from okrdesk.services.review import review_pack
    from okrdesk.services.workspace import Workspace

    imported = time.perf_counter()
    ws = Workspace.open(workspace)
    started = time.perf_counter()
    pack = review_pack(ws, cycle, today=date.fromisoformat(today))
    packed = time.perf_counter()
    result: dict[str, float] = {"imports": imported - START, "pack": packed - started}
    if mode == "estimate":  # as the export dialog: the application runs, nothing was laid out yet
        from okrdesk.export.pdf import gui_application

        result["application"] = _timed(gui_application)
        result["estimate_first"] = _timed(lambda: estimate_pages(pack))
        result["estimate_later"] = statistics.median(_timed(lambda: estimate_pages(pack)) for _ in range(5))
    else:
        pages = write_review_pdf(pack, Path(target))
        result |= {
            "write": time.perf_counter() - packed,
            "pages": pages,
            "objectives": len(pack.objectives),
            "key_results": len(pack.key_results),
            "bytes": Path(target).stat().st_size,
        }
        if mode == "text":
            result["chars"] = pdf_text_length(Path(target))
    ws.close()
    print(json.dumps(result))


def pdf_text_length(path: Path) -> int:
    """The number of characters of text in a PDF (all pages), as QtPdf extracts it."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument(None)
    document.load(str(path))
    return sum(len(document.getAllText(page).text()) for page in range(document.pageCount()))


def floor_child(chars: str, pages: str, target: str) -> None:
    """The floor in a fresh process: plain text of `chars` characters over `pages` pages; prints JSON."""
    from PySide6.QtGui import QPainter, QPdfWriter

    from okrdesk.export.pdf import gui_application

    total, page_count = int(chars), int(pages)
    line = "The quick brown fox jumps over the lazy dog; " * 2  # 90 characters
    per_page = -(-total // page_count)
    started = time.perf_counter()
    gui_application()  # as write_review_pdf makes it
    writer = QPdfWriter(target)
    painter = QPainter(writer)
    height = painter.fontMetrics().lineSpacing()
    written = 0
    for page in range(page_count):
        if page:
            writer.newPage()
        on_page, y = 0, height
        while on_page < per_page and written < total:
            text = line[: min(len(line), per_page - on_page, total - written)]
            painter.drawText(0, y, text)
            on_page += len(text)
            written += len(text)
            y += height
    painter.end()
    result = {"write": time.perf_counter() - started, "pages": page_count, "chars": written}
    result["bytes"] = Path(target).stat().st_size
    print(json.dumps(result))


def _timed(work: object) -> float:
    started = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - started


def run_child(args: list[str]) -> dict[str, float]:
    """One fresh process of child() (args: mode, workspace, cycle, target, today) or of floor_child()
    (args: "floor", chars, pages, target); its JSON, with "process": launch to exit, in seconds."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    result["process"] = time.perf_counter() - started
    return result


def measure(
    workspace: Path, cycle: str, runs: int, folder: Path, mode: str = "write", today: date = TODAY
) -> dict[str, float]:
    results = [
        run_child([mode, str(workspace), cycle, str(folder / f"pack-{run}.pdf"), today.isoformat()])
        for run in range(runs)
    ]
    return {key: statistics.median(r[key] for r in results) for key in results[0]}


def show(name: str, figures: dict[str, float], target: float) -> None:
    end_to_end = figures["pack"] + figures["write"]
    verdict = "✔" if end_to_end < target else "✘"
    print(
        f"{name}: {figures['objectives']:.0f} objectives, {figures['key_results']:.0f} key results, "
        f"{figures['pages']:.0f} pages, {figures['bytes'] / 1e6:.2f} MB"
    )
    print(
        f"  review_pack {figures['pack'] * 1000:.0f} ms + write_review_pdf {figures['write'] * 1000:.0f} ms "
        f"= {end_to_end * 1000:.0f} ms end to end (target < {target:.1f} s {verdict})"
    )
    print(
        f"  imports (Qt + okrdesk) {figures['imports'] * 1000:.0f} ms; "
        f"whole process (interpreter start to exit) {figures['process'] * 1000:.0f} ms"
    )


def show_estimate(figures: dict[str, float]) -> None:
    app, first, later = (figures[k] * 1000 for k in ("application", "estimate_first", "estimate_later"))
    print(
        f"  estimate_pages in a fresh process (after making the QGuiApplication, {app:.0f} ms): "
        f"first call {first:.1f} ms, later calls {later:.1f} ms (target < 50 ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from okrdesk.services.generate import generate
    from okrdesk.services.workspace import Workspace

    python = platform.python_version()
    print(f"{platform.machine()}, {os.cpu_count()} cores, Python {python}, {platform.system()}")
    with tempfile.TemporaryDirectory(prefix="okrdesk-pdf-") as tmp:
        folder = Path(tmp)
        Workspace.create(folder / "sample.okr", sample=True, today=TODAY).close()
        show("Sample quarter (2026 Q4)", measure(folder / "sample.okr", "2026 Q4", args.runs, folder), 1.5)
        show_estimate(measure(folder / "sample.okr", "2026 Q4", args.runs, folder, "estimate"))
        generate(
            folder / "large.okr", 2500, key_results_per_objective=4, check_ins_per_key_result=10, today=TODAY
        )
        show(
            "Quarter of 500 objectives (2026 Q4)",
            measure(folder / "large.okr", "2026 Q4", args.runs, folder),
            10,
        )


if __name__ == "__main__":
    START = time.perf_counter()
    sys.path.insert(0, str(ROOT))
    if len(sys.argv) == 6 and sys.argv[1:3] == ["--child", "floor"]:
        floor_child(*sys.argv[3:])
    elif len(sys.argv) == 7 and sys.argv[1] == "--child":
        child(*sys.argv[2:])
    else:
        main()
