"""Rolling daily backups of the database, made with SQLite's online backup API.

The backup API copies a consistent snapshot even while the app writes, which a
plain file copy of a WAL database does not.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)

KEEP_DAILY_BACKUPS = 7
_NAME = re.compile(r"^tutor-(\d{4}-\d{2}-\d{2})\.sqlite3$")


def backup_path_for(backups_dir: Path, day: datetime) -> Path:
    return backups_dir / f"tutor-{day.strftime('%Y-%m-%d')}.sqlite3"


def list_backups(backups_dir: Path) -> list[Path]:
    """Newest first. Only files that look like our daily backups."""
    if not backups_dir.is_dir():
        return []
    found = [p for p in backups_dir.iterdir() if _NAME.match(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def make_backup(conn: sqlite3.Connection, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    dest = sqlite3.connect(str(partial))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    # Rename only a finished copy, so a crash never leaves a half backup under a real name.
    partial.replace(target)


def daily_backup(conn: sqlite3.Connection, backups_dir: Path, today: datetime) -> Path | None:
    """Make today's backup if there is none yet, then keep only the newest few."""
    target = backup_path_for(backups_dir, today)
    made = None
    if not target.exists():
        try:
            make_backup(conn, target)
            made = target
            log.info("daily backup written: %s", target)
        except (OSError, sqlite3.Error) as exc:
            # A full disk must not stop the learner; the next start tries again.
            log.warning("daily backup failed: %s", exc)
    for old in list_backups(backups_dir)[KEEP_DAILY_BACKUPS:]:
        old.unlink(missing_ok=True)
    return made
