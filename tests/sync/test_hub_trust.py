"""Issue 13, items 6, 9 (hub side), 12 and the enrollment part of 13: over real HTTP to a real hub.

An enrollment code is not a PC takeover: a device id is bound to its first key, the relay
right comes only from the hub operator, revocation sticks, codes rotate and expire, and
every event is accepted only from the device that signed it. Hub answers are signed with a
key the PC pinned at enrollment, and hellos are fresh: a replayed one changes nothing.
"""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from tests.sync.conftest import HUB_TIME
from tests.sync.keys import KeyedDevice
from tutor.clock import FakeClock
from tutor.hub.bundles import import_bundle
from tutor.sync import outbox
from tutor.sync.bundle import export_bundle
from tutor.sync.state import hub_link
from tutor.sync.transport import HubNotTrusted, HttpTransport, encode_body

NOW_TEXT = "2026-11-21T08:00:00+00:00"


def _post(url: str, path: str, body: dict, token: str | None = None) -> httpx.Response:
    headers = {"Content-Encoding": "gzip"} | ({"Authorization": f"Bearer {token}"} if token else {})
    return httpx.post(url + path, content=encode_body(body), headers=headers, timeout=30)


def _enrolled_attacker(hub, code: str, device_id: str = "attacker", **extra) -> tuple[KeyedDevice, str]:
    attacker = KeyedDevice(device_id)
    r = _post(hub.url, "/v1/enroll", attacker.enroll_body(code, "Máy lạ", **extra))
    assert r.status_code == 200, r.text
    return attacker, r.json()["device_token"]


def test_a_code_holder_cannot_claim_relay_and_push_as_an_existing_pc(hub, make_pc):
    code = hub.new_site("Xã Yên")
    victim = make_pc("victim")
    victim.enroll(hub, code)
    victim.ws.learners.create("Bà Lan", "sun")
    victim.engine().sync_once()
    held = len(hub.storage.device_events(victim.ws.device_id))

    # "relay": true only ASKS: the token gets no relay right.
    attacker, token = _enrolled_attacker(hub, code, relay=True)
    assert hub.storage.authenticate(token).relay is False
    assert hub.storage.device("attacker").requested_role == "relay"
    hello = attacker.hello_body(NOW_TEXT, device_id=victim.ws.device_id)
    r = _post(hub.url, "/v1/hello", hello, token)
    assert r.status_code == 403 and r.json()["error"] == "relay_not_granted"
    # Forged events as the victim, signed with the attacker's key: refused, nothing stored.
    forged = [[held + 1, held, "forged-1", None, "attempt", 1, NOW_TEXT, 0, {"correct": True}]]
    r = _post(hub.url, "/v1/events", attacker.push_body(forged, victim.ws.device_id), token)
    assert r.status_code == 403
    assert len(hub.storage.device_events(victim.ws.device_id)) == held

    # Even a granted relay cannot forge: each event must be in a manifest the origin PC signed.
    assert hub.storage.grant_role("attacker", "relay")
    r = _post(hub.url, "/v1/events", attacker.push_body(forged, victim.ws.device_id), token)
    assert r.status_code == 403 and r.json()["error"] == "bad_signature"
    assert len(hub.storage.device_events(victim.ws.device_id)) == held


def test_an_event_altered_after_signing_is_refused(hub, make_pc):
    import dataclasses

    pc = make_pc()
    pc.enroll(hub, hub.new_site("Xã Sửa"))
    pc.add_events(3)
    pc.engine().sync_once()
    pc.add_events(2)
    events = outbox.read_batch(pc.conn, pc.ws.device_id, 3, 10)
    body = pc.signed_batch(events)
    altered = dataclasses.replace(events[1], payload={"correct": True, "i": 99})
    body["batch"][1] = altered.to_wire()
    token = hub_link(pc.conn).token
    r = _post(hub.url, "/v1/events", body, token)
    assert r.status_code == 403 and r.json()["error"] == "bad_signature"
    assert len(hub.storage.device_events(pc.ws.device_id)) == 3


