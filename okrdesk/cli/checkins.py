"""The check-in commands: `okrdesk checkin` records a check-in, `okrdesk history` prints a key result's.

See the package docstring (okrdesk/cli/__init__.py) for the choices about dates, warnings and authors.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from datetime import date, datetime
from datetime import time as clock
from typing import TYPE_CHECKING, Any

from okrdesk.cli.common import Failure, add_lock_options, open_for_writing, print_document, set_errors_replace

if TYPE_CHECKING:
    from okrdesk.domain.model import Cycle, KeyResult
    from okrdesk.services.workspace import Workspace


CHECKIN_HELP = """\
Records one check-in of a key result, committed to the workspace before okrdesk exits.

On success it prints one line, e.g.
  KR-12 "Weekly active users": 40 → 55% (progress 25%, on track) recorded at 2026-11-21 10:02
A check-in dated before the key result's latest one does not change its current value; the line says so.
Warnings (a value far outside the range, "a typo?"; a date outside the cycle) go to stderr as
"warning: ..." and the check-in is still recorded. A date outside a closed cycle needs --yes.
Exit status: 0 recorded, 1 refused (nothing recorded; one line "okrdesk: ..." on stderr), 2 usage error."""

HISTORY_HELP = """\
Prints the check-ins of a key result, oldest first: a header line (ref, title, start → target, current)
and a table of date, value, progress, confidence, author and the note's first line.

With --json it prints one UTF-8 JSON document:
  {"ref", "title", "type", "start", "target", "unit", "current", "objective_ref", "cycle",
   "check_ins": [{"id", "at", "value", "progress", "confidence", "note", "author"}, ...]}
