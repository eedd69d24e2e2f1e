"""One writer per workspace: a lock file beside it (``team.okr.lock``) says who has it open for writing.

The file holds user, host, process id, when the session started and when it was last seen (the desktop app
refreshes it every minute), as JSON, so a person can read it too. Creating it is atomic (O_EXCL, which
network file systems honour), and so is taking over a stale one (write a new file, rename it over the old).

A lock is *stale* when its process is gone (same host, process id not running) or, from another host, when
it has not been refreshed for STALE_AFTER. Even then okrdesk takes it over only after the user confirms:
the other computer may just be asleep. Locks are re-entrant within one process (the app and its tests may
open the same workspace twice); the file goes when the last holder in the process releases it.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

__all__ = ["LockHeld", "LockInfo", "LockUnavailable", "WorkspaceLock", "lock_path", "read_lock"]

STALE_AFTER = timedelta(minutes=10)
REFRESH_EVERY_MS = 60_000
SUFFIX = ".lock"


def lock_path(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + SUFFIX)


@dataclass(frozen=True)
class LockInfo:
    """Who holds a workspace (as read from its lock file)."""

    user: str
    host: str
    pid: int
    started: datetime
    seen: datetime
    token: str

    @property
    def who(self) -> str:
        return f"{self.user}@{self.host}"

    @property
    def here(self) -> bool:
        return self.host == _host()

    @property
    def process_gone(self) -> bool:
        """Its process no longer runs on this computer (known only for locks of this computer)."""
        return self.here and self.pid > 0 and not _process_running(self.pid)

    def is_stale(self, now: datetime | None = None) -> bool:
        """The holder is gone: its process no longer runs here, or it has been silent too long."""
        if self.process_gone:
            return True
        return (now or datetime.now()) - self.seen > STALE_AFTER

    def describe(self) -> str:
        since = _when(self.started)
        return f"{self.user} on {self.host} (since {since})"


class LockHeld(Exception):
    """Someone else has the workspace open for writing."""

    def __init__(self, info: LockInfo) -> None:
        super().__init__(info.describe())
        self.info = info


class LockUnavailable(Exception):
    """The lock file cannot be made (read-only folder or medium); the message says why."""


def _host() -> str:
    if hasattr(os, "uname"):  # the host name without importing socket (start-up time)
        return os.uname().nodename or "this computer"
    import socket

    return socket.gethostname() or "this computer"


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "someone"


def _when(moment: datetime) -> str:
    if moment.date() == datetime.now().date():
        return moment.strftime("%H:%M")
    return moment.strftime("%Y-%m-%d %H:%M")


def _process_running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return True
    return True


def read_lock(path: Path) -> LockInfo | None:
    """The lock on a workspace, or None when there is none. An unreadable lock counts as held by nobody
    known, long ago (so it is offered for take-over, never ignored)."""
    try:
        text = lock_path(path).read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return None
    except OSError:
        text = ""
    try:
        data = json.loads(text)
        return LockInfo(
            user=str(data["user"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            started=datetime.fromisoformat(data["started"]),
            seen=datetime.fromisoformat(data["seen"]),
            token=str(data["token"]),
        )
    except (ValueError, KeyError, TypeError):
        long_ago = datetime(2000, 1, 1)
        return LockInfo("someone", "an unknown computer", 0, long_ago, long_ago, "")


# Locks held by this process: resolved workspace path -> (lock, holders).
_HELD: dict[Path, tuple[WorkspaceLock, int]] = {}


class WorkspaceLock:
    """This process's lock on one workspace. Get it with WorkspaceLock.acquire()."""

    def __init__(self, workspace: Path, info: LockInfo) -> None:
        self.workspace = workspace
        self.info = info
        self.lost = False
        self.replaced: LockInfo | None = None  # the stale lock this one took over, if any

    @property
    def path(self) -> Path:
        return lock_path(self.workspace)

    @classmethod
    def acquire(cls, workspace: Path, *, take_over: bool = False, wait: float = 0.0) -> WorkspaceLock:
        """Takes the lock; raises LockHeld (with who holds it) or LockUnavailable.

        take_over replaces a lock held by someone else (only after the user confirmed); wait keeps trying
        for that many seconds while another okrdesk holds it (the command line's short writes queue so).
        """
        key = Path(os.path.realpath(workspace))
        held = _HELD.get(key)
        if held is not None and not held[0].lost:
            _HELD[key] = (held[0], held[1] + 1)
            return held[0]
        deadline = time.monotonic() + wait
        while True:
            try:
                lock = cls._create(key, replace=take_over)
                break
            except LockHeld as held:
                if held.info.is_stale() or time.monotonic() >= deadline:
                    raise  # a stale lock is never given up by its holder: waiting for it is futile
                time.sleep(0.05)
        _HELD[key] = (lock, 1)
        return lock

    @classmethod
    def _create(cls, workspace: Path, *, replace: bool) -> WorkspaceLock:
        now = datetime.now().replace(microsecond=0)
        info = LockInfo(_user(), _host(), os.getpid(), now, now, os.urandom(16).hex())
        lock = cls(workspace, info)
        target = lock.path
        try:
            if replace:
                lock.replaced = read_lock(workspace)
                lock._write_replacing()
            else:
                lock._write_new()
        except FileExistsError:
            holder = read_lock(workspace)
            if holder is None:  # released between the two calls: try again
                return cls._create(workspace, replace=replace)
            raise LockHeld(holder) from None
        except OSError as exc:
            raise LockUnavailable(_reason(exc, target.parent)) from None
        if replace:
            current = read_lock(workspace)
            if current is None or current.token != info.token:  # someone else took over at the same moment
                raise LockHeld(current or info)
        return lock

    def _text(self) -> str:
        i = self.info
        return json.dumps(
            {
                "app": "okrdesk",
                "user": i.user,
                "host": i.host,
                "pid": i.pid,
                "started": i.started.isoformat(),
                "seen": i.seen.isoformat(),
                "token": i.token,
            },
            indent=1,
        )

    def _write_new(self) -> None:
        """Creates the lock file whole, in one step: written under a private name, then hard-linked to the
        lock's name, which fails if a lock exists (atomic on local disks and NFS). Another okrdesk thus never
        sees a lock without its holder. Where hard links are not supported (some SMB shares), O_EXCL."""
        tmp = self.path.with_name(f".{self.path.name}.{self.info.token}")
        try:
            tmp.write_text(self._text(), encoding="utf-8")
            try:
                os.link(tmp, self.path)
            except FileExistsError:
                raise
            except OSError:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(self._text())
        finally:
            tmp.unlink(missing_ok=True)

    def _write_replacing(self) -> None:
        tmp = self.path.with_name(f".{self.path.name}.{self.info.token}")
        try:
            tmp.write_text(self._text(), encoding="utf-8")
            os.replace(tmp, self.path)
        finally:
            tmp.unlink(missing_ok=True)

    def still_ours(self) -> bool:
        """False once another okrdesk took the workspace over (or the lock file vanished)."""
        if self.lost:
            return False
        current = read_lock(self.workspace)
        if current is None or current.token != self.info.token:
            self.lost = True
        return not self.lost

    def refresh(self) -> bool:
        """Marks the lock as seen now (the desktop app calls this every minute); False when it was lost."""
        if not self.still_ours():
            return False
        now = datetime.now().replace(microsecond=0)
        self.info = LockInfo(
            self.info.user, self.info.host, self.info.pid, self.info.started, now, self.info.token
        )
        with contextlib.suppress(OSError):
            self._write_replacing()
        return True

    def release(self) -> None:
        """Gives the lock up (the file goes when the last holder in this process releases it)."""
        key = self.workspace
        held = _HELD.get(key)
        if held is not None and held[0] is self:
            if held[1] > 1:
                _HELD[key] = (self, held[1] - 1)
                return
            del _HELD[key]
        if self.still_ours():
            with contextlib.suppress(OSError):
                self.path.unlink()
        self.lost = True


def _reason(exc: OSError, folder: Path) -> str:
    import errno

    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"okrdesk may not write in {folder}"
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    return exc.strerror or str(exc)
