"""Plain data types shared by every layer: what a workspace holds, as immutable dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class KRType(StrEnum):
    INCREASE = "increase"
    DECREASE = "decrease"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    MILESTONE = "milestone"


class CycleState(StrEnum):
    PLANNING = "planning"
    ACTIVE = "active"
    CLOSED = "closed"


class ObjectiveKind(StrEnum):
    COMMITTED = "committed"
    ASPIRATIONAL = "aspirational"


class ObjectiveState(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    DONE = "done"
    DROPPED = "dropped"


class ProgressSource(StrEnum):
    KEY_RESULTS = "key_results"
    CHILDREN = "children"
    BOTH = "both"


class OwnerKind(StrEnum):
    PERSON = "person"
    TEAM = "team"


class Status(StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    NO_DATA = "no_data"


class CarryDecision(StrEnum):
    CARRY = "carry"
    CARRY_CHANGED = "carry_changed"
    DROP = "drop"


def objective_ref(objective_id: int) -> str:
    """The stable, user-visible reference of an objective (ids are never reused)."""
    return f"O-{objective_id}"


def key_result_ref(key_result_id: int) -> str:
    """The stable reference of a key result, accepted by the CLI's --kr option."""
    return f"KR-{key_result_id}"


def parse_key_result_ref(ref: str) -> int | None:
    """The id in a key result ref ("KR-12", "kr-12" or "12"), or None when it is not one."""
    text = ref.strip().upper().removeprefix("KR-")
    return int(text) if text.isascii() and text.isdigit() else None


@dataclass(frozen=True, slots=True)
class Cycle:
    id: int
    name: str
    start: date
    end: date
    state: CycleState = CycleState.PLANNING

    def encloses(self, other: Cycle) -> bool:
        """True when this cycle's dates contain the other's (a cycle encloses itself)."""
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, slots=True)
class Owner:
    """A person or a team. For a team, parent_id is its parent team; for a person, their team."""

    id: int
    kind: OwnerKind
    name: str
    parent_id: int | None = None
    email: str = ""
    position: int = 0


@dataclass(frozen=True, slots=True)
class Objective:
    id: int
    cycle_id: int
    title: str
    description: str = ""
    owner_id: int | None = None
    parent_id: int | None = None
    kind: ObjectiveKind = ObjectiveKind.COMMITTED
    state: ObjectiveState = ObjectiveState.ACTIVE
    position: int = 0
    progress_source: ProgressSource = ProgressSource.KEY_RESULTS

    @property
    def ref(self) -> str:
        return objective_ref(self.id)


@dataclass(frozen=True, slots=True)
class KeyResult:
    """A key result with, when read from a workspace, its current state from the latest check-in."""

    id: int
    objective_id: int
    title: str
    kr_type: KRType = KRType.INCREASE
    start: float = 0.0
    target: float = 1.0
    unit: str = ""
    weight: float = 1.0
    owner_id: int | None = None
    position: int = 0
    description: str = ""
    carried_from_id: int | None = None
    # Read-only, derived from the latest check-in (by timestamp); None when there is none.
    last_value: float | None = None
    last_confidence: int | None = None
    last_check_in: datetime | None = None

    @property
    def ref(self) -> str:
        return key_result_ref(self.id)

    @property
    def current(self) -> float:
        """The value of the latest check-in, or the start when there is none."""
        return self.start if self.last_value is None else self.last_value


@dataclass(frozen=True, slots=True)
class CheckIn:
    id: int
    key_result_id: int
    at: datetime
    value: float
    confidence: int | None = None
    note: str = ""
    author_id: int | None = None


@dataclass(frozen=True, slots=True)
class DeletedObjective:
    """Everything a deletion of an objective removed or changed, enough to put it back exactly."""

    objective: Objective
    key_results: tuple[KeyResult, ...] = ()
    check_ins: tuple[CheckIn, ...] = ()
    unaligned_children: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class DeletedKeyResult:
    key_result: KeyResult
    check_ins: tuple[CheckIn, ...] = ()


@dataclass(frozen=True, slots=True)
class CycleTree:
    """What the main tree shows for one cycle.

    objectives: the cycle's objectives and, transitively, objectives of other cycles aligned below them.
    outside_parents: objectives of other cycles that a shown objective aligns to (for "aligns to ..." hints).
    """

    cycle: Cycle
    objectives: tuple[Objective, ...]
    key_results: tuple[KeyResult, ...]
    outside_parents: tuple[Objective, ...] = ()
    cycles: dict[int, Cycle] = field(default_factory=dict)
