"""What the command modules share: the one-line failure and output that never fails on odd characters."""

from __future__ import annotations

from typing import Any


class Failure(Exception):
    """A message for the user, printed as one line."""


def set_errors_replace(stream: Any) -> None:
    """Characters the terminal cannot show become '?' instead of failing the whole listing."""
    if hasattr(stream, "reconfigure"):
        stream.reconfigure(errors="replace")
