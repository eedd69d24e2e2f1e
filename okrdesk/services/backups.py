"""Backups of a workspace: made with SQLite's backup API, verified, rotated, listed, restored.

They live in ``backups/`` beside the workspace, named ``<stem>-<kind>-<YYYYmmdd-HHMMSS>.okr`` so that a
person browsing the folder understands them too:

- ``daily``: on open, when the newest backup is more than a day old (the newest 7 are kept);
- ``before-import``, ``before-retro-<cycle>``, ``before-restore`` (the newest 10 of each are kept);
- ``before-migration`` (before a newer okrdesk updates the file's format) and ``manual`` (``okrdesk
  backup``) are never deleted by okrdesk.

Each backup is written to a temporary file, switched to the rollback journal (a single self-contained file),
checked with quick_check, and only then renamed into place: a backup on disk is always whole.
A second backup in the same second gets the next free name (``-2``, ``-3``…) rather than replacing the first.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from okrdesk.services.errors import WorkspaceError
from okrdesk.store import connection as store_connection
from okrdesk.store.connection import WorkspaceFileError

if TYPE_CHECKING:
    from okrdesk.services.workspace import Workspace

__all__ = [
    "BackupInfo",
    "BackupSummary",
    "backup_folder",
    "copy_verified",
    "daily_backup_due",
    "ensure_daily_backup",
    "list_backups",
    "make_backup",
    "newest_good_backup",
    "read_summary",
    "rotate",
    "unique_path",
]

KEEP = {"daily": 7, "before-import": 10, "before-retro": 10, "before-restore": 10}
DAILY_AFTER = timedelta(days=1)
_KINDS = r"daily|manual|before-import|before-migration|before-restore|before-retro(?:-[a-z0-9-]+?)?"
_TAIL = rf"-(?P<kind>{_KINDS})-(?P<stamp>\d{{8}}-\d{{6}})(?:-(?P<number>\d+))?\.okr$"


def _name_pattern(stem: str) -> re.Pattern[str]:
    """Backup names of the workspace called stem (anchored on it: `team-before-retro-q1.okr` has backups
    of its own, not before-retro backups of `team.okr`)."""
    return re.compile("^" + re.escape(stem) + _TAIL)


LABELS = {
    "daily": "Daily backup",
    "manual": "Backup made by hand",
    "before-import": "Before an import",
    "before-migration": "Before okrdesk updated the file's format",
    "before-restore": "Before a backup was restored",
    "before-retro": "Before a retrospective was finished",
}


def unique_path(path: Path) -> Path:
    """`path` when no file or folder has that name yet, else the first free of `<stem>-2<suffix>`,
    `<stem>-3<suffix>`, … in the same folder (a missing folder holds no names, so `path` itself)."""
    if not path.exists():
        return path
    number = 2
    while True:
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        if not candidate.exists():
            return candidate
        number += 1


def backup_folder(workspace_path: Path) -> Path:
    return workspace_path.parent / "backups"


def _kind_family(kind: str) -> str:
    return "before-retro" if kind.startswith("before-retro") else kind


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, in numbers a person recognises."""

    cycles: int
    objectives: int
    key_results: int
    check_ins: int
    last_check_in: datetime | None
    format: int
    workspace_id: str

    def text(self) -> str:
        last = f", the last on {self.last_check_in:%Y-%m-%d}" if self.last_check_in else ""
        return (
            f"{_count(self.cycles, 'cycle')}, {_count(self.objectives, 'objective')}, "
            f"{_count(self.key_results, 'key result')}, {_count(self.check_ins, 'check-in')}{last}"
        )


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file of a workspace."""

    path: Path
    kind: str
    made_at: datetime
    size: int

    @property
    def label(self) -> str:
        family = _kind_family(self.kind)
        label = LABELS.get(family, "Backup")
        if family == "before-retro" and self.kind != family:
            label += f" ({self.kind.removeprefix('before-retro-')})"
        return label


def summarize(conn: sqlite3.Connection, file_format: int) -> BackupSummary:
    """Counts what an okrdesk database holds (its schema verified first)."""

    def one(sql: str) -> Any:
        return conn.execute(sql).fetchone()[0]

    last = one("SELECT max(at) FROM check_ins")
    ident = conn.execute("SELECT value FROM settings WHERE key = 'workspace_id'").fetchone()
    return BackupSummary(
        cycles=int(one("SELECT count(*) FROM cycles")),
        objectives=int(one("SELECT count(*) FROM objectives")),
        key_results=int(one("SELECT count(*) FROM key_results")),
        check_ins=int(one("SELECT count(*) FROM check_ins")),
        last_check_in=datetime.fromisoformat(str(last)) if last else None,
        format=file_format,
        workspace_id=str(ident[0]) if ident else "",
    )


def read_summary(path: Path) -> BackupSummary:
    """Opens a backup without changing it (mode=ro, immutable) and counts what it holds.

    Raises WorkspaceError when it is not a usable okrdesk workspace (another file, damage, a newer format).
    """
    try:
        header = store_connection.check_workspace_file(path)
        conn = sqlite3.connect(store_connection.file_uri(path, read_only=True, immutable=True), uri=True)
    except (WorkspaceFileError, sqlite3.Error) as exc:
        raise WorkspaceError(str(exc)) from None
    try:
        from okrdesk.store.checks import SchemaMismatch, verify_schema

        store_connection.apply_defensive_pragmas(conn)
        verify_schema(conn)
        return summarize(conn, header.user_version)
    except SchemaMismatch as exc:
        raise WorkspaceError(f"{path.name} is not a workspace okrdesk made: {exc}.") from None
    except (sqlite3.Error, ValueError) as exc:
        raise WorkspaceError(f"{path.name} cannot be read ({exc}).") from None
    finally:
        conn.close()


def _longer_siblings(workspace_path: Path) -> list[str]:
    """The names of the workspaces beside this one whose names start with its name and a dash.

    A backup name can read two ways: ``team-before-retro-q1-daily-<time>.okr`` is a daily backup of
    ``team-before-retro-q1.okr`` or a retrospective backup of ``team.okr``. When the longer workspace
    exists, the backup is its: rotating team's backups must never delete another workspace's."""
    prefix = workspace_path.stem + "-"
    try:
        return [
            entry.stem
            for entry in workspace_path.parent.iterdir()
            if entry.name.startswith(prefix) and entry.suffix == workspace_path.suffix and entry.is_file()
        ]
    except OSError:
        return []


def list_backups(workspace_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """The backups of a workspace (by name), newest first."""
    where = folder if folder is not None else backup_folder(workspace_path)
    pattern = _name_pattern(workspace_path.stem)
    others = [_name_pattern(stem) for stem in _longer_siblings(workspace_path)]
    found: list[tuple[tuple[datetime, int, int], BackupInfo]] = []
    try:
        entries = list(where.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = pattern.match(entry.name)
        if not match or any(other.match(entry.name) for other in others):
            continue
        try:
            made_at = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            info = entry.stat()
        except (ValueError, OSError):
            continue
        if entry.is_file():
            # Same second: the later file first (by time written, then by its -2, -3… number).
            order = (made_at, info.st_mtime_ns, int(match["number"] or 1))
            found.append((order, BackupInfo(entry, match["kind"], made_at, info.st_size)))
    found.sort(key=lambda item: item[0], reverse=True)
    return [backup for _, backup in found]


def newest_good_backup(workspace_path: Path, folder: Path | None = None) -> BackupInfo | None:
    """The newest backup that opens and passes SQLite's integrity check (offered for a damaged workspace)."""
    from okrdesk.store.checks import integrity_problems

    for backup in list_backups(workspace_path, folder):
        try:
            read_summary(backup.path)
            conn = sqlite3.connect(
                store_connection.file_uri(backup.path, read_only=True, immutable=True), uri=True
            )
            try:
                if not integrity_problems(conn, full=True):
                    return backup
            finally:
                conn.close()
        except (WorkspaceError, sqlite3.Error):
            continue
    return None


