"""A volunteer's laptop enrolled at several sites of a real hub: it learns their PCs, checks
and labels the bundles it collects from them, and a PC revoked since is no longer trusted."""

from __future__ import annotations

import pytest

from tests.sync.conftest import hub_rows  # noqa: F401  (keeps the hub fixtures' module loaded)
from tutor.sync.bundle import export_bundle
from tutor.sync.transport import HttpTransport, SyncRefused
from tutor.teacher.carrier_sites import add_site, carrier_sites, refresh_keys


def transport(url: str, token: str | None) -> HttpTransport:
    return HttpTransport(url, token)


def village(make_pc, hub, code: str, name: str, stick):
    pc = make_pc(name)
    pc.enroll(hub, code)
    pc.ws.learners.create(f"Người học ở {name}", "sun")
    export_bundle(pc.ws, stick)
    return pc


def test_a_laptop_enrolled_at_two_sites_checks_and_labels_their_bundles(hub, make_pc, tmp_path):
    code_a, code_b = hub.new_site("Xã Yên Lạc"), hub.new_site("Xã Tân Cương")
    stick = tmp_path / "usb"
    stick.mkdir()
    pc_a = village(make_pc, hub, code_a, "a", stick)
    pc_b = village(make_pc, hub, code_b, "b", stick)

    laptop = make_pc("laptop")
    first = add_site(laptop.conn, laptop.clock, transport, hub.url, code_a, "của Minh")
    add_site(laptop.conn, laptop.clock, transport, hub.url, code_b, "của Minh")
    assert (first.site_name, first.devices) == ("Xã Yên Lạc", 1)      # the carrier itself is not listed
    assert [(s.site_name, s.devices) for s in carrier_sites(laptop.conn)] == [("Xã Tân Cương", 1), ("Xã Yên Lạc", 1)]

    volunteer = laptop.ws.teacher.volunteer
    result = volunteer.collect(stick)
    by_device = {b.device_id: b for b in result.carried}
    assert by_device[pc_a.ws.device_id].verified and by_device[pc_a.ws.device_id].site_name == "Xã Yên Lạc"
    assert by_device[pc_b.ws.device_id].verified and by_device[pc_b.ws.device_id].site_name == "Xã Tân Cương"
    assert set(volunteer.summary().sites) == {"Xã Yên Lạc", "Xã Tân Cương"}


def test_refresh_brings_new_pcs_and_says_which_site_it_could_not_reach(hub, make_pc, tmp_path):
    code = hub.new_site("Xã Yên Lạc")
    laptop = make_pc("laptop")
    add_site(laptop.conn, laptop.clock, transport, hub.url, code, "")
    assert carrier_sites(laptop.conn)[0].devices == 0
    make_pc("a").enroll(hub, code)                     # a PC enrolled after the laptop's visit
    assert refresh_keys(laptop.conn, laptop.clock, transport).sites == ("Xã Yên Lạc",)
    assert carrier_sites(laptop.conn)[0].devices == 1

    hub.stop()
    result = refresh_keys(laptop.conn, laptop.clock, transport)
    assert result.sites == () and result.failed == (f"Xã Yên Lạc: không kết nối được máy chủ {hub.url}",)
    assert carrier_sites(laptop.conn)[0].devices == 1   # what it knew stays


def test_a_wrong_code_is_refused_and_nothing_is_kept(hub, make_pc):
    hub.new_site("Xã Yên Lạc")
    laptop = make_pc("laptop")
    with pytest.raises(SyncRefused):
        add_site(laptop.conn, laptop.clock, transport, hub.url, "AAAA-BBBB-CCCC", "")
    assert carrier_sites(laptop.conn) == []


def test_the_carrier_reads_only_its_own_sites_pcs(hub, make_pc):
    code_a = hub.new_site("Xã Yên Lạc")
    make_pc("other").enroll(hub, hub.new_site("Xã Khác"))
    laptop = make_pc("laptop")
    add_site(laptop.conn, laptop.clock, transport, hub.url, code_a, "")
    keys = laptop.conn.execute("SELECT site_name FROM teacher_device_keys").fetchall()
    assert keys == []                                  # the other site's PC is never handed out


def test_a_pc_revoked_at_the_hub_is_no_longer_trusted_after_a_refresh(hub, make_pc, tmp_path):
    code = hub.new_site("Xã Yên Lạc")
    stick = tmp_path / "usb"
    stick.mkdir()
    pc = village(make_pc, hub, code, "a", stick)
    laptop = make_pc("laptop")
    add_site(laptop.conn, laptop.clock, transport, hub.url, code, "")
    hub.storage.revoke_device(pc.ws.device_id, hub.clock.now())
    refresh_keys(laptop.conn, laptop.clock, transport)
    assert carrier_sites(laptop.conn)[0].devices == 0
    [carried] = laptop.ws.teacher.volunteer.collect(stick).carried
    assert not carried.verified           # carried for the hub to judge, not vouched for here


