"""Fixtures: a real tutor-hub (uvicorn on 127.0.0.1, a free port, a background thread) and PCs."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import uvicorn

from tutor.clock import FakeClock
from tutor.hub.app import create_app
from tutor.hub.open_storage import open_sqlite
from tutor.hub.storage import HubStorage
from tutor.store.db import transaction
from tutor.sync.engine import SyncEngine, enroll
from tutor.sync.transport import HttpTransport
from tutor.teacher.sync_folds import TEACHER_FOLDS
from tutor.workspace import Workspace

HUB_TIME = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)


class _Server(uvicorn.Server):
    """uvicorn that tells the test thread when it is listening (no polling, no sleeping)."""

    def __init__(self, config: uvicorn.Config):
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets=None) -> None:
        await super().startup(sockets=sockets)
        self.ready.set()


class RunningHub:
    def __init__(self, db_path: Path, clock: FakeClock, storage_factory=None, database_url: str | None = None):
        self.db_path = db_path
        self.clock = clock
        # What `tutor-hub --database` would name (a PostgreSQL hub passes its URL with its factory).
        self.database_url = database_url or f"sqlite:///{db_path}"
        # Another back-end (PostgreSQL) comes as a factory; restarts reopen the same database.
        self._storage_factory = storage_factory or (lambda: open_sqlite(self.db_path))
        self.storage: HubStorage | None = None
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    def start(self) -> RunningHub:
        self.storage = self._storage_factory()
        # proto=IPPROTO_TCP lets asyncio set TCP_NODELAY on accepted sockets (else 40 ms Nagle stalls).
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        config = uvicorn.Config(create_app(self.storage, self.clock), log_level="warning", lifespan="off")
        self._server = _Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, daemon=True)
        self._thread.start()
        if not self._server.ready.wait(timeout=20):
            raise RuntimeError("hub did not start")
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            self._thread.join(timeout=20)
            self._server = None
        if self.storage is not None:
            self.storage.close()
            self.storage = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def new_site(self, name: str) -> str:
        return self.storage.create_site(name, self.clock.now())[1]


@pytest.fixture
def hub(tmp_path) -> Iterator[RunningHub]:
    """SQLite; TUTOR_TEST_HUB_BACKEND=postgres runs the same tests on PostgreSQL (TUTOR_TEST_PG_URL)."""
    import os

    if os.environ.get("TUTOR_TEST_HUB_BACKEND") == "postgres":
        from tests.hub.pg import fresh_schema
        from tutor.hub.open_storage import open_storage

        with fresh_schema() as url:
            running = RunningHub(tmp_path / "hub.sqlite3", FakeClock(HUB_TIME),
                                 storage_factory=lambda: open_storage(url), database_url=url).start()
            yield running
            running.stop()
        return
    running = RunningHub(tmp_path / "hub.sqlite3", FakeClock(HUB_TIME)).start()
    yield running
    running.stop()


class Pc:
    """One tutor PC: a workspace, its clock, and helpers to enroll and sync."""

    def __init__(self, root: Path, clock: FakeClock):
        self.clock = clock
        self.ws = Workspace.open(root, clock=clock, bundled_pack=None, backup=False)
        self.transport: HttpTransport | None = None

    @property
    def conn(self):
        return self.ws.conn

    def enroll(self, hub: RunningHub, code: str) -> None:
        transport = HttpTransport(hub.url)
        try:
            enroll(self.conn, transport, hub.url, code, "PC test", self.ws.progress.public_key().public_key_b64)
        finally:
            transport.close()

    def follow(self, hub: RunningHub) -> None:
        """A restarted hub listens on a new port: point this PC at it."""
        self.conn.execute("UPDATE meta SET value = ? WHERE key = 'sync.hub_url'", (hub.url,))

    def http(self) -> HttpTransport:
        from tutor.sync.state import hub_link

        link = hub_link(self.conn)
        if self.transport is not None:
            self.transport.close()
        self.transport = HttpTransport(link.hub_url, link.token, timeout_s=10)
        return self.transport

    def engine(self, transport=None, batch_size: int = 2000) -> SyncEngine:
        return SyncEngine(self.conn, transport or self.http(), self.clock, batch_size=batch_size,
                          folds=TEACHER_FOLDS)

    def add_events(self, n: int, learner_id: str | None = None, kind: str = "attempt") -> None:
        from tutor.events import append_event

        with transaction(self.conn):
            for i in range(n):
                append_event(self.conn, self.clock, kind, learner_id, {"i": i, "correct": i % 3 != 0})

    def signed_hello(self, body: dict, device: str | None = None) -> dict:
        """A hello body as the engine sends it: a fresh nonce, signed with the device's key."""
        from tutor.sync.engine import _device_signature
        from tutor.sync.signing import HELLO_CONTEXT, body_message, new_nonce

        device = device or body.get("device_id") or self.ws.device_id
        body = {"public_key": self.ws.progress.public_key().public_key_b64, **body, "nonce": new_nonce()}
        body["signature"] = _device_signature(self.conn, device, body_message(HELLO_CONTEXT, body))
        return body

    def signed_batch(self, events, device: str | None = None) -> dict:
        """A push body as the engine sends it: the batch's manifest signed with the device's key."""
        from tutor.sync.engine import _device_signature
        from tutor.sync.signing import event_digest, manifest_message

        device = device or self.ws.device_id
        signature = _device_signature(self.conn, device, manifest_message(device, [event_digest(device, e)
                                                                                   for e in events]))
        return {"device_id": device, "batch": [e.to_wire() for e in events], "manifests": [{"signature": signature}]}

    def own_events(self) -> list[tuple]:
        return [tuple(r) for r in self.conn.execute(
            "SELECT device_id, seq, event_id, kind, device_time, payload FROM events"
            " WHERE device_id = ? ORDER BY seq", (self.ws.device_id,))]

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()
        self.ws.close()


@pytest.fixture
def make_pc(tmp_path) -> Iterator:
    made: list[Pc] = []

    def make(name: str = "pc", clock: FakeClock | None = None) -> Pc:
        pc = Pc(tmp_path / name, clock or FakeClock(HUB_TIME))
        made.append(pc)
        return pc

    yield make
    for pc in made:
        pc.close()


def hub_rows(hub: RunningHub, device_id: str) -> list[tuple]:
    import json

    return [(e["device_id"], e["seq"], e["event_id"], e["kind"], e["device_time"],
             json.dumps(e["payload"], ensure_ascii=False, separators=(",", ":")))
            for e in hub.storage.device_events(device_id)]
