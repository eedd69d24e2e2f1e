"""Review 9 (command line, seen with the bundle over a terminal without a display): anything that is not a
command name is taken as a workspace for the desktop app, so `okrdesk team.okr` or a mistyped command
(`okrdesk lsit`... is caught, but `okrdesk bogus` is not) without a display ends in Qt's abort: five lines
("qt.qpa.xcb: could not connect to display", the misleading "From 6.5.0, xcb-cursor0 or libxcb-cursor0 is
needed to load the Qt xcb platform plugin", "Reinstalling the application may fix this problem", ...), then
SIGABRT (exit 134, a core dump where they are kept). The bundle and the source install behave the same. The
rest of the command line prints one line "okrdesk: ..." and exits 1.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland display variables")
def test_the_app_without_a_display_says_so_in_one_line(tmp_path: Path) -> None:
    hidden = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    env.update(PYTHONPATH=str(ROOT), HOME=str(tmp_path), OKRDESK_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-m", "okrdesk", str(tmp_path / "team.okr")],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CORE, (0, 0)),  # no core file today
    )
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("okrdesk: "), result.stderr
