"""One objective as a slide: its title, owner and progress, then each key result with its numbers.

Long titles wrap. The key results take the largest type that fits the screen (from 130 % of the base size
for a few down to 70 % for many); beyond that the slide scrolls. Every text is plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.model import KRType, ObjectiveKind, ObjectiveState
from okrdesk.ui.checkin_parts import band_word, range_text, value_text
from okrdesk.ui.dialogs.common import plain_label
from okrdesk.ui.presentation.deck import KeyResultSlide, Slide
from okrdesk.ui.presentation.look import ProgressBar, StatusBadge, muted, scaled_font

FIT_SCALES = (1.3, 1.15, 1.0, 0.9, 0.8, 0.7)


class SlideView(QScrollArea):
    """Shows one slide; `show_slide` rebuilds it (after navigation, a change, or a zoom)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slideView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Slide"))
        self.slide: Slide | None = None
        self.base = QFont()
        self.scale = 1.0
        self.title_label: QLabel | None = None
        self.kr_rows: list[QWidget] = []

    def show_slide(self, slide: Slide | None, base: QFont) -> None:
        self.slide = slide
        self.base = base
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.slide is not None:
            self._fit()

    def _fit(self) -> None:
        """Builds the slide at the largest key-result scale whose height fits the visible area."""
        width = max(200, self.viewport().width())
        height = self.viewport().height()
        for scale in FIT_SCALES:
            content = self._build(scale)
            needed = content.heightForWidth(width) if content.hasHeightForWidth() else -1
            if needed < 0:
                needed = content.sizeHint().height()
            if needed <= height or scale == FIT_SCALES[-1]:
                break
            content.deleteLater()
        self.scale = scale
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(content)

    def _build(self, scale: float) -> QWidget:
        content = QWidget()
        content.setObjectName("slideContent")
        layout = QVBoxLayout(content)
        margin = int(self.base.pointSizeF() * 2)
        layout.setContentsMargins(margin * 2, margin, margin * 2, margin)
        layout.setSpacing(int(self.base.pointSizeF() * 0.6))
        self.kr_rows = []
        slide = self.slide
        if slide is None:
            empty = plain_label(
                self.tr("Nothing to present: the main window shows no objectives."), content, wrap=True
            )
            empty.setFont(scaled_font(self.base, 1.4, bold=True))
            layout.addWidget(empty)
            layout.addStretch(1)
            self.title_label = None
            return content
        if slide.aligns_to:
            context = muted(
                plain_label(
                    self.tr("Contributes to: {title}").format(title=slide.aligns_to), content, wrap=True
                )
            )
            context.setFont(scaled_font(self.base, 0.8))
            layout.addWidget(context)
        title = plain_label(slide.item.title, content, wrap=True)
        title.setObjectName("slideTitle")
        title.setAccessibleName(self.tr("Objective"))
        title.setFont(scaled_font(self.base, 1.9, bold=True))
        layout.addWidget(title)
        self.title_label = title
        facts = [slide.owner or self.tr("No owner"), slide.cycle, *self.state_words(slide)]
        meta = muted(plain_label("  ·  ".join(f for f in facts if f), content, wrap=True))
        meta.setAccessibleName(self.tr("Owner and cycle"))
        meta.setFont(scaled_font(self.base, 0.9))
        layout.addWidget(meta)
        summary = QHBoxLayout()
        summary.setSpacing(int(self.base.pointSizeF()))
        bar = ProgressBar(slide.progress, slide.status, content)
        bar.setAccessibleName(self.tr("Objective progress"))
        bar.setFont(scaled_font(self.base, 1.3, bold=True))
        summary.addWidget(bar, 1)
        badge = StatusBadge(slide.status, content)
        badge.setFont(scaled_font(self.base, 1.3, bold=True))
        summary.addWidget(badge)
        layout.addLayout(summary)
        layout.addSpacing(int(self.base.pointSizeF() * 0.8 * scale))
        layout.addWidget(self._key_results(content, slide, scale))
        layout.addStretch(1)
        return content

    def _key_results(self, parent: QWidget, slide: Slide, scale: float) -> QWidget:
        box = QWidget(parent)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(int(self.base.pointSizeF() * 1.2))
        grid.setVerticalSpacing(int(self.base.pointSizeF() * 0.9 * scale))
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 3)
        heading = plain_label(self.tr("Key results"), box)
        heading.setFont(scaled_font(self.base, 0.9 * scale, bold=True))
        muted(heading)
        grid.addWidget(heading, 0, 0, 1, 3)
        if not slide.key_results:
            none = plain_label(self.tr("No key results yet."), box, wrap=True)
            none.setFont(scaled_font(self.base, scale))
            grid.addWidget(none, 1, 0, 1, 3)
        row = 1
        for kr in slide.key_results:
            row_widgets = self._kr_row(box, grid, row, kr, scale)
            self.kr_rows.append(row_widgets)
            row += 1
        if slide.hidden_key_results > 0:
            hidden = muted(
                plain_label(
                    self.tr("+ {count} more hidden by the main window's filter").format(
                        count=QLocale().toString(slide.hidden_key_results)
                    ),
                    box,
                    wrap=True,
                )
            )
            hidden.setFont(scaled_font(self.base, 0.8 * scale))
            grid.addWidget(hidden, row, 0, 1, 3)
        return box

    def _kr_row(self, box: QWidget, grid: QGridLayout, row: int, kr: KeyResultSlide, scale: float) -> QWidget:
        text = QWidget(box)
        column = QVBoxLayout(text)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        title = plain_label(kr.item.title, text, wrap=True)
        title.setObjectName("keyResultTitle")
        title.setAccessibleName(self.tr("Key result"))
        title.setFont(scaled_font(self.base, scale, bold=True))
        column.addWidget(title)
        details = [self.measure_text(kr), self.confidence_text(kr)]
        if kr.progress is not None and kr.progress > 1:  # the bar says "▲", the words say what it means
            details.insert(1, self.tr("▲ overachieved"))
        elif kr.progress is not None and kr.progress < 0:
            details.insert(1, self.tr("▼ below baseline"))
        if kr.owner:
            details.append(kr.owner)
        detail = muted(plain_label("  ·  ".join(details), text, wrap=True))
        detail.setObjectName("keyResultDetail")
        detail.setAccessibleName(self.tr("Value, target and confidence"))
        detail.setFont(scaled_font(self.base, 0.8 * scale))
        column.addWidget(detail)
        grid.addWidget(text, row, 0)
        bar = ProgressBar(kr.progress, kr.status, box, words=False)  # the words go in the detail line
        bar.setFont(scaled_font(self.base, 0.95 * scale))
        grid.addWidget(bar, row, 1, Qt.AlignmentFlag.AlignVCenter)
        badge = StatusBadge(kr.status, box)
        badge.setFont(scaled_font(self.base, 0.95 * scale))
        grid.addWidget(badge, row, 2, Qt.AlignmentFlag.AlignVCenter)
        return text

    def measure_text(self, kr: KeyResultSlide) -> str:
        """ "Now 6.5 % · target 5 %" (or "Now 100 % · keep at least 99.9 %", "Now: not done")."""
        item = kr.item
        now = value_text(item, item.current)
        if item.kr_type == KRType.MILESTONE:
            return self.tr("Now: {now}").format(now=now)
        if item.kr_type in (KRType.AT_LEAST, KRType.AT_MOST):
            return self.tr("Now {now} · {goal}").format(now=now, goal=range_text(item))
        return self.tr("Now {now} · target {target}").format(now=now, target=value_text(item, item.target))

    def confidence_text(self, kr: KeyResultSlide) -> str:
        confidence = kr.item.last_confidence
        if confidence is None:
            return self.tr("Confidence: not given yet")
        return self.tr("Confidence {value}/10 · {band}").format(
            value=QLocale().toString(confidence), band=band_word(confidence)
        )

    def state_words(self, slide: Slide) -> list[str]:
        """What the tree marks beside a title: draft, done, dropped; and an aspirational objective."""
        item = slide.item
        words = {
            ObjectiveState.DRAFT: self.tr("Draft"),
            ObjectiveState.DONE: self.tr("✓ Done"),
            ObjectiveState.DROPPED: self.tr("Dropped"),
        }
        found = [words[item.state]] if item.state in words else []
        if item.kind == ObjectiveKind.ASPIRATIONAL:
            found.append(self.tr("Aspirational"))
        return found
