"""Where the tutor keeps its data.

Order: an explicit --data-dir, then TUTOR_DATA_DIR, then a ``portable.txt``
marker beside the executable (a USB-stick install keeps its data on the stick),
then the per-user data dir from platformdirs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tutor import APP_AUTHOR, APP_NAME

DB_FILENAME = "tutor.sqlite3"
PORTABLE_MARKER = "portable.txt"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("TUTOR_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    exe_dir = Path(sys.executable).resolve().parent
    if getattr(sys, "frozen", False) and (exe_dir / PORTABLE_MARKER).exists():
        return exe_dir / "data"
    from platformdirs import user_data_dir  # only when no directory was given: keeps start-up lean

    return Path(user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


class DataDir:
    """The layout inside one data dir."""

    def __init__(self, root: Path):
        self.root = Path(root)

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def damaged(self) -> Path:
        return self.root / "damaged"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def crash_reports(self) -> Path:
        return self.root / "crash-reports"

    @property
    def models(self) -> Path:
        return self.root / "models"

    def ensure(self) -> "DataDir":
        for path in (self.root, self.backups, self.logs, self.crash_reports):
            path.mkdir(parents=True, exist_ok=True)
        return self
