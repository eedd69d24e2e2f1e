"""The read-only retrospective view: what a reader sees (literal user text, verdicts, bands in words,
lineage of carried key results), its buttons, and how it follows edits and vanishing data."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from okrdesk.domain.model import CarryDecision, KeyResult, key_result_ref
from okrdesk.domain.progress import key_result_progress, suggested_score
from okrdesk.domain.retro import ScoreEntry
from okrdesk.services.retro import (
    CarryOver,
    Reflection,
    Retrospective,
    finish_retrospective,
    with_new_ids,
)
from okrdesk.services.workspace import Workspace
from okrdesk.ui.controller import Change, Controller
from okrdesk.ui.retro_view import RetrospectiveView

HOSTILE = "<b>x</b> <img src=x> =1+1 مرحبا 🎉"
TODAY = date(2026, 11, 21)


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.create(tmp_path / "s.okr", sample=True, today=TODAY)
    workspace.add_cycle("2026 Dec", date(2026, 12, 1), date(2026, 12, 31))
    yield workspace
    workspace.close()


@pytest.fixture
def ctl(ws: Workspace) -> Controller:
    return Controller(ws)


def q4(ws: Workspace) -> int:
    return ws.cycle_by_name("2026 Q4").id


def open_increases(ws: Workspace) -> list[KeyResult]:
    """Q4's increase key results that have not reached their target (they can be carried over)."""
    tree = ws.cycle_tree(q4(ws))
    mine = {o.id for o in tree.objectives if o.cycle_id == tree.cycle.id}
    return [
        kr
        for kr in tree.key_results
        if kr.objective_id in mine and kr.kr_type == "increase" and kr.current < kr.target
    ]


def suggested(kr: KeyResult) -> float:
    return suggested_score(key_result_progress(kr))


def other_score(kr: KeyResult) -> float:
    return 1.0 if suggested(kr) < 0.5 else 0.0


def draft(ws: Workspace, *, summary: str = HOSTILE) -> Retrospective:
    """An override with a hostile reason, a two-line reflection, and one carry-over of each kind."""
    overridden, as_is, changed, dropped = open_increases(ws)[:4]
    dec = ws.cycle_by_name("2026 Dec").id
    return Retrospective(
        cycle_id=q4(ws),
        scores=(ScoreEntry(overridden.id, suggested(overridden), other_score(overridden), HOSTILE),),
        reflections=(Reflection(overridden.objective_id, "line one\nline two", HOSTILE, ""),),
        carry_overs=(
            CarryOver(as_is.id, CarryDecision.CARRY, dec),
            CarryOver(
                changed.id, CarryDecision.CARRY_CHANGED, dec, title="Bigger", target=changed.target + 5
            ),
            CarryOver(dropped.id, CarryDecision.DROP),
        ),
        summary=summary,
    )


@pytest.fixture
def finished(ws: Workspace, tmp_path: Path) -> Retrospective:
    return finish_retrospective(ws, draft(ws), backup_dir=tmp_path / "bk")


