"""The rules of a cycle's retrospective: scores and overrides, verdicts, calibration, check-in discipline,
summaries and carry-over, as pure functions (the retrospective wizard and its report build on them).

Choices where shared OKR_RULES.md is silent (each is tested):
- A final KR score lies in 0.0–1.0 in steps of 0.1, like the suggested score and Google's grading scale;
  values within 1e-9 of a step (float noise) count as that step. A score differing from the suggested one
  is an override and needs a non-blank reason; reasons (optional otherwise) are limited to TEXT_MAX.
- ``objective_scores`` uses the KRs' scores only (children do not count, whatever the progress source);
  a KR without an entry in ``scores`` counts with its suggested score.
- Verdicts: a committed objective is expected to reach 1.0, an aspirational one 0.7 (the classic
  committed/aspirational split). Committed: "commitment met" at 1.0, else "missed a commitment".
  Aspirational: "a success" from 0.7, "progress made" from 0.4, else "fell short" (the score bands).
- Calibration: the midpoint is the middle of the cycle's span, from its first day's 00:00 to its last
  day's end (a one-day cycle's midpoint is noon). Only check-ins dated within the cycle and carrying a
  confidence count; ties go to the earlier check-in. Time zones are ignored (wall-clock times compared).
  KRs without such a check-in are left out of their owner's calibration.
- ``calibration_sentence``: "well calibrated" when the mean absolute difference is at most 0.1; otherwise the
  signed mean gives the direction (over-/under-confident when beyond ±0.1, else "off ... in both
  directions") and the mean absolute difference gives the "by" (one decimal, half up).
- Check-in discipline counts weeks of 7 days from the cycle's start (the last partial week counts); with
  ``today`` only weeks begun by then. No week to count (``today`` before the start) gives 0.0. Dates
  outside the counted weeks are ignored.
- ``share_at_least`` and ``mean_score`` round to two decimals, half up; no score gives None.
- A KR misses check-ins when it has none, or its latest is more than ``days`` days before today.
- Carry-over: an increase/decrease/milestone KR that already reached its target cannot be carried with the
  same target (it would measure nothing); at_least/at_most KRs may (keeping a level is their point).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TypedDict

from okrdesk.domain.model import CheckIn, Cycle, KeyResult, KRType, Objective, ObjectiveKind
from okrdesk.domain.progress import (
    EPSILON,
    GREEN_SCORE,
    YELLOW_SCORE,
    _round_half_up,
    key_result_progress,
    objective_score,
    suggested_score,
)
from okrdesk.domain.validation import TEXT_MAX, FieldError, format_number, validate_key_result, validate_title

SCORE_STEP = 0.1
CALIBRATION_TOLERANCE = 0.1
MISSING_CHECK_IN_DAYS = 14


@dataclass(frozen=True, slots=True)
class ScoreEntry:
    """The final score of one key result as the retrospective records it, with the reason for an override."""

    key_result_id: int
    suggested: float
    score: float
    reason: str = ""

    @property
    def overridden(self) -> bool:
        """True when the score differs from the suggested one (and so needs a reason)."""
        return is_override(self.suggested, self.score)


def is_override(suggested: float, score: float) -> bool:
    """True when a score differs from the suggested score by more than float noise."""
    return not abs(score - suggested) <= EPSILON


def validate_score(suggested: float, score: float, reason: str) -> list[FieldError]:
    """Check a final score (0.0–1.0 in steps of 0.1) and that an override says why."""
    errors: list[FieldError] = []
    if not (math.isfinite(score) and -EPSILON <= score <= 1.0 + EPSILON):
        shown = format_number(score) if math.isfinite(score) else "this"
        errors.append(
            FieldError(
                "score",
                f"A score goes from 0.0 (no progress) to 1.0 (delivered); {shown} is outside that range.",
            )
        )
    elif abs(score / SCORE_STEP - round(score / SCORE_STEP)) > 1e-6:
        errors.append(
            FieldError(
                "score",
                f"Scores go in steps of 0.1 (0.0, 0.1 … 1.0); {format_number(score)} lies between two steps.",
            )
        )
    elif is_override(suggested, score) and not reason.strip():
        errors.append(
            FieldError(
                "reason",
                f"You changed the suggested score {suggested:.1f} to {score:.1f}: "
                "say why in a sentence, so readers of the retrospective understand the difference.",
            )
        )
    if len(reason) > TEXT_MAX:
        errors.append(
            FieldError("reason", f"The reason is {len(reason):,} characters long; the limit is {TEXT_MAX:,}.")
        )
    return errors


def objective_scores(
    objectives: Iterable[Objective], key_results: Iterable[KeyResult], scores: Mapping[int, float]
) -> dict[int, float | None]:
    """Each objective's score: the weighted mean of its KRs' scores (weight 0 left out), None without any."""
    items: dict[int, list[tuple[float, float]]] = {objective.id: [] for objective in objectives}
    for kr in key_results:
        if kr.objective_id in items:
            score = scores.get(kr.id)
            if score is None:
                score = suggested_score(key_result_progress(kr))
            items[kr.objective_id].append((kr.weight, score))
    return {objective_id: objective_score(pairs) for objective_id, pairs in items.items()}


def expectation(kind: ObjectiveKind) -> float:
    """The score an objective of this kind is expected to reach: committed 1.0, aspirational 0.7."""
    return 1.0 if kind == ObjectiveKind.COMMITTED else GREEN_SCORE


def verdict(kind: ObjectiveKind, score: float) -> str:
    """A short verdict on an objective's score, measured against what its kind promises."""
    if kind == ObjectiveKind.COMMITTED:
        return "commitment met" if score >= 1.0 - EPSILON else "missed a commitment"
    if score >= GREEN_SCORE - EPSILON:
        return "a success"
    if score >= YELLOW_SCORE - EPSILON:
        return "progress made"
    return "fell short"


