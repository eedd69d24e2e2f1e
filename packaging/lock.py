"""`make lock`: rewrites the pins of packaging/constraints.txt from a fresh environment's `pip freeze`.

    python packaging/lock.py VENV CONSTRAINTS

Comments, sections and order stay; each `name==version` line takes the version installed in VENV; packages
VENV has that the file lacks are added at the end under their own heading; pins of packages VENV does not
have (the build backend: setuptools, wheel) are kept as they are.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PIN = re.compile(r"^([A-Za-z0-9_.-]+)==(\S+)\s*$")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def frozen(venv: Path) -> dict[str, tuple[str, str]]:
    out = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "freeze", "--exclude-editable"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pins = {}
    for line in out.splitlines():
        match = PIN.match(line)
        if match:
            pins[canonical(match.group(1))] = (match.group(1), match.group(2))
    return pins


def relock(text: str, pins: dict[str, tuple[str, str]]) -> str:
    lines, seen = [], set()
    for line in text.splitlines():
        match = PIN.match(line)
        if match and canonical(match.group(1)) in pins:
            seen.add(canonical(match.group(1)))
            line = f"{match.group(1)}=={pins[canonical(match.group(1))][1]}"
        lines.append(line)
    new = [f"{name}=={version}" for key, (name, version) in sorted(pins.items()) if key not in seen]
    if new:
        lines += ["", "# new since the last lock (move each under its heading)", *new]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    venv, constraints = Path(argv[0]), Path(argv[1])
    constraints.write_text(relock(constraints.read_text(), frozen(venv)))
    print(f"Pinned {constraints} to what {venv} installed; review `git diff {constraints}`.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
