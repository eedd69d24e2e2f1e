"""workspace id: format 2 gives every workspace a random id, kept in settings

Backups carry the id of the workspace they were made from, so "Restore from Backup…" lists only the
backups of this workspace, even when several workspaces with similar names share a folder.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "INSERT OR IGNORE INTO settings (key, value) VALUES ('workspace_id', lower(hex(randomblob(16))))"
    )


def downgrade() -> None:
    op.execute("DELETE FROM settings WHERE key = 'workspace_id'")
