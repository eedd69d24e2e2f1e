"""New from Template…: pick a well-formed objective with its key results, adjust it, insert it in one step.

Templates are listed by category on the left (a tree: arrow keys, type-ahead); the right is a form filled
from the chosen template, with a live preview of the OKR as a sentence: "I will <objective> as measured by
<key results>." Nothing is written until Insert; then the whole set is one undo step (template_commands.py).

Choices:
- The sentence lowercases the first letter of the objective and of each key result only where that reads
  naturally: a capitalised ordinary word ("Grow" → "grow"), never "I", acronyms ("NPS") or words with
  digits ("Q3"); languages whose nouns keep their capital (German) switch it off by translating
  LOWERCASE_SENTENCE_START as "no".
- Numbers are shown and typed in the user's locale ("12,5" in German); a number written the other way
  ("12.5") is accepted too when it is unambiguous (validation.parse_number).
- When a start or target changes and its old number appears exactly once in the key result's title, the
  title follows ("from 18% to 25%" → "from 18% to 30%"), so the title and the numbers do not disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain import validation
from okrdesk.domain.model import Cycle, KRType, Objective, ObjectiveKind, OwnerKind
from okrdesk.domain.templates import KeyResultDraft, Template, key_result_problems, template_problems
from okrdesk.services.workspace import Workspace
from okrdesk.ui.dialogs.common import ErrorLabel, join_phrases, plain_label, plain_tooltip
from okrdesk.ui.messages import text as message_text
from okrdesk.ui.settings import me_for
from okrdesk.ui.template_library import template_library

if TYPE_CHECKING:
    from okrdesk.ui.main_window import MainWindow

TEMPLATE_ROLE = Qt.ItemDataRole.UserRole + 1


TITLE, TYPE, START, TARGET, UNIT = range(5)
TYPE_ROLE = Qt.ItemDataRole.UserRole + 2  # the KRType of a row (type column)
LAST_ROLE = Qt.ItemDataRole.UserRole + 3  # the last number read from a start or target cell


def type_labels() -> dict[KRType, str]:
    """Short names of the key result types for the table."""
    return {
        KRType.INCREASE: QCoreApplication.translate("Templates", "Increase"),
        KRType.DECREASE: QCoreApplication.translate("Templates", "Decrease"),
        KRType.AT_LEAST: QCoreApplication.translate("Templates", "Keep at least"),
        KRType.AT_MOST: QCoreApplication.translate("Templates", "Keep at most"),
        KRType.MILESTONE: QCoreApplication.translate("Templates", "Milestone"),
    }


def _locale() -> QLocale:
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale


def number_text(value: float) -> str:
    """A number as the user's locale writes it, without digit grouping ("12,5" in German)."""
    return _locale().toString(float(value), "g", 12)


def read_number(text: str) -> float | None:
    """A number typed in the user's locale, or unambiguously in the C form ("12.5"); None when it is none."""
    cleaned = text.strip().removesuffix("%").strip()
    value, ok = _locale().toDouble(cleaned)
    if ok:
        return value + 0.0
    try:
        return validation.parse_number(text, "value")
    except ValueError:
        return None


def sentence_case(text: str) -> str:
    """A title as the middle of a sentence: one line, no closing full stop, the first letter lowercased
    where that reads naturally (see the module docstring)."""
    text = " ".join(text.split()).rstrip(". ")
    lowercase = QCoreApplication.translate(
        "Templates",
        "LOWERCASE_SENTENCE_START",
        "Translate as 'no' in languages where a sentence's first word keeps its capital in mid-sentence "
        "(German nouns); anything else lowercases it",
    )
    if not text or lowercase == "no":
        return text
    head = re.split(r"['’\s]", text, maxsplit=1)[0]
    if len(head) > 1 and head[0].isupper() and head[1:].isalpha() and head[1:].islower():
        return text[0].lower() + text[1:]
    return text


def follow_number(title: str, old: float, new: float) -> str:
    """The title with the old number replaced by the new one, when it appears there exactly once."""
    for shown in dict.fromkeys((number_text(old), validation.format_number(old))):
        pattern = re.compile(r"(?<![\d.,])" + re.escape(shown) + r"(?![\d]|[.,]\d)")
        if len(pattern.findall(title)) == 1:
            return pattern.sub(number_text(new), title)
    return title


