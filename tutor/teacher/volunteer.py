"""Volunteer mode: a field laptop carries USB sync bundles from village PCs to a hub.

At each PC the volunteer plugs in the stick the PC wrote its bundle to (Settings →
"Ghi ra USB", or `tutor sync export-bundle`). ``collect`` copies every bundle it
finds into the laptop's data dir (``carry/``), after checking it:

* its signature, when the laptop knows that PC's public key (the PCs of the sites it is
  enrolled at as a carrier: tutor.teacher.carrier_sites; keys in certificate events pulled
  by sync; the laptop's own); a bundle whose signature does not match is refused and never
  copied;
* otherwise its structure (gzip, JSON, every event well formed): a damaged file is
  refused; a sound one is carried marked ``verified=False`` and the hub checks the
  signature when it imports it (refusing it would lose the trip to the village).

Duplicates: the same file twice (same SHA-256) is carried once. A PC's bundle holds
all its events the hub has not acknowledged, so a bundle with a higher last seq from
the same PC makes an older one redundant (whatever the older one held beyond the
newer one's first seq, the hub had already acknowledged): the older one is dropped.

Then ``write_all`` copies what the laptop carries onto a stick for the hub's
`tutor-hub import-bundle`, or ``deliver`` uploads them through a ``BundleUploader``
(over HTTP to the hub of each bundle's site: tutor.teacher.carrier_sites.deliver_to_hubs).
``mark_delivered`` records a hub's acknowledgement. Files are written to "<name>.part" and renamed when complete, so a
full disk or a pulled stick never leaves a half file under a real name.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from tutor.messages import render
from tutor.cancel import CancelToken, Progress, no_progress
from tutor.changes import Changes
from tutor.clock import Clock, from_iso, to_iso
from tutor.errors import TutorError
from tutor.store.db import transaction
from tutor.sync.bundle import (
    BUNDLE_SUFFIX,
    MAX_BUNDLE_BYTES,
    BundleError,
    parse_bundle,
    verify_bundle,
)
from tutor.teacher.api import CarriedBundle, VolunteerSummary
from tutor.teacher.errors import CarryError

CHUNK_BYTES = 1 << 20
MAX_SEARCH_DEPTH = 3   # the stick's root and a few folders below (one folder per PC is common)


class BundleUploader(Protocol):
    def upload(self, path: Path) -> int:
        """Send one bundle file to the hub; returns how many events it accepted.
        Raises TutorError (or OSError) when the hub is unreachable or refuses the file."""


@dataclass(frozen=True)
class CollectResult:
    carried: tuple[CarriedBundle, ...]   # bundles newly copied onto the laptop
    already_carried: int                 # files the laptop already had (same content)
    superseded: int                      # older bundles made redundant by a newer one of the same PC
    empty: int                           # bundles with no events (the PC had nothing unsent)
    refused: tuple[str, ...]             # one Vietnamese line per refused file


@dataclass(frozen=True)
class DeliveryResult:
    delivered: tuple[CarriedBundle, ...]
    accepted_events: int
    failed: tuple[str, ...]              # one Vietnamese line per bundle the hub did not take


@dataclass(frozen=True)
class _Inspected:
    device_id: str
    created_at: str
    first_seq: int
    last_seq: int
    events: int
    learners: int
    verified: bool


class VolunteerCarrier:
    def __init__(self, conn: sqlite3.Connection, clock: Clock, carry_dir: Path):
        self._conn = conn
        self._clock = clock
        self.carry_dir = Path(carry_dir)

    # -- keys ---------------------------------------------------------------------------------

    def remember_device_key(self, device_id: str, public_key_b64: str, device_name: str = "",
                            site_name: str = "") -> None:
        """A PC's certificate/bundle public key, as the hub received it at enrollment."""
        base64.b64decode(public_key_b64, validate=True)
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO teacher_device_keys(device_id, public_key, device_name, site_name, learned_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT(device_id) DO UPDATE SET public_key = excluded.public_key,"
                " device_name = excluded.device_name, site_name = excluded.site_name",
                (device_id, public_key_b64, device_name, site_name, to_iso(self._clock.now())))

    def public_key_for(self, device_id: str) -> str | None:
        row = self._conn.execute("SELECT public_key FROM teacher_device_keys WHERE device_id = ?",
                                 (device_id,)).fetchone()
        if row:
            return row[0]
        row = self._conn.execute("SELECT public_key FROM progress_signing_keys WHERE device_id = ?",
                                 (device_id,)).fetchone()
        if row:
            return base64.b64encode(bytes(row[0])).decode("ascii")
        row = self._conn.execute(
            "SELECT json_extract(payload, '$.public_key') FROM events WHERE kind = 'certificate_issued'"
            " AND json_extract(payload, '$.device_id') = ? ORDER BY seq DESC LIMIT 1", (device_id,)).fetchone()
        return row[0] if row and row[0] else None

    # -- collecting ---------------------------------------------------------------------------

    def collect(self, folder: Path | str, cancel: CancelToken | None = None,
                progress: Progress = no_progress) -> CollectResult:
        cancel = cancel or CancelToken()
        files = find_bundles(Path(folder))
        self.carry_dir.mkdir(parents=True, exist_ok=True)
        carried: list[CarriedBundle] = []
        already = superseded = empty = 0
        refused: list[str] = []
        for index, path in enumerate(files):
            cancel.raise_if_cancelled()
            progress(index / max(len(files), 1), render("teacher.receiving_file", number=index + 1, count=len(files)))
            partial = self.carry_dir / (path.name + ".part")
            try:
                digest, size = copy_file(path, partial, cancel)
            except CarryError as exc:
                partial.unlink(missing_ok=True)
                raise CarryError(exc.log_message,
                                 f"{exc.user_message} {render('teacher.received_before', count=len(carried))}") from exc
            except OSError as exc:
                partial.unlink(missing_ok=True)
                refused.append(f"{path.name}: {render('teacher.file_unreadable', reason=exc.strerror or exc)}")
                continue
            try:
                outcome = self._take(partial, digest, size)
            finally:
                partial.unlink(missing_ok=True)
            if isinstance(outcome, CarriedBundle):
                carried.append(outcome)
                superseded += self._drop_older(outcome)
            elif outcome == "already":
                already += 1
            elif outcome == "superseded":
                superseded += 1
            elif outcome == "empty":
                empty += 1
            else:
                refused.append(f"{path.name}: {outcome}")
        progress(1.0, render("teacher.collected"))
        return CollectResult(tuple(carried), already, superseded, empty, tuple(refused))

    def _take(self, partial: Path, digest: str, size: int) -> CarriedBundle | str:
        if self._conn.execute("SELECT 1 FROM teacher_carried_bundles WHERE sha256 = ?", (digest,)).fetchone():
            return "already"
        try:
            found = self._inspect(partial)
        except BundleError as exc:
            return exc.user_message
        if found.events == 0:
            return "empty"
        newer = self._conn.execute(
            "SELECT 1 FROM teacher_carried_bundles WHERE device_id = ? AND last_seq >= ?",
            (found.device_id, found.last_seq)).fetchone()
        if newer:
            return "superseded"
        name = f"tutor-{found.device_id[:8]}-{found.last_seq}-{digest[:12]}{BUNDLE_SUFFIX}"
        final = self.carry_dir / name
        os.replace(partial, final)
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO teacher_carried_bundles(sha256, file_name, device_id, first_seq, last_seq, events,"
                " learners, written_at, size_bytes, verified, collected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (digest, name, found.device_id, found.first_seq, found.last_seq, found.events, found.learners,
                 found.created_at, size, int(found.verified), to_iso(self._clock.now())))
        return self._bundle(self._row(digest))

    def _inspect(self, path: Path) -> _Inspected:
        parsed = parse_bundle(path)        # a damaged file is refused here
        device = parsed.device_id
        key = self.public_key_for(device) if isinstance(device, str) else None
        if key is None and isinstance(device, str) and device:
            # The PC's key is not known here: its structure only (every event well formed).
            events, verified = parsed.events(), False
        else:
            # A known key must match, and the events must be well formed.
            events, verified = verify_bundle(parsed, lambda _device: key).events, True
        seqs = [e.seq for e in events]
        return _Inspected(device, parsed.created_at, min(seqs, default=0), max(seqs, default=0), len(events),
                          len({e.learner_id for e in events if e.learner_id}), verified)

    def _drop_older(self, newer: CarriedBundle) -> int:
        rows = self._conn.execute(
            "SELECT sha256, file_name FROM teacher_carried_bundles WHERE device_id = ? AND last_seq < ?",
            (newer.device_id, newer.last_seq)).fetchall()
        with transaction(self._conn):
            for row in rows:
                self._conn.execute("DELETE FROM teacher_carried_bundles WHERE sha256 = ?", (row["sha256"],))
        for row in rows:
            (self.carry_dir / row["file_name"]).unlink(missing_ok=True)
        return len(rows)

    # -- handing over -------------------------------------------------------------------------

    def write_all(self, folder: Path | str, cancel: CancelToken | None = None,
                  progress: Progress = no_progress) -> list[Path]:
        """Copy every bundle not yet delivered onto a stick for `tutor-hub import-bundle`."""
        cancel = cancel or CancelToken()
        target = Path(folder)
        if not target.is_dir():
            raise CarryError(f"{target} is not a folder", render("teacher.usb_folder_missing"))
        bundles = [b for b in self.bundles() if not b.delivered]
        written: list[Path] = []
        for index, bundle in enumerate(bundles):
            cancel.raise_if_cancelled()
            progress(index / max(len(bundles), 1), render("teacher.writing_file", number=index + 1, count=len(bundles)))
            destination = target / Path(bundle.path).name
            if destination.exists() and _sha256(destination) == bundle.sha256:
                written.append(destination)
                continue
            partial = destination.with_name(destination.name + ".part")
            try:
                copy_file(Path(bundle.path), partial, cancel)
                os.replace(partial, destination)
            except CarryError as exc:
                partial.unlink(missing_ok=True)
                so_far = render("teacher.written_so_far", written=len(written), count=len(bundles))
                raise CarryError(exc.log_message, f"{exc.user_message} {so_far}") from exc
            except OSError as exc:
                partial.unlink(missing_ok=True)
                so_far = render("teacher.written_so_far", written=len(written), count=len(bundles))
                raise CarryError(f"cannot write {destination}: {exc}",
                                 f"{render('teacher.usb_write_failed')} {so_far}") from exc
            written.append(destination)
        progress(1.0, render("teacher.written"))
        return written

    def deliver(self, uploader: BundleUploader, cancel: CancelToken | None = None,
                progress: Progress = no_progress, only: Iterable[str] | None = None) -> DeliveryResult:
        """Upload what is not delivered yet (``only``: these sha256 digests)."""
        cancel = cancel or CancelToken()
        wanted = set(only) if only is not None else None
        pending = [b for b in self.bundles() if not b.delivered and (wanted is None or b.sha256 in wanted)]
        delivered: list[CarriedBundle] = []
        failed: list[str] = []
        accepted = 0
        for index, bundle in enumerate(pending):
            cancel.raise_if_cancelled()
            progress(index / max(len(pending), 1), render("teacher.sending_file", number=index + 1, count=len(pending)))
            try:
                accepted += int(uploader.upload(Path(bundle.path)))
            except TutorError as exc:
                failed.append(f"{Path(bundle.path).name}: {exc.user_message}")
                continue
            except OSError as exc:
                failed.append(f"{Path(bundle.path).name}: {render('teacher.file_not_sent', reason=exc.strerror or exc)}")
                continue
            self.mark_delivered([bundle.sha256])
            delivered.append(self._bundle(self._row(bundle.sha256)))
        progress(1.0, render("teacher.sent"))
        return DeliveryResult(tuple(delivered), accepted, tuple(failed))

    def mark_delivered(self, bundles: Iterable[str | CarriedBundle]) -> Changes:
        """Record that a hub acknowledged these bundles (by sha256, or the CarriedBundle values)."""
        now = to_iso(self._clock.now())
        with transaction(self._conn):
            for item in bundles:
                digest = item.sha256 if isinstance(item, CarriedBundle) else str(item)
                self._conn.execute(
                    "UPDATE teacher_carried_bundles SET delivered_at = ? WHERE sha256 = ? AND delivered_at IS NULL",
                    (now, digest))
        return Changes()

    def forget_delivered(self) -> int:
        """Remove delivered bundles from the laptop (the hub holds their events)."""
        rows = self._conn.execute(
            "SELECT sha256, file_name FROM teacher_carried_bundles WHERE delivered_at IS NOT NULL").fetchall()
        with transaction(self._conn):
            self._conn.execute("DELETE FROM teacher_carried_bundles WHERE delivered_at IS NOT NULL")
        for row in rows:
            (self.carry_dir / row["file_name"]).unlink(missing_ok=True)
        return len(rows)

    # -- reading ------------------------------------------------------------------------------

    def bundles(self) -> list[CarriedBundle]:
        rows = self._conn.execute(
            "SELECT b.*, k.device_name, k.site_name FROM teacher_carried_bundles b"
            " LEFT JOIN teacher_device_keys k ON k.device_id = b.device_id"
            " ORDER BY b.delivered_at IS NOT NULL, b.collected_at DESC, b.device_id").fetchall()
        return [self._bundle(r) for r in rows]

    def summary(self) -> VolunteerSummary:
        from tutor.sync.state import hub_link

        bundles = self.bundles()
        link = hub_link(self._conn)
        sites = [link.site_name] if link and link.site_name else []
        sites += [r[0] for r in self._conn.execute(
            "SELECT site_name FROM teacher_carrier_sites WHERE site_name != '' ORDER BY site_name")]
        sites += [r[0] for r in self._conn.execute(
            "SELECT DISTINCT site_name FROM teacher_device_keys WHERE site_name != '' ORDER BY site_name")]
        return VolunteerSummary(
            sites=tuple(dict.fromkeys(sites)), bundles=tuple(bundles),
            events_total=sum(b.events for b in bundles if not b.delivered),
            not_delivered=sum(1 for b in bundles if not b.delivered),
            carrier_sites=self._conn.execute("SELECT COUNT(*) FROM teacher_carrier_sites").fetchone()[0])

    def _row(self, digest: str) -> sqlite3.Row:
        return self._conn.execute(
            "SELECT b.*, k.device_name, k.site_name FROM teacher_carried_bundles b"
            " LEFT JOIN teacher_device_keys k ON k.device_id = b.device_id WHERE b.sha256 = ?", (digest,)).fetchone()

    def _bundle(self, row: sqlite3.Row) -> CarriedBundle:
        return CarriedBundle(
            path=str(self.carry_dir / row["file_name"]), device_id=row["device_id"],
            device_name=row["device_name"] or "", site_name=row["site_name"] or "",
            events=row["events"], learners=row["learners"],
            written_at=from_iso(row["written_at"]) if row["written_at"] else from_iso(row["collected_at"]),
            size_bytes=row["size_bytes"], delivered=row["delivered_at"] is not None,
            verified=bool(row["verified"]), sha256=row["sha256"],
            first_seq=row["first_seq"], last_seq=row["last_seq"])