def copy_verified(source: sqlite3.Connection, target: Path, failure: str) -> None:
    """Copies the database open on `source` to target with SQLite's backup API (consistent even while it is
    being written), as a self-contained file (rollback journal), verified with quick_check; target appears
    only when whole. `failure` starts the message of an error and may name {target}."""
    from okrdesk.services.workspace import built_in_place_of

    with built_in_place_of(target, failure) as tmp:
        try:
            dest = sqlite3.connect(tmp, isolation_level=None)
            try:
                source.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
                verdict = dest.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                dest.close()
        except sqlite3.Error as exc:
            raise WorkspaceError(
                f"{failure.format(target=target)}: {store_connection.describe_sqlite_error(exc)}."
            ) from None
        if verdict != "ok":
            raise WorkspaceError(
                f"{failure.format(target=target)}: the copy did not pass its check ({verdict})."
            )


def backup_target(workspace_path: Path, kind: str, now: datetime, folder: Path | None = None) -> Path:
    """Where a new backup of this kind goes (a free name; the folder is made)."""
    where = folder if folder is not None else backup_folder(workspace_path)
    try:
        where.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = store_connection.describe_os_error(exc)
        raise WorkspaceError(f"The backup folder {where} could not be made: {reason}.") from None
    return unique_path(where / f"{workspace_path.stem}-{kind}-{now:%Y%m%d-%H%M%S}.okr")


