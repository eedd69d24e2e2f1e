"""Who and what a scope covers: the whole workspace, a team with its sub-teams and their people, or one
person. Used by the retrospective (and the filters) to pick the objectives and key results to look at.

Choices where shared OKR_RULES.md is silent:
- A key result belongs to its own owner, or to its objective's owner when it has none.
- A scope holds the key results whose owner is in it, and the objectives owned in it or holding such a key
  result (a team member's key result under another team's objective brings that objective along).
- A person's team is their parent; a team is its own team. "Mean score by team" groups key results by the
  team of their owner; owners without a team (and key results without an owner) go under None.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from okrdesk.domain.model import KeyResult, Objective, Owner, OwnerKind
from okrdesk.domain.retro import mean_score


def owners_in_scope(owners: Iterable[Owner], owner_id: int) -> frozenset[int]:
    """The owner and, for a team, everyone below it (sub-teams and their people, at any depth)."""
    children: dict[int | None, list[int]] = {}
    for owner in owners:
        children.setdefault(owner.parent_id, []).append(owner.id)
    found = {owner_id}
    todo = [owner_id]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return frozenset(found)


def key_result_owner(kr: KeyResult, objectives: Mapping[int, Objective]) -> int | None:
    """The owner a key result counts for: its own, else its objective's."""
    if kr.owner_id is not None:
        return kr.owner_id
    objective = objectives.get(kr.objective_id)
    return None if objective is None else objective.owner_id


@dataclass(frozen=True, slots=True)
class ScopeItems:
    """The objectives and key results of a cycle that a scope covers, in their original order."""

    objectives: tuple[Objective, ...]
    key_results: tuple[KeyResult, ...]


def scope_items(
    objectives: Iterable[Objective], key_results: Iterable[KeyResult], owner_ids: frozenset[int] | None
) -> ScopeItems:
    """What a scope (None: everything) covers among a cycle's objectives and key results."""
    all_objectives = list(objectives)
    all_key_results = list(key_results)
    if owner_ids is None:
        return ScopeItems(tuple(all_objectives), tuple(all_key_results))
    by_id = {o.id: o for o in all_objectives}
    chosen_krs = [kr for kr in all_key_results if key_result_owner(kr, by_id) in owner_ids]
    with_krs = {kr.objective_id for kr in chosen_krs}
    chosen_objectives = [o for o in all_objectives if o.owner_id in owner_ids or o.id in with_krs]
    return ScopeItems(tuple(chosen_objectives), tuple(chosen_krs))


def review_items(
    objectives: Iterable[Objective], key_results: Iterable[KeyResult], owner_ids: frozenset[int] | None
) -> ScopeItems:
    """What a review or an export of a scope (None: everything) holds: what scope_items covers, except that
    an objective owned in the scope carries all its key results (whoever owns them), while an objective
    brought in only by a key result of the scope carries just those. So an objective of the scope never
    shows up without the key results it has, and a 1:1 about your objective sees every measure of it."""
    all_key_results = list(key_results)
    items = scope_items(objectives, all_key_results, owner_ids)
    if owner_ids is None:
        return items
    owned = {o.id for o in items.objectives if o.owner_id in owner_ids}
    chosen = {kr.id for kr in items.key_results}
    kept = tuple(kr for kr in all_key_results if kr.id in chosen or kr.objective_id in owned)
    return ScopeItems(items.objectives, kept)


def team_of(owner_id: int | None, owners: Mapping[int, Owner]) -> int | None:
    """The team an owner belongs to: a team itself, a person's parent team, else None."""
    owner = owners.get(owner_id) if owner_id is not None else None
    if owner is None:
        return None
    if owner.kind == OwnerKind.TEAM:
        return owner.id
    parent = owners.get(owner.parent_id) if owner.parent_id is not None else None
    return parent.id if parent is not None and parent.kind == OwnerKind.TEAM else None


def mean_score_by_team(
    key_results: Iterable[KeyResult],
    objectives: Mapping[int, Objective],
    owners: Mapping[int, Owner],
    scores: Mapping[int, float],
) -> dict[int | None, float]:
    """The mean final score of each team's key results (two decimals); None gathers those without a team."""
    grouped: dict[int | None, list[float]] = {}
    for kr in key_results:
        if kr.id in scores:
            team = team_of(key_result_owner(kr, objectives), owners)
            grouped.setdefault(team, []).append(scores[kr.id])
    return {team: value for team, values in grouped.items() if (value := mean_score(values)) is not None}
