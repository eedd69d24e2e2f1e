"""Pure OKR rules and data types (shared OKR_RULES.md). No Qt, no SQLAlchemy."""
