"""Preferences: who the user is in this workspace, and when a key result's last check-in counts as stale.

"Who are you?" is a per-user setting (QSettings, per workspace path: person ids belong to one workspace).
The staleness threshold is a workspace setting ("checkin_stale_days"), written directly rather than as an
undoable edit: it is a preference, not OKR content.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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
from okrdesk.ui.controller import Change, Controller
from okrdesk.ui.dialogs.common import ErrorLabel, plain_label
from okrdesk.ui.settings import (
    me_for,
    set_me,
    stale_days,
)


class PreferencesDialog(QDialog):
    """Edits the preferences; apply() (called by OK) stores them."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.workspace = controller.workspace
        self.setWindowTitle(self.tr("Preferences"))

        self.me_combo = QComboBox(self)
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
        me = me_for(self.workspace.path)
        self.me_combo.setCurrentIndex(max(self.me_combo.findData(me), 0) if me is not None else 0)

        self.stale_spin = QSpinBox(self)
        self.stale_spin.setAccessibleName(self.tr("Check-ins are stale after (days)"))
        self.stale_spin.setRange(STALE_DAYS_MIN, STALE_DAYS_MAX)
        self.stale_spin.valueChanged.connect(self._update_suffix)
        self.stale_spin.setValue(stale_days(self.workspace))
        if self.workspace.read_only:  # a workspace setting; who "me" is stays the user's own choice
            self.stale_spin.setEnabled(False)
            self.stale_spin.setToolTip(self.tr("The workspace is open read-only."))
        self._update_suffix(self.stale_spin.value())

        me_hint = plain_label(
            self.tr("Used as the author of your check-ins and to show your objectives first."),
            self,
            wrap=True,
        )
        stale_hint = plain_label(
            self.tr("A key result without a check-in for this long is marked as needing an update."),
            self,
            wrap=True,
        )
        for hint in (me_hint, stale_hint):
            hint.setEnabled(False)  # the dimmed look of secondary text

        form = QFormLayout()
        form.addRow(self.tr("&Who are you?"), self.me_combo)
        form.addRow("", me_hint)
        form.addRow(self.tr("Check-ins are &stale after:"), self.stale_spin)
        form.addRow("", stale_hint)
        self.error_label = ErrorLabel(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def _update_suffix(self, days: int) -> None:
        self.stale_spin.setSuffix(self.tr(" day") if days == 1 else self.tr(" days"))

    def apply(self) -> bool:
        """Stores the preferences; False (with the reason shown) when the workspace refused the write."""
        person = self.me_combo.currentData()
        set_me(self.workspace.path, None if person is None else int(person))
        days = self.stale_spin.value()
        if days != stale_days(self.workspace):
            try:
                self.workspace.set_setting(STALE_DAYS_SETTING, str(days))
            except OkrdeskError as exc:
                self.error_label.show_message(str(exc))
                return False
            self.controller.report(Change(reload=True, extra={"preferences": True}))
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
