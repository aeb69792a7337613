"""Used nonces are forgotten after a while, and a hello replayed after that is refused by its
age (tutor.hub.freshness), on SQLite and PostgreSQL alike, through a real hub on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest

from tests.sync.conftest import HUB_TIME, RunningHub, make_pc  # noqa: F401 - fixtures
from tests.sync.keys import KeyedDevice
from tutor.clock import FakeClock, to_iso
from tutor.hub.freshness import FRESH_WINDOW, NONCE_KEEP, PRUNE_EVERY
from tutor.hub.open_storage import open_storage
from tutor.sync.transport import encode_body

NOW = HUB_TIME
FIVE_YEARS = timedelta(days=5 * 365)


def _nonce_rows(storage) -> int:
    with storage._d.read() as c:
        return int(c.execute("SELECT COUNT(*) AS n FROM used_nonces").fetchone()["n"])


def _post(url: str, path: str, body: dict, token: str | None = None) -> httpx.Response:
    headers = {"Content-Encoding": "gzip"} | ({"Authorization": f"Bearer {token}"} if token else {})
    return httpx.post(url + path, content=encode_body(body), headers=headers, timeout=30)


@pytest.fixture
def live_hub(backend_url, tmp_path) -> Iterator[RunningHub]:
    """A real hub over HTTP on either back-end (tests/hub/conftest.py's backend_url)."""
    running = RunningHub(tmp_path / "hub.sqlite3", FakeClock(HUB_TIME),
                         storage_factory=lambda: open_storage(backend_url), database_url=backend_url).start()
    yield running
    running.stop()


def test_the_nonce_table_stays_bounded_while_a_replay_inside_the_window_is_refused(hub_storage):
    steps = int(4 * NONCE_KEEP / PRUNE_EVERY)   # four retention periods, a nonce a minute
    for i in range(steps):
        assert hub_storage.use_nonce("pc-1", f"nonce-{i:08d}", NOW + i * PRUNE_EVERY)
        if i == 10:
            assert not hub_storage.use_nonce("pc-1", "nonce-00000003", NOW + i * PRUNE_EVERY)
    kept = _nonce_rows(hub_storage)
    assert kept <= NONCE_KEEP / PRUNE_EVERY + 2, kept
    # Inside the retention period a nonce is still refused.
    last = NOW + (steps - 1) * PRUNE_EVERY
    assert not hub_storage.use_nonce("pc-1", f"nonce-{steps - 5:08d}", last)


def test_nonces_no_time_can_judge_are_never_pruned(hub_storage):
    """An enrollment's nonce, and a relay's hello without a clock epoch, are refused however late
    they are replayed: nothing else would refuse them."""
    assert hub_storage.use_nonce("pc-1", "enroll-nonce-0001", NOW, kept=True)
    assert hub_storage.use_nonce("relay-1", "relay-hello-0001", NOW, kept=True)
    assert hub_storage.use_nonce("pc-1", "hello-nonce-00001", NOW + 2 * NONCE_KEEP)   # prunes
    assert not hub_storage.use_nonce("pc-1", "enroll-nonce-0001", NOW + 2 * NONCE_KEEP, kept=True)
    assert not hub_storage.use_nonce("relay-1", "relay-hello-0001", NOW + 2 * NONCE_KEEP, kept=True)


def test_nonces_held_before_the_upgrade_are_kept(tmp_path):
    """Which old nonce was an enrollment's is unknown, so the migration keeps them all: a
    captured enrollment from before the upgrade is refused however late it is replayed."""
    import sqlite3

    from tests.hub.test_hub_schema_upgrade import released_database
    from tutor.hub.open_storage import open_storage

    with released_database("sqlite", 5, tmp_path) as url:
        with sqlite3.connect(url.removeprefix("sqlite:///")) as old:
            old.execute("INSERT INTO used_nonces(signer_id, nonce, used_at) VALUES (?, ?, ?)",
                        ("pc-old", "old-enrollment", "2020-01-01T00:00:00.000+00:00"))
        storage = open_storage(url)
        try:
            assert storage.use_nonce("pc-1", "hello-nonce-00002", NOW + 2 * NONCE_KEEP)   # prunes
            assert not storage.use_nonce("pc-old", "old-enrollment", NOW + 2 * NONCE_KEEP, kept=True)
        finally:
            storage.close()


def test_a_hello_replayed_after_its_nonce_was_pruned_is_refused_as_stale(live_hub):
    hub = live_hub
    code = hub.new_site("Xã Nhớ Lâu")
    pc = KeyedDevice("pc-slow-clock")
    token = _post(hub.url, "/v1/enroll", pc.enroll_body(code)).json()["device_token"]
    pc_clock = HUB_TIME - FIVE_YEARS   # a PC clock five years behind: the hub corrects for it

    captured = pc.hello_body(to_iso(pc_clock), clock_epoch=0)
    r = _post(hub.url, "/v1/hello", captured, token)
    assert r.status_code == 200, r.text
    offset = r.json()["clock_offset_s"]
    assert _nonce_rows(hub.storage) == 2   # the enrollment's and the hello's

    # Hours later the PC syncs again (its clock still wrong, and it still syncs), and the hub forgets old nonces.
    later = NOW + NONCE_KEEP + 2 * PRUNE_EVERY
    hub.clock.set_wall(later)
    elapsed = later - NOW
    r = _post(hub.url, "/v1/hello", pc.hello_body(to_iso(pc_clock + elapsed), clock_epoch=0), token)
    assert r.status_code == 200, r.text
    assert r.json()["clock_offset_s"] == pytest.approx(offset)
    assert _nonce_rows(hub.storage) == 2   # the enrollment's (kept) and the new hello's

    r = _post(hub.url, "/v1/hello", captured, token)   # the old hello, captured on the LAN, sent again
    assert r.status_code == 409 and r.json()["error"] == "stale_request", r.text
    assert hub.storage.device("pc-slow-clock").clock_offset_s == pytest.approx(offset)


def test_a_clock_put_forward_while_the_pc_was_off_still_syncs_and_old_hellos_stay_stale(live_hub):
    hub = live_hub
    code = hub.new_site("Xã Đồng Hồ Nhanh")
    pc = KeyedDevice("pc-forward")
    token = _post(hub.url, "/v1/enroll", pc.enroll_body(code)).json()["device_token"]
    first = pc.hello_body(to_iso(HUB_TIME), clock_epoch=0)
    assert _post(hub.url, "/v1/hello", first, token).status_code == 200
    # Switched off; someone sets the clock a year ahead (same epoch: a forward move looks like absence).
    hub.clock.set_wall(NOW + 2 * FRESH_WINDOW)
    ahead = HUB_TIME + 2 * FRESH_WINDOW + timedelta(days=365)
    r = _post(hub.url, "/v1/hello", pc.hello_body(to_iso(ahead), clock_epoch=0), token)
    assert r.status_code == 200, r.text
    assert r.json()["clock_offset_s"] == pytest.approx(-365 * 86400)
    # Within the hour it says hello again by the new clock: fine. Its first hello, replayed, is stale.
    hub.clock.set_wall(NOW + 2 * FRESH_WINDOW + timedelta(minutes=5))
    r = _post(hub.url, "/v1/hello", pc.hello_body(to_iso(ahead + timedelta(minutes=5)), clock_epoch=0), token)
    assert r.status_code == 200, r.text
    hub.clock.set_wall(NOW + NONCE_KEEP + 2 * PRUNE_EVERY)
    r = _post(hub.url, "/v1/hello", pc.hello_body(to_iso(ahead + NONCE_KEEP), clock_epoch=0), token)
    assert r.status_code == 200, r.text
    assert _post(hub.url, "/v1/hello", first, token).json()["error"] == "stale_request"


def test_a_pc_with_a_wrong_clock_keeps_syncing_for_days(live_hub, make_pc):
    hub = live_hub
    pc = make_pc("slow", clock=FakeClock(HUB_TIME - FIVE_YEARS))
    pc.enroll(hub, hub.new_site("Xã Chậm"))
    for day in range(3):
        pc.add_events(2)
        report = pc.engine().sync_once()
        assert report.pushed == 2
        assert report.clock_offset_s == pytest.approx(FIVE_YEARS.total_seconds(), abs=5)
        hub.clock.advance(86400)
        pc.clock.advance(86400)
    assert _nonce_rows(hub.storage) <= 4   # the enrollment's and the last sync's hellos
