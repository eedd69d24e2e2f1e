"""Preferences: who the user is, the workspace to open, staleness, language, theme, presentation defaults.

Everything here except staleness is a per-user setting (QSettings, ui/settings.py); person ids belong to one
workspace, so "me" is kept per workspace path. The staleness threshold is a workspace setting
("checkin_stale_days"), written directly rather than as an undoable edit: a preference, not OKR content.
The theme takes effect at once; the language when okrdesk starts next (each window is built in one language).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.model import OwnerKind
from okrdesk.services.errors import OkrdeskError
from okrdesk.services.workspace import (
    DEFAULT_STALE_DAYS,
    STALE_DAYS_MAX,
    STALE_DAYS_MIN,
    STALE_DAYS_SETTING,
)
from okrdesk.ui import settings
from okrdesk.ui.controller import Change, Controller
from okrdesk.ui.dialogs.common import ErrorLabel, plain_label
from okrdesk.ui.i18n import system_language
from okrdesk.ui.messages import text as message_text


def _hint(text: str, parent: QWidget) -> QLabel:
    label = plain_label(text, parent, wrap=True)
    label.setEnabled(False)  # the dimmed look of secondary text
    return label


class PreferencesDialog(QDialog):
    """Edits the preferences; apply() (called by OK) stores them."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.workspace = controller.workspace
        self.setWindowTitle(self.tr("Preferences"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._you_group())
        layout.addWidget(self._workspace_group())
        layout.addWidget(self._look_group())
        layout.addWidget(self._presentation_group())
        self.error_label = ErrorLabel(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

    # ---- sections ----------------------------------------------------------------------------------------

    def _you_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("You"), self)
        self.me_combo = QComboBox(group)
        self.me_combo.setAccessibleName(self.tr("Who are you?"))
        self.me_combo.addItem(self.tr("Nobody chosen"), None)
        owners = self.workspace.owners()
        teams = {o.id: o.name for o in owners if o.kind == OwnerKind.TEAM}
        for person in sorted(
            (o for o in owners if o.kind == OwnerKind.PERSON), key=lambda o: o.name.casefold()
        ):
            team = teams.get(person.parent_id) if person.parent_id is not None else None
            label = self.tr("{name} ({team})").format(name=person.name, team=team) if team else person.name
            self.me_combo.addItem(label, person.id)
        me = settings.me_for(self.workspace.path)
        self.me_combo.setCurrentIndex(max(self.me_combo.findData(me), 0) if me is not None else 0)
        form = QFormLayout(group)
        form.addRow(self.tr("&Who are you?"), self.me_combo)
        form.addRow(
            "",
            _hint(self.tr("Used as the author of your check-ins and to show your objectives first."), group),
        )
        return group

    def _workspace_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Workspaces"), self)
        self.stale_spin = QSpinBox(group)
        self.stale_spin.setAccessibleName(self.tr("Check-ins are stale after (days)"))
        self.stale_spin.setRange(STALE_DAYS_MIN, STALE_DAYS_MAX)
        self.stale_spin.valueChanged.connect(self._update_suffix)
        self.stale_spin.setValue(settings.stale_days(self.workspace))
        if self.workspace.read_only:  # a workspace setting; who "me" is stays the user's own choice
            self.stale_spin.setEnabled(False)
            self.stale_spin.setToolTip(self.tr("The workspace is open read-only."))
        self._update_suffix(self.stale_spin.value())

        self.default_edit = QLineEdit(group)
        self.default_edit.setAccessibleName(self.tr("Workspace to open at start"))
        self.default_edit.setPlaceholderText(self.tr("okrdesk's own workspace"))
        self.default_edit.setClearButtonEnabled(True)
        chosen = settings.default_workspace_choice()
        self.default_edit.setText(str(chosen) if chosen is not None else "")
        browse = QPushButton(self.tr("&Browse…"), group)
        browse.setAccessibleName(self.tr("Choose the workspace to open at start"))
        browse.clicked.connect(self._browse_default)
        current = QPushButton(self.tr("Use &this one"), group)
        current.setAccessibleName(self.tr("Open this workspace at start"))
        current.clicked.connect(lambda: self.default_edit.setText(str(self.workspace.path)))
        row = QHBoxLayout()
        row.addWidget(self.default_edit, 1)
        row.addWidget(browse)
        row.addWidget(current)

        form = QFormLayout(group)
        form.addRow(self.tr("Check-ins are &stale after:"), self.stale_spin)
        form.addRow(
            "",
            _hint(
                self.tr(
                    "A key result without a check-in for this long is marked as needing an update "
                    "(kept in this workspace, for everyone who opens it)."
                ),
                group,
            ),
        )
        open_label = QLabel(self.tr("&Open at start:"), group)
        open_label.setBuddy(self.default_edit)
        form.addRow(open_label, row)
        form.addRow(
            "",
            _hint(self.tr("Leave empty to open okrdesk's own workspace in your data folder."), group),
        )
        return group

    def _look_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Language and look"), self)
        self.language_combo = QComboBox(group)
        self.language_combo.setAccessibleName(self.tr("Language"))
        names = {"en": "English", "de": "Deutsch"}  # each language in its own words, in every language
        self.language_combo.addItem(
            self.tr("Follow the system ({language})").format(language=names[system_language()]), "system"
        )
        for code, name in names.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language())))

        self.theme_combo = QComboBox(group)
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        for choice, text in (
            ("system", self.tr("Follow the system (light or dark)")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
            ("high_contrast", self.tr("High contrast")),
        ):
            self.theme_combo.addItem(text, choice)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(settings.theme())))

        form = QFormLayout(group)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(
            "",
            _hint(
                self.tr("Dates and numbers follow it too. A new language shows when okrdesk starts next."),
                group,
            ),
        )
        form.addRow(self.tr("T&heme:"), self.theme_combo)
        return group

    def _presentation_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Presentation (F5)"), self)
        self.layout_combo = QComboBox(group)
        self.layout_combo.setAccessibleName(self.tr("Presentation starts with"))
        self.layout_combo.addItem(self.tr("One objective per slide"), "slides")
        self.layout_combo.addItem(self.tr("The whole alignment tree"), "tree")
        self.layout_combo.setCurrentIndex(max(0, self.layout_combo.findData(settings.presentation_layout())))
        self.minutes_spin = QSpinBox(group)
        self.minutes_spin.setAccessibleName(self.tr("Discussion time per objective (minutes)"))
        self.minutes_spin.setRange(settings.MINUTES_MIN, settings.MINUTES_MAX)
        self.minutes_spin.setValue(settings.presentation_minutes())
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.zoom_spin = QSpinBox(group)
        self.zoom_spin.setAccessibleName(self.tr("Type size in the presentation (percent)"))
        self.zoom_spin.setRange(round(settings.ZOOM_MIN * 100), round(settings.ZOOM_MAX * 100))
        self.zoom_spin.setSingleStep(round(settings.ZOOM_STEP * 100))
        self.zoom_spin.setSuffix(" %")
        self.zoom_spin.setValue(round(settings.presentation_zoom() * 100))
        form = QFormLayout(group)
        form.addRow(self.tr("Start &with:"), self.layout_combo)
        form.addRow(self.tr("&Timer per objective:"), self.minutes_spin)
        form.addRow(self.tr("Type si&ze:"), self.zoom_spin)
        form.addRow(
            "",
            _hint(self.tr("Ctrl + and Ctrl − change the type size while presenting; it is kept."), group),
        )
        return group

    # ---- behaviour ---------------------------------------------------------------------------------------

    def _update_suffix(self, days: int) -> None:
        self.stale_spin.setSuffix(self.tr(" day") if days == 1 else self.tr(" days"))

    def _browse_default(self) -> None:
        start = self.default_edit.text().strip() or str(self.workspace.path.parent)
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Workspace to open at start"), start, self.tr("okrdesk workspaces (*.okr)")
        )
        if path:
            self.default_edit.setText(path)

    def _default_choice(self) -> tuple[bool, Path | None]:
        """(valid, path): the workspace to open at start as typed; an empty field means okrdesk's own."""
        text = self.default_edit.text().strip()
        if not text:
            return True, None
        path = Path(text).expanduser()
        if not path.is_file():
            self.error_label.show_message(
                self.tr(
                    "There is no workspace at {path}. Choose an existing .okr file, or leave it empty."
                ).format(path=text)
            )
            self.default_edit.setFocus()
            return False, None
        return True, path

    def apply(self) -> bool:
        """Stores the preferences; False (with the reason shown) when something cannot be stored."""
        valid, default = self._default_choice()
        if not valid:
            return False
        days = self.stale_spin.value()
        if days != settings.stale_days(self.workspace):
            try:
                self.workspace.set_setting(STALE_DAYS_SETTING, str(days))
            except OkrdeskError as exc:
                self.error_label.show_message(message_text(exc))
                return False
            self.controller.report(Change(reload=True, extra={"preferences": True}))
        person = self.me_combo.currentData()
        settings.set_me(self.workspace.path, None if person is None else int(person))
        settings.set_default_workspace_choice(default)
        settings.set_language(str(self.language_combo.currentData()))
        settings.set_presentation_layout(str(self.layout_combo.currentData()))
        settings.set_presentation_minutes(self.minutes_spin.value())
        settings.set_presentation_zoom(self.zoom_spin.value() / 100)
        theme = str(self.theme_combo.currentData())
        if theme != settings.theme():
            from okrdesk.ui import themes

            themes.choose(theme)
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()

    @classmethod
    def ask(cls, controller: Controller, parent: QWidget | None = None) -> bool:
        """Shows the dialog; True when the preferences were saved."""
        dialog = cls(controller, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


__all__ = ["DEFAULT_STALE_DAYS", "PreferencesDialog"]
