"""Linux desktop integration: the menu entry, AppStream data and .okr file type, the tarball, and install.sh.

`make test` does not build the PyInstaller bundle, so these tests pack a fake one: an `okrdesk` shell script
that echoes its arguments, which is enough to see that the menu entry, the command and a double-click on a
.okr file all reach the installed program.
"""

from __future__ import annotations

import configparser
import os
import re
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

import okrdesk

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
APP_ID = "org.okrdesk.okrdesk"
MIME_TYPE = "application/x-okrdesk-workspace"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SHARE_FILES = [
    f"applications/{APP_ID}.desktop",
    f"metainfo/{APP_ID}.metainfo.xml",
    f"mime/packages/{APP_ID}.xml",
    f"icons/hicolor/scalable/apps/{APP_ID}.svg",
    *(f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in SIZES),
]
TOP = f"okrdesk-{okrdesk.__version__}"


def needs(*tools: str) -> pytest.MarkDecorator:
    missing = [tool for tool in tools if shutil.which(tool) is None]
    return pytest.mark.skipif(bool(missing), reason=f"not installed: {', '.join(missing)}")


def read_desktop(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def run(*args: str | Path, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=120, **kwargs)


def desktop_env(home: Path, **extra: str) -> dict[str, str]:
    """A user living in `home`; X-Generic makes xdg-utils read the XDG files instead of a desktop's tools."""
    share = home / ".local" / "share"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(share), XDG_CONFIG_HOME=str(home / ".config"))
    env.update(XDG_DATA_DIRS=f"{share}:/usr/share", XDG_CURRENT_DESKTOP="X-Generic", **extra)
    return env


def installed_files(home: Path) -> list[Path]:
    share = home / ".local" / "share"
    app = share / "okrdesk" / "app"
    return [app / "okrdesk", app / "_internal" / "libfake.so.1", home / ".local/bin/okrdesk"] + [
        share / name for name in SHARE_FILES
    ]


def make_workspace(folder: Path) -> Path:
    """A real SQLite file, so the test shows the *.okr glob wins over SQLite's own magic bytes."""
    path = folder / "team.okr"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE objective (id INTEGER PRIMARY KEY, title TEXT)")
    return path


@pytest.fixture(scope="module")
def fake_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    bundle = tmp_path_factory.mktemp("fake bundle") / "okrdesk"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "okrdesk").write_text('#!/bin/sh\necho "okrdesk args: $*"\n')
    (bundle / "okrdesk").chmod(0o755)
    (bundle / "_internal" / "libfake.so.1").write_bytes(b"\x7fELF fake")
    (bundle / "_internal" / "libfake.so").symlink_to("libfake.so.1")
    return bundle


def make_tarball(bundle: Path, out: Path, **env: str) -> subprocess.CompletedProcess[str]:
    args = (sys.executable, LINUX / "make_tarball.py", "--bundle", bundle, "--out", out)
    return run(*args, env={**os.environ, **env}, cwd=out.parent)


