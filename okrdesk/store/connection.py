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
SCHEMA_VERSION = 1
SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".okr"


class WorkspaceFileError(Exception):
    """A workspace file cannot be used; the message says why in plain words."""


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
    """Raises WorkspaceFileError unless the file is an okrdesk workspace this version can open."""
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        raise WorkspaceFileError(
            f"{path.name} is a database of another program, not an okrdesk workspace. It was left untouched."
        )
    if header.user_version > SCHEMA_VERSION:
        raise WorkspaceFileError(
            f"{path.name} was saved by a newer okrdesk (workspace format {header.user_version}; this okrdesk "
            f"reads format {SCHEMA_VERSION} and older). Please update okrdesk to open it."
        )
    if header.user_version < 1:
        raise WorkspaceFileError(f"{path.name} is an unfinished okrdesk workspace and cannot be opened.")
    return header


def apply_pragmas(conn: sqlite3.Connection, *, wal: bool = True) -> None:
    """The connection settings every okrdesk connection uses (durable, checked, defensive)."""
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")


def connect(path: Path, *, check: bool = True) -> sqlite3.Connection:
    """Opens an existing workspace (after checking its header) in autocommit mode."""
    if check:
        check_workspace_file(path)
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise WorkspaceFileError(
            f"{path.name} cannot be changed here (the file or its folder is read-only). "
            "Copy it to a folder you can write to, then open the copy."
        )
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        apply_pragmas(conn)
    except sqlite3.Error as exc:
        raise WorkspaceFileError(f"{path.name} could not be opened: {exc}.") from None
    return conn


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
