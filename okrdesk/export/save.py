"""Writing an export file whole or not at all, with QSaveFile: the new content goes to a temporary file
beside the target and replaces it in one rename on commit, so a failure (full disk, cancel, a locked file)
leaves the old file as it was. Failures become a WorkspaceError in plain words."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QIODevice, QSaveFile

from okrdesk.export.cancel import Cancelled
from okrdesk.services.errors import WorkspaceError

__all__ = ["Cancelled", "check_export_target", "save_atomically", "saved_file"]

NOTHING_WRITTEN = "Nothing was written."
SQLITE_HEADER = b"SQLite format 3\x00"


def check_export_target(target: Path, what: str) -> None:
    """Raises WorkspaceError when an export cannot be written at target (before any work is done)."""
    failure = f"The {what} could not be saved to {target}"
    if target.is_dir():
        raise WorkspaceError(f"{failure}: that is a folder; choose a file name. {NOTHING_WRITTEN}")
    parent = target.parent
    if not parent.is_dir():
        raise WorkspaceError(f"{failure}: the folder {parent} does not exist. {NOTHING_WRITTEN}")
    if not os.access(parent, os.W_OK):
        raise WorkspaceError(f"{failure}: okrdesk may not write in {parent}. {NOTHING_WRITTEN}")
    if target.exists() and not os.access(target, os.W_OK):
        raise WorkspaceError(f"{failure}: the file is read-only. {NOTHING_WRITTEN}")
    if _is_database(target):
        raise WorkspaceError(
            f"{failure}: that file is a workspace (or another program's database) and an export never "
            f"replaces one; choose another file name. {NOTHING_WRITTEN}"
        )


def _is_database(path: Path) -> bool:
    """True for an existing SQLite file: an okrdesk workspace (open or not), its backups, any database."""
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


@contextmanager
def saved_file(target: Path, what: str) -> Iterator[QSaveFile]:
    """A QSaveFile open for writing; committed when the block completes, discarded when it raises."""
    check_export_target(target, what)
    failure = f"The {what} could not be saved to {target}"
    file = QSaveFile(str(target))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        raise WorkspaceError(f"{failure}: {file.errorString()}. {NOTHING_WRITTEN}")
    try:
        yield file
    except BaseException:
        file.cancelWriting()
        file.commit()  # with writing cancelled, this only removes the temporary file
        raise
    if file.error() != QSaveFile.FileError.NoError or not file.commit():
        reason = file.errorString() or "the disk may be full"
        raise WorkspaceError(f"{failure}: {reason}. {NOTHING_WRITTEN}")


def save_atomically(
    target: Path,
    chunks: list[bytes],
    what: str,
    progress: Callable[[int, int], bool] | None = None,
) -> None:
    """Writes the chunks to target as one file, reporting progress per chunk (False from it cancels)."""
    with saved_file(target, what) as file:
        for index, chunk in enumerate(chunks, start=1):
            if file.write(chunk) != len(chunk):
                break  # the error is reported on commit
            if progress is not None and not progress(index, len(chunks)):
                raise Cancelled
