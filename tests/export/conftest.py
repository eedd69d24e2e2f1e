"""What the export tests share: the sample workspace as made on 2026-11-21 (cycles 2026 and 2026 Q4)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from okrdesk.services.workspace import Workspace

TODAY = date(2026, 11, 21)


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create(tmp_path / "team.okr", sample=True, today=TODAY)
    yield ws
    ws.close()
