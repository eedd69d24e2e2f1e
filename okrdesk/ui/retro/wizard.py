"""The cycle retrospective wizard: scope, score, reflect, calibrate, carry over, summary.

A facilitator runs it live in the meeting. Every page keeps its input in a RetroState, so Back never loses
anything; nothing is written until Finish, which hands the whole draft to the service (validate, back up,
one transaction, close the cycle) in accept(). Cancel writes nothing. Check-ins made from the first page are
ordinary check-ins (saved and undoable on their own), since they record facts rather than decisions.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from okrdesk.services.errors import OkrdeskError
from okrdesk.services.retro import Retrospective, finish_retrospective
from okrdesk.ui.controller import Change, Controller
from okrdesk.ui.messages import text as message_text
from okrdesk.ui.retro.calibrate_page import CalibratePage
from okrdesk.ui.retro.carry_page import CarryPage
from okrdesk.ui.retro.reflect_page import ReflectPage
from okrdesk.ui.retro.scope_page import ScopePage
from okrdesk.ui.retro.score_page import ScorePage
from okrdesk.ui.retro.state import RetroState
from okrdesk.ui.retro.summary_page import SummaryPage


class RetroWizard(QWizard):
    """Runs a cycle's retrospective; `stored` holds the stored result after Finish."""

    def __init__(
        self,
        controller: Controller,
        cycle_id: int,
        scope_owner_id: int | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.state = RetroState(controller.workspace, today or date.today())
        self.stored: Retrospective | None = None
        self.setWindowTitle(self.tr("Cycle retrospective"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.scope_page = ScopePage(self.state, controller, cycle_id, scope_owner_id)
        self.score_page = ScorePage(self.state)
        self.reflect_page = ReflectPage(self.state)
        self.calibrate_page = CalibratePage(self.state)
        self.carry_page = CarryPage(self.state)
        self.summary_page = SummaryPage(self.state)
        for page in (
            self.scope_page,
            self.score_page,
            self.reflect_page,
            self.calibrate_page,
            self.carry_page,
            self.summary_page,
        ):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish and save"))

    def sizeHint(self) -> QSize:
        return QSize(1180, 780)

    def accept(self) -> None:
        """Finish: store everything in one step (after a backup); on a refusal, say why and stay open."""
        try:
            stored = finish_retrospective(self.state.workspace, self.state.draft())
        except OkrdeskError as exc:
            QMessageBox.warning(
                self,
                self.tr("The retrospective was not saved"),
                self.tr("Nothing was changed:\n\n{reason}").format(reason=message_text(exc)),
            )
            return
        except Exception as exc:  # the transaction rolled back: say so rather than crash
            logging.getLogger(__name__).exception("finishing the retrospective failed")
            QMessageBox.warning(
                self,
                self.tr("The retrospective was not saved"),
                self.tr(
                    "Something unexpected went wrong, and nothing was changed in the workspace. "
                    "Your input is still here; try Finish again.\n\n({detail})"
                ).format(detail=f"{type(exc).__name__}: {exc}"),
            )
            return
        self.stored = stored
        # Earlier edits cannot be undone across a finished retrospective (its scores and carried key
        # results refer to them); the backup made just before is the way back.
        self.controller.undo_stack.clear()
        self.controller.report(Change(reload=True, cycles=True))
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        controller: Controller,
        cycle_id: int,
        scope_owner_id: int | None = None,
    ) -> Retrospective | None:
        """Runs the wizard; the stored retrospective after Finish, None after Cancel."""
        wizard = cls(controller, cycle_id, scope_owner_id, parent)
        screen = wizard.screen().availableGeometry()
        wizard.resize(min(1180, screen.width() - 40), min(780, screen.height() - 60))
        try:
            wizard.exec()
            return wizard.stored
        finally:
            wizard.deleteLater()
