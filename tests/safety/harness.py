"""The kill -9 proof, shared by tests/safety/test_kill9.py (quick, in `make test`) and soak.py (`make soak`).

A chain of trials works on one workspace file. Each trial starts tests/safety/crash_child.py, which opens the
workspace (take_over=True) and records check-ins, acknowledging each on stdout once its call returned; the
parent kills it with SIGKILL at a moment drawn from a seeded RNG (see `draw_plan`): during start-up, during
the open, right after the n-th acknowledgement, or inside the next write. Then it checks the file: every
check-in acknowledged so far in the chain (by any earlier child too) is there with the value, note and
confidence the child reported, PRAGMA integrity_check says ok, PRAGMA foreign_key_check finds nothing, and
`okrdesk check PATH` exits 0.

Half the checks (drawn) reopen the workspace through the services with take_over=True and close it cleanly
(the WAL is checkpointed, the lock released). The other half look read-only (mode=ro: SQLite neither
checkpoints nor removes the WAL; `okrdesk check`, which may, runs on a byte copy) and leave the killed
child's WAL and stale lock as they are, so that the next child's own open takes the lock over and recovers
the WAL, and is sometimes killed while doing it.
Each chain ends with a services reopen. Chains on separate workspaces run in parallel to save wall time.
"""

from __future__ import annotations

import json
import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from okrdesk.services.errors import NotFoundError, OkrdeskError
from okrdesk.services.workspace import Workspace
from okrdesk.store.connection import file_uri
from tests.cli.helpers import run

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("crash_child.py")
MAX_ACKS = 12  # a kill comes after at most this many acknowledged check-ins
TRIAL_TIMEOUT_S = 60.0  # a child that says nothing for this long has hung: a failure
MOMENTS = ("start-up", "open", "after-ack", "in-write")


@dataclass(frozen=True)
class Plan:
    """When to kill: at `moment`, after reading `acks` acknowledgements (in-write: at the next "begin")."""

    moment: str
    acks: int


def draw_plan(rng: random.Random) -> Plan:
    roll = rng.random()
    if roll < 0.1:
        return Plan("start-up", 0)  # right after the process started: Python is still starting
    if roll < 0.3:
        return Plan("open", 0)  # after "opening": inside Workspace.open (take-over, WAL recovery, checks)
    if roll < 0.6:
        return Plan("after-ack", rng.randint(1, MAX_ACKS))  # between a commit and the next write
    return Plan("in-write", rng.randint(0, MAX_ACKS))  # inside a write call, often inside its transaction


