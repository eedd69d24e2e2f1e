"""The read path that draws the first screen, on the standard library's sqlite3 (no SQLAlchemy import).

Every query names its columns explicitly; tests run them against a schema created by the alembic baseline
and compare with the SQLAlchemy models, so this module and schema.py cannot drift apart silently.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from okrdesk.domain.model import (
    CheckIn,
    Cycle,
    CycleState,
    CycleTree,
    KeyResult,
    KRType,
    Objective,
    ObjectiveKind,
    ObjectiveState,
    Owner,
    OwnerKind,
    ProgressSource,
)


# Enum members by stored value: a dict lookup is ten times faster than calling the Enum class (Python 3.11),
# which matters for the 10,000 rows of a large cycle. An unknown value still raises the Enum's ValueError.
def _members(kind: type[Any]) -> dict[str, Any]:
    return {member.value: member for member in kind}


_KR_TYPE, _OBJECTIVE_KIND, _OBJECTIVE_STATE, _PROGRESS_SOURCE, _CYCLE_STATE, _OWNER_KIND = (
    _members(kind) for kind in (KRType, ObjectiveKind, ObjectiveState, ProgressSource, CycleState, OwnerKind)
)


def _member(members: dict[str, Any], kind: type[Any], value: Any) -> Any:
    found = members.get(value)
    return found if found is not None else kind(value)


_OBJECTIVE_COLUMNS = (
    "o.id, o.cycle_id, o.title, o.description, o.owner_id, o.parent_id, o.kind, o.state, o.position, "
    "o.progress_source"
)
_KR_COLUMNS = (
    "k.id, k.objective_id, k.title, k.kr_type, k.start_value, k.target_value, k.unit, k.weight, k.owner_id, "
    "k.position, k.description, k.carried_from_id"
)
# SQLite returns the other columns of the row holding MAX(at) (documented "bare column" behaviour);
# the covering index ix_check_ins_latest makes this an index-only scan.
_LATEST = (
    "SELECT key_result_id, MAX(at) AS at, value, confidence FROM check_ins"
    " WHERE key_result_id IN ({ids}) GROUP BY key_result_id"
)


def _dt(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _cycle(row: Sequence[Any]) -> Cycle:
    return Cycle(
        id=row[0],
        name=row[1],
        start=date.fromisoformat(row[2]),
        end=date.fromisoformat(row[3]),
        state=_member(_CYCLE_STATE, CycleState, row[4]),
    )


def _objective(row: Sequence[Any]) -> Objective:
    return Objective(
        id=row[0],
        cycle_id=row[1],
        title=row[2],
        description=row[3],
        owner_id=row[4],
        parent_id=row[5],
        kind=_member(_OBJECTIVE_KIND, ObjectiveKind, row[6]),
        state=_member(_OBJECTIVE_STATE, ObjectiveState, row[7]),
        position=row[8],
        progress_source=_member(_PROGRESS_SOURCE, ProgressSource, row[9]),
    )


def _key_result(row: Sequence[Any], latest: tuple[Any, ...] | None) -> KeyResult:
    # Positional arguments (KeyResult's field order): this builds the 8,000 key results of a large cycle.
    r = row
    kind = _member(_KR_TYPE, KRType, r[3])
    if latest is None:
        return KeyResult(r[0], r[1], r[2], kind, r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11])
    return KeyResult(
        r[0],
        r[1],
        r[2],
        kind,
        r[4],
        r[5],
        r[6],
        r[7],
        r[8],
        r[9],
        r[10],
        r[11],
        latest[2],
        latest[3],
        _dt(latest[1]),
    )


def cycles(conn: sqlite3.Connection) -> list[Cycle]:
    """All cycles, longest first among those starting on the same day (a year before its quarters)."""
    rows = conn.execute(
        "SELECT id, name, start_date, end_date, state FROM cycles ORDER BY start_date, end_date DESC, name"
    ).fetchall()
    return [_cycle(r) for r in rows]


def owners(conn: sqlite3.Connection) -> list[Owner]:
    rows = conn.execute(
        "SELECT id, kind, name, parent_id, email, position FROM owners ORDER BY kind DESC, position, name"
    ).fetchall()
    return [Owner(r[0], _member(_OWNER_KIND, OwnerKind, r[1]), r[2], r[3], r[4], r[5]) for r in rows]


def settings(conn: sqlite3.Connection) -> dict[str, str]:
    return {k: v for k, v in conn.execute("SELECT key, value FROM settings").fetchall()}


def _latest_check_ins(conn: sqlite3.Connection, kr_ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    latest: dict[int, tuple[Any, ...]] = {}
    # Chunked to stay below SQLite's limit on bound parameters.
    for i in range(0, len(kr_ids), 30000):
        chunk = kr_ids[i : i + 30000]
        sql = _LATEST.format(ids=",".join("?" * len(chunk)))
        for row in conn.execute(sql, chunk):
            latest[row[0]] = row
    return latest


def key_results_for(conn: sqlite3.Connection, objective_ids: Iterable[int]) -> list[KeyResult]:
    ids = list(objective_ids)
    rows: list[Any] = []
    for i in range(0, len(ids), 30000):
        chunk = ids[i : i + 30000]
        rows += conn.execute(
            f"SELECT {_KR_COLUMNS} FROM key_results k WHERE k.objective_id IN ({','.join('?' * len(chunk))})"
            " ORDER BY k.objective_id, k.position, k.id",
            chunk,
        ).fetchall()
    latest = _latest_check_ins(conn, [r[0] for r in rows])
    return [_key_result(r, latest.get(r[0])) for r in rows]


def cycle_tree(conn: sqlite3.Connection, cycle_id: int) -> CycleTree | None:
    """The cycle's objectives, the objectives of other cycles aligned below them, and their key results."""
    all_cycles = {c.id: c for c in cycles(conn)}
    cycle = all_cycles.get(cycle_id)
    if cycle is None:
        return None
    rows = conn.execute(
        f"""
        WITH RECURSIVE shown(id) AS (
            SELECT id FROM objectives WHERE cycle_id = ?
            UNION
            SELECT o.id FROM objectives o JOIN shown s ON o.parent_id = s.id
        )
        SELECT {_OBJECTIVE_COLUMNS} FROM objectives o JOIN shown USING (id)
        ORDER BY o.position, o.id
        """,
        (cycle_id,),
    ).fetchall()
    objectives = tuple(_objective(r) for r in rows)
    shown = {o.id for o in objectives}
    outside_ids = sorted({o.parent_id for o in objectives if o.parent_id is not None} - shown)
    outside = tuple(objectives_by_id(conn, outside_ids)) if outside_ids else ()
    return CycleTree(
        cycle=cycle,
        objectives=objectives,
        key_results=tuple(key_results_for(conn, [o.id for o in objectives])),
        outside_parents=outside,
        cycles=all_cycles,
    )


