"""A learner moving to another PC of the site, and sites kept apart."""

from __future__ import annotations

import httpx
import pytest

from tutor.errors import WrongPin
from tutor.events import events_for
from tutor.sync.state import hub_link


def test_learner_moves_between_two_pcs_of_the_site(hub, make_pc):
    code = hub.new_site("Xã Yên Lạc")
    pc_a, pc_b = make_pc("a"), make_pc("b")
    pc_a.enroll(hub, code)
    pc_b.enroll(hub, code)
    lan, _ = pc_a.ws.learners.create("Bà Lan", "sun", pin="2468")
    pc_a.ws.learners.rename(lan.learner_id, "Bà Lan Nguyễn", "sun")
    pc_a.add_events(2500, learner_id=lan.learner_id)  # more than one page of history
    pc_a.engine().sync_once()

    report = pc_b.engine().sync_once()

    assert report.learners_added == [lan.learner_id]
    assert report.pulled == 2503
    moved = pc_b.ws.learners.get(lan.learner_id)
    assert moved.display_name == "Bà Lan Nguyễn" and moved.icon == "sun" and moved.has_pin
    with pytest.raises(WrongPin):
        pc_b.ws.learners.sign_in(lan.learner_id, "0000")
    assert pc_b.ws.learners.sign_in(lan.learner_id, "2468").learner_id == lan.learner_id
    history_a = [(e.event_id, e.device_id, e.kind, e.payload) for e in events_for(pc_a.conn, lan.learner_id)]
    history_b = [(e.event_id, e.device_id, e.kind, e.payload) for e in events_for(pc_b.conn, lan.learner_id)]
    assert history_b == history_a  # same events, origin device id kept

    # PC B never sends A's events back, and a second round pulls nothing new.
    again = pc_b.engine().sync_once()
    assert again.pushed == 0 and again.pulled == 0
    assert hub.storage.device_events(pc_b.ws.device_id) == []

    # Lan keeps learning on B; A's rename comes over on the next round, B's events go up.
    pc_b.add_events(3, learner_id=lan.learner_id)
    assert pc_b.engine().sync_once().pushed == 3
    pc_a.ws.learners.rename(lan.learner_id, "Bà Lan Yên Lạc", "sun")
    pc_a.engine().sync_once()
    assert pc_b.engine().sync_once().pulled == 1
    assert pc_b.ws.learners.get(lan.learner_id).display_name == "Bà Lan Yên Lạc"


def test_another_site_can_neither_read_nor_write(hub, make_pc):
    pc_a, pc_x = make_pc("a"), make_pc("x")
    pc_a.enroll(hub, hub.new_site("Xã A"))
    pc_x.enroll(hub, hub.new_site("Xã X"))
    lan, _ = pc_a.ws.learners.create("Bà Lan", "sun")
    pc_a.add_events(5, learner_id=lan.learner_id)
    pc_a.engine().sync_once()

    report = pc_x.engine().sync_once()
    assert report.pulled == 0 and report.learners_added == []
    link = hub_link(pc_x.conn)
    auth = {"Authorization": f"Bearer {link.token}"}
    r = httpx.get(f"{link.hub_url}/v1/learners/{lan.learner_id}/events", headers=auth)
    assert r.status_code == 404 and "events" not in r.json()
    assert httpx.get(f"{link.hub_url}/v1/roster", headers=auth).json() == {"learners": [], "teachers": []}
    # Writing as site A's device with site X's token is refused, and nothing is stored.
    from tutor.sync import outbox
    from tutor.sync.transport import encode_body

    # (Signed by site X's PC: it holds no other key.)
    batch = outbox.read_batch(pc_a.conn, pc_a.ws.device_id, 0, 10)
    pushed = pc_x.signed_batch(batch, pc_x.ws.device_id)
    for path, body in (("/v1/events", {**pushed, "device_id": pc_a.ws.device_id}),
                       ("/v1/hello", pc_x.signed_hello({"protocol_version": 1, "device_id": pc_a.ws.device_id,
                                                        "device_time": "2026-11-21T08:00:00Z", "first_seq": 1},
                                                       pc_x.ws.device_id))):
        r = httpx.post(link.hub_url + path, content=encode_body(body),
                       headers={**auth, "Content-Encoding": "gzip"})
        assert r.status_code == 403
    assert hub.storage.device(pc_a.ws.device_id).site_id != link.site_id
    assert len(hub.storage.device_events(pc_a.ws.device_id)) == 6


def test_unknown_code_is_refused_in_vietnamese(hub, make_pc):
    from tutor.sync.transport import SyncRefused

    pc = make_pc()
    with pytest.raises(SyncRefused) as refused:
        pc.enroll(hub, "ZZZZ-ZZZZ-ZZZZ")
    assert refused.value.status == 403 and "Mã đăng ký" in refused.value.user_message


def test_enrollment_code_ignores_case_and_dashes(hub, make_pc):
    code = hub.new_site("Xã Hoà")
    pc = make_pc()
    pc.enroll(hub, code.lower().replace("-", " "))
    assert hub_link(pc.conn).site_name == "Xã Hoà"


def test_teacher_accounts_made_at_the_hub_reach_the_sites_pcs(hub, make_pc):
    from tutor.teacher.errors import WrongPassword
    from tutor.teacher.passwords import hash_password

    code = hub.new_site("Xã Yên Lạc")
    pc, other_site_pc = make_pc("a"), make_pc("b")
    pc.enroll(hub, code)
    other_site_pc.enroll(hub, hub.new_site("Xã Khác"))
    site_id = hub_link(pc.conn).site_id
    hub.storage.create_teacher(site_id, "colan", "Cô Lan", hash_password("lop-hoc-2026"), hub.clock.now())

    report = pc.engine().sync_once()
    other_site_pc.engine().sync_once()
    assert report.changes.settings                 # the window re-reads what depends on accounts
    assert pc.ws.teacher.login("colan", "lop-hoc-2026").teacher.display_name == "Cô Lan"
    assert not other_site_pc.ws.teacher.has_teachers()   # another site's PCs never see it

    hub.storage.revoke_teacher(site_id, "colan", hub.clock.now())
    pc.engine().sync_once()
    with pytest.raises(WrongPassword):
        pc.ws.teacher.login("colan", "lop-hoc-2026")
