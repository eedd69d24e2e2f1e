"""Opening a workspace file safely with the standard library's sqlite3 (fast: no SQLAlchemy needed).

Before SQLite touches a file we read its 100-byte header ourselves, so a file that is not an okrdesk
workspace (another program's database, a document, garbage, a folder) is refused and left byte-for-byte
untouched: opening it with SQLite could otherwise create journal files or change its header.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

APPLICATION_ID = 0x4F4B5244  # "OKRD"; also in schema.py (a test checks they agree).
SCHEMA_VERSION = 2  # also in schema.py (a test checks they agree)
SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".okr"


class WorkspaceFileError(Exception):
    """A workspace file cannot be used; the message says why in plain words."""


class NewerFormatError(WorkspaceFileError):
    """The file was saved by a newer okrdesk; it can only be opened read-only."""

    def __init__(self, message: str, file_version: int) -> None:
        super().__init__(message)
        self.file_version = file_version


class DamagedFileError(WorkspaceFileError):
    """SQLite's integrity check found damage; `problems` holds its findings."""

    def __init__(self, message: str, problems: list[str]) -> None:
        super().__init__(message)
        self.problems = problems


@dataclass(frozen=True)
class Header:
    application_id: int
    user_version: int


def read_header(path: Path) -> Header:
    """Reads application_id and user_version from the file's header without opening it with SQLite."""
    if not path.exists():
        raise WorkspaceFileError(f"There is no file at {path}.")
    if path.is_dir():
        raise WorkspaceFileError(f"{path} is a folder, not an okrdesk workspace file.")
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except PermissionError:
        raise WorkspaceFileError(f"okrdesk is not allowed to read {path}.") from None
    except OSError as exc:
        raise WorkspaceFileError(f"{path} could not be read: {exc.strerror or exc}.") from None
    if not head:
        raise WorkspaceFileError(f"{path.name} is empty: it is not an okrdesk workspace.")
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise WorkspaceFileError(f"{path.name} is not an okrdesk workspace (it is not a database file).")
    user_version, application_id = struct.unpack(">I4xI", head[60:72])
    return Header(application_id=application_id, user_version=user_version)


def check_workspace_file(path: Path) -> Header:
    """Raises WorkspaceFileError unless the file is an okrdesk workspace (NewerFormatError when a newer
    okrdesk saved it)."""
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        raise WorkspaceFileError(
            f"{path.name} is a database of another program, not an okrdesk workspace. It was left untouched."
        )
    if header.user_version > SCHEMA_VERSION:
        raise NewerFormatError(
            f"{path.name} was saved by a newer okrdesk (workspace format {header.user_version}; this okrdesk "
            f"reads format {SCHEMA_VERSION} and older). Update okrdesk to change it; until then it can "
            "only be opened read-only. It was left untouched.",
            header.user_version,
        )
    if header.user_version < 1:
        raise WorkspaceFileError(f"{path.name} is an unfinished okrdesk workspace and cannot be opened.")
    return header


def apply_pragmas(conn: sqlite3.Connection, *, wal: bool = True) -> None:
    """The connection settings every okrdesk connection uses (durable, checked, defensive).

    wal=False keeps the rollback journal (DELETE): on network drives, and for new files and backups."""
    apply_defensive_pragmas(conn)
    conn.execute("PRAGMA journal_mode = " + ("WAL" if wal else "DELETE"))
    conn.execute("PRAGMA synchronous = FULL")


def apply_defensive_pragmas(conn: sqlite3.Connection) -> None:
    """Settings that make reading an untrusted file safe; they change nothing in the file."""
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")


def file_uri(path: Path, *, read_only: bool = False, immutable: bool = False) -> str:
    """A sqlite URI for path (mode=ro: SQLite never writes to the file)."""
    uri = Path(os.path.abspath(path)).as_uri()
    options = (["mode=ro"] if read_only else []) + (["immutable=1"] if immutable else [])
    return uri + ("?" + "&".join(options) if options else "")


def writable_problem(path: Path) -> str | None:
    """Why the workspace cannot be changed where it is, or None."""
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return f"{path.name} cannot be changed here (the file or its folder is read-only)"
    return None


