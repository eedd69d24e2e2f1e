"""What `make package` builds from, checked without building (the build itself is `make package-test`):
the trim rules, the pinned dependencies, the icons, and the entry point the bundle starts from."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_rules  # noqa: E402
import make_icons  # noqa: E402

QT = "PySide6/Qt"

TRIMMED = [
    f"{QT}/lib/libQt6WebEngineCore.so.6",
    f"{QT}/lib/libQt6Quick.so.6",
    f"{QT}/lib/libQt6Qml.so.6",
    f"{QT}/lib/libQt6Pdf.so.6",
    f"{QT}/lib/libQt6VirtualKeyboard.so.6",
    f"{QT}/lib/libQt6WaylandClient.so.6",
    f"{QT}/lib/libQt6EglFSDeviceIntegration.so.6",
    f"{QT}/plugins/platforms/libqwayland.so",
    f"{QT}/plugins/platforms/libqeglfs.so",
    f"{QT}/plugins/wayland-shell-integration/libxdg-shell.so",
    f"{QT}/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
    f"{QT}/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    f"{QT}/plugins/imageformats/libqpdf.so",
    f"{QT}/translations/qtbase_fr.qm",
    f"{QT}/translations/qtwebengine_de.qm",
    "PySide6/Qt6WebEngineCore.dll",  # Windows
    "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",  # macOS
    "libX11.so.6",  # the desktop's own
    "libfontconfig.so.1",
    "libstdc++.so.6",  # the host's: the build machine's would demand its newer glibc
]
KEPT = [
    f"{QT}/lib/libQt6Core.so.6",
    f"{QT}/lib/libQt6Gui.so.6",
    f"{QT}/lib/libQt6Widgets.so.6",
    f"{QT}/lib/libQt6Charts.so.6",
    f"{QT}/lib/libQt6XcbQpa.so.6",
    f"{QT}/lib/libicudata.so.73",
    f"{QT}/plugins/platforms/libqxcb.so",
    f"{QT}/plugins/platformthemes/libqxdgdesktopportal.so",
    f"{QT}/translations/qtbase_de.qm",
    "libpython3.11.so.1.0",
    "libsqlite3.so.0",
    "PySide6/QtCharts.abi3.so",
    *bundle_rules.REQUIRED,
]


@pytest.mark.parametrize("path", TRIMMED)
def test_what_okrdesk_does_not_use_is_trimmed(path: str) -> None:
    assert bundle_rules.trimmed_because(path)


@pytest.mark.parametrize("path", KEPT)
def test_what_okrdesk_needs_stays(path: str) -> None:
    assert bundle_rules.trimmed_because(path) is None


def test_keep_filters_analysis_entries() -> None:
    entries = [(path, f"/src/{path}", "BINARY") for path in [*TRIMMED, *KEPT]]
    assert [entry[0] for entry in bundle_rules.keep(entries)] == KEPT


def test_the_modules_okrdesk_imports_are_not_excluded() -> None:
    imported = set()
    for source in (ROOT / "okrdesk").rglob("*.py"):
        imported |= set(re.findall(r"^\s*(?:from|import) ([\w.]+)", source.read_text(), re.MULTILINE))
    clashes = {
        name for name in imported for excluded in bundle_rules.EXCLUDED_MODULES if name.startswith(excluded)
    }
    assert not clashes


# ---- pinned dependencies -----------------------------------------------------------------------------------


def pins() -> dict[str, Version]:
    text = (ROOT / "packaging" / "constraints.txt").read_text()
    found = re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)\s*$", text, re.MULTILINE)
    return {canonicalize_name(name): Version(version) for name, version in found}


def project_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    listed = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        listed += [r for r in extra if not r.startswith("okrdesk")]
    build = tomllib.loads((ROOT / "pyproject.toml").read_text())["build-system"]["requires"]
    return [Requirement(text) for text in [*listed, *build]]


def test_every_requirement_is_pinned_within_its_range() -> None:
    pinned = pins()
    for requirement in project_requirements():
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{requirement.name} is not pinned in packaging/constraints.txt"
        inside = requirement.specifier.contains(pinned[name])
        assert inside, f"{name}=={pinned[name]} is outside {requirement}"


def test_the_bundle_is_built_with_pyinstaller_6() -> None:
    assert Version("6") <= pins()["pyinstaller"] < Version("7")


def test_the_environment_runs_the_pinned_versions() -> None:
    """`make` installs with the constraints: what runs the tests is what the bundle is built from."""
    from importlib.metadata import PackageNotFoundError, version

    build_only = {"setuptools", "wheel"}  # the editable install's isolated build environment
    for name, pinned in pins().items():
        if name in build_only:
            continue
        try:
            installed = Version(version(name))
        except PackageNotFoundError:
            continue  # the bundle's tools come with `make package`
        assert installed == pinned, f"{name} {installed} is installed, the constraints pin {pinned}"


# ---- icons -------------------------------------------------------------------------------------------------


def test_the_committed_icons_are_rendered_from_the_svg(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert make_icons.main(["--check"]) == 0


def test_windows_and_macos_icons_hold_every_size(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImageReader

    for name, sizes in (("okrdesk.ico", make_icons.ICO_SIZES), ("okrdesk.icns", make_icons.ICNS_SIZES)):
        reader = QImageReader(str(make_icons.ICONS / name))
        found = []
        for index in range(reader.imageCount()):
            reader.jumpToImage(index)
            found.append(reader.read().width())
        assert sorted(found) == sorted(sizes), name


# ---- the entry point ---------------------------------------------------------------------------------------


def test_the_launcher_runs_the_same_command_line(tmp_path: Path) -> None:
    """The bundle starts at packaging/launcher.py: commands and their exit codes as with `okrdesk`."""
    launcher = str(ROOT / "packaging" / "launcher.py")
    env = {"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    made = subprocess.run(
        [sys.executable, launcher, "init", str(tmp_path / "t.okr")], capture_output=True, text=True, env=env
    )
    assert made.returncode == 0 and "Created an empty workspace" in made.stdout
    missing = str(tmp_path / "missing.okr")
    command = [sys.executable, launcher, "list", missing]
    refused = subprocess.run(command, capture_output=True, text=True, env=env)
    assert refused.returncode == 1 and refused.stderr.startswith("okrdesk: ")