def cycle_midpoint(cycle: Cycle) -> datetime:
    """The middle of a cycle: half-way from its first day's start to its last day's end."""
    begin = datetime.combine(cycle.start, time())
    end = datetime.combine(cycle.end + timedelta(days=1), time())
    return begin + (end - begin) / 2


def midpoint_confidence(check_ins: Iterable[CheckIn], cycle: Cycle) -> int | None:
    """The confidence of the check-in within the cycle nearest its midpoint (ties: the earlier), or None."""
    midpoint = cycle_midpoint(cycle)
    best: tuple[timedelta, datetime, int] | None = None
    for check_in in check_ins:
        at = check_in.at.replace(tzinfo=None)
        if check_in.confidence is None or not cycle.start <= at.date() <= cycle.end:
            continue
        candidate = (abs(at - midpoint), at, check_in.confidence)
        if best is None or candidate[:2] < best[:2]:
            best = candidate
    return None if best is None else best[2]


@dataclass(frozen=True, slots=True)
class Calibration:
    """How an owner's mid-cycle confidence (÷10) compared with the final scores of their KRs.

    signed_mean > 0 means over-confident; absolute_mean is what OKR_RULES.md shows. Both to two decimals.
    """

    signed_mean: float
    absolute_mean: float
    count: int


def calibration(entries: Iterable[tuple[int | None, int | None, float]]) -> dict[int | None, Calibration]:
    """Calibration per owner from (owner id, midpoint confidence or None, score); None confidence: skipped."""
    differences: dict[int | None, list[float]] = {}
    for owner_id, confidence, score in entries:
        if confidence is not None:
            differences.setdefault(owner_id, []).append(confidence / 10 - score)
    return {
        owner_id: Calibration(
            signed_mean=_round_half_up(sum(values) / len(values), 2) + 0.0,
            absolute_mean=_round_half_up(sum(abs(v) for v in values) / len(values), 2),
            count=len(values),
        )
        for owner_id, values in differences.items()
    }


def calibration_sentence(name: str, cal: Calibration) -> str:
    """One sentence on an owner's calibration (the rule is in the module docstring)."""
    tolerance = f"{CALIBRATION_TOLERANCE:.1f}"
    if cal.absolute_mean <= CALIBRATION_TOLERANCE + EPSILON:
        return f"{name} was well calibrated (within {tolerance})"
    by = f"{_round_half_up(cal.absolute_mean, 1):.1f}"
    if cal.signed_mean > CALIBRATION_TOLERANCE + EPSILON:
        return f"{name} was over-confident by {by} on average"
    if cal.signed_mean < -CALIBRATION_TOLERANCE - EPSILON:
        return f"{name} was under-confident by {by} on average"
    return f"{name} was off by {by} on average, in both directions"


