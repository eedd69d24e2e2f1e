"""`make package`: builds the one-folder bundle from packaging/okrdesk.spec, checks it against the figures
of issue 9, and on Linux packs the tarball with its installer (packaging/linux/make_tarball.py).

    python packaging/build.py [--no-tarball]

Prints the build time and the bundle's size; exits 1 with bundle_rules.bundle_problems when there are any
(a required file missing, a trimmed one there, the bundle over its size).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_rules  # noqa: E402

DIST = ROOT / "dist"
BUNDLE = DIST / "okrdesk"


def build() -> float:
    started = time.perf_counter()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
    command += ["--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller")]
    subprocess.run([*command, str(ROOT / "packaging" / "okrdesk.spec")], check=True, cwd=ROOT)
    return time.perf_counter() - started


def main(argv: list[str]) -> int:
    seconds = build()
    size_mib = bundle_rules.folder_bytes(BUNDLE) / 2**20
    print(
        f"Built {BUNDLE.relative_to(ROOT)}/ in {seconds:.0f} s: "
        f"{size_mib:.1f} MiB (at most {bundle_rules.MAX_BUNDLE_MIB})."
    )
    figures = bundle_rules.FIGURES
    figures.parent.mkdir(exist_ok=True)
    figures.write_text(json.dumps({"build_seconds": round(seconds, 1), "bundle_mib": round(size_mib, 1)}))
    problems = bundle_rules.bundle_problems(BUNDLE)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    if sys.platform.startswith("linux") and "--no-tarball" not in argv:
        subprocess.run([sys.executable, str(ROOT / "packaging" / "linux" / "make_tarball.py")], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
