"""The bundle's entry point (PyInstaller starts here): the same `okrdesk` command as the source install, the
desktop app without a command and the headless commands with one."""

import sys

from okrdesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
