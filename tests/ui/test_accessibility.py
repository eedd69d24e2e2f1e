"""Accessible and keyboard-operable: every control a screen reader lands on has a name, every menu opens with
Alt+letter, and the window's controls are reachable with Tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from okrdesk.ui.dialogs.preferences import PreferencesDialog
from okrdesk.ui.main_window import MainWindow

CONTROLS = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)


def _named(widget: QWidget, labelled: set[int]) -> bool:
    """A name a screen reader can say: its accessible name, its own text, or a label that is its buddy."""
    if widget.accessibleName().strip() or id(widget) in labelled:
        return True
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return bool(text.replace("&", "").strip()) or bool(widget.toolTip().strip())


def _unnamed_controls(root: QWidget) -> list[str]:
    labelled = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        parent = widget.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QAbstractItemView)):
            continue  # the inner editor of a spin box, combo box or view: the outer control has the name
        if not _named(widget, labelled):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_of_the_main_window_has_a_name(window: MainWindow) -> None:
    assert _unnamed_controls(window) == []


def test_every_control_of_the_preferences_has_a_name(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _unnamed_controls(dialog) == []


def test_every_menu_opens_with_alt_and_a_letter(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions() if action.menu() is not None]
    assert "&View" in titles and len(titles) >= 6
    letters = [title[title.index("&") + 1].lower() for title in titles if "&" in title]
    assert len(letters) == len(titles), titles  # every menu has a mnemonic
    assert len(set(letters)) == len(letters), titles  # and no two share one


def _menu_clashes(window: MainWindow) -> list[tuple[str, list[str]]]:
    clashes = []
    tops = [a.text() for a in window.menuBar().actions() if a.menu() is not None]
    top_letters = [t[t.index("&") + 1].lower() for t in tops if "&" in t]
    if len(set(top_letters)) != len(top_letters) or len(top_letters) != len(tops):
        clashes.append(("menu bar", tops))
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is None:
            continue
        letters = []
        for action in menu.actions():
            text = action.text()
            if action.isSeparator() or "&" not in text:
                continue
            letters.append(text[text.index("&") + 1].lower())
        if len(set(letters)) != len(letters):
            clashes.append((top.text(), [a.text() for a in menu.actions()]))
    return clashes


def test_menu_items_have_distinct_mnemonics(window: MainWindow) -> None:
    assert _menu_clashes(window) == []


def test_german_menus_have_distinct_mnemonics_too(qapp, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from PySide6.QtCore import QLocale

    from okrdesk.services.workspace import Workspace
    from okrdesk.ui import i18n

    i18n.install_language(qapp, "de")
    try:
        path = tmp_path / "team.okr"
        Workspace.create(path, sample=True, today=date(2026, 11, 21)).close()
        german = MainWindow(Workspace.open(path))
        qtbot.addWidget(german)
        assert german.menuBar().actions()[1].text() == "&Bearbeiten"
        assert _menu_clashes(german) == []
    finally:
        i18n.install_language(qapp, "en")
        QLocale.setDefault(QLocale.system())


def test_tab_reaches_the_toolbar_the_tree_and_the_detail_pane(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitActive(window)
    window.cycle_combo.setFocus()
    seen = []
    for _ in range(60):
        widget = window.focusWidget()
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert window.tree in seen
    assert window.search in seen
    assert any(window.detail.isAncestorOf(w) for w in seen if w is not None)
