"""Start-up checks and recovery from the newest good backup.

A damaged database is never silently replaced: it is moved aside with a
timestamp, the newest backup that passes its own check is restored, and a
notice tells the person in plain Vietnamese what happened.

Only damage counts as damage. A full disk, a pulled USB stick or a file another
program holds raise StorageUnavailable (tutor.store.storage_errors) and nothing
is moved. An empty or vanished database beside good backups is damage (a USB
stick pulled in portable mode leaves a 0-byte file). And the app never starts a
person on an empty database while a backup or a kept damaged file holds
learners without telling them and offering those learners back.

The full checks grow with the database, so they run before opening only after
an unclean shutdown (the in-use marker is still there); otherwise they run
after the tiles are up (tutor.store.maintenance).
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tutor.messages import render
from tutor.paths import DataDir
from tutor.store.backup import list_backups
from tutor.store.db import connect
from tutor.store.storage_errors import Moment, is_resource_error, storage_problem

log = logging.getLogger(__name__)

# Tables rebuilt from the signed curriculum pack: damage there is repaired by importing it again.
CONTENT_PREFIX = "content_"
_JSON_COLUMNS = ("payload", "prefs")


@dataclass(frozen=True)
class StartupNotice:
    """Something the person must be told at start-up. ``restore_from`` names a file holding
    learners that the person may take back (the start screen offers a button)."""

    user_message: str
    log_message: str
    restore_from: Path | None = None


def check_integrity(path: Path, deep: bool = False) -> str | None:
    """None when the file is a healthy SQLite database, else a description of the damage.
    ``deep`` also checks every learner table row by row (after an unclean shutdown).
    Raises StorageUnavailable when the PC cannot read the file: that is not damage."""
    try:
        conn = connect(path)
        try:
            # Deep: integrity_check (quick_check plus every index checked against its rows)
            # in one pass, then the learner tables' rows decoded.
            rows = conn.execute("PRAGMA integrity_check" if deep else "PRAGMA quick_check").fetchall()
            problems = [r[0] for r in rows if r[0] != "ok"]
            if not problems and deep:
                problems = learner_table_problems(conn, indexes_checked=True)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if is_resource_error(exc):
            raise storage_problem(exc, path.parent, path, Moment.STARTUP) from exc
        return f"{type(exc).__name__}: {exc}"
    except OSError as exc:
        raise storage_problem(exc, path.parent, path, Moment.STARTUP) from exc
    return "; ".join(problems[:5]) if problems else None


def learner_table_problems(conn: sqlite3.Connection, indexes_checked: bool = False) -> list[str]:
    """What quick_check misses in the tables only this PC holds: each table's own
    integrity_check (indexes against rows; skipped when the whole file's integrity_check
    just ran), then every row read and decoded, so a flipped
    bit that makes text invalid UTF-8 or JSON unparseable is found now, not mid-lesson.
    Content tables are left out: they come from the signed pack and are re-imported."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE ? ORDER BY name", (CONTENT_PREFIX + "%",))]
    problems: list[str] = []
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        if not indexes_checked:
            problems += [f"{name}: {r[0]}" for r in conn.execute(f"PRAGMA integrity_check({quoted})") if r[0] != "ok"]
        info = conn.execute(f"PRAGMA table_info({quoted})").fetchall()
        columns = [r[1] for r in info]
        texts = ['"' + r[1].replace('"', '""') + '"' for r in info if "TEXT" in (r[2] or "TEXT").upper()]
        try:
            if texts:
                # Every text value of a row joined into one string, decoded by sqlite3 in C:
                # bad UTF-8 anywhere in the row raises here, at one object per row.
                joined = " || ".join(f"coalesce({t}, '')" for t in texts)
                cursor = conn.execute(f"SELECT {joined} FROM {quoted}")
                while cursor.fetchmany(4096):
                    pass
            for column in (c for c in columns if c in _JSON_COLUMNS or c.endswith("_json")):
                col = '"' + column.replace('"', '""') + '"'
                bad = conn.execute(f"SELECT count(*) FROM {quoted} WHERE {col} IS NOT NULL AND NOT json_valid({col})"
                                   ).fetchone()[0]
                if bad:
                    problems.append(f"{name}.{column}: {bad} rows are not valid JSON")
        except (sqlite3.OperationalError, ValueError) as exc:  # bad UTF-8
            if is_resource_error(exc):
                raise
            problems.append(f"{name}: {exc}")
        if len(problems) >= 5:
            break
    return problems


def _move_aside(data: DataDir, now: datetime) -> Path:
    data.damaged.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%dT%H%M%S")
    kept = data.damaged / f"tutor-damaged-{stamp}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        src = Path(str(data.database) + suffix)
        if src.exists():
            shutil.move(str(src), str(kept) + suffix)
    return kept


