"""The workspace file: created by the alembic baseline, marked as okrdesk's, read by the fast path."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from okrdesk.services.errors import WorkspaceError
from okrdesk.services.workspace import Workspace
from okrdesk.store import connection, fastread
from okrdesk.store.schema import APPLICATION_ID, SCHEMA_VERSION, Base


def _schema(conn: sqlite3.Connection) -> dict[str, list[tuple[str, str, int]]]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    result = {}
    for table in tables:
        if table in ("alembic_version", "sqlite_sequence"):
            continue
        result[table] = [(r[1], r[2], r[3]) for r in conn.execute(f"PRAGMA table_info('{table}')")]
    return result


def test_alembic_baseline_creates_exactly_the_model_schema(tmp_path: Path) -> None:
    Workspace.create(tmp_path / "w.okr").close()
    migrated = sqlite3.connect(tmp_path / "w.okr")
    engine = create_engine(f"sqlite:///{tmp_path / 'models.db'}")
    Base.metadata.create_all(engine)
    engine.dispose()
    from_models = sqlite3.connect(tmp_path / "models.db")
    assert _schema(migrated) == _schema(from_models)
    indexes = "SELECT name FROM sqlite_master WHERE type='index' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    assert migrated.execute(indexes).fetchall() == from_models.execute(indexes).fetchall()


def test_new_workspace_is_marked_and_durable(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "w.okr") as workspace:
        conn = workspace.conn
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert [c.name for c in workspace.cycles()]  # the current quarter is there from the start
    assert connection.APPLICATION_ID == APPLICATION_ID and connection.SCHEMA_VERSION == SCHEMA_VERSION


def test_fast_read_path_agrees_with_the_orm(tmp_path: Path) -> None:
    """The stdlib queries and the SQLAlchemy models describe the same rows."""
    from sqlalchemy.orm import Session

    from okrdesk.store.schema import KeyResultRow, ObjectiveRow

    with Workspace.create(tmp_path / "w.okr", sample=True) as workspace:
        cycle = workspace.current_cycle()
        assert cycle is not None
        tree = fastread.cycle_tree(workspace.conn, cycle.id)
        assert tree is not None and tree.objectives and tree.key_results
        with Session(workspace.editor().engine) as session:
            for objective in tree.objectives:
                row = session.get(ObjectiveRow, objective.id)
                assert row is not None
                assert (row.title, row.parent_id, row.owner_id, row.position, row.kind) == (
                    objective.title,
                    objective.parent_id,
                    objective.owner_id,
                    objective.position,
                    objective.kind,
                )
            for kr in tree.key_results:
                kr_row = session.get(KeyResultRow, kr.id)
                assert kr_row is not None
                assert (kr_row.start_value, kr_row.target_value, kr_row.kr_type, kr_row.weight) == (
                    kr.start,
                    kr.target,
                    kr.kr_type,
                    kr.weight,
                )
                history = workspace.check_ins(kr.id)
                if history:
                    latest = max(history, key=lambda c: (c.at, c.id))
                    assert kr.current == latest.value and kr.last_confidence == latest.confidence
                else:
                    assert kr.current == kr.start and kr.last_check_in is None


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"hello, this is a text file\n" * 10, "not an okrdesk workspace"),
        (b"SQLite format 3\x00" + b"\x00" * 20, "not an okrdesk workspace"),
    ],
)
def test_files_that_are_not_workspaces_are_refused_and_untouched(
    tmp_path: Path, content: bytes, words: str
) -> None:
    path = tmp_path / "thing.okr"
    path.write_bytes(content)
    with pytest.raises(WorkspaceError, match=words):
        Workspace.open(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thing.okr"]


def test_another_programs_database_is_refused_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE t(x)")
    other.execute("INSERT INTO t VALUES (1)")
    other.commit()
    other.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="another program"):
        Workspace.open(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_newer_workspace_is_refused_naming_the_versions(tmp_path: Path) -> None:
    path = tmp_path / "future.okr"
    Workspace.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match=f"format {SCHEMA_VERSION + 5}.*format {SCHEMA_VERSION}"):
        Workspace.open(path)
    assert path.read_bytes() == before


def test_folder_and_missing_file_get_clear_messages(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="folder"):
        Workspace.open(tmp_path)
    with pytest.raises(WorkspaceError, match="no file"):
        Workspace.open(tmp_path / "missing.okr")
    with pytest.raises(WorkspaceError, match="folder"):
        Workspace.create(tmp_path)
    with pytest.raises(WorkspaceError, match="does not exist"):
        Workspace.create(tmp_path / "nowhere" / "w.okr")


def test_unwritable_folder_is_refused_without_leftovers(tmp_path: Path) -> None:
    import os

    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):  # running as root: permissions do not bind
            pytest.skip("permissions are not enforced for this user")
        with pytest.raises(WorkspaceError, match="not allowed to write"):
            Workspace.create(folder / "w.okr")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_save_a_copy_uses_a_consistent_snapshot(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "w.okr", sample=True) as workspace:
        copy = workspace.save_copy(tmp_path / "copy.okr")
        with Workspace.open(copy) as copied:
            assert copied.counts() == workspace.counts()
        with pytest.raises(WorkspaceError, match="cannot replace the workspace itself"):
            workspace.save_copy(tmp_path / "w.okr")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "copy.okr",
        "w.okr",
    ]


def test_creating_over_an_existing_workspace_replaces_it_only_when_complete(tmp_path: Path) -> None:
    path = tmp_path / "w.okr"
    with Workspace.create(path, sample=True) as workspace:
        sample_counts = workspace.counts()
    with Workspace.create(path) as fresh:
        assert fresh.counts()["objectives"] == 0
    assert sample_counts["objectives"] > 0
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".okrdesk-new-")]


def test_new_workspaces_and_copies_get_the_users_usual_permissions(tmp_path: Path) -> None:
    import os

    mask = os.umask(0o022)
    try:
        with Workspace.create(tmp_path / "w.okr") as workspace:
            workspace.save_copy(tmp_path / "copy.okr")
        assert (tmp_path / "w.okr").stat().st_mode & 0o777 == 0o644
        assert (tmp_path / "copy.okr").stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(mask)
