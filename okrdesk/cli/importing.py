"""`okrdesk import PATH FILE.csv [--dry-run] [--map FIELD=COLUMN ...]`: adds the OKRs of a CSV file (okrdesk's
own interchange CSV, or a spreadsheet template) to a workspace.

It prints how the file was read (layout, encoding, delimiter, the column of each field), then what was
created and where the backup taken first lies; with --dry-run what would be created, writing nothing. Any
problem in the file is printed on stderr, one line per problem ("Row 7: start 'abc' is not a number"), and
nothing is written (exit status 1). docs/import.md describes the layouts and header names.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from okrdesk.cli.common import Failure, add_lock_options, open_for_writing, set_errors_replace

if TYPE_CHECKING:
    from okrdesk.services.importing import ImportPlan

IMPORT_HELP = """\
Adds the objectives and key results of a CSV file to the workspace: okrdesk's own CSV (okrdesk export
--format csv), or a spreadsheet OKR template with columns such as Objective, Key Result, Owner, Start,
Target, Current, Progress %, Confidence and Quarter. Encoding (UTF-8, UTF-16, Windows-1252), delimiter
(comma, semicolon, tab) and the column of each field are found automatically; --map overrides a column.

Cycles, people and teams are matched by name; new ones are created. Imported objectives are always new
ones. A current value that differs from the start (or a confidence or note) is recorded as a check-in. The
workspace is copied to backups/<name>-before-import-<time>.okr first, then everything is written in one
transaction.

Fields for --map: cycle, cycle_start, cycle_end, cycle_state, ref, objective, owner, owner_kind,
owner_team, parent_ref, description, kind, state, progress_source, key_result, kr_description, type,
start, target, current, unit, weight, kr_owner, kr_owner_kind, kr_owner_team, as_of, progress,
confidence, note.
Exit status: 0 imported (or, with --dry-run, would import), 1 a problem in the file or the workspace
(nothing written; every problem of the file on stderr, one per line), 2 usage error."""


def _mapping_item(text: str) -> tuple[str, str]:
    from okrdesk.services.import_layouts import FIELDS

    field, sep, column = text.partition("=")
    field = field.strip().casefold()
    if not sep or field not in FIELDS:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not FIELD=COLUMN with one of the fields {', '.join(FIELDS)}"
        )
    return field, column.strip()


def add_import_parser(commands: Any) -> None:
    """Adds `import` to the command parsers of okrdesk/cli/__init__.py."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "import",
        prog="okrdesk import",
        help="add OKRs from a CSV file (okrdesk's own or a spreadsheet template)",
        description=IMPORT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("path", metavar="PATH", help="the workspace file")
    parser.add_argument("file", metavar="FILE.csv", help="the CSV file to import")
    parser.add_argument(
        "--dry-run", action="store_true", help="check the file and say what would be created; write nothing"
    )
    parser.add_argument(
        "--map",
        metavar="FIELD=COLUMN",
        action="append",
        type=_mapping_item,
        default=[],
        help="read FIELD from the column named COLUMN (FIELD= ignores that field); repeatable",
    )
    add_lock_options(parser)


def _describe(plan: ImportPlan) -> list[str]:
    """How the file was read, the column of each field and the plan's notes (nothing when the file could
    not be read at all: its problem says why)."""
    table = plan.table
    if not table.headers:
        return []
    rows = len(table.rows)
    lines = [
        f"Read {table.path.name} as {plan.layout_words}, in {table.encoding}, separated by "
        f"{table.delimiter_words}: {rows:,} row{'' if rows == 1 else 's'}."
    ]
    used = [f"{field}={column}" for field, column in plan.mapping.items() if column]
    if used:
        lines.append("Columns: " + ", ".join(used))
    return lines + list(plan.notes)


def run_import(args: argparse.Namespace) -> int:
    """Plans the import; prints the problems (exit 1, nothing written) or imports (or, dry run, tells)."""
    from okrdesk.services.importing import apply_import, plan_import

    set_errors_replace(sys.stdout)
    set_errors_replace(sys.stderr)
    source = Path(args.file).expanduser()
    with open_for_writing(args) as workspace:
        plan = plan_import(workspace, source, dict(args.map))
        for line in _describe(plan):
            print(line)
        if not plan.ok:
            for problem in plan.problems:
                print(problem.text, file=sys.stderr)
            count = len(plan.problems)
            raise Failure(
                f"{source.name} has {count} problem{'s' if count != 1 else ''} (listed above); "
                "nothing was imported."
            )
        if args.dry_run:
            print(f"{plan.summary}.")
            for line in plan.details():
                print(line)
            print("Dry run: nothing was written.")
            return 0
        result = apply_import(workspace, plan)
    print(f"Created {result.summary}.")
    for line in plan.details():
        print(line)
    print(f"The workspace was backed up first to {result.backup}")
    return 0
