"""Commune hub -> district hub over real HTTP: PC events arrive exactly once, from any path."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from tests.hub.pg import fresh_schema, pg_base_url
from tests.sync.conftest import HUB_TIME, RunningHub, hub_rows, make_pc  # noqa: F401 - make_pc is a fixture
from tutor.clock import FakeClock, from_iso
from tutor.hub.open_storage import open_storage
from tutor.hub.trust import hub_private_key
from tutor.sync.signing import public_key_b64
from tutor.hub.upstream import (
    ForwardingLoop, ForwardReport, UpstreamForwarder, enroll_upstream, forward_now, hub_id, upstream_link,
)
from tutor.sync.engine import SyncEngine
from tutor.sync.transport import HttpTransport, SyncUnavailable

DISTRICT_AHEAD_S = 90  # the district's clock runs 90 s ahead of the commune's


@pytest.fixture
def commune(tmp_path):
    hub = RunningHub(tmp_path / "commune.sqlite3", FakeClock(HUB_TIME)).start()
    yield hub
    hub.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def district(request, tmp_path):
    clock = FakeClock(HUB_TIME + timedelta(seconds=DISTRICT_AHEAD_S))
    if request.param == "sqlite":
        hub = RunningHub(tmp_path / "district.sqlite3", clock).start()
        yield hub
        hub.stop()
        return
    with fresh_schema(pg_base_url()) as url:
        hub = RunningHub(tmp_path / "unused", clock, storage_factory=lambda: open_storage(url)).start()
        yield hub
        hub.stop()


def link(commune: RunningHub, district: RunningHub, site: str = "Huyện Yên Lạc") -> str:
    """Enroll the commune at the district (in a new district site); returns that site's code."""
    code = district.new_site(site)
    enroll_upstream(commune.storage, district.url, code, "Hub xã Yên Lạc")
    grant_relay(commune, district)
    return code


def grant_relay(commune: RunningHub, district: RunningHub) -> None:
    """The district operator grants the relay right the commune asked for (it is never self-claimed)."""
    assert district.storage.grant_role(hub_id(commune.storage), "relay")


def forward(commune: RunningHub, transport=None, full: bool = False) -> ForwardReport:
    return forward_now(commune.storage, commune.clock, full=full, transport=transport)


def test_device_to_commune_to_district(commune, district, make_pc):
    code = link(commune, district)
    assert upstream_link(commune.storage).site_id == district.storage.device(hub_id(commune.storage)).site_id
    behind = FakeClock(HUB_TIME - timedelta(days=5 * 365))  # a PC whose clock says 2021
    pc_a, pc_b = make_pc("a", clock=behind), make_pc("b")
    village = commune.new_site("Thôn Đông")
    for pc in (pc_a, pc_b):
        pc.enroll(commune, village)
    lan, _ = pc_a.ws.learners.create("Bà Lan", "sun")
    pc_a.add_events(30, learner_id=lan.learner_id)
    pc_b.add_events(12)
    pc_a.engine(batch_size=7).sync_once()
    pc_b.engine().sync_once()

    report = forward(commune)

    assert report.events_sent == 31 + 12 and report.refused == {}
    for pc in (pc_a, pc_b):
        device = pc.ws.device_id
        assert hub_rows(district, device) == hub_rows(commune, device) == pc.own_events()
        assert district.storage.acked_through(device) == pc.own_events()[-1][1]
    # Times: corrected by the PC's offset measured at the commune plus the two hubs' difference.
    for held in district.storage.device_events(pc_a.ws.device_id):
        assert from_iso(held["corrected_time"]) == HUB_TIME + timedelta(seconds=DISTRICT_AHEAD_S)
    info = district.storage.device(pc_a.ws.device_id)
    assert info.clock_flagged and info.name == "PC test"
    assert info.public_key == pc_a.ws.progress.public_key().public_key_b64
    overview = district.storage.overview(district.clock.now())
    [site] = overview.sites
    assert (site.device_count, site.learner_count) == (2, 1)
    assert [d.is_relay for d in overview.devices].count(True) == 1

    # Forwarding again sends nothing, even asking about every device.
    assert forward(commune).events_sent == 0
    assert forward(commune, full=True).events_sent == 0
    assert hub_rows(district, pc_a.ws.device_id) == pc_a.own_events()
    # New events go on from where the district stopped.
    pc_b.add_events(5)
    pc_b.engine().sync_once()
    assert forward(commune).events_sent == 5
    assert hub_rows(district, pc_b.ws.device_id) == pc_b.own_events()
    assert code


