"""What every hub back-end must do, run on each (SQLite always, PostgreSQL when the test server is up)."""

from __future__ import annotations

import base64
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tutor.hub.storage import HubError, HubStorage
from tutor.progress.certificates import CertificateFields, DeviceKey, new_certificate_id, sign_certificate
from tutor.sync.protocol import WireError, WireEvent

NOW = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)
DEVICE_TIME = "2026-11-21T08:00:00.000+00:00"


class Pc:
    """A device as the hub sees it: a token, a key, and a counter for its own events."""

    def __init__(self, storage: HubStorage, code: str, name: str = "PC", relay: bool = False):
        self.storage = storage
        self.device_id = str(uuid.uuid4())
        self.private_key = Ed25519PrivateKey.generate()
        raw = self.private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        self.public_key = base64.b64encode(raw).decode("ascii")
        enrollment = storage.enroll(code, self.device_id, name, self.public_key, NOW, relay)
        if relay:  # asked for at enrollment, granted by the hub operator
            assert storage.grant_role(self.device_id, "relay")
        self.token = enrollment.device_token
        self.site_id = enrollment.site_id
        self.seq = 0
        self.key = DeviceKey("k", self.device_id, self.private_key, raw)

    @property
    def auth(self):
        return self.storage.authenticate(self.token)

    def event(self, kind: str, learner: str | None, payload: dict) -> WireEvent:
        self.seq += 1
        return WireEvent(self.seq, self.seq - 1, str(uuid.uuid4()), learner, kind, 1, DEVICE_TIME, 0, payload)

    def push(self, events: list[WireEvent], device_id: str | None = None) -> int:
        return self.storage.store_batch(self.auth, device_id or self.device_id, events, NOW)

    def certificate(self, learner: str, name: str, level: int) -> tuple[WireEvent, str, str]:
        fields = CertificateFields(new_certificate_id(), name, level, f"Cấp độ {level}", "2026-11-21", self.device_id)
        cert = sign_certificate(fields, self.key)
        payload = {"certificate_id": fields.certificate_id, "learner_name": name, "level": level,
                   "level_title": fields.level_title, "issued_on": fields.issued_on, "device_id": self.device_id,
                   "code": cert.code, "key_id": "k", "public_key": self.public_key, "test_id": "t", "at": DEVICE_TIME}
        return self.event("certificate_issued", learner, payload), fields.certificate_id, cert.code


def site(storage: HubStorage, name: str) -> str:
    return storage.create_site(name, NOW)[1]


def sites_by_name(storage: HubStorage) -> dict:
    return {s.name: s for s in storage.overview(NOW).sites}


# --- the dashboard ---------------------------------------------------------------------------


def test_empty_hub_overview(hub_storage):
    overview = hub_storage.overview(NOW)
    assert overview.sites == [] and overview.devices == []


def test_learners_levels_lessons_and_certificates_per_site(hub_storage):
    code_a, code_b = site(hub_storage, "Xã A"), site(hub_storage, "Xã B")
    pc1, pc2, pc3 = Pc(hub_storage, code_a, "Máy 1"), Pc(hub_storage, code_a, "Máy 2"), Pc(hub_storage, code_b)
    only_profile, teacher_opened, failed, malformed = (str(uuid.uuid4()) for _ in range(4))
    cert_event, _, _ = pc1.certificate(teacher_opened, "Bà Lan", 2)
    batch = [
        pc1.event("learner_created", only_profile, {"display_name": "Ông Ba"}),
        pc1.event("learner_created", teacher_opened, {"display_name": "Bà Lan"}),
        pc1.event("level_test", teacher_opened, {"phase": "finished", "level": 2, "passed": True}),
        cert_event,
        pc1.event("level_unlocked", teacher_opened, {"level": 4, "by": "teacher"}),
        pc1.event("mastery_reached", teacher_opened, {"lesson_id": "l1.a", "status": "passed_quiz"}),
        pc1.event("mastery_reached", teacher_opened, {"lesson_id": "l1.a", "status": "mastered"}),
        pc1.event("mastery_reached", teacher_opened, {"lesson_id": "l1.b", "status": "practising"}),
        pc1.event("attempt", teacher_opened, {"lesson_id": "l1.b", "correct": True}),
    ]
    assert pc1.push(batch) == 9
    assert pc1.push(batch) == 9  # a re-sent batch changes nothing below
    assert pc2.push([
        pc2.event("learner_created", failed, {"display_name": "Chị Tư"}),
        pc2.event("level_test", failed, {"phase": "finished", "level": 3, "passed": False}),
        pc2.event("mastery_reached", teacher_opened, {"lesson_id": "l1.a", "status": "mastered"}),
        pc2.event("mastery_reached", failed, {"lesson_id": "l1.a", "status": "passed_quiz"}),
    ]) == 4
    assert pc3.push([
        pc3.event("learner_created", malformed, {"display_name": "Anh Năm"}),
        pc3.event("level_unlocked", malformed, {"level": "năm"}),
        pc3.event("level_unlocked", malformed, {"level": 10**9}),
        pc3.event("mastery_reached", malformed, {"lesson_id": ["x"], "status": "mastered"}),
        pc3.event("certificate_issued", malformed, {"certificate_id": 5, "code": None}),
    ]) == 5

    a, b = sites_by_name(hub_storage)["Xã A"], sites_by_name(hub_storage)["Xã B"]
    assert (a.device_count, a.learner_count, a.lessons_completed, a.certificates_issued) == (2, 3, 2, 1)
    assert a.learners_per_level == {1: 2, 4: 1}
    assert (b.device_count, b.learner_count, b.lessons_completed, b.certificates_issued) == (1, 1, 0, 0)
    assert b.learners_per_level == {1: 1}
    assert a.created_at == NOW and a.site_id == pc1.site_id


