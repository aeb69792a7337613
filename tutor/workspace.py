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
from tutor.messages import render
from tutor.paths import DataDir
from tutor.settings import Settings
from tutor.store.db import open_db, transaction
from tutor.store import maintenance as upkeep
from tutor.store.recovery import (
    StartupNotice, learners_elsewhere_notice, recover_damaged, recover_if_damaged, restore_into,
)
from tutor.store.storage_errors import Moment, is_damage_error, is_resource_error, storage_problem

if TYPE_CHECKING:
    from tutor.lessons.service import ContentService
    from tutor.progress.service import ProgressService
    from tutor.sync.folds import PulledFolds
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
    content: "ContentService"
    progress: "ProgressService"
    notices: list[StartupNotice] = field(default_factory=list)
    # Left for after the tiles when opened with defer_checks (tutor.store.maintenance).
    maintenance: upkeep.StartupMaintenance | None = None

    @cached_property
    def teacher(self) -> "TeacherService":
        """The teacher area (tutor.teacher), made on first use so start-up never loads it."""
        from tutor.teacher.service import TeacherService

        return TeacherService(self.conn, self.clock, self.content, self.progress, self.data.root)

    @property
    def sync_folds(self) -> "PulledFolds":
        """What a sync pull brings for the teacher area, for a SyncEngine on this workspace."""
        from tutor.teacher.sync_folds import TEACHER_FOLDS

        return TEACHER_FOLDS

    @classmethod
    def open(
        cls,
        root: Path | str,
        clock: Clock | None = None,
        bundled_pack: Path | None = BUNDLED_PACK,
        backup: bool = True,
        defer_checks: bool = False,
    ) -> "Workspace":
        """Open (recovering first if needed). ``defer_checks`` (the app): after a clean
        shutdown the integrity check and the daily backup are left in ``maintenance`` for
        after the tiles; after an unclean one the check (a deep one) still runs first."""
        clock = clock or SystemClock()
        data = DataDir(Path(root)).ensure()
        notices: list[StartupNotice] = []
        unclean = upkeep.needs_check_before_open(data)
        check = "deep" if unclean else (None if defer_checks else "quick")
        notice = recover_if_damaged(data, clock.now(), check)
        conn, notice = _open_or_recover(data, clock, notice)
        if notice:
            notices.append(notice)
            mint_new_device_id(conn)
        upkeep.mark_in_use(data)
        if check is not None:
            upkeep.check_done(data)
        device_id(conn)
        _check_device_identity(conn, data.root)
        offer = _offer_learners_elsewhere(conn, data)
        if offer:
            notices.append(offer)
        pending = upkeep.StartupMaintenance(data, clock.now(), checked=check is not None, backup=backup,
                                            hold_backup=offer is not None)
        if not defer_checks:
            pending.run()
            pending = None
        content = _open_content(conn, bundled_pack, notices)
        from tutor.progress.service import ProgressService
        from tutor.sync.state import clock_offset_s

        return cls(
            data=data, conn=conn, clock=clock,
            learners=Learners(conn, clock), settings=Settings(conn),
            content=content, progress=ProgressService(conn, clock, content, clock_offset_s=lambda: clock_offset_s(conn)), notices=notices,
            maintenance=pending,
        )

    def restore_learners_from(self, source: Path) -> None:
        """Take back the data of a backup or kept file offered at start-up (StartupNotice.
        restore_from): it replaces this database, which holds no learners. A restored copy
        gets a new device id so it never reuses sequence numbers."""
        from tutor.store.migrations import apply_migrations

        offered = {n.restore_from for n in self.notices if n.restore_from is not None}
        if Path(source) not in offered:
            raise ValueError(f"{source} was not offered for restore")
        restore_into(self.conn, Path(source))
        apply_migrations(self.conn)
        mint_new_device_id(self.conn)
        _check_device_identity(self.conn, self.data.root)
        self.notices = [n for n in self.notices if n.restore_from is None]
        log.warning("learners restored from %s", source)

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
        upkeep.mark_closed(self.data)


def _open_or_recover(data: DataDir, clock: Clock, notice: StartupNotice | None,
                     ) -> tuple[sqlite3.Connection, StartupNotice | None]:
    """open_db, telling a full disk from damage: damage the skipped check would have found
    (the file went bad while the app was closed) is recovered here and opened again. Any
    other error (a bug in a migration, say) is raised as it is: never a reason to move data."""
    for attempt in range(2):
        try:
            return open_db(data.database), notice
        except (sqlite3.DatabaseError, OSError) as exc:
            if is_resource_error(exc):
                raise storage_problem(exc, data.root, data.database, Moment.STARTUP) from exc
            if attempt or not is_damage_error(exc):
                raise
            log.error("database failed to open: %s", exc)
            notice = recover_damaged(data, clock.now(), f"{type(exc).__name__}: {exc}")
    raise AssertionError("unreachable")


def _offer_learners_elsewhere(conn: sqlite3.Connection, data: DataDir) -> StartupNotice | None:
    if conn.execute("SELECT 1 FROM learners WHERE archived = 0 LIMIT 1").fetchone():
        return None
    return learners_elsewhere_notice(data)


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


def _open_content(conn: sqlite3.Connection, bundled_pack: Path | None,
                  notices: list[StartupNotice]) -> "ContentService":
    from tutor.lessons.service import ContentService, ensure_bundled_pack

    if bundled_pack is not None and bundled_pack.exists():
        try:
            ensure_bundled_pack(conn, bundled_pack)
        except Exception as exc:  # a bad bundled pack must not keep anyone out of their profile
            user = getattr(exc, "user_message", None) or render("pack.bundled_failed")
            log.exception("bundled pack could not be imported")
            notices.append(StartupNotice(user_message=user, log_message=f"bundled pack: {exc}"))
    return ContentService(conn, repair_from=bundled_pack)