def _is_empty_or_missing(data: DataDir) -> bool:
    """A database file of 0 bytes (or none) with no WAL frames either: nothing of it is left."""
    db, wal = data.database, Path(f"{data.database}-wal")
    db_empty = not db.exists() or db.stat().st_size == 0
    return db_empty and (not wal.exists() or wal.stat().st_size == 0)


def _restore_newest_good_backup(data: DataDir) -> Path | None:
    for backup in list_backups(data.backups):
        if check_integrity(backup) is None:
            partial = data.database.with_name(data.database.name + ".restoring")
            try:
                shutil.copy2(backup, partial)
                partial.replace(data.database)
            except OSError as exc:
                partial.unlink(missing_ok=True)
                # The damaged file is already kept; the next start finds no database beside
                # good backups and restores then. Never go on with an empty database.
                raise storage_problem(exc, data.root, backup, Moment.STARTUP) from exc
            return backup
        log.error("backup %s is damaged too, trying an older one", backup)
    return None


def recover_if_damaged(data: DataDir, now: datetime, check: str | None = "quick") -> StartupNotice | None:
    """Run before opening the database. ``check``: "quick", "deep" (after an unclean
    shutdown) or None (a clean shutdown: the check runs after the tiles). Returns a notice
    when something was done; raises StorageUnavailable when the disk, not the file, failed."""
    if _is_empty_or_missing(data):
        return _recover_empty(data, now)
    if check is None:
        return None
    damage = check_integrity(data.database, deep=check == "deep")
    if damage is None:
        return None
    return recover_damaged(data, now, damage)


def recover_damaged(data: DataDir, now: datetime, damage: str) -> StartupNotice:
    """Move the damaged file aside and restore the newest good backup."""
    log.error("database %s failed its integrity check: %s", data.database, damage)
    kept = _move_aside(data, now)
    backup = _restore_newest_good_backup(data)
    if backup is not None:
        log.error("restored %s; damaged file kept at %s", backup, kept)
        return StartupNotice(
            user_message=render("recovery.damaged_restored", day=_backup_day(backup)),
            log_message=f"database damaged ({damage}); restored {backup}; kept {kept}",
        )
    log.error("no usable backup; starting a new database; damaged file kept at %s", kept)
    return StartupNotice(
        user_message=render("recovery.damaged_new"),
        log_message=f"database damaged ({damage}); no usable backup; kept {kept}",
    )


def _recover_empty(data: DataDir, now: datetime) -> StartupNotice | None:
    if not list_backups(data.backups):
        return None  # a first start (or nothing to go back to; the learner offer covers damaged/)
    was_there = data.database.exists()
    kept = _move_aside(data, now) if was_there else None
    backup = _restore_newest_good_backup(data)
    if backup is None:
        log.error("database %s is %s and no backup is usable", data.database, "empty" if was_there else "missing")
        return None
    log.error("database %s was %s; restored %s", data.database, "empty" if was_there else "missing", backup)
    return StartupNotice(
        user_message=render("recovery.empty_restored" if was_there else "recovery.missing_restored",
                            day=_backup_day(backup)),
        log_message=f"database {'empty' if was_there else 'missing'}; restored {backup}; kept {kept}",
    )


# -- learners elsewhere ------------------------------------------------------------------


def count_learners(path: Path) -> int:
    """Learners (not archived) held in a database file; 0 when it cannot be read."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM learners WHERE archived = 0").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def learners_elsewhere_notice(data: DataDir) -> StartupNotice | None:
    """When the open database has no learners but a backup or a kept damaged file has:
    tell the person and name the file to offer back (newest backup first)."""
    candidates = list_backups(data.backups)
    if data.damaged.is_dir():
        candidates += sorted(data.damaged.glob("tutor-damaged-*.sqlite3"), reverse=True)
    for path in candidates:
        found = count_learners(path)
        if found:
            when = _backup_day(path) if path.parent == data.backups else _damaged_day(path)
            return StartupNotice(
                user_message=render("recovery.learners_elsewhere", day=when, found=found),
                log_message=f"no learners in the database; {path} holds {found}: offered",
                restore_from=path,
            )
    return None


def restore_into(conn: sqlite3.Connection, source: Path) -> None:
    """Replace the open database's content with ``source`` (SQLite's backup API into the
    live connection), on the thread that owns ``conn``. The caller mints a new device id."""
    if check_integrity(source) is not None:
        from tutor.errors import TutorError

        raise TutorError(f"{source} is damaged; not restored", code="recovery.backup_damaged")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        src.backup(conn)
    finally:
        src.close()


def _backup_day(path: Path) -> str:
    return _vi_date(path.name.removeprefix("tutor-").removesuffix(".sqlite3"))


def _damaged_day(path: Path) -> str:
    stamp = path.name.removeprefix("tutor-damaged-")[:8]
    return _vi_date(f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]}")


def _vi_date(iso_day: str) -> str:
    try:
        return datetime.strptime(iso_day, "%Y-%m-%d").strftime("%d/%m/%Y")
    except ValueError:
        return iso_day
