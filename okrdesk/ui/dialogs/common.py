"""Small helpers shared by the dialogs: plain-text labels, the inline error line, dates, plurals."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QAbstractButton, QDateEdit, QLabel, QPushButton, QWidget

from okrdesk.ui.controller import Controller, EditCommand
from okrdesk.ui.i18n import date_format


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    """A QLabel that never interprets its text as rich text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


class ErrorLabel(QLabel):
    """The inline line that says why an edit was refused; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setObjectName("errorLabel")
        self.setAccessibleName(QCoreApplication.translate("Dialogs", "Problem"))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.red)
        self.setPalette(palette)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, message: str) -> None:
        """Shows a message (an empty one hides the line)."""
        self.setText(message)
        self.setAccessibleDescription(message)
        self.setVisible(bool(message))

    def clear_message(self) -> None:
        self.show_message("")


def execute(controller: Controller, command: EditCommand) -> str | None:
    """Runs an edit onto the main undo stack; returns the refusal for the dialog to show inline, or None."""
    return controller.try_execute(command)


def plural(count: int, one: str, many: str, *legacy: Any) -> str:
    """A phrase for a count: `one` for exactly 1, else `many`, with %n replaced by the count in the user's
    locale. Both phrases come translated from literal sources, so lupdate sees them:
    `plural(n, self.tr("%n objective"), self.tr("%n objectives"))` (German, like English, uses the
    singular for exactly one).

    The older form `plural("Context", n, "%n one", "%n many")` still works, but lupdate cannot extract its
    phrases (tests/ui/test_translations.py reports it): move such calls to the form above."""
    if legacy:
        context, count, one, many = str(count), int(one), many, str(legacy[0])  # type: ignore[call-overload]
        one = many = QCoreApplication.translate(context, one if count == 1 else many)  # i18n: legacy form
    return (one if count == 1 else many).replace("%n", QLocale().toString(count))


def join_phrases(phrases: list[str]) -> str:
    """ "a", "a and b", "a, b and c" (translatable connector)."""
    if len(phrases) <= 1:
        return "".join(phrases)
    connector = QCoreApplication.translate("Dialogs", " and ")
    return ", ".join(phrases[:-1]) + connector + phrases[-1]


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_edit(accessible_name: str, parent: QWidget | None = None) -> QDateEdit:
    """A date field with a calendar popup and an unambiguous display (four-digit year, month name)."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())  # the locale's order and month names, four-digit year
    edit.setDateRange(QDate(1900, 1, 1), QDate(2999, 12, 31))
    edit.setAccessibleName(accessible_name)
    return edit


def no_default_buttons(widget: QWidget) -> None:
    """Stops Enter in a field from pressing a button (Enter commits the field instead)."""
    for button in widget.findChildren(QAbstractButton):
        if isinstance(button, QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)


def add_undo_actions(dialog: QWidget, controller: Controller) -> None:
    """Ctrl+Z / Ctrl+Shift+Z in a modal dialog work on the main undo stack (the main window's menu cannot)."""
    undo = controller.undo_stack.createUndoAction(dialog, QCoreApplication.translate("Dialogs", "Undo"))
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    redo = controller.undo_stack.createRedoAction(dialog, QCoreApplication.translate("Dialogs", "Redo"))
    redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
    for action in (undo, redo):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        dialog.addAction(action)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows user text literally (Qt would otherwise guess and render markup in it)."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"
