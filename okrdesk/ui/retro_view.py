"""The read-only view of a cycle's stored retrospective: a tidy report of the scores against what each
objective promised, the reflections, development needs, calibration, carry-overs and the summary.

The report is built once from `retrospective_document` in two forms side by side, rich text for the view and
plain text for "Copy as Text", so the copy reads well in a mail or a chat. User text is escaped before it
enters the rich text (OKR_RULES.md: titles, names, reasons and notes are plain text). Score bands are shown
in colour and said in words, so the report reads the same in greyscale. The view follows the controller's
`changed` signal; once the cycle or its retrospective is gone it says so instead of the report.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.progress import EPSILON, score_band
from okrdesk.services.errors import NotFoundError, OkrdeskError
from okrdesk.services.retro_report import retrospective_document
from okrdesk.ui.controller import Controller
from okrdesk.ui.i18n import format_date, format_date_range, format_number, format_time
from okrdesk.ui.messages import text as message_text
from okrdesk.ui.retro.words import band_word, percent

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")

# Background and text colour of each band's badge: both fixed, so a badge reads on light and dark themes.
BAND_COLOURS = {
    "green": ("#d3f2dc", "#14532d"),
    "yellow": ("#fcefc0", "#5c4400"),
    "red": ("#fbdcdc", "#7f1d1d"),
}
STYLE = """
h1 { font-size: x-large; margin-bottom: 2px; }
h2 { font-size: large; margin-top: 18px; margin-bottom: 4px; }
h3 { font-size: medium; margin-top: 12px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 2px; }
"""


def band_words(score: float) -> str:
    """The band of a score in words: "green · delivered", "yellow · progress made" or "red · …"."""
    band = score_band(score)
    colour = {
        "green": translate("RetrospectiveView", "green"),
        "yellow": translate("RetrospectiveView", "yellow"),
        "red": translate("RetrospectiveView", "red"),
    }[band]
    return f"{colour} · {band_word(score)}"


@dataclass(frozen=True, slots=True)
class Piece:
    """A bit of a report line in both forms: rich text (already safe) and plain text."""

    html: str
    text: str


Part = Piece | str  # a str is plain text (user text or a translated phrase), escaped on the way in


def escaped(text: str) -> str:
    """Plain text as rich text shown literally, its line breaks kept."""
    return html.escape(text).replace("\r\n", "\n").replace("\n", "<br>")


def strong(text: str) -> Piece:
    return Piece(f"<b>{escaped(text)}</b>", text)


def badge(score: float | None, decimals: int = 1) -> Piece:
    """A score in its band's colour, the band said in words too ("0.8 green · delivered")."""
    if score is None:
        return Piece(
            escaped(translate("RetrospectiveView", "no score")), translate("RetrospectiveView", "no score")
        )
    text = f"{score:.{decimals}f} {band_words(score)}"
    background, colour = BAND_COLOURS[score_band(score)]
    return Piece(
        f'<span style="background-color:{background}; color:{colour}; font-weight:600;">'
        f"&nbsp;{escaped(text)}&nbsp;</span>",
        text,
    )


class ReportWriter:
    """Collects a report as rich text and as plain text at the same time."""

    def __init__(self) -> None:
        self._html: list[str] = []
        self._text: list[str] = []

    @staticmethod
    def _join(parts: Sequence[Part]) -> Piece:
        pieces = [Piece(escaped(p), p) if isinstance(p, str) else p for p in parts]
        return Piece("".join(p.html for p in pieces), "".join(p.text for p in pieces))

    def heading(self, level: int, text: str) -> None:
        self._html.append(f"<h{level}>{escaped(text)}</h{level}>")
        if self._text:
            self._text.append("")
        self._text.append(text)
        if level <= 2:
            self._text.append(("=" if level == 1 else "-") * min(len(text), 72))

    def line(self, *parts: Part) -> None:
        piece = self._join(parts)
        self._html.append(f"<p>{piece.html}</p>")
        self._text.append(piece.text)

    def item(self, *parts: Part, depth: int = 1) -> None:
        """A bulleted line (indented once more per depth)."""
        piece = self._join(parts)
        margin = 14 * depth + 10  # a hanging indent: wrapped lines start under the text, not the bullet
        self._html.append(f'<p style="margin-left:{margin}px; text-indent:-10px;">•&nbsp;{piece.html}</p>')
        self._text.append("  " * depth + "• " + piece.text.replace("\n", "\n" + "  " * depth + "  "))

    def block(self, label: str, text: str) -> None:
        """A labelled piece of longer user text (a reflection), its line breaks kept."""
        self._html.append(
            f'<p style="margin-left:24px; text-indent:-10px;"><b>{escaped(label)}</b> {escaped(text)}</p>'
        )
        self._text.append(f"  {label} " + text.replace("\n", "\n    "))

    def to_html(self) -> str:
        return "".join(self._html)

    def to_text(self) -> str:
        return "\n".join(self._text) + "\n"