@pytest.fixture(scope="module")
def unpacked(fake_bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tarball unpacked into a folder whose path has a space, as a user's "My Downloads" might."""
    out = tmp_path_factory.mktemp("dist")
    result = make_tarball(fake_bundle, out)
    assert result.returncode == 0, result.stderr
    target = tmp_path_factory.mktemp("my downloads")
    with tarfile.open(next(out.glob("*.tar.gz"))) as tar:
        tar.extractall(target, filter="tar")
    return target / TOP


def install(unpacked: Path, home: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    # Run from an unrelated folder: the script must find its files from its own location.
    return run(unpacked / "install.sh", *args, env=desktop_env(home, **extra), cwd=home.parent)


def test_desktop_file_declares_the_app_its_icon_and_the_workspace_type() -> None:
    entry = read_desktop(LINUX / f"{APP_ID}.desktop")
    expected = {"Type": "Application", "Name": "okrdesk", "Exec": "okrdesk %f", "Icon": APP_ID}
    expected |= {"Terminal": "false", "Categories": "Office;ProjectManagement;", "StartupNotify": "true"}
    expected |= {"MimeType": f"{MIME_TYPE};", "StartupWMClass": "okrdesk", "GenericName": "OKR planner"}
    assert {key: entry.get(key) for key in expected} == expected
    assert entry["GenericName[de]"] == "OKR-Planer"
    for key in ("Name[de]", "Comment", "Comment[de]", "Keywords", "Keywords[de]"):
        assert entry.get(key), f"{key} is missing"
    mime_root = ET.parse(LINUX / f"{APP_ID}.xml").getroot()
    assert entry["MimeType"].rstrip(";") == mime_root.find("m:mime-type", MIME_NS).get("type")
    icon_names = {Path(name).stem for name in SHARE_FILES if name.startswith("icons/")}
    assert icon_names == {entry["Icon"]}


def test_mime_package_makes_okr_files_okrdesk_workspaces() -> None:
    mime_type = ET.parse(LINUX / f"{APP_ID}.xml").getroot().find("m:mime-type", MIME_NS)
    assert mime_type.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime_type.findall("m:glob", MIME_NS)] == ["*.okr"]
    assert mime_type.find("m:sub-class-of", MIME_NS).get("type") == "application/vnd.sqlite3"
    comments = {c.get(XML_LANG): c.text for c in mime_type.findall("m:comment", MIME_NS)}
    assert comments == {None: "okrdesk workspace", "de": "okrdesk-Arbeitsbereich"}
    assert mime_type.find("m:icon", MIME_NS).get("name") == APP_ID


def test_metainfo_names_the_desktop_file_the_file_type_and_this_release() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application" and root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == f"{APP_ID}.desktop"
    assert root.findtext("provides/mediatype") == MIME_TYPE and root.findtext("provides/binary") == "okrdesk"
    assert root.find("releases/release").get("version") == okrdesk.__version__


@needs("desktop-file-validate")
def test_desktop_file_validates() -> None:
    result = run("desktop-file-validate", LINUX / f"{APP_ID}.desktop")
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@needs("appstreamcli")
def test_metainfo_validates() -> None:
    args = ["validate", "--no-net"]
    version = re.search(r"(\d+)\.\d+", run("appstreamcli", "--version").stdout)
    if version and int(version.group(1)) >= 1:
        # AppStream 1.x warns when there is no homepage URL; okrdesk has none yet, and this is the one
        # warning AppStream itself allows to lower (its demotion allow-list names url-homepage-missing).
        args.append("--override=url-homepage-missing=info")
    result = run("appstreamcli", *args, LINUX / f"{APP_ID}.metainfo.xml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert not re.search(r"^[EW]:", result.stdout, re.MULTILINE), result.stdout


def test_tarball_holds_the_bundle_installer_and_desktop_files(fake_bundle: Path, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    result = make_tarball(fake_bundle, tmp_path / "a", SOURCE_DATE_EPOCH="1700000000")
    assert result.returncode == 0, result.stderr
    tarball = tmp_path / "a" / f"{TOP}-linux-{os.uname().machine}.tar.gz"
    assert str(tarball) in result.stdout and "MiB" in result.stdout
    files = ["README.txt", "install.sh", "okrdesk/okrdesk", "okrdesk/_internal/libfake.so.1"]
    files += ["okrdesk/_internal/libfake.so", *(f"share/{name}" for name in SHARE_FILES)]
    expected = {TOP}
    for name in files:
        parts = name.split("/")
        expected |= {"/".join([TOP, *parts[: i + 1]]) for i in range(len(parts))}
    with tarfile.open(tarball) as tar:
        members = {m.name: m for m in tar.getmembers()}
        assert set(members) == expected
        assert list(members) == sorted(members)
        assert all(m.uid == m.gid == 0 and m.uname == m.gname == "" for m in members.values())
        assert all(m.mtime == 1700000000 for m in members.values())
        assert members[f"{TOP}/install.sh"].mode == 0o755
        assert members[f"{TOP}/okrdesk/okrdesk"].mode & 0o111 == 0o111
        link = members[f"{TOP}/okrdesk/_internal/libfake.so"]
        assert link.issym() and link.linkname == "libfake.so.1"
        readme = tar.extractfile(f"{TOP}/README.txt").read().decode()
        assert "./install.sh --uninstall" in readme
    # Same bundle and SOURCE_DATE_EPOCH, same bytes: a rebuilt download can be checked against the first.
    (tmp_path / "b").mkdir()
    assert make_tarball(fake_bundle, tmp_path / "b", SOURCE_DATE_EPOCH="1700000000").returncode == 0
    assert (tmp_path / "b" / tarball.name).read_bytes() == tarball.read_bytes()


@pytest.mark.parametrize("broken", ["no folder", "no executable"])
def test_tarball_refuses_a_missing_bundle_plainly(tmp_path: Path, broken: str) -> None:
    bundle = tmp_path / "okrdesk"
    if broken == "no executable":
        (bundle / "_internal").mkdir(parents=True)
    result = make_tarball(bundle, tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and str(bundle) in result.stderr
    assert not list(tmp_path.glob("*.tar.gz"))


def test_install_twice_then_uninstall(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "home with space"
    first = install(unpacked, home)
    assert first.returncode == 0, first.stderr
    assert "is not on your PATH" in first.stdout
    for path in installed_files(home):
        assert path.is_file(), f"{path} was not installed"

    exe = home / ".local/share/okrdesk/app/okrdesk"
    desktop = home / ".local/share/applications" / f"{APP_ID}.desktop"
    entry = read_desktop(desktop)
    assert shlex.split(entry["Exec"]) == [str(exe), "%f"]
    assert entry["TryExec"] == str(exe)
    if shutil.which("desktop-file-validate"):
        assert run("desktop-file-validate", desktop).stdout == ""
    command = run(home / ".local/bin/okrdesk", "team.okr")
    assert command.stdout.strip() == "okrdesk args: team.okr"

    on_path = f"{home / '.local/bin'}:{os.environ['PATH']}"
    second = install(unpacked, home, PATH=on_path)
    assert second.returncode == 0, second.stderr
    assert "is on your PATH" in second.stdout
    assert sorted(p.name for p in (home / ".local/share/okrdesk").iterdir()) == ["app"]
    assert all(path.is_file() for path in installed_files(home))

    # The default workspace lives beside the program (platformdirs' data folder): uninstall must keep it.
    workspace = make_workspace(home / ".local/share/okrdesk")
    removed = install(unpacked, home, "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert [p for p in installed_files(home) if os.path.lexists(p)] == []
    assert sorted(p.name for p in workspace.parent.iterdir()) == [workspace.name]
    mimeapps = home / ".config" / "mimeapps.list"
    assert not mimeapps.exists() or APP_ID not in mimeapps.read_text()
    assert install(unpacked, home, "--uninstall").returncode == 0


def test_the_installed_uninstall_script_works_once_the_download_is_gone(
    unpacked: Path, tmp_path: Path
) -> None:
    download = tmp_path / "download"
    shutil.copytree(unpacked, download, symlinks=True)
    home = tmp_path / "home"
    installed = install(download, home)
    assert installed.returncode == 0, installed.stderr
    uninstall = home / ".local/share/okrdesk/app/uninstall.sh"
    assert f'"{uninstall}"' in installed.stdout  # the install says where it is
    shutil.rmtree(download)
    removed = run(uninstall, env=desktop_env(home), cwd=tmp_path)
    assert removed.returncode == 0, removed.stderr
    assert [p for p in installed_files(home) if os.path.lexists(p)] == []
    assert not (home / ".local/share/okrdesk").exists()


def test_install_refuses_plainly_without_the_bundle(unpacked: Path, tmp_path: Path) -> None:
    partial = tmp_path / "partly unpacked"
    shutil.copytree(unpacked, partial, symlinks=True, ignore=shutil.ignore_patterns("okrdesk"))
    home = tmp_path / "home"
    result = install(partial, home)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "okrdesk program folder" in result.stderr
    assert not (home / ".local/share/applications" / f"{APP_ID}.desktop").exists()


# xdg-utils outside a desktop session reads the MIME database with `mimetype` (libfile-mimeinfo-perl);
# without it, it falls back to `file`, which knows no .okr type. xdg-utils also splits XDG_DATA_HOME on
# spaces, so this user's home has none (the GIO test below covers a home with spaces).
@needs("update-mime-database", "update-desktop-database", "xdg-mime", "xdg-open", "mimetype")
def test_double_click_on_a_workspace_opens_okrdesk_via_xdg_utils(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    workspace = make_workspace(tmp_path)
    env = desktop_env(home)
    assert run("xdg-mime", "query", "filetype", workspace, env=env).stdout.strip() != MIME_TYPE

    assert install(unpacked, home).returncode == 0
    assert run("xdg-mime", "query", "filetype", workspace, env=env).stdout.strip() == MIME_TYPE
    default = run("xdg-mime", "query", "default", MIME_TYPE, env=env)
    assert default.stdout.strip() == f"{APP_ID}.desktop"
    mimeapps = (home / ".config" / "mimeapps.list").read_text()
    assert f"{MIME_TYPE}={APP_ID}.desktop" in mimeapps
    # xdg-open is what a double-click runs on a desktop without its own opener; a display is only
    # checked for, never used, by the fake program.
    opened = run("xdg-open", workspace, env={**env, "DISPLAY": ":0"})
    assert opened.stdout.strip() == f"okrdesk args: {workspace}"


# GIO is what GNOME Files and other GTK file managers ask when a file is double-clicked.
@needs("update-mime-database", "update-desktop-database", "gio")
def test_gio_opens_workspaces_with_okrdesk(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "home with space"
    workspace = make_workspace(tmp_path)
    assert install(unpacked, home).returncode == 0
    env = desktop_env(home, LC_ALL="C.UTF-8")
    info = run("gio", "info", "--attributes=standard::content-type", workspace, env=env)
    assert f"standard::content-type: {MIME_TYPE}" in info.stdout
    default = run("gio", "mime", MIME_TYPE, env=env).stdout.splitlines()[0]
    assert default.startswith("Default application") and default.endswith(f"{APP_ID}.desktop")
