"""Check-in rules beyond validation: warnings worth a second look, when a key result is due, and the
progress of a key result or an objective over time (for the charts and the preview).

Choices where shared OKR_RULES.md is silent:
- A value is "far from the range" when it lies at least 9 × the key result's scale beyond the range from
  start to target, the scale being the largest of |start|, |target| and |target − start|. For 0 → 100 the
  warning starts at 1,000 (10× the target) and at −900. Such values are accepted, with a warning.
- A check-in dated outside its cycle is accepted with a warning (backdating within the cycle is normal);
  the callers ask for a confirmation when the cycle is closed. A date in the future is refused: the
  current value follows the latest check-in, and a future one would hide every real one until then.
- A key result is due for a check-in when its cycle is active and its latest check-in (or, without one,
  the cycle's start) lies more than `stale_days` days before today.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from okrdesk.domain.cycles import format_date, format_date_range
from okrdesk.domain.model import CheckIn, Cycle, CycleState, KeyResult, KRType, Status
from okrdesk.domain.progress import clamp, expected_for, key_result_progress, status
from okrdesk.domain.validation import FieldError, format_number

FAR_FACTOR = 9.0  # beyond the range by more than this many scales: "a typo?"


@dataclass(frozen=True, slots=True)
class CheckInWarning:
    """Something about a check-in worth a second look; it does not stop the check-in."""

    kind: str  # "far" | "outside_cycle"
    message: str


def _scale(kr: KeyResult) -> float:
    return max(abs(kr.start), abs(kr.target), abs(kr.target - kr.start)) or 1.0


def value_warning(kr: KeyResult, value: float) -> CheckInWarning | None:
    """A warning when a value lies far outside the key result's range (a typo, often a missing point)."""
    if kr.kr_type == KRType.MILESTONE:
        return None
    low, high = min(kr.start, kr.target), max(kr.start, kr.target)
    scale = _scale(kr)
    if low - FAR_FACTOR * scale < value < high + FAR_FACTOR * scale:
        return None
    if kr.target and value / kr.target >= 10:
        times = f"{value / kr.target:,.0f}"
        message = f"{format_number(value)} is {times}× the target ({format_number(kr.target)}): a typo?"
    else:
        message = (
            f"{format_number(value)} is far outside the range from {format_number(kr.start)} "
            f"to {format_number(kr.target)}: a typo?"
        )
    return CheckInWarning("far", message)


def date_warning(cycle: Cycle, on: date) -> CheckInWarning | None:
    """A warning when a check-in's date lies outside its cycle."""
    if cycle.start <= on <= cycle.end:
        return None
    closed = ""
    if cycle.state == CycleState.CLOSED:
        closed = " It is closed: record it only if you are correcting its history."
    return CheckInWarning(
        "outside_cycle",
        f"{format_date(on)} lies outside the cycle {cycle.name} "
        f"({format_date_range(cycle.start, cycle.end)}).{closed}",
    )


def date_problem(at: datetime, now: datetime) -> FieldError | None:
    """A check-in cannot be dated in the future (a minute's clock skew is tolerated)."""
    if (at - now).total_seconds() > 60:
        return FieldError("at", "A check-in cannot be dated in the future.")
    return None


def check_in_warnings(kr: KeyResult, value: float, cycle: Cycle | None, on: date) -> list[CheckInWarning]:
    """Every warning for a check-in of `value` on `on` (empty when nothing looks odd)."""
    found = [value_warning(kr, value), date_warning(cycle, on) if cycle is not None else None]
    return [w for w in found if w is not None]


def needs_confirmation(cycle: Cycle | None, on: date) -> bool:
    """A check-in outside a closed cycle is recorded only after the user confirms it."""
    return cycle is not None and cycle.state == CycleState.CLOSED and date_warning(cycle, on) is not None


def expected_value(kr: KeyResult, expected: float) -> float:
    """The value a key result should show at an expected share of its cycle (the target for the "keep"
    types and milestones, which have no pace in between)."""
    if kr.kr_type in (KRType.INCREASE, KRType.DECREASE):
        return kr.start + clamp(expected) * (kr.target - kr.start)
    return kr.target


def preview(kr: KeyResult, value: float, cycle: Cycle | None, today: date) -> tuple[float, Status]:
    """The raw progress and status the key result would have with a check-in of `value`."""
    raw = key_result_progress(replace(kr, last_value=value))
    expected = expected_for(cycle, today) if cycle is not None else 0.0
    return raw, status(raw, expected)


def is_due(kr: KeyResult, cycle: Cycle, today: date, stale_days: int) -> bool:
    """True when the key result of an active cycle has gone more than `stale_days` days without a check-in."""
    if cycle.state != CycleState.ACTIVE:
        return False
    last = kr.last_check_in.date() if kr.last_check_in is not None else cycle.start
    return (today - last).days > stale_days


# ---- progress over time ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Point:
    """One point of a progress line: when, the raw progress then (None: no data), and the confidence
    given then (None when that check-in had none, or for an objective)."""

    at: datetime
    progress: float | None
    confidence: int | None = None
    value: float | None = None


def key_result_series(
    kr: KeyResult, check_ins: Sequence[CheckIn], origin: datetime | None = None
) -> list[Point]:
    """The key result's raw progress after each check-in, in time order, starting at `origin` from its
    start value when given and earlier than the first check-in."""
    ordered = sorted(check_ins, key=lambda c: (c.at, c.id))
    points: list[Point] = []
    if origin is not None and (not ordered or origin < ordered[0].at):
        points.append(Point(origin, key_result_progress(replace(kr, last_value=None)), None, kr.start))
    for c in ordered:
        raw = key_result_progress(replace(kr, last_value=c.value))
        points.append(Point(c.at, raw, c.confidence, c.value))
    return points


def objective_series(
    key_results: Iterable[KeyResult],
    check_ins: Mapping[int, Sequence[CheckIn]],
    origin: datetime | None = None,
) -> list[Point]:
    """The objective's progress from its key results after each of their check-ins (weighted mean of the
    clamped progress, as OKR_RULES.md says), starting at `origin` from every start value when given.

    Check-ins at the same moment make one point. None when no key result has a weight above 0.
    """
    krs = [kr for kr in key_results if kr.weight > 0]
    current = {kr.id: key_result_progress(replace(kr, last_value=None)) for kr in krs}
    total = sum(kr.weight for kr in krs)

    def mean() -> float | None:
        if not krs or total <= 0:
            return None
        return sum(kr.weight * clamp(current[kr.id]) for kr in krs) / total

    by_id = {kr.id: kr for kr in krs}
    events = sorted(
        (c for kr_id in by_id for c in check_ins.get(kr_id, ())),
        key=lambda c: (c.at, c.id),
    )
    points: list[Point] = []
    if origin is not None and (not events or origin < events[0].at):
        points.append(Point(origin, mean()))
    for c in events:
        kr = by_id[c.key_result_id]
        current[kr.id] = key_result_progress(replace(kr, last_value=c.value))
        point = Point(c.at, mean())
        if points and points[-1].at == c.at:
            points[-1] = point
        else:
            points.append(point)
    return points
