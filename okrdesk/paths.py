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