def test_device_summaries(hub_storage):
    code = site(hub_storage, "Xã Đồng Hồ")
    quiet, skewed = Pc(hub_storage, code, "Máy im"), Pc(hub_storage, code, "Máy lệch")
    hub_storage.hello(skewed.auth, skewed.device_id, NOW - timedelta(hours=2), NOW, 1)
    skewed.push([skewed.event("attempt", None, {}) for _ in range(3)])
    hub_storage.revoke_device(quiet.device_id, NOW)

    devices = {d.device_name: d for d in hub_storage.overview(NOW).devices}
    q, s = devices["Máy im"], devices["Máy lệch"]
    assert (q.last_sync_at, q.last_clock_offset_s, q.clock_flagged, q.revoked, q.events_held) == (
        None, None, False, True, 0)
    assert s.last_sync_at == NOW and s.last_clock_offset_s == pytest.approx(7200)
    assert s.clock_flagged and not s.revoked and s.events_held == 3
    assert s.site_name == "Xã Đồng Hồ" and s.enrolled_at == NOW and s.site_id == skewed.site_id
    skewed.push([skewed.event("attempt", None, {})])
    assert {d.device_name: d.events_held for d in hub_storage.overview(NOW).devices}["Máy lệch"] == 4


# --- certificates ----------------------------------------------------------------------------


def test_certificate_found_by_number_or_code_however_typed(hub_storage):
    pc = Pc(hub_storage, site(hub_storage, "Xã Chứng Chỉ"))
    learner = str(uuid.uuid4())
    event, number, code = pc.certificate(learner, "Bà Nguyễn Thị Hoa", 2)
    pc.push([pc.event("learner_created", learner, {"display_name": "Bà Nguyễn Thị Hoa"}), event])

    for typed in (number, number.lower().replace("-", " "), code, code.lower().replace("-", ""),
                  " ".join(code.replace("-", "")[i:i + 5] for i in range(0, 103, 5))):
        found = hub_storage.find_certificate(typed)
        assert found is not None and found.genuine, typed
        assert (found.certificate_id, found.learner_name, found.level, found.level_title, found.issued_on) == (
            number, "Bà Nguyễn Thị Hoa", 2, "Cấp độ 2", "2026-11-21")
        assert found.device_id == pc.device_id and found.site_name == "Xã Chứng Chỉ" and found.code == code
        assert found.issued_at == datetime(2026, 11, 21, 8, 0, tzinfo=UTC)
    assert hub_storage.find_certificate("ZZZZ-ZZZZ") is None
    assert hub_storage.find_certificate("not a code") is None
    assert hub_storage.find_certificate("") is None


def test_forged_certificates_are_not_genuine(hub_storage):
    code = site(hub_storage, "Xã Giả")
    pc, other = Pc(hub_storage, code), Pc(hub_storage, code)
    learner = str(uuid.uuid4())
    event, number, _ = pc.certificate(learner, "Bà Lan", 1)
    renamed = WireEvent(**{**event.__dict__, "payload": {**event.payload, "learner_name": "Ông Khác"}})
    pc.push([renamed])
    found = hub_storage.find_certificate(number)
    assert found is not None and found.learner_name == "Ông Khác" and not found.genuine
    # Signed by another PC's key but claiming this PC: not genuine either.
    stolen, stolen_number, _ = other.certificate(learner, "Bà Lan", 1)
    forged = WireEvent(**{**stolen.__dict__, "seq": 2, "prev_seq": 1,
                          "payload": {**stolen.payload, "device_id": pc.device_id}})
    pc.push([forged])
    assert hub_storage.find_certificate(stolen_number).genuine is False


