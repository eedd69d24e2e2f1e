"""What the retrospective wizard knows and what the user has decided so far, without any widget.

The pages read the cycle's items from here and write their input here. Input is kept per item id, so going
Back, or switching the scope and back, never loses what was typed; only the items in the chosen scope go into
the draft that Finish hands to the service.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from okrdesk.domain import retro
from okrdesk.domain.model import CarryDecision, CheckIn, Cycle, KeyResult, Objective, Owner, OwnerKind
from okrdesk.domain.progress import key_result_progress, suggested_score
from okrdesk.domain.scope import key_result_owner
from okrdesk.domain.validation import FieldError
from okrdesk.services.retro import (
    CarryOver,
    DevelopmentNeed,
    NewCycle,
    Reflection,
    RetroScope,
    Retrospective,
    read_retrospective,
    retrospective_scope,
    validate_retrospective,
)
from okrdesk.services.workspace import Workspace

REFLECTION_FIELDS = ("went_well", "challenges", "lessons")


@dataclass
class CarryChoice:
    """The decision for one unfinished key result (title/target: for "carry with changes")."""

    decision: CarryDecision = CarryDecision.DROP
    title: str | None = None  # None: the old title; "" (cleared) is refused
    target: float | None = None
    done_as: int | None = None  # the key result it was carried as in an earlier finish (then locked)
    done_into: int | None = None  # ... and that key result's cycle


class RetroState:
    """The wizard's model: the cycle and scope, the items they cover, and the draft decisions."""

    def __init__(self, workspace: Workspace, today: date) -> None:
        self.workspace = workspace
        self.today = today
        self.scope: RetroScope | None = None
        self.scope_owner_id: int | None = None  # None: the whole workspace
        self.objectives: list[Objective] = []  # in the scope, parents before their children
        self.key_results: list[KeyResult] = []
        self.owners: dict[int, Owner] = {}
        self._check_ins: dict[int, list[CheckIn]] | None = None
        self.stored: Retrospective | None = None
        # The draft, per id:
        self.scores: dict[int, float] = {}
        self.reasons: dict[int, str] = {}
        self.reflections: dict[int, dict[str, str]] = {}
        self.needs: dict[int, str] = {}
        self.carries: dict[int, CarryChoice] = {}
        self.target_cycle_id: int | None = None  # NEW_CYCLE: the new cycle below
        self.new_cycle: NewCycle | None = None
        self.summaries: dict[int, str] = {}  # per cycle: the summary of the cycle
        self._prefilled: set[int] = set()

    # ---- loading --------------------------------------------------------------------------------------

    @property
    def cycle(self) -> Cycle:
        assert self.scope is not None
        return self.scope.cycle

    def load(self, cycle_id: int, scope_owner_id: int | None) -> None:
        """Reads the cycle's items in the scope (and, the first time, the cycle's stored retrospective)."""
        self.scope = retrospective_scope(self.workspace, cycle_id, scope_owner_id)
        self.scope_owner_id = scope_owner_id
        self.owners = {o.id: o for o in self.workspace.owners()}
        by_parent: dict[int | None, list[Objective]] = {}
        chosen = self.scope.objectives
        for objective in chosen.values():
            parent = objective.parent_id if objective.parent_id in chosen else None
            by_parent.setdefault(parent, []).append(objective)
        ordered: list[Objective] = []
        todo = sorted(by_parent.get(None, []), key=lambda o: o.position, reverse=True)
        while todo:
            objective = todo.pop()
            ordered.append(objective)
            todo += sorted(by_parent.get(objective.id, []), key=lambda o: o.position, reverse=True)
        self.objectives = ordered
        rank = {o.id: i for i, o in enumerate(ordered)}
        self.key_results = sorted(
            self.scope.key_results.values(), key=lambda kr: (rank.get(kr.objective_id, 0), kr.position)
        )
        self._check_ins = None
        self.stored = read_retrospective(self.workspace, cycle_id)
        if cycle_id not in self._prefilled:
            self._prefilled.add(cycle_id)
            self._prefill()
        self._note_earlier_carries()

    def reload(self) -> None:
        """Reads the items again (after a check-in made from the wizard), keeping every decision."""
        assert self.scope is not None
        self.load(self.cycle.id, self.scope_owner_id)

    def _prefill(self) -> None:
        stored = self.stored
        if stored is None:
            return
        for entry in stored.scores:
            # Only the changed scores: the others follow the suggestion, which later check-ins may move.
            if entry.overridden:
                self.scores.setdefault(entry.key_result_id, entry.score)
                self.reasons.setdefault(entry.key_result_id, entry.reason)
        for reflection in stored.reflections:
            self.reflections.setdefault(
                reflection.objective_id, {f: getattr(reflection, f) for f in REFLECTION_FIELDS}
            )
        for need in stored.needs:
            self.needs.setdefault(need.person_id, need.need)
        for carry in stored.carry_overs:
            self.carries.setdefault(
                carry.key_result_id,
                CarryChoice(carry.decision, carry.title, carry.target),
            )
        self.summaries.setdefault(stored.cycle_id, stored.summary)

    def _note_earlier_carries(self) -> None:
        """Key results carried in an earlier finish stay carried (locked, with the key result they became)."""
        found = self.workspace.carried_key_results([kr.id for kr in self.key_results])
        earlier = {old_id: ids for old_id, ids in found.items() if ids}
        if not earlier:
            return
        new_ids = [ids[-1] for ids in earlier.values()]
        new_krs = {kr.id: kr for kr in self.workspace.key_results_by_id(new_ids)}
        for old_id, ids in earlier.items():
            new = new_krs.get(ids[-1])
            choice = self.carries.setdefault(old_id, CarryChoice(CarryDecision.CARRY))
            if choice.decision == CarryDecision.DROP:
                choice.decision = CarryDecision.CARRY
            choice.done_as = ids[-1]
            choice.done_into = None if new is None else self.workspace.objective(new.objective_id).cycle_id

    @property
    def summary(self) -> str:
        """The summary of the cycle being looked back on."""
        return self.summaries.get(self.cycle.id, "") if self.scope is not None else ""

    @summary.setter
    def summary(self, text: str) -> None:
        self.summaries[self.cycle.id] = text

    # ---- reading --------------------------------------------------------------------------------------

    def check_ins(self) -> dict[int, list[CheckIn]]:
        """The check-ins of the scope's key results (read once per load, when first needed)."""
        if self._check_ins is None:
            self._check_ins = self.workspace.check_ins_of([kr.id for kr in self.key_results])
        return self._check_ins

    def key_results_of(self, objective_id: int) -> list[KeyResult]:
        return [kr for kr in self.key_results if kr.objective_id == objective_id]

    def owner_name(self, owner_id: int | None) -> str:
        owner = self.owners.get(owner_id) if owner_id is not None else None
        return "" if owner is None else owner.name

    def kr_owner_name(self, kr: KeyResult) -> str:
        assert self.scope is not None
        return self.owner_name(key_result_owner(kr, self.scope.objectives))

    def people(self) -> list[Owner]:
        """The people who own something in the scope (for development needs), by name."""
        assert self.scope is not None
        owning = {key_result_owner(kr, self.scope.objectives) for kr in self.key_results}
        owning |= {o.owner_id for o in self.objectives}
        people = [
            o
            for o in self.owners.values()
            if o.kind == OwnerKind.PERSON and o.id in owning and o.id in self.scope.people
        ]
        return sorted(people, key=lambda o: o.name.casefold())

    @staticmethod
    def suggested(kr: KeyResult) -> float:
        return suggested_score(key_result_progress(kr))

    def score(self, kr: KeyResult) -> float:
        return self.scores.get(kr.id, self.suggested(kr))

    def is_override(self, kr: KeyResult) -> bool:
        return retro.is_override(self.suggested(kr), self.score(kr))

    def missing_reasons(self) -> list[KeyResult]:
        """Changed scores without a reason, in order."""
        return [
            kr for kr in self.key_results if self.is_override(kr) and not self.reasons.get(kr.id, "").strip()
        ]

    def objective_scores(self) -> dict[int, float | None]:
        return retro.objective_scores(
            self.objectives, self.key_results, {kr.id: self.score(kr) for kr in self.key_results}
        )

    def unfinished(self) -> list[KeyResult]:
        """Key results that did not reach their target (the candidates for carrying over), plus any that
        were carried already."""
        return [
            kr
            for kr in self.key_results
            if key_result_progress(kr) < 1.0 or (kr.id in self.carries and self.carries[kr.id].done_as)
        ]

    def missing_check_ins(self) -> list[KeyResult]:
        return retro.missing_check_ins(self.key_results, self.today)

    def without_key_results(self) -> list[Objective]:
        return retro.objectives_without_key_results(self.objectives, self.key_results)

    # ---- the draft ------------------------------------------------------------------------------------

    def draft(self) -> Retrospective:
        """What Finish stores: the decisions for the items in the scope."""
        assert self.scope is not None
        scores = tuple(
            retro.ScoreEntry(kr.id, self.suggested(kr), self.score(kr), self.reasons.get(kr.id, "").strip())
            for kr in self.key_results
        )
        reflections = tuple(
            Reflection(o.id, *(self.reflections[o.id].get(f, "").strip() for f in REFLECTION_FIELDS))
            for o in self.objectives
            if o.id in self.reflections and any(v.strip() for v in self.reflections[o.id].values())
        )
        people = {p.id for p in self.people()}
        needs = tuple(
            DevelopmentNeed(person_id, need.strip())
            for person_id, need in self.needs.items()
            if person_id in people and need.strip()
        )
        carries = []
        uses_new_cycle = False
        for kr in self.unfinished():
            choice = self.carries.get(kr.id, CarryChoice())
            if choice.done_as is not None:
                carries.append(
                    CarryOver(kr.id, choice.decision, choice.done_into, new_key_result_id=choice.done_as)
                )
                continue
            changed = choice.decision == CarryDecision.CARRY_CHANGED
            target_cycle = None if choice.decision == CarryDecision.DROP else self.target_cycle_id
            uses_new_cycle |= target_cycle is not None and target_cycle == 0
            carries.append(
                CarryOver(
                    kr.id,
                    choice.decision,
                    target_cycle,
                    title=(kr.title if choice.title is None else choice.title).strip() if changed else None,
                    target=choice.target if changed else None,
                )
            )
        return Retrospective(
            cycle_id=self.cycle.id,
            scores=scores,
            reflections=reflections,
            needs=needs,
            carry_overs=tuple(carries),
            summary=self.summary.strip(),
            scope_owner_id=self.scope_owner_id,
            new_cycle=self.new_cycle if uses_new_cycle else None,
        )

    def problems(self) -> list[FieldError]:
        """Everything that stops Finish (the service's own validation of the draft)."""
        return validate_retrospective(self.workspace, self.draft())

    def closes_cycle(self) -> bool:
        """True when finishing this scope scores the last key results of the cycle (so it closes)."""
        assert self.scope is not None
        scored = {e.key_result_id for e in self.stored.scores} if self.stored else set()
        return self.scope.all_key_result_ids <= scored | {kr.id for kr in self.key_results}
