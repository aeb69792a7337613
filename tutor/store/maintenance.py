"""Start-up work that grows with the database, done after the tiles are up.

With 100 learners the integrity check and the daily backup took 1.4 s before
anyone could pick their tile. After a clean shutdown neither needs to come
first: the check and the day's backup run here, on their own read connection
and any thread (a WAL reader blocks no writer), while people already learn.
After an unclean shutdown the check still runs before opening
(tutor.store.recovery), because a damaged file must not be opened.

The in-use marker tells the two apart: written when the database opens,
removed when it closes; still there at the next start means the app or the PC
stopped without closing.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tutor.paths import DataDir
from tutor.store.backup import daily_backup
from tutor.store.db import connect
from tutor.store.recovery import check_integrity

log = logging.getLogger(__name__)

IN_USE_MARKER = "in-use.marker"
# Left by a check after the tiles that found damage: the next start recovers before opening.
CHECK_MARKER = "check-needed.marker"


def marker_path(data: DataDir) -> Path:
    return data.root / IN_USE_MARKER


def needs_check_before_open(data: DataDir) -> bool:
    """True after an unclean shutdown, or when the last check after start-up found damage."""
    return marker_path(data).exists() or (data.root / CHECK_MARKER).exists()


def check_done(data: DataDir) -> None:
    (data.root / CHECK_MARKER).unlink(missing_ok=True)


def mark_in_use(data: DataDir) -> None:
    try:
        marker_path(data).write_text("the tutor has this data dir open\n", encoding="ascii")
    except OSError as exc:  # a full disk: the next start just runs the full check
        log.warning("could not write the in-use marker: %s", exc)


def mark_closed(data: DataDir) -> None:
    marker_path(data).unlink(missing_ok=True)


@dataclass
class StartupMaintenance:
    """What start-up left for after the tiles. ``run`` takes no Workspace: it opens its own
    connection, so it may run on a worker thread beside the database thread."""

    data: DataDir
    today: datetime
    checked: bool  # the integrity check already ran before opening
    backup: bool = True
    hold_backup: bool = False  # an empty database beside learners elsewhere: keep the old backups as they are

    def run(self) -> str | None:
        """The integrity check (unless done) and the day's backup. Returns the damage found,
        if any: then no backup is made (it would push a good one out) and the in-use marker
        is left, so the next start checks deeply and restores before opening."""
        if not self.checked:
            damage = check_integrity(self.data.database)
            if damage is not None:
                log.error("integrity check after start-up found damage: %s", damage)
                try:
                    (self.data.root / CHECK_MARKER).write_text("damage found after start-up\n", encoding="ascii")
                except OSError:
                    log.exception("could not leave the check marker")
                return damage
        if self.backup and not self.hold_backup:
            conn = connect(self.data.database)
            try:
                daily_backup(conn, self.data.backups, self.today)
            except sqlite3.Error as exc:
                log.warning("daily backup failed: %s", exc)
            finally:
                conn.close()
        return None