def test_certificate_of_a_device_without_a_key_is_not_genuine(hub_storage):
    code = site(hub_storage, "Xã Không Khoá")
    pc = Pc(hub_storage, code)
    keyless = str(uuid.uuid4())
    token = hub_storage.enroll(code, keyless, "Máy cũ", None, NOW).device_token
    event, number, _ = pc.certificate(str(uuid.uuid4()), "Bà Lan", 1)
    payload = {**event.payload, "device_id": keyless}
    hub_storage.store_batch(hub_storage.authenticate(token), keyless,
                            [WireEvent(**{**event.__dict__, "payload": payload})], NOW)
    assert hub_storage.find_certificate(number).genuine is False


# --- push semantics ----------------------------------------------------------------------------


def test_idempotent_and_contiguous(hub_storage):
    pc = Pc(hub_storage, site(hub_storage, "Xã Chuỗi"))
    events = [pc.event("attempt", None, {"i": i}) for i in range(9)]
    assert pc.push(events[6:]) == 0
    assert pc.push(events[:3]) == 3
    assert pc.push(events[:6]) == 9
    assert pc.push(events) == 9
    # The same event id under another seq is ignored, and so is another event at a held seq.
    clash = WireEvent(10, 9, events[0].event_id, None, "attempt", 1, DEVICE_TIME, 0, {})
    other = WireEvent(9, 8, str(uuid.uuid4()), None, "attempt", 1, DEVICE_TIME, 0, {"other": True})
    assert pc.push([clash, other]) == 9
    held = hub_storage.device_events(pc.device_id)
    assert [e["seq"] for e in held] == list(range(1, 10))
    assert [e["event_id"] for e in held] == [e.event_id for e in events]
    assert {d.device_id: d.events_held for d in hub_storage.overview(NOW).devices}[pc.device_id] == 9


def test_text_a_database_cannot_hold_is_refused_not_crashed(hub_storage):
    pc = Pc(hub_storage, site(hub_storage, "Xã Ký Tự"))
    for bad_id, bad_payload in (("id\x00", {}), ("id", {"x": "\ud800"})):
        with pytest.raises(WireError):
            pc.push([WireEvent(1, 0, bad_id, None, "attempt", 1, DEVICE_TIME, 0, bad_payload)])
    assert hub_storage.device_events(pc.device_id) == []
    # Inside a payload a NUL is JSON text (\u0000): stored, and it comes back as it went.
    pc.push([WireEvent(1, 0, "id", None, "attempt", 1, DEVICE_TIME, 0, {"x": "a\x00b"})])
    assert hub_storage.device_events(pc.device_id)[0]["payload"] == {"x": "a\x00b"}


def test_pull_pages_in_hub_order(hub_storage):
    pc = Pc(hub_storage, site(hub_storage, "Xã Kéo"))
    learner = str(uuid.uuid4())
    pc.push([pc.event("learner_created", learner, {"display_name": "Bà Lan"})]
            + [pc.event("attempt", learner, {"i": i}) for i in range(30)])
    seen, after = [], 0
    while page := hub_storage.learner_events(pc.site_id, learner, after, 7):
        seen += [e["seq"] for e in page]
        after = page[-1]["hub_seq"]
    assert seen == list(range(1, 32))
    assert [r["display_name"] for r in hub_storage.roster(pc.site_id)] == ["Bà Lan"]
    assert hub_storage.learner_known(pc.site_id, learner)
    assert not hub_storage.learner_known(str(uuid.uuid4()), learner)


# --- who may act for which device ------------------------------------------------------------


