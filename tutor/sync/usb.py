"""Where a USB stick is: folders of removable media, for the "Ghi ra USB" folder dialog.

Best effort and quick (no waiting on slow drives): an empty list just means the dialog
starts in the home folder. Core code: no Qt.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path


def removable_media_dirs() -> list[Path]:
    try:
        if sys.platform.startswith("win"):
            return _windows_removable_drives()
        if sys.platform == "darwin":
            return _mounted_under([Path("/Volumes")], skip_root_volume=True)
        user = _user()
        roots = [Path("/media") / user, Path("/run/media") / user] if user else []
        return _mounted_under(roots + [Path("/media")])
    except Exception:  # noqa: BLE001  an odd mount table must never stop anyone from choosing a folder by hand
        return []


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001  no user name in this environment
        return os.environ.get("USER", "")


def _mounted_under(roots: list[Path], skip_root_volume: bool = False) -> list[Path]:
    found: list[Path] = []
    for root in roots:
        try:
            children = sorted(p for p in root.iterdir() if p.is_dir())
        except OSError:
            continue
        for child in children:
            if skip_root_volume and child.resolve() == Path("/"):
                continue  # /Volumes/Macintosh HD is the system disk
            if os.path.ismount(child) and child not in found:
                found.append(child)
    return found


def _windows_removable_drives() -> list[Path]:
    import ctypes
    import string

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    drive_removable = 2
    mask = kernel32.GetLogicalDrives()
    drives = []
    for index, letter in enumerate(string.ascii_uppercase):
        if mask & (1 << index) and kernel32.GetDriveTypeW(f"{letter}:\\") == drive_removable:
            drives.append(Path(f"{letter}:\\"))
    return drives
