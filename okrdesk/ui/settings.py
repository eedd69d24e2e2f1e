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


def workspace_key(group: str, workspace_path: str | os.PathLike[str]) -> str:
    """A settings key for something kept per workspace ("me/…", "coach_dismissed/…"): a hash of the
    resolved path, since QSettings keys cannot hold arbitrary path characters."""
    digest = hashlib.sha256(_normalised(workspace_path).encode("utf-8")).hexdigest()[:24]
    return f"{group}/{digest}"


def _me_key(workspace_path: str | os.PathLike[str]) -> str:
    return workspace_key("me", workspace_path)


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


# ---- application preferences (per user, QSettings) -------------------------------------------------------

LANGUAGES = ("system", "en", "de")
THEMES = ("system", "light", "dark", "high_contrast")
PRESENTATION_LAYOUTS = ("slides", "tree")
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 0.5, 3.0, 0.1
MINUTES_MIN, MINUTES_MAX = 1, 30


def _choice(key: str, choices: tuple[str, ...]) -> str:
    value = app_settings().value(key)
    return value if isinstance(value, str) and value in choices else choices[0]


def _set(key: str, value: object) -> None:
    settings = app_settings()
    settings.setValue(key, value)
    settings.sync()


def _number(key: str, default: float, low: float, high: float) -> float:
    value = app_settings().value(key)
    try:
        number = float(value) if value is not None else default  # INI files give numbers back as text
    except (TypeError, ValueError):
        return default
    return min(max(number, low), high) if number == number else default


def language() -> str:
    """ "system" (follow the system's language), "en" or "de"."""
    return _choice("ui/language", LANGUAGES)


def set_language(value: str) -> None:
    _set("ui/language", value if value in LANGUAGES else LANGUAGES[0])


def theme() -> str:
    """ "system" (the system's light or dark), "light", "dark" or "high_contrast"."""
    return _choice("ui/theme", THEMES)


def set_theme(value: str) -> None:
    _set("ui/theme", value if value in THEMES else THEMES[0])


def default_workspace_choice() -> Path | None:
    """The workspace the user chose to open when okrdesk starts without a path (None: okrdesk's own)."""
    value = app_settings().value("workspace/default")
    return Path(value) if isinstance(value, str) and value else None


def set_default_workspace_choice(path: str | os.PathLike[str] | None) -> None:
    if path is None:
        settings = app_settings()
        settings.remove("workspace/default")
        settings.sync()
    else:
        _set("workspace/default", _normalised(path))


def presentation_zoom() -> float:
    """The presentation's type scale (1.0 = its own large default), remembered between sessions."""
    return round(_number("presentation/zoom", 1.0, ZOOM_MIN, ZOOM_MAX), 2)


def set_presentation_zoom(value: float) -> None:
    _set("presentation/zoom", round(min(max(value, ZOOM_MIN), ZOOM_MAX), 2))


def presentation_minutes() -> int:
    """Minutes of discussion per objective for the presentation's countdown (default 3)."""
    return int(_number("presentation/minutes", 3, MINUTES_MIN, MINUTES_MAX))


def set_presentation_minutes(value: int) -> None:
    _set("presentation/minutes", int(min(max(value, MINUTES_MIN), MINUTES_MAX)))


def presentation_layout() -> str:
    """ "slides" (one objective at a time) or "tree" (the whole alignment tree)."""
    return _choice("presentation/layout", PRESENTATION_LAYOUTS)


def set_presentation_layout(value: str) -> None:
    _set("presentation/layout", value if value in PRESENTATION_LAYOUTS else PRESENTATION_LAYOUTS[0])
