"""`make package`: builds the one-folder bundle from packaging/okrdesk.spec, checks it against the figures
of issue 9, and on Linux packs the tarball with its installer (packaging/linux/make_tarball.py).

    python packaging/build.py [--no-tarball]

Prints the build time and the bundle's size; exits 1 when the bundle is over MAX_BUNDLE_MIB, or when a file
bundle_rules.py trims out is there after all (a PyInstaller or PySide6 update can bring new names).
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
MAX_BUNDLE_MIB = bundle_rules.MAX_BUNDLE_MIB
FIGURES = bundle_rules.FIGURES


def build() -> float:
    started = time.perf_counter()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
    command += ["--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller")]
    subprocess.run([*command, str(ROOT / "packaging" / "okrdesk.spec")], check=True, cwd=ROOT)
    return time.perf_counter() - started


def main(argv: list[str]) -> int:
    seconds = build()
    size_mib = bundle_rules.folder_bytes(BUNDLE) / 2**20
    leftovers = [path for path in bundle_rules.internal_files(BUNDLE) if bundle_rules.trimmed_because(path)]
    print(
        f"Built {BUNDLE.relative_to(ROOT)}/ in {seconds:.0f} s: "
        f"{size_mib:.1f} MiB (at most {MAX_BUNDLE_MIB})."
    )
    FIGURES.parent.mkdir(exist_ok=True)
    FIGURES.write_text(json.dumps({"build_seconds": round(seconds, 1), "bundle_mib": round(size_mib, 1)}))
    failed = False
    if size_mib > MAX_BUNDLE_MIB:
        print(f"The bundle is {size_mib:.1f} MiB, over {MAX_BUNDLE_MIB} MiB.", file=sys.stderr)
        failed = True
    for path in leftovers:
        print(f"Should have been trimmed: {path} ({bundle_rules.trimmed_because(path)})", file=sys.stderr)
        failed = True
    if failed:
        return 1
    if sys.platform.startswith("linux") and "--no-tarball" not in argv:
        subprocess.run([sys.executable, str(ROOT / "packaging" / "linux" / "make_tarball.py")], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
