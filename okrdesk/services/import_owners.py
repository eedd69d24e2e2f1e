"""The owners of an import: what the rows say of each owner name (its kind in owner_kind / kr_owner_kind, its
team in owner_team / kr_owner_team: columns added beside OKR_RULES.md's, see docs/import.md), and the plan of
the owners the file names, matched to the workspace's by name.

Choices:
- Kinds and teams belong to a name, not to a row: a name given as a team on one row and left empty on
  another is a team; a name given as both person and team, or two different teams, is a problem.
- An existing owner (same name, any case) is matched whatever the file says; it keeps its kind and team,
  and a plan note says when the file differs.
- A new owner takes the kind and team its rows give; a new name given only as someone's team is a new team
  (without a parent team); an empty kind means person, unless the file names that owner as a team.
- A team may only be a team: naming a person as someone's team is a problem; so is a loop of new teams.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from okrdesk.domain.model import Owner, OwnerKind
from okrdesk.services.import_cells import name_problem, read_owner_kind
from okrdesk.services.import_model import PlannedOwner, listed, loops_in
from okrdesk.services.import_read import shown

# An owner column with the columns that give its kind and its team.
OWNER_COLUMNS = (("owner", "owner_kind", "owner_team"), ("kr_owner", "kr_owner_kind", "kr_owner_team"))


@dataclass
class OwnerDetails:
    """The kinds and teams the rows give one owner name, each with the rows that give it."""

    kinds: dict[OwnerKind, list[int]] = field(default_factory=dict)
    teams: dict[str, tuple[str, list[int]]] = field(default_factory=dict)  # casefold → (name, rows)


class OwnerBook:
    """Collects what each row says of its owners (`read_row`), then plans the owners of the file (`plan`).

    `column` gives the file's own name of a field, `empty` says that a field's cell is empty (or that no
    column holds it), `problem` records a problem of some rows (as the
    planner does for every other problem)."""

    def __init__(
        self,
        column: Callable[[str], str],
        empty: Callable[[str], str],
        problem: Callable[[tuple[int, ...], str], None],
    ) -> None:
        self.column = column
        self.empty = empty
        self.problem = problem
        self.details: dict[str, OwnerDetails] = {}  # by the owner's name, casefold

    def read_row(self, line: int, values: dict[str, str]) -> None:
        """Keeps the kind and team a row (field → cell) gives its owner and its key result's owner."""
        for owner_field, kind_field, team_field in OWNER_COLUMNS:
            given = [f for f in (kind_field, team_field) if values.get(f)]
            owner = values.get(owner_field, "")
            if not given:
                continue
            if not owner:
                columns = [self.column(f) for f in given]
                verb = "is" if len(columns) == 1 else "are"
                self.problem((line,), f"{listed(columns)} {verb} given, but {self.empty(owner_field)}.")
                continue
            details = self.details.setdefault(owner.casefold(), OwnerDetails())
            if values.get(kind_field):
                try:
                    kind = read_owner_kind(values[kind_field], self.column(kind_field))
                except ValueError as exc:
                    self.problem((line,), str(exc))
                else:
                    details.kinds.setdefault(kind, []).append(line)
            team = values.get(team_field, "")
            if team:
                problem = name_problem(team, self.column(team_field))
                if problem is not None:
                    self.problem((line,), problem)
                details.teams.setdefault(team.casefold(), (team, []))[1].append(line)

    def plan(self, names: list[str], everyone: list[Owner], notes: list[str]) -> tuple[PlannedOwner, ...]:
        """The owners of the file: the names its objectives and key results give (empty ones skipped), then
        the teams they are placed in. Notes on existing owners the file describes otherwise go to `notes`."""
        existing = {o.name.casefold(): o for o in everyone}
        planned: dict[str, PlannedOwner] = {}
        said: dict[str, OwnerKind | None] = {}  # the kind the file gives each new owner (None: not said)
        for name in names:
            key = name.casefold()
            if not name or key in planned:
                continue
            kind, team = self._said(name, self.details.get(key, OwnerDetails()))
            found = existing.get(key)
            if found is None:
                said[key] = kind
                planned[key] = PlannedOwner(name, None, kind or OwnerKind.PERSON, team)
                continue
            planned[key] = PlannedOwner(found.name, found.id, found.kind)
            if kind is not None and kind != found.kind:
                notes.append(
                    f"{shown(found.name)} is an existing {found.kind.value} and stays one "
                    f"(the file says {kind.value})."
                )
            current = next((o.name for o in everyone if o.id == found.parent_id), "")
            if team is not None and team.casefold() != current.casefold():
                notes.append(
                    f"{shown(found.name)} exists: the import leaves its team as it is "
                    f"(the file says {shown(team)})."
                )
        self._place_in_teams(planned, existing, said)
        self._loops(planned)
        return tuple(planned.values())

    def _said(self, name: str, details: OwnerDetails) -> tuple[OwnerKind | None, str | None]:
        """The kind and team the rows give an owner (None: not given); problems when they disagree."""
        if len(details.kinds) > 1:
            lines = sorted(line for found in details.kinds.values() for line in found)
            self.problem(tuple(lines), f"{shown(name)} is given as both person and team.")
        if len(details.teams) > 1:
            lines = sorted(line for _, found in details.teams.values() for line in found)
            teams = listed([shown(team) for team, _ in details.teams.values()])
            self.problem(
                tuple(lines), f"{shown(name)} is given {len(details.teams)} teams ({teams}); give one."
            )
        team = next(iter(details.teams.values()), None)
        return next(iter(details.kinds), None), team[0] if team else None

    def _place_in_teams(
        self, planned: dict[str, PlannedOwner], existing: dict[str, Owner], said: dict[str, OwnerKind | None]
    ) -> None:
        """Adds the teams new owners are placed in (existing, planned, or new); problems for people named as
        a team."""
        for key, owner in list(planned.items()):
            if owner.existing_id is not None or owner.team is None:
                continue
            team_key = owner.team.casefold()
            group = planned.get(team_key)
            if group is None:
                found = existing.get(team_key)
                group = PlannedOwner(found.name, found.id, found.kind) if found else None
                group = group or PlannedOwner(owner.team, None, OwnerKind.TEAM)
            elif group.existing_id is None and said.get(team_key) is None:
                group = replace(group, kind=OwnerKind.TEAM)  # named as a team, its kind not said
            planned[team_key] = group
            if group.kind != OwnerKind.TEAM:
                self.problem(
                    tuple(self.details[key].teams[team_key][1]),
                    f"{shown(group.name)} is a person, so it cannot be the team of {shown(owner.name)}.",
                )

    def _loops(self, planned: dict[str, PlannedOwner]) -> None:
        """A problem for each loop of new teams placed in one another."""
        parent = {k: o.team.casefold() for k, o in planned.items() if o.existing_id is None and o.team}
        for loop in loops_in(parent):
            lines = sorted({line for k in loop for line in self.details[k].teams[parent[k]][1]})
            names = " → ".join(planned[k].name for k in [*loop, loop[0]])
            self.problem(tuple(lines), f"the teams given form a loop ({names}).")
