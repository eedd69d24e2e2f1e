"""Workspace formats: an older one is updated after a backup, all or nothing; a newer one is only read."""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from okrdesk.services.errors import (
    DamagedWorkspaceError,
    NewerWorkspaceError,
    WorkspaceError,
    WorkspaceLockedError,
)
from okrdesk.services.workspace import Workspace
from okrdesk.store import lockfile, migrate
from okrdesk.store.checks import EXPECTED_TABLES
from okrdesk.store.connection import apply_pragmas, file_uri, read_header

BACKUP_NAME = r"w-before-migration-\d{8}-\d{6}(-\d+)?\.okr"


def fill(workspace: Workspace) -> None:
    """A little of everything a team records: a cycle, a person, an objective, a key result, a check-in."""
    cycle = workspace.add_cycle("2026 Q2", date(2026, 4, 1), date(2026, 6, 30), "active")
    ana = workspace.add_owner("person", "Ana")
    objective = workspace.add_objective(cycle.id, "Delight customers", owner_id=ana.id)
    kr = workspace.add_key_result(objective.id, "Net promoter score", start=10, target=50, unit="points")
    workspace.record_check_in(kr.id, 20, confidence=7, note="first survey", at=datetime(2026, 4, 20, 9, 0))


def rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row a person entered (not okrdesk's own markers), read without changing the file."""
    conn = sqlite3.connect(file_uri(path, read_only=True, immutable=True), uri=True)
    try:
        return {
            table: conn.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
            for table in EXPECTED_TABLES
            if table not in ("alembic_version", "settings")
        } | {"settings": conn.execute("SELECT * FROM settings WHERE key != 'workspace_id'").fetchall()}
    finally:
        conn.close()


def build_format_1(path: Path) -> None:
    """A workspace exactly as okrdesk's format 1 wrote it (no workspace id; alembic at revision 0001)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        apply_pragmas(conn, wal=False)
        migrate.upgrade_to_head(conn, version=1)
        fill(Workspace(path, conn))
    finally:
        conn.close()


@pytest.fixture(scope="module")
def format_1_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "w.okr"
    build_format_1(path)
    return path


@pytest.fixture
def old(format_1_file: Path, tmp_path: Path) -> Path:
    """A fresh format-1 workspace, alone in its folder."""
    path = tmp_path / "w.okr"
    shutil.copyfile(format_1_file, path)
    return path


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_format_1_workspace_is_updated_to_format_2_and_keeps_every_row(old: Path) -> None:
    before = rows(old)
    assert before["check_ins"] and read_header(old).user_version == 1
    with Workspace.open(old) as workspace:
        assert workspace.migrated_from == 1
        assert workspace.conn.execute("PRAGMA user_version").fetchone()[0] == 2
        workspace_id = workspace.setting("workspace_id")
        assert len(workspace_id) == 32 and int(workspace_id, 16) >= 0  # format 2's random id
        tree = workspace.cycle_tree(workspace.cycle_by_name("2026 Q2").id)
        assert [o.title for o in tree.objectives] == ["Delight customers"]
        kr = workspace.add_key_result(
            tree.objectives[0].id, "Referrals", start=5, target=20
        )  # and it is writable
        assert workspace.key_result(kr.id).title == "Referrals"
    header = read_header(old)
    assert (header.application_id, header.user_version) == (0x4F4B5244, 2)
    after = rows(old)
    assert after["key_results"][:-1] == before["key_results"]  # every old row, plus the one just added
    assert after | {"key_results": []} == before | {"key_results": []}


def test_before_updating_okrdesk_saves_the_old_file_as_a_backup_that_holds_format_1(old: Path) -> None:
    before = rows(old)
    with Workspace.open(old) as workspace:
        backup = workspace.migration_backup
    assert backup is not None and backup.parent == old.parent / "backups"
    assert _names(backup.parent) == [backup.name]
    assert re.fullmatch(BACKUP_NAME, backup.name)
    assert read_header(backup).user_version == 1  # an older okrdesk can still open it
    assert rows(backup) == before
    conn = sqlite3.connect(file_uri(backup, read_only=True, immutable=True), uri=True)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert conn.execute("SELECT count(*) FROM settings WHERE key = 'workspace_id'").fetchone()[0] == 0
    finally:
        conn.close()


def test_opening_an_old_workspace_read_only_does_not_update_it(old: Path) -> None:
    before = old.read_bytes()
    with Workspace.open(old, read_only=True) as workspace:
        assert workspace.migrated_from is None
        assert [c.name for c in workspace.cycles()] == ["2026 Q2"]
    assert old.read_bytes() == before
    assert _names(old.parent) == ["w.okr"]


def test_an_old_workspace_another_okrdesk_has_open_is_not_updated_underneath_it(old: Path) -> None:
    now = datetime.now().replace(microsecond=0)
    lockfile.lock_path(old).write_text(
        '{"user": "bob", "host": "laptop-of-bob.example", "pid": 4242, '
        f'"started": "{now.isoformat()}", "seen": "{now.isoformat()}", "token": "theirs"}}',
        encoding="utf-8",
    )
    before = old.read_bytes()
    with pytest.raises(WorkspaceLockedError, match=r"bob on laptop-of-bob\.example"):
        Workspace.open(old)
    assert old.read_bytes() == before
    assert _names(old.parent) == ["w.okr", "w.okr.lock"]  # no backup either: nothing was started


def _half_done_then(error: BaseException) -> Any:
    def failing_upgrade(conn: sqlite3.Connection, version: int = 2) -> None:
        conn.execute("INSERT INTO settings (key, value) VALUES ('workspace_id', 'half')")
        conn.execute("DELETE FROM check_ins")
        conn.execute("PRAGMA user_version = 2")
        raise error

    return failing_upgrade


@pytest.mark.parametrize(
    "error",
    [sqlite3.OperationalError("no such column: frobnicate"), RuntimeError("a migration script failed")],
    ids=["sqlite-error", "any-other-error"],
)
def test_a_failed_update_leaves_the_original_exactly_as_it_was_and_names_the_backup(
    old: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException
) -> None:
    before = old.read_bytes()
    monkeypatch.setattr(migrate, "upgrade_to_head", _half_done_then(error))
    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(old)
    message = str(caught.value)
    assert "could not be updated from format 1 to 2" in message
    assert str(error) in message and "was left as it was" in message
    backups = list((old.parent / "backups").iterdir())
    assert len(backups) == 1 and str(backups[0]) in message
    assert old.read_bytes() == before
    assert _names(old.parent) == ["backups", "w.okr"]  # no temporary copy, journal or lock left behind
    monkeypatch.undo()
    with Workspace.open(old) as workspace:  # once the cause is gone, the update goes through
        assert workspace.migrated_from == 1
        assert workspace.counts()["check_ins"] == 1


def test_an_updated_copy_that_fails_its_check_is_thrown_away(
    old: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_upgrade = migrate.upgrade_to_head

    def upgrade_leaving_a_broken_reference(conn: sqlite3.Connection, version: int = 2) -> None:
        real_upgrade(conn, version)
        conn.execute("UPDATE check_ins SET key_result_id = 999")  # foreign keys are off while migrating

    monkeypatch.setattr(migrate, "upgrade_to_head", upgrade_leaving_a_broken_reference)
    before = old.read_bytes()
    with pytest.raises(WorkspaceError, match="did not pass its check") as caught:
        Workspace.open(old)
    assert "refers to a missing row of key_results" in str(caught.value)
    assert "w-before-migration-" in str(caught.value)
    assert old.read_bytes() == before
    assert _names(old.parent) == ["backups", "w.okr"]


def test_a_damaged_old_workspace_is_reported_damaged_before_any_backup_is_made(old: Path) -> None:
    conn = sqlite3.connect(file_uri(old, read_only=True, immutable=True), uri=True)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'check_ins'").fetchone()[0]
    conn.close()
    data = bytearray(old.read_bytes())
    data[(root - 1) * page_size : (root - 1) * page_size + 64] = b"\xff" * 64
    old.write_bytes(bytes(data))
    with pytest.raises(DamagedWorkspaceError, match=r"w\.okr is damaged"):
        Workspace.open(old)
    assert old.read_bytes() == bytes(data)
    assert _names(old.parent) == ["w.okr"]  # no backups folder, no copy, no lock


@pytest.fixture(scope="module")
def newer_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace saved by a future okrdesk: format 3, with a table this okrdesk does not know."""
    path = tmp_path_factory.mktemp("template") / "w.okr"
    with Workspace.create(path, today=date(2026, 5, 10)):
        pass
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE future_things (id INTEGER PRIMARY KEY, what TEXT)")
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    return path


def test_a_newer_format_is_refused_for_writing_naming_both_formats(newer_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "w.okr"
    shutil.copyfile(newer_file, path)
    before = path.read_bytes()
    with pytest.raises(NewerWorkspaceError) as caught:
        Workspace.open(path)
    assert (caught.value.file_version, caught.value.our_version) == (3, 2)
    assert "format 3" in str(caught.value) and "format 2" in str(caught.value)
    assert "read-only" in str(caught.value)
    assert path.read_bytes() == before
    assert _names(tmp_path) == ["w.okr"]


def test_a_newer_format_opens_read_only_and_stays_byte_for_byte(newer_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "w.okr"
    shutil.copyfile(newer_file, path)
    before = path.read_bytes()
    with Workspace.open(path, read_only=True) as workspace:
        assert workspace.read_only and "newer okrdesk" in workspace.read_only_reason
        assert [c.name for c in workspace.cycles()] == ["2026 Q2"]
        with pytest.raises(WorkspaceError, match="read-only"):
            workspace.add_objective(workspace.cycles()[0].id, "Not allowed")
    assert path.read_bytes() == before
    assert _names(tmp_path) == ["w.okr"]
