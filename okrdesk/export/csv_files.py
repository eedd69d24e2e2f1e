"""What the CSV exports share: the formula guard, numbers without float noise, alignment order, and writing
a CSV file whole or not at all (UTF-8 with a BOM, through QSaveFile; see export/save.py).

The formula guard (shared OKR_RULES.md, "CSV interchange"): a spreadsheet program runs a cell that begins
with = + - @ (and some run one that begins with a tab or a carriage return) as a formula, so every such
text cell gets a leading `'`. Import removes exactly one `'` again where it stands before those characters.
Choice where the rules are silent: a text that already begins with quotes followed by such a character
(`'=x`) gets one more quote too (`''=x`), so that import gives back `'=x` and not `=x`. Numbers are written
as numbers and never guarded (-5 stays -5; the text "-5 apples" becomes "'-5 apples").
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from okrdesk.domain.validation import format_number
from okrdesk.export.cancel import Cancelled
from okrdesk.export.save import saved_file
from okrdesk.services.errors import WorkspaceError

if TYPE_CHECKING:
    from PySide6.QtCore import QSaveFile

    from okrdesk.services.workspace import Workspace

__all__ = [
    "FORMULA_STARTS",
    "Cancelled",
    "CsvOut",
    "Progress",
    "alignment_order",
    "csv_line",
    "formula_safe",
    "number_cell",
    "writing_csv",
]

FORMULA_STARTS = frozenset("=+-@\t\r")
BOM = "\ufeff"
CHUNK_ROWS = 5000  # rows per write and per progress report

Progress = Callable[[int, int], bool]


def formula_safe(text: str | None) -> str:
    """A text cell a spreadsheet will not run as a formula (see the module docstring); None becomes ""."""
    if not text:
        return ""
    if text[0] in FORMULA_STARTS or (text[0] == "'" and text.lstrip("'")[:1] in FORMULA_STARTS):
        return "'" + text
    return text


def csv_line(cells: Sequence[Any]) -> str:
    """Cells as one CSV line without its line break (as csv.writer writes them)."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow(cells)
    return buffer.getvalue()


def number_cell(value: float | None, places: int | None = None) -> str:
    """A number as people write it (5, 2.5, -3; no float noise), rounded when asked; None becomes ""."""
    if value is None:
        return ""
    return format_number(round(value, places) if places is not None else value)


def alignment_order(
    items: Sequence[tuple[int, int | None, int]], placed_before: Mapping[int, int] | None = None
) -> list[int]:
    """Ids of (id, parent_id, position) items, parents before children, depth first, siblings by position.

    An item whose parent is not among the items starts a tree of its own. As in `okrdesk list`, those
    aligned to an objective outside come first, in the order of their parents (`placed_before`: the rank of
    objectives already written, e.g. of an enclosing cycle), then the unaligned ones. Loops (damaged data)
    cannot hang it: every id comes out exactly once.
    """
    ranks = placed_before or {}
    given = {item[0] for item in items}
    children: dict[int, list[tuple[int, int]]] = {}
    roots: list[tuple[tuple[int, ...], int]] = []
    for item_id, parent_id, position in items:
        if parent_id is not None and parent_id in given and parent_id != item_id:
            children.setdefault(parent_id, []).append((position, item_id))
        elif parent_id is not None and parent_id != item_id:
            rank = ranks.get(parent_id, len(ranks) + parent_id)
            roots.append(((0, rank, position, item_id), item_id))
        else:
            roots.append(((1, 0, position, item_id), item_id))
    order: list[int] = []
    placed: set[int] = set()
    for _, start in [*sorted(roots), *sorted(((0, 0, p, i), i) for i, _, p in items)]:
        stack = [start]
        while stack:
            node = stack.pop()
            if node in placed:
                continue
            placed.add(node)
            order.append(node)
            stack.extend(kid for _, kid in sorted(children.get(node, []), reverse=True))
    return order


class CsvOut:
    """Rows written as CSV (RFC 4180: commas, quotes doubled, CRLF) into an open QSaveFile, in chunks."""

    def __init__(self, file: QSaveFile, target: Path, what: str) -> None:
        self._file = file
        self._failure = f"The {what} could not be saved to {target}"
        self._buffer = io.StringIO()
        self._writer = csv.writer(self._buffer)

    def write_rows(self, rows: Iterable[Sequence[Any]]) -> None:
        """Writes rows (cells: text, int or float; None is an empty cell)."""
        self._writer.writerows(rows)
        self._flush()

    def write_text(self, text: str) -> None:
        self._buffer.write(text)
        self._flush()

    def _flush(self) -> None:
        data = self._buffer.getvalue().encode("utf-8")
        self._buffer.seek(0)
        self._buffer.truncate()
        if data and self._file.write(data) != len(data):
            reason = self._file.errorString() or "the disk may be full"
            raise WorkspaceError(f"{self._failure}: {reason}. Nothing was written.")


@contextmanager
def writing_csv(workspace: Workspace, target: Path, what: str, header: Sequence[str]) -> Iterator[CsvOut]:
    """A CSV file being written at target: BOM and header first; replaced whole when the block completes.

    Refused before any work (WorkspaceError): a folder, a missing or read-only folder, a read-only file,
    and the workspace file itself. When the block raises (Cancelled included), target is left as it was.
    """
    target = Path(target).expanduser()
    if target.exists() and target.resolve() == workspace.path.resolve():
        raise WorkspaceError(
            f"The {what} cannot replace the workspace itself ({target.name}); choose another file name."
        )
    with saved_file(target, what) as file:
        out = CsvOut(file, target, what)
        out.write_text(BOM)
        out.write_rows([header])
        yield out


def report(progress: Progress | None, done: int, total: int) -> None:
    """Tells the progress callback how far the export is; raises Cancelled when it answers False."""
    if progress is not None and not progress(done, total):
        raise Cancelled
