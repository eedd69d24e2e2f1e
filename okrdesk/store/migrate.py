"""Schema creation and upgrades through alembic, plus okrdesk's own markers (application_id, user_version).

Workspace format N is alembic revision "000N"; PRAGMA user_version holds N so that okrdesk can tell a file's
format from its header alone. Imported only when a workspace is created or migrated: alembic is slow to
import and start-up stays fast.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from okrdesk.store.schema import APPLICATION_ID, SCHEMA_VERSION

MIGRATIONS = Path(__file__).with_name("migrations")


def revision_of(version: int) -> str:
    return f"{version:04d}"


def upgrade_to_head(conn: sqlite3.Connection, version: int = SCHEMA_VERSION) -> None:
    """Runs the alembic migrations up to workspace format `version` (the newest by default) on the open
    connection, then stamps okrdesk's markers. Older formats are built only by tests of the migrations."""
    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision_of(version))
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
