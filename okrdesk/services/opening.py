"""Opening a workspace safely, updating an older one, restoring a backup, recovering a damaged file.

Opening (`open_connection`), in this order, each step before anything can change the file:
1. the header: okrdesk's application_id and a format this okrdesk reads (store/connection.py);
2. the lock (store/lockfile.py): one writer at a time; a stale lock only with take_over (the user confirmed);
3. an older format is updated (`migrate_file`) on a copy, after a backup: all or nothing;
4. the schema is okrdesk's (no foreign triggers or views) and SQLite's integrity check passes (quick_check,
   or integrity_check and foreign_key_check when the last session ended without closing). With
   integrity="background" (the app's start-up) the quick_check runs in a thread on its own connection
   while the first screen is drawn; changes wait for its verdict (Workspace.ensure_writable);
5. the journal: WAL on a local disk; the rollback journal with synchronous=FULL on a network drive.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from okrdesk.domain.messages import QT_TRANSLATE_NOOP, Message
from okrdesk.services import backups
from okrdesk.services.errors import (
    DamagedWorkspaceError,
    NewerWorkspaceError,
    ReadOnlyWorkspaceError,
    WorkspaceError,
    WorkspaceLockedError,
)
from okrdesk.store import connection as store_connection
from okrdesk.store import fsinfo
from okrdesk.store.connection import DamagedFileError, NewerFormatError, WorkspaceFileError
from okrdesk.store.lockfile import LockHeld, LockInfo, LockUnavailable, WorkspaceLock

if TYPE_CHECKING:
    from okrdesk.services.workspace import Workspace
    from okrdesk.store.checks import BackgroundCheck

__all__ = [
    "Health",
    "Opened",
    "check_file",
    "damaged_message",
    "migrate_file",
    "open_connection",
    "recover_damaged",
    "restore_backup",
    "restore_missing",
]


READ_ONLY_BY_CHOICE = Message("Workspace", QT_TRANSLATE_NOOP("Workspace", "opened for reading only"))
NEWER_FORMAT = Message("Workspace", QT_TRANSLATE_NOOP("Workspace", "a newer okrdesk saved it"))


@dataclass
class Opened:
    """A checked connection and what okrdesk learnt while opening it."""

    conn: sqlite3.Connection
    lock: WorkspaceLock | None
    read_only_reason: str
    network: str | None
    migrated_from: int | None
    migration_backup: Path | None
    unclean: bool
    check: BackgroundCheck | None = None


def _locked_message(path: Path, held: LockHeld) -> str:
    info = held.info
    if info.is_stale():
        gone = (
            "okrdesk there is no longer running"
            if info.process_gone
            else "it has not been heard from for a while"
        )
        return (
            f"{path.name} was left open by {info.describe()}, but {gone}. If nobody is using it, you can "
            "take it over; otherwise open it read-only."
        )
    return (
        f"{path.name} is open in okrdesk by {info.describe()}. Only one person can change it at a time: "
        "open it read-only, or wait until it is closed there."
    )


def open_connection(
    path: Path,
    *,
    read_only: bool = False,
    take_over: bool = False,
    wait: float = 0.0,
    integrity: str = "quick",
    backup_folder: Path | None = None,
) -> Opened:
    """Opens a workspace (see the module docstring); raises WorkspaceError and its kinds.

    integrity: "quick", "full", "none", or "background" (a quick_check that the caller does not wait for,
    see Opened.check)."""
    try:
        header = store_connection.check_workspace_file(path)
    except NewerFormatError as exc:
        if not read_only:
            raise NewerWorkspaceError(str(exc), exc.file_version, store_connection.SCHEMA_VERSION) from None
        header = None
    except WorkspaceFileError as exc:
        raise WorkspaceError(str(exc)) from None
    lock: WorkspaceLock | None = None
    if not read_only:
        problem = store_connection.writable_problem(path)
        if problem:
            raise ReadOnlyWorkspaceError(f"{problem}; it can be opened read-only.", problem)
        lock = acquire_lock(path, take_over=take_over, wait=wait)
    try:
        unclean = lock is not None and lock.replaced is not None
        migrated_from = migration_backup = None
        if lock is not None and header is not None and header.user_version < store_connection.SCHEMA_VERSION:
            migration_backup = migrate_file(path, header.user_version, backup_folder)
            migrated_from = header.user_version
        network = fsinfo.network_filesystem(path)
        later = integrity == "background" and not unclean
        conn = store_connection.connect(
            path,
            read_only=read_only,
            integrity="full" if unclean else "none" if later else integrity,
            wal=network is None,
        )
        check = _start_check(path, conn) if later else None
    except DamagedFileError as exc:
        if lock is not None:
            lock.release()
        raise DamagedWorkspaceError(damaged_message(path), path, exc.problems) from None
    except WorkspaceFileError as exc:
        if lock is not None:
            lock.release()
        raise WorkspaceError(str(exc)) from None
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    reason = ""
    if read_only:
        reason = READ_ONLY_BY_CHOICE if header is not None else NEWER_FORMAT
    return Opened(conn, lock, reason, network, migrated_from, migration_backup, unclean, check)


def _start_check(path: Path, conn: sqlite3.Connection) -> BackgroundCheck | None:
    """Starts the quick_check on a second connection; runs it here where there can be none (a read-only
    medium, where the file may be read as immutable). Raises DamagedFileError as connect() would."""
    from okrdesk.store.checks import BackgroundCheck, integrity_problems

    if store_connection.writable_problem(path) is None:
        try:
            return BackgroundCheck(store_connection.open_for_reading(path))
        except sqlite3.Error:
            pass  # checked here, then
    problems = integrity_problems(conn)
    if problems:
        conn.close()
        raise DamagedFileError(f"{path.name} is damaged ({problems[0]}).", problems)
    return None


def acquire_lock(path: Path, *, take_over: bool = False, wait: float = 0.0) -> WorkspaceLock:
    """The workspace's lock, in the services' terms: WorkspaceLockedError naming who holds it, or
    ReadOnlyWorkspaceError when no lock file can be made there."""
    try:
        return WorkspaceLock.acquire(path, take_over=take_over, wait=wait)
    except LockHeld as held:
        raise WorkspaceLockedError(_locked_message(path, held), held.info, held.info.is_stale()) from None
    except LockUnavailable as exc:
        reason = f"{path.name} cannot be changed here ({exc})"
        raise ReadOnlyWorkspaceError(f"{reason}; it can be opened read-only.", reason) from None


def damaged_message(path: Path) -> str:
    return (
        f"{path.name} is damaged: SQLite's integrity check found errors in it (this can follow a power cut, "
        "a failing disk or an interrupted copy). okrdesk did not change it."
    )


def migrate_file(path: Path, version: int, backup_folder: Path | None = None) -> Path:
    """Updates a workspace of an older format to this okrdesk's, all or nothing; returns the backup made.

    The file is checked first (okrdesk's schema, integrity_check, foreign_key_check: a damaged one raises
    DamagedFileError and nothing is made). Then it is backed up, and the update runs on a copy (SQLite's
    backup API), which is checked again and only then renamed over the original. Any failure leaves the
    original exactly as it was.
    """
    from okrdesk.store.checks import SchemaMismatch, integrity_problems, verify_schema

    now = datetime.now().replace(microsecond=0)
    what = f"{path.name} could not be updated from format {version} to {store_connection.SCHEMA_VERSION}"
    source = sqlite3.connect(store_connection.file_uri(path), uri=True, isolation_level=None)
    try:
        try:
            store_connection.apply_defensive_pragmas(source)
            verify_schema(source)
            problems = integrity_problems(source, full=True)
        except SchemaMismatch as exc:
            raise WorkspaceError(
                f"{path.name} is not a workspace okrdesk made: {exc}. It was left untouched."
            ) from None
        except sqlite3.DatabaseError as exc:
            problems = [str(exc)]
        if problems:
            raise DamagedFileError(f"{path.name} is damaged ({problems[0]}).", problems)
        backup = backups.backup_file(path, "before-migration", now=now, folder=backup_folder)
        try:
            _update_copy_in_place(path, source, what)
        except WorkspaceError as exc:
            raise WorkspaceError(
                f"{exc} The workspace was left as it was; a backup is in {backup}."
            ) from None
        except Exception as exc:  # sqlite3, OS, and whatever a migration script raises (alembic, a bug)
            raise WorkspaceError(f"{what} ({exc}). It was left as it was; a backup is in {backup}.") from None
    finally:
        source.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return backup


def _update_copy_in_place(path: Path, source: sqlite3.Connection, what: str) -> None:
    """Copies source to a file beside path, updates and checks the copy, then renames it over path."""
    from okrdesk.services.workspace import built_in_place_of
    from okrdesk.store.checks import integrity_problems
    from okrdesk.store.migrate import upgrade_to_head

    with built_in_place_of(path, what) as tmp:
        dest = sqlite3.connect(tmp, isolation_level=None)
        try:
            source.backup(dest)
            dest.execute("PRAGMA foreign_keys = OFF")  # migrations rebuild tables; checked below
            dest.execute("PRAGMA journal_mode = DELETE")
            upgrade_to_head(dest)
            problems = integrity_problems(dest, full=True)
            if problems:
                raise WorkspaceError(f"{what}: the updated copy did not pass its check ({problems[0]}).")
        finally:
            dest.close()
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        source.close()
        wal = Path(str(path) + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise WorkspaceError(f"{what}: another program has it open. Close it there and try again.")


def _checked_source(backup: Path) -> tuple[sqlite3.Connection, int]:
    """A read-only connection to a backup that is okrdesk's, whole and not newer; and its format."""
    from okrdesk.store.checks import SchemaMismatch, integrity_problems, unreadable_values, verify_schema

    try:
        header = store_connection.check_workspace_file(backup)
    except WorkspaceFileError as exc:
        raise WorkspaceError(f"That backup cannot be restored: {exc}") from None
    conn = sqlite3.connect(
        store_connection.file_uri(backup, read_only=True, immutable=True), uri=True, isolation_level=None
    )
    try:
        store_connection.apply_defensive_pragmas(conn)
        verify_schema(conn)
        problems = integrity_problems(conn, full=True) or unreadable_values(conn)
    except SchemaMismatch as exc:
        conn.close()
        raise WorkspaceError(
            f"{backup.name} is not a workspace okrdesk made ({exc}); nothing was restored."
        ) from None
    except sqlite3.Error as exc:
        conn.close()
        raise WorkspaceError(f"{backup.name} cannot be read ({exc}); nothing was restored.") from None
    if problems:
        conn.close()
        raise WorkspaceError(f"{backup.name} is damaged ({problems[0]}); nothing was restored.")
    return conn, header.user_version


