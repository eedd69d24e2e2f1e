"""The review pack: everything a review meeting (or a 1:1) looks at for one cycle and one scope, as plain
data for the PDF, Markdown and the app's export dialog. Figures follow shared OKR_RULES.md.

Choices where the rules are silent:
- A scope is the whole workspace, a team (with its sub-teams and their people) or one person; what it
  covers follows domain/scope.py (a key result counts for its own owner, else its objective's), and an
  objective owned in the scope comes with all its key results (those a colleague owns included): a 1:1
  about your objective looks at every measure of it. One brought in by a key result shows just those.
- Objectives are listed depth-first in alignment order: an objective aligned to another objective of the
  pack comes right after it (one level deeper); one aligned to an objective outside the pack (another cycle
  or another scope) starts at the top and names what it aligns to.
- Progress and status are those of the main window and `okrdesk list` (children in other cycles count), with
  the pace of the cycle on the pack's day (0 in planning, 1 once closed).
- Scores come from the cycle's stored retrospective, when it has one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from okrdesk.domain.checkins import Point, key_result_series
from okrdesk.domain.model import CheckIn, Cycle, KeyResult, Objective, Owner, OwnerKind, Status
from okrdesk.domain.progress import clamp, expected_for, key_result_progress, status, tree_progress
from okrdesk.domain.scope import key_result_owner, owners_in_scope, review_items, team_of
from okrdesk.services.errors import NotFoundError

if TYPE_CHECKING:
    from okrdesk.services.workspace import Workspace

__all__ = [
    "NO_TEAM",
    "ReviewKeyResult",
    "ReviewObjective",
    "ReviewPack",
    "ReviewScope",
    "review_pack",
    "review_scope",
]

NO_TEAM = "No team"
WHOLE_WORKSPACE = "Whole workspace"


@dataclass(frozen=True, slots=True)
class ReviewScope:
    """Whose OKRs a pack covers: everyone (owner None), a team and everyone below it, or one person."""

    owner: Owner | None = None

    @property
    def label(self) -> str:
        if self.owner is None:
            return WHOLE_WORKSPACE
        if self.owner.kind == OwnerKind.TEAM:
            return f"Team {self.owner.name}"
        return self.owner.name

    @property
    def phrase(self) -> str:
        """The scope inside a sentence: "the whole workspace", "team Sales", "Grace Mensah"."""
        if self.owner is None:
            return "the whole workspace"
        return f"team {self.owner.name}" if self.owner.kind == OwnerKind.TEAM else self.owner.name

    @property
    def file_label(self) -> str:
        """A short form for file names ("all", the team's or the person's name)."""
        return "all" if self.owner is None else self.owner.name


def review_scope(workspace: Workspace, team: str | None = None, owner: str | None = None) -> ReviewScope:
    """The scope named by a team or a person (names compare without case); NotFoundError names the choices."""
    if team is None and owner is None:
        return ReviewScope()
    kind = OwnerKind.TEAM if team is not None else OwnerKind.PERSON
    name = (team if team is not None else owner) or ""
    candidates = workspace.teams() if kind == OwnerKind.TEAM else workspace.people()
    wanted = name.strip().casefold()
    for candidate in candidates:
        if candidate.name.strip().casefold() == wanted:
            return ReviewScope(candidate)
    what, plural = ("team", "teams") if kind == OwnerKind.TEAM else ("person", "people")
    others = workspace.people() if kind == OwnerKind.TEAM else workspace.teams()
    if any(other.name.strip().casefold() == wanted for other in others):
        other_kind = "a person" if kind == OwnerKind.TEAM else "a team"
        raise NotFoundError(f"'{name}' is {other_kind}, not a {what}.")
    known = ", ".join(sorted((c.name for c in candidates), key=str.casefold)) or "none yet"
    raise NotFoundError(f"There is no {what} called '{name}'. The workspace's {plural}: {known}.")


@dataclass(frozen=True, slots=True)
class ReviewKeyResult:
    key_result: KeyResult
    owner: str
    raw_progress: float
    status: Status
    check_ins: tuple[CheckIn, ...]  # oldest first
    series: tuple[Point, ...]  # from the cycle's start, one point per check-in
    score: float | None = None
    score_reason: str = ""

    @property
    def progress(self) -> float:
        return clamp(self.raw_progress)

    @property
    def confidences(self) -> tuple[int, ...]:
        """The confidences given, oldest first (check-ins without one are skipped)."""
        return tuple(c.confidence for c in self.check_ins if c.confidence is not None)

    def latest_notes(self, count: int | None) -> list[CheckIn]:
        """The latest check-ins with a note, newest first: the last `count`, or all for None."""
        noted = [c for c in reversed(self.check_ins) if c.note.strip()]
        return noted if count is None else noted[:count]


@dataclass(frozen=True, slots=True)
class ReviewObjective:
    objective: Objective
    owner: str
    team: str
    depth: int
    progress: float | None
    status: Status
    key_results: tuple[ReviewKeyResult, ...]
    aligns_to: str = ""  # the title of a parent outside the pack, else ""
    score: float | None = None
    verdict: str | None = None


@dataclass(frozen=True, slots=True)
class ReviewPack:
    workspace: str
    cycle: Cycle
    scope: ReviewScope
    made_on: date
    expected: float
    objectives: tuple[ReviewObjective, ...]
    authors: Mapping[int, str] = field(default_factory=dict)
    retrospective: dict[str, Any] | None = None

    @property
    def key_results(self) -> list[ReviewKeyResult]:
        return [kr for o in self.objectives for kr in o.key_results]

    def status_counts(self) -> dict[Status, int]:
        """How many objectives of the pack are in each status (every status listed, zeros included)."""
        counts = Counter(o.status for o in self.objectives)
        return {s: counts.get(s, 0) for s in Status}

    def by_team(self) -> list[tuple[str, list[ReviewObjective]]]:
        """The objectives grouped by their owner's team, teams alphabetically, "No team" last."""
        groups: dict[str, list[ReviewObjective]] = {}
        for o in self.objectives:
            groups.setdefault(o.team, []).append(o)
        named = sorted((t for t in groups if t != NO_TEAM), key=str.casefold)
        return [(t, groups[t]) for t in named] + ([(NO_TEAM, groups[NO_TEAM])] if NO_TEAM in groups else [])

    @property
    def has_scores(self) -> bool:
        return any(o.score is not None for o in self.objectives)