def test_pc_syncing_directly_and_through_the_commune_is_counted_once(commune, district, make_pc):
    code = link(commune, district)
    pc = make_pc()
    pc.enroll(commune, commune.new_site("Thôn Tây"))
    pc.add_events(10)
    # The same PC also talks to the district directly (same district site as the relay).
    direct = HttpTransport(district.url)
    token = direct.enroll({"code": code, "device_id": pc.ws.device_id, "device_name": "PC",
                           "public_key": None})["device_token"]
    direct.close()
    direct = HttpTransport(district.url, token, hub_key=public_key_b64(hub_private_key(district.storage)))
    SyncEngine(pc.conn, direct, pc.clock, batch_size=4).sync_once()
    pc.add_events(10)
    SyncEngine(pc.conn, direct, pc.clock).sync_once()
    direct.close()
    pc.add_events(5)
    pc.engine().sync_once()  # the commune holds all 25; the district holds 20 from the PC

    assert forward(commune).events_sent == 5
    assert hub_rows(district, pc.ws.device_id) == pc.own_events()
    [summary] = [d for d in district.storage.overview(district.clock.now()).devices
                 if d.device_id == pc.ws.device_id]
    assert summary.events_held == 25


def test_another_sites_pc_is_refused_and_the_others_go_on(commune, district, make_pc):
    link(commune, district, "Huyện A")
    other_site = district.new_site("Huyện B")
    stranger, neighbour = make_pc("stranger"), make_pc("neighbour")
    village = commune.new_site("Thôn Bắc")
    for pc in (stranger, neighbour):
        pc.enroll(commune, village)
        pc.add_events(6)
        pc.engine().sync_once()
    # The stranger's device id is already a PC of another district site.
    direct = HttpTransport(district.url)
    direct.enroll({"code": other_site, "device_id": stranger.ws.device_id, "device_name": "PC B"})
    direct.close()

    report = forward(commune)

    assert list(report.refused) == [stranger.ws.device_id]
    assert district.storage.device_events(stranger.ws.device_id) == []
    assert hub_rows(district, neighbour.ws.device_id) == neighbour.own_events()


class CuttingTransport:
    """Forwards to a real transport; the n-th call fails before sending or after the answer came."""

    def __init__(self, inner, cut_at: int, after_send: bool):
        self.inner, self.cut_at, self.after_send, self.calls = inner, cut_at, after_send, 0

    def _call(self, name, *args):
        self.calls += 1
        if self.calls == self.cut_at and not self.after_send:
            raise SyncUnavailable(f"cut before {name}")
        answer = getattr(self.inner, name)(*args)
        if self.calls == self.cut_at:
            raise SyncUnavailable(f"answer to {name} lost")
        return answer

    def hello(self, body):
        return self._call("hello", body)

    def push(self, body):
        return self._call("push", body)

    def close(self):
        self.inner.close()


def test_cut_connections_resume_to_the_exact_set(commune, district, make_pc):
    link(commune, district)
    rng = random.Random(61)
    village = commune.new_site("Thôn Nam")
    pcs = [make_pc(f"pc{i}") for i in range(2)]
    for pc in pcs:
        pc.enroll(commune, village)
    link_ = upstream_link(commune.storage)
    http = HttpTransport(link_.url, link_.token)
    cuts = 0
    for _ in range(8):
        for pc in pcs:
            pc.add_events(rng.randint(1, 12))
            pc.engine().sync_once()
        for _attempt in range(40):
            cutter = CuttingTransport(http, rng.randint(1, 6), rng.random() < 0.5)
            try:
                UpstreamForwarder(commune.storage, cutter, commune.clock, batch_size=rng.randint(1, 6)).forward_once()
                break
            except SyncUnavailable:
                cuts += 1
        else:
            raise AssertionError("forwarding never completed")
        for pc in pcs:
            assert hub_rows(district, pc.ws.device_id) == pc.own_events()
    http.close()
    assert cuts >= 8