def _current_copy(backup: Path, scratch: Path) -> sqlite3.Connection:
    """A connection holding the backup's content in this okrdesk's format (migrated in scratch if older)."""
    source, version = _checked_source(backup)
    if version == store_connection.SCHEMA_VERSION:
        return source
    from okrdesk.store.migrate import upgrade_to_head

    dest = sqlite3.connect(scratch, isolation_level=None)
    try:
        source.backup(dest)
        dest.execute("PRAGMA foreign_keys = OFF")
        upgrade_to_head(dest)
        return dest
    except Exception as exc:  # sqlite3, OS, and whatever a migration script raises
        dest.close()
        raise WorkspaceError(
            f"{backup.name} could not be updated from format {version} to {store_connection.SCHEMA_VERSION} "
            f"({exc}); nothing was restored."
        ) from None
    finally:
        source.close()


def restore_backup(workspace: Workspace, backup: Path) -> Path:
    """Replaces the open workspace's content with a backup's, in one step; returns the backup of the
    current content made first (so a restore can itself be undone by restoring that)."""
    import tempfile

    if workspace.read_only:
        raise WorkspaceError("This workspace is open read-only; nothing was restored.")
    with tempfile.TemporaryDirectory(prefix="okrdesk-restore-") as scratch:
        source = _current_copy(Path(backup), Path(scratch) / "migrated.okr")
        try:
            workspace.ensure_writable()  # before the backup: a restore that cannot happen leaves no trace
            safety = backups.make_backup(workspace, "before-restore")
            source.backup(workspace.conn)
        except sqlite3.Error as exc:
            raise WorkspaceError(
                f"The backup could not be restored ({exc}); the workspace is unchanged."
            ) from None
        finally:
            source.close()
    problems = workspace.verify()
    if problems:
        raise WorkspaceError(f"The restored workspace did not pass its check ({problems[0]}).")
    return safety


