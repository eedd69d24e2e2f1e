"""Persistence: the workspace file (SQLite), its schema, migrations and the fast read path.

Modules here that the first screen needs (header, connection, fastread) use only the standard library;
SQLAlchemy (schema, writes) and alembic (migrations) are imported when first used.
"""
