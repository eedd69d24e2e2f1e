"""The one exception every long export raises when its progress callback asks it to stop."""

from __future__ import annotations


class Cancelled(Exception):
    """The export was cancelled by its progress callback; nothing was written (an old file is untouched)."""