def objectives_by_id(conn: sqlite3.Connection, ids: Sequence[int]) -> list[Objective]:
    rows = conn.execute(
        f"SELECT {_OBJECTIVE_COLUMNS} FROM objectives o WHERE o.id IN ({','.join('?' * len(ids))})",
        list(ids),
    ).fetchall()
    return [_objective(r) for r in rows]


def aligned_children(conn: sqlite3.Connection, objective_id: int) -> list[Objective]:
    """The objectives aligned directly below one objective (any cycle), in their order."""
    rows = conn.execute(
        f"SELECT {_OBJECTIVE_COLUMNS} FROM objectives o WHERE o.parent_id = ? ORDER BY o.position, o.id",
        (objective_id,),
    ).fetchall()
    return [_objective(r) for r in rows]


def objective(conn: sqlite3.Connection, objective_id: int) -> Objective | None:
    found = objectives_by_id(conn, [objective_id])
    return found[0] if found else None


def key_result(conn: sqlite3.Connection, key_result_id: int) -> KeyResult | None:
    row = conn.execute(f"SELECT {_KR_COLUMNS} FROM key_results k WHERE k.id = ?", (key_result_id,)).fetchone()
    if row is None:
        return None
    return _key_result(row, _latest_check_ins(conn, [key_result_id]).get(key_result_id))


def alignment_maps(conn: sqlite3.Connection) -> tuple[dict[int, int | None], dict[int, int], dict[int, str]]:
    """parent_of, cycle_of and title of every objective: what alignment checks walk."""
    parent_of: dict[int, int | None] = {}
    cycle_of: dict[int, int] = {}
    titles: dict[int, str] = {}
    for oid, parent, cycle, title in conn.execute("SELECT id, parent_id, cycle_id, title FROM objectives"):
        parent_of[oid] = parent
        cycle_of[oid] = cycle
        titles[oid] = title
    return parent_of, cycle_of, titles


_CHECK_IN_COLUMNS = "id, key_result_id, at, value, confidence, note, author_id"


def _check_in(r: Sequence[Any]) -> CheckIn:
    return CheckIn(r[0], r[1], datetime.fromisoformat(r[2]), r[3], r[4], r[5], r[6])


def check_ins(conn: sqlite3.Connection, key_result_id: int) -> list[CheckIn]:
    """A key result's check-ins, oldest first."""
    rows = conn.execute(
        f"SELECT {_CHECK_IN_COLUMNS} FROM check_ins WHERE key_result_id = ? ORDER BY at, id",
        (key_result_id,),
    ).fetchall()
    return [_check_in(r) for r in rows]


