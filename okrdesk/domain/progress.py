"""Progress, pace, status and scores: the numbers of shared OKR_RULES.md, as pure functions.

Choices where the rules are silent (each is tested):
- ``clamp`` maps NaN to 0.0, so one corrupt number cannot poison every aggregate above it.
- Weights count only when they are finite and > 0 (NaN or infinite weights are ignored like weight 0).
- ``status`` compares the *clamped* progress with the pace: a KR below its baseline is simply at 0.
- Scores round half up (0.65 → 0.7) after removing float noise below 1e-9 (0.1 + 0.2 is 0.3, not 0.30…04).
- In data with alignment loops (which validation refuses, but a damaged file might hold), a child that
  leads back to an objective still being computed counts as "no data" for it. Which objective of the loop
  sees the other as "no data" depends on the input order; the result is always finite and defined.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from okrdesk.domain.model import Cycle, CycleState, KeyResult, KRType, Objective, ProgressSource, Status

ON_TRACK_GAP = 0.15
AT_RISK_GAP = 0.30
EPSILON = 1e-9

GREEN_SCORE = 0.7
YELLOW_SCORE = 0.4


def clamp(p: float) -> float:
    """Limit a raw progress to [0, 1]; NaN (corrupt data) counts as 0."""
    if math.isnan(p) or p <= 0.0:
        return 0.0
    return min(float(p), 1.0)


def kr_raw_progress(kr_type: KRType, start: float, target: float, current: float) -> float:
    """The raw progress of a key result (may be < 0 or > 1 for increase/decrease).

    For increase/decrease with start == target (invalid, but possibly stored) the KR is 1.0 when the
    current value reached the target in the KR's direction, else 0.0; nothing is divided by zero.
    """
    match kr_type:
        case KRType.INCREASE | KRType.DECREASE:
            if start == target:
                reached = current >= target if kr_type == KRType.INCREASE else current <= target
                return 1.0 if reached else 0.0
            return (current - start) / (target - start)
        case KRType.AT_LEAST:
            return 1.0 if current >= target else 0.0
        case KRType.AT_MOST:
            return 1.0 if current <= target else 0.0
        case KRType.MILESTONE:
            return 1.0 if current >= 1.0 else 0.0
    raise ValueError(f"Unknown key result type: {kr_type!r}")


def key_result_progress(kr: KeyResult) -> float:
    """The raw progress of a key result at its current value (latest check-in, or its start)."""
    return kr_raw_progress(kr.kr_type, kr.start, kr.target, kr.current)


def _counts(weight: float) -> bool:
    return math.isfinite(weight) and weight > 0.0


def _weighted_mean(items: Iterable[tuple[float, float]]) -> float | None:
    total_weight = 0.0
    total = 0.0
    for weight, value in items:
        if _counts(weight):
            total_weight += weight
            total += weight * value
    if total_weight <= 0.0:
        return None
    return total / total_weight


def objective_progress(
    kr_items: Sequence[tuple[float, float]],
    child_progress: Sequence[float | None],
    source: ProgressSource,
) -> float | None:
    """An objective's progress in [0, 1], or None when nothing counts ("no data", never 0).

    kr_items are (weight, raw progress) pairs of its key results; child_progress holds the progress of its
    aligned children (None for a child without data, which is skipped). With ``BOTH`` every child with data
    counts as one more item of weight 1 beside the key results.
    """
    krs = [(weight, clamp(p)) for weight, p in kr_items]
    children = [(1.0, clamp(p)) for p in child_progress if p is not None]
    match source:
        case ProgressSource.KEY_RESULTS:
            items = krs
        case ProgressSource.CHILDREN:
            items = children
        case ProgressSource.BOTH:
            items = krs + children
        case _:
            raise ValueError(f"Unknown progress source: {source!r}")
    mean = _weighted_mean(items)
    return None if mean is None else clamp(mean)


def tree_progress(
    objectives: Iterable[Objective],
    key_results: Iterable[KeyResult],
    kr_progress: Mapping[int, float] | None = None,
) -> dict[int, float | None]:
    """The progress of every given objective, computed bottom-up over the alignment tree.

    Children are the given objectives whose parent_id is the objective; key results of objectives not given
    are ignored. Iterative (no recursion limit, 10,000-deep chains are fine) and each objective is computed
    once. A child that closes an alignment loop counts as None for the objective that reaches it.
    kr_progress: each key result's raw progress by id, when the caller computed it already.
    """
    by_id: dict[int, Objective] = {o.id: o for o in objectives}
    kr_items: dict[int, list[tuple[float, float]]] = {oid: [] for oid in by_id}
    for kr in key_results:
        items = kr_items.get(kr.objective_id)
        if items is not None:
            raw = kr_progress[kr.id] if kr_progress is not None else key_result_progress(kr)
            items.append((kr.weight, raw))
    children: dict[int, list[int]] = {oid: [] for oid in by_id}
    for objective in by_id.values():
        if objective.parent_id is not None and objective.parent_id in children:
            children[objective.parent_id].append(objective.id)

    result: dict[int, float | None] = {}
    on_path: set[int] = set()
    for root in by_id:
        if root in result:
            continue
        stack: list[tuple[int, int]] = [(root, 0)]  # (objective id, index of the next child to visit)
        on_path.add(root)
        while stack:
            node, index = stack[-1]
            kids = children[node]
            if index < len(kids):
                stack[-1] = (node, index + 1)
                kid = kids[index]
                if kid not in result and kid not in on_path:
                    on_path.add(kid)
                    stack.append((kid, 0))
                continue
            stack.pop()
            on_path.discard(node)
            # Every kid is now computed, or an ancestor still on the path (a back-edge): None.
            kid_values = [result.get(kid) for kid in kids]
            result[node] = objective_progress(kr_items[node], kid_values, by_id[node].progress_source)
    return result


def expected_progress(start: date, end: date, on: date) -> float:
    """The share of the cycle elapsed on a date, in days: 0 before the start, 1 from the end on.

    A cycle with end <= start (one day, or invalid) expects 0 before its start and 1 from its start on.
    """
    if on < start:
        return 0.0
    length = (end - start).days
    if length <= 0:
        return 1.0
    return clamp((on - start).days / length)


def status(progress: float | None, expected: float) -> Status:
    """On track, at risk or off track by the gap between the expected pace and the (clamped) progress."""
    if progress is None:
        return Status.NO_DATA
    gap = clamp(expected) - clamp(progress)
    if gap <= ON_TRACK_GAP + EPSILON:
        return Status.ON_TRACK
    if gap <= AT_RISK_GAP + EPSILON:
        return Status.AT_RISK
    return Status.OFF_TRACK


def _round_half_up(value: float, places: int) -> float:
    """Round half up, after rounding away float noise below 1e-9 (so 0.65 → 0.7 and 0.1+0.2 → 0.3)."""
    if abs(value) >= 1e15:  # beyond Decimal's default precision here, and without a fraction to round
        return value
    from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal  # not on the start-up path

    cleaned = Decimal(repr(value)).quantize(Decimal("1e-9"), rounding=ROUND_HALF_EVEN)
    return float(cleaned.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def suggested_score(raw_progress: float) -> float:
    """The suggested retrospective score of a KR: its clamped progress rounded half up to one decimal."""
    return _round_half_up(clamp(raw_progress), 1)


def objective_score(items: Sequence[tuple[float, float]]) -> float | None:
    """Σw·score / Σw over (weight, score) pairs with weight > 0, to two decimals; None if none count."""
    mean = _weighted_mean(items)
    if mean is None or not math.isfinite(mean):
        return None
    return _round_half_up(mean, 2)


def score_band(score: float) -> str:
    """The band of a score: "green" (≥ 0.7, delivered), "yellow" (≥ 0.4, progress made) or "red"."""
    if score >= GREEN_SCORE - EPSILON:
        return "green"
    if score >= YELLOW_SCORE - EPSILON:
        return "yellow"
    return "red"


def confidence_band(confidence: int) -> str:
    """The band of a confidence: "low" (0–3), "medium" (4–6) or "high" (7–10).

    Invalid values outside 0–10 fall in the nearest band rather than failing while drawing.
    """
    if confidence <= 3:
        return "low"
    if confidence <= 6:
        return "medium"
    return "high"


def expected_for(cycle: Cycle, today: date) -> float:
    """The pace a cycle's status is measured against: by date when active, 0 in planning, 1 when closed."""
    if cycle.state == CycleState.PLANNING:
        return 0.0
    if cycle.state == CycleState.CLOSED:
        return 1.0
    return expected_progress(cycle.start, cycle.end, today)
