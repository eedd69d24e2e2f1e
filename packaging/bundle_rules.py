"""What goes into okrdesk's PyInstaller bundle and what is trimmed out: used by okrdesk.spec when it builds,
by package_test.py to check the built folder, and by tests/packaging (without a build).

PyInstaller's PySide6 hooks collect every plugin of each Qt module the app imports (QtCore, QtGui, QtWidgets,
QtCharts) and all of Qt's translations. okrdesk needs far less:
- platforms: xcb (X11, and Wayland desktops through XWayland), offscreen (tests, smoke runs), minimal; not the
  Wayland, EGLFS, LinuxFB, VNC or Vulkan display plugins and their integrations;
- no WebEngine, Quick/Qml, Pdf (reading PDFs; okrdesk writes them with QtGui's QPdfWriter) or VirtualKeyboard,
  nor a plugin that would pull them in (the imageformats pdf plugin loads QtPdf);
- translations: Qt's own catalogue only for the languages okrdesk ships (German; English is Qt's source).
Each rule below is a glob on the file's path inside the bundle (forward slashes), with the reason next to it.
"""

from __future__ import annotations

import re
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "org.okrdesk.okrdesk"  # the desktop file, icon and MIME package (okrdesk/ui/app.py has it too)
MAX_BUNDLE_MIB = 130
# What build.py measured, with the start times package_test.py adds.
FIGURES = ROOT / "build" / "package-figures.json"


