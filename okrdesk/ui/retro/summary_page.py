"""Page 6 of the retrospective: the headline figures (mean score by team, share of key results at 0.7 or
more, check-in discipline), then every decision; a summary of the cycle in the team's words; Finish."""

from __future__ import annotations

import html
from collections import Counter

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextBrowser, QVBoxLayout, QWizardPage

from okrdesk.domain import retro
from okrdesk.domain.model import CarryDecision, ObjectiveKind, key_result_ref
from okrdesk.domain.validation import TEXT_MAX
from okrdesk.services.retro import NEW_CYCLE
from okrdesk.services.retro_report import team_means
from okrdesk.ui.dialogs.common import ErrorLabel, plain_label
from okrdesk.ui.i18n import format_number
from okrdesk.ui.messages import text as message_text
from okrdesk.ui.retro.state import CarryChoice, RetroState
from okrdesk.ui.retro.words import percent, score_text, verdict_word


def _e(text: str) -> str:
    return html.escape(text)


class SummaryPage(QWizardPage):
    """What Finish will store, at a glance."""

    def __init__(self, state: RetroState) -> None:
        super().__init__()
        self.state = state
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("Check the figures and the decisions; Finish saves them all at once."))
        self.report = QTextBrowser(self)
        self.report.setAccessibleName(self.tr("Summary of the retrospective"))
        self.report.setOpenLinks(False)
        self.summary = QPlainTextEdit(self)
        self.summary.setAccessibleName(self.tr("Summary of the cycle"))
        self.summary.setPlaceholderText(
            self.tr("The cycle in a few sentences, in the team's words (optional)")
        )
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(90)
        self.summary.textChanged.connect(self._on_summary)
        self.finish_note = plain_label(wrap=True)
        self.error = ErrorLabel(self)
        label = QLabel(self.tr("Summary of the &cycle:"), self)
        label.setBuddy(self.summary)
        self.summary_label = label
        layout = QVBoxLayout(self)
        layout.addWidget(self.report, 1)
        layout.addWidget(label)
        layout.addWidget(self.summary)
        layout.addWidget(self.finish_note)
        layout.addWidget(self.error)
        self._problems: list[str] = []

    def initializePage(self) -> None:
        if self.summary.toPlainText() != self.state.summary:
            self.summary.setPlainText(self.state.summary)
        # The cycle's summary is written in the retrospective of everyone, not in a team's part.
        everyone = self.state.scope is not None and self.state.scope.scope_name is None
        self.summary.setVisible(everyone)
        self.summary_label.setVisible(everyone)
        self.report.setHtml(self.report_html())
        self.report.setPlaceholderText("")
        cycle = self.state.cycle
        target = self.state.workspace.path.parent / "backups"
        if self.state.closes_cycle():
            closing = self.tr("and closes {cycle}").format(cycle=cycle.name)
        else:
            closing = self.tr("and keeps {cycle} open until every team has scored its part").format(
                cycle=cycle.name
            )
        self.finish_note.setText(
            self.tr(
                "Finish first saves a backup copy of the workspace in {folder}, then saves all of this in "
                "one step {closing}. Undo cannot take it back; run the retrospective again to change it."
            ).format(folder=str(target), closing=closing)
        )
        self._check()

    def _on_summary(self) -> None:
        self.state.summary = self.summary.toPlainText()
        if len(self.state.summary) > TEXT_MAX or self._problems:
            self._check()

    def _check(self) -> None:
        problems = [message_text(e.message) for e in self.state.problems()]
        self._problems = problems
        self.error.show_message("\n".join(problems[:5]) + ("\n…" if len(problems) > 5 else ""))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._problems

    # ---- the report -----------------------------------------------------------------------------------

    def report_html(self) -> str:
        """The figures and decisions as HTML; every piece of user text is escaped."""
        state = self.state
        assert state.scope is not None
        scores = {kr.id: state.score(kr) for kr in state.key_results}
        check_ins = state.check_ins()
        discipline = retro.mean_check_in_discipline(
            ([c.at.date() for c in check_ins.get(kr.id, [])] for kr in state.key_results),
            state.cycle,
            state.today,
        )
        scope = state.scope.scope_name or self.tr("everyone")
        parts = [
            f"<h2>{_e(state.cycle.name)} · {_e(scope)}</h2>",
            "<table cellspacing='0' cellpadding='3'>",
            self._figure(self.tr("Mean score"), score_text(retro.mean_score(scores.values()), 2)),
            self._figure(
                self.tr("Key results at 0.7 or more (delivered)"),
                percent(retro.share_at_least(scores.values())),
            ),
            self._figure(self.tr("Check-in discipline (weeks with a check-in)"), percent(discipline)),
            "</table>",
        ]
        means = team_means(state.key_results, state.scope.objectives, state.owners, scores)
        if means:
            parts.append(
                f"<h3>{_e(self.tr('Mean score by team'))}</h3><table cellspacing='0' cellpadding='3'>"
            )
            parts += [self._figure(name, score_text(value, 2)) for name, value in means]
            parts.append("</table>")
        parts += self._objectives_html()
        parts += self._decisions_html()
        return "\n".join(parts)

    @staticmethod
    def _figure(name: str, value: str) -> str:
        return f"<tr><td>{_e(name)}</td><td>&nbsp;&nbsp;<b>{_e(value)}</b></td></tr>"

    def _objectives_html(self) -> list[str]:
        state = self.state
        objective_scores = state.objective_scores()
        parts = [f"<h3>{_e(self.tr('Objectives'))}</h3>"]
        for kind in (ObjectiveKind.COMMITTED, ObjectiveKind.ASPIRATIONAL):
            chosen = [o for o in state.objectives if o.kind == kind]
            scored = [(o, objective_scores.get(o.id)) for o in chosen]
            verdicts = Counter(retro.verdict(kind, s) for _, s in scored if s is not None)
            if not chosen:
                continue
            heading = (
                self.tr("Committed (expected 1.0)")
                if kind == ObjectiveKind.COMMITTED
                else self.tr("Aspirational (expected around 0.7)")
            )
            counts = ", ".join(f"{n} {verdict_word(v)}" for v, n in sorted(verdicts.items()))
            parts.append(f"<p><b>{_e(heading)}</b>: {_e(counts)}</p><ul>")
            for objective, score in scored:
                verdict = "" if score is None else f" · {verdict_word(retro.verdict(kind, score))}"
                value = self.tr("no key results") if score is None else format_number(score, 2)
                parts.append(f"<li>{_e(objective.title)}: <b>{_e(value)}</b>{_e(verdict)}</li>")
            parts.append("</ul>")
        return parts

    def _decisions_html(self) -> list[str]:
        state = self.state
        parts = [f"<h3>{_e(self.tr('Decisions'))}</h3>"]
        overrides = [kr for kr in state.key_results if state.is_override(kr)]
        if overrides:
            parts.append(f"<p>{_e(self.tr('Changed scores:'))}</p><ul>")
            for kr in overrides:
                suggested, score = format_number(state.suggested(kr), 1), format_number(state.score(kr), 1)
                parts.append(
                    f"<li>{_e(kr.title)}: {suggested} → <b>{score}</b> "
                    f"({_e(state.reasons.get(kr.id, '').strip())})</li>"
                )
            parts.append("</ul>")
        else:
            parts.append(f"<p>{_e(self.tr('Every key result keeps its suggested score.'))}</p>")
        draft = state.draft()
        carried = [c for c in draft.carry_overs if c.decision != CarryDecision.DROP]
        dropped = [c for c in draft.carry_overs if c.decision == CarryDecision.DROP]
        titles = {kr.id: kr.title for kr in state.key_results}
        cycles = {c.id: c.name for c in state.workspace.cycles()}
        if draft.new_cycle is not None:
            cycles[NEW_CYCLE] = self.tr("{name} (a new cycle)").format(name=draft.new_cycle.name)
        if carried:
            parts.append(f"<p>{_e(self.tr('Carried over:'))}</p><ul>")
            for carry in carried:
                choice = state.carries.get(carry.key_result_id, CarryChoice())
                into = "?" if carry.target_cycle_id is None else cycles.get(carry.target_cycle_id, "?")
                how = self.tr("as is") if carry.decision == CarryDecision.CARRY else self.tr("with changes")
                if choice.done_as is not None:
                    how = self.tr("already carried as {ref}").format(ref=key_result_ref(choice.done_as))
                new_title = f" → “{_e(carry.title)}”" if carry.title else ""
                new_target = "" if carry.target is None else f", {_e(self.tr('target'))} {carry.target:g}"
                parts.append(
                    f"<li>{_e(titles.get(carry.key_result_id, ''))}{new_title}{new_target}: "
                    f"{_e(self.tr('into'))} {_e(into)}, {_e(how)}</li>"
                )
            parts.append("</ul>")
        if dropped:
            names = "; ".join(titles.get(c.key_result_id, "") for c in dropped)
            parts.append(f"<p>{_e(self.tr('Dropped:'))} {_e(names)}</p>")
        counts = self.tr("Reflections on {n} of {total} objectives; {needs} development needs.").format(
            n=len(draft.reflections), total=len(state.objectives), needs=len(draft.needs)
        )
        parts.append(f"<p>{_e(counts)}</p>")
        return parts
