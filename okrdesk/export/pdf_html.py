"""The body of the PDF review pack as Qt rich text (the HTML subset QTextDocument reads): the summary, the
alignment tree and a page per objective with its key results. The retrospective is in pdf_retro.py. Each
section becomes a QTextDocument of its own (pdf_pages.py), so each starts a page.

Every piece of user text (titles, names, notes, units, reasons) goes through `esc`, so it shows literally and
can never become markup or a resource: the only ``src`` attributes are the made-up names of pdf_draw.Figures.
Statuses and bands are always said in words (and a shape: ● ▲ ■ ○ as in the app), never by colour alone.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Mapping
from datetime import datetime

from okrdesk.domain.cycles import format_date, format_date_range
from okrdesk.domain.model import CheckIn, Status
from okrdesk.domain.validation import format_number
from okrdesk.export.pdf_draw import Bar, Chart, Figures
from okrdesk.export.words import (
    confidence_text,
    percent,
    progress_text,
    score_text,
    status_word,
    values_text,
)
from okrdesk.services.review import ReviewKeyResult, ReviewObjective, ReviewPack

__all__ = ["STYLE", "esc", "section_count", "sections_html", "status_html"]

STYLE = """
body { color: #1a1a1a; }
h1 { font-size: 17pt; font-weight: bold; color: #16325c; margin-top: 0px; margin-bottom: 4px; }
h2 { font-size: 12.5pt; font-weight: bold; color: #16325c; margin-top: 14px; margin-bottom: 5px; }
h3 { font-size: 10.5pt; font-weight: bold; color: #1a1a1a; margin-top: 10px; margin-bottom: 3px; }
p { margin-top: 0px; margin-bottom: 2px; }
th { background-color: #e6ebf1; color: #1a1a1a; font-weight: bold; text-align: left; }
.muted { color: #4d4d4d; }
.small { font-size: 8pt; }
.label { font-size: 8pt; color: #4d4d4d; font-weight: bold; }
.note { font-size: 8.5pt; }
"""

STATUS_SHAPES = {Status.ON_TRACK: "●", Status.AT_RISK: "▲", Status.OFF_TRACK: "■", Status.NO_DATA: "○"}
STATUS_TEXT = {  # dark enough for text on white, and different greys in greyscale
    Status.ON_TRACK: "#1b5e20",
    Status.AT_RISK: "#8a5300",
    Status.OFF_TRACK: "#b71c1c",
    Status.NO_DATA: "#555555",
}
STATUS_TINT = {
    Status.ON_TRACK: "#e3f1e4",
    Status.AT_RISK: "#fcefd6",
    Status.OFF_TRACK: "#f9dede",
    Status.NO_DATA: "#ececec",
}
BAR_WIDTH, BAR_HEIGHT = 64, 8
CHART_WIDTH, CHART_HEIGHT = 176, 84
OVERVIEW_TITLE = 300  # characters of a title in the summary and alignment tables
TABLE = 'width="100%" cellspacing="0" cellpadding="4"'
RULED = 'style="border-bottom: 0.6px solid #c9d0d8;"'
NOWRAP = 'style="border-bottom: 0.6px solid #c9d0d8; white-space: nowrap;"'
_SPACES = re.compile(r"  +")
_BREAKS = re.compile(r"\r\n|[\r\n\u2028\u2029\v\f\x85]")


def esc(text: str) -> str:
    """User text as rich text shown literally: markup escaped, line breaks and runs of spaces kept."""
    escaped = html.escape(text.replace("\x00", "\ufffd"), quote=True)
    escaped = _SPACES.sub(lambda m: " " + "&nbsp;" * (len(m.group()) - 1), escaped)
    return _BREAKS.sub("<br>", escaped)


def status_html(status: Status) -> str:
    """The status as a shape and a word, in its colour: "● on track"."""
    return (
        f'<span style="color: {STATUS_TEXT[status]}; font-weight: bold;">'
        f"{STATUS_SHAPES[status]}&nbsp;{html.escape(status_word(status))}</span>"
    )


def progress_bar(figures: Figures, progress: float | None, status: Status, raw: float | None = None) -> str:
    """A bar and the percentage (raw progress beyond the range said in words)."""
    value = raw if raw is not None else progress
    words = "no data" if value is None else progress_text(value) if raw is not None else percent(value)
    figure = figures.img(Bar(value, status), BAR_WIDTH, BAR_HEIGHT)
    return f"{figure}&nbsp;&nbsp;{html.escape(words).replace(' %', '&nbsp;%')}"


def score_bar(figures: Figures, score: float | None, places: int = 2, *, stacked: bool = False) -> str:
    """A score bar and the score with its band in words ("0.70 · delivered"); stacked: the band on a line
    of its own under the bar (for narrow table columns)."""
    if score is None:
        return '<span class="muted">no score</span>'
    bar = figures.img(Bar(score, score=True), BAR_WIDTH, BAR_HEIGHT)
    if stacked:
        number, band = score_text(score, places).split(" · ", 1)
        return f'{bar}&nbsp;&nbsp;{number}<br><span class="small">{html.escape(band)}</span>'
    return f"{bar}&nbsp;&nbsp;{html.escape(score_text(score, places))}"


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _title(o: ReviewObjective, cut: bool = False) -> str:
    """The objective's ref and title; in the overview tables (cut) a very long title ends in "…" (the
    objective's own page shows it whole)."""
    title = _shortened(o.objective.title) if cut else o.objective.title
    return f'<span class="muted">{html.escape(o.objective.ref)}</span>&nbsp; {esc(title)}'


def _shortened(text: str) -> str:
    return text if len(text) <= OVERVIEW_TITLE else text[: OVERVIEW_TITLE - 1] + "…"


def _owner(name: str) -> str:
    return esc(name) if name else '<span class="muted">no owner</span>'


def _status_sentence(pack: ReviewPack) -> str:
    """ "6 on track, 1 at risk, 3 off track, 1 no data" (objectives)."""
    return ", ".join(f"{count} {status_word(status)}" for status, count in pack.status_counts().items())


def _status_counts(pack: ReviewPack) -> str:
    cells = []
    for status, count in pack.status_counts().items():
        cells.append(
            f'<td width="25%" align="center" bgcolor="{STATUS_TINT[status]}" '
            f'style="border: 0.8px solid #8c8c8c;">'
            f'<p style="font-size: 20pt; font-weight: bold; margin: 0px;">{count}</p>'
            f"<p>{status_html(status)}</p></td>"
        )
    return f'<table width="100%" cellspacing="6" cellpadding="6"><tr>{"".join(cells)}</tr></table>'


def summary_html(pack: ReviewPack, figures: Figures) -> str:
    """The summary page: the pace, the status counts, and the objectives grouped by team with their bars."""
    c = pack.cycle
    expected = f"expected pace on {format_date(pack.made_on)}: {percent(pack.expected)}"
    krs = pack.key_results
    check_ins = sum(len(kr.check_ins) for kr in krs)
    out = [
        "<h1>Summary</h1>",
        f'<p class="muted">{esc(c.name)} · {format_date_range(c.start, c.end)} · {c.state.value} · '
        f"{html.escape(expected)}</p>",
        f"<p>{plural(len(pack.objectives), 'objective')} · {plural(len(krs), 'key result')} · "
        f"{plural(check_ins, 'check-in')}. By status: {_status_sentence(pack)}.</p>",
        _status_counts(pack),
    ]
    if not pack.objectives:
        out.append(f"<p>No objectives in this scope ({esc(pack.scope.label)}) for {esc(c.name)}.</p>")
        return "".join(out)
    scored = pack.has_scores
    heads = ("Objective", "Owner", "Score" if scored else "Progress", "Verdict" if scored else "Status")
    widths = (40, 17, 25, 18) if scored else (42, 17, 25, 16)
    rows = [
        "<tr>" + "".join(f'<th width="{w}%">{h}</th>' for w, h in zip(widths, heads, strict=True)) + "</tr>"
    ]
    for team, objectives in pack.by_team():
        rows.append(
            f'<tr><td colspan="4" style="padding-top: 12px; border-bottom: 1px solid #16325c;">'
            f'<span style="font-size: 11.5pt; font-weight: bold; color: #16325c;">{esc(team)}</span>'
            f'<span class="muted"> · {plural(len(objectives), "objective")}</span></td></tr>'
        )
        for o in objectives:
            if scored:
                figure = score_bar(figures, o.score, stacked=True)
                last = html.escape(o.verdict or "—")
            else:
                figure, last = progress_bar(figures, o.progress, o.status), status_html(o.status)
            rows.append(
                f"<tr><td {RULED}>{_title(o, cut=True)}</td><td {RULED}>{_owner(o.owner)}</td>"
                f"<td {RULED}>{figure}</td><td {RULED if scored else NOWRAP}>{last}</td></tr>"
            )
    out += ["<h2>Objectives by team</h2>", f"<table {TABLE}>{''.join(rows)}</table>"]
    return "".join(out)


def alignment_html(pack: ReviewPack) -> str:
    """The alignment tree: objectives under what they contribute to, with owner, progress and status."""
    out = [
        "<h1>Alignment</h1>",
        '<p class="muted">Each objective under the objective it contributes to.</p>',
    ]
    if not pack.objectives:
        return "".join([*out, "<p>No objectives in this scope.</p>"])
    rows = [
        '<tr><th width="52%">Objective</th><th width="19%">Owner</th>'
        '<th width="13%" align="right">Progress</th><th width="16%">Status</th></tr>'
    ]
    for o in pack.objectives:
        indent = 14 * min(o.depth, 10)
        mark = "└&nbsp;" if o.depth else ""
        aligns = ""
        if o.aligns_to:
            aligns = f'<br><span class="muted small">↑ aligns to “{esc(_shortened(o.aligns_to))}”</span>'
        title = f'<p style="margin-left: {indent}px;">{mark}{_title(o, cut=True)}{aligns}</p>'
        rows.append(
            f"<tr><td {RULED}>{title}</td><td {RULED}>{_owner(o.owner)}</td>"
            f'<td {NOWRAP} align="right">{html.escape(percent(o.progress))}</td>'
            f"<td {NOWRAP}>{status_html(o.status)}</td></tr>"
        )
    out.append(f"<table {TABLE}>{''.join(rows)}</table>")
    return "".join(out)


def _chart(pack: ReviewPack, kr: ReviewKeyResult, figures: Figures) -> str:
    start = datetime.combine(pack.cycle.start, datetime.min.time())
    points = tuple(
        ((p.at - start).total_seconds() / 86400, p.progress) for p in kr.series if p.progress is not None
    )
    day = (pack.made_on - pack.cycle.start).days
    inside = pack.cycle.start <= pack.made_on <= pack.cycle.end
    chart = Chart(points, pack.cycle.start, pack.cycle.end, float(day) if inside else None)
    return figures.img(chart, CHART_WIDTH, CHART_HEIGHT)


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def _notes(kr: ReviewKeyResult, notes: int | None, authors: Mapping[int, str]) -> str:
    if notes == 0:
        return ""
    chosen = kr.latest_notes(notes)
    noted = sum(1 for c in kr.check_ins if c.note.strip())
    if not chosen:
        return '<p class="note"><span class="label">Notes</span><span class="muted"> · none yet</span></p>'
    label = "Latest note" if len(chosen) == 1 else f"Latest {len(chosen)} notes"
    if notes is None or len(chosen) == noted:
        label = "All notes" if noted > 1 else "The only note" if noted == 1 else label
    more = f" (of {noted})" if len(chosen) < noted else ""
    lines = [f'<p class="label">{label}{more}, newest first</p>']
    lines += [_note(c, authors) for c in chosen]
    return "".join(lines)


def _note(c: CheckIn, authors: Mapping[int, str]) -> str:
    author = authors.get(c.author_id, "") if c.author_id is not None else ""
    by = f" · {esc(author)}" if author else ""
    head = f'<span class="muted">{format_date(c.at.date())} {c.at:%H:%M}{by} · value {format_number(c.value)}'
    head += f" · confidence {c.confidence}</span>" if c.confidence is not None else "</span>"
    return f'<p class="note" style="margin-bottom: 3px;">{head} — {esc(c.note.strip())}</p>'


def key_result_html(
    pack: ReviewPack, o: ReviewObjective, kr: ReviewKeyResult, figures: Figures, notes: int | None
) -> str:
    """One key result: its figures on the left, its chart on the right, its latest notes below."""
    k = kr.key_result
    facts = [k.kr_type.value.replace("_", " ")]
    if kr.owner and kr.owner != o.owner:
        facts.append(f"owner {esc(kr.owner)}")
    if k.weight != 1:
        facts.append(f"weight {format_number(k.weight)}")
    last = f"last check-in {format_date(k.last_check_in.date())}" if k.last_check_in else "no check-ins yet"
    left = [
        f'<p style="font-weight: bold; margin-bottom: 3px;"><span class="muted">{html.escape(k.ref)}</span>'
        f"&nbsp; {esc(k.title)}</p>",
        f'<p class="muted small">{" · ".join(facts)}</p>',
        f"<p>{esc(values_text(k))}</p>",
        f'<p style="margin-top: 3px;">{progress_bar(figures, kr.progress, kr.status, kr.raw_progress)}'
        f" · {status_html(kr.status)}</p>",
        f"<p>{html.escape(_first_upper(confidence_text(kr.confidences)))} · {last}</p>",
    ]
    if kr.score is not None:
        reason = f' <span class="muted">· reason: {esc(kr.score_reason)}</span>' if kr.score_reason else ""
        left.append(f'<p style="margin-top: 3px;">Score: {score_bar(figures, kr.score, 1)}{reason}</p>')
    top = 'style="border-top: 1.2px solid #16325c;" bgcolor="#f3f5f8"'
    row = (
        f'<tr><td width="62%" valign="top" {top}>{"".join(left)}</td>'
        f'<td width="38%" valign="top" align="right" {top}>{_chart(pack, kr, figures)}</td></tr>'
    )
    noted = _notes(kr, notes, pack.authors)
    if noted:
        row += f'<tr><td colspan="2">{noted}</td></tr>'
    return f'<table width="100%" cellspacing="0" cellpadding="6" style="margin-bottom: 10px;">{row}</table>'


def objective_html(pack: ReviewPack, o: ReviewObjective, figures: Figures, notes: int | None) -> str:
    """An objective's page: title, owner, team, kind, progress and status (score), then its key results."""
    obj = o.objective
    facts = [f"Owner: {_owner(o.owner)}", f"Team: {esc(o.team)}", obj.kind.value, obj.state.value]
    out = [
        f"<h1>{_title(o)}</h1>",
        f'<p class="muted">{" · ".join(facts)}</p>',
    ]
    if o.aligns_to:
        out.append(f'<p class="muted">↑ aligns to “{esc(o.aligns_to)}”</p>')
    line = f"Progress: {progress_bar(figures, o.progress, o.status)} · {status_html(o.status)}"
    if o.score is not None:
        verdict = f" · verdict: <b>{html.escape(o.verdict)}</b>" if o.verdict else ""
        line += f"<br>Score:&nbsp;&nbsp;&nbsp; {score_bar(figures, o.score)}{verdict}"
    out.append(f'<p style="margin-top: 6px; margin-bottom: 6px; line-height: 130%;">{line}</p>')
    if obj.description.strip():
        out.append(f'<p style="margin-bottom: 6px;">{esc(obj.description.strip())}</p>')
    count = len(o.key_results)
    out.append(f"<h2>Key results ({count})</h2>" if count else "<h2>Key results</h2>")
    if not count:
        out.append('<p class="muted">This objective has no key results in this scope.</p>')
    out += [key_result_html(pack, o, kr, figures, notes) for kr in o.key_results]
    return "".join(out)


def sections_html(pack: ReviewPack, figures: Figures, notes: int | None) -> Iterator[str]:
    """The body after the cover (which pdf_cover.py paints), as sections that each start a new page: the
    summary, the alignment, one per objective, the retrospective. Made one at a time, when asked for."""
    from okrdesk.export.pdf_retro import retrospective_html

    yield summary_html(pack, figures)
    yield alignment_html(pack)
    for o in pack.objectives:
        yield objective_html(pack, o, figures, notes)
    if pack.retrospective is not None:
        yield retrospective_html(pack, pack.retrospective, figures)


def section_count(pack: ReviewPack) -> int:
    """How many sections sections_html makes."""
    return 2 + len(pack.objectives) + (pack.retrospective is not None)
