"""The check-in history as a table model: a key result's check-ins (or all of an objective's), newest
first, editable in place; every edit is an undoable command through the controller."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from okrdesk.domain.model import CheckIn, KeyResult
from okrdesk.domain.progress import kr_raw_progress
from okrdesk.services.errors import OkrdeskError
from okrdesk.ui.checkin_commands import EditCheckIn
from okrdesk.ui.checkin_parts import confidence_text, progress_text, to_qdatetime, value_text
from okrdesk.ui.controller import Change, Controller
from okrdesk.ui.dialogs.common import plain_tooltip
from okrdesk.ui.i18n import format_number, format_short_datetime
from okrdesk.ui.messages import text as message_text

ItemKey = tuple[str, int] | None  # ("key_result" | "objective", id), or nothing shown

CHECK_IN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NO_CONFIDENCE = -1  # the confidence editor's value for "none given"

DATE, KEY_RESULT, VALUE, PROGRESS = "date", "key_result", "value", "progress"
CONFIDENCE, NOTE, AUTHOR = "confidence", "note", "author"
# Header (translated when shown) and starting width of each column.
_HEADERS = {  # translated by headerData
    DATE: QT_TRANSLATE_NOOP("HistoryModel", "Date"),
    KEY_RESULT: QT_TRANSLATE_NOOP("HistoryModel", "Key result"),
    VALUE: QT_TRANSLATE_NOOP("HistoryModel", "Value"),
    PROGRESS: QT_TRANSLATE_NOOP("HistoryModel", "Progress"),
    CONFIDENCE: QT_TRANSLATE_NOOP("HistoryModel", "Confidence"),
    NOTE: QT_TRANSLATE_NOOP("HistoryModel", "Note"),
    AUTHOR: QT_TRANSLATE_NOOP("HistoryModel", "Author"),
}
_WIDTHS = {DATE: 130, KEY_RESULT: 200, VALUE: 110, PROGRESS: 80, CONFIDENCE: 100, NOTE: 320, AUTHOR: 130}
_EDITABLE = {DATE, VALUE, CONFIDENCE, NOTE}
_RIGHT = {VALUE, PROGRESS}
_KR_COLUMNS = [DATE, VALUE, PROGRESS, CONFIDENCE, NOTE, AUTHOR]
_OBJECTIVE_COLUMNS = [DATE, KEY_RESULT, VALUE, PROGRESS, CONFIDENCE, NOTE, AUTHOR]


@dataclass(frozen=True, slots=True)
class Row:
    """One check-in with the key result it belongs to (for its unit and its progress)."""

    check_in: CheckIn
    key_result: KeyResult


@dataclass(slots=True)
class _Snapshot:
    """What one read of the workspace gives the model."""

    rows: list[Row]
    columns: list[str]
    kr_ids: set[int]
    title: str
    authors: dict[int, str] = field(default_factory=dict)


def one_line(text: str) -> str:
    """The first non-empty line of a note, with "…" when more follows."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    if not lines:
        return ""
    return lines[0] + (" …" if len(lines) > 1 else "")


