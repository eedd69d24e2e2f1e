"""Messages from the domain and services, in the user's language.

The domain and services write English (`okrdesk/domain/messages.py`): a `Message` is English text that also
carries its translation context, template and raw parameters. `text()` translates the template with
QCoreApplication.translate and writes numbers and dates the way the user's locale does (okrdesk/ui/i18n.py);
anything that is not a Message (an old plain message, an OSError's words) is shown as it is.
"""

from __future__ import annotations

import string
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from okrdesk.domain.messages import DateRange, Message
from okrdesk.domain.validation import FieldError
from okrdesk.services.errors import ValidationError
from okrdesk.ui.i18n import format_date, format_date_range, format_number


def _value(value: Any) -> str:
    if isinstance(value, Message):
        return translated(value)
    if isinstance(value, DateRange):
        return format_date_range(value.start, value.end)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return format_number(value)
    return str(value)


class _LocaleFormatter(string.Formatter):
    """Fills a translated template: format specs only shape the English, the locale writes the rest."""

    def format_field(self, value: Any, format_spec: str) -> str:
        return _value(value)


_FORMATTER = _LocaleFormatter()

# The one place that translates a context and template held in variables: the domain and services mark their
# templates with QT_TRANSLATE_NOOP("Context", "literal"), which is what pyside6-lupdate extracts.
_catalogue_lookup = QCoreApplication.translate


def translated(message: Message) -> str:
    """A Message in the user's language."""
    template = _catalogue_lookup(message.context, message.template)
    try:
        return _FORMATTER.format(template, **message.params)
    except (KeyError, IndexError, ValueError):  # a broken translation: English beats a crash
        return _FORMATTER.format(message.template, **message.params)


def text(item: object) -> str:
    """What to show for an error, a FieldError, a Message or a plain string, in the user's language."""
    if isinstance(item, Message):
        return translated(item)
    if isinstance(item, str):
        return item
    if isinstance(item, FieldError):
        return text(item.message)
    if isinstance(item, ValidationError) and item.errors:
        return " ".join(text(error.message) for error in item.errors)
    if isinstance(item, BaseException):
        if item.args and isinstance(item.args[0], Message):
            return translated(item.args[0])
        return str(item)
    return str(item)
