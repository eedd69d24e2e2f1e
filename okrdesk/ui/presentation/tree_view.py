"""The whole alignment tree in large type, read-only, the objective under discussion marked.

A second view over the main window's filter model: it shows exactly what the main window shows, while its
own expansion, selection and scroll position leave the main window's untouched. The current objective is
selected (black on yellow) and marked with "▶", so it reads without colour too.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from okrdesk.domain.model import Status
from okrdesk.ui.checkin_parts import status_word
from okrdesk.ui.presentation.look import header_style_sheet, paint_progress, paint_status
from okrdesk.ui.tree_filter import TreeFilter
from okrdesk.ui.tree_model import (
    CONFIDENCE,
    ID_ROLE,
    KIND_ROLE,
    LAST_CHECK_IN,
    OWNER,
    PROGRESS,
    PROGRESS_ROLE,
    STATUS,
    STATUS_ROLE,
    TITLE,
    AlignmentTreeModel,
)

CURRENT_MARK = "▶ "


class _Delegate(QStyledItemDelegate):
    """Rows tall enough for the large type; progress as a bar, status as shape and word, the current
    objective marked with "▶"."""

    def __init__(self, view: PresentationTree) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), int(option.fontMetrics.height() * 1.5)))

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.column() == TITLE and self.view.is_current(index):
            option.text = CURRENT_MARK + option.text
            option.font.setBold(True)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        column = index.column()
        if column not in (PROGRESS, STATUS):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        raw = index.data(STATUS_ROLE)
        state = Status(raw) if raw else Status.NO_DATA
        rect = QRectF(option.rect).adjusted(8, 4, -8, -4)
        if column == PROGRESS:
            progress = index.data(PROGRESS_ROLE)
            paint_progress(painter, rect, progress, state, option.font, colour, words=False)
            return
        side = option.fontMetrics.height() * 0.9
        shape = QRectF(rect.left(), rect.center().y() - side / 2, side, side)
        paint_status(painter, shape, state, on_highlight=selected)
        painter.save()
        painter.setPen(colour)
        painter.setFont(option.font)
        text_rect = rect.adjusted(side + option.fontMetrics.averageCharWidth(), 0, 0, 0)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.restore()


class PresentationTree(QTreeView):
    """The alignment tree, read-only; `set_current` marks the objective being discussed."""

    def __init__(self, proxy: TreeFilter, model: AlignmentTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentationTree")
        self.setAccessibleName(self.tr("Alignment tree"))
        self.source = model
        self.setModel(proxy)
        self.setItemDelegate(_Delegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the presentation's keys move through the objectives
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setColumnHidden(LAST_CHECK_IN, True)  # dates matter at a desk, not on the wall
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (OWNER, PROGRESS, STATUS, CONFIDENCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.current_key: tuple[str, int] | None = None
        proxy.modelReset.connect(self._after_reset)
        proxy.layoutChanged.connect(self._after_reset)
        proxy.rowsInserted.connect(self._expand)
        self.expandAll()

    def apply_font(self) -> None:
        """Column widths follow the type size (after a zoom)."""
        metrics = self.fontMetrics()
        em = metrics.averageCharWidth()
        header = self.header()
        header.setStyleSheet(header_style_sheet(self.font().pointSizeF() * 0.75))
        words = max(metrics.horizontalAdvance(status_word(s)) for s in Status)
        widths = {
            OWNER: em * 18,
            PROGRESS: em * 20,
            STATUS: words + metrics.height() * 2,
            CONFIDENCE: max(metrics.horizontalAdvance("10/10") + em * 3, header.sectionSizeHint(CONFIDENCE)),
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
        self.setIndentation(em * 3)
        self.doItemsLayout()

    def is_current(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        if self.current_key is None or not index.isValid():
            return False
        return (index.data(KIND_ROLE), index.data(ID_ROLE)) == self.current_key

    def set_current(self, key: tuple[str, int] | None) -> None:
        self.current_key = key
        proxy = self.model()
        assert isinstance(proxy, TreeFilter)
        index = proxy.mapFromSource(self.source.index_for(key)) if key is not None else QModelIndex()
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        else:
            self.clearSelection()
        self.viewport().update()

    def _expand(self, *_args: object) -> None:
        self.expandAll()

    def _after_reset(self) -> None:
        self.expandAll()
        self.set_current(self.current_key)
