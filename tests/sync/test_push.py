"""Pushing a PC's events to a real hub: enrollment, idempotence, order, restarts, wrong clocks."""

from __future__ import annotations

import gzip
import json
from datetime import timedelta

import httpx
import pytest

from tests.sync.conftest import HUB_TIME, hub_rows
from tutor.clock import FakeClock, from_iso
from tutor.sync import outbox
from tutor.sync.state import acked_map, hub_link
from tutor.sync.transport import SyncRefused, encode_body


def stored_text(hub) -> str:
    """Everything the hub's database holds, as text: the SQLite file's and its WAL's bytes (free
    pages too), or every row of every table of the PostgreSQL schema."""
    if hub.database_url.startswith("sqlite:"):
        files = [hub.db_path, hub.db_path.with_name(hub.db_path.name + "-wal")]
        return "".join(f.read_bytes().decode("utf-8", errors="replace") for f in files if f.exists())
    with hub.storage.dialect.read() as c:
        tables = [r["table_name"] for r in c.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()").fetchall()]
        return "\n".join(r["row"] for t in tables for r in c.execute(f"SELECT t::text AS row FROM {t} t").fetchall())


def _post(pc, path: str, body: dict) -> httpx.Response:
    link = hub_link(pc.conn)
    return httpx.post(link.hub_url + path, content=encode_body(body),
                      headers={"Authorization": f"Bearer {link.token}", "Content-Encoding": "gzip"})


def test_enroll_push_and_idempotent_repush(hub, make_pc):
    pc = make_pc()
    pc.enroll(hub, hub.new_site("Xã Yên Lạc"))
    pc.ws.learners.create("Bà Lan", "sun")
    pc.add_events(25)

    report = pc.engine(batch_size=7).sync_once()

    device = pc.ws.device_id
    assert report.pushed == len(pc.own_events()) == 26  # learner_created + 25
    assert hub_rows(hub, device) == pc.own_events()
    assert acked_map(pc.conn)[device] == outbox.last_seq(pc.conn, device)
    again = pc.engine().sync_once()
    assert again.pushed == 0
    assert hub_rows(hub, device) == pc.own_events()
    # The token is stored only as a hash at the hub.
    stored = stored_text(hub)
    assert device in stored and hub_link(pc.conn).token not in stored


def test_duplicated_and_reordered_batches_are_harmless(hub, make_pc):
    pc = make_pc()
    pc.enroll(hub, hub.new_site("Xã A"))
    pc.add_events(30)
    device = pc.ws.device_id
    assert _post(pc, "/v1/hello", pc.signed_hello({"protocol_version": 1, "device_id": device,
                                                   "device_time": "2026-11-21T08:00:00+00:00",
                                                   "first_seq": outbox.first_seq(pc.conn, device)})).status_code == 200
    events = outbox.read_batch(pc.conn, device, 0, 100)
    batches = [events[0:10], events[10:20], events[20:30]]
    answers = []
    for batch in (batches[2], batches[1], batches[2], batches[0], batches[1], batches[0]):
        r = _post(pc, "/v1/events", pc.signed_batch(batch))
        assert r.status_code == 200
        answers.append(r.json()["acked_through"])
    last = events[-1].seq
    # Nothing is acknowledged past a gap; once the gap fills, everything is.
    assert answers == [0, 0, 0, last, last, last]
    assert hub_rows(hub, device) == pc.own_events()


def test_hub_restart_mid_push_keeps_what_it_stored(hub, make_pc):
    pc = make_pc()
    pc.enroll(hub, hub.new_site("Xã B"))
    pc.add_events(40)

    class RestartAfterTwoBatches:
        def __init__(self, inner):
            self.inner, self.pushes = inner, 0

        def __getattr__(self, name):
            return getattr(self.inner, name)

        def push(self, body):
            self.pushes += 1
            answer = self.inner.push(body)
            if self.pushes == 2:
                hub.restart()
            return answer

    from tutor.sync.transport import SyncUnavailable

    with pytest.raises(SyncUnavailable):
        pc.engine(RestartAfterTwoBatches(pc.http()), batch_size=10).sync_once()
    # The file persisted: the restarted hub (on a new port) still holds the first two batches.
    device = pc.ws.device_id
    assert len(hub.storage.device_events(device)) == 20
    pc.follow(hub)
    report = pc.engine(batch_size=10).sync_once()
    assert report.pushed == 20
    assert hub_rows(hub, device) == pc.own_events()


@pytest.mark.parametrize("skew", [timedelta(days=-5 * 365), timedelta(days=5 * 365)])
def test_wrong_clock_is_flagged_and_corrected(hub, make_pc, skew):
    pc = make_pc(clock=FakeClock(HUB_TIME + skew))
    pc.enroll(hub, hub.new_site("Xã C"))
    pc.add_events(3)
    report = pc.engine().sync_once()
    assert report.clock_flagged
    assert report.clock_offset_s == pytest.approx(-skew.total_seconds())
    info = hub.storage.device(pc.ws.device_id)
    assert info.clock_flagged and info.clock_offset_s == pytest.approx(-skew.total_seconds())
    for event in hub.storage.device_events(pc.ws.device_id):
        assert from_iso(event["device_time"]) == HUB_TIME + skew  # raw time kept as written
        assert from_iso(event["corrected_time"]) == HUB_TIME


def test_clock_jumping_between_sessions(hub, make_pc):
    clock = FakeClock(HUB_TIME - timedelta(days=3 * 365))
    pc = make_pc(clock=clock)
    pc.enroll(hub, hub.new_site("Xã D"))
    pc.add_events(2)
    assert pc.engine().sync_once().clock_flagged
    # Someone fixes the PC's clock; the hub's clock moved on by a minute meanwhile.
    hub.clock.advance(60)
    clock.set_wall(hub.clock.now())
    pc.add_events(2)
    report = pc.engine().sync_once()
    assert not report.clock_flagged and report.clock_offset_s == pytest.approx(0)
    events = hub.storage.device_events(pc.ws.device_id)
    assert [from_iso(e["corrected_time"]) for e in events] == [HUB_TIME] * 2 + [hub.clock.now()] * 2
    with hub.storage.dialect.read() as c:
        readings = c.execute("SELECT flagged FROM clock_readings WHERE device_id = %s ORDER BY hub_time",
                             (pc.ws.device_id,)).fetchall()
    assert [bool(r["flagged"]) for r in readings] == [True, False]


def test_device_starting_at_a_later_seq(hub, make_pc):
    """A restored database's new device id starts at whatever seq comes next, not 1."""
    pc = make_pc()
    pc.enroll(hub, hub.new_site("Xã E"))
    pc.add_events(5)
    old = pc.ws.device_id
    from tutor.events import mint_new_device_id

    mint_new_device_id(pc.conn)  # what opening a restored backup does
    new = pc.ws.device_id
    pc.add_events(4)
    assert outbox.first_seq(pc.conn, new) == 6
    report = pc.engine(batch_size=3).sync_once()
    assert report.acked_through == {old: 5, new: 9}
    assert [e["seq"] for e in hub.storage.device_events(new)] == [6, 7, 8, 9]
    assert hub.storage.device(new).first_seq == 6
    assert len(hub.storage.device_events(old)) == 5


def test_old_client_gets_a_clear_refusal(hub, make_pc):
    pc = make_pc()
    pc.enroll(hub, hub.new_site("Xã F"))
    r = _post(pc, "/v1/hello", {"protocol_version": 99, "device_id": pc.ws.device_id,
                                "device_time": "2026-11-21T08:00:00+00:00", "first_seq": None})
    assert r.status_code == 400
    body = r.json()
    assert body["error"] == "unsupported_protocol_version" and "99" in body["message"]
    assert "cập nhật" in body["message_vi"]


def test_revoked_device_is_refused(hub, make_pc):
    pc = make_pc()
    pc.enroll(hub, hub.new_site("Xã G"))
    assert hub.storage.revoke_device(pc.ws.device_id, hub.clock.now())
    pc.add_events(1)
    with pytest.raises(SyncRefused) as refused:
        pc.engine().sync_once()
    assert refused.value.status == 401
    assert "đăng ký" in refused.value.user_message


def test_unreachable_hub_is_a_typed_vietnamese_error(make_pc):
    from tutor.sync.engine import enroll
    from tutor.sync.transport import HttpTransport, SyncUnavailable

    pc = make_pc()
    transport = HttpTransport("http://127.0.0.1:9", timeout_s=2)
    with pytest.raises(SyncUnavailable) as err:
        enroll(pc.conn, transport, "http://127.0.0.1:9", "AAAA-BBBB-CCCC", "PC", None)
    assert "Không kết nối được" in err.value.user_message
    transport.close()


def test_wire_bytes_are_gzip(hub, make_pc):
    pc = make_pc()
    pc.enroll(hub, hub.new_site("Xã H"))
    pc.add_events(200)
    transport = pc.http()
    pc.engine(transport).sync_once()
    raw = sum(len(json.dumps(e.to_wire())) for e in outbox.read_batch(pc.conn, pc.ws.device_id, 0, 1000))
    assert transport.bytes_sent < raw / 3
    assert gzip.decompress(encode_body({"a": 1})) == b'{"a":1}'


def test_hub_restored_from_an_older_backup_gets_the_missing_events_again(hub, make_pc):
    import shutil

    if not hub.database_url.startswith("sqlite:"):
        pytest.skip("restores a copy of the SQLite file; a PostgreSQL hub is restored with pg_restore")
    pc = make_pc()
    pc.enroll(hub, hub.new_site("Xã Sao Lưu"))
    pc.add_events(10)
    pc.engine().sync_once()
    hub.stop()
    backup = hub.db_path.with_suffix(".bak")
    shutil.copy(hub.db_path, backup)  # stopped hub: the WAL was checkpointed into the file on close
    hub.start()
    pc.follow(hub)
    pc.add_events(10)
    pc.engine().sync_once()
    hub.stop()
    for suffix in ("-wal", "-shm"):
        hub.db_path.with_name(hub.db_path.name + suffix).unlink(missing_ok=True)
    shutil.copy(backup, hub.db_path)
    hub.start()
    assert len(hub.storage.device_events(pc.ws.device_id)) == 10
    pc.follow(hub)
    assert pc.engine().sync_once().pushed == 10  # the hub's acked_through, not ours, decides
    assert hub_rows(hub, pc.ws.device_id) == pc.own_events()
