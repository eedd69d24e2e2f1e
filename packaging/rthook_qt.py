"""Run-time hook of the bundle, in place of PyInstaller's own for PySide6 (see okrdesk.spec).

PyInstaller's hook imports QtCore at every start to give Qt a qt.conf, which the PySide6 wheels already embed;
that import cost every headless command (`okrdesk list`, `export`...) about 70 ms before it began. Here
only what the bundle's layout needs: where Qt's plugins are. Qt itself is imported when okrdesk uses it.
"""

import os
import sys

_qt = os.path.join(sys._MEIPASS, "PySide6")  # type: ignore[attr-defined]
if not sys.platform.startswith("win"):
    _qt = os.path.join(_qt, "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
