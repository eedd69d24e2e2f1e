"""`okrdesk retro`: prints the stored retrospective of a cycle, as a report for people or as JSON.

The JSON is services.retro_report's document, unchanged. The text report is laid out here from that document,
plus the type, unit and target of each carried key result (read from the workspace, to show values with their
unit and to say what a "carried with changes" changed). User text (titles, names, reasons, reflections, needs,
the summary) is printed as written: a line break continues on an indented line, and other control characters
are shown as escapes (as in `history`), so no text stored in a retrospective can steer the terminal.
Opening the workspace is the same as for `list` and `history`; nothing is written.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from okrdesk.cli.checkins import _one_line, _width, _with_unit
from okrdesk.cli.common import Failure, print_document

if TYPE_CHECKING:
    from okrdesk.domain.model import KeyResult
    from okrdesk.services.workspace import Workspace


RETRO_HELP = """\
Prints the stored retrospective of a cycle (finished in the app): the summary and its figures; each objective
with its kind, score, the score its kind expects and the verdict, then its key results' scores (suggested →
final when overridden, with the reason) and its reflections; development needs; calibration per owner; and the
carry-over decisions with the key results they created (KR-12 → KR-40 in 2027 Q1).

With --json it prints one UTF-8 JSON document:
  {"cycle": {"name", "start", "end", "state"}, "finished_at",
   "scores": [{"ref", "title", "owner", "objective_ref", "suggested", "score", "override_reason"}],
   "objectives": [{"ref", "title", "owner", "kind", "score", "expected", "verdict",
                   "went_well", "challenges", "lessons"}],
   "development_needs": [{"person", "need"}],
   "calibration": [{"owner", "signed_mean", "absolute_mean", "key_results", "sentence"}],
   "carry_over": [{"ref", "title", "decision", "target_cycle",
                   "new_ref", "new_title", "new_start", "new_target"}],
   "summary": {"text", "mean_score", "mean_score_by_team": [{"team", "mean_score"}],
               "share_at_least_0_7", "check_in_discipline"}}
