"""The Markdown export: what a reader of the wiki page sees once it is rendered (Qt's CommonMark reader
renders it back), that user text stays literal, and that the file is written whole or not at all."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument

from okrdesk.domain.retro import ScoreEntry
from okrdesk.export.markdown import markdown_text, write_markdown
from okrdesk.services.errors import WorkspaceError
from okrdesk.services.retro import Reflection, Retrospective, finish_retrospective
from okrdesk.services.review import review_pack, review_scope
from okrdesk.services.workspace import Workspace

TODAY = date(2026, 11, 21)
HOSTILE = [
    '<img src="http://example.invalid/x.png">',
    "**bold** and [a link](http://example.invalid) and ![pic](x.png)",
    "=1+2",
    "- not a list",
    "# not a heading",
    "a | pipe and `code` and &lt;entity&gt;",
    "مرحبا بالعالم",
    "🎯 emoji",
]


def rendered(markdown: str, qapp: object) -> QTextDocument:
    document = QTextDocument()
    document.setMarkdown(markdown)
    return document


def images_and_hidden_links(document: QTextDocument) -> list[str]:
    """Images, and links whose text is not their own address (a bare URL in the text may stay clickable,
    as wikis make it, but nothing may load or hide where it leads)."""
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                found.append(f"image {fmt.toImageFormat().name()}")
            elif fmt.isAnchor() and fmt.anchorHref().rstrip("/") not in (
                fragment.text().rstrip("/"),
                "http://" + fragment.text().rstrip("/"),
            ):
                found.append(f"link {fragment.text()} -> {fmt.anchorHref()}")
            it += 1
        block = block.next()
    return found


def test_the_sample_quarter_reads_as_a_review(sample: Workspace, qapp: object) -> None:
    pack = review_pack(sample, "2026 Q4", today=TODAY)
    text = rendered(markdown_text(pack, 3), qapp).toPlainText()

    assert "2026 Q4 · OKR review" in text
    assert "Scope: Whole workspace" in text
    counts = pack.status_counts()
    assert f"{len(pack.objectives)} objectives, {len(pack.key_results)} key results" in text
    assert f"{counts[next(iter(counts))]} on track" in text
    for o in pack.objectives:
        assert o.objective.title in text
        for kr in o.key_results:
            assert kr.key_result.title in text
    assert "Reduce monthly customer churn from 8% to 5%" in text
    assert "start 8 % → now 6.5 % → target 5 %" in text  # start → current → target with the unit
    assert "target at least 4.5 stars" in text and "now done" in text  # what the type means
    assert "Alignment" in text and "aligns to Become the outdoor brand customers come back to" in text


def test_notes_last_one_three_or_all(sample: Workspace, qapp: object) -> None:
    pack = review_pack(sample, "2026 Q4", today=TODAY)
    kr = max(pack.key_results, key=lambda k: len(k.latest_notes(None)))
    assert len(kr.latest_notes(None)) > 3

    def shown(notes: int | None) -> int:
        text = markdown_text(pack, notes)
        section = text.split(f"#### {kr.key_result.title}", 1)[1].split("####", 1)[0]
        return section.count("\n> ")

    assert (shown(1), shown(3), shown(None)) == (1, 3, len(kr.latest_notes(None)))


def test_user_text_stays_literal_when_rendered(tmp_path: Path, qapp: object) -> None:
    ws = Workspace.create(tmp_path / "h.okr", today=TODAY)
    cycle = ws.cycles()[0]
    long_title = "T" * 496 + " end"  # titles stop at 500 characters; descriptions and notes go further
    long_note = "N" * 9_996 + " end"
    objective = ws.add_objective(cycle.id, HOSTILE[0], description="\n".join(HOSTILE))
    ws.add_objective(cycle.id, long_title, description=long_note)
    krs = [ws.add_key_result(objective.id, title, start=0, target=10) for title in HOSTILE]
    ws.record_check_in(krs[0].id, 5, note="\n".join(HOSTILE), at=datetime(2026, 11, 20, 9, 0))
    ws.record_check_in(krs[1].id, 6, note=long_note, at=datetime(2026, 11, 20, 9, 0))
    pack = review_pack(ws, cycle.name, today=TODAY)
    markdown = markdown_text(pack, None)
    document = rendered(markdown, qapp)
    text = document.toPlainText()

    for hostile in HOSTILE:
        assert hostile in text, hostile
    assert long_title in text
    assert text.count(long_note) == 2  # the description and the note, whole
    assert images_and_hidden_links(document) == []
    # Nothing became a heading or list item of its own: those lines appear as written.
    assert "- not a list" in text and "# not a heading" in text
    ws.close()


def test_a_1_1_pack_holds_only_that_persons_key_results(sample: Workspace) -> None:
    pack = review_pack(sample, "2026 Q4", review_scope(sample, owner="grace mensah"), TODAY)
    text = markdown_text(pack, 1)
    assert "Scope: Grace Mensah" in text
    assert pack.key_results and all(kr.owner == "Grace Mensah" for kr in pack.key_results)
    others = [
        kr for kr in review_pack(sample, "2026 Q4", today=TODAY).key_results if kr.owner != "Grace Mensah"
    ]
    assert others and not any(f"#### {kr.key_result.title}\n" in text for kr in others)


def test_a_finished_retrospective_is_part_of_the_export(
    sample: Workspace, tmp_path: Path, qapp: object
) -> None:
    cycle = sample.cycle_by_name("2026 Q4")
    pack = review_pack(sample, cycle.name, today=TODAY)
    kr = pack.key_results[0]
    override = 0.0 if kr.progress > 0.5 else 1.0
    draft = Retrospective(
        cycle_id=cycle.id,
        scores=(ScoreEntry(kr.key_result.id, round(kr.progress, 1), override, "Launch slipped to January"),),
        reflections=(Reflection(kr.key_result.objective_id, "Clear owner", "Holidays", "Start in week 1"),),
        summary="A steady quarter.",
    )
    finish_retrospective(sample, draft, backup_dir=tmp_path / "backups")
    text = rendered(markdown_text(review_pack(sample, cycle.name, today=TODAY), 1), qapp).toPlainText()

    assert "Retrospective" in text
    assert "Launch slipped to January" in text
    assert "Clear owner" in text and "Holidays" in text and "Start in week 1" in text
    assert "A steady quarter." in text
    assert "Mean score:" in text and "Check-in discipline" in text


def test_written_whole_and_an_unwritable_target_keeps_the_old_file(sample: Workspace, tmp_path: Path) -> None:
    pack = review_pack(sample, "2026 Q4", today=TODAY)
    target = tmp_path / "review.md"
    write_markdown(pack, target, 3)
    assert target.read_text(encoding="utf-8") == markdown_text(pack, 3)

    with pytest.raises(WorkspaceError, match="that is a folder"):
        write_markdown(pack, tmp_path, 3)
    with pytest.raises(WorkspaceError, match="does not exist"):
        write_markdown(pack, tmp_path / "missing" / "r.md", 3)
    if os.geteuid() != 0:  # root may write anywhere
        target.write_text("old", encoding="utf-8")
        target.chmod(0o444)
        with pytest.raises(WorkspaceError, match="read-only"):
            write_markdown(pack, target, 3)
        assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("review.md.")] == []
