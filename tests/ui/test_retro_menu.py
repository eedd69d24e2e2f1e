"""The Review menu: the retrospective wizard for the shown cycle, and the stored retrospective's view."""

from __future__ import annotations

import pytest

from okrdesk.services.retro import Retrospective, finish_retrospective
from okrdesk.ui.main_window import MainWindow
from okrdesk.ui.retro_view import RetrospectiveView


def test_the_wizard_opens_on_the_shown_cycle_and_the_view_follows_a_finish(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from okrdesk.ui.retro.wizard import RetroWizard

    menu = window.retro_menu
    shown = window.model.cycle
    assert shown is not None
    assert menu.wizard_action.isEnabled() and menu.wizard_action.text() == f"Retrospective of {shown.name}…"
    assert not menu.view_action.isEnabled()  # nothing stored yet
    asked: list[int] = []

    def finish(parent, controller, cycle_id, scope_owner_id=None):  # what Finish does, without the pages
        asked.append(cycle_id)
        return finish_retrospective(controller.workspace, Retrospective(cycle_id=cycle_id))

    monkeypatch.setattr(RetroWizard, "ask", staticmethod(finish))
    menu.wizard_action.trigger()
    assert asked == [shown.id]
    assert menu.view_action.isEnabled()
    view = window.findChild(RetrospectiveView)
    assert view is not None and view.isVisible()
    assert f"Retrospective of {shown.name}" in view.windowTitle()
    view.edit_button.click()  # Edit reopens the wizard on the same cycle
    assert asked == [shown.id, shown.id]
