"""Themes: light, dark and high contrast palettes, and "system", which follows the desktop's choice.

"system" asks Qt what the desktop prefers (QStyleHints.colorScheme, and the accessibility contrast preference
since Qt 6.10) and follows it while the app runs. Light keeps the platform style's own palette; dark and high
contrast are explicit palettes on the Fusion style, so they look the same on every platform (a native style
may ignore parts of a palette). Widgets never hard-code light colours: they take the palette's roles, and the
few tones a palette lacks (the status symbols, the banners) come from `tones()`, which follows the theme.
Status is never colour alone: shapes and words carry it too (ui/delegates.py).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from okrdesk.domain.model import Status
from okrdesk.ui import settings

LIGHT, DARK, HIGH_CONTRAST = "light", "dark", "high_contrast"


@dataclass(frozen=True)
class Tones:
    """Colours beyond the palette's roles, per theme: status symbols and the bars above the tree."""

    status: dict[Status, QColor]
    info_background: QColor
    info_border: QColor
    info_text: QColor
    warning_background: QColor
    warning_border: QColor
    warning_text: QColor
    attention: QColor  # text that needs a second look (a stale check-in, an error), with words saying why


_TONES = {
    LIGHT: Tones(
        status={
            Status.ON_TRACK: QColor("#2e7d32"),
            Status.AT_RISK: QColor("#e08a00"),
            Status.OFF_TRACK: QColor("#c62828"),
            Status.NO_DATA: QColor("#8a8a8a"),
        },
        info_background=QColor("#e8f0fb"),
        info_border=QColor("#9db7dc"),
        info_text=QColor("#17324d"),
        warning_background=QColor("#fff4d6"),
        warning_border=QColor("#e0c070"),
        warning_text=QColor("#4a3b00"),
        attention=QColor("#b35900"),
    ),
    DARK: Tones(
        status={
            Status.ON_TRACK: QColor("#66bb6a"),
            Status.AT_RISK: QColor("#ffb74d"),
            Status.OFF_TRACK: QColor("#ef5350"),
            Status.NO_DATA: QColor("#9e9e9e"),
        },
        info_background=QColor("#1d2f45"),
        info_border=QColor("#3d5f8a"),
        info_text=QColor("#dce8f7"),
        warning_background=QColor("#3d3216"),
        warning_border=QColor("#8a7030"),
        warning_text=QColor("#fbe9b7"),
        attention=QColor("#ffb74d"),
    ),
    HIGH_CONTRAST: Tones(
        status={
            Status.ON_TRACK: QColor("#00e676"),
            Status.AT_RISK: QColor("#ffea00"),
            Status.OFF_TRACK: QColor("#ff5252"),
            Status.NO_DATA: QColor("#ffffff"),
        },
        info_background=QColor("#000000"),
        info_border=QColor("#ffffff"),
        info_text=QColor("#ffffff"),
        warning_background=QColor("#000000"),
        warning_border=QColor("#ffea00"),
        warning_text=QColor("#ffea00"),
        attention=QColor("#ffea00"),
    ),
}


