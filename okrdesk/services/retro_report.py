"""The stored retrospective of a cycle as a JSON-ready document: for `okrdesk retro --json`, the app's
retrospective view and the exports. Figures come from the domain rules (OKR_RULES.md)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from okrdesk.domain import retro
from okrdesk.domain.model import CheckIn, Cycle, KeyResult, Objective, Owner, key_result_ref, objective_ref
from okrdesk.domain.retro import Calibration
from okrdesk.domain.scope import key_result_owner, mean_score_by_team
from okrdesk.services.retro import read_retrospective, retrospective_scope

if TYPE_CHECKING:
    from okrdesk.services.workspace import Workspace

__all__ = ["NO_TEAM", "owner_calibrations", "retrospective_document", "team_means"]


NO_TEAM = "No team"


def owner_calibrations(
    key_results: Iterable[KeyResult],
    objectives: Mapping[int, Objective],
    owners: Mapping[int, Owner],
    check_ins: Mapping[int, Sequence[CheckIn]],
    cycle: Cycle,
    scores: Mapping[int, float],
) -> list[tuple[str, Calibration]]:
    """Calibration per owner (by name; key results without an owner under "No owner"), owners without a
    mid-cycle confidence left out: midpoint confidence ÷ 10 against the final score (OKR_RULES.md)."""
    entries = [
        (
            key_result_owner(kr, objectives),
            retro.midpoint_confidence(check_ins.get(kr.id, ()), cycle),
            scores[kr.id],
        )
        for kr in key_results
        if kr.id in scores
    ]
    named = [
        (owners[owner_id].name if owner_id is not None and owner_id in owners else "No owner", cal)
        for owner_id, cal in retro.calibration(entries).items()
    ]
    return sorted(named, key=lambda pair: pair[0].casefold())


def team_means(
    key_results: Iterable[KeyResult],
    objectives: Mapping[int, Objective],
    owners: Mapping[int, Owner],
    scores: Mapping[int, float],
) -> list[tuple[str, float]]:
    """The mean score per team by name (teams first, alphabetically; "No team" last)."""
    means = mean_score_by_team(key_results, objectives, owners, scores)
    named = sorted(
        ((owners[team].name, value) for team, value in means.items() if team is not None),
        key=lambda pair: pair[0].casefold(),
    )
    if None in means:
        named.append((NO_TEAM, means[None]))
    return named


def retrospective_document(workspace: Workspace, cycle_name: str) -> dict[str, Any]:
    """The stored retrospective of the named cycle as plain JSON-ready data (NotFoundError without one)."""
    from okrdesk.services.errors import NotFoundError

    cycle = workspace.cycle_by_name(cycle_name)
    stored = read_retrospective(workspace, cycle.id)
    if stored is None:
        raise NotFoundError(f"{cycle.name} has no retrospective yet.")
    ctx = retrospective_scope(workspace, cycle.id)
    owners = {o.id: o for o in workspace.owners()}
    # What the retrospective covers: the key results it scored (a scoped one covers part of the cycle)
    # and the objectives holding them or reflected on.
    scored_ids = {e.key_result_id for e in stored.scores}
    krs = {kr_id: kr for kr_id, kr in ctx.key_results.items() if kr_id in scored_ids}
    reflected = {r.objective_id for r in stored.reflections}
    covered = [
        o
        for o in ctx.objectives.values()
        if o.id in reflected or any(k.objective_id == o.id for k in krs.values())
    ]
    scores = {e.key_result_id: e.score for e in stored.scores}
    objective_scores = retro.objective_scores(covered, krs.values(), scores)
    reflections = {r.objective_id: r for r in stored.reflections}
    check_ins = workspace.check_ins_of(list(krs))
    # Weeks counted up to the finish (a retrospective held before the cycle's last day is judged on its day).
    discipline = retro.mean_check_in_discipline(
        ([c.at.date() for c in check_ins[kr_id]] for kr_id in krs),
        cycle,
        None if stored.finished_at is None else stored.finished_at.date(),
    )
    cycles = {c.id: c.name for c in workspace.cycles()}
    new_krs = {
        kr.id: kr
        for kr in workspace.key_results_by_id(
            [c.new_key_result_id for c in stored.carry_overs if c.new_key_result_id is not None]
        )
    }

    def owner(owner_id: int | None) -> str:
        return "" if owner_id is None or owner_id not in owners else owners[owner_id].name

    def kr_owner(kr_id: int) -> str:
        return owner(key_result_owner(krs[kr_id], ctx.objectives)) if kr_id in krs else ""

    return {
        "cycle": {
            "name": cycle.name,
            "start": cycle.start.isoformat(),
            "end": cycle.end.isoformat(),
            "state": cycle.state.value,
        },
        "finished_at": None if stored.finished_at is None else stored.finished_at.isoformat(),
        "scores": [
            {
                "ref": key_result_ref(e.key_result_id),
                "title": krs[e.key_result_id].title if e.key_result_id in krs else "",
                "owner": kr_owner(e.key_result_id),
                "objective_ref": objective_ref(krs[e.key_result_id].objective_id)
                if e.key_result_id in krs
                else "",
                "suggested": e.suggested,
                "score": e.score,
                "override_reason": e.reason or None,
            }
            for e in stored.scores
        ],
        "objectives": [
            {
                "ref": o.ref,
                "title": o.title,
                "owner": owner(o.owner_id),
                "kind": o.kind.value,
                "score": objective_scores.get(o.id),
                "expected": retro.expectation(o.kind),
                "verdict": None
                if objective_scores.get(o.id) is None
                else retro.verdict(o.kind, objective_scores[o.id] or 0.0),
                "went_well": reflections[o.id].went_well if o.id in reflections else "",
                "challenges": reflections[o.id].challenges if o.id in reflections else "",
                "lessons": reflections[o.id].lessons if o.id in reflections else "",
            }
            for o in covered
        ],
        "development_needs": [{"person": owner(n.person_id), "need": n.need} for n in stored.needs],
        "calibration": [
            {
                "owner": name,
                "signed_mean": cal.signed_mean,
                "absolute_mean": cal.absolute_mean,
                "key_results": cal.count,
                "sentence": retro.calibration_sentence(name, cal),
            }
            for name, cal in owner_calibrations(
                krs.values(), ctx.objectives, owners, check_ins, cycle, scores
            )
        ],
        "carry_over": [
            {
                "ref": key_result_ref(c.key_result_id),
                "title": krs[c.key_result_id].title if c.key_result_id in krs else "",
                "decision": c.decision.value,
                "target_cycle": None if c.target_cycle_id is None else cycles.get(c.target_cycle_id),
                "new_ref": None if c.new_key_result_id is None else key_result_ref(c.new_key_result_id),
                "new_title": new_krs[c.new_key_result_id].title if c.new_key_result_id in new_krs else None,
                "new_start": new_krs[c.new_key_result_id].start if c.new_key_result_id in new_krs else None,
                "new_target": new_krs[c.new_key_result_id].target if c.new_key_result_id in new_krs else None,
            }
            for c in stored.carry_overs
        ],
        "summary": {
            "text": stored.summary,
            "mean_score": retro.mean_score(scores.values()),
            "mean_score_by_team": [
                {"team": name, "mean_score": value}
                for name, value in team_means(krs.values(), ctx.objectives, owners, scores)
            ],
            "share_at_least_0_7": retro.share_at_least(scores.values()),
            "check_in_discipline": None if discipline is None else round(discipline, 2),
        },
    }
