"""`okrdesk check PATH`, `okrdesk backup PATH` and `okrdesk restore PATH [BACKUP]`.

- check: okrdesk's schema, SQLite's integrity_check and foreign_key_check, without changing the file;
  prints the verdict and exits 1 on damage (or when the file is not a workspace okrdesk can read).
- backup: a verified copy in ``backups/`` beside the workspace (works while the app has it open).
- restore: without BACKUP, lists the workspace's backups, newest first, numbered; with BACKUP (a file, or
  a number from that list) replaces the workspace's content with it, after saving the current content as a
  backup. A damaged workspace is kept aside as ``<name>-damaged-<time>.okr`` and the backup put in its place;
  a workspace that is gone (deleted, moved away) is brought back from the backup.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from okrdesk.cli.common import Failure, add_lock_options, open_for_writing


def add_safety_parsers(commands: Any) -> None:
    check = commands.add_parser(
        "check", prog="okrdesk check", help="check a workspace for damage (exit status 1 when damaged)"
    )
    check.add_argument("path", metavar="PATH", help="the workspace file")
    backup = commands.add_parser(
        "backup", prog="okrdesk backup", help="save a verified backup of a workspace"
    )
    backup.add_argument("path", metavar="PATH", help="the workspace file")
    restore = commands.add_parser(
        "restore",
        prog="okrdesk restore",
        help="list a workspace's backups, or restore one",
        description="Without BACKUP, lists the backups of PATH. With BACKUP, replaces the content of PATH "
        "with that backup's, after saving the current content as a backup too.",
    )
    restore.add_argument("path", metavar="PATH", help="the workspace file")
    restore.add_argument(
        "backup", metavar="BACKUP", nargs="?", help="a backup file, or its number in the list"
    )
    add_lock_options(restore)


def _holds(summary: Any) -> str:
    return summary.text() if summary is not None else "unknown"


def run_check(args: argparse.Namespace) -> int:
    from okrdesk.services.backups import list_backups, newest_good_backup
    from okrdesk.services.opening import check_file
    from okrdesk.store.connection import SCHEMA_VERSION

    path = Path(args.path).expanduser()
    health = check_file(path)
    if health.problems:
        print(f"{path.name} is DAMAGED. SQLite's integrity check found:")
        for problem in health.problems:
            print(f"  - {problem}")
        print(
            "A power cut, a failing disk or an interrupted copy can do this; "
            "the damaged file was left as it was."
        )
        good = newest_good_backup(path)
        if good is None:
            print("There is no good backup of it in the backups folder beside it.")
        else:
            print(f"The newest good backup is {good.path} ({good.label}, {good.made_at:%Y-%m-%d %H:%M}).")
            print(f'Restore it with: okrdesk restore "{path}" "{good.path}"')
        return 1
    print(f"{path.name} is healthy: okrdesk's schema, integrity check and foreign keys are all right.")
    note = (
        " (okrdesk updates it when it next opens it, after a backup)"
        if health.format < SCHEMA_VERSION
        else ""
    )
    print(f"  format: {health.format}{note}")
    print(f"  holds: {_holds(health.summary)}")
    backups = list_backups(path)
    if backups:
        print(
            f"  backups: {len(backups)}, the newest {backups[0].made_at:%Y-%m-%d %H:%M} ({backups[0].label})"
        )
    else:
        print("  backups: none yet")
    if health.holder is not None:
        state = "was left open by" if health.holder.is_stale() else "is open in okrdesk by"
        print(f"  it {state} {health.holder.describe()}")
    return 0


def run_backup(args: argparse.Namespace) -> int:
    from okrdesk.services.backups import make_backup, read_summary
    from okrdesk.services.errors import WorkspaceError
    from okrdesk.services.workspace import Workspace

    with Workspace.open(args.path, read_only=True) as workspace:
        target = make_backup(workspace, "manual")
    print(f"Saved a verified backup to {target}")
    try:
        print(f"  it holds {read_summary(target).text()}")
    except WorkspaceError:
        print("  (this okrdesk cannot count what it holds: the workspace is of a newer format)")
    return 0


def _chosen(path: Path, choice: str) -> Path:
    from okrdesk.services.backups import list_backups

    given = Path(choice).expanduser()
    if given.exists() or not choice.isdigit():
        if not given.is_file():
            raise Failure(f"there is no backup file at {given}.")
        return given
    backups = list_backups(path)
    number = int(choice)
    if not 1 <= number <= len(backups):
        raise Failure(f"there is no backup number {number} (run `okrdesk restore {path}` to list them).")
    return backups[number - 1].path


def _list(path: Path) -> int:
    from okrdesk.services.backups import backup_folder, list_backups, read_summary
    from okrdesk.services.errors import WorkspaceError

    backups = list_backups(path)
    if not backups:
        print(f"There are no backups of {path.name} in {backup_folder(path)}.")
        return 0
    print(f"Backups of {path.name}, newest first (in {backup_folder(path)}):")
    for number, backup in enumerate(backups, start=1):
        try:
            holds = read_summary(backup.path).text()
        except WorkspaceError as exc:
            holds = f"cannot be used: {exc}"
        print(f"  {number:>2}. {backup.made_at:%Y-%m-%d %H:%M}  {backup.label}: {holds}")
        print(f"      {backup.path.name}")
    print(f'Restore one with: okrdesk restore "{path}" NUMBER')
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from okrdesk.services.errors import (
        DamagedWorkspaceError,
        ReadOnlyWorkspaceError,
        WorkspaceError,
        WorkspaceLockedError,
    )
    from okrdesk.services.opening import recover_damaged, restore_backup, restore_missing

    path = Path(args.path).expanduser()
    if args.backup is None:
        return _list(path)
    backup = _chosen(path, args.backup)
    if not path.exists() and not path.is_symlink():  # deleted or moved away: the backup takes its place
        restore_missing(path, backup)
        print(f"Restored {path.name} from {backup.name} (there was no {path.name} any more).")
        return 0
    try:
        workspace = open_for_writing(args)
    except DamagedWorkspaceError:
        kind = "damaged"
    except (ReadOnlyWorkspaceError, WorkspaceLockedError):
        raise
    except WorkspaceError:
        if path.is_dir():
            raise
        # Empty, cut short, not a workspace at all: you named a backup for it; the file is kept aside.
        kind = "unusable"
    else:
        with workspace:
            safety = restore_backup(workspace, backup)
        print(f"Restored {path.name} from {backup.name}. What it held before was saved to {safety}")
        return 0
    aside = recover_damaged(path, backup, take_over=args.take_over)
    print(f"Restored {path.name} from {backup.name}. The {kind} file was kept as {aside}")
    return 0
