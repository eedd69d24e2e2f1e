"""Typed errors of the services; every message is a sentence a person can act on."""

from __future__ import annotations

from collections.abc import Sequence

from okrdesk.domain.validation import FieldError


class OkrdeskError(Exception):
    """Base of every error the services raise on purpose."""


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
