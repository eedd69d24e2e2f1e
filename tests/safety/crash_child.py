"""The child of the kill -9 proof (tests/safety/harness.py): records check-ins until it is killed.

    python tests/safety/crash_child.py PATH SEED

It opens the workspace with take_over=True (the child before it was killed and left its lock behind: taking
it over is what the user confirms in the app), then writes through the services in a loop, printing one
line per step, flushed:

    opening                 just before Workspace.open
    opened                  once it returned
    begin WHAT              just before each write call (record, batch, scratch-record/-update/-delete)
    ack {"id", "kr", "value", "note", "confidence"}
                            one per check-in, only after the call that recorded it returned (= committed);
                            the fields are the ones the child asked for, the id the one the call returned

Acknowledged check-ins are never touched again. "Scratch" check-ins (recorded, corrected, then deleted,
never acknowledged) put updates and deletes into the mix of transactions a kill can land in.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

MAX_STEPS = 10_000  # the parent kills long before; a child it forgot stops by itself
SCRATCH = "scratch"


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _note(rng: random.Random, seed: int, step: int, index: int) -> str:
    """A unique note; some long (several pages, overflow pages), some not ASCII."""
    filler = rng.choice(["", "", " café 🎉 مرحبا", " " + "x" * rng.randint(100, 20_000)])
    return f"{seed}/{step}/{index}{filler}"


def _entry(rng: random.Random, kr_ids: list[int], note: str) -> dict[str, Any]:
    return {
        "kr": rng.choice(kr_ids),
        "value": round(rng.uniform(0, 100), 2),
        "note": note,
        "confidence": rng.choice([None, *range(11)]),
    }


def main(argv: list[str]) -> int:
    path, seed = Path(argv[0]), int(argv[1])
    rng = random.Random(seed)
    from okrdesk.services.workspace import Workspace

    Workspace.preload()  # import the write side first, so that a kill after "opening" lands in the open
    say("opening")
    workspace = Workspace.open(path, take_over=True)
    say("opened")
    kr_ids = [row[0] for row in workspace.conn.execute("SELECT id FROM key_results ORDER BY id")]
    for step in range(MAX_STEPS):
        choice = rng.random()
        if choice < 0.5:
            entry = _entry(rng, kr_ids, _note(rng, seed, step, 0))
            say("begin record")
            recorded = workspace.record_check_in(
                entry["kr"], entry["value"], note=entry["note"], confidence=entry["confidence"]
            )
            say("ack " + json.dumps({"id": recorded.id, **entry}))
        elif choice < 0.8:
            entries = [_entry(rng, kr_ids, _note(rng, seed, step, i)) for i in range(rng.randint(2, 6))]
            say("begin batch")
            batch = workspace.record_check_ins(
                [
                    (e["kr"], {"value": e["value"], "note": e["note"], "confidence": e["confidence"]})
                    for e in entries
                ]
            )
            for recorded, entry in zip(batch, entries, strict=True):
                say("ack " + json.dumps({"id": recorded.id, **entry}))
        else:
            say("begin scratch-record")
            scratch = workspace.record_check_in(rng.choice(kr_ids), 1.0, note=SCRATCH)
            say("begin scratch-update")
            workspace.update_check_in(scratch.id, value=2.0, note=SCRATCH + " " + "y" * rng.randint(0, 8000))
            say("begin scratch-delete")
            workspace.delete_check_ins([scratch.id])
    return 3


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
