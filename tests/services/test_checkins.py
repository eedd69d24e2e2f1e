"""Recording, correcting and deleting check-ins through the Workspace: the current value always follows the
latest check-in, refused input writes nothing, and undo data puts everything back exactly."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

import pytest

from okrdesk.domain.model import KeyResult
from okrdesk.services.errors import NotFoundError, ValidationError
from okrdesk.services.workspace import Workspace

TODAY = date(2026, 5, 10)  # the default cycle of a new workspace is "2026 Q2"
HOSTILE = "<b>bold</b> <img src=x> =1+1 مرحبا 🎉\nline two"


@pytest.fixture
def key_result(workspace: Workspace) -> KeyResult:
    cycle = workspace.cycles()[0]
    objective = workspace.add_objective(cycle.id, "Grow the community")
    return workspace.add_key_result(objective.id, "Members", start=0, target=200, unit="people")


def test_current_value_follows_the_latest_check_in_by_date_not_by_entry(
    workspace: Workspace, key_result: KeyResult
) -> None:
    workspace.record_check_in(key_result.id, 80, at=datetime(2026, 5, 1, 9))
    workspace.record_check_in(key_result.id, 50, at=datetime(2026, 4, 20, 9))  # backdated: not the latest
    assert workspace.key_result(key_result.id).current == 80
    history = workspace.check_ins(key_result.id)
    assert [c.value for c in history] == [50, 80]


def test_a_note_is_kept_literally(workspace: Workspace, key_result: KeyResult) -> None:
    recorded = workspace.record_check_in(key_result.id, 10, confidence=6, note=HOSTILE)
    assert workspace.check_in(recorded.id).note == HOSTILE


@pytest.mark.parametrize("value", ["abc", float("nan"), float("inf"), "-inf", "", "1e400"])
def test_bad_values_are_refused_and_nothing_is_written(
    workspace: Workspace, key_result: KeyResult, value: object
) -> None:
    with pytest.raises(ValidationError) as info:
        workspace.record_check_in(key_result.id, value)  # type: ignore[arg-type]
    assert info.value.errors[0].field == "value"
    assert workspace.check_ins(key_result.id) == []


def test_confidence_and_future_dates_are_refused(workspace: Workspace, key_result: KeyResult) -> None:
    with pytest.raises(ValidationError, match=r"0 .*10"):
        workspace.record_check_in(key_result.id, 5, confidence=11)
    with pytest.raises(ValidationError, match="future"):
        workspace.record_check_in(key_result.id, 5, at=datetime.now() + timedelta(days=1))
    assert workspace.check_ins(key_result.id) == []


def test_a_deleted_key_result_gets_a_clear_message(workspace: Workspace, key_result: KeyResult) -> None:
    workspace.delete_key_result(key_result.id)
    with pytest.raises(NotFoundError, match="no longer exists"):
        workspace.record_check_in(key_result.id, 5)


def test_a_round_is_all_or_nothing(workspace: Workspace, key_result: KeyResult) -> None:
    other = workspace.add_key_result(key_result.objective_id, "Events", start=0, target=10)
    with pytest.raises(ValidationError):
        workspace.record_check_ins([(key_result.id, {"value": 20}), (other.id, {"value": "ten"})])
    assert workspace.check_ins(key_result.id) == []
    entries = [(key_result.id, {"value": 20}), (other.id, {"value": 3, "note": "ok"})]
    done = workspace.record_check_ins(entries)
    assert [c.value for c in done] == [20, 3]
    assert workspace.key_result(other.id).current == 3


def test_correcting_a_check_in_moves_the_current_value(workspace: Workspace, key_result: KeyResult) -> None:
    first = workspace.record_check_in(key_result.id, 30, at=datetime(2026, 4, 10, 9))
    latest = workspace.record_check_in(key_result.id, 60, at=datetime(2026, 4, 20, 9))
    workspace.update_check_in(latest.id, value=65, note="recounted")
    assert workspace.key_result(key_result.id).current == 65
    workspace.update_check_in(first.id, at=datetime(2026, 5, 1, 9))  # now the latest
    assert workspace.key_result(key_result.id).current == 30
    with pytest.raises(ValidationError):
        workspace.update_check_in(first.id, value="thirty")
    with pytest.raises(ValidationError):
        workspace.update_check_in(first.id, key_result_id=99)
    assert workspace.check_in(first.id).value == 30


def test_deleted_check_ins_come_back_with_their_ids(workspace: Workspace, key_result: KeyResult) -> None:
    a = workspace.record_check_in(key_result.id, 30, confidence=4, note="a", at=datetime(2026, 4, 10, 9))
    b = workspace.record_check_in(key_result.id, 60, confidence=7, note="b", at=datetime(2026, 4, 20, 9))
    deleted = workspace.delete_check_ins([a.id, b.id])
    assert workspace.key_result(key_result.id).current == 0  # back to the start
    workspace.restore_check_ins(deleted)
    assert workspace.check_ins(key_result.id) == [a, b]
    assert workspace.key_result(key_result.id).current == 60


def test_a_check_in_is_committed_when_the_call_returns(workspace: Workspace, key_result: KeyResult) -> None:
    recorded = workspace.record_check_in(key_result.id, 42)
    other = sqlite3.connect(workspace.path)
    try:
        row = other.execute("SELECT value FROM check_ins WHERE id = ?", (recorded.id,)).fetchone()
    finally:
        other.close()
    assert row == (42.0,)


def test_check_ins_of_several_key_results_in_one_read(workspace: Workspace, key_result: KeyResult) -> None:
    other = workspace.add_key_result(key_result.objective_id, "Events", start=0, target=10)
    workspace.record_check_in(other.id, 2, at=datetime(2026, 4, 12, 9))
    workspace.record_check_in(key_result.id, 5, at=datetime(2026, 4, 11, 9))
    found = workspace.check_ins_of([key_result.id, other.id])
    assert [c.value for c in found[key_result.id]] == [5]
    assert [c.value for c in found[other.id]] == [2]


def test_stale_days_setting(workspace: Workspace) -> None:
    assert workspace.stale_days() == 7
    workspace.set_setting("checkin_stale_days", "14")
    assert workspace.stale_days() == 14
    workspace.set_setting("checkin_stale_days", "nonsense")
    assert workspace.stale_days() == 7
