"""The words the exports print for figures: statuses, score bands, percentages, confidence trends.

Plain Python (no Qt), so the Markdown and PDF writers read the same as each other and as the app: a status
or a band is always said in words, never by colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from okrdesk.domain.model import KeyResult, KRType, Status
from okrdesk.domain.progress import confidence_band, score_band
from okrdesk.domain.validation import format_number

STATUS_WORDS = {
    Status.ON_TRACK: "on track",
    Status.AT_RISK: "at risk",
    Status.OFF_TRACK: "off track",
    Status.NO_DATA: "no data",
}
BAND_WORDS = {"green": "delivered", "yellow": "progress made", "red": "no real progress"}
TREND_SHOWN = 4


def status_word(status: Status) -> str:
    return STATUS_WORDS[status]


def percent(share: float | None) -> str:
    """A share as a whole percentage ("87 %"); a dash without one."""
    return "—" if share is None else f"{round(share * 100)} %"


def progress_text(raw: float) -> str:
    """A key result's progress, saying when it is beyond its range: "120 % (overachieved)"."""
    text = percent(raw)
    if raw > 1:
        return f"{text} (overachieved)"
    if raw < 0:
        return f"{text} (below baseline)"
    return text


def score_text(score: float | None, places: int = 1) -> str:
    """ "0.7 · delivered"; a dash when there is no score."""
    if score is None:
        return "—"
    return f"{score:.{places}f} · {BAND_WORDS[score_band(score)]}"


def value_text(value: float, unit: str) -> str:
    """A value with its unit: "42 %", "1200 EUR", "3"."""
    number = format_number(value)
    return f"{number} {unit}".strip() if unit else number


def values_text(kr: KeyResult) -> str:
    """Start → current → target as a person reads them ("start 8 % → now 6.5 % → target 5 %"), with what
    the type means ("target at least 4.5 stars", "now done")."""
    if kr.kr_type == KRType.MILESTONE:
        return f"start not done → now {'done' if kr.current >= 1 else 'not done'} → target done"
    kind = {KRType.AT_LEAST: "at least ", KRType.AT_MOST: "at most "}.get(kr.kr_type, "")
    start, now, target = (value_text(v, kr.unit) for v in (kr.start, kr.current, kr.target))
    return f"start {start} → now {now} → target {kind}{target}"


def confidence_trend(confidences: Sequence[int]) -> str:
    """The last few confidences, oldest first, with the direction: "8 → 7 → 5 ↘"."""
    values = list(confidences)[-TREND_SHOWN:]
    if not values:
        return "no confidence given"
    text = " → ".join(str(v) for v in values)
    if len(values) > 1:
        text += " ↗" if values[-1] > values[0] else " ↘" if values[-1] < values[0] else " →"
    return text


def confidence_text(confidences: Sequence[int]) -> str:
    """The trend and the band of the latest confidence: "confidence 8 → 7 → 5 ↘ (medium)"."""
    if not confidences:
        return "no confidence given"
    return f"confidence {confidence_trend(confidences)} ({confidence_band(confidences[-1])})"


def when(at: datetime) -> str:
    """A check-in's moment as a reader wants it in a report: "2026-11-03 14:30"."""
    return at.strftime("%Y-%m-%d %H:%M")