"at" is the local time in ISO format (2026-11-21T10:02:00); "progress" is the raw progress after that
check-in (above 1 overachieved, below 0 below baseline); "confidence" and "author" may be null; "note" is
the full note, exactly as written."""


def _key_result_command(commands: Any, name: str, summary: str, description: str) -> argparse.ArgumentParser:
    """A subcommand about one key result: PATH and --kr REF."""
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        prog=f"okrdesk {name}",
        help=summary,
        description=description,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("path", metavar="PATH", help="the workspace file")
    parser.add_argument(
        "--kr", metavar="REF", required=True, help="the key result's ref, as `okrdesk list` shows it (KR-12)"
    )
    return parser


def add_check_in_parsers(commands: Any) -> None:
    checkin = _key_result_command(commands, "checkin", "record a check-in of a key result", CHECKIN_HELP)
    checkin.add_argument(
        "--value",
        metavar="V",
        required=True,
        help="the measured value: 55, 3,5 or 45%%; a milestone also takes done or not-done; "
        "write a negative value as --value=-3",
    )
    checkin.add_argument(
        "--confidence", metavar="C", help="0 (no chance of reaching the target) to 10 (certain)"
    )
    checkin.add_argument("--note", metavar="TEXT", default="", help="a note, stored exactly as written")
    add_lock_options(checkin)
    checkin.add_argument(
        "--at",
        metavar="WHEN",
        help="when it was measured: 2026-11-03 (that day at 12:00, or now if today) or 2026-11-03T14:30 "
        "(default: now; never in the future)",
    )
    checkin.add_argument(
        "--author", metavar="NAME", help="the person checking in (a person in the workspace)"
    )
    checkin.add_argument("--yes", action="store_true", help="confirm a check-in dated outside a closed cycle")

    history = _key_result_command(commands, "history", "print the check-ins of a key result", HISTORY_HELP)
    history.add_argument("--json", action="store_true", help="print the check-ins as JSON (see above)")


MILESTONE_WORDS = {"done": 1.0, "yes": 1.0, "true": 1.0, "not done": 0.0, "no": 0.0, "false": 0.0}
NOTE_SHOWN = 60  # characters of a note's first line in the history table
_MAX_ID = 2**63 - 1  # SQLite's largest integer


def _one_line(text: str) -> str:
    """User text as written, except line breaks and control characters, shown as escapes (a backslash
    and n for a line break): whatever a title or note holds, a printed line stays one line."""
    return "".join(
        char.encode("unicode_escape").decode("ascii")
        if unicodedata.category(char) in ("Cc", "Zl", "Zp")
        else char
        for char in text
    )


def _shown(text: str) -> str:
    """User input quoted in a message: one line, shortened when long."""
    line = _one_line(text.strip())
    return f"'{line[:39]}…'" if len(line) > 40 else f"'{line}'"


def _key_result_of(workspace: Workspace, ref: str) -> KeyResult:
    """The key result a ref ("KR-12", "kr-12", "12") names; a one-line failure naming the ref otherwise."""
    from okrdesk.domain.model import key_result_ref, parse_key_result_ref
    from okrdesk.services.errors import NotFoundError

    kr_id = parse_key_result_ref(ref) if ref.isascii() else None
    if kr_id is None:
        raise Failure(f"{_shown(ref)} is not a key result ref; use one like KR-12 (okrdesk list shows them).")
    try:
        if kr_id > _MAX_ID:
            raise NotFoundError(ref)
        return workspace.key_result(kr_id)
    except NotFoundError:
        raise Failure(
            f"{workspace.path.name} has no key result {key_result_ref(kr_id)} "
            "(it may have been deleted; okrdesk list shows the refs)."
        ) from None


def _cycle_of(workspace: Workspace, kr: KeyResult) -> Cycle:
    return workspace.cycle(workspace.objective(kr.objective_id).cycle_id)


def _check_in_value(text: str, kr: KeyResult) -> float:
    """The value as the app reads it (3,5 and 45% too); done / not-done for a milestone."""
    from okrdesk.domain import validation
    from okrdesk.domain.model import KRType
    from okrdesk.services.errors import ValidationError

    milestone = kr.kr_type == KRType.MILESTONE
    if milestone:
        word = " ".join(text.casefold().replace("-", " ").replace("_", " ").split())
        if word in MILESTONE_WORDS:
            return MILESTONE_WORDS[word]
    try:
        value = validation.parse_number(text, "value")
    except ValueError as exc:
        hint = " A milestone is done or not-done (1 or 0)." if milestone else ""
        raise Failure(f"{_one_line(str(exc))}{hint}") from None
    problems = validation.validate_check_in_value(value, kr.kr_type)
    if problems:
        raise ValidationError(problems)
    return value


def _confidence(text: str | None) -> int | None:
    from okrdesk.domain import validation
    from okrdesk.services.errors import ValidationError

    if text is None:
        return None
    cleaned = text.strip()
    if not (cleaned.isascii() and cleaned.removeprefix("-").removeprefix("+").isdigit()):
        raise Failure(
            f"Confidence is a whole number from 0 (no chance) to 10 (certain); {_shown(text)} is not."
        )
    confidence = int(cleaned)
    problems = validation.validate_confidence(confidence)
    if problems:
        raise ValidationError(problems)
    return confidence


def _moment(text: str, now: datetime) -> datetime:
    """--at: a day alone is that day at 12:00 (now when it is today); a date and time is that moment."""
    cleaned = text.strip()
    try:
        day = date.fromisoformat(cleaned)
    except ValueError:
        pass
    else:
        return now if day == now.date() else datetime.combine(day, clock(12, 0))
    try:
        moment = datetime.fromisoformat(cleaned)
        if moment.tzinfo is not None:  # stored as local wall-clock time, like every timestamp
            moment = moment.astimezone().replace(tzinfo=None)
    except (ValueError, OverflowError, OSError):
        raise Failure(
            f"{_shown(text)} is not a date or a date and time like 2026-11-03 or 2026-11-03T14:30."
        ) from None
    return moment


def _author(workspace: Workspace, name: str | None) -> int | None:
    if name is None:
        return None
    wanted = " ".join(name.split()).casefold()
    found = [p for p in workspace.people() if " ".join(p.name.split()).casefold() == wanted]
    if not found:
        raise Failure(f"There is no person named {_shown(name)} in {workspace.path.name}.")
    if len(found) > 1:
        raise Failure(f"Several people are named {_shown(name)}; rename one of them in the app first.")
    return found[0].id


def _with_unit(kr: KeyResult, value: float, *, unit: bool = True) -> str:
    """A value as `okrdesk list` shows it: 55%, 12 users, done / not done for a milestone."""
    from okrdesk.domain.model import KRType
    from okrdesk.domain.validation import format_number

    if kr.kr_type == KRType.MILESTONE:
        return "done" if value >= 1 else "not done"
    text = _one_line(kr.unit) if unit else ""
    return format_number(value) + (text if text.startswith(("%", "/")) or not text else " " + text)


def _percent(raw: float) -> str:
    return f"{round(raw * 100)}%"


def _minute(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def run_checkin(args: argparse.Namespace) -> int:
    from okrdesk.domain import checkins
    from okrdesk.domain.progress import clamp, expected_for, key_result_progress, status
    from okrdesk.services.errors import ValidationError
    from okrdesk.services.listing import STATUS_WORDS

    set_errors_replace(sys.stdout)
    set_errors_replace(sys.stderr)
    with open_for_writing(args) as workspace:
        before = _key_result_of(workspace, args.kr)
        cycle = _cycle_of(workspace, before)
        value = _check_in_value(args.value, before)
        confidence = _confidence(args.confidence)
        now = datetime.now()
        at = now if args.at is None else _moment(args.at, now)
        problem = checkins.date_problem(at, now)
        if problem is not None:
            raise ValidationError([problem])
        author_id = _author(workspace, args.author)
        if checkins.needs_confirmation(cycle, at.date()) and not args.yes:
            warning = checkins.date_warning(cycle, at.date())
            reason = warning.message if warning is not None else f"The cycle {cycle.name} is closed."
            raise Failure(f"{_one_line(reason)} Nothing was recorded; add --yes to record it anyway.")
        recorded = workspace.record_check_in(
            before.id, value, confidence=confidence, note=args.note, at=at, author_id=author_id
        )
        after = workspace.key_result(before.id)
    for warning in checkins.check_in_warnings(before, value, cycle, recorded.at.date()):
        print(f"warning: {_one_line(warning.message)}", file=sys.stderr)
    raw = key_result_progress(after)
    pace = f"progress {_percent(raw)}, {STATUS_WORDS[status(clamp(raw), expected_for(cycle, date.today()))]}"
    if recorded.confidence is not None:
        pace += f", confidence {recorded.confidence}"
    head = f'{after.ref} "{_one_line(after.title)}"'
    if after.last_check_in is not None and after.last_check_in > recorded.at:
        print(
            f"{head}: {_with_unit(after, value)} recorded at {_minute(recorded.at)}, before the latest "
            f"check-in ({_minute(after.last_check_in)}); the current value stays "
            f"{_with_unit(after, after.current)} ({pace})"
        )
    else:
        old = _with_unit(before, before.current, unit=False)
        print(f"{head}: {old} → {_with_unit(after, value)} ({pace}) recorded at {_minute(recorded.at)}")
    return 0


def _history_document(workspace: Workspace, kr: KeyResult) -> dict[str, Any]:
    from okrdesk.domain.model import objective_ref
    from okrdesk.domain.progress import kr_raw_progress

    authors = {owner.id: owner.name for owner in workspace.owners()}
    cycle = _cycle_of(workspace, kr)
    return {
        "ref": kr.ref,
        "title": kr.title,
        "type": kr.kr_type.value,
        "start": kr.start,
        "target": kr.target,
        "unit": kr.unit,
        "current": kr.current,
        "objective_ref": objective_ref(kr.objective_id),
        "cycle": cycle.name,
        "check_ins": [
            {
                "id": c.id,
                "at": c.at.isoformat(timespec="seconds"),
                "value": c.value,
                "progress": kr_raw_progress(kr.kr_type, kr.start, kr.target, c.value),
                "confidence": c.confidence,
                "note": c.note,
                "author": authors.get(c.author_id) if c.author_id is not None else None,
            }
            for c in workspace.check_ins(kr.id)
        ],
    }


def _width(text: str) -> int:
    """Columns a terminal gives text: wide (CJK, emoji) characters take two, combining marks none."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text
    )


