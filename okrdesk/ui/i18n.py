"""The user's language: which translations are installed, and how dates and numbers are shown.

`install_language(app, choice)` follows `settings.language()` ("system", "en" or "de"). English is the source
language, so it loads nothing; German loads Qt's catalogue (standard buttons, context menus) and okrdesk's.
QLocale.setDefault makes every `QLocale()` format dates and numbers the way the chosen language writes them;
"system" keeps the system's locale with its region (de_AT, en_GB). Calling it again switches: the previous
translators are removed first (widgets built before keep their text until they are built again).

The format helpers below are what the views use for dates, times and numbers instead of strftime/f-strings.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTime, QTranslator

from okrdesk.paths import resources_dir

SHIPPED = ("en", "de")  # languages with a translation; English is the source language
_installed: list[QTranslator] = []


def system_language() -> str:
    """The first shipped language among the system's preferred UI languages, else English."""
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in SHIPPED:
            return code
    return "en"


def resolve_language(choice: str) -> str:
    """ "en" or "de" for a choice of "system", "en" or "de" (anything else follows the system)."""
    return choice if choice in SHIPPED else system_language()


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def install_language(app: QCoreApplication, choice: str) -> str:
    """Installs the translations and default locale for `choice`; returns the language now in use."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve_language(choice)
    system = QLocale.system()
    if choice not in SHIPPED or system.name().split("_")[0] == language:
        QLocale.setDefault(system)  # keeps the region: de_AT writes dates its own way
    else:
        QLocale.setDefault(QLocale(language))
    if language == "en":
        return language
    for name, folder in (
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"okrdesk_{language}", translations_dir()),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_format(locale: QLocale | None = None) -> str:
    """The Qt date format for dates the user reads: the locale's long date without the weekday and with the
    short month name ("d. MMM yyyy" in German, "MMM d, yyyy" in the US and the C locale, "d MMM yyyy" in
    Britain): unambiguous, with a four-digit year."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "MMM d, yyyy"  # the app's English default (and what the domain's format_date writes)
    long_format = locale.dateFormat(QLocale.FormatType.LongFormat)
    return re.sub(r"dddd[,.]?\s*", "", long_format).replace("MMMM", "MMM").strip(" ,")


def format_date(day: date) -> str:
    """A date in the user's language: "Oct 1, 2026", "1. Okt. 2026"."""
    return QLocale().toString(_qdate(day), date_format())


def format_date_range(start: date, end: date) -> str:
    """An inclusive date range: "Oct 1 – Dec 31, 2026" ("1. Okt. – 31. Dez. 2026"); both years across a
    year's end."""
    if start.year != end.year:
        first = format_date(start)
    else:
        without_year = re.sub(r"[,.]?\s*y+[.]?|y+\S*\s*", "", date_format()).strip(" ,")
        first = QLocale().toString(_qdate(start), without_year)
    return QCoreApplication.translate("Formats", "{start} – {end}").format(start=first, end=format_date(end))


def format_time(moment: datetime) -> str:
    """A time of day in the user's locale ("14:05", "2:05 PM")."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def format_datetime(moment: datetime) -> str:
    """A date with its time: "Oct 1, 2026 14:05" ("1. Okt. 2026, 14:05")."""
    return QCoreApplication.translate("Formats", "{date} {time}").format(
        date=format_date(moment.date()), time=format_time(moment)
    )


def format_short_date(day: date) -> str:
    """A compact date for table cells: the locale's short form ("21.11.26", "11/21/26"); ISO in the C locale
    (whose short form, "21 11 2026", nobody writes)."""
    if QLocale().language() == QLocale.Language.C:
        return day.isoformat()
    return QLocale().toString(_qdate(day), QLocale.FormatType.ShortFormat)


def format_short_datetime(moment: datetime) -> str:
    """A compact date and time for table cells and tooltips: "21.11.26 14:05", "2026-11-21 14:05" in C."""
    return f"{format_short_date(moment.date())} {format_time(moment)}"


def format_number(value: float, decimals: int = -1) -> str:
    """A number in the user's locale: "2.5" / "2,5", "1,200" / "1.200"; `decimals` -1 writes as few as needed
    (at most six)."""
    locale = QLocale()
    if decimals >= 0:
        return locale.toString(float(value), "f", decimals)
    if float(value).is_integer() and abs(value) < 1e15:
        return locale.toString(int(value))
    return locale.toString(float(value), "g", 12)


def format_percent(fraction: float, decimals: int = 0) -> str:
    """A fraction as a percentage, "42 %" ("42 %" in German too; the space is the locale's habit)."""
    return QCoreApplication.translate("Formats", "{number} %").format(
        number=format_number(fraction * 100, decimals)
    )


def qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(_qdate(moment.date()), QTime(moment.hour, moment.minute, moment.second))
