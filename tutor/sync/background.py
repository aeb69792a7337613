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

import sqlite3
from collections.abc import Callable
from pathlib import Path

from tutor.cancel import CancelToken, Progress, no_progress
from tutor.clock import Clock
from tutor.events import device_id
from tutor.device_keys import public_key_of
from tutor.store.db import connect
from tutor.sync import state
from tutor.sync.engine import SyncEngine, SyncNotEnrolled, SyncReport, enroll
from tutor.sync.folds import PulledFolds
from tutor.sync.transport import SyncTransport, SyncUnavailable

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

