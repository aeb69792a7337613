"""Start-up integrity check and recovery from the newest good backup.

A damaged database is never silently replaced: it is moved aside with a
timestamp, the newest backup that passes its own check is restored, and a
notice tells the person in plain Vietnamese what happened.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tutor.paths import DataDir
from tutor.store.backup import list_backups
from tutor.store.db import connect

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StartupNotice:
    """Something the person must be told at start-up."""

    user_message: str
    log_message: str


def check_integrity(path: Path) -> str | None:
    """None when the file is a healthy SQLite database, else a description of the damage."""
    try:
        conn = connect(path)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"{type(exc).__name__}: {exc}"
    problems = [r[0] for r in rows if r[0] != "ok"]
    return "; ".join(problems[:5]) if problems else None


def _move_aside(data: DataDir, now: datetime) -> Path:
    data.damaged.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%dT%H%M%S")
    kept = data.damaged / f"tutor-damaged-{stamp}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        src = Path(str(data.database) + suffix)
        if src.exists():
            shutil.move(str(src), str(kept) + suffix)
    return kept


def recover_if_damaged(data: DataDir, now: datetime) -> StartupNotice | None:
    """Run before opening the database. Returns a notice when something was done."""
    if not data.database.exists():
        return None
    damage = check_integrity(data.database)
    if damage is None:
        return None
    log.error("database %s failed its integrity check: %s", data.database, damage)
    kept = _move_aside(data, now)
    for backup in list_backups(data.backups):
        if check_integrity(backup) is None:
            shutil.copy2(backup, data.database)
            day = backup.name.removeprefix("tutor-").removesuffix(".sqlite3")
            log.error("restored %s; damaged file kept at %s", backup, kept)
            return StartupNotice(
                user_message=(
                    "Tệp dữ liệu trên máy này bị hỏng nên ứng dụng đã lấy lại bản sao lưu "
                    f"ngày {_vi_date(day)}. Những gì học sau ngày đó trên máy này có thể bị thiếu. "
                    "Tệp hỏng vẫn được giữ lại để thầy cô hoặc cán bộ kỹ thuật xem."
                ),
                log_message=f"database damaged ({damage}); restored {backup}; kept {kept}",
            )
        log.error("backup %s is damaged too, trying an older one", backup)
    log.error("no usable backup; starting a new database; damaged file kept at %s", kept)
    return StartupNotice(
        user_message=(
            "Tệp dữ liệu trên máy này bị hỏng và chưa có bản sao lưu dùng được. "
            "Ứng dụng đã tạo dữ liệu mới. Tệp hỏng vẫn được giữ lại để cán bộ kỹ thuật xem."
        ),
        log_message=f"database damaged ({damage}); no usable backup; kept {kept}",
    )


def _vi_date(iso_day: str) -> str:
    try:
        return datetime.strptime(iso_day, "%Y-%m-%d").strftime("%d/%m/%Y")
    except ValueError:
        return iso_day
