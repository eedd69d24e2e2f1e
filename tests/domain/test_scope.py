"""Scopes: who a team covers, which objectives and key results a scope holds, team means."""

from __future__ import annotations

from okrdesk.domain.model import KeyResult, KRType, Objective, Owner, OwnerKind
from okrdesk.domain.scope import key_result_owner, mean_score_by_team, owners_in_scope, scope_items, team_of

COMPANY = Owner(1, OwnerKind.TEAM, "Company")
SALES = Owner(2, OwnerKind.TEAM, "Sales", parent_id=1)
EMEA = Owner(3, OwnerKind.TEAM, "EMEA", parent_id=2)
ANA = Owner(4, OwnerKind.PERSON, "Ana", parent_id=3)
BO = Owner(5, OwnerKind.PERSON, "Bo", parent_id=1)
LONE = Owner(6, OwnerKind.PERSON, "Lone")
OWNERS = [COMPANY, SALES, EMEA, ANA, BO, LONE]
BY_ID = {o.id: o for o in OWNERS}


def objective(oid: int, owner: int | None) -> Objective:
    return Objective(id=oid, cycle_id=1, title=f"O{oid}", owner_id=owner)


def kr(kid: int, objective_id: int, owner: int | None = None) -> KeyResult:
    return KeyResult(
        id=kid,
        objective_id=objective_id,
        title=f"K{kid}",
        kr_type=KRType.INCREASE,
        start=0,
        target=10,
        last_value=5,
        owner_id=owner,
    )


def test_a_team_covers_its_sub_teams_and_their_people_at_any_depth() -> None:
    assert owners_in_scope(OWNERS, SALES.id) == {SALES.id, EMEA.id, ANA.id}
    assert owners_in_scope(OWNERS, COMPANY.id) == {1, 2, 3, 4, 5}
    assert owners_in_scope(OWNERS, ANA.id) == {ANA.id}


def test_a_loop_in_the_team_links_does_not_hang() -> None:
    looped = [Owner(1, OwnerKind.TEAM, "A", parent_id=2), Owner(2, OwnerKind.TEAM, "B", parent_id=1)]
    assert owners_in_scope(looped, 1) == {1, 2}


def test_a_key_result_without_owner_counts_for_its_objectives_owner() -> None:
    objectives = {1: objective(1, SALES.id)}
    assert key_result_owner(kr(1, 1), objectives) == SALES.id
    assert key_result_owner(kr(2, 1, ANA.id), objectives) == ANA.id
    assert key_result_owner(kr(3, 99), objectives) is None


def test_a_scope_holds_its_key_results_and_the_objectives_they_sit_under() -> None:
    objectives = [objective(1, COMPANY.id), objective(2, SALES.id), objective(3, BO.id)]
    key_results = [kr(1, 1, ANA.id), kr(2, 1), kr(3, 2), kr(4, 3, LONE.id), kr(5, 3)]
    items = scope_items(objectives, key_results, owners_in_scope(OWNERS, SALES.id))
    # Ana's key result brings the company objective along; objective 2 is Sales' own
    assert [o.id for o in items.objectives] == [1, 2]
    assert [k.id for k in items.key_results] == [1, 3]
    everything = scope_items(objectives, key_results, None)
    assert len(everything.objectives) == 3 and len(everything.key_results) == 5


def test_a_persons_team_is_their_parent_team() -> None:
    assert team_of(ANA.id, BY_ID) == EMEA.id
    assert team_of(SALES.id, BY_ID) == SALES.id
    assert team_of(LONE.id, BY_ID) is None
    assert team_of(None, BY_ID) is None


def test_mean_score_by_team_groups_by_the_owners_team() -> None:
    objectives = {1: objective(1, SALES.id), 2: objective(2, None)}
    key_results = [kr(1, 1), kr(2, 1, ANA.id), kr(3, 1, ANA.id), kr(4, 2), kr(5, 2, LONE.id)]
    scores = {1: 0.7, 2: 0.4, 3: 0.5, 4: 1.0, 5: 0.0}
    assert mean_score_by_team(key_results, objectives, BY_ID, scores) == {
        SALES.id: 0.7,
        EMEA.id: 0.45,
        None: 0.5,
    }
