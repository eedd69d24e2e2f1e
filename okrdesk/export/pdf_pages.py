"""The body pages of the PDF review pack: each section (pdf_html.sections_html) laid out as a QTextDocument of
its own, paginated to the body's size, then painted page by page with the header and the footer around it.

Why a document per section: every section starts a page anyway, small documents lay out faster than one huge
one, the export can report progress (and be cancelled) while it lays out, and the fix below only re-lays out
the sections that need it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageSize,
    QPainter,
    QPalette,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from okrdesk.domain.cycles import format_date
from okrdesk.export.pdf_draw import FigureHandler, Figures, pdf_font
from okrdesk.export.pdf_html import STYLE
from okrdesk.services.review import ReviewPack

__all__ = ["Section", "body_rect", "paint_body_page", "paint_header_footer", "section"]

MARGIN = 54.0  # left and right, in points (3/4 inch)
BODY_TOP = 62.0
BODY_BOTTOM = 58.0  # room under the body for the footer
BODY_FONT_SIZE = 9.5
INK = QColor("#1a1a1a")
QUIET = QColor("#555555")


class Section(QTextDocument):
    """A section's document. It loads nothing: no image, style sheet or anything else, from a file or the net
    (its images are drawn by pdf_draw.FigureHandler, which replaces Qt's image handler)."""

    def loadResource(self, type: int, name: QUrl | str) -> None:
        return None


def body_rect(page: QPageSize) -> QRectF:
    """Where the body goes on the paper, in points."""
    size = page.size(QPageSize.Unit.Point)
    return QRectF(MARGIN, BODY_TOP, size.width() - 2 * MARGIN, size.height() - BODY_TOP - BODY_BOTTOM)


def section(
    html: str, figures: Figures, body: QRectF, device: QPagedPaintDevice, *, to_paint: bool = True
) -> Section:
    """A section laid out and paginated for the body (the device gives the 72 dpi of a PDF writer).

    to_paint: also split the paragraphs that run over a page break (see below); a split never moves a line
    to another page, so counting pages can do without.
    """
    doc = Section()
    layout = doc.documentLayout()
    layout.registerHandler(int(QTextFormat.ObjectTypes.ImageObject), FigureHandler(figures, doc))
    layout.setPaintDevice(device)
    doc.setUseDesignMetrics(True)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(pdf_font(BODY_FONT_SIZE))
    doc.setDefaultStyleSheet(STYLE)
    doc.setPageSize(QSizeF(body.width(), body.height()))
    doc.setHtml(html)
    if to_paint:
        _split_paragraphs_at_page_breaks(doc, body.height())
    return doc


def _cuts(doc: QTextDocument, height: float) -> list[int]:
    """The positions where a paragraph continues on another page."""
    layout = doc.documentLayout()
    cuts: list[int] = []
    block = doc.begin()
    while block.isValid():
        lines = block.layout()
        if lines.lineCount() > 1:
            top = layout.blockBoundingRect(block).top()
            page = int((top + lines.lineAt(0).y() + 0.5) // height)
            for i in range(1, lines.lineCount()):
                line = lines.lineAt(i)
                line_page = int((top + line.y() + 0.5) // height)
                if line_page != page:
                    cuts.append(block.position() + line.textStart())
                    page = line_page
        block = block.next()
    return cuts


def _split_paragraphs_at_page_breaks(doc: QTextDocument, height: float) -> None:
    """Ends every paragraph that runs over a page break at the break (the rest starts a new paragraph with
    the same look), so each page draws only its own lines.

    QTextLayout.draw also draws the last line above its clip (its search for the first line to draw keeps
    the last line *above* the clip). On paper the page's clip hides that line, but its text would stay in
    the PDF: search and copy would find the last line of the page before at the top of the page.
    """
    doc.pageCount()  # lays the document out (it is laid out lazily)
    for _attempt in range(8):  # one pass nearly always does; a split may shift what follows a little
        cuts = _cuts(doc, height)
        if not cuts:
            return
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        for position in reversed(cuts):  # from the end, so the positions before stay right
            cursor.setPosition(position)
            cursor.setPosition(position - 1, QTextCursor.MoveMode.KeepAnchor)
            if (
                cursor.selectedText() == "\u2028"
            ):  # a <br> just before the break: the new paragraph replaces it
                cursor.removeSelectedText()
            cursor.clearSelection()
            rest = cursor.blockFormat()
            rest.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
            rest.setTopMargin(0)
            rest.setTextIndent(0)
            cursor.insertBlock(rest, cursor.charFormat())
        cursor.endEditBlock()
        doc.pageCount()


def paint_body_page(painter: QPainter, doc: QTextDocument, body: QRectF, index: int) -> None:
    """Page `index` of a section, in its place on the paper."""
    height = body.height()
    page = QRectF(0, index * height, body.width(), height)
    painter.save()
    painter.translate(body.left(), body.top() - index * height)
    painter.setClipRect(page.adjusted(-4, 0, 4, 0))
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = page.adjusted(-4, 0.5, 4, -0.5)  # a line starting right at the next page's top stays off
    palette = context.palette
    palette.setColor(QPalette.ColorRole.Text, INK)  # never the desktop theme's text colour
    context.palette = palette
    doc.documentLayout().draw(painter, context)
    painter.restore()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def paint_header_footer(
    painter: QPainter, page: QPageSize, pack: ReviewPack, number: int, total: int
) -> None:
    """The header (workspace · cycle · scope) and the footer (made on, "Page 3 of 12") of a body page."""
    size = page.size(QPageSize.Unit.Point)
    width = size.width() - 2 * MARGIN
    font = pdf_font(7.5)
    metrics = QFontMetricsF(font)
    painter.save()
    painter.setFont(font)
    painter.setPen(QUIET)
    right = "OKR review"
    head = " · ".join(_one_line(t) for t in (pack.workspace, pack.cycle.name, pack.scope.label))
    head = metrics.elidedText(
        head, Qt.TextElideMode.ElideRight, width - metrics.horizontalAdvance(right) - 24
    )
    top = QRectF(MARGIN, 30, width, 12)
    painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, head)
    painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
    bottom = QRectF(MARGIN, size.height() - 40, width, 12)
    made = f"Made with okrdesk on {format_date(pack.made_on)}"
    painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, made)
    numbered = f"Page {number} of {total}"
    painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, numbered)
    painter.setPen(QPen(QColor("#b5bec9"), 0.6))
    painter.drawLine(QPointF(MARGIN, top.bottom() + 4), QPointF(MARGIN + width, top.bottom() + 4))
    painter.drawLine(QPointF(MARGIN, bottom.top() - 4), QPointF(MARGIN + width, bottom.top() - 4))
    painter.restore()