Scores go from 0.0 to 1.0; "decision" is carry, carry_changed or drop; the "new_..." fields describe the key
result a carry created ("new_start": the old one's value when it was carried; null when dropped or deleted);
shares are fractions (0.4 is 40%); "check_in_discipline" is the share of the cycle's weeks with a check-in,
averaged over the key results; "signed_mean" > 0 means over-confident. A figure that cannot be computed is
null; texts are exactly as written.
Exit status: 0 printed, 1 no such cycle, no retrospective yet or an unusable file (one line "okrdesk: ..."
on stderr), 2 usage error."""

DECISION_WORDS = {"carry": "carried as is", "carry_changed": "with changes"}
DASH = "–"


def add_retro_parser(commands: Any) -> None:
    retro: argparse.ArgumentParser = commands.add_parser(
        "retro",
        prog="okrdesk retro",
        help="print the retrospective of a cycle",
        description=RETRO_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    retro.add_argument("path", metavar="PATH", help="the workspace file")
    retro.add_argument(
        "--cycle", metavar="NAME", required=True, help="the cycle, as `okrdesk list` names it ('2026 Q4')"
    )
    retro.add_argument("--json", action="store_true", help="print the retrospective as JSON (see above)")


# ---- text helpers ---------------------------------------------------------------------------------------


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _lines(text: str) -> list[str]:
    """User text as lines to print: its own line breaks kept, blank lines around it left out."""
    lines = [_one_line(line.rstrip()) for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return lines


def _labelled(indent: str, label: str, width: int, text: str) -> list[str]:
    """`label  text`, the text's further lines aligned under its first one."""
    lines = _lines(text) or [""]
    gap = " " * (width + 2)
    first = f"{indent}{_pad(label, width)}  {lines[0]}".rstrip()
    return [first, *(f"{indent}{gap}{line}" for line in lines[1:])]


def _table(indent: str, rows: Iterable[tuple[str, str]]) -> list[str]:
    """Two columns, the first padded to its widest cell (terminal columns, wide characters counted)."""
    pairs = list(rows)
    width = max((_width(left) for left, _ in pairs), default=0)
    return [line for left, right in pairs for line in _labelled(indent, left, width, right)]


def _score(value: float | None, digits: int) -> str:
    return DASH if value is None else f"{value:.{digits}f}"


def _percent(share: float | None) -> str:
    return DASH if share is None else f"{round(share * 100)}%"


def _finished(text: str | None) -> str:
    if text is None:
        return "not finished"
    return "finished " + datetime.fromisoformat(text).strftime("%Y-%m-%d %H:%M")


# ---- the report -----------------------------------------------------------------------------------------


def _heading(document: dict[str, Any]) -> list[str]:
    cycle = document["cycle"]
    return [
        f"Retrospective of {_one_line(cycle['name'])}: {cycle['start']} to {cycle['end']}, {cycle['state']}; "
        f"{_finished(document['finished_at'])}"
    ]


def _summary(document: dict[str, Any]) -> list[str]:
    summary = document["summary"]
    lines = ["", "Summary"]
    text = _lines(summary["text"])
    lines += [f"  {line}".rstrip() for line in text]
    if text:
        lines.append("")
    key_results = len(document["scores"])
    rows = [("Mean score", f"{_score(summary['mean_score'], 2)} over {key_results} key results")]
    rows += [(f"  {_one_line(t['team'])}", _score(t["mean_score"], 2)) for t in summary["mean_score_by_team"]]
    rows += [
        ("Scored ≥ 0.7", f"{_percent(summary['share_at_least_0_7'])} of the key results"),
        (
            "Check-in discipline",
            f"{_percent(summary['check_in_discipline'])} of the weeks had a check-in (mean per key result)",
        ),
    ]
    return lines + _table("  ", rows)


def _overridden(entry: dict[str, Any]) -> bool:
    """A final score other than the suggested one (scores are stored in steps of 0.1)."""
    return bool(abs(entry["score"] - entry["suggested"]) > 1e-9)


def _key_result_rows(scores: list[dict[str, Any]], ref_width: int, score_width: int) -> list[str]:
    lines: list[str] = []
    indent = " " * (4 + ref_width + 2 + score_width + 2)
    for entry in scores:
        overridden = _overridden(entry)
        shown = f"{entry['suggested']:.1f} → {entry['score']:.1f}" if overridden else f"{entry['score']:.1f}"
        title = _one_line(entry["title"]) or "(deleted key result)"
        lines.append(f"    {_pad(entry['ref'], ref_width)}  {_pad(shown, score_width)}  {title}")
        if entry["override_reason"]:
            label = "overridden: " if overridden else "reason: "
            reason = _lines(entry["override_reason"]) or [""]
            lines.append(f"{indent}{label}{reason[0]}".rstrip())
            lines += [f"{indent}{' ' * len(label)}{line}".rstrip() for line in reason[1:]]
    return lines


def _objectives(document: dict[str, Any]) -> list[str]:
    scores = document["scores"]
    ref_width = max((len(e["ref"]) for e in scores), default=0)
    score_width = len("0.0 → 0.0") if any(_overridden(e) for e in scores) else len("0.0")
    by_objective: dict[str, list[dict[str, Any]]] = {}
    for entry in scores:
        by_objective.setdefault(entry["objective_ref"], []).append(entry)
    lines = ["", "Objectives"]
    for index, objective in enumerate(document["objectives"]):
        if index:
            lines.append("")
        owner = f" ({_one_line(objective['owner'])})" if objective["owner"] else ""
        lines.append(f"  {objective['ref']}  {_one_line(objective['title'])}{owner}")
        if objective["score"] is None:
            result = f"no score, expected {objective['expected']:.1f}"  # no key result with a weight
        else:
            result = f"score {objective['score']:.2f}, expected {objective['expected']:.1f}"
        verdict = f": {objective['verdict']}" if objective["verdict"] else ""
        lines.append(f"    {objective['kind']}, {result}{verdict}")
        lines += _key_result_rows(by_objective.pop(objective["ref"], []), ref_width, score_width)
        reflections = [
            (label, objective[key])
            for label, key in (
                ("Went well", "went_well"),
                ("Challenges", "challenges"),
                ("Lessons", "lessons"),
            )
            if _lines(objective[key])
        ]
        lines += _table("    ", reflections)
    others = [entry for entries in by_objective.values() for entry in entries]
    if others:  # scored key results whose objective has left the cycle since
        lines += ["", "  Key results of objectives no longer in this cycle"]
        lines += _key_result_rows(others, ref_width, score_width)
    return lines


def _needs(document: dict[str, Any]) -> list[str]:
    needs = document["development_needs"]
    if not needs:
        return ["", "Development needs: none"]
    rows = [(_one_line(n["person"]) or "(deleted person)", n["need"]) for n in needs]
    return ["", "Development needs", *_table("  ", rows)]


def _calibration(document: dict[str, Any]) -> list[str]:
    entries = document["calibration"]
    if not entries:
        return ["", "Calibration: no key result had a confidence near the middle of the cycle"]
    lines = ["", "Calibration (confidence at mid-cycle against the final score)"]
    for entry in entries:
        count = entry["key_results"]
        plural = "" if count == 1 else "s"
        lines.append(f"  {_one_line(entry['sentence'])} across {count} key result{plural}")
    return lines


def _values(carry: dict[str, Any], old: KeyResult | None) -> str:
    """The new key result's start → target, with the old one's unit (a milestone shows none)."""
    from okrdesk.domain.model import KRType
    from okrdesk.domain.validation import format_number

    start, target = carry["new_start"], carry["new_target"]
    if start is None or target is None or (old is not None and old.kr_type == KRType.MILESTONE):
        return ""
    if old is None:
        return f": {format_number(start)} → {format_number(target)}"
    return f": {_with_unit(old, start, unit=False)} → {_with_unit(old, target)}"


def _lineage(carry: dict[str, Any], old: KeyResult | None) -> str:
    """What became of a key result: "→ KR-40 in 2027 Q1 (carried as is): 250 → 300 referrals", "dropped"."""
    if carry["decision"] == "drop":
        return "dropped"
    where = f" in {_one_line(carry['target_cycle'])}" if carry["target_cycle"] else ""
    new_ref = carry["new_ref"] or "a new key result"
    how = DECISION_WORDS.get(carry["decision"], carry["decision"])
    if carry["decision"] == "carry_changed" and carry["new_title"] is not None and old is not None:
        changes = [
            change
            for change, changed in (
                ("new title", carry["new_title"] != old.title),
                ("new target", carry["new_target"] != old.target),
            )
            if changed
        ]
        how = f"with changes: {' and '.join(changes)}" if changes else "with changes (none in the end)"
    if carry["new_ref"] is not None and carry["new_title"] is None:
        return f"→ {new_ref}{where} ({how}), deleted since"
    return f"→ {new_ref}{where} ({how}){_values(carry, old)}"


def _carry_over(document: dict[str, Any], old: dict[str, KeyResult]) -> list[str]:
    carries = document["carry_over"]
    if not carries:
        return ["", "Carry-over: no decisions"]
    width = max(len(c["ref"]) for c in carries)
    lines = ["", "Carry-over"]
    for carry in carries:
        before = old.get(carry["ref"])
        lines.append(f"  {carry['ref'].ljust(width)} {_lineage(carry, before)}")
        indent = " " * (2 + width + 1)
        title = _one_line(carry["title"]) or "(deleted key result)"
        new_title = carry["new_title"]
        if new_title is not None and new_title != carry["title"]:
            lines.append(f"{indent}was: {title}")
            lines.append(f"{indent}now: {_one_line(new_title)}")
        else:
            lines.append(f"{indent}{title}")
    return lines


def retro_text(document: dict[str, Any], old: dict[str, KeyResult]) -> str:
    """The report for people; `old` holds the carried key results by ref (for their units and targets)."""
    sections = [
        _heading(document),
        _summary(document),
        _objectives(document),
        _needs(document),
        _calibration(document),
        _carry_over(document, old),
    ]
    return "\n".join(line for section in sections for line in section) + "\n"


def _carried_from(workspace: Workspace, document: dict[str, Any]) -> dict[str, KeyResult]:
    """The key results that the carry-over decisions are about, by ref (deleted ones left out)."""
    from okrdesk.domain.model import parse_key_result_ref

    ids = [parse_key_result_ref(c["ref"]) for c in document["carry_over"]]
    return {kr.ref: kr for kr in workspace.key_results_by_id([i for i in ids if i is not None])}


def run_retro(args: argparse.Namespace) -> int:
    from okrdesk.services.errors import OkrdeskError
    from okrdesk.services.retro_report import retrospective_document
    from okrdesk.services.workspace import Workspace

    try:
        with Workspace.open(args.path, read_only=True) as workspace:
            document = retrospective_document(workspace, args.cycle)
            old = _carried_from(workspace, document)
    except OkrdeskError as exc:  # a cycle's name may hold a line break: the message stays one line
        raise Failure(_one_line(str(exc))) from None
    print_document(document, args.json, lambda: retro_text(document, old))
    return 0
