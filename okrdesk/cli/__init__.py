"""The command line: `okrdesk [PATH]` opens the desktop app; `okrdesk COMMAND ...` works headless.

Commands: `init` (create a workspace), `list` (print the OKRs, `--json` for the machine-readable listing of
shared OKR_RULES.md), `generate` (a large workspace for trying okrdesk at scale), `checkin` (record a check-in
of a key result), `history` (print a key result's check-ins, `--json` too), `retro` (print a cycle's stored
retrospective, `--json` too), `export` (a review pack as PDF or Markdown, CSV; see cli/exports.py) and
`import` (a CSV of OKRs, from okrdesk or a spreadsheet template; see cli/importing.py).

argparse cannot combine subcommands with an optional positional PATH, so `main` looks at the first word
that is not an option: a command name selects the command parser, anything else is the path for the GUI (a
file named like a command opens with `okrdesk ./list`).

Every failure okrdesk expects (an unusable file, a missing cycle, a full disk...) prints one line,
"okrdesk: <what went wrong>", to stderr and exits with 1; usage errors exit with 2, as argparse does. A value
that argparse cannot judge (a check-in's value, confidence or date, a key result ref) is an expected failure
(1), with the same message the app shows. Imports stay light: `list` and `history` read with the standard
library only, SQLAlchemy is loaded by the commands that write (and `retro`, whose service imports it), Qt
by the GUI and by `export` (QSaveFile writes the file, QtGui draws the PDF).

Choices for check-ins from the command line (`checkin`):
- `--at 2026-11-03` (a day alone) means that day at 12:00, or now when it is today; `--at 2026-11-03T14:30`
  is that moment (local time; with a UTC offset it is converted to local time, as the workspace stores it).
- Warnings (a value far from the range, a date outside the cycle) go to stderr as "warning: ..." and the
  check-in is still recorded; a date outside a closed cycle is refused unless `--yes` confirms it.
- `--author` names a person of the workspace; without it the check-in has no author (the app's "me" is a
  setting of the desktop app, not of the workspace).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import sys
import time
from pathlib import Path

from okrdesk import __version__
from okrdesk.cli.common import Failure as _Failure
from okrdesk.cli.common import iso_day, print_document

COMMANDS = ("init", "list", "generate", "checkin", "history", "retro", "export", "import")
COMMANDS += ("check", "backup", "restore")
COMMAND_LIST = "{" + ",".join(COMMANDS) + "}"
VERSION = f"okrdesk {__version__}"


def version_text() -> str:
    """What `okrdesk --version` prints: okrdesk's version, then what it runs on (for bug reports, and for the
    bundle's smoke test, which checks the SQLite it carries)."""
    import platform

    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        qt = f"Qt {qVersion()} (PySide6 {pyside_version})"
    except ImportError:  # pragma: no cover - a broken install; the headless commands may still work
        qt = "Qt not found"
    return f"{VERSION}\nPython {platform.python_version()}, SQLite {sqlite3.sqlite_version}, {qt}"


