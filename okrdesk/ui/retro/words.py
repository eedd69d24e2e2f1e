"""Words and colours the retrospective pages share: score bands, verdicts, the confidence trend."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from okrdesk.domain.model import CheckIn, Cycle, ObjectiveKind
from okrdesk.domain.progress import score_band
from okrdesk.export.words import confidence_trend as trend_of
from okrdesk.export.words import percent
from okrdesk.ui.i18n import format_number

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")

__all__ = [
    "band_colour",
    "band_word",
    "confidence_trend",
    "kind_heading",
    "percent",
    "score_text",
    "verdict_word",
]

#: Light backgrounds that keep dark text readable, also printed in greyscale (the word says the band too).
BAND_COLOURS = {"green": QColor("#cfe9d6"), "yellow": QColor("#fbeab0"), "red": QColor("#f5c9cc")}


def band_word(score: float) -> str:
    """What a score's band means (OKR_RULES.md): delivered, progress made, no real progress."""
    return {
        "green": translate("Retrospective", "delivered"),
        "yellow": translate("Retrospective", "progress made"),
        "red": translate("Retrospective", "no real progress"),
    }[score_band(score)]


def score_text(score: float | None, places: int = 1) -> str:
    """ "0.7 · delivered"; a dash when there is no score."""
    if score is None:
        return "—"
    return f"{format_number(score, places)} · {band_word(score)}"


def band_colour(score: float) -> QColor:
    return BAND_COLOURS[score_band(score)]


def kind_heading(kind: ObjectiveKind) -> str:
    if kind == ObjectiveKind.COMMITTED:
        return translate("Retrospective", "Committed objectives · expected to reach 1.0")
    return translate("Retrospective", "Aspirational objectives · expected around 0.7")


def verdict_word(verdict: str) -> str:
    """The translated form of a domain verdict."""
    return {
        "commitment met": translate("Retrospective", "commitment met"),
        "missed a commitment": translate("Retrospective", "missed a commitment"),
        "a success": translate("Retrospective", "a success"),
        "progress made": translate("Retrospective", "progress made"),
        "fell short": translate("Retrospective", "fell short"),
    }.get(verdict, verdict)


def confidence_trend(check_ins: Sequence[CheckIn], cycle: Cycle) -> str:
    """The last few confidences within the cycle, oldest first, with the direction: "8 → 7 → 5 ↘"."""
    values = [
        c.confidence
        for c in sorted(check_ins, key=lambda c: c.at)
        if c.confidence is not None and cycle.start <= c.at.date() <= cycle.end
    ]
    return trend_of(values) if values else translate("Retrospective", "no confidence given")
