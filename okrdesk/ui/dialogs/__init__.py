"""Dialogs: people and teams, cycles, preferences, alignment. Import each from its own module.

Every dialog shows user text as plain text, reports refused edits inline (never as a crash), and makes its
edits through the controller so that they land on the main undo stack.
"""