def _state_word(state: str) -> str:
    return {
        "planning": translate("RetrospectiveView", "planning"),
        "active": translate("RetrospectiveView", "active"),
        "closed": translate("RetrospectiveView", "closed"),
    }.get(state, state)


def _finished_text(finished_at: str | None) -> str:
    if not finished_at:
        return translate("RetrospectiveView", "not finished")
    moment = datetime.fromisoformat(finished_at)
    return translate("RetrospectiveView", "finished {day} at {time}").format(
        day=format_date(moment.date()), time=format_time(moment)
    )


def _write_header(out: ReportWriter, doc: Mapping[str, Any]) -> None:
    cycle = doc["cycle"]
    out.heading(1, translate("RetrospectiveView", "Retrospective of {cycle}").format(cycle=cycle["name"]))
    dates = format_date_range(date.fromisoformat(cycle["start"]), date.fromisoformat(cycle["end"]))
    out.line(" · ".join((dates, _state_word(cycle["state"]), _finished_text(doc["finished_at"]))))


def _write_figures(out: ReportWriter, doc: Mapping[str, Any]) -> None:
    summary = doc["summary"]
    count = len(doc["scores"])
    out.heading(2, translate("RetrospectiveView", "Headline figures"))
    out.item(translate("RetrospectiveView", "Mean score: "), badge(summary["mean_score"], 2))
    teams = summary["mean_score_by_team"]
    if teams:
        out.item(translate("RetrospectiveView", "Mean score by team:"))
        for team in teams:
            out.item(f"{team['team']}: ", badge(team["mean_score"], 2), depth=2)
    out.item(
        translate("RetrospectiveView", "Key results scored 0.7 or more: {share} of {count}").format(
            share=percent(summary["share_at_least_0_7"]), count=count
        )
    )
    out.item(
        translate(
            "RetrospectiveView",
            "Check-in discipline: {share} of the weeks had a check-in (mean over the key results)",
        ).format(share=percent(summary["check_in_discipline"]))
    )


def _kr_line(entry: Mapping[str, Any], objective_owner: str) -> list[Part]:
    title = entry["title"] or translate("RetrospectiveView", "(deleted key result)")
    parts: list[Part] = [f"{entry['ref']} ", strong(title)]
    if entry["owner"] and entry["owner"] != objective_owner:
        parts.append(f" ({entry['owner']})")
    overridden = abs(entry["score"] - entry["suggested"]) > EPSILON
    parts += [
        translate("RetrospectiveView", ": suggested {score} → final ").format(
            score=format_number(entry["suggested"], 1)
        ),
        badge(entry["score"]),
    ]
    reason = entry["override_reason"] or ""
    if overridden:
        parts.append(
            translate("RetrospectiveView", " · overridden: ") + reason
            if reason
            else translate("RetrospectiveView", " · overridden")
        )
    elif reason:
        parts.append(translate("RetrospectiveView", " · note: ") + reason)
    return parts