def read_version() -> str:
    """okrdesk's version from okrdesk/__init__.py, read as text: packaging needs none of okrdesk's imports."""
    text = (ROOT / "okrdesk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if match is None:
        raise SystemExit("no __version__ found in okrdesk/__init__.py.")
    return match.group(1)


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def internal_files(bundle: Path) -> list[str]:
    """Paths inside the bundle's _internal folder, with forward slashes (as the rules below are written)."""
    internal = bundle / "_internal"
    return sorted(p.relative_to(internal).as_posix() for p in internal.rglob("*") if p.is_file())


def bundle_problems(bundle: Path) -> list[str]:
    """What is wrong with a built bundle: a required file missing, a trimmed one there after all (a
    PyInstaller or PySide6 update can bring new names), or the whole over MAX_BUNDLE_MIB."""
    files = set(internal_files(bundle))
    problems = [f"missing from the bundle: {path}" for path in REQUIRED if path not in files]
    problems += [
        f"should have been trimmed: {path} ({trimmed_because(path)})"
        for path in sorted(files)
        if trimmed_because(path)
    ]
    size = folder_bytes(bundle) / 2**20
    if size > MAX_BUNDLE_MIB:
        problems.append(f"the bundle is {size:.1f} MiB, over {MAX_BUNDLE_MIB} MiB")
    return problems


SHIPPED_LANGUAGES = ("de",)  # okrdesk's own translations; English needs none

QT = "PySide6/Qt"
TRIMMED: dict[str, str] = {
    "*libQt6WebEngine*": "WebEngine: okrdesk shows no web pages",
    "*libQt6Quick*": "Quick: okrdesk's UI is Qt Widgets",
    "*libQt6Qml*": "Qml: no QML anywhere",
    "*libQt6Pdf*": "Pdf: okrdesk writes PDFs with QtGui; it never reads one",
    "*libQt6VirtualKeyboard*": "VirtualKeyboard: desktops have keyboards",
    "*libQt6Wayland*": "Wayland: the xcb plugin runs under XWayland",
    "*libQt6EglFSDeviceIntegration*": "EGLFS: for devices without a window system",
    f"{QT}/plugins/platforms/libqwayland*": "Wayland display plugin",
    f"{QT}/plugins/platforms/libqeglfs*": "EGLFS display plugin",
    f"{QT}/plugins/platforms/libqminimalegl*": "EGL variant of the minimal plugin",
    f"{QT}/plugins/platforms/libqlinuxfb*": "framebuffer display plugin",
    f"{QT}/plugins/platforms/libqvnc*": "VNC display plugin",
    f"{QT}/plugins/platforms/libqvkkhrdisplay*": "Vulkan display plugin",
    f"{QT}/plugins/wayland-*": "Wayland integrations",
    f"{QT}/plugins/egldeviceintegrations/*": "EGLFS integrations",
    f"{QT}/plugins/platforminputcontexts/*virtualkeyboard*": "virtual keyboard input",
    f"{QT}/plugins/imageformats/*qpdf*": "the pdf image plugin loads QtPdf",
    f"{QT}/plugins/platforms/qwayland*": "Wayland display plugin (Windows/macOS names)",
    f"{QT}/plugins/imageformats/qpdf*": "the pdf image plugin (Windows/macOS names)",
    f"{QT}/qml/*": "QML modules",
    "*libQt6Wl*": "Wayland shell integration",
    "*libQt6EglFs*": "EGLFS support",
    f"{QT}/plugins/generic/*": "evdev and TUIO input for kiosks; desktops get input from X11",
    "*libQt6Network*": "only the TUIO touch plugin used it (okrdesk opens no network connection)",
}

# Libraries of the desktop itself (X11, fonts, GLib, D-Bus, and what they link), left to the host as AppImages
# do: a copy from the build machine can clash with the host's drivers, fonts.conf or GTK, and every desktop
# has them (packaging/install-system-deps.sh lists the Debian packages for a bare machine). Python's own
# extension modules, SQLite and Qt stay in the bundle.
# libstdc++ goes to the host too: the build machine's copy needs its glibc (2.36 on Debian 12), while Qt asks
# only for GCC 11's C++ library, so the bundle runs where glibc 2.35 is (Ubuntu 22.04 LTS) instead.
HOST_LIBRARIES = [
    "libstdc++.so*",
    "libX*.so*",
    "libxcb*.so*",
    "libxkbcommon*.so*",
    "libGL*.so*",
    "libEGL*.so*",
    "libfontconfig.so*",
    "libfreetype.so*",
    "libharfbuzz.so*",
    "libgraphite2.so*",
    "libpng16.so*",
    "libjpeg.so*",
    "libbrotli*.so*",
    "libglib-2.0.so*",
    "libgobject-2.0.so*",
    "libgio-2.0.so*",
    "libgmodule-2.0.so*",
    "libgthread-2.0.so*",
    "libpcre2-*.so*",
    "libffi.so*",
    "libmount.so*",
    "libblkid.so*",
    "libselinux.so*",
    "libdbus-1.so*",
    "libsystemd.so*",
    "libgcrypt.so*",
    "libgpg-error.so*",
    "libcap.so*",
    "liblz4.so*",
    "libzstd.so*",
    "liblzma.so*",
    "libz.so*",
    "libbz2.so*",
    "libexpat.so*",
    "libuuid.so*",
    "libbsd.so*",
    "libmd.so*",
    "libgcc_s.so*",
    "libcairo*.so*",
    "libpango*.so*",
    "libgdk*.so*",
    "libatk*.so*",
    "libpixman*.so*",
    "libfribidi.so*",
    "libthai.so*",
    "libdatrie.so*",
    "libkrb5*.so*",
    "libk5crypto.so*",
    "libgssapi*.so*",
    "libcom_err.so*",
    "libkeyutils.so*",
]
for _pattern in HOST_LIBRARIES:
    TRIMMED[_pattern] = "a library of the desktop itself (see HOST_LIBRARIES)"

# Names as they appear on each OS (Linux libQt6X.so.6, Windows Qt6X.dll, macOS QtX.framework).
for _name in ("WebEngine", "Quick", "Qml", "Pdf", "VirtualKeyboard", "Wayland"):
    TRIMMED[f"*Qt6{_name}*"] = f"{_name} (Windows)"
    TRIMMED[f"*Qt{_name}*.framework*"] = f"{_name} (macOS)"

# Python modules okrdesk never imports (some are pulled in by the analysis of optional code paths).
EXCLUDED_MODULES = [
    "tkinter",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtVirtualKeyboard",
    "PySide6.QtNetwork",
    "PySide6.QtMultimedia",
    "PySide6.QtOpenGL",  # never imported (QtCharts' C++ library links libQt6OpenGL by itself)
    "PySide6.QtOpenGLWidgets",
    "pytest",
    "hypothesis",
    "mypy",
    "IPython",
    # Found by the analysis through optional imports, never used by the app (each is imported in a
    # try/except by its user, or only by tools): setuptools' distutils shim, mako's syntax colouring,
    # the interactive prompt's readline, and TLS (asyncio, pulled in by SQLAlchemy, works without ssl).
    "setuptools",
    "distutils",
    "_distutils_hack",
    "pkg_resources",
    "pygments",
    "mako.ext.pygmentplugin",
    "pydoc",
    "readline",
    "rlcompleter",
    "ssl",
    "_ssl",
    # okrdesk starts no processes of its own kind; PyInstaller would import multiprocessing at every start.
    "multiprocessing",
]


# Of the X11 libraries, those Qt's xcb plugin needs that a desktop does not always have (fresh Ubuntu 22.04
# and 24.04 and Linux Mint lack libxcb-cursor0, and Qt >= 6.5 will not start without it): small, stable,
# and carried in the bundle; they link only the host's libxcb.
BUNDLED_X11 = [
    "libxcb-cursor.so*",
    "libxcb-icccm.so*",
    "libxcb-image.so*",
    "libxcb-keysyms.so*",
    "libxcb-render-util.so*",
    "libxcb-util.so*",
    "libxkbcommon-x11.so*",
]


def trimmed_because(path: str) -> str | None:
    """Why the file at `path` (inside the bundle) is left out, or None when it stays."""
    path = path.replace("\\", "/")
    if any(fnmatch(path, pattern) for pattern in BUNDLED_X11):
        return None
    for pattern, reason in TRIMMED.items():
        if fnmatch(path, pattern):
            return reason
    if fnmatch(path, f"{QT}/translations/*.qm"):
        name = path.rsplit("/", 1)[1]
        if not any(name == f"qtbase_{lang}.qm" for lang in SHIPPED_LANGUAGES):
            return "a Qt translation for a language okrdesk does not ship (or of a module it does not use)"
    return None


def keep(entries):  # type: ignore[no-untyped-def]
    """The TOC entries (dest, source, kind) of a PyInstaller Analysis that stay in the bundle."""
    return [entry for entry in entries if trimmed_because(entry[0]) is None]


# Must be in a built bundle (relative to its _internal folder); package_test.py checks each.
REQUIRED = [
    "libxcb-cursor.so.0",
    f"{QT}/plugins/platformthemes/libqgtk3.so",  # GTK file dialogs and colours on GNOME (the host's GTK)
    f"{QT}/plugins/platforms/libqxcb.so",
    f"{QT}/plugins/platforms/libqoffscreen.so",
    f"{QT}/translations/qtbase_de.qm",
    "resources/translations/okrdesk_de.qm",
    "resources/icons/okrdesk.svg",
    "resources/icons/okrdesk-256.png",
    "okrdesk/store/migrations/env.py",
    "okrdesk/store/migrations/versions/0001_baseline.py",
]