# --- files -------------------------------------------------------------------------------------------


def find_bundles(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise CarryError(f"{folder} is not a folder", render("teacher.folder_missing"))
    found: list[Path] = []

    def walk(directory: Path, depth: int) -> None:
        try:
            entries = sorted(directory.iterdir())
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_file() and entry.name.endswith(BUNDLE_SUFFIX):
                found.append(entry)
            elif entry.is_dir() and depth < MAX_SEARCH_DEPTH:
                walk(entry, depth + 1)

    walk(folder, 0)
    return found


def copy_file(source: Path, destination: Path, cancel: CancelToken | None = None) -> tuple[str, int]:
    """Copy in chunks, fsync, return (sha256, size). A full disk raises CarryError; the
    caller removes the partial file."""
    digest = hashlib.sha256()
    size = 0
    with open(source, "rb") as src:
        if os.fstat(src.fileno()).st_size > MAX_BUNDLE_BYTES:
            raise OSError(errno.EFBIG, "bundle larger than the limit")
        try:
            with open(destination, "wb") as dst:
                for chunk in iter(lambda: src.read(CHUNK_BYTES), b""):
                    if cancel is not None:
                        cancel.raise_if_cancelled()
                    dst.write(chunk)
                    digest.update(chunk)
                    size += len(chunk)
                dst.flush()
                os.fsync(dst.fileno())
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise CarryError(f"disk full writing {destination}",
                                 render("teacher.disk_full")) from exc
            raise
    return digest.hexdigest(), size


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_BYTES), b""):
            digest.update(chunk)
    return digest.hexdigest()
