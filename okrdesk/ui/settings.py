"""Per-user application settings (QSettings): who "I" am in each workspace, and the recent files.

The settings live where Qt keeps them for organisation and application "okrdesk". When OKRDESK_DATA_DIR is
set (tests, portable use) they are kept in an INI file there instead, so a test never touches the user's own
settings. Person ids are only meaningful inside one workspace, so "me" is stored per workspace path (keyed
by a hash of the resolved path: QSettings keys cannot hold arbitrary path characters).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from okrdesk.services.workspace import Workspace

ORGANISATION = "okrdesk"
APPLICATION = "okrdesk"
RECENT_KEY = "recent_files"
RECENT_MAX = 10
SETTINGS_FILE = "settings.ini"


def app_settings() -> QSettings:
    """The application's QSettings (an INI file in OKRDESK_DATA_DIR when that is set)."""
    override = os.environ.get("OKRDESK_DATA_DIR")
    if override:
        return QSettings(str(Path(override) / SETTINGS_FILE), QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


def _normalised(path: str | os.PathLike[str]) -> str:
    try:
        return str(Path(path).expanduser().resolve())
    except OSError:
        return str(Path(path).expanduser().absolute())


def _me_key(workspace_path: str | os.PathLike[str]) -> str:
    digest = hashlib.sha256(_normalised(workspace_path).encode("utf-8")).hexdigest()[:24]
    return f"me/{digest}"


def me_for(workspace_path: str | os.PathLike[str]) -> int | None:
    """The id of the person the user said they are in this workspace, or None."""
    value = app_settings().value(_me_key(workspace_path))
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def set_me(workspace_path: str | os.PathLike[str], person_id: int | None) -> None:
    """Remembers who the user is in this workspace (None forgets it)."""
    settings = app_settings()
    key = _me_key(workspace_path)
    if person_id is None:
        settings.remove(key)
    else:
        settings.setValue(key, int(person_id))
    settings.sync()


def _stored_recent(settings: QSettings) -> list[str]:
    value = settings.value(RECENT_KEY)
    if value is None:
        return []
    if isinstance(value, str):  # INI files give a one-element list back as a plain string
        return [value] if value else []
    if isinstance(value, list | tuple):
        return [str(v) for v in value if v]
    return []


def _store_recent(settings: QSettings, paths: list[str]) -> None:
    if paths:
        settings.setValue(RECENT_KEY, paths)
    else:
        settings.remove(RECENT_KEY)
    settings.sync()


def recent_files() -> list[str]:
    """Recently opened workspaces, most recent first; files that no longer exist are left out."""
    return [p for p in _stored_recent(app_settings()) if Path(p).is_file()][:RECENT_MAX]


def add_recent(path: str | os.PathLike[str]) -> None:
    """Puts a workspace first in the recent files (at most RECENT_MAX are kept)."""
    settings = app_settings()
    entry = _normalised(path)
    paths = [entry] + [p for p in _stored_recent(settings) if p != entry]
    _store_recent(settings, paths[:RECENT_MAX])


def remove_recent(path: str | os.PathLike[str]) -> None:
    """Drops a workspace from the recent files (e.g. after it could not be opened)."""
    settings = app_settings()
    entry = _normalised(path)
    _store_recent(settings, [p for p in _stored_recent(settings) if p not in (entry, str(path))])


# ---- workspace preferences (stored in the workspace, read by the views) ----------------------------------


def stale_days(workspace: Workspace) -> int:
    """After how many days without a check-in a key result counts as stale (default 7, within 1–60)."""
    return workspace.stale_days()
