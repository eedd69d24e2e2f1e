"""Network drives: found in the mount table, and given the rollback journal there, never WAL."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from okrdesk.services.workspace import Workspace
from okrdesk.store import fsinfo
from okrdesk.store.fsinfo import kind_of_fstype, mount_fstype

# /proc/self/mountinfo as Linux writes it: ... mount-point options [optional fields] - fstype source options
MOUNTINFO = r"""22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw,errors=remount-ro
25 22 0:22 / /tmp rw,nosuid,nodev shared:5 - tmpfs tmpfs rw
40 22 0:40 / /mnt/share rw,relatime shared:20 - cifs //fileserver/okr rw,vers=3.1.1,cache=strict
41 40 8:2 / /mnt/share/local rw,relatime shared:21 - ext4 /dev/sdb1 rw
42 22 0:41 / /mnt/nfs rw,relatime shared:22 - nfs4 fileserver:/export/okr rw,vers=4.2
43 22 0:42 / /home/ana/dav rw,nosuid,nodev,relatime shared:23 - fuse.davfs2 https://dav.example/okr rw
44 22 0:43 / /Volumes/Team\040Drive rw,relatime - afpfs afp://fileserver/Team rw
45 22 0:44 / /mnt/my\040share rw,relatime shared:24 - cifs //fileserver/my\040share rw
46 22 0:45 / /run/user/1000/gvfs rw,nosuid,nodev,relatime shared:25 - fuse.gvfsd-fuse gvfsd-fuse rw
"""


@pytest.mark.parametrize(
    ("path", "fstype"),
    [
        ("/home/ana/plans/team.okr", "ext4"),
        ("/tmp", "tmpfs"),
        ("/mnt/share", "cifs"),  # the mount point itself (a workspace in the share's top folder)
        ("/mnt/share/okr/team.okr", "cifs"),
        ("/mnt/share/local/team.okr", "ext4"),  # a local disk mounted inside the share: the nearer wins
        ("/mnt/share2/team.okr", "ext4"),  # a sibling whose name starts the same is not inside /mnt/share
        ("/mnt/nfs/q2/team.okr", "nfs4"),
        ("/home/ana/dav/team.okr", "fuse.davfs2"),
        ("/Volumes/Team Drive/team.okr", "afpfs"),  # \040 in the table is a space
        ("/mnt/my share/team.okr", "cifs"),
        ("/mnt/my", "ext4"),
        ("/run/user/1000/gvfs/smb-share:server=fs,share=okr/team.okr", "fuse.gvfsd-fuse"),
    ],
)
def test_the_mount_holding_a_path_is_read_from_the_mount_table(path: str, fstype: str) -> None:
    assert mount_fstype(Path(path), MOUNTINFO) == fstype


def test_a_later_mount_over_the_same_folder_hides_the_earlier_one() -> None:
    table = MOUNTINFO + "50 40 0:50 / /mnt/nfs rw - ext4 /dev/sdc1 rw\n"
    assert mount_fstype(Path("/mnt/nfs/team.okr"), table) == "ext4"


def test_odd_lines_in_the_mount_table_are_skipped() -> None:
    table = "garbage\n\n1 2 3\n60 22 0:60 / /mnt/x rw - \n" + MOUNTINFO
    assert mount_fstype(Path("/mnt/x/team.okr"), table) == "ext4"
    assert mount_fstype(Path("/x"), "") is None


@pytest.mark.parametrize(
    ("fstype", "kind"),
    [
        ("cifs", "SMB/CIFS"),
        ("smb3", "SMB/CIFS"),
        ("smbfs", "SMB/CIFS"),  # macOS
        ("nfs", "NFS"),
        ("nfs4", "NFS"),
        ("afpfs", "AFP"),
        ("webdav", "WebDAV"),
        ("fuse.davfs2", "WebDAV"),
        ("fuse.sshfs", "SSHFS"),
        ("fuse.gvfsd-fuse", "a network drive (GNOME's GVFS)"),  # smb:// opened in GNOME Files
    ],
)
def test_network_file_systems_are_named_as_users_know_them(fstype: str, kind: str) -> None:
    assert kind_of_fstype(fstype) == kind


@pytest.mark.parametrize("fstype", ["ext4", "btrfs", "xfs", "tmpfs", "apfs", "hfs", "overlay", "zfs"])
def test_local_file_systems_are_not_network_drives(fstype: str) -> None:
    assert kind_of_fstype(fstype) is None


def test_this_test_folder_is_a_local_disk(tmp_path: Path) -> None:
    """The other tests rely on it (WAL is expected on local disks); a network /tmp would be named here."""
    assert fsinfo.network_filesystem(tmp_path / "w.okr") is None


# ---- what opening does on one ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def wal_at_rest(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace as the desktop app leaves it on a local disk: in WAL mode, closed."""
    path = tmp_path_factory.mktemp("template") / "w.okr"
    Workspace.create(path).close()
    assert path.read_bytes()[18:20] == b"\x02\x02"  # WAL in the header
    return path


def test_on_a_network_drive_okrdesk_uses_the_rollback_journal_and_waits_for_the_drive(
    wal_at_rest: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "w.okr"
    shutil.copyfile(wal_at_rest, path)
    monkeypatch.setattr(fsinfo, "network_filesystem", lambda _path: "SMB/CIFS")
    with Workspace.open(path) as workspace:
        assert workspace.network == "SMB/CIFS"
        assert workspace.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert workspace.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert path.read_bytes()[18:20] == b"\x01\x01"  # the WAL file at rest was switched to DELETE
        workspace.add_objective(workspace.cycles()[0].id, "Written over the network")
        assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT title FROM objectives").fetchall() == [("Written over the network",)]
    finally:
        conn.close()


def test_on_a_local_disk_okrdesk_uses_the_write_ahead_log(wal_at_rest: Path, tmp_path: Path) -> None:
    path = tmp_path / "w.okr"
    shutil.copyfile(wal_at_rest, path)
    with Workspace.open(path) as workspace:
        assert workspace.network is None
        assert workspace.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert workspace.conn.execute("PRAGMA synchronous").fetchone()[0] == 2
