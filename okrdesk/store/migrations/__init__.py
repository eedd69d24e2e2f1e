"""Alembic migrations of the workspace schema (run by okrdesk.store.migrate, never by hand)."""
