"""A hypothesis state machine over the services: edit, delete, undo, reopen, backup, restore and export a real
workspace file, with a plain-Python model of what it should hold.

After every step the model must equal what a fresh read-only sqlite3 connection reads from the file (and
what the open workspace shows), and SQLite's integrity_check and foreign_key_check must pass. So a change
that is lost on reopen, an undo that does not put back the same ids, a restore that leaves something of
the replaced content behind, a refused edit that changed something anyway, or an export that disagrees with
the file, all fail here, with the shortest sequence of steps that shows it.

Runs 40 sequences of up to 25 steps (about 6 s). For a long run of 500 sequences (about 70 s):
    OKRDESK_SOAK=1 .venv/bin/python -m pytest -q tests/safety/test_state_machine.py
When a sequence fails, Hypothesis shrinks it to a short one, which can take a few minutes.
"""

from __future__ import annotations

import atexit
import copy
import csv
import functools
import math
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from okrdesk.export.interchange import write_interchange_csv
from okrdesk.services.backups import make_backup, read_summary
from okrdesk.services.errors import NotFoundError, OkrdeskError, ValidationError, WorkspaceError
from okrdesk.services.opening import restore_backup
from okrdesk.services.workspace import Workspace

SOAK = os.environ.get("OKRDESK_SOAK") == "1"
DAY = date(2026, 5, 10)
FORMULA_STARTS = set("=+-@\t\r")  # a CSV cell starting so gets a leading apostrophe (export/csv_files.py)


# ---- the model ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Obj:
    title: str
    description: str
    kind: str


@dataclass(frozen=True)
class KR:
    objective_id: int
    title: str
    kr_type: str
    start: float
    target: float
    unit: str


@dataclass(frozen=True)
class CI:
    key_result_id: int
    at: datetime
    value: float
    confidence: int | None
    note: str


@dataclass
class Model:
    """What the workspace holds: its objectives in order, each one's key results in order, the check-ins."""

    objectives: dict[int, Obj] = field(default_factory=dict)
    order: list[int] = field(default_factory=list)
    krs: dict[int, KR] = field(default_factory=dict)
    kr_order: dict[int, list[int]] = field(default_factory=dict)
    check_ins: dict[int, CI] = field(default_factory=dict)


