"""Device identity: a database that moved or went back in time must not reuse sequence numbers.

A device id names one line of events, numbered by seq. Two databases writing under the
same id would hand the hub two different events for one (device, seq), and the hub
keeps the first: the other is lost without a word. So a database mints a new device id
(tutor.events.mint_new_device_id, which retires the old one so its unsent events
still go out) whenever it may no longer be the only writer of its line:

a. At open (tutor.workspace), by where it is: the meta table remembers a fingerprint of
   the machine (Linux /etc/machine-id or /var/lib/dbus/machine-id, Windows MachineGuid,
   macOS IOPlatformUUID) and of the data dir's path. A database copied to another PC,
   or to another folder, sees a different one. A component this machine cannot read
   (no machine-id in a container) is skipped, not compared, so a missing file never
   causes a new id on every start.
   Where it stands in its own history: a small file beside the database
   (``device-seq.json``) holds the highest seq this device id reached, written when the
   app closes. A backup put back by hand over the database (same PC, same folder, so
   the fingerprint agrees) has fewer events than the file says: it is an older copy.
b. At sync hello (tutor.sync.engine): the hub holds seqs of this device beyond the
   highest one in this database: the database is a stale copy; the engine mints a new id
   and re-sends under it what the hub lacks.

Core code: no Qt.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tutor.sync.state import meta_value, set_meta_value

log = logging.getLogger(__name__)

MACHINE_KEY = "identity.machine"
PATH_KEY = "identity.data_dir"
HIGH_SEQ_FILE = "device-seq.json"
LINUX_MACHINE_ID_FILES = (Path("/etc/machine-id"), Path("/var/lib/dbus/machine-id"))


@dataclass(frozen=True)
class Fingerprint:
    machine: str | None   # a hash of the machine's own id; None when it cannot be read
    data_dir: str         # a hash of the data dir's resolved path


def read_machine_id() -> str | None:
    """The operating system's id for this installation, or None when it cannot be read."""
    try:
        if sys.platform.startswith("win"):
            return _windows_machine_guid()
        if sys.platform == "darwin":
            return _mac_platform_uuid()
        for path in LINUX_MACHINE_ID_FILES:
            try:
                value = path.read_text(encoding="ascii").strip()
            except (OSError, UnicodeDecodeError):
                continue
            if value:
                return value
    except Exception:  # an odd registry or ioreg must never keep anyone out of their lessons
        log.warning("machine id could not be read", exc_info=True)
    return None


def _windows_machine_guid() -> str | None:
    import winreg  # type: ignore[import-not-found]

    access = winreg.KEY_READ | getattr(winreg, "KEY_WOW64_64KEY", 0)
    with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Cryptography", 0, access) as key:
        value, _kind = winreg.QueryValueEx(key, "MachineGuid")
    return str(value).strip() or None


def _mac_platform_uuid() -> str | None:
    out = subprocess.run(["ioreg", "-rd1", "-c", "IOPlatformExpertDevice"], capture_output=True, text=True,
                         timeout=5, check=False).stdout
    for line in out.splitlines():
        if "IOPlatformUUID" in line:
            return line.split("=", 1)[1].strip().strip('"') or None
    return None


def _digest(kind: str, value: str) -> str:
    # Hashed: the meta table travels in backups and USB copies; the raw machine id need not.
    return hashlib.sha256(f"tutor-{kind}:{value}".encode()).hexdigest()[:32]


def fingerprint(data_dir: Path, machine_id: str | None) -> Fingerprint:
    path = os.path.normcase(str(Path(data_dir).resolve()))
    return Fingerprint(_digest("machine", machine_id) if machine_id else None, _digest("path", path))


def stored_fingerprint(conn: sqlite3.Connection) -> Fingerprint | None:
    path = meta_value(conn, PATH_KEY)
    return Fingerprint(meta_value(conn, MACHINE_KEY), path) if path else None


def save_fingerprint(conn: sqlite3.Connection, found: Fingerprint) -> None:
    """Inside the caller's transaction."""
    if found.machine:
        set_meta_value(conn, MACHINE_KEY, found.machine)
    set_meta_value(conn, PATH_KEY, found.data_dir)


def moved_reason(stored: Fingerprint | None, found: Fingerprint) -> str | None:
    """Why the database is not where it was written, or None. A first open (nothing
    stored, or a database from before this check) is not a move."""
    if stored is None:
        return None
    if stored.machine and found.machine and stored.machine != found.machine:
        return "another machine"
    if stored.data_dir != found.data_dir:
        return "another folder"
    return None


# --- the high-water file beside the database ----------------------------------------------------


def read_high_seq(data_dir: Path) -> tuple[str, int] | None:
    try:
        data = json.loads((Path(data_dir) / HIGH_SEQ_FILE).read_text(encoding="utf-8"))
        device, seq = data["device_id"], data["seq"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(device, str) or isinstance(seq, bool) or not isinstance(seq, int):
        return None
    return device, seq


def write_high_seq(data_dir: Path, device_id: str, seq: int) -> None:
    """Best effort (a read-only folder just loses this defence); write then rename. A file
    that already says so is left alone (portable installs run from slow USB sticks)."""
    if read_high_seq(data_dir) == (device_id, seq):
        return
    target = Path(data_dir) / HIGH_SEQ_FILE
    partial = target.with_name(target.name + ".part")
    try:
        partial.write_text(json.dumps({"device_id": device_id, "seq": seq}), encoding="utf-8")
        os.replace(partial, target)
    except OSError:
        log.warning("could not write %s", target, exc_info=True)


def went_back_reason(data_dir: Path, device_id: str, have: int) -> str | None:
    """Why the database, whose own line of ``device_id`` reaches seq ``have``, is older than
    that line reached before, or None."""
    mark = read_high_seq(data_dir)
    if mark is None or mark[0] != device_id:
        return None
    if have < mark[1]:
        return f"an older copy (seq {have} < {mark[1]} written before)"
    return None


__all__ = [
    "Fingerprint",
    "fingerprint",
    "moved_reason",
    "read_high_seq",
    "read_machine_id",
    "save_fingerprint",
    "stored_fingerprint",
    "went_back_reason",
    "write_high_seq",
]