def _tree_order(objectives: Sequence[Objective]) -> list[tuple[Objective, int]]:
    """Depth-first alignment order with depths; loop-safe (a loop's objectives start at the top)."""
    given = {o.id: o for o in objectives}
    kids: dict[int, list[Objective]] = {}
    for o in objectives:
        if o.parent_id is not None and o.parent_id in given and o.parent_id != o.id:
            kids.setdefault(o.parent_id, []).append(o)
    for siblings in kids.values():
        siblings.sort(key=lambda o: (o.position, o.id))
    roots = sorted((o for o in objectives if o.parent_id not in given), key=lambda o: (o.position, o.id))
    order: list[tuple[Objective, int]] = []
    placed: set[int] = set()
    for root in [*roots, *sorted(objectives, key=lambda o: (o.position, o.id))]:
        if root.id in placed:
            continue
        stack = [(root, 0)]
        while stack:
            node, depth = stack.pop()
            if node.id in placed:
                continue
            placed.add(node.id)
            order.append((node, depth))
            stack.extend((kid, depth + 1) for kid in reversed(kids.get(node.id, [])))
    return order


def review_pack(
    workspace: Workspace,
    cycle_name: str,
    scope: ReviewScope | None = None,
    today: date | None = None,
) -> ReviewPack:
    """The review pack of the named cycle for a scope (default: everyone) on a day (default: today).

    NotFoundError when no cycle has that name.
    """
    scope = scope or ReviewScope()
    day = today or date.today()
    cycle = workspace.cycle_by_name(cycle_name)
    tree = workspace.cycle_tree(cycle.id)
    owners = {o.id: o for o in workspace.owners()}
    progress = tree_progress(tree.objectives, tree.key_results)
    expected = expected_for(cycle, day)
    own = [o for o in tree.objectives if o.cycle_id == cycle.id]
    own_krs = [kr for kr in tree.key_results if kr.objective_id in {o.id for o in own}]
    owner_ids = None if scope.owner is None else owners_in_scope(owners.values(), scope.owner.id)
    items = review_items(own, own_krs, owner_ids)
    by_id = {o.id: o for o in tree.objectives}
    outside = {o.id: o for o in tree.outside_parents}
    chosen = {o.id for o in items.objectives}

    retrospective = None
    kr_scores: dict[str, tuple[float, str]] = {}
    objective_scores: dict[str, tuple[float | None, str | None]] = {}
    if workspace.has_retrospective(cycle.id):
        from okrdesk.services.retro_report import retrospective_document  # loads SQLAlchemy: only when needed

        retrospective = retrospective_document(workspace, cycle.name)
        kr_scores = {s["ref"]: (s["score"], s["override_reason"] or "") for s in retrospective["scores"]}
        objective_scores = {o["ref"]: (o["score"], o["verdict"]) for o in retrospective["objectives"]}
        if owner_ids is not None:
            names = {owners[i].name for i in owner_ids if i in owners}
            retrospective = _scoped_retrospective(
                retrospective, chosen, {kr.ref for kr in items.key_results}, names
            )

    check_ins = workspace.check_ins_of([kr.id for kr in items.key_results])
    origin = datetime.combine(cycle.start, time())

    def name(owner_id: int | None) -> str:
        owner = owners.get(owner_id) if owner_id is not None else None
        return "" if owner is None else owner.name

    krs_of: dict[int, list[ReviewKeyResult]] = {}
    for kr in sorted(items.key_results, key=lambda k: (k.position, k.id)):
        raw = key_result_progress(kr)
        score, reason = kr_scores.get(kr.ref, (None, ""))
        krs_of.setdefault(kr.objective_id, []).append(
            ReviewKeyResult(
                key_result=kr,
                owner=name(key_result_owner(kr, by_id)),
                raw_progress=raw,
                status=status(clamp(raw), expected),
                check_ins=tuple(check_ins.get(kr.id, ())),
                series=tuple(key_result_series(kr, check_ins.get(kr.id, ()), origin)),
                score=score,
                score_reason=reason,
            )
        )

    objectives: list[ReviewObjective] = []
    for objective, depth in _tree_order(items.objectives):
        value = progress.get(objective.id)
        parent = objective.parent_id
        aligns_to = ""
        if parent is not None and parent not in chosen:
            other = by_id.get(parent) or outside.get(parent)
            aligns_to = other.title if other is not None else ""
        team = team_of(objective.owner_id, owners)
        score, verdict = objective_scores.get(objective.ref, (None, None))
        objectives.append(
            ReviewObjective(
                objective=objective,
                owner=name(objective.owner_id),
                team=owners[team].name if team is not None else NO_TEAM,
                depth=depth,
                progress=value,
                status=status(value, expected),
                key_results=tuple(krs_of.get(objective.id, ())),
                aligns_to=aligns_to,
                score=score,
                verdict=verdict,
            )
        )
    return ReviewPack(
        workspace=workspace.path.stem,
        cycle=cycle,
        scope=scope,
        made_on=day,
        expected=expected,
        objectives=tuple(objectives),
        authors={o.id: o.name for o in owners.values() if o.kind == OwnerKind.PERSON},
        retrospective=retrospective,
    )


def _scoped_retrospective(
    document: dict[str, Any], objective_ids: set[int], kr_refs: set[str], owner_names: set[str]
) -> dict[str, Any] | None:
    """The retrospective document cut to a team's or a person's pack: its objectives and key results, and
    the calibration and development needs of the people in the scope (None when nothing is left).

    The cycle's summary figures stay those of the stored retrospective (they describe the whole cycle).
    """
    from okrdesk.domain.model import objective_ref

    objective_refs = {objective_ref(i) for i in objective_ids}
    scoped = dict(document)
    scoped["scores"] = [s for s in document["scores"] if s["ref"] in kr_refs]
    scoped["objectives"] = [o for o in document["objectives"] if o["ref"] in objective_refs]
    scoped["carry_over"] = [c for c in document["carry_over"] if c["ref"] in kr_refs]
    scoped["calibration"] = [c for c in document["calibration"] if c["owner"] in owner_names]
    scoped["development_needs"] = [n for n in document["development_needs"] if n["person"] in owner_names]
    if not scoped["scores"] and not scoped["objectives"]:
        return None
    return scoped