class _TypeDelegate(QStyledItemDelegate):
    """The type column: a combo box of the key result types."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(QCoreApplication.translate("Templates", "Key result type"))
        for kr_type, label in type_labels().items():
            combo.addItem(label, kr_type)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(TYPE_ROLE))))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), TYPE_ROLE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class KeyResultTable(QTableWidget):
    """The editable key results of the form: title, type, start, target, unit; `edited` after each change."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setAccessibleName(self.tr("Key results"))
        self.setHorizontalHeaderLabels(
            [self.tr("Title"), self.tr("Type"), self.tr("Start"), self.tr("Target"), self.tr("Unit")]
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.setWordWrap(False)
        self.setItemDelegateForColumn(TYPE, _TypeDelegate(self))
        header = self.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((TYPE, 110), (START, 70), (TARGET, 70), (UNIT, 110)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, width)
        self.verticalHeader().setVisible(False)
        self.itemChanged.connect(self._on_item_changed)

    def set_drafts(self, drafts: list[KeyResultDraft]) -> None:
        with QSignalBlocker(self):
            self.setRowCount(0)
            for draft in drafts:
                self._append(draft)
        self.setCurrentCell(-1, -1)

    def _append(self, draft: KeyResultDraft) -> int:
        row = self.rowCount()
        with QSignalBlocker(self):
            self.insertRow(row)
            title = QTableWidgetItem(draft.title)
            title.setToolTip(plain_tooltip(draft.title))
            self.setItem(row, TITLE, title)
            kind = QTableWidgetItem(type_labels()[draft.kr_type])
            kind.setData(TYPE_ROLE, draft.kr_type)
            self.setItem(row, TYPE, kind)
            for column, value in ((START, draft.start), (TARGET, draft.target)):
                item = QTableWidgetItem(number_text(value))
                item.setData(LAST_ROLE, value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)
            self.setItem(row, UNIT, QTableWidgetItem(draft.unit))
        return row

    def add_row(self) -> None:
        """Adds an empty key result (0 → 100 %) and starts editing its title."""
        row = self._append(KeyResultDraft("", KRType.INCREASE, 0.0, 100.0, "%"))
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setCurrentCell(row, TITLE)
        self.edit(self.currentIndex())
        self.edited.emit()

    def remove_current_row(self) -> None:
        row = self.currentRow()
        if row < 0:
            return
        self.removeRow(row)
        if self.rowCount():
            self.setCurrentCell(min(row, self.rowCount() - 1), TITLE)
        self.edited.emit()

    def commit_editing(self) -> None:
        """Takes over what is typed in a cell still being edited (Insert pressed straight from a cell)."""
        editor = QApplication.focusWidget()
        if self.state() == QAbstractItemView.State.EditingState and editor is not None:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == TITLE:
            with QSignalBlocker(self):
                item.setToolTip(plain_tooltip(item.text()))
        if item.column() in (START, TARGET):
            old, new = item.data(LAST_ROLE), read_number(item.text())
            title = self.item(item.row(), TITLE)
            if new is not None:
                if isinstance(old, float) and title is not None and old != new:
                    with QSignalBlocker(self):
                        title.setText(follow_number(title.text(), old, new))
                        title.setToolTip(plain_tooltip(title.text()))
                with QSignalBlocker(self):
                    item.setData(LAST_ROLE, new)
        self.edited.emit()

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def title_at(self, row: int) -> str:
        return self._text(row, TITLE)

    def drafts(self) -> tuple[list[KeyResultDraft], list[str]]:
        """The rows as key result drafts, and what is wrong with them in words."""
        drafts: list[KeyResultDraft] = []
        problems: list[str] = []
        for row in range(self.rowCount()):
            type_item = self.item(row, TYPE)
            kr_type = type_item.data(TYPE_ROLE) if type_item is not None else KRType.INCREASE
            numbers: list[float] = []
            for column, name in ((START, self.tr("start")), (TARGET, self.tr("target"))):
                text = self._text(row, column)
                value = read_number(text)
                if value is None:
                    problems.append(
                        self.tr(
                            "Key result {n}: the {field} “{text}” is not a number (for example {example})."
                        ).format(n=row + 1, field=name, text=text.strip(), example=number_text(12.5))
                        if text.strip()
                        else self.tr("Key result {n}: enter a {field} value.").format(n=row + 1, field=name)
                    )
                numbers.append(0.0 if value is None else value)
            draft = KeyResultDraft(
                self.title_at(row).strip(),
                KRType(kr_type),
                numbers[0],
                numbers[1],
                self._text(row, UNIT).strip(),
            )
            drafts.append(draft)
            if len(numbers) == 2 and not any(
                p.startswith(self.tr("Key result {n}:").format(n=row + 1)) for p in problems
            ):
                problems += self._row_problems(row + 1, draft)
        return drafts, problems

    def _row_problems(self, n: int, draft: KeyResultDraft) -> list[str]:
        """The common mistakes in plain words; the rarer ones in the workspace rules' own words."""
        shown = {"start": number_text(draft.start), "target": number_text(draft.target)}
        if not draft.title:
            return [
                self.tr(
                    "Key result {n}: give it a title that says what changes, from where to where."
                ).format(n=n)
            ]
        if draft.kr_type in (KRType.INCREASE, KRType.DECREASE) and draft.start == draft.target:
            return [
                self.tr(
                    "Key result {n}: the target must differ from the start "
                    "({start} → {target} measures nothing)."
                ).format(n=n, **shown)
            ]
        if draft.kr_type == KRType.INCREASE and draft.start > draft.target:
            return [
                self.tr(
                    "Key result {n}: an increase needs a target above its start ({start} → {target}); "
                    "choose Decrease as the type, or swap the numbers."
                ).format(n=n, **shown)
            ]
        if draft.kr_type == KRType.DECREASE and draft.start < draft.target:
            return [
                self.tr(
                    "Key result {n}: a decrease needs a target below its start ({start} → {target}); "
                    "choose Increase as the type, or swap the numbers."
                ).format(n=n, **shown)
            ]
        return [
            self.tr("Key result {n}: {problem}").format(n=n, problem=message_text(p.message))
            for p in key_result_problems(draft)
        ]


@dataclass(frozen=True)
class TemplateChoice:
    """What the user asked to insert: the edited template, its owner and the objective it aligns to."""

    template: Template
    owner_id: int | None
    parent_id: int | None


def okr_sentence(objective: str, key_results: list[str]) -> str:
    """ "I will <objective> as measured by <kr 1>, <kr 2> and <kr 3>." in the application's language."""
    shown = sentence_case(objective) or "…"
    phrases = [sentence_case(title) for title in key_results if title.strip()]
    if not phrases:
        return QCoreApplication.translate("Templates", "I will {objective} as measured by …").format(
            objective=shown
        )
    return QCoreApplication.translate("Templates", "I will {objective} as measured by {key_results}.").format(
        objective=shown, key_results=join_phrases(phrases)
    )


class NewFromTemplateDialog(QDialog):
    """The template library beside an editable copy of the chosen template; choice() is what to insert."""

    def __init__(
        self,
        parent: QWidget | None,
        workspace: Workspace,
        cycle: Cycle,
        *,
        align_to: Objective | None = None,
        me: int | None = None,
        templates: list[Template] | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace, self.cycle, self.align_to = workspace, cycle, align_to
        self.templates = templates if templates is not None else template_library()
        self.setWindowTitle(self.tr("New from Template"))
        self.resize(1100, 640)
        self._loading = False

        self.library = QTreeWidget(self)
        self.library.setHeaderHidden(True)
        self.library.setAccessibleName(self.tr("Templates"))
        self.library.setAccessibleDescription(self.tr("Template categories, each with its templates"))
        self._fill_library()

        self.objective = QLineEdit(self)
        self.objective.setAccessibleName(self.tr("Objective"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItem(self.tr("Committed (expected in full)"), ObjectiveKind.COMMITTED)
        self.kind.addItem(self.tr("Aspirational (70% is a success)"), ObjectiveKind.ASPIRATIONAL)
        self.owner = QComboBox(self)
        self.owner.setAccessibleName(self.tr("Owner"))
        self._fill_owners(me)
        self.align = QCheckBox(self)
        self.align.setAccessibleName(self.tr("Align to the selected objective"))
        if align_to is not None:
            self.align.setText(self.tr("&Align to “{title}”").format(title=_elided(align_to.title)))
            self.align.setToolTip(align_to.title)
        self.align.setVisible(align_to is not None)
        self.why = plain_label("", self, wrap=True)
        self.why.setAccessibleName(self.tr("Why this template works"))
        self.why.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.table = KeyResultTable(self)
        self.add_button = QPushButton(self.tr("A&dd key result"), self)
        self.add_button.setAccessibleName(self.tr("Add key result"))
        self.add_button.setToolTip(self.tr("Add a key result (Insert in the table)"))
        self.remove_button = QPushButton(self.tr("&Remove key result"), self)
        self.remove_button.setAccessibleName(self.tr("Remove key result"))
        self.remove_button.setToolTip(self.tr("Remove the selected key result (Delete in the table)"))

        self.preview = plain_label("", self, wrap=True)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.preview.font()
        font.setItalic(True)
        self.preview.setFont(font)
        self.error = ErrorLabel(self)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Insert"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self._lay_out()
        self._connect()
        first = self.library.topLevelItem(0)
        if first is not None:
            self.library.setCurrentItem(first)
        self.library.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- building ------------------------------------------------------------------------------------------

    def _fill_library(self) -> None:
        parents: dict[str, QTreeWidgetItem] = {}
        for template in self.templates:
            parent = parents.get(template.category)
            if parent is None:
                parent = QTreeWidgetItem(self.library, [template.category])
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                parents[template.category] = parent
            item = QTreeWidgetItem(parent, [template.objective])
            item.setData(0, TEMPLATE_ROLE, template)
            item.setToolTip(0, plain_tooltip(template.objective))
        self.library.expandAll()

    def _fill_owners(self, me: int | None) -> None:
        self.owner.addItem(self.tr("(nobody)"), None)
        owners = self.workspace.owners()
        for owner in sorted(owners, key=lambda o: (o.kind != OwnerKind.PERSON, o.name.casefold())):
            if owner.kind == OwnerKind.TEAM:
                self.owner.addItem(self.tr("{name} (team)").format(name=owner.name), owner.id)
            else:
                self.owner.addItem(owner.name, owner.id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(me)))

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in (
            (self.tr("&Objective:"), self.objective),
            (self.tr("&Kind:"), self.kind),
            (self.tr("O&wner:"), self.owner),
        ):
            label = plain_label("", self)
            label.setTextFormat(Qt.TextFormat.AutoText)  # a translated caption with a mnemonic, no user text
            label.setText(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.align)
        kr_caption = plain_label("", self)
        kr_caption.setTextFormat(Qt.TextFormat.AutoText)
        kr_caption.setText(self.tr("K&ey results:"))
        kr_caption.setBuddy(self.table)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)
        preview_caption = plain_label(self.tr("Preview"), self)
        font = preview_caption.font()
        font.setBold(True)
        preview_caption.setFont(font)

        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self.why)
        column.addWidget(kr_caption)
        column.addWidget(self.table, 1)
        column.addLayout(row_buttons)
        column.addWidget(preview_caption)
        column.addWidget(self.preview)
        column.addWidget(self.error)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.library)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([350, 750])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.library, self.objective)
        for first, second in (
            (self.objective, self.kind),
            (self.kind, self.owner),
            (self.owner, self.align),
            (self.align, self.table),
            (self.table, self.add_button),
            (self.add_button, self.remove_button),
            (self.remove_button, self.buttons),
        ):
            self.setTabOrder(first, second)

    def _connect(self) -> None:
        self.library.currentItemChanged.connect(self._on_template_chosen)
        self.objective.textChanged.connect(self._update)
        self.table.edited.connect(self._update)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.table.add_row)
        self.remove_button.clicked.connect(self.table.remove_current_row)
        # In the table, Insert adds and Delete removes a key result (when no cell is being edited).
        for key, slot in (("Ins", self.table.add_row), ("Del", self.table.remove_current_row)):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    # ---- behaviour ----------------------------------------------------------------------------------------

    def _on_template_chosen(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        if item.data(0, TEMPLATE_ROLE) is None and item.childCount():  # a category: show its first template
            item = item.child(0) or item
        template = item.data(0, TEMPLATE_ROLE)
        if isinstance(template, Template):
            self.load(template)

    def load(self, template: Template) -> None:
        """Fills the form from a template (what was typed before is replaced)."""
        self._loading = True
        try:
            self.objective.setText(template.objective)
            self.kind.setCurrentIndex(max(0, self.kind.findData(template.kind)))
            self.why.setText(template.why)
            self.why.setVisible(bool(template.why))
            self.table.set_drafts(list(template.key_results))
            self.category = template.category
        finally:
            self._loading = False
        self._update()

    def draft(self) -> tuple[Template, list[str]]:
        """The template as edited, and the problems of what cannot be read as a key result (numbers)."""
        drafts, problems = self.table.drafts()
        kind = self.kind.currentData()
        template = Template(
            getattr(self, "category", ""),
            self.objective.text().strip(),
            kind=kind if isinstance(kind, ObjectiveKind) else ObjectiveKind.COMMITTED,
            key_results=tuple(drafts),
        )
        return template, problems

    def problems(self) -> list[str]:
        """Why the form cannot be inserted as it stands, in words ([] when it can)."""
        template, problems = self.draft()
        if not template.objective:
            problems.insert(0, self.tr("Give the objective a title: what do you want to achieve?"))
        if self.table.rowCount() == 0:
            problems.append(self.tr("Add at least one key result: it is how you will know you got there."))
        if problems:
            return problems
        return [message_text(p.message) for p in template_problems(template)]

    def _update(self) -> None:
        if self._loading:
            return
        titles = [self.table.title_at(row) for row in range(self.table.rowCount())]
        self.preview.setText(okr_sentence(self.objective.text(), titles))
        problems = self.problems()
        self.error.show_message("\n".join(problems[:4]))
        self.ok_button.setEnabled(not problems)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)

    def choice(self) -> TemplateChoice | None:
        """What to insert, or None while the form has problems."""
        if self.problems():
            return None
        template, _ = self.draft()
        owner = self.owner.currentData()
        parent = self.align_to.id if self.align_to is not None and self.align.isChecked() else None
        return TemplateChoice(template, owner if isinstance(owner, int) else None, parent)

    def accept(self) -> None:
        self.table.commit_editing()
        if self.choice() is None:
            self._update()
            return
        super().accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter inside the key result table finishes the cell, not the dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            return
        super().keyPressEvent(event)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        workspace: Workspace,
        cycle: Cycle,
        *,
        align_to: Objective | None = None,
        me: int | None = None,
    ) -> TemplateChoice | None:
        """Shows the dialog; the choice to insert, or None when cancelled (tests replace this)."""
        dialog = cls(parent, workspace, cycle, align_to=align_to, me=me)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def _elided(title: str, limit: int = 60) -> str:
    title = " ".join(title.split())
    return title if len(title) <= limit else title[: limit - 1] + "…"