def recover_damaged(path: Path, backup: Path, *, take_over: bool = False) -> Path:
    """Keeps a damaged workspace aside (``<stem>-damaged-<time>.okr``) and puts a copy of the backup in its
    place; returns where the damaged file went."""
    aside = _put_backup_in_place(path, backup, take_over=take_over, set_aside=True)
    assert aside is not None
    return aside


def restore_missing(path: Path, backup: Path) -> None:
    """Puts a copy of a backup where a workspace was deleted or moved away (nothing is replaced: a file
    that is there is refused)."""
    _put_backup_in_place(path, backup, take_over=False, set_aside=False)


def _put_backup_in_place(path: Path, backup: Path, *, take_over: bool, set_aside: bool) -> Path | None:
    import tempfile

    lock = acquire_lock(path, take_over=take_over)
    try:
        with tempfile.TemporaryDirectory(prefix="okrdesk-restore-") as scratch:
            source = _current_copy(Path(backup), Path(scratch) / "migrated.okr")
            try:
                aside = None
                if set_aside:
                    aside = backups.move_aside(path, datetime.now().replace(microsecond=0))
                elif path.exists():
                    raise WorkspaceError(f"{path.name} is there: it was not replaced.")
                try:
                    backups.copy_verified(source, path, "The backup could not be copied to {target}")
                except BaseException:
                    if aside is not None:  # put the damaged file back rather than leave nothing
                        for suffix in ("", "-wal", "-shm", "-journal"):
                            with contextlib.suppress(FileNotFoundError):
                                os.replace(Path(str(aside) + suffix), Path(str(path) + suffix))
                    raise
            finally:
                source.close()
    finally:
        lock.release()
    return aside


