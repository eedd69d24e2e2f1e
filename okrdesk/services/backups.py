"""The names of the backup copies made before an import or a retrospective
(``backups/<stem>-before-…-<time>.okr``).

Choice where the rules are silent: backups are named to the second, so a second backup in the same second
(two imports in a row) would have the name of the first and replace it, although the user was told the
first was saved. `unique_path` gives such a backup the next free name instead: `-2`, `-3`, … before the
suffix (``w-before-import-20260510-150000-2.okr``). The first backup of a second keeps the plain name.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["unique_path"]


def unique_path(path: Path) -> Path:
    """`path` when no file or folder has that name yet, else the first free of `<stem>-2<suffix>`,
    `<stem>-3<suffix>`, … in the same folder (a missing folder holds no names, so `path` itself)."""
    if not path.exists():
        return path
    number = 2
    while True:
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        if not candidate.exists():
            return candidate
        number += 1
