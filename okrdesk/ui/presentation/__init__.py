"""Presentation mode (View → Present, F5): the main window's objectives full screen for a meeting room.

`present(window)` opens it on the objective selected in the main window; Esc returns to the main window as
it was. The parts: window.py (keys, footer, zoom), deck.py (the slides' data), slide_view.py (one objective),
tree_view.py (the whole tree), timer.py (the discussion countdown), confidence_round.py (hidden confidences,
revealed at once) and look.py (the high-contrast palette and drawing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from okrdesk.ui.main_window import MainWindow
    from okrdesk.ui.presentation.timer import Clock
    from okrdesk.ui.presentation.window import PresentationWindow


def present(
    window: MainWindow, *, clock: Clock | None = None, full_screen: bool = True
) -> PresentationWindow:
    """Shows the presentation over the main window's screen (the open one again, if it is open)."""
    from okrdesk.ui.presentation.window import PresentationWindow

    for existing in window.findChildren(PresentationWindow):
        if existing.isVisible():
            existing.activateWindow()
            return existing
    presentation = PresentationWindow(window, clock)
    screen = window.screen()
    if screen is not None:
        presentation.setGeometry(screen.geometry())
    if full_screen:
        presentation.showFullScreen()
    else:
        presentation.show()
    presentation.activateWindow()
    presentation.setFocus(Qt.FocusReason.OtherFocusReason)
    return presentation