def _first_line(note: str) -> str:
    lines = note.strip().splitlines()
    first = _one_line(lines[0].strip()) if lines else ""
    if len(first) > NOTE_SHOWN or len(lines) > 1:
        return first[: NOTE_SHOWN - 1].rstrip() + "…"
    return first


def _history_text(kr: KeyResult, document: dict[str, Any]) -> str:
    from okrdesk.domain.model import KRType

    kind = kr.kr_type
    if kind in (KRType.INCREASE, KRType.DECREASE):
        goal = f"{_with_unit(kr, kr.start)} → {_with_unit(kr, kr.target)}"
    elif kind == KRType.MILESTONE:
        goal = "milestone"
    else:
        goal = f"{kind.value.replace('_', ' ')} {_with_unit(kr, kr.target)}"
    entries = document["check_ins"]
    count = f"{len(entries)} check-in{'' if len(entries) == 1 else 's'}"
    lines = [f'{kr.ref} "{_one_line(kr.title)}": {goal}, current {_with_unit(kr, kr.current)}, {count}']
    if not entries:
        return "\n".join([*lines, "  (no check-ins yet)"]) + "\n"
    rows = [("when", "value", "progress", "confidence", "author", "note")]
    for c in entries:
        confidence = "–" if c["confidence"] is None else str(c["confidence"])
        rows.append(
            (
                _minute(datetime.fromisoformat(c["at"])),
                _with_unit(kr, c["value"]),
                _percent(c["progress"]),
                confidence,
                _one_line(c["author"] or "–"),
                _first_line(c["note"]),
            )
        )
    widths = [max(_width(row[i]) for row in rows) for i in range(5)]
    for row in rows:
        cells = [cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(row[:5])]
        lines.append(("  " + "  ".join([*cells, row[5]])).rstrip())
    return "\n".join(lines) + "\n"


def run_history(args: argparse.Namespace) -> int:
    from okrdesk.services.workspace import Workspace

    with Workspace.open(args.path, read_only=True) as workspace:
        kr = _key_result_of(workspace, args.kr)
        document = _history_document(workspace, kr)
    print_document(document, args.json, lambda: _history_text(kr, document))
    return 0