@dataclass
class Summary:
    """What a run did and found; `failures` says what went wrong, in words."""

    trials: int = 0
    acked: int = 0
    unacked_committed: int = 0
    lost: int = 0
    integrity_failures: int = 0
    fk_failures: int = 0
    check_failures: int = 0
    child_failures: int = 0
    hot_wal_starts: int = 0
    open_kills_on_hot_wal: int = 0
    moments: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MOMENTS, 0))
    elapsed: float = 0.0
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def add(self, other: Summary) -> None:
        for name in (
            "trials",
            "acked",
            "unacked_committed",
            "lost",
            "integrity_failures",
            "fk_failures",
            "check_failures",
            "child_failures",
            "hot_wal_starts",
            "open_kills_on_hot_wal",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for moment, count in other.moments.items():
            self.moments[moment] += count
        self.failures += other.failures

    def table(self) -> str:
        kills = " / ".join(str(self.moments[m]) for m in MOMENTS)
        rows = [
            ("trials", self.trials),
            ("kills at " + " / ".join(MOMENTS), kills),
            ("trials started on the last child's WAL", self.hot_wal_starts),
            ("  of which killed while opening it", self.open_kills_on_hot_wal),
            ("acknowledged check-ins", self.acked),
            ("committed but not acknowledged (killed first)", self.unacked_committed),
            ("lost acknowledged check-ins", self.lost),
            ("integrity_check failures", self.integrity_failures),
            ("foreign_key_check failures", self.fk_failures),
            ("`okrdesk check` failures", self.check_failures),
            ("children that failed or hung", self.child_failures),
            ("elapsed", f"{self.elapsed:.1f} s"),
        ]
        width = max(len(name) for name, _ in rows)
        return "\n".join(f"  {name:<{width}}  {value}" for name, value in rows)


def make_workspace(path: Path) -> None:
    """A workspace with two objectives of three key results each (0 → 100 %)."""
    with Workspace.create(path) as workspace:
        cycle = workspace.current_cycle()
        assert cycle is not None
        for o in range(2):
            objective = workspace.add_objective(cycle.id, f"Objective {o}")
            for k in range(3):
                workspace.add_key_result(objective.id, f"Key result {o}.{k}", start=0, target=100, unit="%")


class _Lines:
    """Lines from a pipe, with a deadline (select on the raw descriptor: no hidden buffering)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buffer = b""
        self.eof = False

    def next(self, deadline: float) -> str | None:
        """The next line, or None at end of file; raises TimeoutError after the deadline."""
        while b"\n" not in self.buffer:
            if self.eof:
                return None
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                chunk = os.read(self.fd, 1 << 16)
                self.eof = not chunk
                self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode("utf-8")


def _hot_wal(path: Path) -> bool:
    wal = Path(str(path) + "-wal")
    return wal.exists() and wal.stat().st_size > 0


@dataclass
class _Chain:
    """One workspace and everything acknowledged on it so far."""

    path: Path
    rng: random.Random
    child: Path
    acked: dict[int, tuple[int, float, str, int | None]] = field(default_factory=dict)
    unacked: set[int] = field(default_factory=set)
    lost: set[int] = field(default_factory=set)
    summary: Summary = field(default_factory=Summary)

    def fail(self, trial: int, plan: Plan, what: str) -> None:
        self.summary.failures.append(
            f"{self.path.parent.name} trial {trial} ({plan.moment}, {plan.acks}): {what}"
        )

    # ---- one trial ------------------------------------------------------------------------------------

    def trial(self, trial: int) -> None:
        plan = draw_plan(self.rng)
        seed = self.rng.randrange(2**31)
        services_check = self.rng.random() < 0.5
        self.summary.trials += 1
        self.summary.moments[plan.moment] += 1
        hot = _hot_wal(self.path)
        self.summary.hot_wal_starts += hot
        self.summary.open_kills_on_hot_wal += hot and plan.moment == "open"
        acks = self._run_child(trial, plan, seed)
        self.summary.acked += len(acks)
        self.acked.update(acks)
        self.verify(trial, plan, services=services_check)

    def _run_child(self, trial: int, plan: Plan, seed: int) -> dict[int, tuple[int, float, str, int | None]]:
        acks: dict[int, tuple[int, float, str, int | None]] = {}
        errors = self.path.with_name("child-stderr.txt")
        with errors.open("w+", encoding="utf-8") as stderr:
            child = subprocess.Popen(
                [sys.executable, str(self.child), str(self.path), str(seed)],
                stdout=subprocess.PIPE,
                stderr=stderr,
                cwd=ROOT,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
            assert child.stdout is not None
            lines = _Lines(child.stdout.fileno())
            deadline = time.monotonic() + TRIAL_TIMEOUT_S
            problem = ""
            try:
                while plan.moment != "start-up":
                    line = lines.next(deadline)
                    if line is None:
                        problem = "the child ended before it was killed"
                        break
                    if line.startswith("ack "):
                        ack = json.loads(line[4:])
                        acks[ack["id"]] = (ack["kr"], ack["value"], ack["note"], ack["confidence"])
                    if plan.moment == "open" and line == "opening":
                        break
                    if plan.moment == "after-ack" and len(acks) >= plan.acks:
                        break
                    if plan.moment == "in-write" and len(acks) >= plan.acks and line.startswith("begin "):
                        break
            except TimeoutError:
                problem = f"the child said nothing for {TRIAL_TIMEOUT_S:.0f} s"
            finally:
                if child.poll() is None:
                    os.kill(child.pid, signal.SIGKILL)
                code = child.wait(timeout=60)
                child.stdout.close()
            if not problem and code != -signal.SIGKILL:
                problem = f"the child was not killed but ended with code {code}"
            if problem:
                stderr.seek(0)
                tail = stderr.read()[-2000:]
                self.summary.child_failures += 1
                self.fail(trial, plan, f"{problem}; its stderr: {tail}")
        return acks

    # ---- checking the file ----------------------------------------------------------------------------

    def verify(self, trial: int, plan: Plan, *, services: bool) -> None:
        if services:
            self._verify_through_services(trial, plan)
            checked = self.path
        else:
            self._verify_read_only(trial, plan)
            checked = self._copy_as_killed()
        result = run("check", str(checked))
        if result.returncode != 0:
            self.summary.check_failures += 1
            self.fail(
                trial, plan, f"okrdesk check exited {result.returncode}: {result.stdout}{result.stderr}"
            )

    def _copy_as_killed(self) -> Path:
        """A byte copy of the workspace and its WAL as the killed child left them (`okrdesk check` recovers
        and checkpoints a WAL when it closes; the original's WAL stays for the next child to recover)."""
        copy = self.path.parent / "as-killed" / self.path.name
        copy.parent.mkdir(exist_ok=True)
        for suffix in ("", "-wal"):
            target = Path(str(copy) + suffix)
            target.unlink(missing_ok=True)
            source = Path(str(self.path) + suffix)
            if source.exists():
                shutil.copyfile(source, target)
        Path(str(copy) + "-shm").unlink(missing_ok=True)
        return copy

    def _verify_through_services(self, trial: int, plan: Plan) -> None:
        try:
            workspace = Workspace.open(self.path, take_over=True)
        except OkrdeskError as exc:
            self.summary.integrity_failures += 1
            self.fail(trial, plan, f"the workspace did not reopen: {exc}")
            return
        try:
            for check_in_id, expected in self.acked.items():
                try:
                    found = workspace.check_in(check_in_id)
                except NotFoundError:
                    self._lost(trial, plan, check_in_id, expected, None)
                    continue
                got = (found.key_result_id, found.value, found.note, found.confidence)
                if got != expected:
                    self._lost(trial, plan, check_in_id, expected, got)
            self._check_pragmas(trial, plan, workspace.conn)
        finally:
            workspace.close()

    def _verify_read_only(self, trial: int, plan: Plan) -> None:
        conn = sqlite3.connect(file_uri(self.path, read_only=True), uri=True, isolation_level=None)
        try:
            rows = {
                row[0]: tuple(row[1:])
                for row in conn.execute("SELECT id, key_result_id, value, note, confidence FROM check_ins")
            }
            for check_in_id, expected in self.acked.items():
                got = rows.get(check_in_id)
                if got != expected:
                    self._lost(trial, plan, check_in_id, expected, got)
            self._check_pragmas(trial, plan, conn)
        except sqlite3.DatabaseError as exc:
            self.summary.integrity_failures += 1
            self.fail(trial, plan, f"the workspace could not be read: {exc}")
        finally:
            conn.close()

    def _lost(self, trial: int, plan: Plan, check_in_id: int, expected: Any, got: Any) -> None:
        if check_in_id in self.lost:  # counted (and told) once, though every later check sees it too
            return
        self.lost.add(check_in_id)
        self.summary.lost += 1
        shown = "missing" if got is None else f"holds {str(got)[:120]}"
        self.fail(trial, plan, f"acknowledged check-in {check_in_id} {shown}; expected {str(expected)[:120]}")

    def _check_pragmas(self, trial: int, plan: Plan, conn: sqlite3.Connection) -> None:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            self.summary.integrity_failures += 1
            self.fail(trial, plan, f"integrity_check: {integrity[:5]}")
        orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
        if orphans:
            self.summary.fk_failures += 1
            self.fail(trial, plan, f"foreign_key_check: {orphans[:5]}")
        committed = {
            row[0] for row in conn.execute("SELECT id FROM check_ins WHERE note NOT LIKE 'scratch%'")
        }
        new = committed - self.acked.keys() - self.unacked
        self.summary.unacked_committed += len(new)
        self.unacked |= new


def run_trials(folder: Path, trials: int, *, seed: int = 1, chains: int = 2, child: Path = CHILD) -> Summary:
    """Runs `trials` kill trials on `chains` workspaces in `folder`, in parallel; returns what happened.
    (`child` replaces crash_child.py, for the test that shows a lying child is caught.)"""
    started = time.monotonic()
    chain_list = []
    for index in range(chains):
        path = folder / f"chain-{index}" / "team.okr"
        path.parent.mkdir(parents=True)  # exist_ok=False: a chain always starts on a new workspace
        make_workspace(path)
        chain_list.append(_Chain(path, random.Random(f"{seed}-{index}"), child))

    def work(chain: _Chain, count: int) -> None:
        for trial in range(count):
            chain.trial(trial)
        chain.verify(count, Plan("end", 0), services=True)  # the chain ends with a clean services reopen

    counts = [trials // chains + (index < trials % chains) for index in range(chains)]
    with ThreadPoolExecutor(max_workers=chains) as pool:
        for future in [
            pool.submit(work, chain, count) for chain, count in zip(chain_list, counts, strict=True)
        ]:
            future.result()
    total = Summary()
    for chain in chain_list:
        total.add(chain.summary)
    total.elapsed = time.monotonic() - started
    return total