def check_ins_of(conn: sqlite3.Connection, key_result_ids: Sequence[int]) -> dict[int, list[CheckIn]]:
    """The check-ins of several key results, per key result, oldest first (one query)."""
    result: dict[int, list[CheckIn]] = {kr_id: [] for kr_id in key_result_ids}
    if not key_result_ids:
        return result
    marks = ",".join("?" * len(key_result_ids))
    rows = conn.execute(
        f"SELECT {_CHECK_IN_COLUMNS} FROM check_ins WHERE key_result_id IN ({marks}) ORDER BY at, id",
        list(key_result_ids),
    )
    for r in rows:
        result[r[1]].append(_check_in(r))
    return result


def check_in(conn: sqlite3.Connection, check_in_id: int) -> CheckIn | None:
    row = conn.execute(f"SELECT {_CHECK_IN_COLUMNS} FROM check_ins WHERE id = ?", (check_in_id,)).fetchone()
    return None if row is None else _check_in(row)


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """How many rows each main table holds (for summaries and tests)."""
    tables = ("cycles", "owners", "objectives", "key_results", "check_ins")
    return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def objectives_without_key_results(conn: sqlite3.Connection) -> int:
    """How many objectives have no key result."""
    sql = """SELECT COUNT(*) FROM objectives o
        WHERE NOT EXISTS (SELECT 1 FROM key_results k WHERE k.objective_id = o.id)"""
    count: int = conn.execute(sql).fetchone()[0]
    return count


def check_in_count(conn: sqlite3.Connection, key_result_ids: Sequence[int]) -> int:
    """How many check-ins these key results hold (for confirmations that name what goes)."""
    if not key_result_ids:
        return 0
    marks = ",".join("?" * len(key_result_ids))
    row = conn.execute(
        f"SELECT COUNT(*) FROM check_ins WHERE key_result_id IN ({marks})", list(key_result_ids)
    )
    return int(row.fetchone()[0])


def retrospective_rows(conn: sqlite3.Connection, cycle_id: int) -> dict[str, Any] | None:
    """A cycle's stored retrospective as plain rows (services.retro builds its dataclasses), or None.

    Keys: "retrospective" (id, summary, started_at, finished_at), "scores" (key_result_id, suggested, score,
    override_reason), "reflections" (objective_id, went_well, challenges, lessons), "needs" (person_id,
    need) and "carry_overs" (key_result_id, decision, target_cycle_id, new_key_result_id), each in id order.
    """
    head = conn.execute(
        "SELECT id, summary, started_at, finished_at FROM retrospectives WHERE cycle_id = ?", (cycle_id,)
    ).fetchone()
    if head is None:
        return None
    queries = {
        "scores": "SELECT key_result_id, suggested, score, override_reason FROM retro_scores",
        "reflections": "SELECT objective_id, went_well, challenges, lessons FROM retro_reflections",
        "needs": "SELECT person_id, need FROM retro_development_needs",
        "carry_overs": (
            "SELECT key_result_id, decision, target_cycle_id, new_key_result_id FROM retro_carry_overs"
        ),
    }
    result: dict[str, Any] = {
        "retrospective": (head[0], head[1], _dt(head[2]), _dt(head[3])),
    }
    for key, sql in queries.items():
        result[key] = [
            tuple(r) for r in conn.execute(f"{sql} WHERE retrospective_id = ? ORDER BY id", (head[0],))
        ]
    return result


def key_results_by_id(conn: sqlite3.Connection, ids: Sequence[int]) -> list[KeyResult]:
    """Key results by id (any cycle), with their latest check-in; unknown ids are left out."""
    if not ids:
        return []
    rows = conn.execute(
        f"SELECT {_KR_COLUMNS} FROM key_results k WHERE k.id IN ({','.join('?' * len(ids))}) ORDER BY k.id",
        list(ids),
    ).fetchall()
    latest = _latest_check_ins(conn, [r[0] for r in rows])
    return [_key_result(r, latest.get(r[0])) for r in rows]


def carried_key_results(conn: sqlite3.Connection, old_ids: Sequence[int]) -> dict[int, list[int]]:
    """For each old key result id, the ids of the key results carried from it (oldest first)."""
    result: dict[int, list[int]] = {i: [] for i in old_ids}
    if not old_ids:
        return result
    marks = ",".join("?" * len(old_ids))
    rows = conn.execute(
        f"SELECT carried_from_id, id FROM key_results WHERE carried_from_id IN ({marks}) ORDER BY id",
        list(old_ids),
    )
    for old, new in rows:
        result[old].append(new)
    return result