class _Version(argparse.Action):
    """--version, with the text built when asked (importing Qt for it would slow every command down)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show the versions")

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        print(version_text())
        parser.exit()


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative")
    return value


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="okrdesk",
        usage=f"okrdesk [-h] [--version] [PATH] [--exit-after-load]\n       okrdesk {COMMAND_LIST} ...",
        description="Offline OKRs: objectives, key results, check-ins and retrospectives.",
        epilog="Without a command, okrdesk opens the desktop app on PATH (default: your own workspace); "
        "--exit-after-load quits as soon as the first screen is drawn.",
    )
    parser.add_argument("--version", action=_Version)
    commands = parser.add_subparsers(dest="command", metavar=COMMAND_LIST)

    init = commands.add_parser("init", prog="okrdesk init", help="create a new workspace file")
    init.add_argument("path", metavar="PATH", help="the new workspace file (e.g. team.okr)")
    init.add_argument("--sample", action="store_true", help="fill it with sample OKRs to explore")
    init.add_argument("--force", action="store_true", help="replace an existing file at PATH")

    listing = commands.add_parser(
        "list", prog="okrdesk list", help="print the objectives and key results of a workspace"
    )
    listing.add_argument("path", metavar="PATH", help="the workspace file")
    listing.add_argument("--cycle", metavar="NAME", help="only this cycle (e.g. '2026 Q2')")
    listing.add_argument("--json", action="store_true", help="print the machine-readable JSON listing")
    listing.add_argument(
        "--today", metavar="DATE", type=iso_day, help="measure the pace on this date (default: today)"
    )

    generate = commands.add_parser(
        "generate", prog="okrdesk generate", help="create a large workspace with generated OKRs"
    )
    generate.add_argument("path", metavar="PATH", help="the new workspace file")
    generate.add_argument(
        "--objectives", type=_positive, required=True, metavar="N", help="how many objectives"
    )
    key_results = generate.add_mutually_exclusive_group()
    key_results.add_argument(
        "--key-results", type=_positive, metavar="N", help="key results per objective (default 4)"
    )
    key_results.add_argument(
        "--total-key-results",
        type=_positive,
        metavar="N",
        help="key results in all, spread as evenly as possible over the objectives",
    )
    check_ins = generate.add_mutually_exclusive_group()
    check_ins.add_argument(
        "--check-ins", type=_positive, metavar="N", help="check-ins per key result (default 10)"
    )
    check_ins.add_argument(
        "--total-check-ins",
        type=_positive,
        metavar="N",
        help="check-ins in all, spread as evenly as possible over the key results of started cycles",
    )
    generate.add_argument("--seed", type=int, default=1, help="the random seed (same seed, same data)")
    generate.add_argument("--force", action="store_true", help="replace an existing file at PATH")
    from okrdesk.cli.checkins import add_check_in_parsers  # not on the way to the GUI
    from okrdesk.cli.exports import add_export_parser
    from okrdesk.cli.importing import add_import_parser
    from okrdesk.cli.retro import add_retro_parser
    from okrdesk.cli.safety import add_safety_parsers

    add_check_in_parsers(commands)
    add_retro_parser(commands)
    add_export_parser(commands)
    add_import_parser(commands)
    add_safety_parsers(commands)
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="okrdesk",
        description="Opens the okrdesk desktop app. Commands: " + ", ".join(COMMANDS) + " (okrdesk -h).",
    )
    parser.add_argument("--version", action=_Version)
    parser.add_argument("path", nargs="?", metavar="PATH", help="the workspace to open")
    parser.add_argument("extra", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--exit-after-load", action="store_true", help="quit once the first screen is drawn")
    return parser


def _first_word(argv: list[str]) -> str | None:
    """The first argument that is not an option (after "--" everything is an argument)."""
    for index, arg in enumerate(argv):
        if arg == "--":
            return argv[index + 1] if index + 1 < len(argv) else None
        if not arg.startswith("-"):
            return arg
    return None


def _refuse_existing(path: Path, force: bool) -> None:
    if path.exists() and not path.is_dir() and not force:
        raise _Failure(f"{path} already exists; nothing was changed. Add --force to replace it.")


def _init(args: argparse.Namespace) -> int:
    from okrdesk.services.workspace import Workspace

    target = Path(args.path).expanduser()
    _refuse_existing(target, args.force)
    with Workspace.create(target, sample=args.sample) as workspace:
        counts = workspace.counts()
        cycles = ", ".join(c.name for c in workspace.cycles())
    if args.sample:
        print(
            f"Created {target} with sample OKRs: {counts['objectives']} objectives, "
            f"{counts['key_results']} key results, {counts['check_ins']} check-ins (cycles {cycles})."
        )
    else:
        print(f"Created an empty workspace at {target} (cycle {cycles}).")
    return 0


def _list(args: argparse.Namespace) -> int:
    from okrdesk.services.listing import listing, outline
    from okrdesk.services.workspace import Workspace

    with Workspace.open(args.path, read_only=True) as workspace:
        document = listing(workspace, args.cycle, args.today)
    print_document(document, args.json, lambda: outline(document))
    return 0


def _generate(args: argparse.Namespace) -> int:
    from okrdesk.services.generate import generate

    target = Path(args.path).expanduser()
    _refuse_existing(target, args.force)
    started = time.perf_counter()
    counts = generate(
        target,
        args.objectives,
        key_results_per_objective=args.key_results,
        check_ins_per_key_result=args.check_ins,
        total_key_results=args.total_key_results,
        total_check_ins=args.total_check_ins,
        seed=args.seed,
    )
    seconds = time.perf_counter() - started
    print(f"Generated {target} in {seconds:.1f} s:")
    for table, count in counts.items():
        print(f"  {table.replace('_', ' ')}: {count}")
    return 0


# ---- check-ins -----------------------------------------------------------------------------------------


def _gui(args: argparse.Namespace) -> int:
    try:
        from okrdesk.ui.app import run_gui
    except ImportError as exc:
        raise _Failure(
            f"the desktop app cannot start ({exc}); the commands {', '.join(COMMANDS)} still work."
        ) from None
    result: int = run_gui(args.path, exit_after_load=args.exit_after_load)
    return result


def _run(argv: list[str]) -> int:
    from okrdesk.services.errors import DamagedWorkspaceError, OkrdeskError

    first = _first_word(argv)
    if first is None and {"-h", "--help"} & set(argv[: argv.index("--") if "--" in argv else None]):
        _command_parser().parse_args(["--help"])  # the full help, commands included; exits
    if first in COMMANDS:
        args = _command_parser().parse_args(argv)
        handlers = {"init": _init, "list": _list, "generate": _generate}
        if args.command in ("checkin", "history"):
            from okrdesk.cli.checkins import run_checkin, run_history

            handlers |= {"checkin": run_checkin, "history": run_history}
        elif args.command == "retro":
            from okrdesk.cli.retro import run_retro

            handlers["retro"] = run_retro
        elif args.command == "export":
            from okrdesk.cli.exports import run_export

            handlers["export"] = run_export
        elif args.command == "import":
            from okrdesk.cli.importing import run_import

            handlers["import"] = run_import
        elif args.command in ("check", "backup", "restore"):
            from okrdesk.cli.safety import run_backup, run_check, run_restore

            handlers |= {"check": run_check, "backup": run_backup, "restore": run_restore}
        handler = handlers[args.command]
    else:
        parser = _gui_parser()
        args = parser.parse_args(argv)
        if args.extra:
            parser.error(f"unknown command '{args.path}' (commands: {', '.join(COMMANDS)})")
        handler = _gui
    try:
        return handler(args)
    except DamagedWorkspaceError as exc:
        return _fail(f"{exc} `okrdesk check` says more; `okrdesk restore PATH` lists its backups.")
    except (OkrdeskError, _Failure) as exc:
        return _fail(str(exc))
    except sqlite3.Error as exc:
        return _fail(f"the workspace could not be read or written: {exc}.")
    except BrokenPipeError:
        raise
    except OSError as exc:
        from okrdesk.store.connection import describe_os_error

        where = f" ({exc.filename})" if exc.filename else ""
        return _fail(f"{describe_os_error(exc)}{where}.")
    except RecursionError:
        return _fail("the alignment chains in this workspace are too deep to print.")


def _fail(message: str) -> int:
    print(f"okrdesk: {message}", file=sys.stderr)
    return 1


def main(argv: list[str]) -> int:
    """Runs okrdesk with the arguments after the program name; returns the exit status."""
    try:
        return _run(argv)
    except SystemExit as exc:  # argparse: --help, --version (0) and usage errors (2)
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except KeyboardInterrupt:
        print("okrdesk: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: stop quietly, and keep Python from complaining at exit.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