def connect(
    path: Path,
    *,
    check: bool = True,
    read_only: bool = False,
    integrity: str = "quick",
    wal: bool = True,
) -> sqlite3.Connection:
    """Opens an existing workspace in autocommit mode, after checking that it is okrdesk's and whole.

    In order, and before anything can change the file: its header (application_id, format), its schema
    (store/checks.verify_schema), and SQLite's integrity check (integrity: "quick", "full" after an unclean
    shutdown, or "none"). Only then is the journal mode set (WAL, or DELETE on network drives when wal is
    False). read_only connections refuse every change (PRAGMA query_only), and on a read-only medium open
    with mode=ro; they leave the journal mode as it is. (Where it can, a read-only connection is an
    ordinary one, so that SQLite removes its -wal and -shm files again when it closes.)
    """
    from okrdesk.store.checks import SchemaMismatch, integrity_problems, verify_schema

    newer = False
    if check:
        try:
            check_workspace_file(path)
        except NewerFormatError:
            if not read_only:
                raise
            newer = True
    if not read_only:
        problem = writable_problem(path)
        if problem:
            raise WorkspaceFileError(f"{problem}. Copy it to a folder you can write to, then open the copy.")
    try:
        if read_only:
            conn = open_for_reading(path)
        else:
            conn = sqlite3.connect(file_uri(path), uri=True, isolation_level=None, check_same_thread=False)
            apply_defensive_pragmas(conn)
    except sqlite3.Error as exc:
        if not isinstance(exc, sqlite3.OperationalError) and isinstance(exc, sqlite3.DatabaseError):
            message = f"{path.name} is damaged: part of it can no longer be read."
            raise DamagedFileError(message, [str(exc)]) from None
        raise WorkspaceFileError(f"{path.name} could not be opened: {describe_sqlite_error(exc)}.") from None
    try:
        if check:
            verify_schema(conn, allow_additions=newer)
        problems = integrity_problems(conn, full=integrity == "full") if integrity != "none" else []
        if problems:
            raise DamagedFileError(
                f"{path.name} is damaged: SQLite's integrity check found problems ({problems[0]}).", problems
            )
        if not read_only:
            conn.execute("PRAGMA journal_mode = " + ("WAL" if wal else "DELETE"))
            conn.execute("PRAGMA synchronous = FULL")
        return conn
    except SchemaMismatch as exc:
        conn.close()
        raise WorkspaceFileError(
            f"{path.name} is not a workspace okrdesk made: {exc}. It was not used and was left untouched."
        ) from None
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # Text that is not UTF-8 where SQLite keeps the schema is damage too (Python's sqlite3 raises
        # UnicodeDecodeError for it, not a sqlite3 error).
        conn.close()
        text = str(exc)
        if isinstance(exc, UnicodeDecodeError) or any(
            word in text for word in ("malformed", "not a database", "corrupt", "decode")
        ):
            raise DamagedFileError(
                f"{path.name} is damaged: part of it can no longer be read.", [text]
            ) from None
        raise WorkspaceFileError(f"{path.name} could not be opened: {exc}.") from None
    except BaseException:
        conn.close()
        raise


_COMPANIONS = ("-wal", "-shm")
_CANNOT_SHARE = ("disk i/o error", "readonly", "read-only", "unable to open", "full")


def open_for_reading(path: Path) -> sqlite3.Connection:
    """A connection that refuses every change (query_only) and changes nothing in or beside the file.

    Where the folder is writable it is an ordinary connection, so SQLite removes the -wal and -shm files it
    makes for a WAL-mode file when it closes (mode=ro would leave them). Where SQLite cannot make them (a
    read-only medium, a full disk) and none exist, nobody is writing: the file is read as immutable, and
    whatever the failed attempt left beside it is removed.
    """
    existed = {suffix: Path(f"{path}{suffix}").exists() for suffix in _COMPANIONS}
    unshared = not any(existed.values())
    medium_read_only = writable_problem(path) is not None
    uri = file_uri(path, read_only=medium_read_only, immutable=medium_read_only and unshared)
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        apply_defensive_pragmas(conn)
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()  # reads: makes the -shm if it must
        return conn
    except UnicodeDecodeError:  # the table of contents holds text that is not UTF-8: damage
        conn.close()
        _remove_made(path, existed)
        raise sqlite3.DatabaseError(
            "database disk image is malformed (its schema is not readable text)"
        ) from None
    except sqlite3.Error as exc:
        conn.close()
        _remove_made(path, existed)
        cannot_share = any(word in str(exc).lower() for word in _CANNOT_SHARE)
        if not (isinstance(exc, sqlite3.OperationalError) and unshared and cannot_share):
            raise
    conn = sqlite3.connect(
        file_uri(path, read_only=True, immutable=True),
        uri=True,
        isolation_level=None,
        check_same_thread=False,
    )
    apply_defensive_pragmas(conn)
    conn.execute("PRAGMA query_only = ON")
    return conn


def _remove_made(path: Path, existed: dict[str, bool]) -> None:
    """Removes the -wal and -shm files a failed read made beside the file (never ones that were there)."""
    for suffix, was_there in existed.items():
        if not was_there:
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def describe_sqlite_error(exc: sqlite3.Error) -> str:
    """A short plain-words reason for a failed database operation."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return "another program is writing to it; try again in a moment"
    if "readonly" in text or "read-only" in text:
        return "the file, its folder or its disk is read-only"
    if "full" in text:
        return "the disk is full"
    if "disk I/O error" in text:
        return "the disk could not be read or written (is it full, or disconnected?)"
    return text


def check_target_path(path: Path) -> None:
    """Raises WorkspaceFileError when a new workspace cannot be written at path."""
    if path.is_dir():
        raise WorkspaceFileError(f"{path} is a folder; choose a file name ending in {SUFFIX}.")
    parent = path.parent
    if not parent.exists():
        raise WorkspaceFileError(f"The folder {parent} does not exist.")
    if not os.access(parent, os.W_OK):
        raise WorkspaceFileError(f"okrdesk is not allowed to write in {parent}.")
    if path.exists() and not os.access(path, os.W_OK):
        raise WorkspaceFileError(f"{path.name} is read-only and cannot be replaced.")


def make_shareable(path: Path) -> None:
    """Gives a file made by mkstemp (mode 0600) the permissions of any file the user creates (umask)."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


def describe_os_error(exc: OSError) -> str:
    """A short plain-words reason for a failed file operation."""
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission was denied"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    return exc.strerror or str(exc)
