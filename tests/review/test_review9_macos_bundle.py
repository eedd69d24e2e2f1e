"""Review 9 (bundle spec, macOS branch): packaging/okrdesk.spec builds its executable with
`console=not windows`, so on macOS the EXE inside okrdesk.app is a console one. PyInstaller's BUNDLE then
writes LSBackgroundOnly=True into Info.plist (PyInstaller/building/osx.py: "Setting EXE console=True implies
LSBackgroundOnly=True"; the spec's info_plist does not override it): a background-only app has no Dock icon
and no menu bar, which for okrdesk (a document app that owns .okr files) is not what the README promises.

The spec runs here with stand-ins for PyInstaller's Analysis/PYZ/EXE/COLLECT/BUNDLE and sys.platform set to
"darwin"; the effective Info.plist is PyInstaller's rule applied to what the spec passes.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "okrdesk.spec"


def run_spec(platform: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[dict[str, Any]]]:
    made: dict[str, list[dict[str, Any]]] = {"EXE": [], "BUNDLE": []}

    def analysis(*args: Any, **kwargs: Any) -> SimpleNamespace:
        return SimpleNamespace(scripts=[], binaries=[], datas=[], pure=[], zipped_data=[])

    def recorder(kind: str):  # type: ignore[no-untyped-def]
        def build(*args: Any, **kwargs: Any) -> SimpleNamespace:
            made.setdefault(kind, []).append(kwargs)
            return SimpleNamespace(kind=kind, **kwargs)

        return build

    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))
    names = {"SPECPATH": str(SPEC.parent), "Analysis": analysis, "__file__": str(SPEC)}
    names |= {kind: recorder(kind) for kind in ("PYZ", "EXE", "COLLECT", "BUNDLE")}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), names)
    return made


def test_the_macos_app_is_not_a_background_only_app(monkeypatch: pytest.MonkeyPatch) -> None:
    made = run_spec("darwin", monkeypatch)
    (bundle,) = made["BUNDLE"]
    plist: dict[str, Any] = {}
    if any(exe.get("console", True) for exe in made["EXE"]):  # PyInstaller's default for a console EXE
        plist["LSBackgroundOnly"] = True
    plist.update(bundle.get("info_plist") or {})
    assert not plist.get("LSBackgroundOnly", False)
