"""Is this file okrdesk's, and is it whole? Schema verification and SQLite's integrity checks.

`verify_schema` runs before any other use of a file that carries okrdesk's application_id: a file made to
look like a workspace but holding triggers, views or tables okrdesk did not create (code that would run when
okrdesk reads or writes) is refused before okrdesk touches its data. The expected schema is a snapshot per
workspace format; tests/store compares it with what the migrations build.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable

__all__ = [
    "EXPECTED_INDEXES",
    "EXPECTED_TABLES",
    "INDEX_KEYS",
    "BackgroundCheck",
    "SchemaMismatch",
    "integrity_problems",
    "verify_schema",
]

EXPECTED_TABLES: dict[str, tuple[str, ...]] = {
    "alembic_version": ("version_num",),
    "check_ins": ("id", "key_result_id", "at", "value", "confidence", "note", "author_id", "created_at"),
    "cycles": ("id", "name", "start_date", "end_date", "state"),
    "key_results": (
        "id",
        "objective_id",
        "title",
        "description",
        "kr_type",
        "start_value",
        "target_value",
        "unit",
        "weight",
        "owner_id",
        "position",
        "carried_from_id",
        "created_at",
        "updated_at",
    ),
    "objectives": (
        "id",
        "cycle_id",
        "parent_id",
        "owner_id",
        "title",
        "description",
        "kind",
        "state",
        "position",
        "progress_source",
        "created_at",
        "updated_at",
    ),
    "owners": ("id", "kind", "name", "parent_id", "email", "position"),
    "retro_carry_overs": (
        "id",
        "retrospective_id",
        "key_result_id",
        "decision",
        "target_cycle_id",
        "new_key_result_id",
    ),
    "retro_development_needs": ("id", "retrospective_id", "person_id", "need"),
    "retro_reflections": ("id", "retrospective_id", "objective_id", "went_well", "challenges", "lessons"),
    "retro_scores": ("id", "retrospective_id", "key_result_id", "suggested", "score", "override_reason"),
    "retrospectives": ("id", "cycle_id", "summary", "started_at", "finished_at"),
    "settings": ("key", "value"),
}
EXPECTED_INDEXES: dict[str, str] = {
    "ix_check_ins_author_id": "check_ins",
    "ix_check_ins_latest": "check_ins",
    "ix_key_results_carried_from_id": "key_results",
    "ix_key_results_objective_id": "key_results",
    "ix_key_results_owner_id": "key_results",
    "ix_objectives_cycle_id": "objectives",
    "ix_objectives_owner_id": "objectives",
    "ix_objectives_parent_id": "objectives",
    "ix_owners_parent_id": "owners",
    "ix_retro_carry_overs_key_result_id": "retro_carry_overs",
    "ix_retro_carry_overs_new_key_result_id": "retro_carry_overs",
    "ix_retro_carry_overs_target_cycle_id": "retro_carry_overs",
    "ix_retro_development_needs_person_id": "retro_development_needs",
    "ix_retro_reflections_objective_id": "retro_reflections",
    "ix_retro_scores_key_result_id": "retro_scores",
}
# The key columns of every index, okrdesk's own and those SQLite makes for UNIQUE and PRIMARY KEY
# constraints: an index under okrdesk's name but of another making (UNIQUE, partial, other columns) could
# refuse ordinary edits.
INDEX_KEYS: dict[str, tuple[str, ...]] = {
    "ix_check_ins_author_id": ("author_id",),
    "ix_check_ins_latest": ("key_result_id", "at", "value", "confidence"),
    "ix_key_results_carried_from_id": ("carried_from_id",),
    "ix_key_results_objective_id": ("objective_id",),
    "ix_key_results_owner_id": ("owner_id",),
    "ix_objectives_cycle_id": ("cycle_id",),
    "ix_objectives_owner_id": ("owner_id",),
    "ix_objectives_parent_id": ("parent_id",),
    "ix_owners_parent_id": ("parent_id",),
    "ix_retro_carry_overs_key_result_id": ("key_result_id",),
    "ix_retro_carry_overs_new_key_result_id": ("new_key_result_id",),
    "ix_retro_carry_overs_target_cycle_id": ("target_cycle_id",),
    "ix_retro_development_needs_person_id": ("person_id",),
    "ix_retro_reflections_objective_id": ("objective_id",),
    "ix_retro_scores_key_result_id": ("key_result_id",),
    "sqlite_autoindex_alembic_version_1": ("version_num",),
    "sqlite_autoindex_cycles_1": ("name",),
    "sqlite_autoindex_retro_carry_overs_1": ("retrospective_id", "key_result_id"),
    "sqlite_autoindex_retro_development_needs_1": ("retrospective_id", "person_id"),
    "sqlite_autoindex_retro_reflections_1": ("retrospective_id", "objective_id"),
    "sqlite_autoindex_retro_scores_1": ("retrospective_id", "key_result_id"),
    "sqlite_autoindex_retrospectives_1": ("cycle_id",),
    "sqlite_autoindex_settings_1": ("key",),
}
# Formats 1 and 2 share one schema (format 2 added the workspace id, a settings row).
_SQLITE_OWN = {"sqlite_sequence", "sqlite_stat1", "sqlite_stat4"}
MAX_PROBLEMS = 20


class SchemaMismatch(Exception):
    """The file's schema is not okrdesk's; the message names what is wrong."""


def verify_schema(conn: sqlite3.Connection, *, allow_additions: bool = False) -> None:
    """Raises SchemaMismatch unless the schema is exactly okrdesk's: the expected tables with their columns
    and indexes, and no triggers, views or other tables. allow_additions accepts extra tables, indexes and
    columns (a newer okrdesk's file, opened read-only) but still no triggers or views.

    A table of contents that cannot be read is damage, not another program's schema: that raises
    sqlite3.DatabaseError (so the file is reported damaged and its backups offered)."""
    try:
        _verify_schema(conn, allow_additions)
    except UnicodeDecodeError:  # Python's sqlite3 decoding a name or an error message that is not UTF-8
        raise sqlite3.DatabaseError(
            "database disk image is malformed (its table of contents holds text that is not UTF-8)"
        ) from None


def _verify_schema(conn: sqlite3.Connection, allow_additions: bool) -> None:
    rows = conn.execute("SELECT type, name, tbl_name FROM sqlite_schema").fetchall()
    tables: set[str] = set()
    for kind, name, table in rows:
        if kind in ("trigger", "view"):
            raise SchemaMismatch(f"it contains a {kind} named '{name}' that okrdesk never makes")
        if kind == "table":
            if name not in EXPECTED_TABLES and name not in _SQLITE_OWN and not allow_additions:
                raise SchemaMismatch(f"it contains a table '{name}' that okrdesk never makes")
            tables.add(name)
        elif kind == "index":
            own = name.startswith("sqlite_autoindex_") and table in EXPECTED_TABLES
            if not own and EXPECTED_INDEXES.get(name) != table and not allow_additions:
                raise SchemaMismatch(f"it contains an index '{name}' that okrdesk never makes")
        else:
            raise SchemaMismatch(f"it contains an unexpected {kind} '{name}'")
    missing = sorted(set(EXPECTED_TABLES) - tables)
    if missing:
        raise SchemaMismatch(f"the table '{missing[0]}' is missing")
    for table, columns in EXPECTED_TABLES.items():
        found = tuple(row[1] for row in conn.execute(f'PRAGMA table_info("{table}")'))
        if found != columns and not (allow_additions and found[: len(columns)] == columns):
            raise SchemaMismatch(f"the table '{table}' does not have okrdesk's columns")
    if not allow_additions:  # a newer okrdesk may redefine its indexes; read-only, they change nothing
        for table in EXPECTED_TABLES:
            for _, name, unique, _, partial in conn.execute(f'PRAGMA index_list("{table}")').fetchall():
                if not _index_is_okrdesks(conn, name, bool(unique), bool(partial)):
                    raise SchemaMismatch(f"its index '{name}' is not the one okrdesk makes")


def _index_is_okrdesks(conn: sqlite3.Connection, name: str, unique: bool, partial: bool) -> bool:
    expected = INDEX_KEYS.get(name)
    if expected is None or partial or unique != name.startswith("sqlite_autoindex_"):
        return False
    keys = [(r[2], r[3], r[4]) for r in conn.execute(f'PRAGMA index_xinfo("{name}")') if r[5]]
    return keys == [(column, 0, "BINARY") for column in expected]


def integrity_problems(conn: sqlite3.Connection, *, full: bool = False) -> list[str]:
    """SQLite's verdict on the file: [] when whole. quick_check by default (fast: about 0.1 s for 70 MB);
    full runs integrity_check (indexes against tables too) and foreign_key_check."""
    try:
        check = "integrity_check" if full else "quick_check"
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {check}({MAX_PROBLEMS})")]
        problems = [] if rows == ["ok"] else rows
        if full and not problems:
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchmany(MAX_PROBLEMS):
                problems.append(f"row {rowid} of {table} refers to a missing row of {parent}")
    except sqlite3.OperationalError as exc:
        if "disk I/O" in str(exc) or "unable to open" in str(exc):
            raise  # the disk failed us, not the file: no verdict
        return [str(exc)]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    except UnicodeDecodeError:  # a finding or an error message quoting text that is not UTF-8
        return ["database disk image is malformed (it holds text that is not UTF-8)"]
    return problems


class BackgroundCheck:
    """SQLite's quick_check of an open workspace, on a connection of its own in a thread of its own.

    The first screen does not wait for it (about 0.13 s per 70 MB); every change does (the services call
    `wait()` before writing, see Workspace.ensure_writable). `problems` is the verdict: [] when whole, a list
    when damaged, None while running or when there was no verdict (the disk failed, or `cancel()`).
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.problems: list[str] | None = None
        self.error = ""
        self._cancelled = False
        self._conn = conn
        self._done = threading.Event()
        self._guard = threading.Lock()
        self._listeners: list[Callable[[BackgroundCheck], None]] = []
        self._thread = threading.Thread(target=self._run, name="okrdesk-file-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            problems = integrity_problems(self._conn)
            if self._cancelled:  # an interrupted check reports "interrupted" as a finding: no verdict
                self.error = "the check was stopped"
            else:
                self.problems = problems
        except sqlite3.Error as exc:  # no verdict: the disk failed us, or the check was cancelled
            self.error = str(exc)
        finally:
            self._conn.close()
            with self._guard:
                self._done.set()
                listeners, self._listeners = self._listeners, []
        for listener in listeners:
            listener(self)

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def wait(self) -> list[str] | None:
        """Waits for the verdict and returns it."""
        self._done.wait()
        return self.problems

    def when_done(self, listener: Callable[[BackgroundCheck], None]) -> None:
        """Calls listener(self) once the verdict is in: in the check's thread, or at once when it is."""
        with self._guard:
            if not self._done.is_set():
                self._listeners.append(listener)
                return
        listener(self)

    def cancel(self) -> None:
        """Stops a running check (the workspace closes) and waits for its thread."""
        # SQLite ignores an interrupt between two statements: repeat it until the thread has stopped.
        self._cancelled = True
        while not self._done.is_set():
            with contextlib.suppress(sqlite3.ProgrammingError):  # it closed meanwhile
                self._conn.interrupt()
            self._done.wait(0.02)
        self._thread.join()


# Columns holding dates or moments, as okrdesk writes them (ISO text SQLite's date functions read).
_DATES = {
    "cycles": ("start_date", "end_date"),
    "check_ins": ("at", "created_at"),
    "objectives": ("created_at", "updated_at"),
    "key_results": ("created_at", "updated_at"),
    "retrospectives": ("started_at", "finished_at"),
}


def unreadable_values(conn: sqlite3.Connection) -> list[str]:
    """Values SQLite keeps intact but okrdesk cannot read (integrity_check does not look at them): text
    that is not UTF-8, dates that are not dates. Reads every row: for `okrdesk check`, not for opening."""
    problems: list[str] = []
    for table in EXPECTED_TABLES:
        try:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            while cursor.fetchmany(2000):
                pass
        except (sqlite3.OperationalError, UnicodeDecodeError) as exc:
            if isinstance(exc, sqlite3.OperationalError) and "decode" not in str(exc):
                raise
            problems.append(f"a text in the table {table} is not readable text")
    for table, columns in _DATES.items():
        for column in columns:
            where = f'"{column}" IS NOT NULL AND julianday("{column}") IS NULL'
            bad = conn.execute(f'SELECT count(*) FROM "{table}" WHERE {where}').fetchone()[0]
            if bad:
                problems.append(f"{bad} value(s) of {table}.{column} are not dates")
    return problems[:MAX_PROBLEMS]