def _alignable(window: MainWindow, cycle: Cycle) -> Objective | None:
    """The objective selected in the tree (a key result's objective), when the new one may align to it."""
    key = window.selected_key()
    workspace = window.controller.workspace
    if key is None:
        return None
    try:
        objective_id = key[1] if key[0] == "objective" else workspace.key_result(key[1]).objective_id
        objective = workspace.objective(objective_id)
        return objective if workspace.cycle(objective.cycle_id).encloses(cycle) else None
    except Exception:
        return None


def new_from_template(window: MainWindow) -> None:
    """Edit → New from Template…: asks for a template and inserts it into the shown cycle as one undo step."""
    from okrdesk.ui.template_commands import InsertFromTemplate

    controller = window.controller
    workspace = controller.workspace
    cycle_id = window.cycle_combo.currentData()
    if cycle_id is None:
        window.show_error(
            QCoreApplication.translate(
                "Templates",
                "There is no cycle to add objectives to. Create one with Workspace → Cycles… first.",
            )
        )
        return
    if workspace.read_only:
        window.show_error(
            QCoreApplication.translate(
                "Templates", "{name} is open read-only ({reason}), so no template can be inserted."
            ).format(name=workspace.path.name, reason=message_text(workspace.read_only_reason))
        )
        return
    cycle = workspace.cycle(cycle_id)
    me = me_for(workspace.path)
    if me not in {p.id for p in workspace.people()}:
        me = None
    choice = NewFromTemplateDialog.ask(window, workspace, cycle, align_to=_alignable(window, cycle), me=me)
    if choice is None:
        return
    command = InsertFromTemplate(
        controller,
        cycle_id,
        choice.template.objective,
        choice.template.key_results,
        kind=choice.template.kind,
        owner_id=choice.owner_id,
        parent_id=choice.parent_id,
    )
    if controller.execute(command) and command.objective_id is not None:
        key = ("objective", command.objective_id)
        window.select(key)
        index = window.proxy.mapFromSource(window.model.index_for(key))
        if index.isValid():
            window.tree.expand(index)