def open_view(qtbot: QtBot, ctl: Controller, cycle_id: int) -> RetrospectiveView:
    view = RetrospectiveView(ctl, cycle_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def fragments(document: QTextDocument) -> list[tuple[str, bool, bool]]:
    """Every run of text in the document: (text, bold, is an image)."""
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            char = fragment.charFormat()
            found.append((fragment.text(), char.font().bold(), char.isImageFormat()))
            it += 1
        block = block.next()
    return found


def shown(view: RetrospectiveView) -> str:
    """The text the view shows, runs of spaces as one (the score badges are padded)."""
    return re.sub(" +", " ", view.browser.toPlainText())


def test_user_text_shows_literally_without_markup(
    qtbot: QtBot, ws: Workspace, ctl: Controller, finished: Retrospective
) -> None:
    view = open_view(qtbot, ctl, q4(ws))
    text, markup = shown(view), view.browser.toHtml()
    assert "overridden: " + HOSTILE in text
    assert text.count(HOSTILE) == 3  # the reason, the challenges, the summary
    assert "&lt;b&gt;x&lt;/b&gt; &lt;img src=x&gt;" in markup
    assert "<img" not in markup
    pieces = fragments(view.browser.document())
    assert not any(image for _, _, image in pieces)
    assert not any(bold and text.strip() == "x" for text, bold, _ in pieces)  # the <b> stayed text
    assert any(HOSTILE in text and not bold for text, bold, _ in pieces)
    # Line breaks of a reflection are kept (in the view and in the copied text).
    assert "line one\nline two" in text.replace("\u2028", "\n")
    assert "line one\n    line two" in view.plain_text()


def test_sections_verdicts_and_bands_in_words(
    qtbot: QtBot, ws: Workspace, ctl: Controller, finished: Retrospective
) -> None:
    view = open_view(qtbot, ctl, q4(ws))
    text = shown(view)
    assert view.windowTitle() == "Retrospective of 2026 Q4"
    assert "Oct 1 – Dec 31, 2026 · closed · finished" in text
    committed = text.index("Committed objectives (expected to reach 1.0)")
    aspirational = text.index("Aspirational objectives (expected to reach 0.7)")
    assert committed < text.index("verdict: missed a commitment") < aspirational
    assert "verdict: commitment met" in text[committed:aspirational]
    assert "expected 0.7 · verdict: fell short" in text[aspirational:]
    # The overridden key result: suggested → final, the band said in words as well as in colour.
    kr = next(ws.key_result(e.key_result_id) for e in finished.scores if e.reason == HOSTILE)
    words = "green · delivered" if other_score(kr) == 1.0 else "red · no real progress"
    assert f"{kr.ref} {kr.title}" in text
    assert f"suggested {suggested(kr):.1f} → final {other_score(kr):.1f} {words}" in text
    assert "background-color:#" in view.browser.toHtml()
    for figure in (
        "Mean score: 0.",
        "Mean score by team:",
        "Key results scored 0.7 or more: ",
        "Check-in discipline: ",
    ):
        assert figure in text
    assert "Summary" in text and "Development needs" not in text  # empty sections stay out


def test_carry_over_lines_name_the_new_key_results(
    qtbot: QtBot, ws: Workspace, ctl: Controller, finished: Retrospective
) -> None:
    view = open_view(qtbot, ctl, q4(ws))
    text = shown(view)
    as_is, changed, dropped = finished.carry_overs
    assert as_is.new_key_result_id is not None and changed.new_key_result_id is not None
    new_ref, changed_ref = key_result_ref(as_is.new_key_result_id), key_result_ref(changed.new_key_result_id)
    old = ws.key_result(as_is.key_result_id)
    assert f"{old.ref} {old.title} → {new_ref} in 2026 Dec, as is" in text
    assert f"→ {changed_ref} in 2026 Dec, with changes: now Bigger (from " in text
    assert (
        f"{key_result_ref(dropped.key_result_id)} {ws.key_result(dropped.key_result_id).title}: dropped"
        in text
    )


def test_edit_asks_for_the_wizard_with_the_cycle_id(
    qtbot: QtBot, ws: Workspace, ctl: Controller, finished: Retrospective
) -> None:
    view = open_view(qtbot, ctl, q4(ws))
    with qtbot.waitSignal(view.edit_requested, check_params_cb=lambda cycle_id: cycle_id == q4(ws)):
        qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)


def test_copy_as_text_puts_the_plain_report_on_the_clipboard(
    qtbot: QtBot, ws: Workspace, ctl: Controller, finished: Retrospective
) -> None:
    view = open_view(qtbot, ctl, q4(ws))
    QApplication.clipboard().clear()
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert copied.startswith("Retrospective of 2026 Q4\n========================\n")
    assert "overridden: " + HOSTILE in copied
    assert "Committed objectives" in copied and "Aspirational objectives" in copied
    assert "<span" not in copied and "&lt;" not in copied


def test_follows_edits_made_elsewhere(
    qtbot: QtBot, ws: Workspace, ctl: Controller, finished: Retrospective, tmp_path: Path
) -> None:
    cycle_id = q4(ws)
    view = open_view(qtbot, ctl, cycle_id)
    objective_id = finished.reflections[0].objective_id
    finish_retrospective(
        ws, with_new_ids(draft(ws, summary="Second thoughts"), finished), backup_dir=tmp_path
    )
    ws.update_objective(objective_id, title="Renamed objective")
    ws.update_cycle(cycle_id, name="Autumn")
    assert "Second thoughts" not in shown(view)  # the view follows the signal, not the file
    ctl.changed.emit(Change(reload=True))
    text = shown(view)
    assert "Second thoughts" in text and "Summary\n" + HOSTILE not in text
    assert "Renamed objective" in text
    assert view.windowTitle() == "Retrospective of Autumn"


def test_a_missing_retrospective_or_cycle_gives_a_message(
    qtbot: QtBot, ws: Workspace, ctl: Controller, finished: Retrospective
) -> None:
    empty = ws.add_cycle("2027 Jan", date(2027, 1, 1), date(2027, 1, 31))
    view = open_view(qtbot, ctl, empty.id)
    assert shown(view) == "2027 Jan has no stored retrospective."
    assert view.document is None and view.edit_button.isEnabled()

    ws.delete_cycle(empty.id)
    ctl.changed.emit(Change(cycles=True))
    assert "This cycle no longer exists" in shown(view)
    assert not view.edit_button.isEnabled()
    assert view.plain_text().startswith("This cycle no longer exists")


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen cannot raise a window
def test_show_for_shows_one_view_per_cycle_and_escape_closes_it(
    qtbot: QtBot, ws: Workspace, ctl: Controller, finished: Retrospective
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    view = RetrospectiveView.show_for(parent, ctl, q4(ws))
    qtbot.waitExposed(view)
    assert view.isVisible() and "Headline figures" in shown(view)
    assert RetrospectiveView.show_for(parent, ctl, q4(ws)) is view
    with qtbot.waitSignal(view.destroyed):  # closed and gone: no hidden listener left behind
        qtbot.keyClick(view.browser, Qt.Key.Key_Escape)
