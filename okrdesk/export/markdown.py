"""The Markdown export of a cycle: the review pack as a document for wikis and long-term keeping.

CommonMark with GitHub-style tables. User text stays literal when the file is rendered: every character with
a meaning in Markdown or HTML is escaped with a backslash (so `<img src=…>` shows as text and loads
nothing, `**x**` stays two stars), line breaks inside titles become spaces, and notes keep their lines as a
block quote. Numbers and dates are written as the app shows them; statuses and bands are words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from okrdesk.domain.cycles import format_date_range
from okrdesk.domain.model import ObjectiveKind
from okrdesk.domain.validation import format_number
from okrdesk.export.save import Cancelled, save_atomically
from okrdesk.export.words import (
    confidence_text,
    percent,
    progress_text,
    score_text,
    status_word,
    values_text,
    when,
)
from okrdesk.services.review import ReviewKeyResult, ReviewObjective, ReviewPack

__all__ = ["Cancelled", "escape", "markdown_text", "write_markdown"]

# CommonMark lets any ASCII punctuation be backslash-escaped; these can open or close markup, HTML, links,
# tables, strike-through or maths anywhere in a line. The rest is escaped only where it has a meaning: an
# entity-like "&name;" and what starts a list, quote or heading at the beginning of a line.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#$]|&(?=#?\w+;))")
_LINE_START = re.compile(r"^(\s*)(\d*)([-+=>.)])")
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\u2028\u2029\v\f\x85]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def escape(text: str) -> str:
    """User text as literal Markdown on one line (tables and headings cannot hold line breaks)."""
    flat = _LINE_BREAKS.sub(" ", _CONTROL.sub("", text)).replace("\t", " ")
    return _SPECIAL.sub(r"\\\1", flat)


def _line(text: str) -> str:
    """User text that starts a line of its own: also what would make it a list, quote or heading."""
    return _LINE_START.sub(r"\1\2\\\3", escape(text))


def _quote(text: str) -> list[str]:
    """A multi-line note as a block quote, each line escaped (blank lines kept as paragraph breaks)."""
    lines = _LINE_BREAKS.split(_CONTROL.sub("", text).strip())
    return [f"> {_line(line)}".rstrip() for line in lines]


def _cell(text: str) -> str:
    return escape(text) if text else "—"


def _owner_line(o: ReviewObjective) -> str:
    kind = "committed" if o.objective.kind == ObjectiveKind.COMMITTED else "aspirational"
    parts = [f"Owner: {_cell(o.owner)}", f"Team: {escape(o.team)}", kind]
    parts.append(f"progress {percent(o.progress)} · {status_word(o.status)}")
    if o.score is not None:
        parts.append(f"score {score_text(o.score, 2)}")
    if o.aligns_to:
        parts.append(f"aligns to: {escape(o.aligns_to)}")
    return " · ".join(parts)


def _summary(pack: ReviewPack) -> list[str]:
    counts = pack.status_counts()
    lines = ["## Summary", ""]
    lines.append(
        f"{len(pack.objectives)} objectives, {len(pack.key_results)} key results · "
        + ", ".join(f"{count} {status_word(s)}" for s, count in counts.items())
    )
    lines += [
        "",
        "| Team | Objective | Owner | Progress | Status |" + (" Score |" if pack.has_scores else ""),
    ]
    lines.append("|---|---|---|---:|---|" + ("---:|" if pack.has_scores else ""))
    for team, objectives in pack.by_team():
        for o in objectives:
            row = f"| {escape(team)} | {escape(o.objective.title)} | {_cell(o.owner)} | "
            row += f"{percent(o.progress)} | {status_word(o.status)} |"
            if pack.has_scores:
                row += f" {score_text(o.score, 2)} |"
            lines.append(row)
    return lines


def _alignment(pack: ReviewPack) -> list[str]:
    lines = ["## Alignment", ""]
    for o in pack.objectives:
        text = f"{'  ' * o.depth}- **{escape(o.objective.title)}** ({_cell(o.owner)}) · "
        text += f"{percent(o.progress)} · {status_word(o.status)}"
        if o.aligns_to:
            text += f" · aligns to {escape(o.aligns_to)}"
        lines.append(text)
    return lines


def _key_result(kr: ReviewKeyResult, notes: int | None, authors: Mapping[int, str]) -> list[str]:
    k = kr.key_result
    lines = [f"#### {escape(k.title)}", ""]
    facts = [
        f"Owner: {_cell(kr.owner)}",
        escape(values_text(k)),
        f"progress {progress_text(kr.raw_progress)}",
        status_word(kr.status),
        confidence_text(kr.confidences),
    ]
    if kr.score is not None:
        facts.append(f"score {score_text(kr.score)}")
        if kr.score_reason:
            facts.append(f"reason: {escape(kr.score_reason)}")
    lines.append(" · ".join(facts))
    chosen = kr.latest_notes(notes)
    for c in chosen:
        author = authors.get(c.author_id, "") if c.author_id is not None else ""
        lines += ["", f"*{when(c.at)}*" + (f" · {escape(author)}" if author else "")]
        lines += _quote(c.note)
    return [*lines, ""]


def _objective(o: ReviewObjective, notes: int | None, authors: Mapping[int, str]) -> list[str]:
    lines = [f"### {escape(o.objective.title)}", "", _owner_line(o), ""]
    if o.objective.description.strip():
        lines += [*(_line(line) for line in _LINE_BREAKS.split(o.objective.description.strip())), ""]
    if not o.key_results:
        lines += ["No key results.", ""]
    for kr in o.key_results:
        lines += _key_result(kr, notes, authors)
    return lines


def _reflections(o: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for key, label in (("went_well", "Went well"), ("challenges", "Challenges"), ("lessons", "Lessons")):
        if str(o[key]).strip():
            lines += ["", f"**{label}:**", *_quote(str(o[key]))]
    return lines


def _retrospective(document: dict[str, Any]) -> list[str]:
    """The stored retrospective: scores, verdicts, reflections, calibration, needs, carry-over, summary."""
    lines = ["## Retrospective", ""]
    if document.get("finished_at"):
        lines += [f"Finished {str(document['finished_at']).replace('T', ' ')[:16]}", ""]
    lines += ["### Objective scores", ""]
    for o in document["objectives"]:
        verdict = f" · {o['verdict']}" if o["verdict"] else ""
        lines.append(
            f"- **{escape(o['title'])}** ({_cell(o['owner'])}): {score_text(o['score'], 2)}{verdict}"
        )
        lines += [f"  {line}" for line in _reflections(o)]
    lines += ["", "### Key result scores", "", "| Key result | Owner | Suggested | Score | Reason |"]
    lines.append("|---|---|---:|---|---|")
    for s in document["scores"]:
        lines.append(
            f"| {escape(s['title'])} | {_cell(s['owner'])} | {s['suggested']:.1f} | {score_text(s['score'])} "
            f"| {_cell(s['override_reason'] or '')} |"
        )
    if document["calibration"]:
        lines += ["", "### Calibration", ""]
        lines += [f"- {escape(c['sentence'])}" for c in document["calibration"]]
    if document["development_needs"]:
        lines += ["", "### Development needs", ""]
        lines += [f"- {_cell(n['person'])}: {escape(n['need'])}" for n in document["development_needs"]]
    if document["carry_over"]:
        lines += ["", "### Carry-over", ""]
        lines += [f"- {_carry(c)}" for c in document["carry_over"]]
    lines += _retro_summary(document["summary"])
    return lines


def _carry(c: dict[str, Any]) -> str:
    title = escape(c["title"])
    if c["decision"] == "drop":
        return f"{title}: dropped"
    into = escape(c["target_cycle"] or "the next cycle")
    text = f"{title}: carried into {into}"
    if c.get("new_title") and c["new_title"] != c["title"]:
        text += f" as {escape(c['new_title'])}"
    if c.get("new_start") is not None:
        text += f" (from {format_number(c['new_start'])} to {format_number(c['new_target'])})"
    return text


def _retro_summary(summary: dict[str, Any]) -> list[str]:
    lines = ["", "### Summary", ""]
    lines.append(f"- Mean score: {score_text(summary['mean_score'], 2)}")
    for team in summary["mean_score_by_team"]:
        lines.append(f"  - {escape(team['team'])}: {score_text(team['mean_score'], 2)}")
    lines.append(f"- Key results at 0.7 or more: {percent(summary['share_at_least_0_7'])}")
    lines.append(f"- Check-in discipline (weeks with a check-in): {percent(summary['check_in_discipline'])}")
    if str(summary["text"]).strip():
        lines += ["", *_quote(str(summary["text"]))]
    return [*lines, ""]


def markdown_text(pack: ReviewPack, notes: int | None = None) -> str:
    """The whole pack as Markdown; `notes` is how many of each key result's latest notes (None: all)."""
    c = pack.cycle
    lines = [
        f"# {escape(c.name)} · OKR review",
        "",
        f"Workspace: {escape(pack.workspace)} · Scope: {escape(pack.scope.label)} · "
        f"{format_date_range(c.start, c.end)} ({c.state.value}) · made {pack.made_on.isoformat()}",
        "",
    ]
    lines += [*_summary(pack), "", *_alignment(pack), "", "## Objectives", ""]
    for o in pack.objectives:
        lines += _objective(o, notes, pack.authors)
    if not pack.objectives:
        lines += ["No objectives in this scope.", ""]
    if pack.retrospective is not None:
        lines += _retrospective(pack.retrospective)
    return "\n".join(lines).rstrip("\n") + "\n"


def write_markdown(pack: ReviewPack, target: Path, notes: int | None = None) -> int:
    """Writes the pack's Markdown to target (UTF-8, whole or not at all); returns the number of lines."""
    text = markdown_text(pack, notes)
    save_atomically(target, [text.encode("utf-8")], "Markdown file")
    return text.count("\n")
