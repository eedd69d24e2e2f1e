"""File → Export…: what to export (PDF review pack, Markdown, CSV of key results, check-in log), for which
cycle and scope, with which options, and where; it shows what the file will hold (the PDF's expected page
count) before anything is written. The choices are remembered for next time, the folder included.

The dialog only asks; ui/exports.py writes the file (with a progress dialog and Cancel).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.model import Owner, OwnerKind
from okrdesk.services.errors import OkrdeskError
from okrdesk.services.review import ReviewPack, ReviewScope, review_pack
from okrdesk.services.workspace import Workspace
from okrdesk.ui.dialogs.common import plural
from okrdesk.ui.messages import text as message_text
from okrdesk.ui.settings import app_settings

PDF, MARKDOWN, CSV, CHECKINS = "pdf", "md", "csv", "checkins-csv"
FORMATS = {
    # label and file-dialog filter, translated where shown
    PDF: (
        QT_TRANSLATE_NOOP("ExportDialog", "PDF review pack"),
        ".pdf",
        QT_TRANSLATE_NOOP("ExportDialog", "PDF files (*.pdf)"),
    ),
    MARKDOWN: (
        QT_TRANSLATE_NOOP("ExportDialog", "Markdown, for wikis and keeping"),
        ".md",
        QT_TRANSLATE_NOOP("ExportDialog", "Markdown files (*.md)"),
    ),
    CSV: (
        QT_TRANSLATE_NOOP("ExportDialog", "CSV of key results (imports back)"),
        ".csv",
        QT_TRANSLATE_NOOP("ExportDialog", "CSV files (*.csv)"),
    ),
    CHECKINS: (
        QT_TRANSLATE_NOOP("ExportDialog", "CSV check-in log"),
        ".csv",
        QT_TRANSLATE_NOOP("ExportDialog", "CSV files (*.csv)"),
    ),
}
NOTES = (
    (QT_TRANSLATE_NOOP("ExportDialog", "the latest note"), 1),
    (QT_TRANSLATE_NOOP("ExportDialog", "the latest 3 notes"), 3),
    (QT_TRANSLATE_NOOP("ExportDialog", "all notes"), None),
)
ALL_CYCLES = -1
EXPORT_SUFFIXES = {suffix for _label, suffix, _filter in FORMATS.values()} | {".markdown"}
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True)
class ExportRequest:
    """What the user asked for. cycle_name None: every cycle (CSV only). pack: computed for the preview."""

    kind: str
    cycle_name: str | None
    scope: ReviewScope
    target: Path
    page_size: str = "A4"
    notes: int | None = 3
    open_when_done: bool = False
    pack: ReviewPack | None = None


def default_folder() -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def safe_file_name(text: str) -> str:
    """A file name from user text: no path separators or characters Windows refuses, not too long."""
    return _UNSAFE.sub(" ", text).strip(" .")[:120] or "export"


class ExportDialog(QDialog):
    def __init__(self, workspace: Workspace, cycle_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Export"))
        self._pack_key: tuple[object, ...] | None = None
        self._pack: ReviewPack | None = None
        self._pages: dict[tuple[object, ...], int] = {}  # page counts of the current pack, by options
        self._named_by_user = False
        self._build(cycle_id)
        self._restore()
        self._preview_timer = QTimer(self, singleShot=True, interval=0)
        self._preview_timer.timeout.connect(self._update_preview)
        for signal in (
            self.format_group.idToggled,
            self.cycle_combo.currentIndexChanged,
            self.scope_combo.currentIndexChanged,
            self.page_combo.currentIndexChanged,
            self.notes_combo.currentIndexChanged,
        ):
            signal.connect(self._changed)
        self.path_edit.textEdited.connect(self._path_edited)
        self._changed()

    # ---- building -------------------------------------------------------------------------------------

    def _build(self, cycle_id: int | None) -> None:
        form = QFormLayout()
        formats = QVBoxLayout()
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        for number, (kind, (label, _suffix, _filter)) in enumerate(FORMATS.items()):
            button = QRadioButton(self.tr(label))
            self.format_group.addButton(button, number)
            self.format_buttons[kind] = button
            formats.addWidget(button)
        form.addRow(self.tr("Format:"), formats)

        self.cycle_combo = QComboBox()
        self.cycle_combo.setAccessibleName(self.tr("Cycle"))
        for cycle in self.workspace.cycles():
            self.cycle_combo.addItem(cycle.name, cycle.id)
        if cycle_id is not None and self.cycle_combo.findData(cycle_id) >= 0:
            self.cycle_combo.setCurrentIndex(self.cycle_combo.findData(cycle_id))
        self._first_cycle = self.cycle_combo.currentData()
        form.addRow(self.tr("&Cycle:"), self.cycle_combo)

        self.scope_combo = QComboBox()
        self.scope_combo.setAccessibleName(self.tr("Whose OKRs"))
        self._fill_scopes()
        form.addRow(self.tr("&Whose OKRs:"), self.scope_combo)

        self.page_combo = QComboBox()
        self.page_combo.addItem(self.tr("A4"), "A4")
        self.page_combo.addItem(self.tr("US Letter"), "Letter")
        self.page_label = QLabel(self.tr("&Paper:"))
        self.page_label.setBuddy(self.page_combo)
        form.addRow(self.page_label, self.page_combo)

        self.notes_combo = QComboBox()
        for label, count in NOTES:
            self.notes_combo.addItem(self.tr(label), count)
        self.notes_label = QLabel(self.tr("Check-in &notes:"))
        self.notes_label.setBuddy(self.notes_combo)
        form.addRow(self.notes_label, self.notes_combo)

        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("What the file will hold"))
        form.addRow(self.tr("Contents:"), self.preview)

        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File to write"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAutoDefault(False)  # Enter exports, wherever the focus is
        self.browse_button.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        path_label = QLabel(self.tr("&Save to:"))
        path_label.setBuddy(self.path_edit)
        form.addRow(path_label, row)

        self.open_check = QCheckBox(self.tr("&Open the file when done"))
        form.addRow("", self.open_check)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        for button in self.buttons.buttons():  # Enter exports wherever the focus is; Esc cancels
            button.setAutoDefault(button is self.export_button)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.export_button.setDefault(True)  # the button box picks its own default when shown

    def _fill_scopes(self) -> None:
        self.scope_combo.addItem(self.tr("Everyone (whole workspace)"), None)
        owners = self.workspace.owners()
        teams = sorted((o for o in owners if o.kind == OwnerKind.TEAM), key=lambda o: o.name.casefold())
        people = sorted((o for o in owners if o.kind == OwnerKind.PERSON), key=lambda o: o.name.casefold())
        for owner in teams:
            self.scope_combo.addItem(self.tr("Team: {name}").format(name=owner.name), owner.id)
        for owner in people:
            self.scope_combo.addItem(self.tr("1:1 with {name}").format(name=owner.name), owner.id)
        self._owners: dict[int, Owner] = {o.id: o for o in owners}

    # ---- state ----------------------------------------------------------------------------------------

    def kind(self) -> str:
        return list(FORMATS)[max(self.format_group.checkedId(), 0)]

    def scope(self) -> ReviewScope:
        owner_id = self.scope_combo.currentData()
        return ReviewScope(self._owners.get(owner_id) if owner_id is not None else None)

    def cycle_name(self) -> str | None:
        if self.cycle_combo.currentData() == ALL_CYCLES or self.cycle_combo.count() == 0:
            return None
        return self.cycle_combo.currentText()

    def target(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def request(self) -> ExportRequest:
        return ExportRequest(
            kind=self.kind(),
            cycle_name=self.cycle_name(),
            scope=self.scope(),
            target=self._with_suffix(self.target()),
            page_size=str(self.page_combo.currentData()),
            notes=self.notes_combo.currentData(),
            open_when_done=self.open_check.isChecked(),
            pack=self._pack if self.kind() in (PDF, MARKDOWN) else None,
        )

    def _with_suffix(self, path: Path) -> Path:
        """The path with the format's suffix: an export suffix is replaced ("r.md" → "r.pdf"), any other
        part of the name kept ("2026.Q4" → "2026.Q4.pdf")."""
        suffix = FORMATS[self.kind()][1]
        if path.suffix.lower() == suffix:
            return path
        if path.suffix.lower() in EXPORT_SUFFIXES:
            return path.with_suffix(suffix)
        return path.with_name(path.name + suffix)

    def _restore(self) -> None:
        settings = app_settings()
        kind = str(settings.value("export/format", PDF))
        self.format_buttons.get(kind, self.format_buttons[PDF]).setChecked(True)
        page = str(settings.value("export/page_size", _locale_page_size()))
        self.page_combo.setCurrentIndex(max(self.page_combo.findData(page), 0))
        notes = str(settings.value("export/notes", "3"))
        self.notes_combo.setCurrentIndex(
            max(self.notes_combo.findData(None if notes == "all" else int(notes)), 0)
        )
        self.open_check.setChecked(str(settings.value("export/open_when_done", "false")) == "true")
        self._folder = str(settings.value("export/last_folder", default_folder()))
        if not Path(self._folder).is_dir():
            self._folder = default_folder()

    def remember(self) -> None:
        """Keeps the choices (and the folder written to) for the next export."""
        settings = app_settings()
        request = self.request()
        settings.setValue("export/format", request.kind)
        settings.setValue("export/page_size", request.page_size)
        settings.setValue("export/notes", "all" if request.notes is None else str(request.notes))
        settings.setValue("export/open_when_done", "true" if request.open_when_done else "false")
        settings.setValue("export/last_folder", str(request.target.parent))

    # ---- reacting -------------------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        kind = self.kind()
        csv_kind = kind in (CSV, CHECKINS)
        self._set_all_cycles(csv_kind)
        for widget in (self.page_label, self.page_combo):
            widget.setVisible(kind == PDF)
        for widget in (self.notes_label, self.notes_combo):
            widget.setVisible(kind in (PDF, MARKDOWN))
        if not self._named_by_user:
            self.path_edit.setText(str(Path(self._folder) / self._suggested_name()))
        else:
            self.path_edit.setText(str(self._with_suffix(self.target())))
        self.preview.setText(self.tr("Counting…"))
        self._preview_timer.start()

    def _set_all_cycles(self, wanted: bool) -> None:
        index = self.cycle_combo.findData(ALL_CYCLES)
        if wanted and index < 0:
            self.cycle_combo.blockSignals(True)
            self.cycle_combo.addItem(self.tr("All cycles"), ALL_CYCLES)
            self.cycle_combo.blockSignals(False)
        elif not wanted and index >= 0:
            chosen = self.cycle_combo.currentIndex() == index
            self.cycle_combo.blockSignals(True)
            self.cycle_combo.removeItem(index)
            if chosen:  # back to the cycle the dialog opened on, not whichever is last
                self.cycle_combo.setCurrentIndex(max(self.cycle_combo.findData(self._first_cycle), 0))
            self.cycle_combo.blockSignals(False)

    def _suggested_name(self) -> str:
        cycle = self.cycle_name() or self.tr("all cycles")
        scope = self.scope()
        parts = [self.workspace.path.stem, cycle]
        if scope.owner is not None:
            parts.append(scope.owner.name)
        if self.kind() == CHECKINS:
            parts.append(self.tr("check-ins"))
        elif self.kind() in (PDF, MARKDOWN):
            parts.append(self.tr("review"))
        return safe_file_name(" ".join(parts)) + FORMATS[self.kind()][1]

    def _path_edited(self, _text: str) -> None:
        self._named_by_user = True

    def _pack_of(self, name: str, scope: ReviewScope) -> ReviewPack:
        """The review pack of a cycle and scope (the last one is kept while they stay the same)."""
        key = (name, scope.owner.id if scope.owner else None)
        if key != self._pack_key or self._pack is None:
            self._pack = review_pack(self.workspace, name, scope)
            self._pack_key = key
            self._pages.clear()
        return self._pack

    def current_pack(self) -> ReviewPack | None:
        name = self.cycle_name()
        return None if name is None else self._pack_of(name, self.scope())

    def _update_preview(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a large cycle takes a moment to count
        try:
            self.preview.setText(self._preview_text())
        except OkrdeskError as exc:
            self.preview.setText(message_text(exc))
        finally:
            QApplication.restoreOverrideCursor()
        self.export_button.setEnabled(self.cycle_combo.count() > 0)

    def _preview_text(self) -> str:
        kind = self.kind()
        if kind in (CSV, CHECKINS):
            return self._csv_preview(kind)
        pack = self.current_pack()
        if pack is None:
            return self.tr("Choose a cycle.")
        counts = ", ".join(
            (
                plural(len(pack.objectives), self.tr("%n objective"), self.tr("%n objectives")),
                plural(len(pack.key_results), self.tr("%n key result"), self.tr("%n key results")),
            )
        )
        if kind == MARKDOWN:
            return counts
        from okrdesk.export.pdf import estimate_pages

        key = (self.page_combo.currentData(), self.notes_combo.currentData())
        pages = self._pages.get(key)
        if pages is None:
            pages = estimate_pages(pack, page_size=key[0], notes=key[1])
            self._pages[key] = pages
        return self.tr("About {pages} · {counts}").format(
            pages=plural(pages, self.tr("%n page"), self.tr("%n pages")), counts=counts
        )

    def _csv_preview(self, kind: str) -> str:
        name, scope = self.cycle_name(), self.scope()
        if name is None and scope.owner is None:
            counts = self.workspace.counts()
            check_ins = counts["check_ins"]
            rows = counts["key_results"] + self.workspace.objectives_without_key_results()
        else:
            names = [name] if name is not None else [c.name for c in self.workspace.cycles()]
            packs = [self._pack_of(n, scope) for n in names]
            rows = sum(max(len(o.key_results), 1) for p in packs for o in p.objectives)
            check_ins = sum(len(kr.check_ins) for p in packs for kr in p.key_results)
        if kind == CSV:
            return self.tr("{rows}, one per key result").format(
                rows=plural(rows, self.tr("%n row"), self.tr("%n rows"))
            )
        return self.tr("{count}, one row each").format(
            count=plural(check_ins, self.tr("%n check-in"), self.tr("%n check-ins"))
        )

    # ---- choosing the file --------------------------------------------------------------------------

    def choose_path(self, suggested: str, file_filter: str) -> str:
        """Asks where to save (tests replace this)."""
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), suggested, file_filter)
        return name

    def _browse(self) -> None:
        name = self.choose_path(str(self.target()), self.tr(FORMATS[self.kind()][2]))
        if name:
            self._named_by_user = True
            self.path_edit.setText(str(self._with_suffix(Path(name))))
            self._confirmed_replace = self._with_suffix(Path(name))  # the file dialog asked already

    def confirm_replace(self, target: Path) -> bool:
        """Asks before replacing an existing file (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            self.tr("{name} already exists in {folder}. Replace it?").format(
                name=target.name, folder=target.parent
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def accept(self) -> None:
        target = self.request().target
        if not self.path_edit.text().strip():
            self.path_edit.setFocus()
            return
        asked = getattr(self, "_confirmed_replace", None) == target
        if target.is_file() and not asked and not self.confirm_replace(target):
            return
        self.remember()
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, workspace: Workspace, cycle_id: int | None) -> ExportRequest | None:
        dialog = cls(workspace, cycle_id, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.request()
        finally:
            dialog.deleteLater()


def _locale_page_size() -> str:
    """Letter where it is the norm (the US, Canada and a few more), A4 elsewhere."""
    from PySide6.QtCore import QLocale

    letter = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico}
    letter |= {QLocale.Country.Philippines, QLocale.Country.Chile, QLocale.Country.Colombia}
    return "Letter" if QLocale.system().territory() in letter else "A4"
