"""The facade over one open data dir: the only way the UI and CLI reach the store.

Open it, and use it, on a single thread (the database thread in the app, the
main thread in the CLI): sqlite3 connections refuse other threads.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from tutor.clock import Clock, SystemClock
from tutor.events import device_id, mint_new_device_id
from tutor.learners import Learners
from tutor.paths import DataDir
from tutor.settings import Settings
from tutor.store.backup import daily_backup
from tutor.store.db import open_db, transaction
from tutor.store.recovery import StartupNotice, recover_if_damaged

if TYPE_CHECKING:
    from tutor.teacher.service import TeacherService

log = logging.getLogger(__name__)

BUNDLED_PACK = Path(__file__).resolve().parent / "data" / "curriculum.bdpack"


@dataclass
class Workspace:
    data: DataDir
    conn: sqlite3.Connection
    clock: Clock
    learners: Learners
    settings: Settings
    content: "object"
    progress: "object"
    notices: list[StartupNotice] = field(default_factory=list)

    @cached_property
    def teacher(self) -> "TeacherService":
        """The teacher area (tutor.teacher), made on first use so start-up never loads it."""
        from tutor.teacher.service import TeacherService

        return TeacherService(self.conn, self.clock, self.content, self.progress, self.data.root)

    @classmethod
    def open(
        cls,
        root: Path | str,
        clock: Clock | None = None,
        bundled_pack: Path | None = BUNDLED_PACK,
        backup: bool = True,
    ) -> "Workspace":
        clock = clock or SystemClock()
        data = DataDir(Path(root)).ensure()
        notices: list[StartupNotice] = []
        notice = recover_if_damaged(data, clock.now())
        if notice:
            notices.append(notice)
        conn = open_db(data.database)
        if notice:
            mint_new_device_id(conn)
        device_id(conn)
        _check_device_identity(conn, data.root)
        if backup:
            daily_backup(conn, data.backups, clock.now())
        content = _open_content(conn, bundled_pack, notices)
        from tutor.progress.service import ProgressService

        return cls(
            data=data, conn=conn, clock=clock,
            learners=Learners(conn, clock), settings=Settings(conn),
            content=content, progress=ProgressService(conn, clock, content), notices=notices,
        )

    @property
    def device_id(self) -> str:
        return device_id(self.conn)

    def close(self) -> None:
        try:
            self.conn.execute("PRAGMA optimize")
            _remember_high_seq(self.conn, self.data.root)
        except sqlite3.Error:
            pass
        self.conn.close()


def _check_device_identity(conn: sqlite3.Connection, root: Path) -> None:
    """A database copied to another PC or folder, or an older copy put back by hand, gets a
    new device id (tutor.sync.identity explains the checks). Nothing for the learner to
    do or know: their progress is all there; only the log needs the reason."""
    from tutor.sync import identity
    from tutor.sync.outbox import last_seq

    found = identity.fingerprint(root, identity.read_machine_id())
    current = device_id(conn)
    reason = identity.moved_reason(identity.stored_fingerprint(conn), found) \
        or identity.went_back_reason(root, current, last_seq(conn, current))
    if reason:
        mint_new_device_id(conn)
        log.warning("database is %s: device id %s retired, now %s", reason, current, device_id(conn))
    with transaction(conn):
        identity.save_fingerprint(conn, found)
    _remember_high_seq(conn, root)


def _remember_high_seq(conn: sqlite3.Connection, root: Path) -> None:
    from tutor.sync import identity
    from tutor.sync.outbox import last_seq

    current = device_id(conn)
    identity.write_high_seq(root, current, last_seq(conn, current))


def _open_content(conn: sqlite3.Connection, bundled_pack: Path | None, notices: list[StartupNotice]):
    from tutor.lessons.service import ContentService, ensure_bundled_pack

    if bundled_pack is not None and bundled_pack.exists():
        try:
            ensure_bundled_pack(conn, bundled_pack)
        except Exception as exc:  # a bad bundled pack must not keep anyone out of their profile
            user = getattr(exc, "user_message", None) or "Không nạp được gói bài học đi kèm ứng dụng."
            log.exception("bundled pack could not be imported")
            notices.append(StartupNotice(user_message=user, log_message=f"bundled pack: {exc}"))
    return ContentService(conn)
