"""What the command modules share: the one-line failure and output that never fails on odd characters."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any


class Failure(Exception):
    """A message for the user, printed as one line."""


def set_errors_replace(stream: Any) -> None:
    """Characters the terminal cannot show become '?' instead of failing the whole listing."""
    if hasattr(stream, "reconfigure"):
        stream.reconfigure(errors="replace")


def print_document(document: Any, as_json: bool, text: Callable[[], str]) -> None:
    """Prints a document as UTF-8 JSON (RFC 8259, whatever the terminal's encoding) or as text for people."""
    if as_json:
        if hasattr(sys.stdout, "reconfigure"):
            sys.stdout.reconfigure(encoding="utf-8")
        import json

        print(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        set_errors_replace(sys.stdout)
        print(text(), end="")


def iso_day(text: str) -> date:
    """An argparse type for a day written as 2026-05-31."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-05-31") from None


def add_lock_options(parser: argparse.ArgumentParser) -> None:
    """--wait and --take-over, for the commands that change a workspace (services/opening.py)."""
    parser.add_argument(
        "--wait",
        metavar="SECONDS",
        type=float,
        default=10.0,
        help="when another okrdesk is writing to the workspace, wait this long for it (default 10)",
    )
    parser.add_argument(
        "--take-over",
        action="store_true",
        help="take over a workspace left open by an okrdesk that is no longer running",
    )


def open_for_writing(args: argparse.Namespace) -> Any:
    """Opens args.path for a change, honouring --wait and --take-over; a lock held by a running okrdesk (the
    desktop app) or a stale one is one line saying what to do."""
    from okrdesk.services.errors import NewerWorkspaceError, ReadOnlyWorkspaceError, WorkspaceLockedError
    from okrdesk.services.workspace import Workspace

    Workspace.preload()  # import the write side first: the lock is then held only while writing
    try:
        workspace = Workspace.open(args.path, wait=max(args.wait, 0.0), take_over=args.take_over)
    except NewerWorkspaceError:
        raise
    except ReadOnlyWorkspaceError as exc:
        raise Failure(f"{exc.reason}. Nothing was changed; list, export and check still work.") from None
    except WorkspaceLockedError as exc:
        name, who = Path(args.path).name, exc.holder.describe()
        gone = (
            "okrdesk there is no longer running" if exc.holder.process_gone else "it has not been heard from"
        )
        if exc.stale:
            raise Failure(
                f"{name} was left open by {who}, but {gone}. If nobody is using it, repeat the command "
                "with --take-over. Nothing was changed."
            ) from None
        raise Failure(
            f"{name} is open in okrdesk by {who}; only one can change it at a time. Nothing was changed: "
            "close it there, or give it time with --wait SECONDS. list, export and check work meanwhile."
        ) from None
    if workspace.migrated_from is not None:
        print(
            f"note: {Path(args.path).name} was updated from format {workspace.migrated_from}; a copy in the "
            f"old format is in {workspace.migration_backup}",
            file=sys.stderr,
        )
    return workspace
