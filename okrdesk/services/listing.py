"""The machine-readable listing of a workspace (shared OKR_RULES.md, "Machine-readable listing").

`listing()` builds the JSON document of `okrdesk list --json`; `outline()` renders the same data as the
indented text of `okrdesk list`. Both read through Workspace (the standard library's sqlite3): listing never
imports SQLAlchemy.

Choices where the rules are silent:
- Status needs the expected pace. For an active cycle it is the pace on `today`; a cycle in planning
  expects 0 (nothing is due yet, so everything with data is on track) and a closed cycle expects 1 (its
  objectives are judged on the finished cycle). The pace used is given as the cycle's extra key "expected".
- Progress of an objective counts its aligned children in other cycles too (a year objective fed by
  quarterly ones), though each objective is listed only under its own cycle.
- Order: siblings by their position. At the top of a cycle, objectives aligned to another cycle's objective
  come first, grouped in their parents' order, then the cycle's unaligned objectives.
- Extra keys beside the required ones: on cycles "expected"; on objectives "parent_ref" (null for an
  unaligned objective), "kind", "state", "progress_source", "description"; on key results "raw_progress"
  (unclamped: above 1 overachieved, below 0 below baseline), "owner" and "last_check_in" (ISO timestamp).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from okrdesk.domain.cycles import format_date_range
from okrdesk.domain.model import Cycle, KeyResult, Objective, Status, objective_ref
from okrdesk.domain.progress import clamp, expected_for, key_result_progress, status, tree_progress
from okrdesk.domain.validation import format_number

if TYPE_CHECKING:
    from okrdesk.services.workspace import Workspace

STATUS_WORDS = {
    Status.ON_TRACK.value: "on track",
    Status.AT_RISK.value: "at risk",
    Status.OFF_TRACK.value: "off track",
    Status.NO_DATA.value: "no data",
}


def _key_result(kr: KeyResult, owners: dict[int, str]) -> dict[str, Any]:
    raw = key_result_progress(kr)
    return {
        "ref": kr.ref,
        "title": kr.title,
        "type": kr.kr_type.value,
        "start": kr.start,
        "target": kr.target,
        "current": kr.current,
        "unit": kr.unit,
        "weight": kr.weight,
        "progress": clamp(raw),
        "confidence": kr.last_confidence,
        "raw_progress": raw,
        "owner": owners.get(kr.owner_id) if kr.owner_id is not None else None,
        "last_check_in": kr.last_check_in.isoformat(timespec="seconds") if kr.last_check_in else None,
    }


def _order(outside_parents: Iterable[Objective]) -> Callable[[Objective], tuple[int, ...]]:
    """Sort key: objectives aligned to another cycle's objective first, in their parents' order, then the
    cycle's unaligned objectives; siblings by position."""
    parents = {p.id: (p.position, p.id) for p in outside_parents}

    def key(objective: Objective) -> tuple[int, ...]:
        parent = parents.get(objective.parent_id) if objective.parent_id is not None else None
        group = (0, *parent) if parent is not None else (1, 0, 0)
        return (*group, objective.position, objective.id)

    return key


def _nest(objectives: list[Objective], items: dict[int, dict[str, Any]]) -> list[dict[str, Any]]:
    """Puts each objective's item under its parent's item when both are given; returns the top level.

    Iterative and loop-safe: an objective in an alignment loop (damaged data) is listed at the top.
    """
    given = {o.id for o in objectives}
    kids: dict[int, list[int]] = {}
    for o in objectives:
        if o.parent_id is not None and o.parent_id in given:
            kids.setdefault(o.parent_id, []).append(o.id)
    placed: set[int] = set()
    top: list[dict[str, Any]] = []
    starts = [o.id for o in objectives if o.parent_id not in given] + [o.id for o in objectives]
    for start in starts:
        if start in placed:
            continue
        placed.add(start)
        top.append(items[start])
        pending = [start]
        while pending:
            parent = pending.pop()
            for kid in kids.get(parent, []):
                if kid not in placed:
                    placed.add(kid)
                    items[parent]["children"].append(items[kid])
                    pending.append(kid)
    return top


