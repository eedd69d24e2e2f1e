"""Workspace: the service facade over one .okr file.

Reads go through the standard library's sqlite3 (store.fastread) so the first screen appears before
SQLAlchemy is even imported; writes live in services.editing (SQLAlchemy ORM), imported on the first write,
on the same connection. Each write is one short BEGIN IMMEDIATE transaction, committed at once.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from okrdesk.domain.messages import QT_TRANSLATE_NOOP, Message
from okrdesk.domain.model import (
    CheckIn,
    Cycle,
    CycleTree,
    DeletedKeyResult,
    DeletedObjective,
    KeyResult,
    Objective,
    Owner,
    OwnerKind,
)
from okrdesk.services.errors import DamagedWorkspaceError, NotFoundError, WorkspaceError, gone
from okrdesk.store import connection as store_connection
from okrdesk.store import fastread
from okrdesk.store.connection import WorkspaceFileError

if TYPE_CHECKING:
    from okrdesk.services.editing import Editor
    from okrdesk.services.opening import Opened

SAMPLE_SETTING = "sample_data"
STALE_DAYS_SETTING = "checkin_stale_days"
DEFAULT_STALE_DAYS = 7
STALE_DAYS_MIN, STALE_DAYS_MAX = 1, 60


class Workspace:
    """One open workspace file. Create with Workspace.open() or Workspace.create()."""

    def __init__(self, path: Path, conn: sqlite3.Connection, opened: Opened | None = None) -> None:
        self.path = path
        self.conn = conn
        self._editor: Editor | None = None
        self.lock = opened.lock if opened else None
        self.read_only_reason = opened.read_only_reason if opened else ""
        self.network = opened.network if opened else None
        self.migrated_from = opened.migrated_from if opened else None
        self.migration_backup = opened.migration_backup if opened else None
        self.unclean = opened.unclean if opened else False
        self.check = opened.check if opened else None  # the quick_check still running, see open()
        self._identity = _identity(path)

    # ---- opening and creating -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        read_only: bool = False,
        take_over: bool = False,
        wait: float = 0.0,
        integrity: str = "quick",
        backup_folder: Path | None = None,
    ) -> Workspace:
        """Opens an existing workspace (checks, lock, migration: see services/opening.py).

        A file that is not an okrdesk workspace is refused and left untouched; the errors say what the
        user can do (WorkspaceLockedError, ReadOnlyWorkspaceError, NewerWorkspaceError,
        DamagedWorkspaceError).

        integrity="background" (the app's start-up) does not wait for SQLite's quick_check: it runs on a
        connection of its own (`check`), and the first change waits for its verdict.
        """
        from okrdesk.services.opening import open_connection

        target = Path(path).expanduser()
        opened = open_connection(
            target,
            read_only=read_only,
            take_over=take_over,
            wait=wait,
            integrity=integrity,
            backup_folder=backup_folder,
        )
        return cls(target, opened.conn, opened)

    @property
    def read_only(self) -> bool:
        """Opened read-only (a newer format, someone else writing, a read-only medium, or by choice)."""
        return bool(self.read_only_reason)

    def ensure_writable(self) -> None:
        """Raises WorkspaceError, in words, when a change cannot be saved: read-only, taken over by another
        okrdesk, or the file moved or deleted while open (SQLite would write to a file nobody will see)."""
        name = self.path.name
        if self.read_only:
            raise WorkspaceError(
                Message(
                    "Workspace",
                    QT_TRANSLATE_NOOP(
                        "Workspace", "{name} is open read-only ({reason}); nothing was changed."
                    ),
                    name=name,
                    reason=self.read_only_reason,
                )
            )
        problems = self.check.wait() if self.check is not None else None
        if problems:
            raise WorkspaceError(
                f"{name} is damaged: SQLite's integrity check found problems ({problems[0]}). Nothing was "
                "changed. Use File → Restore from Backup… to go back to a good copy."
            )
        if self.lock is not None and not self.lock.still_ours():
            raise WorkspaceError(
                f"Another okrdesk took {name} over; this window can no longer change it. Nothing was changed."
            )
        if self._identity is not None and _identity(self.path) != self._identity:
            raise WorkspaceError(
                f"{name} is no longer at {self.path.parent} (it was moved, renamed or deleted while open). "
                "Nothing was changed. Use File → Save a Copy As… to keep what you see."
            )

    def verify(self, *, full: bool = False) -> list[str]:
        """SQLite's integrity check of the open workspace ([] when whole)."""
        from okrdesk.store.checks import integrity_problems

        return integrity_problems(self.conn, full=full)

    def refresh_lock(self) -> bool:
        """Marks this okrdesk as still there (each minute); False when another one took the workspace over."""
        return self.lock.refresh() if self.lock is not None else True

    @classmethod
    def create(
        cls, path: str | os.PathLike[str], *, sample: bool = False, today: date | None = None
    ) -> Workspace:
        """Creates a new workspace atomically: built in a temporary file, then renamed into place.

        An existing workspace at path is replaced only when the new one is complete.
        """
        target = Path(path).expanduser()
        from okrdesk.store.migrate import upgrade_to_head

        lock = _lock_for_replacing(target)
        try:
            return cls._create(target, sample, today, upgrade_to_head)
        finally:
            if lock is not None:
                lock.release()

    @classmethod
    def _create(cls, target: Path, sample: bool, today: date | None, upgrade_to_head: Any) -> Workspace:
        with built_in_place_of(target, "The workspace could not be created at {target}") as tmp:
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                store_connection.apply_pragmas(conn, wal=False)
                upgrade_to_head(conn)
                workspace = cls(tmp, conn)
                if sample:
                    from okrdesk.services.sample import fill_sample

                    fill_sample(workspace, today or date.today())
                else:
                    workspace.editor().add_default_cycle(today or date.today())
                conn.execute("PRAGMA journal_mode = DELETE")
            finally:
                conn.close()
        return cls.open(target)

    def close(self) -> None:
        if self.check is not None:
            self.check.cancel()
        with contextlib.suppress(sqlite3.Error):
            if not self.read_only:
                # Into the file it was opened as, even if that was renamed meanwhile; the -wal goes too.
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        if self._identity is not None and not self.path.exists():
            # Renamed or deleted while open: SQLite does not remove the -wal and -shm of a file that is no
            # longer where it was opened (their content is in the file now, wherever it went).
            for suffix in ("-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def editor(self) -> Editor:
        """The write side (imports SQLAlchemy on first use)."""
        if self._editor is None:
            from okrdesk.services.editing import Editor

            self._editor = Editor(self)
        return self._editor

    @staticmethod
    def preload() -> None:
        """Imports the write side ahead of the first edit (call it off the start-up path)."""
        import okrdesk.services.editing  # noqa: F401

    # ---- reads ----------------------------------------------------------------------------------------

    def _read(self, fn: Any, *args: Any) -> Any:
        try:
            return fn(self.conn, *args)
        except sqlite3.DatabaseError as exc:
            text = str(exc)
            if not any(word in text for word in ("decode", "malformed", "corrupt", "not a database")):
                raise WorkspaceError(f"{self.path.name} could not be read: {exc}.") from None
            problem = text
        except (UnicodeDecodeError, ValueError, TypeError, KeyError) as exc:
            # A date, number or choice that okrdesk never writes (a flipped byte, another program's edit).
            problem = str(exc)
        raise DamagedWorkspaceError(
            f"{self.path.name} holds a value okrdesk cannot read: it is damaged. okrdesk did not change it; "
            "its backups can replace it (File → Restore from Backup…, or `okrdesk restore`).",
            self.path,
            [problem],
        )

    def cycles(self) -> list[Cycle]:
        result: list[Cycle] = self._read(fastread.cycles)
        return result

    def cycle(self, cycle_id: int) -> Cycle:
        for cycle in self.cycles():
            if cycle.id == cycle_id:
                return cycle
        raise NotFoundError(gone("cycle"))

    def cycle_by_name(self, name: str) -> Cycle:
        wanted = name.strip().casefold()
        for cycle in self.cycles():
            if cycle.name.casefold() == wanted:
                return cycle
        names = ", ".join(c.name for c in self.cycles()) or "none"
        raise NotFoundError(f"There is no cycle named '{name}' (cycles: {names}).")

    def current_cycle(self, today: date | None = None) -> Cycle | None:
        """The cycle to show first: the shortest active one containing today, else the nearest one."""
        cycles = self.cycles()
        if not cycles:
            return None
        day = today or date.today()
        containing = [c for c in cycles if c.start <= day <= c.end]
        active = [c for c in containing if c.state == "active"] or containing
        if active:
            return min(active, key=lambda c: (c.end - c.start, c.start))
        return min(cycles, key=lambda c: min(abs((c.start - day).days), abs((c.end - day).days)))

    def owners(self) -> list[Owner]:
        result: list[Owner] = self._read(fastread.owners)
        return result

    def people(self) -> list[Owner]:
        return [o for o in self.owners() if o.kind == OwnerKind.PERSON]

    def teams(self) -> list[Owner]:
        return [o for o in self.owners() if o.kind == OwnerKind.TEAM]

    def settings(self) -> dict[str, str]:
        result: dict[str, str] = self._read(fastread.settings)
        return result

    def setting(self, key: str, default: str = "") -> str:
        return self.settings().get(key, default)

    @property
    def is_sample(self) -> bool:
        return self.setting(SAMPLE_SETTING) == "1"

    def cycle_tree(self, cycle_id: int) -> CycleTree:
        tree: CycleTree | None = self._read(fastread.cycle_tree, cycle_id)
        if tree is None:
            raise NotFoundError(gone("cycle"))
        return tree

    def objective(self, objective_id: int) -> Objective:
        found: Objective | None = self._read(fastread.objective, objective_id)
        if found is None:
            raise NotFoundError(gone("objective"))
        return found

    def key_result(self, key_result_id: int) -> KeyResult:
        found: KeyResult | None = self._read(fastread.key_result, key_result_id)
        if found is None:
            raise NotFoundError(gone("key result"))
        return found

    def aligned_children(self, objective_id: int) -> list[Objective]:
        result: list[Objective] = self._read(fastread.aligned_children, objective_id)
        return result

    def key_results_of(self, objective_id: int) -> list[KeyResult]:
        result: list[KeyResult] = self._read(fastread.key_results_for, [objective_id])
        return result

    def check_ins(self, key_result_id: int) -> list[CheckIn]:
        result: list[CheckIn] = self._read(fastread.check_ins, key_result_id)
        return result

    def check_in(self, check_in_id: int) -> CheckIn:
        found: CheckIn | None = self._read(fastread.check_in, check_in_id)
        if found is None:
            raise NotFoundError(gone("check-in"))
        return found

    def check_ins_of(self, key_result_ids: list[int]) -> dict[int, list[CheckIn]]:
        """The check-ins of several key results (an objective's), each list in time order."""
        result: dict[int, list[CheckIn]] = self._read(fastread.check_ins_of, key_result_ids)
        return result

    def stale_days(self) -> int:
        """After how many days without a check-in a key result is due (workspace setting, default 7)."""
        text = self.setting(STALE_DAYS_SETTING, "").strip()
        if not text.isdigit():
            return DEFAULT_STALE_DAYS
        return min(max(int(text), STALE_DAYS_MIN), STALE_DAYS_MAX)

    def check_in_count(self, key_result_ids: list[int]) -> int:
        result: int = self._read(fastread.check_in_count, key_result_ids)
        return result

    def counts(self) -> dict[str, int]:
        result: dict[str, int] = self._read(fastread.counts)
        return result

    def objectives_without_key_results(self) -> int:
        """How many objectives have no key result (each is one row of the CSV export)."""
        result: int = self._read(fastread.objectives_without_key_results)
        return result

    # ---- writes (delegated to the editor; see services/editing.py for the rules) ----------------------

    def set_setting(self, key: str, value: str) -> None:
        self.editor().set_setting(key, value)

    def add_objective(self, cycle_id: int, title: str, **fields: Any) -> Objective:
        return self.editor().add_objective(cycle_id, title, **fields)

    def update_objective(self, objective_id: int, **changes: Any) -> Objective:
        return self.editor().update_objective(objective_id, **changes)

    def delete_objective(self, objective_id: int) -> DeletedObjective:
        return self.editor().delete_objective(objective_id)

    def restore_objective(self, deleted: DeletedObjective) -> None:
        self.editor().restore_objective(deleted)

    def move_objective(self, objective_id: int, parent_id: int | None, index: int | None = None) -> None:
        self.editor().move_objective(objective_id, parent_id, index)

    def add_key_result(self, objective_id: int, title: str, **fields: Any) -> KeyResult:
        return self.editor().add_key_result(objective_id, title, **fields)

    def update_key_result(self, key_result_id: int, **changes: Any) -> KeyResult:
        return self.editor().update_key_result(key_result_id, **changes)

    def delete_key_result(self, key_result_id: int) -> DeletedKeyResult:
        return self.editor().delete_key_result(key_result_id)

    def restore_key_result(self, deleted: DeletedKeyResult) -> None:
        self.editor().restore_key_result(deleted)

    def move_key_result(self, key_result_id: int, objective_id: int, index: int | None = None) -> None:
        self.editor().move_key_result(key_result_id, objective_id, index)

    def record_check_in(self, key_result_id: int, value: float, **fields: Any) -> CheckIn:
        return self.editor().record_check_in(key_result_id, value, **fields)

    def record_check_ins(self, entries: list[tuple[int, dict[str, Any]]]) -> list[CheckIn]:
        return self.editor().record_check_ins(entries)

    def update_check_in(self, check_in_id: int, **changes: Any) -> CheckIn:
        return self.editor().update_check_in(check_in_id, **changes)

    def delete_check_ins(self, check_in_ids: list[int]) -> list[CheckIn]:
        return self.editor().delete_check_ins(check_in_ids)

    def restore_check_ins(self, check_ins: list[CheckIn]) -> None:
        self.editor().restore_check_ins(check_ins)

    def add_cycle(self, name: str, start: date, end: date, state: str = "planning") -> Cycle:
        return self.editor().add_cycle(name, start, end, state)

    def update_cycle(self, cycle_id: int, **changes: Any) -> Cycle:
        return self.editor().update_cycle(cycle_id, **changes)

    def delete_cycle(self, cycle_id: int) -> Cycle:
        return self.editor().delete_cycle(cycle_id)

    def add_owner(self, kind: OwnerKind | str, name: str, **fields: Any) -> Owner:
        return self.editor().add_owner(kind, name, **fields)

    def update_owner(self, owner_id: int, **changes: Any) -> Owner:
        return self.editor().update_owner(owner_id, **changes)

    def delete_owner(self, owner_id: int) -> None:
        self.editor().delete_owner(owner_id)

    def clear_all(self, today: date | None = None) -> None:
        """Empties the workspace (used by "Start with an empty workspace")."""
        self.editor().clear_all(today or date.today())

    def save_copy(self, destination: str | os.PathLike[str]) -> Path:
        """Writes a consistent copy with SQLite's backup API (safe while the workspace is in use)."""
        target = Path(destination).expanduser()
        if target.resolve() == self.path.resolve():
            raise WorkspaceError("Choose another file: a copy cannot replace the workspace itself.")
        from okrdesk.services.backups import copy_verified

        copy_verified(self.conn, target, "The copy could not be saved to {target}")
        return target

    # ---- retrospectives (rules in services/retro.py) ---------------------------------------------------

    def has_retrospective(self, cycle_id: int) -> bool:
        result: bool = self._read(fastread.has_retrospective, cycle_id)
        return result

    def retrospective_rows(self, cycle_id: int) -> dict[str, Any] | None:
        """The stored retrospective of a cycle as plain rows (see fastread.retrospective_rows), or None."""
        result: dict[str, Any] | None = self._read(fastread.retrospective_rows, cycle_id)
        return result

    def key_results_by_id(self, ids: list[int]) -> list[KeyResult]:
        result: list[KeyResult] = self._read(fastread.key_results_by_id, ids)
        return result

    def carried_key_results(self, old_ids: list[int]) -> dict[int, list[int]]:
        result: dict[int, list[int]] = self._read(fastread.carried_key_results, old_ids)
        return result

    # ---- CSV exports (export/interchange.py, export/checkin_log.py) -------------------------------------

    def export_outline(self, cycle_ids: list[int]) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        """Light objective and key result rows of some cycles (see fastread.export_outline)."""
        result: tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]] = self._read(
            fastread.export_outline, cycle_ids
        )
        return result

    def check_in_log_count(self, key_result_ids: list[int]) -> int:
        result: int = self._read(fastread.check_in_log_count, key_result_ids)
        return result

    def check_in_log(self, key_result_ids: list[int]) -> sqlite3.Cursor:
        """A cursor over the check-ins of the key results, in their order (see fastread.check_in_log)."""
        result: sqlite3.Cursor = self._read(fastread.check_in_log, key_result_ids)
        return result