def test_a_device_id_read_off_the_dashboard_cannot_be_enrolled_again(hub, make_pc):
    code = hub.new_site("Xã Đông")
    victim = make_pc("victim")
    victim.enroll(hub, code)
    victim.add_events(3)
    victim.engine().sync_once()
    key_before = hub.storage.device(victim.ws.device_id).public_key

    thief = KeyedDevice(victim.ws.device_id)
    r = _post(hub.url, "/v1/enroll", thief.enroll_body(code, "Máy lạ"))
    assert r.status_code == 409 and r.json()["error"] == "device_key_mismatch"
    # The victim's key (it is public) without the private half: the signature fails.
    posing = thief.enroll_body(code, "Máy lạ")
    posing["public_key"] = key_before
    r = _post(hub.url, "/v1/enroll", posing)
    assert r.status_code == 403 and r.json()["error"] == "bad_signature"

    # The real PC keeps its token and key, and its genuine work keeps syncing.
    assert hub.storage.device(victim.ws.device_id).public_key == key_before
    victim.add_events(2)
    assert victim.engine().sync_once().pushed == 2


def test_a_replayed_enrollment_or_hello_changes_nothing(hub, make_pc):
    code = hub.new_site("Xã Tây")
    pc = KeyedDevice("pc-replay")
    enroll_body = pc.enroll_body(code)
    token = _post(hub.url, "/v1/enroll", enroll_body).json()["device_token"]
    r = _post(hub.url, "/v1/enroll", enroll_body)  # captured on the LAN and sent again
    assert r.status_code == 409 and r.json()["error"] == "replayed"
    assert hub.storage.authenticate(token) is not None

    old = pc.hello_body("2025-11-21T08:00:00+00:00")   # a year-old hello, captured
    assert _post(hub.url, "/v1/hello", old, token).status_code == 200
    fresh = pc.hello_body(NOW_TEXT)
    assert _post(hub.url, "/v1/hello", fresh, token).json()["clock_offset_s"] == 0
    r = _post(hub.url, "/v1/hello", old, token)   # a year old by the clock the hub measured: stale too
    assert r.status_code == 409 and r.json()["error"] in ("replayed", "stale_request")
    assert hub.storage.device("pc-replay").clock_offset_s == 0
    # An altered hello does not verify.
    altered = {**pc.hello_body(NOW_TEXT), "device_time": "2020-01-01T00:00:00+00:00"}
    assert _post(hub.url, "/v1/hello", altered, token).status_code == 403
    assert hub.storage.device("pc-replay").clock_offset_s == 0


def test_revocation_sticks(hub, make_pc):
    code = hub.new_site("Xã Bắc")
    pc = make_pc()
    pc.enroll(hub, code)
    assert hub.storage.revoke_device(pc.ws.device_id, hub.clock.now())
    transport = HttpTransport(hub.url)
    from tutor.sync.engine import enroll
    from tutor.sync.transport import SyncRefused

    with pytest.raises(SyncRefused) as refused:
        enroll(pc.conn, transport, hub.url, code, "PC", pc.ws.progress.public_key().public_key_b64)
    transport.close()
    assert refused.value.code == "device_revoked"
    assert hub.storage.device(pc.ws.device_id).revoked


def test_site_codes_rotate_and_expire(hub, make_pc):
    site_id, code = hub.storage.create_site("Xã Nam", hub.clock.now(), 7)
    new_code = hub.storage.rotate_code(site_id, hub.clock.now(), 2)
    r = _post(hub.url, "/v1/enroll", KeyedDevice("a").enroll_body(code))
    assert r.status_code == 403 and r.json()["error"] == "bad_code"
    assert _post(hub.url, "/v1/enroll", KeyedDevice("b").enroll_body(new_code)).status_code == 200
    hub.clock.advance(2 * 86400 + 1)
    r = _post(hub.url, "/v1/enroll", KeyedDevice("c").enroll_body(new_code))
    assert r.status_code == 403 and r.json()["error"] == "code_expired"
    assert "hết hạn" in r.json()["message_vi"]
    # A PC enrolled before keeps working.
    assert hub.storage.device("b") is not None


