"""okrdesk: an offline desktop app for personal and team OKRs."""

__version__ = "0.1.0"
