"""Page 2 of the retrospective: every key result with its suggested score, colour band, last value and
confidence trend; scores can be changed (a reason is required), and objective scores follow live.
Committed and aspirational objectives are shown apart, each against what it is expected to reach."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from okrdesk.domain import retro
from okrdesk.domain.model import KeyResult, ObjectiveKind
from okrdesk.domain.validation import TEXT_MAX
from okrdesk.ui.checkin_parts import range_text, value_text
from okrdesk.ui.dialogs.common import ErrorLabel, plain_label, plain_tooltip
from okrdesk.ui.i18n import format_number
from okrdesk.ui.retro.state import RetroState
from okrdesk.ui.retro.words import band_colour, confidence_trend, kind_heading, score_text, verdict_word

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")

TITLE, OWNER, LAST, TREND, SUGGESTED, SCORE, REASON = range(7)
KR_ROLE = Qt.ItemDataRole.UserRole + 1  # the key result id on every cell of its row
OBJECTIVE_ROLE = Qt.ItemDataRole.UserRole + 2
REQUIRED = "⚠ "


class ScoreDelegate(QStyledItemDelegate):
    """Edits a score with a 0.0–1.0 spin box (steps of 0.1) and a reason with a line edit; an empty reason
    that is required says so in the cell."""

    def __init__(self, page: ScorePage) -> None:
        super().__init__(page)
        self.page = page

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        if index.column() == SCORE:
            spin = QDoubleSpinBox(parent)
            spin.setRange(0.0, 1.0)
            spin.setSingleStep(0.1)
            spin.setDecimals(1)
            spin.setAccessibleName(translate("ScorePage", "Final score"))
            return spin
        editor = QLineEdit(parent)
        editor.setMaxLength(TEXT_MAX)
        editor.setPlaceholderText(translate("ScorePage", "Why the score differs from the suggestion"))
        editor.setAccessibleName(translate("ScorePage", "Reason for the changed score"))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        kr = self.page.key_result(index)
        if kr is None:
            return
        if isinstance(editor, QDoubleSpinBox):
            editor.setValue(self.page.state.score(kr))
            editor.selectAll()
        elif isinstance(editor, QLineEdit):
            editor.setText(self.page.state.reasons.get(kr.id, ""))

    def setModelData(
        self, editor: QWidget, model: object, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        kr = self.page.key_result(index)
        if kr is None:
            return
        if isinstance(editor, QDoubleSpinBox):
            editor.interpretText()
            self.page.set_score(kr, round(editor.value(), 1))
        elif isinstance(editor, QLineEdit):
            self.page.set_reason(kr, editor.text())


class ScorePage(QWizardPage):
    """Score each key result; see objective scores against expectations."""

    def __init__(self, state: RetroState) -> None:
        super().__init__()
        self.state = state
        self.setTitle(self.tr("Score each key result"))
        self.setSubTitle(
            self.tr(
                "Each key result starts at its suggested score (its progress, 0.0–1.0). Change a score where "
                "the numbers do not tell the whole story, and say why. Green (0.7 and up) means delivered."
            )
        )
        self.model = QStandardItemModel(0, 7, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Objective / key result"),
                self.tr("Owner"),
                self.tr("Last value"),
                self.tr("Confidence trend"),
                self.tr("Suggested"),
                self.tr("Score"),
                self.tr("Reason for a change"),
            ]
        )
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Scores"))
        self.view.setItemDelegate(ScoreDelegate(self))
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(False)
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        self.reset_button = QPushButton(self.tr("Back to &suggested"), self)
        self.reset_button.setToolTip(self.tr("Give the selected key result its suggested score again"))
        self.reset_button.clicked.connect(self.reset_selected)
        self.status = plain_label(wrap=True)
        self.error = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.reset_button)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self._kr_items: dict[int, list[QStandardItem]] = {}
        self._objective_items: dict[int, list[QStandardItem]] = {}
        self._key_results: dict[int, KeyResult] = {}

    # ---- building -------------------------------------------------------------------------------------

    def initializePage(self) -> None:
        self.build()

    def build(self) -> None:
        state = self.state
        self.model.removeRows(0, self.model.rowCount())
        self._kr_items.clear()
        self._objective_items.clear()
        self._key_results = {kr.id: kr for kr in state.key_results}
        check_ins = state.check_ins()
        bold = QFont()
        bold.setBold(True)
        for kind in (ObjectiveKind.COMMITTED, ObjectiveKind.ASPIRATIONAL):
            objectives = [o for o in state.objectives if o.kind == kind]
            if not objectives:
                continue
            group = self._row([kind_heading(kind)])
            group[0].setFont(bold)
            self.model.appendRow(group)
            self.view.setFirstColumnSpanned(group[0].row(), QModelIndex(), True)
            for objective in objectives:
                cells = self._row([objective.title, state.owner_name(objective.owner_id)])
                cells[TITLE].setFont(bold)
                for cell in cells:
                    cell.setData(objective.id, OBJECTIVE_ROLE)
                self._objective_items[objective.id] = cells
                group[0].appendRow(cells)
                for kr in state.key_results_of(objective.id):
                    last = value_text(kr, kr.current)
                    kr_cells = self._row(
                        [
                            kr.title,
                            state.kr_owner_name(kr),
                            last,
                            confidence_trend(check_ins.get(kr.id, []), state.cycle),
                            format_number(state.suggested(kr), 1),
                            "",
                            "",
                        ]
                    )
                    kr_cells[TITLE].setToolTip(plain_tooltip(f"{kr.title}\n{range_text(kr)}"))
                    kr_cells[LAST].setToolTip(self.tr("Measures: {range}").format(range=range_text(kr)))
                    kr_cells[SUGGESTED].setBackground(band_colour(state.suggested(kr)))
                    kr_cells[SUGGESTED].setToolTip(score_text(state.suggested(kr)))
                    kr_cells[SUGGESTED].setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    for cell in kr_cells:
                        cell.setData(kr.id, KR_ROLE)
                    for column in (SCORE, REASON):
                        kr_cells[column].setEditable(True)
                    self._kr_items[kr.id] = kr_cells
                    cells[0].appendRow(kr_cells)
                    self._show_kr(kr)
                if not state.key_results_of(objective.id):
                    cells[SCORE].setText(self.tr("no key results: nothing to score"))
        self._show_objectives()
        self.view.expandAll()
        for column in (OWNER, LAST, TREND, SUGGESTED, SCORE):
            self.view.resizeColumnToContents(column)
        self.view.setColumnWidth(TITLE, 330)
        self.view.setColumnWidth(OWNER, min(self.view.columnWidth(OWNER), 130))
        first = next(iter(self._kr_items.values()), None)
        if first is not None:
            self.view.setCurrentIndex(first[SCORE].index())
        self._update_status()

    @staticmethod
    def _row(texts: list[str]) -> list[QStandardItem]:
        cells = []
        for column in range(7):
            item = QStandardItem(texts[column] if column < len(texts) else "")
            item.setEditable(False)
            cells.append(item)
        return cells

    # ---- showing --------------------------------------------------------------------------------------

    def _show_kr(self, kr: KeyResult) -> None:
        cells = self._kr_items[kr.id]
        score = self.state.score(kr)
        override = self.state.is_override(kr)
        cells[SCORE].setText(score_text(score) + (self.tr("  (changed)") if override else ""))
        cells[SCORE].setBackground(band_colour(score))
        cells[SCORE].setForeground(QColor("#1b1b1b"))
        reason = self.state.reasons.get(kr.id, "")
        if override and not reason.strip():
            cells[REASON].setText(REQUIRED + self.tr("say why (required)"))
            cells[REASON].setForeground(QColor("#b00020"))
        else:
            cells[REASON].setText(" ".join(reason.split()))
            cells[REASON].setData(None, Qt.ItemDataRole.ForegroundRole)
        cells[REASON].setToolTip(plain_tooltip(reason) if reason else "")

    def _show_objectives(self) -> None:
        scores = self.state.objective_scores()
        for objective in self.state.objectives:
            cells = self._objective_items.get(objective.id)
            score = scores.get(objective.id)
            if cells is None or score is None:
                continue
            verdict = verdict_word(retro.verdict(objective.kind, score))
            cells[SCORE].setText(f"{format_number(score, 2)} · {verdict}")
            cells[SCORE].setBackground(band_colour(score))
            cells[SCORE].setForeground(QColor("#1b1b1b"))
            cells[SCORE].setToolTip(
                self.tr("Expected: {expected}").format(
                    expected=format_number(retro.expectation(objective.kind), 1)
                )
            )

    def _update_status(self) -> None:
        changed = sum(1 for kr in self.state.key_results if self.state.is_override(kr))
        missing = self.state.missing_reasons()
        text = self.tr("{changed} of {total} scores changed.").format(
            changed=changed, total=len(self.state.key_results)
        )
        self.status.setText(text)
        if missing:
            self.error.show_message(
                self.tr("Say why you changed the score of: {titles}").format(
                    titles="; ".join(kr.title for kr in missing[:3]) + (" …" if len(missing) > 3 else "")
                )
            )
        else:
            self.error.clear_message()
        self.completeChanged.emit()

    # ---- editing --------------------------------------------------------------------------------------

    def key_result(self, index: QModelIndex | QPersistentModelIndex) -> KeyResult | None:
        kr_id = index.data(KR_ROLE)
        return None if kr_id is None else self._key_results.get(kr_id)

    def set_score(self, kr: KeyResult, score: float) -> None:
        if retro.is_override(self.state.suggested(kr), score):
            self.state.scores[kr.id] = score
        else:
            self.state.scores.pop(kr.id, None)
        self._show_kr(kr)
        self._show_objectives()
        self._update_status()

    def set_reason(self, kr: KeyResult, reason: str) -> None:
        if reason.strip():
            self.state.reasons[kr.id] = reason
        else:
            self.state.reasons.pop(kr.id, None)
        self._show_kr(kr)
        self._update_status()

    def reset_selected(self) -> None:
        kr = self.key_result(self.view.currentIndex())
        if kr is not None:
            self.set_score(kr, self.state.suggested(kr))

    def isComplete(self) -> bool:
        return not self.state.missing_reasons()
