"""Page 1 of the retrospective: the cycle and whose OKRs, and what is missing before scoring (key results
without a recent check-in, with a way to check in right there; objectives without key results)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from okrdesk.domain.model import Cycle, Owner, OwnerKind
from okrdesk.domain.retro import MISSING_CHECK_IN_DAYS
from okrdesk.services.errors import OkrdeskError
from okrdesk.services.retro import empty_scope_message
from okrdesk.ui.controller import Controller
from okrdesk.ui.dialogs.common import ErrorLabel, plain_label, plain_tooltip
from okrdesk.ui.i18n import format_date, format_date_range
from okrdesk.ui.messages import text as message_text
from okrdesk.ui.retro.state import RetroState

KR_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def cycle_label(cycle: Cycle) -> str:
    return f"{cycle.name}   ({format_date_range(cycle.start, cycle.end)}, {cycle.state.value})"


class ScopePage(QWizardPage):
    """Choose the cycle and the scope; see what is missing."""

    def __init__(self, state: RetroState, controller: Controller, cycle_id: int, scope_owner_id: int | None):
        super().__init__()
        self.state = state
        self.controller = controller
        self.setTitle(self.tr("Which cycle, and whose OKRs?"))
        self.setSubTitle(
            self.tr(
                "Choose the cycle to look back on and whose objectives this meeting covers. "
                "Nothing is saved until you press Finish on the last page."
            )
        )
        self.cycle_combo = QComboBox(self)
        self.cycle_combo.setAccessibleName(self.tr("Cycle"))
        for cycle in state.workspace.cycles():
            self.cycle_combo.addItem(cycle_label(cycle), cycle.id)
        self.cycle_combo.setCurrentIndex(max(0, self.cycle_combo.findData(cycle_id)))
        self.scope_combo = QComboBox(self)
        self.scope_combo.setAccessibleName(self.tr("Scope"))
        self._fill_scopes()
        self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(scope_owner_id)))
        form = QFormLayout()
        form.addRow(self.tr("&Cycle:"), self.cycle_combo)
        form.addRow(self.tr("&Whose OKRs:"), self.scope_combo)

        self.stored_label = plain_label(wrap=True)
        self.counts_label = plain_label(wrap=True)
        self.error = ErrorLabel(self)
        self.missing_label = plain_label(wrap=True)
        self.missing = QTreeWidget(self)
        self.missing.setAccessibleName(self.tr("Key results without a recent check-in"))
        self.missing.setHeaderLabels([self.tr("Key result"), self.tr("Owner"), self.tr("Last check-in")])
        self.missing.setRootIsDecorated(False)
        self.missing.setUniformRowHeights(True)
        self.missing.itemDoubleClicked.connect(lambda *_: self.check_in())
        self.missing.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.check_in_button = QPushButton(self.tr("Check &in…"), self)
        self.check_in_button.setToolTip(self.tr("Record today's value of the selected key result"))
        self.check_in_button.clicked.connect(self.check_in)
        self.empty_label = plain_label(wrap=True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.stored_label)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.error)
        layout.addSpacing(8)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.missing, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.check_in_button)
        layout.addLayout(row)
        layout.addWidget(self.empty_label)

        self.cycle_combo.currentIndexChanged.connect(self._reload)
        self.scope_combo.currentIndexChanged.connect(self._reload)
        self._reload()

    def _fill_scopes(self) -> None:
        owners = self.state.workspace.owners()
        self.scope_combo.addItem(self.tr("Everyone (the whole workspace)"), None)
        children: dict[int | None, list[Owner]] = {}
        ids = {o.id for o in owners}
        for owner in owners:
            parent = owner.parent_id if owner.parent_id in ids else None
            children.setdefault(parent, []).append(owner)

        def add(parent: int | None, depth: int) -> None:
            for owner in sorted(
                children.get(parent, []), key=lambda o: (o.kind != OwnerKind.TEAM, o.position)
            ):
                if owner.kind == OwnerKind.TEAM:
                    text = self.tr("{name} (team, with its sub-teams)").format(name=owner.name)
                else:
                    text = owner.name
                self.scope_combo.addItem("    " * depth + text, owner.id)
                add(owner.id, depth + 1)

        add(None, 1)

    # ---- state ----------------------------------------------------------------------------------------

    def _reload(self) -> None:
        cycle_id = self.cycle_combo.currentData()
        if cycle_id is None:
            self.error.show_message(
                self.tr("This workspace has no cycles yet; add one under Workspace → Cycles.")
            )
            self.completeChanged.emit()
            return
        try:
            self.state.load(cycle_id, self.scope_combo.currentData())
        except OkrdeskError as exc:
            self.error.show_message(message_text(exc))
            self.completeChanged.emit()
            return
        self._show()

    def _show(self) -> None:
        state = self.state
        stored = state.stored
        if stored is not None and stored.finished_at is not None:
            self.stored_label.setText(
                self.tr(
                    "This cycle's retrospective was finished on {day}. It opens with what was decided then; "
                    "finishing again replaces it."
                ).format(day=format_date(stored.finished_at.date()))
            )
        else:
            self.stored_label.setText("")
        self.stored_label.setVisible(bool(self.stored_label.text()))
        if not state.objectives:
            self.error.show_message(
                empty_scope_message(state.cycle.name, state.scope.scope_name if state.scope else None)
            )
        else:
            self.error.clear_message()
        self.counts_label.setText(
            self.tr("{objectives} objectives and {krs} key results to look back on.").format(
                objectives=len(state.objectives), krs=len(state.key_results)
            )
            if state.objectives
            else ""
        )
        missing = state.missing_check_ins()
        self.missing.clear()
        for kr in missing:
            last = kr.last_check_in
            item = QTreeWidgetItem(
                [
                    kr.title,
                    state.kr_owner_name(kr),
                    self.tr("never") if last is None else format_date(last.date()),
                ]
            )
            item.setData(0, KR_ID_ROLE, kr.id)
            item.setToolTip(0, plain_tooltip(kr.title))
            self.missing.addTopLevelItem(item)
        for column in range(3):
            self.missing.resizeColumnToContents(column)
        self.missing.setColumnWidth(0, min(self.missing.columnWidth(0), 460))
        if missing:
            self.missing_label.setText(
                self.tr(
                    "Before you score: {count} key results have no check-in in the last {days} days. "
                    "Check in now so the suggested scores use today's values (double-click a row); "
                    "check-ins are saved right away, like any other."
                ).format(count=len(missing), days=MISSING_CHECK_IN_DAYS)
            )
            self.missing.setCurrentItem(self.missing.topLevelItem(0))  # type: ignore[arg-type]
        else:
            self.missing_label.setText(
                self.tr("Every key result has a check-in from the last {days} days.").format(
                    days=MISSING_CHECK_IN_DAYS
                )
                if state.key_results
                else ""
            )
        self.missing.setVisible(bool(missing))
        self.check_in_button.setVisible(bool(missing))
        empty = state.without_key_results()
        self.empty_label.setText(
            self.tr("Objectives without key results (nothing to score): {titles}").format(
                titles="; ".join(o.title for o in empty)
            )
            if empty
            else ""
        )
        self.empty_label.setVisible(bool(empty))
        self._update_buttons()
        self.completeChanged.emit()

    def _update_buttons(self) -> None:
        self.check_in_button.setEnabled(self.missing.currentItem() is not None)

    def check_in(self) -> None:
        item = self.missing.currentItem()
        if item is None:
            return
        from okrdesk.ui.dialogs.checkin import CheckInDialog

        row = self.missing.indexOfTopLevelItem(item)
        if CheckInDialog.ask(self, self.controller, item.data(0, KR_ID_ROLE)):
            self.state.reload()
            self._show()
            left = self.missing.topLevelItem(min(row, self.missing.topLevelItemCount() - 1))
            if left is not None:
                self.missing.setCurrentItem(left)
            self.missing.setFocus()

    def isComplete(self) -> bool:
        return self.state.scope is not None and bool(self.state.objectives) and not self.error.text()
