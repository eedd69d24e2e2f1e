"""Typed errors of the services; every message is a sentence a person can act on."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from okrdesk.domain.messages import QT_TRANSLATE_NOOP, Message
from okrdesk.domain.validation import FieldError

#: "That … no longer exists" for each kind of item, whole sentences so a translation can inflect them.
_GONE = {
    "objective": QT_TRANSLATE_NOOP("Services", "That objective no longer exists (it may have been deleted)."),
    "key result": QT_TRANSLATE_NOOP(
        "Services", "That key result no longer exists (it may have been deleted)."
    ),
    "cycle": QT_TRANSLATE_NOOP("Services", "That cycle no longer exists (it may have been deleted)."),
    "check-in": QT_TRANSLATE_NOOP("Services", "That check-in no longer exists (it may have been deleted)."),
    "team": QT_TRANSLATE_NOOP("Services", "That team no longer exists (it may have been deleted)."),
    "person or team": QT_TRANSLATE_NOOP(
        "Services", "That person or team no longer exists (it may have been deleted)."
    ),
}


def gone(what: str) -> Message:
    """The message of a NotFoundError for an item of kind `what` ("objective", "key result", …)."""
    template = _GONE.get(what)
    if template is None:
        return Message(
            "Services",
            QT_TRANSLATE_NOOP("Services", "That {what} no longer exists (it may have been deleted)."),
            what=what,
        )
    return Message("Services", template)


class OkrdeskError(Exception):
    """Base of every error the services raise on purpose. Its message may be a domain.messages.Message
    (English as a str, translatable by the UI: okrdesk/ui/messages.py)."""


class WorkspaceError(OkrdeskError):
    """The workspace file cannot be opened, created or written."""


class NotFoundError(OkrdeskError):
    """The item no longer exists (deleted meanwhile, or a wrong reference)."""


class ValidationError(OkrdeskError):
    """Input that breaks a rule; `errors` says which field and why."""

    def __init__(self, errors: Sequence[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__(" ".join(e.message for e in self.errors))

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls([FieldError(field, message)])


class WorkspaceLockedError(WorkspaceError):
    """Another okrdesk has the workspace open for writing. `holder` is a store.lockfile.LockInfo; `stale`
    says its process seems gone, so the user may take it over."""

    def __init__(self, message: str, holder: Any, stale: bool) -> None:
        super().__init__(message)
        self.holder = holder
        self.stale = stale


class ReadOnlyWorkspaceError(WorkspaceError):
    """The workspace cannot be changed where it is (read-only file, folder or medium; a newer format).
    It can still be opened read-only. `reason` says why without that advice (the command line's words)."""

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


class NewerWorkspaceError(ReadOnlyWorkspaceError):
    """The workspace was saved by a newer okrdesk; it can be opened read-only."""

    def __init__(self, message: str, file_version: int, our_version: int) -> None:
        super().__init__(message)
        self.file_version = file_version
        self.our_version = our_version


class DamagedWorkspaceError(WorkspaceError):
    """SQLite's integrity check found damage; `problems` lists its findings. The file was left as it was."""

    def __init__(self, message: str, path: Path, problems: Sequence[str]) -> None:
        super().__init__(message)
        self.path = path
        self.problems = list(problems)