def test_back_at_a_hub_the_laptop_hands_over_what_it_carries(hub, make_pc, tmp_path):
    from tutor.teacher.carrier_sites import deliver_to_hubs

    code = hub.new_site("Xã Yên Lạc")
    stick = tmp_path / "usb"
    stick.mkdir()
    pc = village(make_pc, hub, code, "a", stick)
    stranger = make_pc("x")                                     # a PC of no site the laptop knows
    stranger.ws.learners.create("Người lạ", "sun")
    export_bundle(stranger.ws, stick)
    laptop = make_pc("laptop")
    add_site(laptop.conn, laptop.clock, transport, hub.url, code, "")
    volunteer = laptop.ws.teacher.volunteer
    volunteer.collect(stick)

    handover = deliver_to_hubs(laptop.conn, laptop.clock, volunteer.carry_dir)
    assert handover.delivered == 1 and handover.new_events == len(pc.own_events())
    assert len(handover.failed) == 1 and "chưa biết máy chủ" in handover.failed[0]
    assert len(hub_rows(hub, pc.ws.device_id)) == len(pc.own_events())
    assert [b.delivered for b in volunteer.bundles() if b.device_id == pc.ws.device_id] == [True]
    again = deliver_to_hubs(laptop.conn, laptop.clock, volunteer.carry_dir)
    assert again.delivered == 0                                  # nothing is sent twice


def test_the_laptop_pins_the_hub_key_and_refuses_another_hub_at_its_address(hub, make_pc, tmp_path):
    """A second real hub (its own key) answering at the site's address: its PC list is not
    taken, and its "received" does not make the laptop drop a bundle."""
    from pathlib import Path

    from tests.sync.conftest import HUB_TIME, RunningHub
    from tutor.clock import FakeClock
    from tutor.hub.trust import hub_private_key
    from tutor.messages import render
    from tutor.sync.signing import public_key_b64
    from tutor.teacher.carrier_sites import deliver_to_hubs, pinned_hub_key

    code = hub.new_site("Xã Yên Lạc")
    stick = tmp_path / "usb"
    stick.mkdir()
    pc = village(make_pc, hub, code, "a", stick)
    laptop = make_pc("laptop")
    site = add_site(laptop.conn, laptop.clock, transport, hub.url, code, "")
    assert pinned_hub_key(laptop.conn, site.site_id) == public_key_b64(hub_private_key(hub.storage))

    impostor = RunningHub(tmp_path / "impostor.sqlite3", FakeClock(HUB_TIME)).start()
    try:
        # The impostor knows the same PC (and would happily take its bundle) and lets the laptop in.
        fake_code = impostor.new_site("Xã Yên Lạc")
        pc.enroll(impostor, fake_code)
        fake_token = impostor.storage.enroll(fake_code, "carrier-x", "x", None, impostor.clock.now()).device_token
        with laptop.conn:
            laptop.conn.execute("UPDATE teacher_carrier_sites SET hub_url = ?, token = ?", (impostor.url, fake_token))
        make_pc("b").enroll(impostor, fake_code)       # a PC only the impostor lists

        result = refresh_keys(laptop.conn, laptop.clock, transport)
        assert result.sites == ()
        assert result.failed == (f"Xã Yên Lạc: {render('teacher.site_hub_not_trusted', hub_url=impostor.url)}",)
        assert carrier_sites(laptop.conn)[0].devices == 1   # the real hub's list stays

        volunteer = laptop.ws.teacher.volunteer
        [carried] = volunteer.collect(stick).carried
        handover = deliver_to_hubs(laptop.conn, laptop.clock, volunteer.carry_dir)
        assert handover.delivered == 0
        not_trusted = render("teacher.hub_not_trusted", hub_url=impostor.url)
        assert handover.failed == (f"{Path(carried.path).name}: {not_trusted}",)
        assert [b.delivered for b in volunteer.bundles()] == [False]   # still carried, not dropped
    finally:
        impostor.stop()

    # Back at the real hub, the same bundle is delivered (the signed acknowledgement verifies).
    with laptop.conn:
        laptop.conn.execute("UPDATE teacher_carrier_sites SET hub_url = ?", (hub.url,))
    assert deliver_to_hubs(laptop.conn, laptop.clock, volunteer.carry_dir).delivered == 1
    assert [b.delivered for b in volunteer.bundles()] == [True]