@dataclass
class Health:
    """The verdict of `check_file`: problems ([] when whole), what the file holds, who has it open."""

    path: Path
    format: int
    problems: list[str]
    summary: backups.BackupSummary | None
    holder: LockInfo | None


def check_file(path: Path) -> Health:
    """Checks a workspace thoroughly without changing it: okrdesk's schema, integrity_check and
    foreign_key_check. Raises WorkspaceError when it is not an okrdesk workspace this okrdesk can read."""
    from okrdesk.store.checks import SchemaMismatch, integrity_problems, unreadable_values, verify_schema
    from okrdesk.store.lockfile import read_lock

    try:
        header = store_connection.check_workspace_file(path)
    except WorkspaceFileError as exc:
        raise WorkspaceError(str(exc)) from None
    try:
        conn = store_connection.open_for_reading(path)
    except sqlite3.OperationalError as exc:
        raise WorkspaceError(f"{path.name} could not be checked: {exc}.") from None
    except sqlite3.DatabaseError as exc:  # its first page cannot be read
        return Health(path, header.user_version, [str(exc)], None, read_lock(path))
    try:
        verify_schema(conn)
        problems = integrity_problems(conn, full=True) or unreadable_values(conn)
        summary = None
        if not problems:
            with contextlib.suppress(ValueError, TypeError):  # a value okrdesk never writes: holds "unknown"
                summary = backups.summarize(conn, header.user_version)
    except SchemaMismatch as exc:
        raise WorkspaceError(f"{path.name} is not a workspace okrdesk made: {exc}.") from None
    except sqlite3.OperationalError as exc:
        if "disk I/O" not in str(exc) and "unable to open" not in str(exc):
            problems, summary = [str(exc)], None
        else:
            raise WorkspaceError(
                f"{path.name} could not be checked: the disk could not be read (full, or disconnected?)."
            ) from None
    except sqlite3.DatabaseError as exc:
        problems, summary = [str(exc)], None
    finally:
        conn.close()
    return Health(path, header.user_version, problems, summary, read_lock(path))
