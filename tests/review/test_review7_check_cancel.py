"""Review of issue 7: closing a workspace stops its background quick_check. A stopped check has no verdict
(BackgroundCheck: problems is None "when there was no verdict (the disk failed, or cancel())"); it must not
read as damage."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from okrdesk.services.workspace import Workspace
from okrdesk.store import connection as store_connection


def test_a_check_stopped_by_closing_has_no_verdict(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "team.okr"
    Workspace.create(path, sample=True).close()
    started = threading.Event()
    defensive = store_connection.apply_defensive_pragmas

    def slow_in_the_check_thread(conn: sqlite3.Connection) -> None:
        defensive(conn)

        def crawl() -> int:  # the check of a large file on a slow disk: still running when closed
            if threading.current_thread().name == "okrdesk-file-check":
                started.set()
                time.sleep(0.002)
            return 0

        conn.set_progress_handler(crawl, 200)

    monkeypatch.setattr(store_connection, "apply_defensive_pragmas", slow_in_the_check_thread)
    workspace = Workspace.open(path, integrity="background")
    check = workspace.check
    assert check is not None and started.wait(10)
    workspace.close()  # stops the check
    assert check.done
    assert check.problems is None, f"a stopped check reads as damage: {check.problems}"
