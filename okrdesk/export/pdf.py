"""The PDF review pack of a cycle for a scope (issue 5): a cover page, a summary with a bar per objective,
the alignment tree, a page per objective with its key results (figures, bar, status, confidence trend, the
latest notes, a small progress chart) and, when the cycle has one, the retrospective.

How it is made, and why:
- QtGui only (QPdfWriter, QTextDocument, QPainter): no widgets, so it runs offscreen, from the CLI and in
  tests alike. Fonts and text layout still need a QGuiApplication; `gui_application()` reuses the running
  one (the app's QApplication) or creates one. When it creates one on Linux it defaults QT_QPA_PLATFORM to
  "offscreen" (a variable already set wins): a PDF needs fonts, not windows, so this works without a
  display and also where DISPLAY is set but unreachable (ssh, cron), which would otherwise abort the
  process; fontconfig finds the same fonts either way. macOS and Windows keep their native platform.
- The body is generated rich text (pdf_html.py, pdf_retro.py) in sections that each start a page (the
  summary, the alignment, each objective, the retrospective), each a QTextDocument laid out with the PDF
  writer as its paint device at 72 dpi (a unit is a point) and design metrics, so the layout is the same
  on any screen (pdf_pages.py). Everything is laid out first, so the page total is known; then the cover,
  each body page and its header ("workspace · cycle · scope") and footer ("Page 3 of 12") are painted.
- Safety: user text is escaped before it enters the rich text; figures are drawn by pdf_draw.FigureHandler,
  which replaces Qt's image handler, and `Section.loadResource` refuses everything, so nothing is ever
  fetched (no file, no network) whatever a title says.
- The colours are those of the app (status green / amber / red, score bands), and every status and band is
  printed in words too, bars have a dark outline and their figure beside them, and the chart's lines differ
  by style: the pack reads the same printed in greyscale.
- The file is written with QSaveFile (export/save.py): whole or not at all, an old file untouched on
  failure or cancel.
- Text stays findable: ligatures are off (pdf_draw.pdf_font) and paragraphs are cut at page breaks
  (pdf_pages.py). One limit is Qt's: characters beyond U+FFFF (most emoji) are drawn when a font has them
  (DejaVu Sans has some) but are missing from the PDF's text, so search and copy skip them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageSize, QPainter, QPdfWriter

from okrdesk.export.pdf_cover import paint_cover
from okrdesk.export.pdf_draw import Figures
from okrdesk.export.pdf_html import alignment_html, objective_html, section_count, sections_html, summary_html
from okrdesk.export.pdf_pages import Section, body_rect, paint_body_page, paint_header_footer, section
from okrdesk.export.pdf_retro import retrospective_html
from okrdesk.export.save import Cancelled, check_export_target, saved_file
from okrdesk.services.errors import ValidationError, WorkspaceError
from okrdesk.services.review import ReviewPack

__all__ = ["PAGE_SIZES", "Cancelled", "estimate_pages", "gui_application", "write_review_pdf"]

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 72  # device units per inch: one unit is one point
EXACT_UP_TO = 60  # objectives: estimate_pages lays out the whole pack up to this size
SAMPLED = 40  # objectives laid out by estimate_pages beyond it

Progress = Callable[[int, int], bool]

_application: QGuiApplication | None = None


def gui_application() -> QGuiApplication:
    """The running QGuiApplication (or QApplication), or a new one (offscreen on Linux)."""
    global _application
    running = QCoreApplication.instance()
    if isinstance(running, QGuiApplication):
        return running
    if running is not None:
        raise RuntimeError("The PDF export needs a QGuiApplication, and a plain QCoreApplication is running.")
    if sys.platform.startswith("linux"):  # see the module docstring
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _application = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "okrdesk"])
    return _application


def _page_size(page_size: str) -> QPageSize:
    if page_size not in PAGE_SIZES:
        choices = " or ".join(PAGE_SIZES)
        raise ValidationError.single("page_size", f"The page size must be {choices}, not '{page_size}'.")
    return QPageSize(PAGE_SIZES[page_size])


def _writer(device: QIODevice, page: QPageSize, pack: ReviewPack) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(page)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setTitle(f"OKR review · {pack.cycle.name} · {pack.scope.label}")
    writer.setCreator("okrdesk")
    return writer


def _sections(
    pack: ReviewPack,
    page: QPageSize,
    notes: int | None,
    writer: QPdfWriter,
    report: Callable[[int, int], None],
    *,
    to_paint: bool = True,
) -> list[Section]:
    """Every section laid out; report(done, total) after each (a section not yet laid out counts a page)."""
    count = section_count(pack)
    figures = Figures()
    body = body_rect(page)
    sections: list[Section] = []
    pages = 0
    for html in sections_html(pack, figures, notes):
        sections.append(section(html, figures, body, writer, to_paint=to_paint))
        pages += sections[-1].pageCount()
        report(len(sections), count + 1 + pages + (count - len(sections)))
    return sections


def estimate_pages(pack: ReviewPack, *, page_size: str = "A4", notes: int | None = 3) -> int:
    """The number of pages write_review_pdf writes, for the export dialog; laid out, never painted.

    Exact (the whole pack laid out) up to EXACT_UP_TO objectives: about 20 ms for the sample quarter (35 ms
    for the first call of a process, which loads the fonts). Beyond, an estimate: the summary, alignment and
    retrospective are laid out whole, and SAMPLED objectives spread over the pack stand for all of them
    (within 2 % on generated cycles; about 0.35 s for 500 objectives instead of 1.5 s for a whole layout).
    """
    gui_application()
    page = _page_size(page_size)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, page, pack)
    if len(pack.objectives) <= EXACT_UP_TO:
        sections = _sections(pack, page, notes, writer, lambda done, total: None, to_paint=False)
        return 1 + sum(doc.pageCount() for doc in sections)
    figures, body = Figures(), body_rect(page)

    def pages_of(html: str) -> int:
        return section(html, figures, body, writer, to_paint=False).pageCount()

    objectives = pack.objectives
    step = len(objectives) / SAMPLED
    sampled = [objectives[int(i * step)] for i in range(SAMPLED)]
    per_objective = sum(pages_of(objective_html(pack, o, figures, notes)) for o in sampled) / SAMPLED
    others = pages_of(summary_html(pack, figures)) + pages_of(alignment_html(pack))
    if pack.retrospective is not None:
        others += pages_of(retrospective_html(pack, pack.retrospective, figures))
    return 1 + others + round(per_objective * len(objectives))


def write_review_pdf(
    pack: ReviewPack,
    target: Path,
    *,
    page_size: str = "A4",
    notes: int | None = 3,
    progress: Progress | None = None,
) -> int:
    """Writes the pack as a PDF at target and returns its number of pages.

    notes: how many of each key result's latest check-in notes to show (None: all, 0: none).
    progress(done, total) counts the sections laid out, then the pages painted; total grows to its final
    value (sections + pages) once everything is laid out, and the last call is progress(total, total).
    False from it cancels: Cancelled is raised and nothing is written. An unwritable target raises
    WorkspaceError in plain words; an old file at target is left untouched by any failure.
    """
    gui_application()
    page = _page_size(page_size)
    target = Path(target)
    check_export_target(target, "PDF")  # before any work

    def report(done: int, total: int) -> None:
        if progress is not None and not progress(done, total):
            raise Cancelled

    report(0, 2 * section_count(pack) + 1)
    with saved_file(target, "PDF") as file:
        writer = _writer(file, page, pack)
        sections = _sections(pack, page, notes, writer, report)
        done = len(sections)
        pages = 1 + sum(doc.pageCount() for doc in sections)
        total = done + pages
        painter = QPainter()
        if not painter.begin(writer):
            raise WorkspaceError(
                f"The PDF could not be saved to {target}: writing failed. Nothing was written."
            )
        try:
            paint_cover(painter, page.size(QPageSize.Unit.Point), pack, pages)
            number = 1
            report(done + number, total)
            body = body_rect(page)
            for doc in sections:
                for index in range(doc.pageCount()):
                    writer.newPage()
                    number += 1
                    paint_body_page(painter, doc, body, index)
                    paint_header_footer(painter, page, pack, number, pages)
                    report(done + number, total)
        finally:
            painter.end()
    return pages
