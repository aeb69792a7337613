"""A sync round or an enrollment from the app, on a worker thread with its own connection.

Why not on the database thread: a round spends most of its time waiting on the network
(up to the HTTP timeouts when the hub has gone away); on the database thread every
learner action, an answer's feedback first of all, would queue behind it. So each call
here opens a sync-only SQLite connection on the thread that runs it and closes it before
returning (sqlite3 connections belong to the thread that opened them). WAL lets the
database thread keep reading meanwhile; writes on both connections are short
BEGIN IMMEDIATE transactions (one pulled page, one learner's rebuild), and the busy
timeout makes one wait for the other instead of failing with "database is locked".

Each call is bounded: the hub is probed first with a short timeout, the transport has
timeouts, and the engine looks at the cancel token between batches and pages.
Core code: no Qt.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from tutor.cancel import Cancelled, CancelToken, Progress, no_progress
from tutor.changes import Changes
from tutor.clock import Clock
from tutor.events import device_id
from tutor.device_keys import public_key_of
from tutor.store.db import connect
from tutor.sync import state
from tutor.sync.engine import SyncEngine, SyncNotEnrolled, SyncReport, enroll
from tutor.sync.folds import PulledFolds
from tutor.sync.transport import SyncTransport, SyncUnavailable

if TYPE_CHECKING:
    from tutor.sync.downloads import DownloadReport

log = logging.getLogger(__name__)

MakeTransport = Callable[[str, "str | None"], SyncTransport]
Probe = Callable[[str], bool]


def open_sync_connection(db_path: Path | str) -> sqlite3.Connection:
    """A second connection to the tutor database (already opened and migrated by the app)."""
    conn = connect(db_path)
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def run_round(db_path: Path | str, clock: Clock, make_transport: MakeTransport, probe: Probe | None = None,
              cancel: CancelToken | None = None, progress: Progress = no_progress, *,
              folds: PulledFolds) -> SyncReport:
    """One sync round; raises SyncNotEnrolled, SyncUnavailable, SyncRefused or Cancelled.
    ``folds``: what the pull brings for the teacher area (tutor.teacher.sync_folds.TEACHER_FOLDS)."""
    conn = open_sync_connection(db_path)
    try:
        link = state.hub_link(conn)
        if link is None:
            raise SyncNotEnrolled()
        if probe is not None and not probe(link.hub_url):
            raise SyncUnavailable(f"hub at {link.hub_url} did not answer the reachability probe")
        if cancel is not None:
            cancel.raise_if_cancelled()  # the app is quitting: not one more request
        transport = make_transport(link.hub_url, link.token)
        try:
            return SyncEngine(conn, transport, clock, folds=folds).sync_once(cancel, progress)
        finally:
            transport.close()
    finally:
        conn.close()


def enroll_pc(db_path: Path | str, clock: Clock, make_transport: MakeTransport, hub_url: str, code: str,
              device_name: str) -> state.HubLink:
    """Register this PC with a hub; the certificate public key goes along (USB bundles are
    verified with it). Raises SyncRefused (wrong code...) or SyncUnavailable."""
    conn = open_sync_connection(db_path)
    try:
        public_key = public_key_of(conn, device_id(conn), clock.now()).public_key_b64
        transport = make_transport(hub_url, None)
        try:
            return enroll(conn, transport, hub_url, code, device_name, public_key)
        finally:
            transport.close()
    finally:
        conn.close()



def run_downloads(db_path: Path | str, cancel: CancelToken | None = None,
                  progress: Progress = no_progress, stick: Path | str | None = None) -> "DownloadReport":
    """After a successful round: fetch what the hub offers this PC's site (tutor.sync.downloads).

    Its own task, not part of the round: a 1 GB model on a slow link must not hold back the
    next push of learners' answers. A downloaded pack is imported on this worker's connection
    (one transaction; content ids are stable, so no progress is lost; an older pack is refused
    by the importer too); a model is recorded in the models' hash book with its SHA-256.
    ``stick``: take the items a volunteer carries on a USB stick instead (tutor.sync.carried)."""
    from tutor.errors import TutorError
    from tutor.lessons.importer import installed_pack
    from tutor.sync.downloads import CatalogueSource, Downloader, HttpCatalogueSource

    data_dir = Path(db_path).parent
    conn = open_sync_connection(db_path)
    try:
        link = state.hub_link(conn)
        source: CatalogueSource
        if stick is not None:
            from tutor.sync import offline_enrollment
            from tutor.sync.carried import FolderSource

            # A PC that has only ever seen USB sticks knows its site and hub key from its enrollment file.
            offline = offline_enrollment.current(conn) if link is None else None
            if link is None and offline is None:
                raise SyncNotEnrolled()
            site_id, hub_key = (link.site_id, link.hub_key) if link is not None else (offline.site_id, offline.hub_key)
            source, origin = FolderSource(stick, site_id, hub_key), "USB"
        elif link is None:
            raise SyncNotEnrolled()
        else:
            source, origin = HttpCatalogueSource(link.hub_url, link.token, link.hub_key), f"hub {link.hub_url}"

        def pack_version(pack_id: str) -> str | None:
            current = installed_pack(conn)
            return current.version if current is not None and current.pack_id == pack_id else None

        changes = Changes()

        def installed(offer: dict, path: Path) -> None:
            nonlocal changes
            if offer["kind"] == "pack":
                from tutor.lessons.service import ContentService

                try:
                    changes |= ContentService(conn).import_pack_file(path).changes
                except TutorError as exc:  # another pack id, or a newer one arrived by USB meanwhile
                    log.warning("downloaded pack %s not imported: %s", path.name, exc.log_message)
            elif offer["kind"] == "voice" and isinstance(offer.get("voice_config"), dict):
                from tutor.audio.voicepacks import register_downloaded

                try:
                    register_downloaded(path, offer["voice_config"], offer["sha256"])
                except TutorError as exc:
                    log.warning("downloaded voice %s not registered: %s", path.name, exc.log_message)
            elif offer["kind"] == "model":
                from tutor.local_llm import hashes

                hashes.record(path.parent, path.name, hashes.Record(offer["sha256"], offer["size"], "imported",
                                                                    origin))

        try:
            try:
                report = Downloader(data_dir, source, installed_pack_version=pack_version,
                                    on_installed=installed).run(cancel, progress)
            except Cancelled as stopped:
                stopped.changes = changes  # a pack imported before the stop still reaches the screens
                raise
            report.changes = changes  # the app broadcasts it: screens showing lessons refresh when next shown
            return report
        finally:
            source.close()
    finally:
        conn.close()
