"""The retrospective section of the PDF review pack, from the stored retrospective document cut to the pack
(services/retro_report.py and review.py): the summary figures and text, objective scores with their verdicts
and key result scores (override reasons included), the reflections, calibration, development needs and
carry-over decisions. User text goes through `esc`; bands and verdicts are words as well as colours.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from okrdesk.domain.cycles import format_date
from okrdesk.domain.progress import EPSILON
from okrdesk.domain.validation import format_number
from okrdesk.export.pdf_draw import Figures
from okrdesk.export.pdf_html import RULED, TABLE, esc, score_bar
from okrdesk.export.words import percent
from okrdesk.services.review import ReviewPack

__all__ = ["retrospective_html"]

_KINDS = (
    ("committed", "Committed objectives · expected to reach 1.0"),
    ("aspirational", "Aspirational objectives · expected around 0.7"),
)
_REFLECTIONS = (("went_well", "Went well"), ("challenges", "Challenges"), ("lessons", "Lessons"))


def _finished(document: Mapping[str, Any]) -> str:
    finished = document.get("finished_at")
    if not finished:
        return "not finished"
    moment = datetime.fromisoformat(str(finished))
    return f"finished {format_date(moment.date())} at {moment:%H:%M}"


def _figures(pack: ReviewPack, document: Mapping[str, Any], figures: Figures) -> str:
    summary = document["summary"]
    whole = "" if pack.scope.owner is None else " (of the whole cycle's retrospective)"
    rows = [
        f'<tr><td {RULED} width="40%">Mean score{whole}</td><td {RULED}>'
        f"{score_bar(figures, summary['mean_score'])}</td></tr>"
    ]
    for team in summary["mean_score_by_team"]:
        rows.append(
            f"<tr><td {RULED}>&nbsp;&nbsp;&nbsp;{esc(team['team'])}</td>"
            f"<td {RULED}>{score_bar(figures, team['mean_score'])}</td></tr>"
        )
    rows.append(
        f"<tr><td {RULED}>Key results scored 0.7 or more</td>"
        f"<td {RULED}>{html.escape(percent(summary['share_at_least_0_7']))}</td></tr>"
    )
    rows.append(
        f"<tr><td {RULED}>Check-in discipline (weeks with a check-in)</td>"
        f"<td {RULED}>{html.escape(percent(summary['check_in_discipline']))}</td></tr>"
    )
    out = ["<h2>Headline figures</h2>", f"<table {TABLE}>{''.join(rows)}</table>"]
    text = str(summary["text"] or "")
    out.append("<h3>Summary</h3>")
    out.append(
        f"<p>{esc(text.strip())}</p>" if text.strip() else '<p class="muted">No summary was written.</p>'
    )
    return "".join(out)


def _kr_score(entry: Mapping[str, Any], figures: Figures) -> str:
    title = esc(entry["title"]) if entry["title"] else '<span class="muted">(deleted key result)</span>'
    owner = f' <span class="muted">· {esc(entry["owner"])}</span>' if entry["owner"] else ""
    reason = str(entry["override_reason"] or "")
    overridden = abs(float(entry["score"]) - float(entry["suggested"])) > EPSILON
    note = ""
    if overridden:
        note = f"<br><i>overridden: {esc(reason)}</i>" if reason else "<br><i>overridden</i>"
    elif reason:
        note = f"<br><i>note: {esc(reason)}</i>"
    return (
        f'<tr><td {RULED} width="46%"><span class="muted">{html.escape(entry["ref"])}</span>&nbsp; '
        f"{title}{owner}{note}</td>"
        f'<td {RULED} width="14%" align="right">{float(entry["suggested"]):.1f}</td>'
        f'<td {RULED} width="40%">{score_bar(figures, entry["score"], 1)}</td></tr>'
    )


def _objective(objective: Mapping[str, Any], scores: list[Mapping[str, Any]], figures: Figures) -> str:
    out = [
        f'<h3><span class="muted">{html.escape(objective["ref"])}</span>&nbsp; {esc(objective["title"])}</h3>'
    ]
    facts = [f"Owner: {esc(objective['owner'])}"] if objective["owner"] else []
    facts.append(f"expected {float(objective['expected']):.1f}")
    if objective["score"] is None or objective["verdict"] is None:
        facts.append("no score (no key results to score)")
        out.append(f'<p class="muted">{" · ".join(facts)}</p>')
    else:
        out.append(f'<p class="muted">{" · ".join(facts)}</p>')
        out.append(
            f"<p>Score: {score_bar(figures, objective['score'])} · verdict: "
            f"<b>{html.escape(objective['verdict'])}</b></p>"
        )
    if scores:
        rows = [
            '<tr><th width="46%">Key result</th><th width="14%" align="right">Suggested</th>'
            '<th width="40%">Final score</th></tr>'
        ]
        rows += [_kr_score(entry, figures) for entry in scores]
        out.append(f"<table {TABLE}>{''.join(rows)}</table>")
    for key, label in _REFLECTIONS:
        text = str(objective[key] or "")
        if text.strip():
            out.append(f'<p style="margin-top: 4px;"><b>{label}:</b> {esc(text.strip())}</p>')
    return "".join(out)


def _carry(entry: Mapping[str, Any]) -> str:
    title = esc(entry["title"]) if entry["title"] else "(deleted key result)"
    head = f'<span class="muted">{html.escape(entry["ref"])}</span>&nbsp; {title}'
    if entry["decision"] == "drop":
        return f"{head}: <b>dropped</b>"
    cycle = esc(entry["target_cycle"]) if entry["target_cycle"] else "a cycle that no longer exists"
    into = (
        f" → {html.escape(entry['new_ref'])} in {cycle}" if entry["new_ref"] else f" → not created in {cycle}"
    )
    if entry["decision"] == "carry":
        return f"{head}{into}, <b>carried as is</b>"
    text = f"{head}{into}, <b>carried with changes</b>"
    if entry["new_title"] is not None and entry["new_title"] != entry["title"]:
        text += f": now “{esc(entry['new_title'])}”"
    if entry["new_start"] is not None and entry["new_target"] is not None:
        text += f" (from {format_number(entry['new_start'])} to {format_number(entry['new_target'])})"
    return text


def _items(heading: str, lines: list[str]) -> str:
    if not lines:
        return ""
    return f"<h2>{heading}</h2>" + "".join(
        f'<p style="margin-left: 12px; text-indent: -10px;">•&nbsp;{line}</p>' for line in lines
    )


def retrospective_html(pack: ReviewPack, document: Mapping[str, Any], figures: Figures) -> str:
    """The retrospective section, starting on a new page."""
    cycle = document["cycle"]
    out = [
        f"<h1>Retrospective of {esc(cycle['name'])}</h1>",
        f'<p class="muted">{html.escape(_finished(document))} · scores 0.7 and up: delivered · '
        "0.4 to 0.69: progress made · below 0.4: no real progress</p>",
        _figures(pack, document, figures),
    ]
    by_objective: dict[str, list[Mapping[str, Any]]] = {}
    for entry in document["scores"]:
        by_objective.setdefault(entry["objective_ref"], []).append(entry)
    for kind, heading in _KINDS:
        objectives = [o for o in document["objectives"] if o["kind"] == kind]
        if objectives:
            out.append(f"<h2>{heading}</h2>")
            out += [_objective(o, by_objective.pop(o["ref"], []), figures) for o in objectives]
    leftover = [entry for entries in by_objective.values() for entry in entries]
    if leftover:
        out.append("<h2>Other key results</h2>")
        rows = "".join(_kr_score(entry, figures) for entry in leftover)
        out.append(f"<table {TABLE}>{rows}</table>")
    calibration = [
        f'{esc(c["sentence"])} <span class="muted">· {c["key_results"]} key result'
        f"{'s' if c['key_results'] != 1 else ''}</span>"
        for c in document["calibration"]
    ]
    out.append(_items("Calibration · mid-cycle confidence against the final scores", calibration))
    needs = [
        f"<b>{esc(n['person']) if n['person'] else '(someone no longer listed)'}</b>: {esc(n['need'])}"
        for n in document["development_needs"]
    ]
    out.append(_items("Development needs", needs))
    out.append(_items("Carry-over decisions", [_carry(c) for c in document["carry_over"]]))
    return "".join(out)
