"""Review 9 (Linux installer): packaging/linux/install.sh with stand-in bundles packed by make_tarball.py, as
tests/packaging/test_linux_desktop.py does (no PyInstaller build).

1. Updating while okrdesk runs. install.sh swaps the new program in at the same path. A PyInstaller program
   reads its modules lazily from its own executable, by path, at the offsets it read at start, so the running
   one then reads the *new* file: seen with the real bundle (0.1.0 tarball of 16:03, then the 16:05 build),
   File → Export… did nothing and stderr had `zlib.error: Error -3 while decompressing data: incorrect header
   check` from pyimod01_archive.extract; after an uninstall the running app vanished at the next such import
   ("... appears to have been moved or deleted since this application was launched"). The stand-in here is a
   copy of `cat` waiting on its stdin, so the running process's executable is the installed file.
2. A command of the same name already in ~/.local/bin. A regular file is left alone (and the install then
   still says "type 'okrdesk' in a terminal to start it", which starts the other program); a symbolic link
   made by something else (pipx, a source install) is replaced without a word, and uninstall then deletes
   it, so the user's other okrdesk command is gone.
3. A desktop without libxcb-cursor0 (fresh Ubuntu 22.04/24.04 GNOME, Linux Mint 22): Qt >= 6.5's xcb plugin
   needs it, bundle_rules leaves every libxcb* to the host, and Wayland is trimmed, so okrdesk aborts at start
   ("From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin", exit 134;
   reproduced by hiding the host's copy in a mount namespace). From the menu nothing at all happens, and
   install.sh said everything went well. Either the bundle carries the library, or install.sh tells the user
   what is missing; the stand-in here is an xcb plugin that links a library no system has.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

import pytest

import okrdesk

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))
import bundle_rules  # noqa: E402

TOP = f"okrdesk-{okrdesk.__version__}"
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="install.sh is for Linux")


def run(*args: str | Path, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=120, **kwargs)


def user_env(home: Path, **extra: str) -> dict[str, str]:
    share = home / ".local" / "share"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(share), XDG_CONFIG_HOME=str(home / ".config"))
    env.update(XDG_DATA_DIRS=f"{share}:/usr/share", XDG_CURRENT_DESKTOP="X-Generic", **extra)
    return env


def fake_bundle(folder: Path, program: bytes) -> Path:
    bundle = folder / "okrdesk"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "okrdesk").write_bytes(program)
    (bundle / "okrdesk").chmod(0o755)
    return bundle


def unpack(bundle: Path, folder: Path) -> Path:
    """The tarball make_tarball.py packs from `bundle`, unpacked in `folder`; returns the unpacked top."""
    out = folder / "dist"
    out.mkdir(parents=True)
    packed = run(sys.executable, REPO / "packaging/linux/make_tarball.py", "--bundle", bundle, "--out", out)
    assert packed.returncode == 0, packed.stderr
    with tarfile.open(next(out.glob("*.tar.gz"))) as tar:
        tar.extractall(folder / "unpacked", filter="tar")
    return folder / "unpacked" / TOP


def install(unpacked: Path, home: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return run(unpacked / "install.sh", *args, env=user_env(home, **extra), cwd=home.parent)


# ---- 1. updating while okrdesk runs -----------------------------------------------------------------------


@linux_only
@pytest.mark.skipif(shutil.which("cat") is None, reason="needs cat")
def test_updating_does_not_swap_the_program_under_a_running_okrdesk(tmp_path: Path) -> None:
    cat = Path(shutil.which("cat") or "").read_bytes()
    old = unpack(fake_bundle(tmp_path / "v1", cat), tmp_path / "v1")
    new = unpack(fake_bundle(tmp_path / "v2", cat + b"\0okrdesk 0.1.1"), tmp_path / "v2")
    home = tmp_path / "home"
    assert install(old, home).returncode == 0
    program = home / ".local/share/okrdesk/app/okrdesk"
    running = subprocess.Popen([str(program)], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    try:
        assert Path(f"/proc/{running.pid}/exe").resolve() == program.resolve()
        update = install(new, home)
        # Refusing ("close okrdesk first") or leaving the running copy's files in place both do; the bytes
        # at the path the running program reads from must still be the ones it started with.
        assert program.read_bytes() == cat, update.stdout + update.stderr
    finally:
        running.kill()
        running.wait()


# ---- 2. a command of the same name already in ~/.local/bin ------------------------------------------------


@pytest.fixture
def unpacked(tmp_path: Path) -> Path:
    return unpack(fake_bundle(tmp_path / "bundle", b'#!/bin/sh\necho "okrdesk args: $*"\n'), tmp_path)


@linux_only
def test_another_programs_okrdesk_link_survives_install_and_uninstall(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    other = home / ".local/pipx/venvs/okrdesk/bin/okrdesk"
    other.parent.mkdir(parents=True)
    other.write_text("#!/bin/sh\necho pipx okrdesk\n")
    other.chmod(0o755)
    link = home / ".local/bin/okrdesk"
    link.parent.mkdir(parents=True)
    link.symlink_to(other)
    assert install(unpacked, home).returncode == 0
    assert install(unpacked, home, "--uninstall").returncode == 0
    assert link.is_symlink() and Path(os.readlink(link)) == other


@linux_only
def test_install_does_not_promise_the_command_when_it_left_another_one(
    unpacked: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    bin_dir = home / ".local/bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "okrdesk").write_text("#!/bin/sh\necho my own okrdesk\n")
    result = install(unpacked, home, PATH=f"{bin_dir}:{os.environ['PATH']}")
    assert result.returncode == 0, result.stderr
    assert "Left" in result.stdout  # it did leave the other file alone...
    assert "type 'okrdesk' in a terminal to start it" not in result.stdout  # ...so this is not true


# ---- 3. a desktop without the xcb libraries Qt's display plugin links -------------------------------------

MISSING = "libokrdesk-review-absent.so.0"


def xcb_plugin_needing_a_missing_library(folder: Path) -> bytes:
    """A shared library whose DT_NEEDED names MISSING, which no system has (built against a stub, then the
    stub is deleted)."""
    folder.mkdir(parents=True)
    (folder / "stub.c").write_text("int okrdesk_review_stub(void) { return 0; }\n")
    (folder / "plugin.c").write_text(
        "int okrdesk_review_stub(void);\nint f(void) { return okrdesk_review_stub(); }\n"
    )
    stub = folder / MISSING
    built = run("gcc", "-shared", "-fPIC", f"-Wl,-soname,{MISSING}", "-o", stub, folder / "stub.c")
    assert built.returncode == 0, built.stderr
    plugin = folder / "libqxcb.so"
    linked = run("gcc", "-shared", "-fPIC", "-Wl,--no-as-needed", "-o", plugin, folder / "plugin.c", stub)
    assert linked.returncode == 0, linked.stderr
    stub.unlink()
    return plugin.read_bytes()


@linux_only
@pytest.mark.skipif(shutil.which("gcc") is None or shutil.which("ldd") is None, reason="needs gcc and ldd")
def test_a_missing_display_library_is_bundled_or_reported_at_install(tmp_path: Path) -> None:
    # The bundle now carries libxcb-cursor0 and the other xcb utility libraries (bundle_rules.BUNDLED_X11);
    # for whatever else a desktop may lack, install.sh names the library and its package.
    assert bundle_rules.trimmed_because("libxcb-cursor.so.0") is None
    bundle = fake_bundle(tmp_path / "bundle", b'#!/bin/sh\necho "okrdesk args: $*"\n')
    platforms = bundle / "_internal/PySide6/Qt/plugins/platforms"
    platforms.mkdir(parents=True)
    (platforms / "libqxcb.so").write_bytes(xcb_plugin_needing_a_missing_library(tmp_path / "cc"))
    result = install(unpack(bundle, tmp_path), tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert MISSING in result.stdout and "sudo apt install libokrdesk-review-absent0" in result.stdout
