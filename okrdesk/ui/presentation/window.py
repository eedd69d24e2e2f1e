"""The presentation window: full screen, high contrast, large type, driven by the keyboard.

← → (also ↑ ↓, Space, Backspace, Page Up/Down, Home, End) move through the objectives the main window shows,
in its order (↑ ↓ and Page Up/Down first scroll a slide too tall for the screen); V switches between one
objective per slide and the whole tree; T starts and pauses the discussion timer, R resets it; C opens the
confidence round for the current objective; Ctrl +/−/0 change the type size (remembered); Esc closes the
round, then the presentation. Nothing here edits except the round, whose check-ins go through the main undo
stack (Ctrl+Z here undoes just what the round recorded).

The main window is left as it was: this window only reads its filter model and never touches its selection,
expansion or scroll position.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from okrdesk.ui import settings
from okrdesk.ui.controller import Change
from okrdesk.ui.dialogs.common import plain_label, plural
from okrdesk.ui.presentation.confidence_round import ConfidenceRound
from okrdesk.ui.presentation.deck import Slide, collect_slides
from okrdesk.ui.presentation.look import (
    BASE_POINT_SIZE,
    STYLE_SHEET,
    muted,
    presentation_palette,
    scaled_font,
)
from okrdesk.ui.presentation.slide_view import SlideView
from okrdesk.ui.presentation.timer import Clock, Countdown, TimerLabel
from okrdesk.ui.presentation.tree_view import PresentationTree

if TYPE_CHECKING:
    from okrdesk.ui.main_window import MainWindow

_K = Qt.Key
NEXT_KEYS = {_K.Key_Right, _K.Key_Down, _K.Key_Space, _K.Key_PageDown}
PREVIOUS_KEYS = {_K.Key_Left, _K.Key_Up, _K.Key_Backspace, _K.Key_PageUp}


class PresentationWindow(QWidget):
    """Presents the main window's objectives; closing it (Esc) deletes it and returns to the main window."""

    def __init__(self, main: MainWindow, clock: Clock | None = None) -> None:
        super().__init__(main, Qt.WindowType.Window)
        self.setObjectName("presentationWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("okrdesk – presentation"))
        self.setAccessibleName(self.tr("Presentation"))
        self.main = main
        self.controller = main.controller
        self.model = main.model
        self.proxy = main.proxy
        self.setPalette(presentation_palette())
        self.setAutoFillBackground(True)
        self.setStyleSheet(STYLE_SHEET)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.zoom = settings.presentation_zoom()
        self.slides: list[Slide] = []
        self.position = 0
        self.layout_name = settings.presentation_layout()
        self.round: ConfidenceRound | None = None
        self._recorded_command: object | None = None
        self.countdown = Countdown(settings.presentation_minutes() * 60, clock, self)
        self._build()
        self.slides = collect_slides(self.proxy, self.model)
        self.position = self._index_of(self._start_key())
        self.apply_zoom()
        self.controller.changed.connect(self._on_changed)
        self.proxy.modelReset.connect(self.refresh)
        self.proxy.layoutChanged.connect(self.refresh)

    # ---- building ---------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        self.slide_view = SlideView(self.stack)
        self.tree_view = PresentationTree(self.proxy, self.model, self.stack)
        self.stack.addWidget(self.slide_view)
        self.stack.addWidget(self.tree_view)
        footer = QFrame(self)
        footer.setObjectName("presentationFooter")
        row = QHBoxLayout(footer)
        self.position_label = plain_label("", footer)
        self.position_label.setAccessibleName(self.tr("Position"))
        self.message_label = plain_label("", footer, wrap=True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.hints_label = muted(plain_label("", footer, wrap=True))
        self.hints_label.setAccessibleName(self.tr("Keys"))
        self.timer_label = TimerLabel(self.countdown, footer)
        row.addWidget(self.position_label)
        row.addSpacing(24)
        row.addWidget(self.hints_label, 3)
        row.addWidget(self.message_label, 2)
        row.addWidget(self.timer_label)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.stack, 1)
        column.addWidget(footer)

    def _start_key(self) -> tuple[str, int] | None:
        """The objective selected in the main window (a selected key result's objective)."""
        key = self.main.selected_key()
        if key is not None and key[0] == "key_result":
            node = self.model.nodes.get(key)
            parent = node.parent if node is not None else None
            key = parent.key if parent is not None and parent.kind == "objective" else None
        return key

    def _index_of(self, key: tuple[str, int] | None) -> int:
        for index, slide in enumerate(self.slides):
            if slide.key == key:
                return index
        return 0

    # ---- what is shown ----------------------------------------------------------------------------------

    @property
    def current(self) -> Slide | None:
        return self.slides[self.position] if self.slides else None

    def base_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(BASE_POINT_SIZE * self.zoom)
        return font

    def apply_zoom(self) -> None:
        base = self.base_font()
        self.position_label.setFont(scaled_font(base, 0.9, bold=True))
        self.hints_label.setFont(scaled_font(base, 0.65))
        self.message_label.setFont(scaled_font(base, 0.75, bold=True))
        self.timer_label.setFont(scaled_font(base, 1.4, bold=True))
        self.tree_view.setFont(scaled_font(base, 0.9))
        self.tree_view.apply_font()
        if self.round is not None:
            self.round.set_base(base)
        self.show_current()

    def show_current(self) -> None:
        """Shows the current objective in the chosen layout and updates the footer."""
        base = self.base_font()
        if self.round is not None:
            self.stack.setCurrentWidget(self.round)
        elif self.layout_name == "tree":
            self.stack.setCurrentWidget(self.tree_view)
        else:
            self.stack.setCurrentWidget(self.slide_view)
        self.slide_view.show_slide(self.current, base)
        self.tree_view.set_current(self.current.key if self.current else None)
        locale = QLocale()
        if self.slides:
            position = self.tr("{n} / {total}").format(
                n=locale.toString(self.position + 1), total=locale.toString(len(self.slides))
            )
        else:
            position = self.tr("0 / 0")
        self.position_label.setText(position)
        self.hints_label.setText(self._hints())

    def _hints(self) -> str:
        if self.round is not None and self.round.is_revealed:
            return self.tr("Space record as check-ins · Esc discard · Ctrl +/− size")
        if self.round is not None:
            return self.tr("Type each confidence (hidden) · Enter reveal · Esc discard · Ctrl +/− size")
        if self.layout_name == "tree":
            return self.tr(
                "← → navigate · T timer · R reset · C confidence round · V slides · Ctrl +/− size · Esc exit"
            )
        return self.tr(
            "← → navigate · T timer · R reset · C confidence round · V tree · Ctrl +/− size · Esc exit"
        )

    def refresh(self) -> None:
        """Reads the slides again (after an edit), staying on the same objective where it still shows."""
        key = self.current.key if self.current else None
        self.slides = collect_slides(self.proxy, self.model)
        index = next((i for i, s in enumerate(self.slides) if s.key == key), None)
        self.position = index if index is not None else min(self.position, max(0, len(self.slides) - 1))
        if self.round is None:
            self.show_current()

    def _on_changed(self, _change: Change) -> None:
        self.refresh()

    def say(self, message: str) -> None:
        self.message_label.setText(message)

    # ---- actions ----------------------------------------------------------------------------------------

    def go_to(self, position: int) -> None:
        if not self.slides:
            return
        position = max(0, min(position, len(self.slides) - 1))
        if position == self.position:
            return
        self.position = position
        self.say("")
        self.countdown.reset(keep_running=True)  # a new timebox; running on if it was running
        self.show_current()

    def set_zoom(self, zoom: float) -> None:
        zoom = round(min(max(zoom, settings.ZOOM_MIN), settings.ZOOM_MAX), 2)
        if zoom != self.zoom:
            self.zoom = zoom
            settings.set_presentation_zoom(zoom)
            self.apply_zoom()

    def toggle_layout(self) -> None:
        self.layout_name = "slides" if self.layout_name == "tree" else "tree"
        self.show_current()

    def open_round(self) -> None:
        slide = self.current
        if slide is None or self.round is not None:
            return
        if not slide.key_results:
            self.say(self.tr("This objective has no key results to rate."))
            return
        self.round = ConfidenceRound(self.controller, slide, self.base_font(), self._me(), self.stack)
        self.round.finished.connect(self._round_finished)
        self.round.revealed.connect(lambda: self.hints_label.setText(self._hints()))
        self.stack.addWidget(self.round)
        self.show_current()
        self.round.setFocus()

    def close_round(self) -> None:
        if self.round is None:
            return
        round_, self.round = self.round, None
        self.stack.removeWidget(round_)
        round_.deleteLater()
        self.setFocus()
        self.refresh()
        self.show_current()

    def _round_finished(self, recorded: int) -> None:
        if recorded:
            self._recorded_command = self.controller.undo_stack.command(
                self.controller.undo_stack.index() - 1
            )
            self.close_round()
            self.say(
                plural(
                    recorded,
                    self.tr("Recorded %n confidence as a check-in. Ctrl+Z undoes it."),
                    self.tr("Recorded %n confidences as check-ins. Ctrl+Z undoes them."),
                )
            )
        else:
            self.close_round()
            self.say(self.tr("Confidence round discarded."))

    def undo_round(self) -> None:
        """Undoes what this presentation recorded, and nothing else of the main window's history."""
        stack = self.controller.undo_stack
        if self._recorded_command is None or stack.command(stack.index() - 1) is not self._recorded_command:
            self.say(self.tr("Nothing to undo here: undo other changes in the main window."))
            return
        stack.undo()
        self._recorded_command = None
        self.say(self.tr("The recorded confidences were undone."))

    def _me(self) -> int | None:
        workspace = self.controller.workspace
        me = settings.me_for(workspace.path)
        return me if me in {p.id for p in workspace.people()} else None

    # ---- keys -------------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (ctrl and key in (_K.Key_Equal, _K.Key_Plus)):
            self.set_zoom(self.zoom + settings.ZOOM_STEP)
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or (ctrl and key == _K.Key_Minus):
            self.set_zoom(self.zoom - settings.ZOOM_STEP)
        elif ctrl and key == _K.Key_0:
            self.set_zoom(1.0)
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undo_round()
        elif key == _K.Key_Escape:
            self.round.discard() if self.round is not None else self.close()
        elif self.round is not None or ctrl or event.modifiers() & Qt.KeyboardModifier.AltModifier:
            super().keyPressEvent(event)  # the round takes its own keys; nothing moves while it is open
        elif key in (_K.Key_Down, _K.Key_PageDown, _K.Key_Up, _K.Key_PageUp) and self._scroll(key):
            pass  # a slide taller than the screen scrolls first, then moves on
        elif key in NEXT_KEYS:
            self.go_to(self.position + 1)
        elif key in PREVIOUS_KEYS:
            self.go_to(self.position - 1)
        elif key == _K.Key_Home:
            self.go_to(0)
        elif key == _K.Key_End:
            self.go_to(len(self.slides) - 1)
        elif key == _K.Key_T:
            self.countdown.toggle()
        elif key == _K.Key_R:
            self.countdown.reset()
        elif key == _K.Key_C:
            self.open_round()
        elif key == _K.Key_V:
            self.toggle_layout()
        else:
            super().keyPressEvent(event)

    def _scroll(self, key: int) -> bool:
        """Scrolls an overflowing slide by most of a screen; False when there is nothing more that way."""
        if self.stack.currentWidget() is not self.slide_view:
            return False
        bar = self.slide_view.verticalScrollBar()
        down = key in (_K.Key_Down, _K.Key_PageDown)
        if (down and bar.value() >= bar.maximum()) or (not down and bar.value() <= bar.minimum()):
            return False
        step = int(self.slide_view.viewport().height() * 0.8)
        bar.setValue(bar.value() + (step if down else -step))
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self.countdown.pause()
        super().closeEvent(event)
        self.main.activateWindow()
        self.main.raise_()