def read_file(path: Path) -> tuple[Model, int]:
    """The workspace as a fresh read-only connection reads it with plain SELECTs; checks SQLite's verdict."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        cycles = conn.execute("SELECT id FROM cycles").fetchall()
        assert len(cycles) == 1, cycles
        cycle_id = cycles[0][0]
        model = Model()
        rows = conn.execute(
            "SELECT id, cycle_id, parent_id, title, description, kind, position FROM objectives"
            " ORDER BY position, id"
        )
        for index, (oid, cycle, parent, title, description, kind, position) in enumerate(rows):
            assert (cycle, parent, position) == (cycle_id, None, index), "objective positions are 0..n-1"
            model.objectives[oid] = Obj(title, description, kind)
            model.order.append(oid)
            model.kr_order[oid] = []
        rows = conn.execute(
            "SELECT id, objective_id, title, kr_type, start_value, target_value, unit, position"
            " FROM key_results ORDER BY objective_id, position, id"
        )
        for kid, oid, title, kr_type, start, target, unit, position in rows:
            assert position == len(model.kr_order[oid]), "key result positions are 0..n-1"
            model.krs[kid] = KR(oid, title, kr_type, start, target, unit)
            model.kr_order[oid].append(kid)
        rows = conn.execute("SELECT id, key_result_id, at, value, confidence, note FROM check_ins")
        for cid, kid, at, value, confidence, note in rows:
            model.check_ins[cid] = CI(kid, datetime.fromisoformat(at), value, confidence, note)
        return model, cycle_id
    finally:
        conn.close()


def read_workspace(ws: Workspace, cycle_id: int) -> Model:
    """The workspace as the open Workspace shows it (the services' own reads)."""
    tree = ws.cycle_tree(cycle_id)
    model = Model()
    for o in tree.objectives:
        model.objectives[o.id] = Obj(o.title, o.description, o.kind.value)
        model.order.append(o.id)
        model.kr_order[o.id] = []
    for k in tree.key_results:
        model.krs[k.id] = KR(k.objective_id, k.title, k.kr_type.value, k.start, k.target, k.unit)
        model.kr_order[k.objective_id].append(k.id)
    for check_ins in ws.check_ins_of(list(model.krs)).values():
        for c in check_ins:
            model.check_ins[c.id] = CI(c.key_result_id, c.at, c.value, c.confidence, c.note)
    return model


def as_exported(text: str) -> str:
    if text and (text[0] in FORMULA_STARTS or (text[0] == "'" and text.lstrip("'")[:1] in FORMULA_STARTS)):
        return "'" + text
    return text


# ---- strategies --------------------------------------------------------------------------------------------

one_line = st.characters(blacklist_categories=("Cc", "Cs"))
titles = st.text(one_line, min_size=1, max_size=20).filter(lambda t: t.strip())
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
kinds = st.sampled_from(["committed", "aspirational"])
units = st.text(one_line, max_size=8)
numbers = st.floats(-1e6, 1e6, allow_nan=False)
values = st.floats(-1e9, 1e9, allow_nan=False)
confidences = st.none() | st.integers(0, 10)
moments = (
    st.none()
    | st.datetimes(datetime(2024, 1, 1), datetime(2025, 12, 31))
    | st.dates(date(2024, 1, 1), date(2025, 12, 31))
)
BAD_TITLES = ["", "   ", "two\nlines", "x" * 501, "bell\x07"]


@st.composite
def kr_shapes(draw: st.DrawFn) -> tuple[str, float, float]:
    """A key result type with a start and a target that suit it."""
    kr_type = draw(st.sampled_from(["increase", "decrease", "at_least", "at_most", "milestone"]))
    if kr_type == "milestone":
        return kr_type, 0.0, 1.0
    a, b = draw(numbers), draw(numbers)
    if kr_type in ("increase", "decrease"):
        low, high = sorted((a, b if b != a else a + 1))
        return (kr_type, low, high) if kr_type == "increase" else (kr_type, high, low)
    return kr_type, a, b


def check_in_value(kr_type: str) -> st.SearchStrategy[float]:
    return st.sampled_from([0.0, 1.0]) if kr_type == "milestone" else values


@functools.cache
def new_workspace() -> Path:
    """A new, closed workspace made once per run and copied for each sequence (creating one takes longer
    than a whole sequence of steps, and shrinking a failure runs thousands of sequences)."""
    folder = Path(tempfile.mkdtemp(prefix="okrdesk-machine-template-"))
    atexit.register(shutil.rmtree, folder, True)
    Workspace.create(folder / "new.okr", today=DAY).close()
    assert sorted(p.name for p in folder.iterdir()) == ["new.okr"], "closed: no journal, no lock left"
    return folder / "new.okr"


# ---- the machine -------------------------------------------------------------------------------------------


class WorkspaceMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="okrdesk-machine-"))
        self.path = self.folder / "w.okr"
        shutil.copyfile(new_workspace(), self.path)
        self.ws = Workspace.open(self.path)
        self.cycle_id = self.ws.cycles()[0].id
        self.read_only = False
        self.model = Model()
        self.used: dict[str, set[int]] = {"objectives": set(), "krs": set(), "check_ins": set()}
        self.undo: list[tuple[str, Any, Any]] = []  # (what, the service's Deleted* record, the model's data)
        self.backups: list[tuple[Path, str, Model, dict[str, set[int]]]] = []

    def teardown(self) -> None:
        self.ws.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # ---- helpers ---------------------------------------------------------------------------------------

    def _write(self, call: Callable[[], Any]) -> Any:
        """Runs a write; when the workspace is open read-only it must be refused (and change nothing)."""
        if self.read_only:
            with pytest.raises(WorkspaceError):
                call()
            return None
        return call()

    def _new_id(self, table: str, new_id: int) -> None:
        assert new_id not in self.used[table], f"{table} id {new_id} was used before: ids are never reused"
        self.used[table].add(new_id)

    def _add_check_in(self, kid: int, fields: dict[str, Any], recorded: Any, before: datetime) -> None:
        at = fields.get("at")
        if at is None:
            assert before <= recorded.at <= datetime.now(), "a check-in without a time is dated now"
            at = recorded.at
        elif not isinstance(at, datetime):
            at = datetime.combine(at, time())
        ci = CI(kid, at, float(fields["value"]), fields.get("confidence"), fields.get("note", ""))
        assert (
            CI(recorded.key_result_id, recorded.at, recorded.value, recorded.confidence, recorded.note) == ci
        )
        self._new_id("check_ins", recorded.id)
        self.model.check_ins[recorded.id] = ci

    def _gone(self, table: str) -> int:
        """The id of a deleted item (or of one never made): what a stale window or script refers to."""
        present = {
            "objectives": self.model.objectives,
            "krs": self.model.krs,
            "check_ins": self.model.check_ins,
        }
        gone = sorted(self.used[table] - set(present[table]))
        return gone[-1] if gone else max(self.used[table], default=0) + 1

    def _check_in_fields(self, data: st.DataObject, kid: int) -> dict[str, Any]:
        fields: dict[str, Any] = {"value": data.draw(check_in_value(self.model.krs[kid].kr_type))}
        for name, strategy in (("confidence", confidences), ("note", texts), ("at", moments)):
            if data.draw(st.booleans()):
                fields[name] = data.draw(strategy)
        return fields

    # ---- edit ------------------------------------------------------------------------------------------

    @initialize(data=st.data(), count=st.integers(2, 4))
    def seed(self, data: st.DataObject, count: int) -> None:
        """Starts from a few objectives with key results and check-ins, so that deletes and undos carry
        something (found by the rules alone, such a tree is rare within 25 steps)."""
        for number in range(count):
            self.add_objective(data.draw(titles), data.draw(texts), data.draw(kinds))
            oid = self.model.order[-1]
            least = 1 if number == 0 else 0  # the first has a key result with a check-in: more rules apply
            for _ in range(data.draw(st.integers(least, 3), label="key results")):
                self._add_key_result(oid, data.draw(titles), data.draw(kr_shapes()), data.draw(units))
                for _ in range(data.draw(st.integers(least, 3), label="check-ins")):
                    self._record_check_in(data, self.model.kr_order[oid][-1])

    @rule(title=titles, description=texts, kind=kinds)
    def add_objective(self, title: str, description: str, kind: str) -> None:
        added = self._write(
            lambda: self.ws.add_objective(self.cycle_id, title, description=description, kind=kind)
        )
        if added is not None:
            self._new_id("objectives", added.id)
            self.model.objectives[added.id] = Obj(title.strip(), description, kind)
            self.model.order.append(added.id)
            self.model.kr_order[added.id] = []

    @precondition(lambda self: self.model.objectives)
    @rule(data=st.data(), title=st.none() | titles, description=st.none() | texts, kind=st.none() | kinds)
    def update_objective(
        self, data: st.DataObject, title: str | None, description: str | None, kind: str | None
    ) -> None:
        oid = data.draw(st.sampled_from(self.model.order), label="objective")
        changes = {
            k: v for k, v in (("title", title), ("description", description), ("kind", kind)) if v is not None
        }
        if self._write(lambda: self.ws.update_objective(oid, **changes)) is not None:
            old = self.model.objectives[oid]
            self.model.objectives[oid] = Obj(
                title.strip() if title is not None else old.title,
                description if description is not None else old.description,
                kind or old.kind,
            )

    def _add_key_result(self, oid: int, title: str, shape: tuple[str, float, float], unit: str) -> None:
        kr_type, start, target = shape
        added = self._write(
            lambda: self.ws.add_key_result(oid, title, kr_type=kr_type, start=start, target=target, unit=unit)
        )
        if added is not None:
            self._new_id("krs", added.id)
            self.model.krs[added.id] = KR(oid, title.strip(), kr_type, start, target, unit.strip())
            self.model.kr_order[oid].append(added.id)

    @precondition(lambda self: self.model.objectives)
    @rule(data=st.data(), title=titles, shape=kr_shapes(), unit=units)
    def add_key_result(
        self, data: st.DataObject, title: str, shape: tuple[str, float, float], unit: str
    ) -> None:
        self._add_key_result(
            data.draw(st.sampled_from(self.model.order), label="objective"), title, shape, unit
        )

    @precondition(lambda self: self.model.krs)
    @rule(data=st.data(), title=st.none() | titles, shape=st.none() | kr_shapes(), unit=st.none() | units)
    def update_key_result(
        self, data: st.DataObject, title: str | None, shape: tuple[str, float, float] | None, unit: str | None
    ) -> None:
        kid = data.draw(st.sampled_from(sorted(self.model.krs)), label="key result")
        changes: dict[str, Any] = {"title": title, "unit": unit}
        if shape is not None:
            changes.update(zip(("kr_type", "start", "target"), shape, strict=True))
        changes = {k: v for k, v in changes.items() if v is not None}
        if self._write(lambda: self.ws.update_key_result(kid, **changes)) is not None:
            old = self.model.krs[kid]
            kr_type, start, target = shape or (old.kr_type, old.start, old.target)
            self.model.krs[kid] = KR(
                old.objective_id,
                title.strip() if title is not None else old.title,
                kr_type,
                start,
                target,
                unit.strip() if unit is not None else old.unit,
            )

    @precondition(lambda self: self.model.krs)
    @rule(data=st.data())
    def record_check_in(self, data: st.DataObject) -> None:
        self._record_check_in(data, data.draw(st.sampled_from(sorted(self.model.krs)), label="key result"))

    def _record_check_in(self, data: st.DataObject, kid: int) -> None:
        fields = self._check_in_fields(data, kid)
        before = datetime.now()
        recorded = self._write(lambda: self.ws.record_check_in(kid, **fields))
        if recorded is not None:
            self._add_check_in(kid, fields, recorded, before)

    @precondition(lambda self: self.model.krs)
    @rule(data=st.data(), spoil=st.booleans())
    def record_round(self, data: st.DataObject, spoil: bool) -> None:
        """Several check-ins in one transaction: all of them, or (one bad entry) none."""
        kids = data.draw(
            st.lists(st.sampled_from(sorted(self.model.krs)), min_size=1, max_size=3, unique=True)
        )
        entries = [(kid, self._check_in_fields(data, kid)) for kid in kids]
        if spoil:
            bad = data.draw(st.integers(0, len(entries) - 1), label="bad entry")
            entries[bad] = (entries[bad][0], {**entries[bad][1], "confidence": 11})
            with pytest.raises(WorkspaceError if self.read_only else ValidationError):
                self.ws.record_check_ins(entries)
            return
        before = datetime.now()
        recorded = self._write(lambda: self.ws.record_check_ins(entries))
        if recorded is not None:
            assert len(recorded) == len(entries)
            for (kid, fields), check_in in zip(entries, recorded, strict=True):
                self._add_check_in(kid, fields, check_in, before)

    @precondition(lambda self: self.model.check_ins)
    @rule(data=st.data())
    def update_check_in(self, data: st.DataObject) -> None:
        cid = data.draw(st.sampled_from(sorted(self.model.check_ins)), label="check-in")
        old = self.model.check_ins[cid]
        drawn = self._check_in_fields(data, old.key_result_id)
        changes = {k: v for k, v in drawn.items() if k != "value" or data.draw(st.booleans())}
        before = datetime.now()
        updated = self._write(lambda: self.ws.update_check_in(cid, **changes))
        if updated is None:
            return
        at = changes.get("at", old.at)
        if at is None:
            assert before <= updated.at <= datetime.now()
            at = updated.at
        elif not isinstance(at, datetime):
            at = datetime.combine(at, time())
        new = CI(
            old.key_result_id,
            at,
            float(changes.get("value", old.value)),
            changes.get("confidence", old.confidence),
            changes.get("note", old.note),
        )
        assert CI(updated.key_result_id, updated.at, updated.value, updated.confidence, updated.note) == new
        self.model.check_ins[cid] = new

    @rule(data=st.data())
    def invalid_edit(self, data: st.DataObject) -> None:
        """Input the services must refuse with a ValidationError (NotFoundError for a gone item), changing
        nothing (the invariant compares the file with the unchanged model)."""
        ws, cycle_id = self.ws, self.cycle_id
        future = datetime.now() + timedelta(days=1)
        calls: list[tuple[type[OkrdeskError], Callable[[], Any]]] = [
            *((ValidationError, lambda t=t: ws.add_objective(cycle_id, t)) for t in BAD_TITLES),
            (ValidationError, lambda: ws.add_objective(cycle_id, "ok", kind="urgent")),
            (ValidationError, lambda: ws.add_objective(cycle_id, "ok", description="x" * 100_001)),
            (NotFoundError, lambda: ws.update_objective(self._gone("objectives"), title="x")),
            (NotFoundError, lambda: ws.add_key_result(self._gone("objectives"), "k")),
            (NotFoundError, lambda: ws.record_check_in(self._gone("krs"), 1.0)),
            (NotFoundError, lambda: ws.update_check_in(self._gone("check_ins"), note="x")),
            (NotFoundError, lambda: ws.delete_key_result(self._gone("krs"))),
        ]
        if self.model.objectives:
            oid = data.draw(st.sampled_from(self.model.order), label="objective")
            calls += [
                *((ValidationError, lambda t=t: ws.update_objective(oid, title=t)) for t in BAD_TITLES),
                (ValidationError, lambda: ws.update_objective(oid, kind="urgent")),
                (ValidationError, lambda: ws.add_key_result(oid, "k", start=5, target=5)),
                (ValidationError, lambda: ws.add_key_result(oid, "k", kr_type="decrease", start=1, target=2)),
                (ValidationError, lambda: ws.add_key_result(oid, "k", start=math.nan)),
                (ValidationError, lambda: ws.add_key_result(oid, "k", target="abc")),
                (ValidationError, lambda: ws.add_key_result(oid, "k", unit="u" * 41)),
                (
                    ValidationError,
                    lambda: ws.add_key_result(oid, "k", kr_type="milestone", start=0, target=2),
                ),
                (ValidationError, lambda: ws.add_key_result(oid, "k", kr_type="sideways")),
                (ValidationError, lambda: ws.add_key_result(oid, "k", weight=-1)),
            ]
        if self.model.krs:
            kid = data.draw(st.sampled_from(sorted(self.model.krs)), label="key result")
            calls += [
                (ValidationError, lambda: ws.update_key_result(kid, title="")),
                (ValidationError, lambda: ws.update_key_result(kid, kr_type="increase", start=3, target=1)),
                (ValidationError, lambda: ws.update_key_result(kid, start=math.inf)),
                (ValidationError, lambda: ws.record_check_in(kid, math.nan)),
                (ValidationError, lambda: ws.record_check_in(kid, "abc")),
                (ValidationError, lambda: ws.record_check_in(kid, 1e13)),
                (ValidationError, lambda: ws.record_check_in(kid, 1.0, confidence=11)),
                (ValidationError, lambda: ws.record_check_in(kid, 1.0, confidence=-1)),
                (ValidationError, lambda: ws.record_check_in(kid, 1.0, confidence=2.5)),  # type: ignore[arg-type]
                (ValidationError, lambda: ws.record_check_in(kid, 1.0, at=future)),
            ]
            if self.model.krs[kid].kr_type == "milestone":
                calls.append((ValidationError, lambda: ws.record_check_in(kid, 0.5)))
        if self.model.check_ins:
            cid = data.draw(st.sampled_from(sorted(self.model.check_ins)), label="check-in")
            calls += [
                (ValidationError, lambda: ws.update_check_in(cid, value=math.nan)),
                (ValidationError, lambda: ws.update_check_in(cid, confidence=11)),
                (ValidationError, lambda: ws.update_check_in(cid, at=future)),
                (ValidationError, lambda: ws.update_check_in(cid, note="n" * 100_001)),
            ]
        expected, call = data.draw(st.sampled_from(calls), label="invalid call")
        with pytest.raises(WorkspaceError if self.read_only else expected):
            call()

    # ---- delete ----------------------------------------------------------------------------------------

    def _check_ins_of(self, kids: list[int]) -> dict[int, CI]:
        return {i: c for i, c in self.model.check_ins.items() if c.key_result_id in kids}

    @precondition(lambda self: self.model.objectives)
    @rule(data=st.data(), undo_at_once=st.booleans())
    def delete_objective(self, data: st.DataObject, undo_at_once: bool) -> None:
        oid = data.draw(st.sampled_from(self.model.order), label="objective")
        deleted = self._write(lambda: self.ws.delete_objective(oid))
        if deleted is None:
            return
        kids = self.model.kr_order[oid]
        saved = (
            self.model.order.index(oid),
            self.model.objectives[oid],
            list(kids),
            {k: self.model.krs[k] for k in kids},
            self._check_ins_of(kids),
        )
        assert (deleted.objective.id, deleted.objective.position) == (oid, saved[0])
        assert [k.id for k in deleted.key_results] == sorted(kids)
        assert sorted(c.id for c in deleted.check_ins) == sorted(saved[4])
        self.model.order.remove(oid)
        del self.model.objectives[oid], self.model.kr_order[oid]
        for k in kids:
            del self.model.krs[k]
        for c in saved[4]:
            del self.model.check_ins[c]
        self.undo.append(("objective", deleted, saved))
        if undo_at_once:  # the usual Ctrl+Z right after a delete
            self.undo_delete()

    @precondition(lambda self: self.model.krs)
    @rule(data=st.data(), undo_at_once=st.booleans())
    def delete_key_result(self, data: st.DataObject, undo_at_once: bool) -> None:
        kid = data.draw(st.sampled_from(sorted(self.model.krs)), label="key result")
        deleted = self._write(lambda: self.ws.delete_key_result(kid))
        if deleted is None:
            return
        kr = self.model.krs[kid]
        saved = (self.model.kr_order[kr.objective_id].index(kid), kr, self._check_ins_of([kid]))
        assert (deleted.key_result.id, deleted.key_result.position) == (kid, saved[0])
        assert sorted(c.id for c in deleted.check_ins) == sorted(saved[2])
        self.model.kr_order[kr.objective_id].remove(kid)
        del self.model.krs[kid]
        for c in saved[2]:
            del self.model.check_ins[c]
        self.undo.append(("key result", deleted, saved))
        if undo_at_once:  # the usual Ctrl+Z right after a delete
            self.undo_delete()

    @precondition(lambda self: self.model.check_ins)
    @rule(data=st.data(), undo_at_once=st.booleans())
    def delete_check_ins(self, data: st.DataObject, undo_at_once: bool) -> None:
        cids = data.draw(
            st.lists(st.sampled_from(sorted(self.model.check_ins)), min_size=1, max_size=3, unique=True)
        )
        deleted = self._write(lambda: self.ws.delete_check_ins(cids))
        if deleted is None:
            return
        assert [c.id for c in deleted] == cids
        saved = {c: self.model.check_ins.pop(c) for c in cids}
        self.undo.append(("check-ins", deleted, saved))
        if undo_at_once:  # the usual Ctrl+Z right after a delete
            self.undo_delete()

    # ---- undo (what the GUI's undo of a delete calls) ---------------------------------------------------

    def _undo_problem(self, what: str, record: Any) -> type[OkrdeskError] | None:
        """The error an undo must raise when the workspace changed under it (after a restore), else None."""
        m = self.model
        if what == "objective":
            if record.objective.id in m.objectives:
                return WorkspaceError
            clash = {k.id for k in record.key_results} & set(m.krs) or {c.id for c in record.check_ins} & set(
                m.check_ins
            )
            return ValidationError if clash else None
        if what == "key result":
            if record.key_result.objective_id not in m.objectives:
                return NotFoundError
            if record.key_result.id in m.krs:
                return WorkspaceError
            return ValidationError if {c.id for c in record.check_ins} & set(m.check_ins) else None
        for c in record:
            if c.key_result_id not in m.krs:
                return NotFoundError
            if c.id in m.check_ins:
                return WorkspaceError
        return None

    @precondition(lambda self: self.undo)
    @rule()
    def undo_delete(self) -> None:
        what, record, saved = self.undo.pop()
        restore = {
            "objective": self.ws.restore_objective,
            "key result": self.ws.restore_key_result,
            "check-ins": self.ws.restore_check_ins,
        }[what]
        if self.read_only:
            with pytest.raises(WorkspaceError):
                restore(record)
            self.undo.append((what, record, saved))  # still there to undo once writable again
            return
        problem = self._undo_problem(what, record)
        event(f"undo of {what}: {problem.__name__ if problem else 'restored'}")
        if problem is not None:
            with pytest.raises(problem):
                restore(record)
            self.undo.clear()  # as the GUI does when a step cannot be undone
            return
        restore(record)
        m = self.model
        if what == "objective":
            position, obj, kids, krs, check_ins = saved
            oid = record.objective.id
            m.order.insert(min(position, len(m.order)), oid)
            m.objectives[oid], m.kr_order[oid] = obj, kids
            m.krs.update(krs)
            m.check_ins.update(check_ins)
        elif what == "key result":
            position, kr, check_ins = saved
            siblings = m.kr_order[kr.objective_id]
            siblings.insert(min(position, len(siblings)), record.key_result.id)
            m.krs[record.key_result.id] = kr
            m.check_ins.update(check_ins)
        else:
            m.check_ins.update(saved)

    # ---- reopen ----------------------------------------------------------------------------------------

    @rule(read_only=st.booleans())
    def reopen(self, read_only: bool) -> None:
        self.ws.close()
        self.ws = Workspace.open(self.path, read_only=read_only)
        assert self.ws.read_only == read_only
        self.read_only = read_only

    # ---- backup and restore ----------------------------------------------------------------------------

    @rule()
    def backup(self) -> None:
        path = make_backup(self.ws, "manual")
        assert path.exists() and path.parent == self.folder / "backups"
        summary = read_summary(path)
        m = self.model
        assert (summary.objectives, summary.key_results, summary.check_ins) == (
            len(m.objectives),
            len(m.krs),
            len(m.check_ins),
        )
        self.backups.append((path, "manual", copy.deepcopy(m), copy.deepcopy(self.used)))

    @precondition(lambda self: self.backups)
    @rule(data=st.data())
    def restore(self, data: st.DataObject) -> None:
        path, _kind, snapshot, used = data.draw(st.sampled_from(self.backups), label="backup")
        if self.read_only:
            with pytest.raises(WorkspaceError):
                restore_backup(self.ws, path)
            return
        safety = restore_backup(self.ws, path)
        event(f"restored a {_kind} backup")
        self.backups.append((safety, "before-restore", self.model, self.used))
        self.model, self.used = copy.deepcopy(snapshot), copy.deepcopy(used)

    # ---- export ----------------------------------------------------------------------------------------

    @rule()
    def export(self) -> None:
        target = self.folder / "export.csv"
        count = write_interchange_csv(self.ws, target, today=DAY)
        with target.open(encoding="utf-8-sig", newline="") as file:
            rows = list(csv.DictReader(file))
        m = self.model
        expected = [(oid, kid) for oid in m.order for kid in (m.kr_order[oid] or [None])]
        assert count == len(rows) == len(expected)
        for row, (oid, kid) in zip(rows, expected, strict=True):
            obj = m.objectives[oid]
            assert (row["ref"], row["objective"], row["description"], row["kind"]) == (
                f"O-{oid}",
                as_exported(obj.title),
                as_exported(obj.description),
                obj.kind,
            )
            if kid is None:
                assert row["key_result"] == row["current"] == row["as_of"] == ""
                continue
            kr = m.krs[kid]
            assert (row["key_result"], row["type"], row["unit"]) == (
                as_exported(kr.title),
                kr.kr_type,
                as_exported(kr.unit),
            )
            assert (float(row["start"]), float(row["target"])) == (kr.start, kr.target)
            check_ins = [c for c in m.check_ins.values() if c.key_result_id == kid]
            if not check_ins:
                assert (float(row["current"]), row["confidence"], row["as_of"]) == (kr.start, "", "")
                continue
            last = max(c.at for c in check_ins)
            latest = {
                (c.value, "" if c.confidence is None else str(c.confidence))
                for c in check_ins
                if c.at == last
            }
            assert (float(row["current"]), row["confidence"]) in latest
            assert row["as_of"] == last.isoformat(timespec="seconds")

    # ---- the invariant ---------------------------------------------------------------------------------

    @invariant()
    def file_holds_the_model(self) -> None:
        in_file, cycle_id = read_file(self.path)
        assert cycle_id == self.cycle_id
        assert in_file == self.model
        assert read_workspace(self.ws, cycle_id) == self.model
        for path, kind, _model, _used in self.backups:
            assert kind != "manual" or path.exists(), "a manual backup is never deleted"
        self.backups = [b for b in self.backups if b[0].exists()]  # before-restore ones rotate (10 kept)


WorkspaceMachine.TestCase.settings = settings(
    max_examples=500 if SOAK else 40,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestWorkspaceMachine = WorkspaceMachine.TestCase
