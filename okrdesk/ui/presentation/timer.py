"""The discussion timer: a countdown per objective that keeps counting over time once it reaches zero.

The time left is computed from a clock (milliseconds, monotonic), not from counting ticks: a busy event loop
cannot make the countdown drift, and tests pass a fake clock instead of sleeping. The QTimer only asks the
display to refresh while the countdown runs.

Moving to another objective resets the countdown to the full time and keeps it running if it was running
(a timeboxed round flows on from objective to objective) or paused if it was paused (nothing starts by
surprise): see PresentationWindow.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

Clock = Callable[[], int]  # milliseconds, monotonic

_monotonic = QElapsedTimer()


def monotonic_ms() -> int:
    """Milliseconds since the first call (a steady clock: unaffected by changes of the system time)."""
    if not _monotonic.isValid():
        _monotonic.start()
    return int(_monotonic.elapsed())


def clock_text(seconds: int) -> str:
    """ "2:59", "12:00" (minutes are not padded, seconds are)."""
    minutes, rest = divmod(max(0, seconds), 60)
    locale = QLocale()
    return f"{locale.toString(minutes)}:{locale.toString(rest).rjust(2, locale.zeroDigit())}"


class Countdown(QObject):
    """A countdown of `seconds` that can be started, paused and reset; `changed` fires on every tick."""

    changed = Signal()

    def __init__(self, seconds: int, clock: Clock | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.duration_ms = seconds * 1000
        self.clock = clock or monotonic_ms
        self._used_ms = 0  # time counted before the current run
        self._started_at: int | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(200)
        self._ticker.timeout.connect(self.changed)

    @property
    def running(self) -> bool:
        return self._started_at is not None

    @property
    def started(self) -> bool:
        """True once it ran at all since the last reset."""
        return self.running or self._used_ms > 0

    def elapsed_ms(self) -> int:
        if self._started_at is None:
            return self._used_ms
        return self._used_ms + max(0, self.clock() - self._started_at)

    def remaining_ms(self) -> int:
        """Milliseconds left; negative once time is up (the time over)."""
        return self.duration_ms - self.elapsed_ms()

    @property
    def time_up(self) -> bool:
        return self.remaining_ms() <= 0

    def start(self) -> None:
        if self._started_at is None:
            self._started_at = self.clock()
            self._ticker.start()
            self.changed.emit()

    def pause(self) -> None:
        if self._started_at is not None:
            self._used_ms = self.elapsed_ms()
            self._started_at = None
            self._ticker.stop()
            self.changed.emit()

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def reset(self, *, keep_running: bool = False) -> None:
        """Back to the full time; running again at once when `keep_running` and it was running."""
        run = keep_running and self.running
        self._ticker.stop()
        self._started_at = None
        self._used_ms = 0
        if run:
            self.start()
        else:
            self.changed.emit()

    def display(self) -> str:
        """ "2:59", or "+0:12" once time is up. Seconds left round up (a full "3:00" shows at the start),
        seconds over round down (time's up at "+0:00")."""
        remaining = self.remaining_ms()
        if remaining > 0:
            return clock_text(-(-remaining // 1000))
        return "+" + clock_text(-remaining // 1000)


class TimerLabel(QLabel):
    """The countdown in large type: "2:59", "2:41 paused", "Time's up +0:12" (black on yellow, framed)."""

    def __init__(self, countdown: Countdown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.countdown = countdown
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Discussion timer"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        countdown.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        countdown = self.countdown
        clock = countdown.display()
        if countdown.time_up:
            text, name = self.tr("Time's up {over}").format(over=clock), "timeUp"
        elif countdown.running:
            text, name = clock, "timerRunning"
        elif countdown.started:
            text, name = self.tr("{left} paused").format(left=clock), "timerPaused"
        else:
            text, name = clock, "timerPaused"
        if name != self.objectName():
            self.setObjectName(name)
            self.style().unpolish(self)  # the style sheet selects the look by object name
            self.style().polish(self)
        if text != self.text():
            self.setText(text)
            self.setAccessibleDescription(text)
