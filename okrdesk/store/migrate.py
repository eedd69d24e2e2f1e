"""Schema creation and upgrades through alembic, plus okrdesk's own markers (application_id, user_version).

Imported only when a workspace is created or migrated: alembic is slow to import and start-up stays fast.
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


def upgrade_to_head(conn: sqlite3.Connection) -> None:
    """Runs every alembic migration on the open connection, then stamps okrdesk's markers."""
    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
