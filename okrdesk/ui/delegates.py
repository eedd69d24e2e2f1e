"""Painting of the progress bar and the status badge in the alignment tree.

Progress: a bar with the percentage; above 100% the bar is full with a "▲" and a stripe marking the
overachievement; below the baseline the bar is empty with a "▼" and a red outline. Status: a shape as well as
a colour and a word (circle on track, triangle at risk, square off track, hollow circle no data), so it
reads in greyscale and for colour-blind users.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from okrdesk.domain.model import Status
from okrdesk.ui.i18n import format_percent
from okrdesk.ui.themes import tones
from okrdesk.ui.tree_model import PROGRESS_ROLE, STATUS_ROLE


def status_colour(state: Status) -> QColor:
    """The colour of a status symbol in the theme in effect (the shape and the word say it too)."""
    return tones().status[state]


def draw_status_shape(painter: QPainter, r: QRectF, state: Status, square_inset: float) -> None:
    """The shape of a status in r with the painter's pen and brush: circle on track, triangle at risk, square
    off track (`square_inset` smaller, so it weighs as much as the circle), a ring for no data."""
    if state == Status.ON_TRACK:
        painter.drawEllipse(r)
    elif state == Status.AT_RISK:
        painter.drawPolygon(QPolygonF([QPointF(r.center().x(), r.top()), r.bottomRight(), r.bottomLeft()]))
    elif state == Status.OFF_TRACK:
        painter.drawRect(r.adjusted(square_inset, square_inset, -square_inset, -square_inset))
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(r)


def paint_status_shape(painter: QPainter, rect: QRectF, state: Status) -> None:
    """Draws the status symbol in rect (square area)."""
    colour = status_colour(state)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour.darker(130), 1.2))
    painter.setBrush(colour)
    draw_status_shape(painter, rect.adjusted(2, 2, -2, -2), state, 1)
    painter.restore()


class RoomyDelegate(QStyledItemDelegate):
    """Gives rows a little air so bars and symbols are readable (rows share this height)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), option.fontMetrics.height() + 10))


class StatusDelegate(RoomyDelegate):
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        raw = index.data(STATUS_ROLE)
        if raw is None:
            super().paint(painter, option, index)
            return
        state = Status(raw)
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect = QRectF(option.rect)
        side = min(rect.height() * 0.62, 16.0)
        shape = QRectF(rect.left() + 6, rect.center().y() - side / 2, side, side)
        paint_status_shape(painter, shape, state)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        text_rect = rect.adjusted(side + 12, 0, -4, 0)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.restore()


class ProgressDelegate(RoomyDelegate):
    """A bar with the percentage; overachievement and below-baseline are marked, never hidden."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        progress: Any = index.data(PROGRESS_ROLE)
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect = QRectF(option.rect).adjusted(4, 5, -4, -5)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if progress is None:
            painter.setPen(text_colour)
            painter.drawText(QRectF(option.rect), Qt.AlignmentFlag.AlignCenter, self.tr("no data"))
            painter.restore()
            return
        label_width = min(70.0, rect.width() * 0.45)
        bar = QRectF(
            rect.left(), rect.top() + rect.height() * 0.2, rect.width() - label_width - 6, rect.height() * 0.6
        )
        track = palette.color(QPalette.ColorRole.Mid)
        track.setAlpha(90)
        path = QPainterPath()
        path.addRoundedRect(bar, 3, 3)
        painter.fillPath(path, track)
        fill = max(0.0, min(1.0, float(progress)))
        raw_status = index.data(STATUS_ROLE)
        colour = status_colour(Status(raw_status) if raw_status else Status.NO_DATA)
        if fill > 0:
            filled = QPainterPath()
            filled.addRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * fill, bar.height()), 3, 3)
            painter.fillPath(filled, colour)
        if progress > 1.0:  # overachieved: a dark stripe at the end of a full bar
            painter.fillRect(QRectF(bar.right() - 5, bar.top(), 5, bar.height()), text_colour)
        if progress < 0.0:  # below baseline: a dashed outline in the off-track colour round the empty bar
            painter.setPen(QPen(status_colour(Status.OFF_TRACK), 1.5, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(bar, 3, 3)
        painter.setPen(text_colour)
        label = format_percent(progress)
        if progress > 1.0:
            label = "▲ " + label
        elif progress < 0.0:
            label = "▼ " + label
        full = QRectF(option.rect)
        label_rect = QRectF(bar.right() + 6, full.top(), label_width, full.height())
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
        painter.restore()