def _lock_for_replacing(target: Path) -> Any:
    """The lock of a workspace about to be created or replaced: refused while another okrdesk has it open."""
    from okrdesk.services.errors import WorkspaceLockedError
    from okrdesk.store.lockfile import LockHeld, LockUnavailable, WorkspaceLock

    try:
        return WorkspaceLock.acquire(target)
    except LockHeld as held:
        raise WorkspaceLockedError(
            f"{target.name} is open in okrdesk by {held.info.describe()}; it was not replaced.",
            held.info,
            held.info.is_stale(),
        ) from None
    except LockUnavailable:
        return None  # the folder is not writable: creating says so in its own words


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


@contextlib.contextmanager
def built_in_place_of(target: Path, failure: str) -> Iterator[Path]:
    """Yields a temporary file beside target; when the block completes, it replaces target in one rename.

    Nothing is left behind on failure, and an existing file at target is only ever replaced whole.
    `failure` starts the message of a file-system error and may name {target}.
    """
    try:
        store_connection.check_target_path(target)
    except WorkspaceFileError as exc:
        raise WorkspaceError(str(exc)) from None
    try:
        import tempfile

        fd, tmp_name = tempfile.mkstemp(prefix=".okrdesk-new-", suffix=".okr", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        reason = store_connection.describe_os_error(exc)
        raise WorkspaceError(f"{failure.format(target=target)}: {reason}.") from None
    tmp = Path(tmp_name)
    try:
        yield tmp
        store_connection.make_shareable(tmp)
        for companion in ("-wal", "-shm", "-journal"):  # a replaced file's journal must not meet the new one
            Path(str(target) + companion).unlink(missing_ok=True)
        os.replace(tmp, target)
    except OSError as exc:
        reason = store_connection.describe_os_error(exc)
        raise WorkspaceError(f"{failure.format(target=target)}: {reason}.") from None
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(tmp_name + suffix).unlink(missing_ok=True)


@contextlib.contextmanager
def opened(path: str | os.PathLike[str]) -> Iterator[Workspace]:
    """Opens a workspace for the duration of a with block."""
    workspace = Workspace.open(path)
    try:
        yield workspace
    finally:
        workspace.close()