def _cycle(workspace: Workspace, cycle: Cycle, today: date, owners: dict[int, str]) -> dict[str, Any]:
    tree = workspace.cycle_tree(cycle.id)
    progress = tree_progress(tree.objectives, tree.key_results)  # with children from other cycles
    expected = expected_for(cycle, today)
    own = sorted((o for o in tree.objectives if o.cycle_id == cycle.id), key=_order(tree.outside_parents))
    key_results: dict[int, list[dict[str, Any]]] = {}
    for kr in sorted(tree.key_results, key=lambda k: (k.position, k.id)):
        key_results.setdefault(kr.objective_id, []).append(_key_result(kr, owners))
    items: dict[int, dict[str, Any]] = {}
    for objective in own:
        value = progress.get(objective.id)
        items[objective.id] = {
            "ref": objective.ref,
            "title": objective.title,
            "owner": owners.get(objective.owner_id) if objective.owner_id is not None else None,
            "progress": value,
            "status": status(value, expected).value,
            "key_results": key_results.get(objective.id, []),
            "children": [],
            "parent_ref": objective_ref(objective.parent_id) if objective.parent_id is not None else None,
            "kind": objective.kind.value,
            "state": objective.state.value,
            "progress_source": objective.progress_source.value,
            "description": objective.description,
        }
    return {
        "name": cycle.name,
        "start": cycle.start.isoformat(),
        "end": cycle.end.isoformat(),
        "state": cycle.state.value,
        "objectives": _nest(own, items),
        "expected": expected,
    }


def listing(workspace: Workspace, cycle_name: str | None = None, today: date | None = None) -> dict[str, Any]:
    """The workspace (or one cycle, by name) as the JSON document of `okrdesk list --json`.

    Raises NotFoundError when no cycle has that name (the message lists the cycles).
    """
    day = today or date.today()
    cycles = [workspace.cycle_by_name(cycle_name)] if cycle_name is not None else workspace.cycles()
    owners = {owner.id: owner.name for owner in workspace.owners()}
    return {"cycles": [_cycle(workspace, cycle, day, owners) for cycle in cycles]}


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)}%"


def _kr_line(kr: dict[str, Any]) -> str:
    unit = kr["unit"] if kr["unit"].startswith(("%", "/")) or not kr["unit"] else f" {kr['unit']}"
    if kr["type"] == "milestone":
        measure = "done" if kr["current"] >= 1 else "not done"
    else:
        kind = {"at_least": "at least ", "at_most": "at most "}.get(kr["type"], "")
        measure = (
            f"{format_number(kr['current'])}{unit} "
            f"(start {format_number(kr['start'])}, target {kind}{format_number(kr['target'])})"
        )
    raw = kr["raw_progress"]
    note = " overachieved" if raw > 1 else " below baseline" if raw < 0 else ""
    seen = f"confidence {kr['confidence']}" if kr["confidence"] is not None else "no confidence given"
    if kr["last_check_in"] is None:
        seen = "no check-ins yet"
    return f"{kr['ref']}  {kr['title']}: {measure}, {_percent(raw)}{note}, {seen}"


def outline(document: dict[str, Any]) -> str:
    """The listing as indented plain text: cycles, objectives under what they align to, key results."""
    lines: list[str] = []

    def objective_lines(item: dict[str, Any], depth: int) -> list[str]:
        pad = "  " * depth
        owner = f" ({item['owner']})" if item["owner"] else ""
        aligned = f" [aligns to {item['parent_ref']}]" if item["parent_ref"] and depth == 1 else ""
        head = (
            f"{pad}{item['ref']}  {item['title']}{owner}: {_percent(item['progress'])}, "
            f"{STATUS_WORDS[item['status']]}{aligned}"
        )
        return [head] + [f"{pad}    - {_kr_line(kr)}" for kr in item["key_results"]]

    for cycle in document["cycles"]:
        start, end = date.fromisoformat(cycle["start"]), date.fromisoformat(cycle["end"])
        lines.append(
            f"{cycle['name']}  ({format_date_range(start, end)}, {cycle['state']}, "
            f"expected {_percent(cycle['expected'])})"
        )
        if not cycle["objectives"]:
            lines.append("  (no objectives)")
        pending = [(item, 1) for item in reversed(cycle["objectives"])]  # iterative: any depth is fine
        while pending:
            item, depth = pending.pop()
            lines += objective_lines(item, depth)
            pending += [(child, depth + 1) for child in reversed(item["children"])]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