def has_retrospective(conn: sqlite3.Connection, cycle_id: int) -> bool:
    """True when the cycle has a stored retrospective."""
    row = conn.execute("SELECT 1 FROM retrospectives WHERE cycle_id = ? LIMIT 1", (cycle_id,)).fetchone()
    return row is not None


# ---- CSV exports (export/interchange.py, export/checkin_log.py) ---------------------------------------

# The formula guard of shared OKR_RULES.md ("CSV interchange") in SQL, for the check-in log's fast path: a
# text that starts with = + - @ tab or CR (code points 61, 43, 45, 64, 9, 13), possibly after quotes (39),
# gets one more leading quote. The Python form is export.csv_files.formula_safe; tests hold both to the
# same cases.
_FORMULA_STARTS = "(61, 43, 45, 64, 9, 13)"
_GUARDED = (
    "CASE WHEN unicode({col}) IN " + _FORMULA_STARTS + " OR (unicode({col}) = 39 AND unicode(ltrim({col}, "
    "'''')) IN " + _FORMULA_STARTS + ") THEN '''' || {col} ELSE {col} END"
)
# The guarded text as one CSV cell, as Python's csv.writer writes it (QUOTE_MINIMAL): quoted, its quotes
# doubled, when it holds a quote, a comma or a line break.
_CSV_CELL = (
    "CASE WHEN instr({col}, '\"') OR instr({col}, ',') OR instr({col}, char(10)) OR instr({col}, char(13))"
    " THEN '\"' || replace(" + _GUARDED + ", '\"', '\"\"') || '\"' ELSE " + _GUARDED + " END"
)
# Whole numbers reach Python as int (written without ".0"), the others as float (written shortest, by repr).
_PLAIN_NUMBER = (
    "CASE WHEN {col} = CAST({col} AS INTEGER) AND abs({col}) < 1e15"
    " THEN CAST({col} AS INTEGER) ELSE {col} END"
)


def export_outline(
    conn: sqlite3.Connection, cycle_ids: Sequence[int]
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The light rows an export orders and filters by, for the given cycles.

    Objectives: (id, cycle_id, parent_id, owner_id, position, title); key results: (id, objective_id,
    owner_id, position, title, unit). No check-ins are read.
    """
    if not cycle_ids:
        return [], []
    marks = ",".join("?" * len(cycle_ids))
    objectives = conn.execute(
        "SELECT id, cycle_id, parent_id, owner_id, position, title FROM objectives"
        f" WHERE cycle_id IN ({marks}) ORDER BY id",
        list(cycle_ids),
    ).fetchall()
    key_results = conn.execute(
        "SELECT k.id, k.objective_id, k.owner_id, k.position, k.title, k.unit"
        f" FROM key_results k JOIN objectives o ON o.id = k.objective_id WHERE o.cycle_id IN ({marks})"
        " ORDER BY k.id",
        list(cycle_ids),
    ).fetchall()
    return objectives, key_results


_CHOSEN = "WITH chosen(kr, n) AS (SELECT value, key FROM json_each(?))"


def _id_list(ids: Sequence[int]) -> str:
    """Ids as one JSON parameter (json_each reads it): no limit on bound parameters, order kept."""
    import json

    return json.dumps([int(i) for i in ids])


def check_in_log_count(conn: sqlite3.Connection, key_result_ids: Sequence[int]) -> int:
    """How many check-ins the key results hold (the total of the check-in log)."""
    row = conn.execute(
        f"{_CHOSEN} SELECT COUNT(*) FROM chosen JOIN check_ins c ON c.key_result_id = chosen.kr",
        (_id_list(key_result_ids),),
    ).fetchone()
    return int(row[0])


def check_in_log(conn: sqlite3.Connection, key_result_ids: Sequence[int]) -> sqlite3.Cursor:
    """The check-ins of the key results, in the order of the ids given, each key result's oldest first:
    one query streamed from a cursor (the fast path of the check-in log export).

    Rows: (key_result_id, at, value, confidence, note, author_id): `at` in ISO local time to the second;
    the value an int when whole, else a float; the confidence or ""; the note formula-guarded and written as
    one CSV cell (quoted where needed).
    """
    value = _PLAIN_NUMBER.format(col="c.value")
    note = _CSV_CELL.format(col="c.note")
    return conn.execute(
        f"{_CHOSEN} SELECT c.key_result_id, replace(substr(c.at, 1, 19), ' ', 'T'), {value},"
        f" coalesce(c.confidence, ''), {note}, c.author_id"
        " FROM chosen JOIN check_ins c ON c.key_result_id = chosen.kr ORDER BY chosen.n, c.at, c.id",
        (_id_list(key_result_ids),),
    )