class HistoryModel(QAbstractTableModel):
    """The check-ins of one key result, or of every key result of an objective, newest first."""

    failed = Signal(str)  # why an edit was refused
    shown = Signal()  # after every (re)load: the title or the emptiness may have changed

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.key: ItemKey = None
        self.title = ""  # of the item shown
        self._rows: list[Row] = []
        self._columns: list[str] = _KR_COLUMNS
        self._kr_ids: set[int] = set()
        self._authors: dict[int, str] = {}
        controller.changed.connect(self._follow)

    # ---- what is shown ------------------------------------------------------------------------------------

    def show_item(self, key: ItemKey) -> None:
        """Shows the check-ins of ("key_result", id) or ("objective", id); None (or a gone item): nothing.

        The item already shown is re-read in place, so selection and an open editor survive.
        """
        if key is not None and key == self.key:
            self.refresh()
            return
        self.beginResetModel()
        self.key = key
        self._take(self._read())
        self.endResetModel()
        self.shown.emit()

    def _read(self) -> _Snapshot:
        workspace = self.controller.workspace
        kind, item_id = self.key if self.key is not None else ("", 0)
        try:
            if kind == "key_result":
                kr = workspace.key_result(item_id)
                rows = [Row(c, kr) for c in workspace.check_ins(item_id)]
                snapshot = _Snapshot(rows, _KR_COLUMNS, {kr.id}, kr.title)
            elif kind == "objective":
                objective = workspace.objective(item_id)
                krs = {kr.id: kr for kr in workspace.key_results_of(item_id)}
                rows = [
                    Row(c, krs[k])
                    for k, check_ins in workspace.check_ins_of(list(krs)).items()
                    for c in check_ins
                ]
                rows.sort(key=lambda r: (r.check_in.at, r.check_in.id))
                snapshot = _Snapshot(rows, _OBJECTIVE_COLUMNS, set(krs), objective.title)
            else:
                return _Snapshot([], self._columns, set(), "")
        except OkrdeskError:  # deleted meanwhile: show nothing
            return _Snapshot([], self._columns, set(), "")
        snapshot.rows.reverse()  # newest first
        if snapshot.rows:
            snapshot.authors = {o.id: o.name for o in workspace.owners()}
        return snapshot

    def _take(self, snapshot: _Snapshot) -> None:
        self._rows, self._columns, self._kr_ids = snapshot.rows, snapshot.columns, snapshot.kr_ids
        self.title, self._authors = snapshot.title, snapshot.authors

    def _follow(self, change: Change) -> None:
        """Re-reads after an edit that touched what is shown (edits, undo, redo, other windows' changes)."""
        if self.key is None:
            return
        touched = change.owners or change.touches(self.key, self._kr_ids)
        if touched:
            self.refresh()

    def refresh(self) -> None:
        """Re-reads the shown item, keeping selection and editors when the same check-ins remain."""
        snapshot = self._read()
        old_ids = [r.check_in.id for r in self._rows]
        new_ids = [r.check_in.id for r in snapshot.rows]
        if snapshot.columns != self._columns or sorted(old_ids) != sorted(new_ids):
            self.beginResetModel()
            self._take(snapshot)
            self.endResetModel()
        elif old_ids != new_ids:  # a date moved: the same check-ins in a new order
            self.layoutAboutToBeChanged.emit()
            position = {check_in_id: row for row, check_in_id in enumerate(new_ids)}
            before = self.persistentIndexList()
            after = [self.index(position[old_ids[i.row()]], i.column()) for i in before]
            self._take(snapshot)
            self.changePersistentIndexList(before, after)
            self.layoutChanged.emit()
        else:
            self._take(snapshot)
            if self._rows:
                bottom_right = self.index(len(self._rows) - 1, len(self._columns) - 1)
                self.dataChanged.emit(self.index(0, 0), bottom_right)
        self.shown.emit()

    # ---- reading ------------------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def column_name(self, column: int) -> str:
        return self._columns[column]

    def column_of(self, name: str) -> int:
        """The column showing a field (DATE, VALUE…), or -1 when not shown."""
        return self._columns.index(name) if name in self._columns else -1

    def check_in_at(self, row: int) -> CheckIn:
        return self._rows[row].check_in

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns)
        if horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(_HEADERS[self._columns[section]])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self._columns[index.column()] in _EDITABLE and not self.controller.workspace.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _RIGHT:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == CHECK_IN_ID_ROLE:
            return row.check_in.id
        return None

    def _display(self, row: Row, column: str) -> str:
        c, kr = row.check_in, row.key_result
        if column == DATE:
            return format_short_datetime(c.at)
        if column == KEY_RESULT:
            return " ".join(kr.title.split())
        if column == VALUE:
            return value_text(kr, c.value)
        if column == PROGRESS:
            return progress_text(kr_raw_progress(kr.kr_type, kr.start, kr.target, c.value), words=False)
        if column == CONFIDENCE:
            return confidence_text(c.confidence)
        if column == NOTE:
            return one_line(c.note)
        if column == AUTHOR:
            return self._authors.get(c.author_id, "") if c.author_id is not None else ""
        return ""

    def _edit_value(self, row: Row, column: str) -> Any:
        c = row.check_in
        if column == DATE:
            return to_qdatetime(c.at)
        if column == VALUE:
            return format_number(c.value)
        if column == CONFIDENCE:
            return NO_CONFIDENCE if c.confidence is None else c.confidence
        if column == NOTE:
            return c.note
        return self._display(row, column)

    def _tooltip(self, row: Row, column: str) -> str | None:
        """User text shown literally: escaped, since Qt would render a note that looks like HTML."""
        if column == NOTE and row.check_in.note:
            return plain_tooltip(row.check_in.note)
        if column == KEY_RESULT:
            return plain_tooltip(row.key_result.title)
        if column == PROGRESS:
            return self.tr(
                "Raw progress at this value: above 100 % is overachieved, below 0 below the start."
            )
        return None

    # ---- editing ------------------------------------------------------------------------------------------

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        """Turns an edit into an undoable EditCheckIn; a refusal is emitted on `failed`, nothing changes."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.row() >= len(self._rows):
            return False
        column = self._columns[index.column()]
        if column not in _EDITABLE:
            return False
        check_in = self._rows[index.row()].check_in
        change = self._converted(column, value, check_in)
        if change is None:
            return True  # nothing changed: no undo step
        try:
            command = EditCheckIn(self.controller, check_in.id, **change)
        except OkrdeskError as exc:  # deleted meanwhile
            self.failed.emit(message_text(exc))
            return False
        refusal = self.controller.try_execute(command)
        if refusal is not None:
            self.failed.emit(refusal)
            return False
        return True

    @staticmethod
    def _converted(column: str, value: Any, check_in: CheckIn) -> dict[str, Any] | None:
        """The service fields an edited cell stands for, or None when the edit changes nothing."""
        if column == DATE:
            at = value.toPython() if isinstance(value, QDateTime) else value
            if isinstance(at, datetime) and abs((at - check_in.at).total_seconds()) < 0.001:
                return None
            return {"at": at}
        if column == VALUE:
            if isinstance(value, str) and value.strip() == format_number(check_in.value):
                return None
            if isinstance(value, int | float) and not isinstance(value, bool) and value == check_in.value:
                return None
            return {"value": value}  # text is parsed (and refused with a message) by the service
        if column == CONFIDENCE:
            confidence = None if value is None or value == NO_CONFIDENCE else value
            return None if confidence == check_in.confidence else {"confidence": confidence}
        if column == NOTE:
            return None if value == check_in.note else {"note": value}
        return None
