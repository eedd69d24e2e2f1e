"""Review 9 (bundle): a program okrdesk starts for the user must not inherit the bundle's own library and
plugin paths.

PyInstaller's bootloader starts the bundled Python with LD_LIBRARY_PATH=<bundle>/_internal (seen in
/proc/<pid>/environ of the installed app), and the first run-time hook set QT_PLUGIN_PATH=<bundle>/…/plugins.
"Open the file when done" in the export dialog hands the PDF or CSV to the desktop (xdg-open), which starts
the user's PDF viewer or spreadsheet with that environment: it then loads okrdesk's libcrypto.so.3 (OpenSSL
3.0), libsqlite3, libstdc++ and Qt 6.11 libraries and plugins instead of its own. Seen with a stand-in
xdg-open on PATH: it received LD_LIBRARY_PATH=~/.local/share/okrdesk/app/_internal and the bundle's
QT_PLUGIN_PATH. PyInstaller documents this ("LD_LIBRARY_PATH / LIBPATH considerations"): restore the original
value (LD_LIBRARY_PATH_ORIG, or none) for programs that are not part of the bundle.

The test emulates the bundle's start in this process (the bootloader's variables, sys._MEIPASS, then the
run-time hook) and records the environment at the moment open_file hands the file to QDesktopServices.
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from okrdesk.ui import exports

ROOT = Path(__file__).resolve().parents[2]


def test_a_file_opened_after_export_does_not_get_the_bundles_libraries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    internal = tmp_path / "okrdesk" / "_internal"
    (internal / "PySide6" / "Qt" / "plugins").mkdir(parents=True)
    # What the bootloader gives the bundled Python (no LD_LIBRARY_PATH before, so no LD_LIBRARY_PATH_ORIG).
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG", raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", str(internal))
    monkeypatch.setenv("_PYI_ARCHIVE_FILE", str(internal.parent / "okrdesk"))
    monkeypatch.setenv("_PYI_PARENT_PROCESS_LEVEL", "1")
    monkeypatch.setenv("QT_PLUGIN_PATH", "")  # recorded, so the hook's value is undone after the test
    monkeypatch.delenv("QT_PLUGIN_PATH")
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    runpy.run_path(str(ROOT / "packaging" / "rthook.py"))  # as the bundle does before okrdesk starts

    seen: dict[str, str] = {}

    class Desktop:  # QDesktopServices: what the program it starts would inherit
        @staticmethod
        def openUrl(url: QUrl) -> bool:
            seen.update(os.environ)
            seen["opened"] = url.toLocalFile()
            return True

    monkeypatch.setattr(exports, "QDesktopServices", Desktop)
    target = tmp_path / "okrdesk 2026 Q4 review.pdf"
    assert exports.open_file(target)
    assert seen.get("opened") == str(target)
    leaked = {
        name: seen[name]
        for name in ("LD_LIBRARY_PATH", "QT_PLUGIN_PATH")
        if str(internal) in seen.get(name, "")
    }
    assert leaked == {}
