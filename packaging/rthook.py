"""Run-time hook of the bundle (okrdesk.spec), in place of PyInstaller's own for PySide6.

PyInstaller's hook imports QtCore at every start to give Qt a qt.conf, which the PySide6 wheels embed
already; that import cost every headless command (`okrdesk list`, `export`...) about 70 ms before it began.
Qt finds its plugins and translations through that embedded qt.conf, so nothing is set for it here.

What this hook does instead: give the programs okrdesk starts for the user (the PDF viewer or spreadsheet
that "Open the file when done" hands an export to) the user's environment, not the bundle's. The bootloader
started this process with LD_LIBRARY_PATH pointing into the bundle and with its own _PYI_* variables; the
dynamic loader read LD_LIBRARY_PATH when this process started, so restoring it changes nothing here, while
a child would otherwise load okrdesk's OpenSSL, SQLite and Qt instead of its own.
"""

import os

_original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
if _original is not None:
    os.environ["LD_LIBRARY_PATH"] = _original
else:
    os.environ.pop("LD_LIBRARY_PATH", None)
for _name in [name for name in os.environ if name.startswith("_PYI_")]:
    del os.environ[_name]
