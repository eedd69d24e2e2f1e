"""Is a file okrdesk's, and whole? Identity markers, the schema snapshot, SQLite's integrity checks."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from okrdesk.services.errors import DamagedWorkspaceError, WorkspaceError
from okrdesk.services.workspace import Workspace
from okrdesk.store.checks import (
    EXPECTED_INDEXES,
    EXPECTED_TABLES,
    INDEX_KEYS,
    SchemaMismatch,
    integrity_problems,
    verify_schema,
)
from okrdesk.store.connection import file_uri, read_header
from okrdesk.store.migrate import upgrade_to_head


def _built(path: Path, version: int | None = None) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    if version is None:
        upgrade_to_head(conn)
    else:
        upgrade_to_head(conn, version=version)
    return conn


@pytest.fixture(scope="module")
def head_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database the migrations built to the newest format (built once: alembic takes a while)."""
    path = tmp_path_factory.mktemp("template") / "head.okr"
    _built(path).close()
    return path


@pytest.fixture
def head(head_file: Path, tmp_path: Path) -> Iterator[sqlite3.Connection]:
    """A connection to a fresh copy of head_file."""
    shutil.copyfile(head_file, tmp_path / "w.okr")
    conn = sqlite3.connect(tmp_path / "w.okr", isolation_level=None)
    yield conn
    conn.close()


def _schema(conn: sqlite3.Connection) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    rows = conn.execute("SELECT type, name, tbl_name FROM sqlite_schema").fetchall()
    tables = {
        name: tuple(r[1] for r in conn.execute(f'PRAGMA table_info("{name}")'))
        for kind, name, _ in rows
        if kind == "table" and not name.startswith("sqlite_")
    }
    indexes = {
        name: table for kind, name, table in rows if kind == "index" and not name.startswith("sqlite_")
    }
    return tables, indexes


def _index_keys(conn: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    """Every index's key columns, okrdesk's and SQLite's automatic ones; all plain (ascending, BINARY)."""
    keys = {}
    for table in EXPECTED_TABLES:
        for _, name, unique, _, partial in conn.execute(f'PRAGMA index_list("{table}")').fetchall():
            assert not partial and bool(unique) == name.startswith("sqlite_autoindex_"), name
            info = [r for r in conn.execute(f'PRAGMA index_xinfo("{name}")') if r[5]]
            assert all(r[3] == 0 and r[4] == "BINARY" for r in info), name
            keys[name] = tuple(r[2] for r in info)
    return keys


def test_a_new_workspace_says_it_is_okrdesks_format_2_in_its_header(tmp_path: Path) -> None:
    Workspace.create(tmp_path / "w.okr").close()
    header = read_header(tmp_path / "w.okr")
    assert header.application_id == 0x4F4B5244  # "OKRD": file(1) and okrdesk itself recognise it
    assert header.user_version == 2
    assert (tmp_path / "w.okr").read_bytes()[68:72] == b"OKRD"


@pytest.mark.parametrize("version", [1, 2])
def test_the_expected_schema_is_exactly_what_the_migrations_build(tmp_path: Path, version: int) -> None:
    """The snapshot verify_schema checks against cannot drift from the migrations (formats 1, 2 share it)."""
    conn = _built(tmp_path / "w.okr", version)
    try:
        tables, indexes = _schema(conn)
        assert tables == EXPECTED_TABLES
        assert indexes == EXPECTED_INDEXES
        assert _index_keys(conn) == INDEX_KEYS
        verify_schema(conn)  # and so the real thing passes
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == f"{version:04d}"
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("sql", "named"),
    [
        (
            "CREATE TRIGGER evil AFTER INSERT ON objectives BEGIN DELETE FROM cycles; END",
            "trigger named 'evil'",
        ),
        ("CREATE VIEW peek AS SELECT * FROM owners", "view named 'peek'"),
        ("CREATE TABLE extra (x)", "table 'extra'"),
        ("CREATE INDEX ix_extra ON objectives (title)", "index 'ix_extra'"),
        ("ALTER TABLE owners ADD COLUMN secret TEXT", "the table 'owners' does not have okrdesk's columns"),
        ("DROP TABLE retro_scores", "the table 'retro_scores' is missing"),
        (  # under okrdesk's own name, but UNIQUE: it would refuse a second check-in of a key result
            "DROP INDEX ix_check_ins_latest; "
            "CREATE UNIQUE INDEX ix_check_ins_latest ON check_ins (key_result_id, at, value, confidence)",
            "index 'ix_check_ins_latest' is not the one okrdesk makes",
        ),
        (
            "DROP INDEX ix_owners_parent_id; CREATE INDEX ix_owners_parent_id ON owners (parent_id) "
            "WHERE parent_id > 100",
            "index 'ix_owners_parent_id' is not the one okrdesk makes",
        ),
        (
            "DROP INDEX ix_owners_parent_id; CREATE INDEX ix_owners_parent_id ON owners (parent_id DESC)",
            "index 'ix_owners_parent_id' is not the one okrdesk makes",
        ),
        (
            "DROP TABLE settings; CREATE TABLE settings (key VARCHAR(80), value TEXT, "
            "PRIMARY KEY (key), UNIQUE (value))",
            "index 'sqlite_autoindex_settings_2' is not the one okrdesk makes",
        ),
    ],
)
def test_a_file_with_anything_okrdesk_never_makes_is_refused_by_name(
    head: sqlite3.Connection, sql: str, named: str
) -> None:
    verify_schema(head)
    head.executescript(sql)
    with pytest.raises(SchemaMismatch, match=named):
        verify_schema(head)


