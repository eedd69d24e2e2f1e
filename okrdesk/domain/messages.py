"""Messages for people that the UI can translate, without Qt: the domain and services stay pure Python.

A `Message` is a `str` holding the English text (what the command line prints and the tests read), plus the
translation context, the English template and its parameters, kept raw (numbers, dates, nested messages) so
the UI (okrdesk/ui/messages.py) can translate the template and write the parameters the user's way.

Templates are wrapped in `QT_TRANSLATE_NOOP("Context", "Template")`: a no-op here, but pyside6-lupdate
extracts calls of that name from any .py file, so the templates land in the translation catalogue.
Templates use str.format fields; a format spec ("{limit:,}") shapes the English only.
"""

from __future__ import annotations

import string
from datetime import date
from typing import Any, NamedTuple


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Marks `text` for translation in `context`; returns it unchanged."""
    return text


class DateRange(NamedTuple):
    """An inclusive range of days as a message parameter ("Oct 1 – Dec 31, 2026")."""

    start: date
    end: date


def english_value(value: Any, spec: str = "") -> str:
    """A parameter written in English: numbers as people write them, dates "Oct 1, 2026"."""
    from okrdesk.domain.cycles import format_date, format_date_range  # late: cycles may import messages

    if isinstance(value, DateRange):
        return format_date_range(value.start, value.end)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if spec:
            return format(value, spec)
        number = float(value)
        if number.is_integer() and abs(number) < 1e15:
            return str(int(number))
        return repr(number)
    return format(str(value), spec) if spec else str(value)


class _EnglishFormatter(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> str:
        return english_value(value, format_spec)


_ENGLISH = _EnglishFormatter()


class Message(str):
    """English text (the str value) that also knows how to be translated: `context`, `template`, `params`."""

    context: str
    template: str
    params: dict[str, Any]

    def __new__(cls, context: str, template: str, **params: Any) -> Message:
        self = super().__new__(cls, _ENGLISH.format(template, **params))
        self.context = context
        self.template = template
        self.params = params
        return self
