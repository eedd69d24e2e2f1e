"""Renders okrdesk's icon (resources/icons/okrdesk.svg) into what each desktop wants, with Qt's own SVG
renderer and image writers: PNGs at the hicolor sizes (Linux, and the window icon), okrdesk.ico (Windows) and
okrdesk.icns (macOS). Run by `make icons` after changing the SVG; the results are committed.

    python packaging/make_icons.py [--check]

--check renders into memory and exits 1 when a committed PNG differs from a fresh render (a test runs it).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "okrdesk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # the hicolor theme's usual application sizes
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Windows picks from (256 is the largest .ico holds)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return ICONS / f"okrdesk-{size}.png"


def render(size: int):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def _png_bytes(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    render(size).save(buffer, "PNG")
    return bytes(data.data())


# Qt's ico and icns writers put one image in a file (QImageWriter.write twice gives a broken file), and a
# one-size icon looks blurred in the taskbar or the Dock; both containers hold PNGs with a small index, so
# they are packed here rather than adding an imaging library to the build for two files.


def ico_bytes(sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    """A Windows .ico: a 6-byte header, a 16-byte entry per size, then each size as a PNG (Vista on)."""
    images = [_png_bytes(size) for size in sizes]
    offset = 6 + 16 * len(images)
    header = struct.pack("<HHH", 0, 1, len(images))
    entries = b""
    for size, image in zip(sizes, images, strict=True):
        side = size % 256  # 0 stands for 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    return header + entries + b"".join(images)


ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def icns_bytes(sizes: tuple[int, ...] = ICNS_SIZES) -> bytes:
    """A macOS .icns: "icns" and the total length, then per size its 4-letter type, length and PNG."""
    body = b""
    for size in sizes:
        image = _png_bytes(size)
        body += ICNS_TYPES[size] + struct.pack(">I", 8 + len(image)) + image
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage

    _app = QGuiApplication.instance() or QGuiApplication([])
    check = "--check" in argv
    stale = []
    for size in SIZES:
        image = render(size)
        if check:
            if QImage(str(png_path(size))).convertToFormat(image.format()) != image:
                stale.append(png_path(size).name)
        elif not image.save(str(png_path(size)), "PNG"):
            raise SystemExit(f"could not write {png_path(size)}")
    if check:
        if stale:
            print("Out of date (run `make icons`): " + ", ".join(stale), file=sys.stderr)
            return 1
        return 0
    (ICONS / "okrdesk.ico").write_bytes(ico_bytes())
    (ICONS / "okrdesk.icns").write_bytes(icns_bytes())
    print(f"Wrote {len(SIZES)} PNGs, okrdesk.ico and okrdesk.icns into {ICONS.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
