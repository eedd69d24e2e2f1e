"""`okrdesk export`: a cycle's review pack as PDF or Markdown, or the workspace as CSV, headless.

    okrdesk export PATH [--cycle NAME] [--team T | --owner P] --format pdf|csv|checkins-csv|md -o FILE

Choices:
- `--format` may be left out when the output's suffix says it (.pdf, .md, .csv for the key-result CSV).
- Without `--cycle`, the PDF and Markdown cover the current cycle (the one the app opens on); the two CSVs
  cover every cycle, so a full export can be imported back whole.
- `--notes` is how many of each key result's latest notes the PDF and Markdown show: 1, 3 or all (the PDF's
  default is 3, Markdown's all: it is meant for keeping). `--page-size` is A4 (default) or Letter.
- The file is written whole or not at all: a failure leaves an earlier file at FILE as it was.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from okrdesk.cli.common import Failure, iso_day

FORMATS = ("pdf", "csv", "checkins-csv", "md")
SUFFIX_FORMATS = {".pdf": "pdf", ".md": "md", ".markdown": "md", ".csv": "csv"}
NOTES_CHOICES = ("1", "3", "all")


def add_export_parser(commands: Any) -> None:
    """Adds `export` to the command parsers."""
    export = commands.add_parser(
        "export",
        prog="okrdesk export",
        help="write a review pack (PDF, Markdown) or CSV of a workspace",
        description="Writes a cycle's review pack as PDF or Markdown, the key results as interchange CSV "
        "(see the README), or the check-in log as CSV.",
    )
    export.add_argument("path", metavar="PATH", help="the workspace file")
    export.add_argument("--cycle", metavar="NAME", help="the cycle (default: the current one; CSV: all)")
    who = export.add_mutually_exclusive_group()
    who.add_argument("--team", metavar="T", help="only this team, its sub-teams and their people")
    who.add_argument("--owner", metavar="P", help="only this person's OKRs (for a 1:1)")
    export.add_argument("--format", choices=FORMATS, help="what to write (default: from the file's suffix)")
    export.add_argument("-o", "--output", metavar="FILE", required=True, help="the file to write")
    export.add_argument(
        "--notes", choices=NOTES_CHOICES, help="latest check-in notes per key result (PDF: 3, Markdown: all)"
    )
    export.add_argument("--page-size", choices=("A4", "Letter"), default="A4", help="PDF paper size")
    export.add_argument("--today", metavar="DATE", type=iso_day, help="measure the pace on this date")


def _format(args: argparse.Namespace, target: Path) -> str:
    if args.format:
        return str(args.format)
    known = SUFFIX_FORMATS.get(target.suffix.lower())
    if known is None:
        raise Failure(f"say which format to write with --format ({', '.join(FORMATS)}).")
    return known


def _notes(args: argparse.Namespace, kind: str) -> int | None:
    if args.notes is None:
        return 3 if kind == "pdf" else None
    return None if args.notes == "all" else int(args.notes)


def run_export(args: argparse.Namespace) -> int:
    from okrdesk.export.cancel import Cancelled
    from okrdesk.services.review import review_scope
    from okrdesk.services.workspace import Workspace

    target = Path(args.output).expanduser()
    kind = _format(args, target)
    with Workspace.open(args.path, read_only=True) as workspace:
        scope = review_scope(workspace, args.team, args.owner)
        try:
            if kind in ("csv", "checkins-csv"):
                message = _write_csv(workspace, kind, target, args.cycle, scope, args.today)
            else:
                message = _write_pack(workspace, kind, target, args, scope)
        except Cancelled:  # pragma: no cover - the command line has no cancel button
            raise Failure("the export was cancelled; nothing was written.") from None
    print(message)
    return 0


def _write_csv(
    workspace: Any, kind: str, target: Path, cycle: str | None, scope: Any, today: date | None
) -> str:
    if cycle is not None:
        workspace.cycle_by_name(cycle)  # a clear message for an unknown cycle
    if kind == "csv":
        from okrdesk.export.interchange import write_interchange_csv

        rows = write_interchange_csv(workspace, target, cycle, scope, today)
        return f"Wrote {rows} key-result rows to {target}."
    from okrdesk.export.checkin_log import write_check_in_log

    rows = write_check_in_log(workspace, target, cycle, scope)
    return f"Wrote {rows} check-ins to {target}."


def _write_pack(workspace: Any, kind: str, target: Path, args: argparse.Namespace, scope: Any) -> str:
    from okrdesk.services.review import review_pack

    cycle = args.cycle
    if cycle is None:
        current = workspace.current_cycle(args.today)
        if current is None:
            raise Failure("the workspace has no cycle yet; nothing was written.")
        cycle = current.name
    pack = review_pack(workspace, cycle, scope, args.today)
    notes = _notes(args, kind)
    if kind == "md":
        from okrdesk.export.markdown import write_markdown

        write_markdown(pack, target, notes)
        return f"Wrote the {pack.cycle.name} review of {pack.scope.phrase} as Markdown to {target}."
    from okrdesk.export.pdf import write_review_pdf

    pages = write_review_pdf(pack, target, page_size=args.page_size, notes=notes)
    return f"Wrote the {pack.cycle.name} review pack of {pack.scope.phrase} ({pages} pages) to {target}."