def test_site_code_cli_rotates_with_an_expiry(tmp_path, capsys):
    from tutor.hub.cli import main as hub_main

    db = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    assert hub_main(["--database", db, "site", "create", "Xã CLI", "--code-days", "3"]) == 0
    first = capsys.readouterr().out.strip().splitlines()[-1]
    assert hub_main(["--database", db, "site", "rotate-code", "Xã CLI", "--days", "1"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1] != first and "valid until" in out[-2]


def test_refused_enrollments_are_rate_limited(hub):
    good = hub.new_site("Xã Giới Hạn")
    for n in range(10):
        assert _post(hub.url, "/v1/enroll", KeyedDevice(f"g{n}").enroll_body("AAAA-BBBB-CCCC")).status_code == 403
    r = _post(hub.url, "/v1/enroll", KeyedDevice("late").enroll_body(good))
    assert r.status_code == 429 and r.json()["error"] == "too_many_attempts" and r.json()["message_vi"]
    hub.clock.advance(11 * 60)
    assert _post(hub.url, "/v1/enroll", KeyedDevice("late").enroll_body(good)).status_code == 200


def test_successful_enrollments_are_never_limited(hub):
    code = hub.new_site("Xã Đông Người")
    for n in range(25):  # a whole classroom at once
        assert _post(hub.url, "/v1/enroll", KeyedDevice(f"room-{n}").enroll_body(code)).status_code == 200


# --- the hub speaks for itself: signed answers, pinned key ----------------------------------------


class _Replaying(httpx.BaseTransport):
    """Records the first answer to a path and serves it again for later requests (an attacker
    on the LAN replaying an old hello answer)."""

    def __init__(self, path: str):
        self.inner = httpx.HTTPTransport()
        self.path = path
        self.recorded: httpx.Response | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == self.path and self.recorded is not None:
            return httpx.Response(self.recorded.status_code, headers=self.recorded.headers,
                                  content=self.recorded.content)
        response = self.inner.handle_request(request)
        response.read()
        if request.url.path == self.path:
            self.recorded = response
        return response


def test_a_replayed_hello_answer_is_refused_by_the_pc(hub, make_pc):
    pc = make_pc()
    pc.enroll(hub, hub.new_site("Xã Phát Lại"))
    assert hub_link(pc.conn).hub_key
    link = hub_link(pc.conn)
    pc.add_events(2)
    replaying = _Replaying("/v1/hello")
    client = httpx.Client(base_url=link.hub_url, headers={"Authorization": f"Bearer {link.token}"},
                          transport=replaying, timeout=10)
    transport = HttpTransport(link.hub_url, link.token, client=client)
    pc.engine(transport).sync_once()           # records a genuine hello answer
    pc.add_events(2)
    with pytest.raises(HubNotTrusted):
        pc.engine(transport).sync_once()       # the old answer again: its signature is for another nonce
    transport.close()


def test_another_machine_answering_for_the_hub_is_refused(hub, make_pc):
    """A machine on the LAN that answers at the hub's address, signing with its own key."""
    import hashlib
    import json

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from tutor.sync.signing import NONCE_HEADER, SIGNATURE_HEADER, answer_message, sign

    pc = make_pc()
    pc.enroll(hub, hub.new_site("Xã Giả"))
    link = hub_link(pc.conn)
    other_key = Ed25519PrivateKey.generate()

    def impostor(request: httpx.Request) -> httpx.Response:
        body = json.dumps({"protocol_version": 1, "hub_time": NOW_TEXT, "clock_offset_s": 29e6,
                           "clock_flagged": True, "acked_through": 0, "first_seq": 1, "max_batch": 10}).encode()
        signed = answer_message(request.headers[NONCE_HEADER], request.method, request.url.raw_path,
                                hashlib.sha256(request.content).hexdigest(), body)
        return httpx.Response(200, content=body, headers={SIGNATURE_HEADER: sign(other_key, signed)})

    client = httpx.Client(base_url=link.hub_url, transport=httpx.MockTransport(impostor))
    pc.add_events(1)
    with pytest.raises(HubNotTrusted) as refused:
        pc.engine(HttpTransport(link.hub_url, link.token, client=client)).sync_once()
    assert "không phải máy chủ" in refused.value.user_message
    from tutor.sync.state import meta_value

    assert meta_value(pc.conn, "sync.clock_offset_s") in (None, "0.0", "0")   # nothing taken from it


# --- clocks at the hub (item 9) -------------------------------------------------------------------


def test_a_later_hello_never_moves_an_earlier_clock_epochs_events(hub):
    code = hub.new_site("Xã Đồng Hồ")
    pc = KeyedDevice("pc-epochs")
    token = _post(hub.url, "/v1/enroll", pc.enroll_body(code)).json()["device_token"]
    five_years = "2031-11-21T08:00:00+00:00"
    # Epoch 0: the clock was five years fast when it said hello.
    assert _post(hub.url, "/v1/hello", pc.hello_body(five_years, clock_epoch=0), token).status_code == 200
    # After a reboot the clock was put right (epoch 1): that hello must not re-time epoch 0.
    assert _post(hub.url, "/v1/hello", pc.hello_body(NOW_TEXT, clock_epoch=1), token).status_code == 200
    late_epoch0 = [[1, 0, "e0", None, "attempt", 1, "2031-11-21T07:00:00+00:00", 0, {}]]
    assert _post(hub.url, "/v1/events", pc.push_body(late_epoch0), token).status_code == 200
    [stored] = hub.storage.device_events("pc-epochs")
    assert stored["corrected_time"].startswith("2026-11-21T07:00")
    # A second hello for epoch 0 with another reading does not replace the first one. (The reading
    # is recent by that clock: a reading five years older than it would be refused as stale.)
    first = hub.storage.epoch_offset("pc-epochs", 0)
    another = "2031-11-21T08:30:00+00:00"
    assert _post(hub.url, "/v1/hello", pc.hello_body(another, clock_epoch=0), token).status_code == 200
    assert hub.storage.epoch_offset("pc-epochs", 0) == first
    assert first == pytest.approx(-5 * 365 * 86400 - 86400, abs=86400)


def test_a_usb_only_pc_with_a_fast_clock_is_flagged(hub, make_pc, tmp_path):
    fast = FakeClock(HUB_TIME + timedelta(days=5 * 365))
    pc = make_pc("fast", clock=fast)
    pc.enroll(hub, hub.new_site("Xã Chỉ USB"))   # enrolled, then never syncs: only USB bundles
    pc.add_events(3)
    usb = tmp_path / "usb"
    usb.mkdir()
    path = export_bundle(pc.ws, usb)
    import_bundle(hub.storage, path, hub.clock.now())
    info = hub.storage.device(pc.ws.device_id)
    assert info.clock_flagged
    [reason] = hub.storage.time_flags(pc.ws.device_id)
    assert "USB bundle" in reason and "2031" in reason


def test_events_with_impossible_times_are_flagged(hub):
    code = hub.new_site("Xã Thời Gian")
    pc = KeyedDevice("pc-1999")
    token = _post(hub.url, "/v1/enroll", pc.enroll_body(code)).json()["device_token"]
    assert _post(hub.url, "/v1/hello", pc.hello_body(NOW_TEXT, clock_epoch=0), token).status_code == 200
    old = [[1, 0, "old-1", None, "attempt", 1, "1999-01-01T00:00:00+00:00", 0, {}]]
    assert _post(hub.url, "/v1/events", pc.push_body(old), token).status_code == 200
    assert any("before 2024" in r for r in hub.storage.time_flags("pc-1999"))
    assert hub.storage.device("pc-1999").clock_flagged


def test_bundles_carry_the_devices_manifests_for_forwarding(hub, make_pc, tmp_path):
    pc = make_pc()
    pc.enroll(hub, hub.new_site("Xã Gói"))
    pc.add_events(4)
    usb = tmp_path / "usb"
    usb.mkdir()
    import_bundle(hub.storage, export_bundle(pc.ws, usb), hub.clock.now())
    held = hub.storage.held_events(pc.ws.device_id, 0, 10, 10)
    assert len(held) == 4 and all(h.manifest_id for h in held)
    assert [h.event.seq for h in held] == [e.seq for e in outbox.read_batch(pc.conn, pc.ws.device_id, 0, 10)]


# --- what the roster and histories give away (item 7) ----------------------------------------------


def test_the_roster_carries_no_pin_or_password_hashes(hub, make_pc):
    code = hub.new_site("Xã Kín")
    site_id = hub.storage.device(_enrolled_attacker(hub, code, "probe")[0].device_id).site_id
    pc = make_pc()
    pc.enroll(hub, code)
    learner, _ = pc.ws.learners.create("Bà Lan", "sun", pin="1234")
    pc.engine().sync_once()
    hub.storage.create_teacher(site_id, "colan", "Cô Lan", "scrypt$1024$8$1$00$00", hub.clock.now())
    hub.storage.create_teacher(site_id, "cuhung", "Thầy Hùng", "scrypt$1024$8$1$11$11", hub.clock.now())
    hub.storage.revoke_teacher(site_id, "cuhung", hub.clock.now())
    roster = pc.http().roster()
    [entry] = roster["learners"]
    assert entry["has_pin"] is True and "pin_hash" not in entry and "pin_salt" not in entry
    gone = next(t for t in roster["teachers"] if t["username"] == "cuhung")
    assert gone["revoked"] and gone["password_hash"] == ""


def test_a_first_release_pin_hash_never_leaves_the_hub(hub, make_pc):
    from tutor.events import append_event
    from tutor.learners import WrongPin
    from tutor.store.db import transaction

    code = hub.new_site("Xã Cũ")
    old_pc, other = make_pc("old"), make_pc("other")
    old_pc.enroll(hub, code)
    other.enroll(hub, code)
    learner, _ = old_pc.ws.learners.create("Ông Tư", "sun")
    legacy_salt = bytes(16)   # a first-release PIN hash: scrypt N=2^14 under a bare 16-byte salt
    import hashlib

    digest = hashlib.scrypt(b"4321", salt=legacy_salt, n=2**14, r=8, p=1, dklen=32)
    with transaction(old_pc.conn):
        append_event(old_pc.conn, old_pc.clock, "learner_pin_set", learner.learner_id,
                     {"pin_hash": digest.hex(), "pin_salt": legacy_salt.hex()})
    old_pc.engine().sync_once()
    other.engine().sync_once()
    pulled = other.http().learner_events(learner.learner_id, 0, 100)["events"]
    [pin_event] = [e for e in pulled if e["kind"] == "learner_pin_set"]
    assert pin_event["payload"] == {"pin_hash": None, "pin_salt": None, "pin_set": True}
    assert digest.hex() not in str(pulled)
    # On the other PC the profile stays closed: no PIN opens it, not even an empty one.
    with pytest.raises(WrongPin):
        other.ws.learners.sign_in(learner.learner_id, None)
    with pytest.raises(WrongPin):
        other.ws.learners.sign_in(learner.learner_id, "4321")


def test_a_costly_pin_hash_travels_and_signs_the_learner_in_offline_elsewhere(hub, make_pc):
    code = hub.new_site("Xã Mới")
    home, away = make_pc("home"), make_pc("away")
    home.enroll(hub, code)
    away.enroll(hub, code)
    learner, _ = home.ws.learners.create("Chị Mai", "sun", pin="2468")
    home.engine().sync_once()
    away.engine().sync_once()
    assert away.ws.learners.sign_in(learner.learner_id, "2468").learner_id == learner.learner_id


def test_new_pins_are_hashed_at_an_hours_per_learner_cost(monkeypatch):
    from tutor import pin

    monkeypatch.setattr(pin, "CURRENT", pin.PinCost())   # the app's own cost, not the tests' cheap one
    digest, salt = pin.hash_pin("1234")
    assert pin._cost(salt) == (2**17, 8, 1) and pin.is_hardened_salt(salt)
    assert pin.pin_matches("1234", digest, salt) and not pin.pin_matches("1235", digest, salt)
    # The first release's hashes still verify on the PC that made them.
    old_digest = __import__("hashlib").scrypt(b"1234", salt=bytes(16), n=2**14, r=8, p=1, dklen=32)
    assert pin.pin_matches("1234", old_digest, bytes(16)) and not pin.is_hardened_salt(bytes(16))


def test_teacher_accounts_made_at_the_hub_are_hashed_at_the_pin_cost(tmp_path, monkeypatch):
    from tutor.hub.cli import main as hub_main
    from tutor.hub.open_storage import open_storage
    from tutor.teacher import passwords

    monkeypatch.setattr(passwords, "SHARED", passwords.ScryptParams(n=2**17, r=8, p=1))
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("mật khẩu dài\nmật khẩu dài\n"))
    db = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    assert hub_main(["--database", db, "site", "create", "Xã GV"]) == 0
    assert hub_main(["--database", db, "teacher", "create", "Xã GV", "colan", "--name", "Cô Lan"]) == 0
    storage = open_storage(db)
    try:
        site_id = storage.overview(HUB_TIME).sites[0].site_id
        [teacher] = storage.site_teachers(site_id)
    finally:
        storage.close()
    assert teacher["password_hash"].startswith("scrypt$131072$8$1$")
    assert not passwords.needs_rehash(teacher["password_hash"])   # a PC login never lowers the cost


def test_the_operator_sees_who_asks_for_the_relay_right_and_grants_it(tmp_path, capsys):
    from tutor.hub.cli import main as hub_main
    from tutor.hub.open_storage import open_storage
    from tutor.sync.signing import key_fingerprint

    db = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    assert hub_main(["--database", db, "site", "create", "Huyện Lớn"]) == 0
    code = capsys.readouterr().out.strip().splitlines()[-1]
    lower = KeyedDevice("hub-lower")
    storage = open_storage(db)
    try:
        storage.enroll(code, lower.device_id, "Hub xã", lower.public_key, HUB_TIME, relay=True)
    finally:
        storage.close()
    assert hub_main(["--database", db, "device", "list"]) == 0
    listed = capsys.readouterr().out
    assert "asks: relay" in listed and key_fingerprint(lower.public_key) in listed
    assert hub_main(["--database", db, "device", "grant", "hub-lower", "relay"]) == 0
    capsys.readouterr()
    assert hub_main(["--database", db, "device", "list"]) == 0
    assert "\trelay\tactive" in capsys.readouterr().out
