"""The review pack behind the PDF and Markdown exports: what a scope covers, tree order, counts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from okrdesk.domain.model import Status
from okrdesk.services.errors import NotFoundError
from okrdesk.services.review import review_pack, review_scope
from okrdesk.services.workspace import Workspace

TODAY = date(2026, 11, 21)


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create(tmp_path / "team.okr", sample=True, today=TODAY)
    yield ws
    ws.close()


def test_an_objective_owned_in_a_1_1_brings_all_its_key_results(sample: Workspace) -> None:
    whole = review_pack(sample, "2026 Q4", today=TODAY)
    pack = review_pack(sample, "2026 Q4", review_scope(sample, owner="Priya Raman"), TODAY)
    hers = [o for o in pack.objectives if o.owner == "Priya Raman"]
    assert hers
    for o in hers:
        everything = next(w for w in whole.objectives if w.objective.id == o.objective.id)
        assert [k.key_result.id for k in o.key_results] == [k.key_result.id for k in everything.key_results]
        assert o.key_results  # never an owned objective shown empty while its measures exist
    # An objective she does not own but holds a key result of shows just hers.
    for o in pack.objectives:
        if o.owner != "Priya Raman":
            assert all(k.owner == "Priya Raman" for k in o.key_results)


def test_the_pack_lists_parents_before_children_and_counts_every_status(sample: Workspace) -> None:
    pack = review_pack(sample, "2026 Q4", today=TODAY)
    position = {o.objective.id: i for i, o in enumerate(pack.objectives)}
    for o in pack.objectives:
        parent = o.objective.parent_id
        if parent in position:
            assert position[parent] < position[o.objective.id]
            assert o.depth == pack.objectives[position[parent]].depth + 1
        else:
            assert o.depth == 0
            # Aligned to the year (another cycle): it says to what.
            assert bool(o.aligns_to) == (parent is not None)
    counts = pack.status_counts()
    assert set(counts) == set(Status) and sum(counts.values()) == len(pack.objectives)
    assert [team for team, _ in pack.by_team()][-1] != "No team" or len(pack.by_team()) == 1


def test_unknown_names_say_what_exists(sample: Workspace) -> None:
    with pytest.raises(
        NotFoundError, match=r"no person called 'Nobody'\. The workspace's people: .*Grace Mensah"
    ):
        review_scope(sample, owner="Nobody")
    with pytest.raises(NotFoundError, match="'online store' is a team, not a person"):
        review_scope(sample, owner="online store")
    assert review_scope(sample, team="ONLINE STORE").label == "Team Online Store"
