"""Backups: verified copies with names people understand, rotated per kind, listed, summarised, restored."""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from okrdesk.services import backups, opening
from okrdesk.services import workspace as workspace_module
from okrdesk.services.errors import WorkspaceError
from okrdesk.services.workspace import Workspace
from okrdesk.store import migrate
from okrdesk.store.checks import EXPECTED_TABLES
from okrdesk.store.connection import apply_pragmas, file_uri, read_header

MAY_1 = datetime(2026, 5, 1, 10, 0, 0)


def fill(workspace: Workspace) -> None:
    cycle = workspace.add_cycle("Spring push", date(2026, 4, 1), date(2026, 6, 30), "active")
    ana = workspace.add_owner("person", "Ana")
    objective = workspace.add_objective(cycle.id, "Delight customers", owner_id=ana.id)
    kr = workspace.add_key_result(objective.id, "Net promoter score", start=10, target=50, unit="points")
    workspace.record_check_in(kr.id, 20, confidence=7, note="first survey", at=datetime(2026, 4, 20, 9, 0))
    workspace.record_check_in(kr.id, 26, confidence=6, note="second", at=datetime(2026, 5, 4, 9, 0))


def rows(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Everything a person entered (not okrdesk's own markers)."""
    return {
        table: conn.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
        for table in EXPECTED_TABLES
        if table not in ("alembic_version", "settings")
    } | {"settings": conn.execute("SELECT * FROM settings WHERE key != 'workspace_id'").fetchall()}


def file_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(file_uri(path, read_only=True, immutable=True), uri=True)
    try:
        return rows(conn)
    finally:
        conn.close()


def damage(path: Path, table: str = "check_ins") -> None:
    """Overwrites the head of a table's page with garbage (a failing disk, an interrupted copy)."""
    conn = sqlite3.connect(file_uri(path, read_only=True, immutable=True), uri=True)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size : (root - 1) * page_size + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


@pytest.fixture(scope="module")
def filled_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "w.okr"
    with Workspace.create(path, today=date(2026, 5, 10)) as workspace:
        fill(workspace)
    return path


@pytest.fixture
def ws(filled_file: Path, tmp_path: Path) -> Iterator[Workspace]:
    """An open workspace holding a little of everything, alone in its folder."""
    shutil.copyfile(filled_file, tmp_path / "w.okr")
    workspace = Workspace.open(tmp_path / "w.okr")
    yield workspace
    workspace.close()


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# ---- making ---------------------------------------------------------------------------------------------


def test_a_backup_is_a_verified_self_contained_copy_named_for_people(ws: Workspace, tmp_path: Path) -> None:
    target = backups.make_backup(ws, "manual", now=MAY_1)
    assert target == tmp_path / "backups" / "w-manual-20260501-100000.okr"
    assert _names(tmp_path / "backups") == ["w-manual-20260501-100000.okr"]  # no temporary file, no -wal
    assert target.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: one file holds everything
    conn = sqlite3.connect(file_uri(target, read_only=True), uri=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert rows(conn) == rows(ws.conn)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    finally:
        conn.close()
    assert not any(name.startswith(".okrdesk-new-") for name in _names(tmp_path))


def test_two_backups_in_the_same_second_both_stay_and_the_later_is_listed_first(ws: Workspace) -> None:
    first = backups.make_backup(ws, "manual", now=MAY_1)
    ws.add_owner("person", "Ben")
    second = backups.make_backup(ws, "manual", now=MAY_1)
    assert second.name == "w-manual-20260501-100000-2.okr"
    assert first.exists()
    assert [b.path for b in backups.list_backups(ws.path)] == [second, first]
    assert [r[2] for r in file_rows(first)["owners"]] == ["Ana"]  # each holds the moment it was made
    assert [r[2] for r in file_rows(second)["owners"]] == ["Ana", "Ben"]


def _copies(source: Path, folder: Path, stem: str, kind: str, count: int, start: datetime) -> list[Path]:
    made = []
    for day in range(count):
        target = folder / f"{stem}-{kind}-{start + timedelta(days=day):%Y%m%d-%H%M%S}.okr"
        shutil.copyfile(source, target)
        made.append(target)
    return made


def test_rotation_keeps_the_newest_of_each_kind_and_never_deletes_manual_or_migration_backups(
    ws: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    seed = backups.make_backup(ws, "manual", now=datetime(2025, 1, 1))
    daily = _copies(seed, folder, "w", "daily", 8, datetime(2026, 1, 1))
    imports = _copies(seed, folder, "w", "before-import", 12, datetime(2026, 1, 1))
    retros = _copies(seed, folder, "w", "before-retro-2026-q1", 6, datetime(2026, 1, 1)) + _copies(
        seed, folder, "w", "before-retro-2026-q2", 6, datetime(2026, 2, 1)
    )
    manual = _copies(seed, folder, "w", "manual", 12, datetime(2026, 1, 1))
    migration = _copies(seed, folder, "w", "before-migration", 12, datetime(2026, 1, 1))
    newest_daily = backups.make_backup(ws, "daily", now=datetime(2026, 3, 1))  # rotates as it saves
    kept = set(folder.iterdir())
    assert {p for p in daily if p in kept} == set(daily[-6:])  # with the new one: the newest 7 dailies
    assert newest_daily in kept
    assert {p for p in imports if p in kept} == set(imports[-10:])
    assert {p for p in retros if p in kept} == set(retros[-10:])  # retrospectives of all cycles together
    assert set(manual) | set(migration) | {seed} <= kept


def test_rotation_never_touches_the_backups_of_another_workspace_in_the_same_folder(
    ws: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    seed = backups.make_backup(ws, "manual", now=datetime(2025, 1, 1))
    for neighbour in ("w-sales.okr", "w-before-retro-q1.okr"):  # two more workspaces in the same folder
        shutil.copyfile(seed, tmp_path / neighbour)
    sales = _copies(seed, folder, "w-sales", "daily", 10, datetime(2026, 1, 1))
    retro_named = _copies(seed, folder, "w-before-retro-q1", "daily", 12, datetime(2026, 1, 1))
    ours = _copies(seed, folder, "w", "daily", 10, datetime(2026, 1, 1))
    assert set(backups.rotate(ws.path)) == set(ours[:3])
    assert all(p.exists() for p in sales + retro_named)
    assert {b.path for b in backups.list_backups(ws.path)} == set(ours[3:]) | {seed}
    assert {b.path for b in backups.list_backups(tmp_path / "w-sales.okr")} == set(sales)
    # a workspace whose name reads like a backup kind of w.okr's: its backups are its own
    assert {b.path for b in backups.list_backups(tmp_path / "w-before-retro-q1.okr")} == set(retro_named)


def test_the_daily_backup_is_made_when_there_is_none_or_the_newest_is_over_a_day_old(
    ws: Workspace, tmp_path: Path
) -> None:
    first = backups.ensure_daily_backup(ws, now=MAY_1)
    assert first == tmp_path / "backups" / "w-daily-20260501-100000.okr"
    assert backups.ensure_daily_backup(ws, now=MAY_1 + timedelta(hours=23)) is None
    assert backups.ensure_daily_backup(ws, now=MAY_1 + timedelta(days=1)) is None
    second = backups.ensure_daily_backup(ws, now=MAY_1 + timedelta(days=1, seconds=1))
    assert second is not None and second.name == "w-daily-20260502-100001.okr"
    assert len(backups.list_backups(ws.path)) == 2


def test_no_daily_backup_of_a_workspace_opened_read_only(filled_file: Path, tmp_path: Path) -> None:
    shutil.copyfile(filled_file, tmp_path / "w.okr")
    with Workspace.open(tmp_path / "w.okr", read_only=True) as workspace:
        assert backups.ensure_daily_backup(workspace, now=MAY_1) is None
    assert _names(tmp_path) == ["w.okr"]


# ---- listing and summaries -----------------------------------------------------------------------------


def test_backups_are_listed_newest_first_with_a_label_for_each_kind(ws: Workspace, tmp_path: Path) -> None:
    seed = backups.make_backup(ws, "manual", now=datetime(2026, 1, 1))
    folder = tmp_path / "backups"
    kinds = ["daily", "before-import", "before-migration", "before-restore", "before-retro-2026-q1"]
    for day, kind in enumerate(kinds, start=2):
        _copies(seed, folder, "w", kind, 1, datetime(2026, 1, day))
    (folder / "w-daily-notes.txt").write_text("not a backup")
    (folder / "w-weekly-20260110-000000.okr").write_text("not one of okrdesk's names")
    listed = backups.list_backups(ws.path)
    assert [(b.kind, b.label) for b in listed] == [
        ("before-retro-2026-q1", "Before a retrospective was finished (2026-q1)"),
        ("before-restore", "Before a backup was restored"),
        ("before-migration", "Before okrdesk updated the file's format"),
        ("before-import", "Before an import"),
        ("daily", "Daily backup"),
        ("manual", "Backup made by hand"),
    ]
    assert listed[0].made_at == datetime(2026, 1, 6) and listed[-1].size == seed.stat().st_size


def test_a_backups_summary_counts_what_it_holds(ws: Workspace) -> None:
    target = backups.make_backup(ws, "manual", now=MAY_1)
    summary = backups.read_summary(target)
    assert (summary.cycles, summary.objectives, summary.key_results, summary.check_ins) == (2, 1, 1, 2)
    assert summary.last_check_in == datetime(2026, 5, 4, 9, 0)
    assert summary.format == 2 and summary.workspace_id == ws.setting("workspace_id")
    assert summary.text() == "2 cycles, 1 objective, 1 key result, 2 check-ins, the last on 2026-05-04"


def test_a_file_that_is_no_backup_has_no_summary_but_a_reason(tmp_path: Path) -> None:
    garbage = tmp_path / "w-manual-20260501-100000.okr"
    garbage.write_bytes(b"nothing useful here" * 10)
    with pytest.raises(WorkspaceError, match="not an okrdesk workspace"):
        backups.read_summary(garbage)


# ---- restoring -----------------------------------------------------------------------------------------


def test_restoring_puts_the_backups_content_in_place_after_saving_the_current_one(
    ws: Workspace, tmp_path: Path
) -> None:
    target = backups.make_backup(ws, "manual", now=MAY_1)
    backed_up = rows(ws.conn)
    cycle = ws.cycle_by_name("Spring push")
    ws.add_objective(cycle.id, "Added after the backup")
    ws.delete_owner(ws.people()[0].id)
    current = rows(ws.conn)
    safety = opening.restore_backup(ws, target)
    assert rows(ws.conn) == backed_up
    assert [o.title for o in ws.cycle_tree(cycle.id).objectives] == ["Delight customers"]
    assert safety.parent == tmp_path / "backups" and safety.name.startswith("w-before-restore-")
    assert file_rows(safety) == current  # the restore itself can be undone
    assert ws.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    ws.add_objective(cycle.id, "Written after the restore")
    ws.close()
    with Workspace.open(tmp_path / "w.okr") as again:
        titles = [o.title for o in again.cycle_tree(cycle.id).objectives]
        assert titles == ["Delight customers", "Written after the restore"]
        assert again.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert again.verify(full=True) == []


def _other_programs_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.execute("INSERT INTO songs VALUES ('not okr')")
    conn.commit()
    conn.close()


def _with_trigger(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER t AFTER INSERT ON objectives BEGIN DELETE FROM owners; END")
    conn.commit()
    conn.close()


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (damage, "is damaged"),
        (_other_programs_database, "another program"),
        (_with_trigger, "not a workspace okrdesk made"),
        (_newer, "newer okrdesk"),
    ],
    ids=["damaged", "another-programs-database", "hostile-trigger", "newer-format"],
)
def test_a_backup_that_cannot_be_trusted_is_refused_and_the_workspace_stays_as_it_was(
    ws: Workspace, tmp_path: Path, spoil: Any, reason: str
) -> None:
    bad = tmp_path / "elsewhere" / "w-manual-20260501-100000.okr"
    bad.parent.mkdir()
    if spoil is _other_programs_database:
        _other_programs_database(bad)
    else:
        ws.save_copy(bad)
        spoil(bad)
    ws.add_objective(ws.cycle_by_name("Spring push").id, "Not in the backup")
    before = rows(ws.conn)
    with pytest.raises(WorkspaceError, match=reason):
        opening.restore_backup(ws, bad)
    assert rows(ws.conn) == before
    assert not (tmp_path / "backups").exists()  # refused before anything was done
    ws.add_objective(ws.cycle_by_name("Spring push").id, "Still writable")


def test_restoring_a_backup_in_the_old_format_updates_it_on_the_way(ws: Workspace, tmp_path: Path) -> None:
    old = tmp_path / "elsewhere" / "w-before-migration-20260101-000000.okr"
    old.parent.mkdir()
    conn = sqlite3.connect(old, isolation_level=None)
    apply_pragmas(conn, wal=False)
    migrate.upgrade_to_head(conn, version=1)
    fill(Workspace(old, conn))
    conn.close()
    workspace_id = ws.setting("workspace_id")
    opening.restore_backup(ws, old)
    assert read_header(old).user_version == 1  # the backup itself is left as it was
    assert rows(ws.conn) == file_rows(old)
    assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == 2
    assert len(ws.setting("workspace_id")) == 32 and ws.setting("workspace_id") != workspace_id
    ws.add_owner("person", "Written after")


def test_a_failed_update_of_an_old_backup_restores_nothing(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "elsewhere" / "w-before-migration-20260101-000000.okr"
    old.parent.mkdir()
    conn = sqlite3.connect(old, isolation_level=None)
    migrate.upgrade_to_head(conn, version=1)
    conn.close()
    before = rows(ws.conn)

    def failing_upgrade(conn: sqlite3.Connection, version: int = 2) -> None:
        raise RuntimeError("a migration script failed")

    monkeypatch.setattr(migrate, "upgrade_to_head", failing_upgrade)
    with pytest.raises(
        WorkspaceError, match=r"could not be updated from format 1 to 2.*nothing was restored"
    ):
        opening.restore_backup(ws, old)
    assert rows(ws.conn) == before
    assert not (tmp_path / "backups").exists()


def test_a_workspace_another_okrdesk_took_over_is_not_restored_and_gets_no_backup(
    ws: Workspace, tmp_path: Path
) -> None:
    target = ws.save_copy(tmp_path / "copy.okr")
    now = datetime.now().replace(microsecond=0).isoformat()
    theirs = {"user": "bob", "host": "elsewhere", "pid": 1, "started": now, "seen": now, "token": "x"}
    (tmp_path / "w.okr.lock").write_text(json.dumps(theirs), encoding="utf-8")
    with pytest.raises(WorkspaceError, match=r"Another okrdesk took w\.okr over"):
        opening.restore_backup(ws, target)
    assert not (tmp_path / "backups").exists()


def test_a_read_only_workspace_is_not_restored(filled_file: Path, tmp_path: Path) -> None:
    shutil.copyfile(filled_file, tmp_path / "w.okr")
    with Workspace.open(tmp_path / "w.okr") as workspace:
        target = backups.make_backup(workspace, "manual", now=MAY_1)
    with (
        Workspace.open(tmp_path / "w.okr", read_only=True) as workspace,
        pytest.raises(WorkspaceError, match="read-only; nothing was restored"),
    ):
        opening.restore_backup(workspace, target)
    assert _names(tmp_path / "backups") == [target.name]


def test_a_damaged_workspace_is_kept_aside_and_the_backup_put_in_its_place(
    filled_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "w.okr"
    shutil.copyfile(filled_file, path)
    with Workspace.open(path) as workspace:
        good = backups.make_backup(workspace, "daily", now=MAY_1)
        expected = rows(workspace.conn)
    damage(path)
    damaged = path.read_bytes()
    aside = opening.recover_damaged(path, good)
    assert aside.parent == tmp_path and aside.name.startswith("w-damaged-") and aside.suffix == ".okr"
    assert aside.read_bytes() == damaged  # kept as it was, for a specialist or a second try
    assert sorted(_names(tmp_path)) == sorted(["backups", "w.okr", aside.name])  # the lock went again
    with Workspace.open(path) as workspace:
        assert rows(workspace.conn) == expected
        assert workspace.verify(full=True) == []


def test_when_the_backup_cannot_be_put_in_place_the_damaged_workspace_stays_where_it_was(
    filled_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "w.okr"
    shutil.copyfile(filled_file, path)
    with Workspace.open(path) as workspace:
        good = backups.make_backup(workspace, "daily", now=MAY_1)
    damage(path)
    damaged = path.read_bytes()
    Path(f"{path}-wal").write_bytes(b"committed changes SQLite may still need")

    @contextlib.contextmanager
    def full_disk(target: Path, failure: str) -> Iterator[Path]:
        raise WorkspaceError(failure.format(target=target) + ": the disk is full.")
        yield target

    monkeypatch.setattr(workspace_module, "built_in_place_of", full_disk)
    with pytest.raises(WorkspaceError, match="the disk is full"):
        opening.recover_damaged(path, good)
    assert path.read_bytes() == damaged
    assert Path(f"{path}-wal").read_bytes() == b"committed changes SQLite may still need"
    assert _names(tmp_path) == ["backups", "w.okr", "w.okr-wal"]
