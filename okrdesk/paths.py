"""Where okrdesk keeps its files (platformdirs), with an override for tests: OKRDESK_DATA_DIR."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "okrdesk"
DEFAULT_WORKSPACE = "okrdesk.okr"


def data_dir() -> Path:
    override = os.environ.get("OKRDESK_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def default_workspace() -> Path:
    """The workspace `okrdesk` opens when given no path (created with sample OKRs on first run)."""
    return data_dir() / DEFAULT_WORKSPACE


def resources_dir() -> Path:
    """The folder of okrdesk's resources (icons, translations): `resources/` at the top of the source tree,
    or the copy a PyInstaller bundle unpacks (sys._MEIPASS/resources)."""
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"
