"""Is a workspace on a network drive? SQLite's WAL mode needs shared memory that network file systems do
not provide, so there okrdesk uses the rollback journal (DELETE) with synchronous=FULL instead.

Detected: SMB/CIFS, NFS, AFP, WebDAV (and FUSE network mounts: sshfs, GNOME's GVFS) from the mount table on
Linux, from statfs on macOS, and UNC paths or network drive letters on Windows. Standard library only.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["kind_of_fstype", "mount_fstype", "network_filesystem"]

# File system type names (as Linux's mount table and macOS's statfs spell them) -> what users call them.
_NETWORK_TYPES = {
    "cifs": "SMB/CIFS",
    "smb": "SMB/CIFS",
    "smb2": "SMB/CIFS",
    "smb3": "SMB/CIFS",
    "smbfs": "SMB/CIFS",
    "nfs": "NFS",
    "nfs4": "NFS",
    "afpfs": "AFP",
    "afp": "AFP",
    "webdav": "WebDAV",
    "davfs": "WebDAV",
    "fuse.davfs2": "WebDAV",
    "fuse.sshfs": "SSHFS",
    "fuse.rclone": "a network drive (rclone)",
    "fuse.gvfsd-fuse": "a network drive (GNOME's GVFS)",  # smb://, sftp://, dav:// opened in Files
    "9p": "a network drive (9P)",
    "ncpfs": "a network drive (NetWare)",
    "afs": "AFS",
    "ceph": "Ceph",
    "glusterfs": "GlusterFS",
    "fuse.glusterfs": "GlusterFS",
}


def kind_of_fstype(fstype: str) -> str | None:
    """The network file system a type name stands for, or None for a local one."""
    return _NETWORK_TYPES.get(fstype.lower())


def _unescape(field: str) -> str:
    # The mount table escapes space, tab, newline and backslash as octal (\040 ...).
    out, index = [], 0
    while index < len(field):
        if field[index] == "\\" and field[index + 1 : index + 4].isdigit():
            out.append(chr(int(field[index + 1 : index + 4], 8)))
            index += 4
        else:
            out.append(field[index])
            index += 1
    return "".join(out)


def mount_fstype(path: Path, mountinfo: str) -> str | None:
    """The file system type of the mount holding path, from the text of /proc/self/mountinfo."""
    best, best_type = "", None
    target = str(path)
    for line in mountinfo.splitlines():
        left, sep, right = line.partition(" - ")
        fields = left.split()
        if not sep or len(fields) < 5 or not right.split():
            continue
        point = _unescape(fields[4])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, right.split()[0]
    return best_type


def _linux(path: Path) -> str | None:
    try:
        text = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    fstype = mount_fstype(path, text)
    return kind_of_fstype(fstype) if fstype else None


def _macos(path: Path) -> str | None:  # pragma: no cover - macOS only
    import ctypes

    class StatFs(ctypes.Structure):
        _fields_ = [
            ("f_bsize", ctypes.c_uint32),
            ("f_iosize", ctypes.c_int32),
            ("f_blocks", ctypes.c_uint64),
            ("f_bfree", ctypes.c_uint64),
            ("f_bavail", ctypes.c_uint64),
            ("f_files", ctypes.c_uint64),
            ("f_ffree", ctypes.c_uint64),
            ("f_fsid", ctypes.c_int32 * 2),
            ("f_owner", ctypes.c_uint32),
            ("f_type", ctypes.c_uint32),
            ("f_flags", ctypes.c_uint32),
            ("f_fssubtype", ctypes.c_uint32),
            ("f_fstypename", ctypes.c_char * 16),
            ("f_mntonname", ctypes.c_char * 1024),
            ("f_mntfromname", ctypes.c_char * 1024),
            ("f_reserved", ctypes.c_uint32 * 8),
        ]

    libc = ctypes.CDLL("libc.dylib", use_errno=True)
    statfs = libc["statfs$INODE64"]
    buffer = StatFs()
    if statfs(os.fsencode(str(path)), ctypes.byref(buffer)) != 0:
        return None
    return kind_of_fstype(buffer.f_fstypename.decode(errors="replace"))


def _windows(path: Path) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    text = str(path)
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return "a network share (UNC path)"
    if text.startswith("\\\\?\\UNC\\"):
        return "a network share (UNC path)"
    drive = os.path.splitdrive(text)[0]
    if drive:
        drive_remote = 4
        if ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote:  # type: ignore[attr-defined]
            return "a network drive"
    return None


def network_filesystem(path: Path) -> str | None:
    """The kind of network file system holding path ("SMB/CIFS", "NFS", ...), or None when it is local."""
    try:
        folder = Path(os.path.realpath(path if path.is_dir() else path.parent))
        if sys.platform.startswith("linux"):
            return _linux(folder)
        if sys.platform == "darwin":
            return _macos(folder)
        if sys.platform == "win32":
            return _windows(Path(os.path.abspath(path)))
    except (OSError, ValueError, AttributeError):
        return None
    return None