def make_backup(
    workspace: Workspace, kind: str, *, now: datetime | None = None, folder: Path | None = None
) -> Path:
    """Saves a verified backup of the open workspace and rotates the old ones; returns its path."""
    moment = now or datetime.now().replace(microsecond=0)
    target = backup_target(workspace.path, kind, moment, folder)
    try:
        copy_verified(workspace.conn, target, "The backup could not be saved to {target}")
    except WorkspaceError:
        with contextlib.suppress(OSError):
            target.parent.rmdir()  # only when empty: a first backup that failed leaves no folder
        raise
    rotate(workspace.path, folder)
    return target


def backup_file(path: Path, kind: str, *, now: datetime | None = None, folder: Path | None = None) -> Path:
    """Saves a verified backup of a workspace that is not open (before a migration), reading it through
    a connection that changes nothing in it."""
    moment = now or datetime.now().replace(microsecond=0)
    target = backup_target(path, kind, moment, folder)
    try:
        source = sqlite3.connect(store_connection.file_uri(path), uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise WorkspaceError(f"{path.name} could not be read for a backup: {exc}.") from None
    try:
        store_connection.apply_defensive_pragmas(source)
        copy_verified(source, target, "The backup could not be saved to {target}")
    finally:
        source.close()
    rotate(path, folder)
    return target


def rotate(workspace_path: Path, folder: Path | None = None) -> list[Path]:
    """Deletes the oldest backups of each rotating kind beyond what KEEP keeps; returns what went."""
    by_family: dict[str, list[BackupInfo]] = {}
    for backup in list_backups(workspace_path, folder):
        by_family.setdefault(_kind_family(backup.kind), []).append(backup)
    removed: list[Path] = []
    for family, backups in by_family.items():
        keep = KEEP.get(family)
        if keep is None:
            continue
        for old in backups[keep:]:
            with contextlib.suppress(OSError):
                old.path.unlink()
                removed.append(old.path)
    return removed


def ensure_daily_backup(
    workspace: Workspace, *, now: datetime | None = None, folder: Path | None = None
) -> Path | None:
    """Makes the daily backup when the newest backup is more than a day old (or there is none)."""
    moment = now or datetime.now().replace(microsecond=0)
    if workspace.read_only or not daily_backup_due(workspace.path, moment, folder):
        return None
    return make_backup(workspace, "daily", now=moment, folder=folder)


def daily_backup_due(workspace_path: Path, now: datetime, folder: Path | None = None) -> bool:
    """True when the newest backup of the workspace is more than a day old, or there is none."""
    newest = list_backups(workspace_path, folder)[:1]
    return not newest or now - newest[0].made_at > DAILY_AFTER


def set_aside_name(path: Path, now: datetime) -> Path:
    """Where a damaged workspace is kept: ``<stem>-damaged-<time>.okr`` beside it."""
    return unique_path(path.with_name(f"{path.stem}-damaged-{now:%Y%m%d-%H%M%S}{path.suffix}"))


def move_aside(path: Path, now: datetime) -> Path:
    """Renames a damaged workspace (with its -wal and -shm files, which may hold committed changes)."""
    aside = set_aside_name(path, now)
    try:
        os.replace(path, aside)
    except OSError as exc:
        reason = store_connection.describe_os_error(exc)
        raise WorkspaceError(f"{path.name} could not be set aside: {reason}. Nothing was changed.") from None
    for suffix in ("-wal", "-shm", "-journal"):
        companion = Path(str(path) + suffix)
        if companion.exists():
            try:
                os.replace(companion, Path(str(aside) + suffix))
            except OSError:
                # Left here it would be applied to the restored file: better lost with the damaged copy.
                companion.unlink(missing_ok=True)
    return aside