def test_a_newer_okrdesks_additions_are_accepted_for_reading_but_never_a_trigger(
    head: sqlite3.Connection,
) -> None:
    head.execute("CREATE TABLE future (x)")
    head.execute("ALTER TABLE owners ADD COLUMN nickname TEXT")
    head.execute("CREATE INDEX ix_future ON future (x)")
    verify_schema(head, allow_additions=True)
    with pytest.raises(SchemaMismatch):
        verify_schema(head)
    head.execute("CREATE TRIGGER t AFTER INSERT ON future BEGIN DELETE FROM owners; END")
    with pytest.raises(SchemaMismatch, match="trigger"):
        verify_schema(head, allow_additions=True)


def test_a_workspace_with_a_hostile_trigger_is_refused_and_left_byte_for_byte(
    head: sqlite3.Connection, tmp_path: Path
) -> None:
    path = tmp_path / "w.okr"
    head.execute("CREATE TRIGGER wipe AFTER UPDATE ON settings BEGIN DELETE FROM objectives; END")
    head.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match=r"not a workspace okrdesk made.*trigger named 'wipe'"):
        Workspace.open(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.okr"]  # no lock, journal or backup left


def test_integrity_problems_is_empty_for_a_whole_file_and_names_a_broken_reference(
    head: sqlite3.Connection,
) -> None:
    assert integrity_problems(head) == []
    assert integrity_problems(head, full=True) == []
    head.execute("PRAGMA foreign_keys = OFF")
    head.execute(
        "INSERT INTO key_results (id, objective_id, title, description, kr_type, start_value, "
        "target_value, unit, weight, position, created_at, updated_at) "
        "VALUES (7, 999, 'orphan', '', 'increase', 0, 1, '', 1, 0, '2026-01-01', '2026-01-01')"
    )
    assert integrity_problems(head) == []  # quick_check does not look at references
    assert integrity_problems(head, full=True) == [
        "row 7 of key_results refers to a missing row of objectives"
    ]


def _damage_table(path: Path, table: str) -> None:
    """Overwrites the head of one of a table's pages with garbage, as a failing disk might."""
    conn = sqlite3.connect(file_uri(path, read_only=True, immutable=True), uri=True)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (table,)).fetchone()[0]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start : start + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def test_a_damaged_table_page_is_found_and_the_file_is_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "w.okr"
    with Workspace.create(path) as workspace:
        workspace.add_objective(
            workspace.cycles()[0].id, "An objective with a title long enough to fill pages"
        )
    conn = sqlite3.connect(path, isolation_level=None)
    columns = "cycle_id, title, description, kind, state, position, progress_source, created_at, updated_at"
    for _ in range(6):  # 64 objectives: several pages
        conn.execute(f"INSERT INTO objectives ({columns}) SELECT {columns} FROM objectives")
    conn.close()
    _damage_table(path, "objectives")
    damaged = path.read_bytes()
    conn = sqlite3.connect(file_uri(path, read_only=True, immutable=True), uri=True)
    try:
        assert integrity_problems(conn)  # quick_check alone finds it
    finally:
        conn.close()
    with pytest.raises(DamagedWorkspaceError, match=r"w\.okr is damaged.*did not change it") as caught:
        Workspace.open(path)
    assert caught.value.problems and caught.value.path == path
    assert path.read_bytes() == damaged
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.okr"]  # the lock went again


def test_a_damaged_table_of_contents_is_damage_not_another_programs_file(tmp_path: Path) -> None:
    """Garbage where SQLite keeps the list of tables (page 1, after the header): the file is okrdesk's and
    damaged, so its backups are offered; it is not 'a workspace okrdesk did not make'."""
    path = tmp_path / "w.okr"
    Workspace.create(path).close()
    data = bytearray(path.read_bytes())
    data[100:108] = b"\xff" * 8
    path.write_bytes(bytes(data))
    conn = sqlite3.connect(file_uri(path, read_only=True, immutable=True), uri=True)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="malformed"):
            verify_schema(conn)
    finally:
        conn.close()
    with pytest.raises(DamagedWorkspaceError):
        Workspace.open(path)
    with pytest.raises(DamagedWorkspaceError):
        Workspace.open(path, read_only=True)
    assert path.read_bytes() == bytes(data)