def _week_count(cycle: Cycle, today: date | None) -> int:
    last = cycle.end if today is None else min(cycle.end, today)
    if last < cycle.start:
        return 0
    return (last - cycle.start).days // 7 + 1


def check_in_discipline(check_in_dates: Iterable[date], cycle: Cycle, today: date | None = None) -> float:
    """The share of the cycle's weeks (begun by today, if given) that hold at least one check-in."""
    weeks = _week_count(cycle, today)
    if weeks == 0:
        return 0.0
    covered = {(on - cycle.start).days // 7 for on in check_in_dates if cycle.start <= on <= cycle.end}
    return len({week for week in covered if week < weeks}) / weeks


def mean_check_in_discipline(
    dates_per_key_result: Iterable[Iterable[date]], cycle: Cycle, today: date | None = None
) -> float | None:
    """The mean of the per-KR check-in disciplines (one iterable of dates per KR); None without KRs."""
    shares = [check_in_discipline(dates, cycle, today) for dates in dates_per_key_result]
    return sum(shares) / len(shares) if shares else None


def share_at_least(scores: Iterable[float], threshold: float = GREEN_SCORE) -> float | None:
    """The share of scores at or above the threshold (0.7: delivered), to two decimals; None without any."""
    values = list(scores)
    if not values:
        return None
    return _round_half_up(sum(1 for s in values if s >= threshold - EPSILON) / len(values), 2)


def mean_score(scores: Iterable[float]) -> float | None:
    """The plain mean of the scores, to two decimals (half up); None without any."""
    values = list(scores)
    return _round_half_up(sum(values) / len(values), 2) if values else None


class CarriedKeyResult(TypedDict):
    """The fields of the new key result that carrying an old one into the next cycle creates."""

    objective_id: int
    title: str
    kr_type: KRType
    start: float
    target: float
    unit: str
    weight: float
    owner_id: int | None
    description: str
    carried_from_id: int


def carried_key_result(
    old: KeyResult, target_objective_id: int, *, title: str | None = None, target: float | None = None
) -> CarriedKeyResult:
    """The new KR: starts where the old one stands, keeps its target unless given, records its origin."""
    return CarriedKeyResult(
        objective_id=target_objective_id,
        title=old.title if title is None else title,
        kr_type=old.kr_type,
        start=old.current,
        target=old.target if target is None else target,
        unit=old.unit,
        weight=old.weight,
        owner_id=old.owner_id,
        description=old.description,
        carried_from_id=old.id,
    )


def _already_reached(old: KeyResult) -> bool:
    match old.kr_type:
        case KRType.INCREASE:
            return old.current >= old.target
        case KRType.DECREASE:
            return old.current <= old.target
        case KRType.MILESTONE:
            return old.current >= 1
    return False


def carry_problems(old: KeyResult, title: str | None = None, target: float | None = None) -> list[FieldError]:
    """What stops carrying a KR with this title and target (None: unchanged) into the next cycle."""
    errors = validate_title(old.title if title is None else title)
    unchanged = target is None or target == old.target
    if unchanged and _already_reached(old):
        return [
            *errors,
            FieldError(
                "target",
                f"This key result is at {format_number(old.current)} and already reached its target "
                f"({format_number(old.target)}); change the target or drop it.",
            ),
        ]
    new_target = old.target if target is None else target
    return errors + validate_key_result(old.kr_type, old.current, new_target, old.weight, old.unit)


def duplicate_carries(decisions: Iterable[int]) -> list[int]:
    """The key result ids chosen more than once (each listed once, in order of first appearance)."""
    ids = list(decisions)
    counts = Counter(ids)
    return [kr_id for kr_id in dict.fromkeys(ids) if counts[kr_id] > 1]


def missing_check_ins(
    key_results: Iterable[KeyResult], today: date, days: int = MISSING_CHECK_IN_DAYS
) -> list[KeyResult]:
    """The KRs without a check-in, or whose latest is more than ``days`` days before today."""
    return [
        kr for kr in key_results if kr.last_check_in is None or (today - kr.last_check_in.date()).days > days
    ]


def objectives_without_key_results(
    objectives: Iterable[Objective], key_results: Iterable[KeyResult]
) -> list[Objective]:
    """The objectives that have no key result at all (nothing to score)."""
    owners = {kr.objective_id for kr in key_results}
    return [objective for objective in objectives if objective.id not in owners]
