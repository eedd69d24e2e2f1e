"""Page 3 of the retrospective: per objective what went well, the challenges and the lessons; per person an
optional development need for the next cycle. All plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from okrdesk.domain.validation import TEXT_MAX
from okrdesk.ui.dialogs.common import ErrorLabel, plain_label, plain_tooltip
from okrdesk.ui.i18n import format_number
from okrdesk.ui.retro.state import REFLECTION_FIELDS, RetroState

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2
REFLECTED = "✎ "


class ReflectPage(QWizardPage):
    """Reflections per objective and development needs per person."""

    def __init__(self, state: RetroState) -> None:
        super().__init__()
        self.state = state
        self.setTitle(self.tr("Reflect"))
        self.setSubTitle(
            self.tr(
                "For each objective: what went well, what got in the way, what you learned. "
                "Then, if it helps, one development need per person for the next cycle. All optional."
            )
        )
        self.objectives = QListWidget(self)
        self.objectives.setAccessibleName(self.tr("Objectives"))
        self.objectives.currentItemChanged.connect(lambda *_: self._show_reflection())
        self.editors: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        labels = {
            "went_well": (self.tr("Went &well:"), self.tr("What worked, and why")),
            "challenges": (self.tr("C&hallenges:"), self.tr("What got in the way")),
            "lessons": (self.tr("&Lessons:"), self.tr("What we will do differently")),
        }
        for field in REFLECTION_FIELDS:
            editor = QPlainTextEdit(self)
            editor.setTabChangesFocus(True)
            editor.setPlaceholderText(labels[field][1])
            editor.setAccessibleName(labels[field][0].replace("&", "").rstrip(":"))
            editor.textChanged.connect(lambda f=field: self._store_reflection(f))
            self.editors[field] = editor
            form.addRow(labels[field][0], editor)
        self.objective_title = plain_label(wrap=True)
        font = self.objective_title.font()
        font.setBold(True)
        self.objective_title.setFont(font)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.objective_title)
        right_layout.addLayout(form)
        splitter = QSplitter(self)
        splitter.addWidget(self.objectives)
        splitter.addWidget(right)
        splitter.setSizes([320, 560])

        self.needs = QTableWidget(0, 2, self)
        self.needs.setAccessibleName(self.tr("Development needs"))
        self.needs.setHorizontalHeaderLabels(
            [self.tr("Person"), self.tr("Development need for the next cycle")]
        )
        self.needs.verticalHeader().hide()
        self.needs.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.needs.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.needs.itemChanged.connect(self._store_need)
        needs_box = QGroupBox(self.tr("Development needs (optional)"), self)
        box_layout = QVBoxLayout(needs_box)
        box_layout.addWidget(
            plain_label(
                self.tr(
                    "For example: time management, a skill (negotiation, SQL), support needed (a mentor)."
                ),
                wrap=True,
            )
        )
        box_layout.addWidget(self.needs)
        self.error = ErrorLabel(self)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(splitter)
        layout.addLayout(top, 3)
        layout.addWidget(needs_box, 2)
        layout.addWidget(self.error)
        self._filling = False

    def initializePage(self) -> None:
        self._filling = True
        self.objectives.clear()
        for objective in self.state.objectives:
            item = QListWidgetItem(self._list_text(objective.id, objective.title))
            item.setData(ID_ROLE, objective.id)
            item.setToolTip(plain_tooltip(objective.title))
            item.setData(TITLE_ROLE, objective.title)
            self.objectives.addItem(item)
        self.needs.setRowCount(0)
        for person in self.state.people():
            row = self.needs.rowCount()
            self.needs.insertRow(row)
            name = QTableWidgetItem(person.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            name.setData(ID_ROLE, person.id)
            need = QTableWidgetItem(self.state.needs.get(person.id, ""))
            need.setData(ID_ROLE, person.id)
            self.needs.setItem(row, 0, name)
            self.needs.setItem(row, 1, need)
        self.needs.resizeColumnToContents(0)
        self._filling = False
        if self.objectives.count():
            self.objectives.setCurrentRow(0)
        self._check_lengths()

    def _list_text(self, objective_id: int, title: str) -> str:
        texts = self.state.reflections.get(objective_id, {})
        return (REFLECTED if any(t.strip() for t in texts.values()) else "") + title

    def _current_id(self) -> int | None:
        item = self.objectives.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def _show_reflection(self) -> None:
        objective_id = self._current_id()
        texts = self.state.reflections.get(objective_id, {}) if objective_id is not None else {}
        self._filling = True
        for field, editor in self.editors.items():
            editor.setPlainText(texts.get(field, ""))
            editor.setEnabled(objective_id is not None)
        self._filling = False
        item = self.objectives.currentItem()
        self.objective_title.setText("" if item is None else item.data(TITLE_ROLE))

    def _store_reflection(self, field: str) -> None:
        objective_id = self._current_id()
        if self._filling or objective_id is None:
            return
        texts = self.state.reflections.setdefault(objective_id, {})
        texts[field] = self.editors[field].toPlainText()
        item = self.objectives.currentItem()
        item.setText(self._list_text(objective_id, item.data(TITLE_ROLE)))
        self._check_lengths()

    def _store_need(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 1:
            return
        self.state.needs[item.data(ID_ROLE)] = item.text()
        self._check_lengths()

    def _check_lengths(self) -> None:
        too_long = [
            t for texts in self.state.reflections.values() for t in texts.values() if len(t) > TEXT_MAX
        ] + [n for n in self.state.needs.values() if len(n) > TEXT_MAX]
        if too_long:
            self.error.show_message(
                self.tr("A text is {length} characters long; the limit is {limit}. Shorten it.").format(
                    length=format_number(max(len(t) for t in too_long)), limit=format_number(TEXT_MAX)
                )
            )
        else:
            self.error.clear_message()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.error.text()