def _write_objective(
    out: ReportWriter, objective: Mapping[str, Any], scores: list[Mapping[str, Any]]
) -> None:
    out.heading(3, f"{objective['ref']} · {objective['title']}")
    parts: list[Part] = []
    if objective["owner"]:
        parts += [translate("RetrospectiveView", "Owner: "), objective["owner"], " · "]
    expected = translate("RetrospectiveView", "expected {score}").format(
        score=format_number(objective["expected"], 1)
    )
    if objective["score"] is None or objective["verdict"] is None:
        parts += [translate("RetrospectiveView", "no score (no key results to score) · "), expected]
    else:
        parts += [
            translate("RetrospectiveView", "Score: "),
            badge(objective["score"], 2),
            f" · {expected} · ",
        ]
        parts += [translate("RetrospectiveView", "verdict: "), strong(objective["verdict"])]
    out.line(*parts)
    for entry in scores:
        out.item(*_kr_line(entry, objective["owner"]))
    for key, label in (
        ("went_well", translate("RetrospectiveView", "Went well:")),
        ("challenges", translate("RetrospectiveView", "Challenges:")),
        ("lessons", translate("RetrospectiveView", "Lessons:")),
    ):
        if objective[key].strip():
            out.block(label, objective[key])


def _write_objectives(out: ReportWriter, doc: Mapping[str, Any]) -> None:
    by_objective: dict[str, list[Mapping[str, Any]]] = {}
    for entry in doc["scores"]:
        by_objective.setdefault(entry["objective_ref"], []).append(entry)
    sections = (
        ("committed", translate("RetrospectiveView", "Committed objectives (expected to reach 1.0)")),
        ("aspirational", translate("RetrospectiveView", "Aspirational objectives (expected to reach 0.7)")),
    )
    for kind, heading in sections:
        objectives = [o for o in doc["objectives"] if o["kind"] == kind]
        if objectives:
            out.heading(2, heading)
            for objective in objectives:
                _write_objective(out, objective, by_objective.pop(objective["ref"], []))
    if not doc["objectives"]:
        out.heading(2, translate("RetrospectiveView", "Objectives"))
        out.line(translate("RetrospectiveView", "This cycle has no objectives."))
    leftover = [entry for entries in by_objective.values() for entry in entries]
    if leftover:
        out.heading(2, translate("RetrospectiveView", "Other key results"))
        for entry in leftover:
            out.item(*_kr_line(entry, ""))


def _carry_line(entry: Mapping[str, Any]) -> list[Part]:
    parts: list[Part] = [
        f"{entry['ref']} ",
        strong(entry["title"] or translate("RetrospectiveView", "(deleted key result)")),
    ]
    decision = entry["decision"]
    if decision == "drop":
        return [*parts, translate("RetrospectiveView", ": dropped")]
    cycle = entry["target_cycle"] or translate("RetrospectiveView", "(a cycle that no longer exists)")
    if entry["new_ref"] is None:
        parts.append(translate("RetrospectiveView", " → not created in {cycle}").format(cycle=cycle))
    else:
        parts.append(
            translate("RetrospectiveView", " → {ref} in {cycle}").format(ref=entry["new_ref"], cycle=cycle)
        )
    if decision == "carry":
        return [*parts, translate("RetrospectiveView", ", as is")]
    parts.append(translate("RetrospectiveView", ", with changes"))
    if entry["new_title"] is not None and entry["new_title"] != entry["title"]:
        parts += [translate("RetrospectiveView", ": now "), strong(entry["new_title"])]
    if entry["new_start"] is not None and entry["new_target"] is not None:
        parts.append(
            translate("RetrospectiveView", " (from {start} to {target})").format(
                start=format_number(entry["new_start"]), target=format_number(entry["new_target"])
            )
        )
    return parts


def _write_rest(out: ReportWriter, doc: Mapping[str, Any]) -> None:
    if doc["development_needs"]:
        out.heading(2, translate("RetrospectiveView", "Development needs"))
        for need in doc["development_needs"]:
            out.item(
                strong(need["person"] or translate("RetrospectiveView", "(someone no longer listed)")),
                ": ",
                need["need"],
            )
    if doc["calibration"]:
        out.heading(
            2, translate("RetrospectiveView", "Calibration (mid-cycle confidence against the final scores)")
        )
        for entry in doc["calibration"]:
            count = entry["key_results"]
            many = (
                translate("RetrospectiveView", "{n} key results")
                if count != 1
                else translate("RetrospectiveView", "{n} key result")
            )
            out.item(entry["sentence"], f" · {many.format(n=count)}")
    if doc["carry_over"]:
        out.heading(2, translate("RetrospectiveView", "Carry-over"))
        for entry in doc["carry_over"]:
            out.item(*_carry_line(entry))
    out.heading(2, translate("RetrospectiveView", "Summary"))
    text = doc["summary"]["text"]
    out.line(text if text.strip() else translate("RetrospectiveView", "No summary was written."))