def test_clock_fixed_between_syncs_keeps_each_events_correction(commune, district, make_pc):
    link(commune, district)
    clock = FakeClock(HUB_TIME - timedelta(hours=3))
    pc = make_pc(clock=clock)
    pc.enroll(commune, commune.new_site("Thôn Giữa"))
    pc.add_events(3)
    pc.engine().sync_once()
    clock.set_wall(HUB_TIME)  # someone fixed the PC's clock
    pc.add_events(2)
    pc.engine().sync_once()
    forward(commune)
    commune_times = [from_iso(e["corrected_time"]) for e in commune.storage.device_events(pc.ws.device_id)]
    district_times = [from_iso(e["corrected_time"]) for e in district.storage.device_events(pc.ws.device_id)]
    ahead = timedelta(seconds=DISTRICT_AHEAD_S)
    assert district_times == [t + ahead for t in commune_times]
    assert not district.storage.device(pc.ws.device_id).clock_flagged  # the last reading is the fixed clock


def test_forwarding_loop_backs_off_then_stops():
    outcomes = iter([SyncUnavailable("down"), SyncUnavailable("down"), ForwardReport(events_sent=3)])
    waits: list[float] = []

    def forward_round() -> ForwardReport:
        outcome = next(outcomes)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def wait(seconds: float) -> bool:
        waits.append(seconds)
        return len(waits) == 3  # stop after the third round

    ForwardingLoop(forward_round, interval_s=600, wait=wait).run()
    assert len(waits) == 3
    assert 15 <= waits[0] <= 30 and 30 <= waits[1] <= 60  # back-off after failures
    assert waits[2] == 600  # back to the regular interval after a success


def test_cli_upstream_enroll_status_and_push(commune, district, make_pc, capsys):
    from tutor.hub.cli import main as hub_main

    commune.stop()  # the CLI opens the commune's database itself
    db = f"sqlite:///{commune.db_path}"
    assert hub_main(["--database", db, "upstream", "status"]) == 1
    code = district.new_site("Huyện CLI")
    assert hub_main(["--database", db, "upstream", "enroll", district.url, code, "--name", "Xã CLI"]) == 0
    assert "Huyện CLI" in capsys.readouterr().out
    commune.start()
    grant_relay(commune, district)
    pc = make_pc()
    pc.enroll(commune, commune.new_site("Thôn CLI"))
    pc.add_events(4)
    pc.engine().sync_once()
    commune.stop()
    assert hub_main(["--database", db, "upstream", "push"]) == 0
    assert "forwarded 4 events for 1 devices" in capsys.readouterr().out
    commune.start()
    assert hub_rows(district, pc.ws.device_id) == pc.own_events()


def test_serve_with_upstream_links_at_start(commune, district, make_pc):
    from tests.hub.serving import HubProcess

    pc = make_pc()
    pc.enroll(commune, commune.new_site("Thôn Serve"))
    pc.add_events(3)
    pc.engine().sync_once()
    commune.stop()
    code = district.new_site("Huyện Serve")
    db = f"sqlite:///{commune.db_path}"
    serving = HubProcess(db, serve_args=["--upstream", district.url, "--upstream-code", code,
                                         "--upstream-interval", "3600"])
    serving.stop()
    assert any("linked upstream" in line for line in serving.log)
    commune.start()
    grant_relay(commune, district)
    linked = upstream_link(commune.storage)
    assert linked.url == district.url and linked.site_name == "Huyện Serve"
    # The first round runs as the hub starts; whatever it managed before the stop, a push completes it.
    forward(commune)
    assert hub_rows(district, pc.ws.device_id) == pc.own_events()