def test_relay_acts_for_its_site_only(hub_storage):
    code_a, code_b = site(hub_storage, "Huyện A"), site(hub_storage, "Huyện B")
    relay = Pc(hub_storage, code_a, "Hub xã", relay=True)
    direct_a, direct_b = Pc(hub_storage, code_a, "Máy A"), Pc(hub_storage, code_b, "Máy B")
    assert relay.auth.relay and not direct_a.auth.relay

    # A PC new to this hub is registered in the relay's site, with the name and key the relay gives.
    origin = Pc.__new__(Pc)
    origin.device_id, origin.seq = str(uuid.uuid4()), 0
    hub_storage.hello(relay.auth, origin.device_id, NOW, NOW, 1, "Máy ở xã", direct_a.public_key)
    info = hub_storage.device(origin.device_id)
    assert (info.site_id, info.name, info.public_key) == (relay.site_id, "Máy ở xã", direct_a.public_key)
    assert relay.push([Pc.event(origin, "attempt", None, {})], origin.device_id) == 1

    # A PC of the relay's site that also syncs directly: both paths store into one device.
    first = direct_a.event("attempt", None, {})
    assert direct_a.push([first]) == 1
    assert relay.push([first, direct_a.event("attempt", None, {})], direct_a.device_id) == 2
    assert len(hub_storage.device_events(direct_a.device_id)) == 2

    # Another site's PC: refused, nothing stored.
    with pytest.raises(HubError) as refused:
        relay.push([direct_b.event("attempt", None, {})], direct_b.device_id)
    assert refused.value.status == 403
    assert hub_storage.device_events(direct_b.device_id) == []
    # A PC token may not act for another PC of its own site.
    with pytest.raises(HubError):
        direct_a.push([Pc.event(origin, "attempt", None, {})], origin.device_id)
    # Revoking a relayed PC refuses it, not the relay.
    assert hub_storage.revoke_device(origin.device_id, NOW)
    with pytest.raises(HubError):
        relay.push([Pc.event(origin, "attempt", None, {})], origin.device_id)
    assert relay.auth is not None
    assert hub_storage.device(origin.device_id).revoked


def test_upstream_bookkeeping(hub_storage):
    pc = Pc(hub_storage, site(hub_storage, "Xã Chuyển"))
    events = [pc.event("attempt", None, {"i": i}) for i in range(5)]
    hub_storage.hello(pc.auth, pc.device_id, NOW - timedelta(minutes=30), NOW, 1)
    pc.push(events)
    [candidate] = hub_storage.forward_candidates()
    assert (candidate.device_id, candidate.acked_through, candidate.upstream_acked) == (pc.device_id, 5, 0)
    assert candidate.public_key == pc.public_key
    held = hub_storage.held_events(pc.device_id, 1, 4, 10)
    assert [h.event for h in held] == events[1:4]
    assert all(h.offset_s == pytest.approx(1800) for h in held)
    hub_storage.set_upstream_acked(pc.device_id, 4)
    hub_storage.set_upstream_acked(pc.device_id, 5)
    assert hub_storage.forward_candidates()[0].upstream_acked == 5
    hub_storage.set_meta({"upstream.url": "http://district", "upstream.token": "t"})
    assert hub_storage.meta("upstream.url") == "http://district"
    hub_storage.set_meta({"upstream.url": None})
    assert hub_storage.meta("upstream.url") is None and hub_storage.meta("upstream.token") == "t"


def test_enrolling_again_moves_the_ids_that_acted_under_the_old_token(hub_storage):
    code = site(hub_storage, "Huyện Đăng Ký Lại")
    relay = Pc(hub_storage, code, "Hub xã", relay=True)
    origin = Pc.__new__(Pc)
    origin.device_id, origin.seq = str(uuid.uuid4()), 0
    assert relay.push([Pc.event(origin, "attempt", None, {})], origin.device_id) == 1
    old_token = relay.token

    # The relay lost its token: enrolling again under its own key moves its PCs to the new token.
    relay.token = hub_storage.enroll(code, relay.device_id, "Hub xã", relay.public_key, NOW).device_token
    assert hub_storage.authenticate(old_token) is None and relay.auth.relay   # the granted right stays
    assert relay.push([Pc.event(origin, "attempt", None, {})], origin.device_id) == 2

    # Revocation sticks: the id never enrolls again, and its PCs stay refused.
    hub_storage.revoke_device(relay.device_id, NOW)
    assert relay.auth is None and hub_storage.device(origin.device_id).revoked
    with pytest.raises(HubError) as refused:
        hub_storage.enroll(code, relay.device_id, "Hub xã", relay.public_key, NOW, True)
    assert refused.value.code == "device_revoked"
    assert hub_storage.device(origin.device_id).revoked


def test_site_devices_are_the_sites_own_keyed_pcs_and_not_revoked_ones(hub_storage):
    code_a, code_b = site(hub_storage, "Xã A"), site(hub_storage, "Xã B")
    pc1, pc2, other = Pc(hub_storage, code_a, "Máy 1"), Pc(hub_storage, code_a, "Máy 2"), Pc(hub_storage, code_b)
    hub_storage.enroll(code_a, "carrier-1", "Máy tình nguyện viên", None, NOW)   # no key: not listed
    hub_storage.revoke_device(pc2.device_id, NOW)
    assert hub_storage.site_devices(pc1.site_id) == [
        {"device_id": pc1.device_id, "name": "Máy 1", "public_key": pc1.public_key}]
    assert [d["device_id"] for d in hub_storage.site_devices(other.site_id)] == [other.device_id]
