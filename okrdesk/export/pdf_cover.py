"""The cover page of the PDF review pack, painted with QPainter: what the pack is about (cycle, dates, scope,
workspace, the day it was made), what it holds, and the objectives by status (a shape, a number and a word in
a tinted box, so it reads in greyscale). Long names wrap; beyond a few lines they are cut with "…" here only
(the body shows every title in full).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPolygonF

from okrdesk.domain.cycles import format_date, format_date_range
from okrdesk.domain.model import OwnerKind, Status
from okrdesk.export.pdf_draw import STATUS_FILL, pdf_font
from okrdesk.export.pdf_html import STATUS_TEXT, STATUS_TINT, plural
from okrdesk.export.words import percent, score_text, status_word
from okrdesk.services.review import ReviewPack

__all__ = ["paint_cover"]

NAVY = QColor("#16325c")
SLATE = QColor("#5a6b82")
INK = QColor("#1a1a1a")
MARGIN = 54.0
WRAP = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere
CUT = 240  # characters of one cover line at most


def _cut(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= CUT else flat[: CUT - 1] + "…"


def _text(painter: QPainter, top: float, width: float, text: str, font: QFont, colour: QColor) -> float:
    """Draws wrapped text from top at the left margin; returns the y under it."""
    painter.setFont(font)
    painter.setPen(colour)
    area = QRectF(MARGIN, top, width, 400)
    used = painter.boundingRect(area, int(WRAP), text)
    painter.drawText(QRectF(MARGIN, top, width, used.height()), int(WRAP), text)
    return top + used.height()


def _scope(pack: ReviewPack) -> str:
    owner = pack.scope.owner
    if owner is None:
        return "Whole workspace"
    if owner.kind == OwnerKind.TEAM:
        return f"Team {owner.name}"
    return f"{owner.name} (1:1)"


def _shape(painter: QPainter, centre: QPointF, status: Status) -> None:
    r = 5.0
    colour = STATUS_FILL[status]
    painter.setPen(QPen(colour.darker(150), 1.0))
    painter.setBrush(colour)
    box = QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r)
    if status == Status.ON_TRACK:
        painter.drawEllipse(box)
    elif status == Status.AT_RISK:
        painter.drawPolygon(QPolygonF([QPointF(centre.x(), box.top()), box.bottomRight(), box.bottomLeft()]))
    elif status == Status.OFF_TRACK:
        painter.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5))
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)


def _status_boxes(painter: QPainter, top: float, width: float, pack: ReviewPack) -> float:
    gap = 10.0
    box_width = (width - 3 * gap) / 4
    for i, (status, count) in enumerate(pack.status_counts().items()):
        box = QRectF(MARGIN + i * (box_width + gap), top, box_width, 64)
        painter.setPen(QPen(QColor("#7d7d7d"), 0.8))
        painter.setBrush(QColor(STATUS_TINT[status]))
        painter.drawRoundedRect(box, 4, 4)
        painter.setFont(pdf_font(22, bold=True))
        painter.setPen(INK)
        painter.drawText(
            QRectF(box.left(), box.top() + 6, box.width(), 30), Qt.AlignmentFlag.AlignCenter, str(count)
        )
        label = QRectF(box.left(), box.top() + 38, box.width(), 18)
        painter.setFont(pdf_font(9.5, bold=True))
        advance = painter.fontMetrics().horizontalAdvance(status_word(status))
        _shape(painter, QPointF(label.center().x() - advance / 2 - 8, label.center().y()), status)
        painter.setPen(QColor(STATUS_TEXT[status]))
        shifted = label.adjusted(8, 0, 8, 0)
        painter.drawText(shifted, Qt.AlignmentFlag.AlignCenter, status_word(status))
    return top + 64


def paint_cover(painter: QPainter, page: QSizeF, pack: ReviewPack, total: int) -> None:
    """Paints the cover on the current (first) page."""
    width = page.width() - 2 * MARGIN
    cycle = pack.cycle
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(0, 0, page.width(), 10), NAVY)
    y = page.height() * 0.2
    y = _text(painter, y, width, "OKR REVIEW", pdf_font(11, bold=True), SLATE) + 8
    y = _text(painter, y, width, _cut(cycle.name), pdf_font(30, bold=True), NAVY) + 6
    dates = f"{format_date_range(cycle.start, cycle.end)} · {cycle.state.value}"
    y = _text(painter, y, width, dates, pdf_font(13), INK) + 22
    y = _text(painter, y, width, "Scope", pdf_font(9, bold=True), SLATE) + 2
    y = _text(painter, y, width, _cut(_scope(pack)), pdf_font(17, bold=True), INK) + 22
    painter.setPen(QPen(QColor("#b5bec9"), 0.8))
    painter.drawLine(QPointF(MARGIN, y), QPointF(MARGIN + width, y))
    y += 14
    krs = pack.key_results
    check_ins = sum(len(kr.check_ins) for kr in krs)
    facts = [
        ("Workspace", _cut(pack.workspace)),
        ("Made on", format_date(pack.made_on)),
        ("Expected pace", f"{percent(pack.expected)} of the cycle on {format_date(pack.made_on)}"),
        (
            "Contents",
            f"{plural(len(pack.objectives), 'objective')} · {plural(len(krs), 'key result')} · "
            f"{plural(check_ins, 'check-in')}",
        ),
    ]
    if pack.retrospective is not None:
        mean = pack.retrospective["summary"]["mean_score"]
        finished = pack.retrospective.get("finished_at")
        held = f"finished {format_date(datetime.fromisoformat(finished).date())}" if finished else "held"
        whole = " (whole cycle)" if pack.scope.owner is not None else ""
        facts.append(("Retrospective", f"{held} · mean score{whole} {score_text(mean, 2)}"))
    label_width = 110.0
    for label, value in facts:
        painter.setFont(pdf_font(10, bold=True))
        painter.setPen(SLATE)
        painter.drawText(QRectF(MARGIN, y, label_width, 16), Qt.AlignmentFlag.AlignLeft, label)
        painter.setFont(pdf_font(10))
        painter.setPen(INK)
        area = QRectF(MARGIN + label_width, y, width - label_width, 200)
        used = painter.boundingRect(area, int(WRAP), value)
        painter.drawText(QRectF(area.left(), y, area.width(), used.height()), int(WRAP), value)
        y += max(16.0, used.height()) + 4
    y += 18
    y = _text(painter, y, width, "Objectives by status", pdf_font(9, bold=True), SLATE) + 6
    _status_boxes(painter, y, width, pack)
    painter.setFont(pdf_font(8))
    painter.setPen(SLATE)
    bottom = QRectF(MARGIN, page.height() - 52, width, 14)
    painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft, f"Made with okrdesk on {format_date(pack.made_on)}")
    painter.drawText(bottom, Qt.AlignmentFlag.AlignRight, f"{total} pages")
    painter.restore()