def _palette(colours: dict[QPalette.ColorRole, str], disabled: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role, colour in disabled.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


R = QPalette.ColorRole


def dark_palette() -> QPalette:
    """A calm dark palette (text about 13:1 on its background)."""
    return _palette(
        {
            R.Window: "#202124",
            R.WindowText: "#e8eaed",
            R.Base: "#17181a",
            R.AlternateBase: "#26282b",
            R.Text: "#e8eaed",
            R.Button: "#2d2f33",
            R.ButtonText: "#e8eaed",
            R.BrightText: "#ffffff",
            R.Highlight: "#3d6fb6",
            R.HighlightedText: "#ffffff",
            R.ToolTipBase: "#2d2f33",
            R.ToolTipText: "#e8eaed",
            R.PlaceholderText: "#9aa0a6",
            R.Link: "#8ab4f8",
            R.LinkVisited: "#c58af9",
            R.Light: "#3c4043",
            R.Midlight: "#34373b",
            R.Mid: "#5f6368",
            R.Dark: "#111214",
            R.Shadow: "#000000",
            R.Accent: "#3d6fb6",
        },
        {R.WindowText: "#80868b", R.Text: "#80868b", R.ButtonText: "#80868b", R.Base: "#202124"},
    )


def high_contrast_palette() -> QPalette:
    """White on black with yellow selection and focus: for projectors and low vision (21:1 text)."""
    return _palette(
        {
            R.Window: "#000000",
            R.WindowText: "#ffffff",
            R.Base: "#000000",
            R.AlternateBase: "#141414",
            R.Text: "#ffffff",
            R.Button: "#000000",
            R.ButtonText: "#ffffff",
            R.BrightText: "#ffea00",
            R.Highlight: "#ffea00",
            R.HighlightedText: "#000000",
            R.ToolTipBase: "#000000",
            R.ToolTipText: "#ffffff",
            R.PlaceholderText: "#c8c8c8",
            R.Link: "#00e5ff",
            R.LinkVisited: "#ea80fc",
            R.Light: "#ffffff",
            R.Midlight: "#c8c8c8",
            R.Mid: "#c8c8c8",
            R.Dark: "#ffffff",
            R.Shadow: "#ffffff",
            R.Accent: "#ffea00",
        },
        {R.WindowText: "#a0a0a0", R.Text: "#a0a0a0", R.ButtonText: "#a0a0a0"},
    )


# Borders that make buttons and fields stand out on black (Fusion draws them in dark tones otherwise).
_HIGH_CONTRAST_SHEET = (
    "QPushButton, QToolButton, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDoubleSpinBox, "
    "QDateEdit { border: 1px solid #ffffff; } "
    "QPushButton:focus, QToolButton:focus, QComboBox:focus, QLineEdit:focus, QPlainTextEdit:focus, "
    "QTextEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus, QDateEdit:focus, QTreeView:focus, "
    "QTableView:focus, QListView:focus { border: 2px solid #ffea00; } "
    "QPushButton, QToolButton { padding: 3px 8px; }"
)


class ThemeSignals(QObject):
    """Says when the theme in effect changed; exists before any theme is installed, so widgets built
    earlier follow too."""

    changed = Signal(str)  # the effective theme: LIGHT, DARK or HIGH_CONTRAST


_signals: ThemeSignals | None = None


def signals() -> ThemeSignals:
    """The one ThemeSignals object (made on first use)."""
    global _signals
    if _signals is None:
        _signals = ThemeSignals()
    return _signals


class ThemeManager(QObject):
    """Applies the chosen theme to the application and follows the system while the choice is "system"."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.choice = "system"
        self.effective = LIGHT
        self._base_style = app.style().name()
        self._base_palette = app.style().standardPalette()
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_system_changed)
        hints.accessibility().contrastPreferenceChanged.connect(self._on_system_changed)

    def system_theme(self) -> str:
        """What the desktop asks for: high contrast, dark or light."""
        hints = QGuiApplication.styleHints()
        if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
            return HIGH_CONTRAST
        return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT

    def apply(self, choice: str) -> str:
        """Shows the app in `choice` (system, light, dark, high_contrast); returns the theme in effect."""
        self.choice = choice if choice in (LIGHT, DARK, HIGH_CONTRAST) else "system"
        effective = self.system_theme() if self.choice == "system" else self.choice
        if effective == LIGHT:
            if self.app.style().name() != self._base_style:
                self.app.setStyle(self._base_style)
            self.app.setPalette(self._base_palette)
            self.app.setStyleSheet("")
        else:
            if self.app.style().name() != "fusion":
                self.app.setStyle(QStyleFactory.create("Fusion"))
            self.app.setPalette(dark_palette() if effective == DARK else high_contrast_palette())
            self.app.setStyleSheet(_HIGH_CONTRAST_SHEET if effective == HIGH_CONTRAST else "")
        changed = effective != self.effective
        self.effective = effective
        if changed:
            signals().changed.emit(effective)
        return effective

    def _on_system_changed(self, *_args: object) -> None:
        if self.choice == "system":
            self.apply("system")


_manager: ThemeManager | None = None


def manager() -> ThemeManager | None:
    """The application's theme manager, once `install` ran (None in code that runs without the GUI)."""
    return _manager


def install(app: QApplication, choice: str) -> ThemeManager:
    """Creates (once) the app's theme manager and applies `choice`."""
    global _manager
    if _manager is None or _manager.app is not app:
        _manager = ThemeManager(app)
    _manager.apply(choice)
    return _manager


def current() -> str:
    """The theme in effect (light when none was installed, e.g. in a bare test)."""
    return _manager.effective if _manager is not None else LIGHT


def tones_for(theme: str) -> Tones:
    """The extra colours of a theme (LIGHT, DARK or HIGH_CONTRAST)."""
    return _TONES[theme]


def tones() -> Tones:
    """The extra colours of the theme in effect."""
    return _TONES[current()]


def choose(choice: str) -> None:
    """The user's choice of theme (View → Theme, Preferences): remembered and applied at once."""
    settings.set_theme(choice)
    if _manager is not None:
        _manager.apply(settings.theme())


def banner_sheet(name: str, tone: str) -> str:
    """The style sheet of a bar above the tree (`name` its object name; tone "info" or "warning")."""
    t = tones()
    background, border, text = (
        (t.info_background, t.info_border, t.info_text)
        if tone == "info"
        else (t.warning_background, t.warning_border, t.warning_text)
    )
    return (
        f"#{name} {{ background: {background.name()}; border-bottom: 1px solid {border.name()}; }} "
        f"#{name} QLabel {{ color: {text.name()}; }}"
    )


def follow_banner(widget: QObject, name: str, tone: str) -> None:
    """Styles a bar now and again whenever the theme changes."""

    def restyle(_theme: str = "") -> None:
        widget.setStyleSheet(banner_sheet(name, tone))  # type: ignore[attr-defined]

    restyle()
    signals().changed.connect(restyle)
    widget.destroyed.connect(lambda *_: _disconnect(restyle))


def _disconnect(slot: object) -> None:
    with contextlib.suppress(RuntimeError, TypeError):  # already gone
        signals().changed.disconnect(slot)
