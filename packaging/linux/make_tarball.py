"""Packs the PyInstaller bundle into the Linux download: okrdesk-<version>-linux-<machine>.tar.gz.

The tarball holds the bundle, install.sh and the desktop integration files laid out as a `share/` tree, so
install.sh copies them without knowing the repository. Entries are sorted and owned by root with empty owner
names, and SOURCE_DATE_EPOCH (when set) fixes every time stamp, so two builds of the same bundle give the
same bytes.

Usage: python packaging/linux/make_tarball.py [--bundle dist/okrdesk] [--out dist]
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import platform
import re
import sys
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE.parent))
from bundle_rules import APP_ID, read_version  # noqa: E402

ICONS = REPO / "resources" / "icons"

README = """\
okrdesk {version} for Linux ({machine})

okrdesk keeps your objectives and key results in .okr workspace files on your own computer.

Install (for you alone, no administrator rights needed):
    open a terminal in this folder and run    ./install.sh

This copies okrdesk to ~/.local/share/okrdesk/app, adds the command ~/.local/bin/okrdesk, puts okrdesk in
your applications menu and makes a double-click on a .okr file open it in okrdesk. Running it again
updates an earlier install.

Uninstall:
    ~/.local/share/okrdesk/app/uninstall.sh      (or ./install.sh --uninstall from this folder)

This removes everything the install added. Your .okr workspaces are never touched.

Try it without installing:
    ./okrdesk/okrdesk
"""


def icon_sizes() -> list[int]:
    """The PNG sizes present in resources/icons, smallest first."""
    matches = (re.fullmatch(r"okrdesk-(\d+)\.png", path.name) for path in ICONS.glob("okrdesk-*.png"))
    return sorted(int(match.group(1)) for match in matches if match)


def share_files() -> dict[str, Path]:
    """The desktop integration files, by their path under share/ (the layout of ~/.local/share)."""
    files = {
        f"applications/{APP_ID}.desktop": HERE / f"{APP_ID}.desktop",
        f"metainfo/{APP_ID}.metainfo.xml": HERE / f"{APP_ID}.metainfo.xml",
        f"mime/packages/{APP_ID}.xml": HERE / f"{APP_ID}.xml",
        f"icons/hicolor/scalable/apps/{APP_ID}.svg": ICONS / "okrdesk.svg",
    }
    for size in icon_sizes():
        files[f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"] = ICONS / f"okrdesk-{size}.png"
    return files


def walk_bundle(bundle: Path) -> Iterator[Path]:
    """Every path inside the bundle, symlinks not followed (PyInstaller's _internal has some)."""
    for root, dirs, files in os.walk(bundle, followlinks=False):
        dirs.sort()
        for name in sorted(dirs + files):
            yield Path(root) / name


class TarballWriter:
    """Adds entries with normalised owners, modes and times, and the parent folders each one needs."""

    def __init__(self, tar: tarfile.TarFile, mtime: int | None) -> None:
        self.tar = tar
        self.mtime = mtime
        self.now = mtime if mtime is not None else int(time.time())
        self.entries: dict[str, tuple[tarfile.TarInfo, Path | bytes | None]] = {}

    def _normalise(self, info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        info.mode &= ~0o022
        if self.mtime is not None:
            info.mtime = self.mtime
        info.mtime = int(info.mtime)
        return info

    def _add_parents(self, arcname: str) -> None:
        parent = arcname.rpartition("/")[0]
        while parent and parent not in self.entries:
            info = tarfile.TarInfo(parent)
            info.type, info.mode = tarfile.DIRTYPE, 0o755
            info.mtime = self.now
            self.entries[parent] = (self._normalise(info), None)
            parent = parent.rpartition("/")[0]

    def add_path(self, path: Path, arcname: str, mode: int | None = None) -> None:
        info = self.tar.gettarinfo(str(path), arcname)
        if info.islnk():  # a hard link could point at an entry written after it, so store the bytes
            info.type, info.linkname, info.size = tarfile.REGTYPE, "", path.stat().st_size
        if mode is not None:
            info.mode = mode
        self._add_parents(arcname)
        self.entries[arcname] = (self._normalise(info), path if info.isfile() else None)

    def add_bytes(self, data: bytes, arcname: str) -> None:
        info = tarfile.TarInfo(arcname)
        info.size, info.mode = len(data), 0o644
        info.mtime = self.now
        self._add_parents(arcname)
        self.entries[arcname] = (self._normalise(info), data)

    def write(self) -> None:
        for arcname in sorted(self.entries):
            info, content = self.entries[arcname]
            if isinstance(content, Path):
                with content.open("rb") as handle:
                    self.tar.addfile(info, handle)
            elif isinstance(content, bytes):
                self.tar.addfile(info, io.BytesIO(content))
            else:
                self.tar.addfile(info)


def build(bundle: Path, out_dir: Path) -> Path:
    """Writes the tarball (atomically, via a temporary name) and returns its path."""
    version, machine = read_version(), platform.machine() or "unknown"
    top = f"okrdesk-{version}"
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    mtime = int(epoch) if epoch else None
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"okrdesk-{version}-linux-{machine}.tar.gz"
    partial = target.with_name(target.name + ".partial")
    with (
        partial.open("wb") as raw,
        gzip.GzipFile("", "wb", 9, raw, mtime=mtime or 0) as gz,
        tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        writer = TarballWriter(tar, mtime)
        writer.add_path(bundle, f"{top}/okrdesk", mode=0o755)
        for path in walk_bundle(bundle):
            writer.add_path(path, f"{top}/okrdesk/{path.relative_to(bundle).as_posix()}")
        writer.add_path(HERE / "install.sh", f"{top}/install.sh", mode=0o755)
        for name, source in share_files().items():
            writer.add_path(source, f"{top}/share/{name}", mode=0o644)
        writer.add_bytes(README.format(version=version, machine=machine).encode(), f"{top}/README.txt")
        writer.write()
    partial.replace(target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Pack the PyInstaller bundle into the Linux tarball.")
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "okrdesk", help="the bundle folder")
    parser.add_argument("--out", type=Path, default=REPO / "dist", help="where the tarball goes")
    args = parser.parse_args(argv)
    bundle: Path = args.bundle
    executable = bundle / "okrdesk"
    missing = [str(p) for p in share_files().values() if not p.is_file()]
    if not bundle.is_dir():
        problem = f"there is no bundle folder at {bundle}; build it first with 'make package'."
    elif not (executable.is_file() and os.access(executable, os.X_OK)):
        problem = f"the bundle has no okrdesk executable at {executable}; build it again with 'make package'."
    elif missing or not icon_sizes():
        problem = f"these desktop files or icons are missing: {', '.join(missing) or 'the PNG icons'}."
    else:
        problem = ""
    if problem:
        print(f"make_tarball: {problem}", file=sys.stderr)
        return 1
    target = build(bundle, args.out)
    print(f"{target} ({target.stat().st_size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
