"""The in-process hub (for UI tests) behaves like the real one."""

from __future__ import annotations

from tests.sync.conftest import HUB_TIME
from tutor.clock import FakeClock
from tutor.hub.inprocess import IN_PROCESS_URL, in_process_transport
from tutor.hub.open_storage import open_sqlite
from tutor.sync.engine import SyncEngine, enroll
from tutor.sync.state import hub_link


def test_enroll_and_sync_without_sockets(tmp_path, make_pc):
    clock = FakeClock(HUB_TIME)
    storage = open_sqlite(tmp_path / "hub.sqlite3")
    try:
        _, code = storage.create_site("Xã Trong Máy", clock.now())
        pc = make_pc()
        transport = in_process_transport(storage, clock)
        enroll(pc.conn, transport, IN_PROCESS_URL, code, "PC", None)
        transport.close()
        pc.add_events(12)
        transport = in_process_transport(storage, clock, hub_link(pc.conn).token)
        report = SyncEngine(pc.conn, transport, pc.clock, batch_size=5).sync_once()
        transport.close()
        assert report.pushed == 12
        assert [e["event_id"] for e in storage.device_events(pc.ws.device_id)] == [e[2] for e in pc.own_events()]
    finally:
        storage.close()