def write_report(doc: Mapping[str, Any]) -> ReportWriter:
    """The whole report of a retrospective document (see services/retro_report.py)."""
    out = ReportWriter()
    _write_header(out, doc)
    _write_figures(out, doc)
    _write_objectives(out, doc)
    _write_rest(out, doc)
    return out


class RetrospectiveView(QDialog):
    """Shows a cycle's stored retrospective, read-only; "Edit Retrospective…" asks for the wizard."""

    edit_requested = Signal(int)  # the cycle id

    def __init__(self, controller: Controller, cycle_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.cycle_id = cycle_id
        self.document: dict[str, Any] | None = None  # None while a message is shown instead
        self._text = ""
        # It listens to the controller: once closed it must go, not linger as a hidden listener.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(820, 760)
        self._build()
        self.reload()
        controller.changed.connect(self._on_changed)

    def _build(self) -> None:
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Retrospective report"))
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(STYLE)
        self.browser.document().setDocumentMargin(12)
        self.edit_button = QPushButton(self.tr("&Edit Retrospective…"), self)
        self.edit_button.setToolTip(
            self.tr("Open the retrospective wizard with this retrospective filled in")
        )
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.cycle_id))
        self.copy_button = QPushButton(self.tr("&Copy as Text"), self)
        self.copy_button.setToolTip(self.tr("Put the report on the clipboard as plain text"))
        self.copy_button.clicked.connect(self.copy_as_text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        for button in (self.edit_button, self.copy_button, self.close_button):
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)

    def reload(self) -> None:
        """Reads the retrospective again (keeping the scroll position), or says why there is none."""
        workspace = self.controller.workspace
        scroll = self.browser.verticalScrollBar().value()
        try:
            cycle = workspace.cycle(self.cycle_id)
        except NotFoundError:
            self._show_message(
                self.tr("Retrospective"),
                self.tr(
                    "This cycle no longer exists (it may have been deleted), so it has no retrospective."
                ),
                can_edit=False,
            )
            return
        try:
            self.document = retrospective_document(workspace, cycle.name)
        except NotFoundError:
            message = self.tr("{cycle} has no stored retrospective.").format(cycle=cycle.name)
            self._show_message(self.tr("Retrospective of {cycle}").format(cycle=cycle.name), message)
            return
        except OkrdeskError as exc:
            self._show_message(
                self.tr("Retrospective of {cycle}").format(cycle=cycle.name), message_text(exc)
            )
            return
        report = write_report(self.document)
        self.setWindowTitle(self.tr("Retrospective of {cycle}").format(cycle=cycle.name))
        self._text = report.to_text()
        self.browser.setHtml(report.to_html())
        self.edit_button.setEnabled(True)
        self.browser.verticalScrollBar().setValue(scroll)

    def _show_message(self, title: str, message: str, *, can_edit: bool = True) -> None:
        self.document = None
        self.setWindowTitle(title)
        self._text = message + "\n"
        self.browser.setPlainText(message)
        self.edit_button.setEnabled(can_edit)

    def _on_changed(self, _change: object) -> None:
        # Any change may touch what the report shows (a title, a name, the retrospective itself).
        self.reload()

    def plain_text(self) -> str:
        """The report as plain text (what "Copy as Text" puts on the clipboard)."""
        return self._text

    def copy_as_text(self) -> None:
        QApplication.clipboard().setText(self.plain_text())

    @classmethod
    def show_for(cls, parent: QWidget | None, controller: Controller, cycle_id: int) -> RetrospectiveView:
        """Shows the view of a cycle's retrospective (raising one already open for it) and returns it."""
        existing = [] if parent is None else parent.findChildren(cls)
        view = next((v for v in existing if v.cycle_id == cycle_id and v.isVisible()), None)
        if view is None:
            view = cls(controller, cycle_id, parent)
            view.show()
        else:
            view.raise_()
            view.activateWindow()
        return view
