"""Hub identity and trust in storage (tutor.hub.storage_trust), on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tutor.hub.storage import HubError
from tutor.hub.storage_trust import DEFAULT_CODE_DAYS

NOW = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)
KEY_A = "A" * 43 + "="
KEY_B = "B" * 43 + "="


def _refused(call, code: str) -> None:
    with pytest.raises(HubError) as refused:
        call()
    assert refused.value.code == code


def test_a_device_id_is_bound_to_its_first_key_and_revocation_sticks(hub_storage):
    site_id, code = hub_storage.create_site("Xã Khoá", NOW)
    first = hub_storage.enroll(code, "pc-1", "Máy 1", KEY_A, NOW)
    _refused(lambda: hub_storage.enroll(code, "pc-1", "Máy lạ", KEY_B, NOW), "device_key_mismatch")
    _refused(lambda: hub_storage.enroll(code, "pc-1", "Máy lạ", None, NOW), "device_key_mismatch")
    assert hub_storage.authenticate(first.device_token) is not None
    assert hub_storage.device("pc-1").public_key == KEY_A and hub_storage.device("pc-1").name == "Máy 1"
    # The same key may enroll again (a PC that lost its token); the old token stops.
    again = hub_storage.enroll(code, "pc-1", "Máy 1", KEY_A, NOW)
    assert hub_storage.authenticate(first.device_token) is None and hub_storage.authenticate(again.device_token)
    hub_storage.revoke_device("pc-1", NOW)
    _refused(lambda: hub_storage.enroll(code, "pc-1", "Máy 1", KEY_A, NOW), "device_revoked")
    assert hub_storage.device("pc-1").revoked
    # A keyless device (a volunteer's carrier) cannot be enrolled over either.
    hub_storage.enroll(code, "carrier-1", "Máy tình nguyện viên", None, NOW)
    _refused(lambda: hub_storage.enroll(code, "carrier-1", "x", KEY_B, NOW), "device_key_mismatch")


def test_the_relay_right_is_asked_for_and_granted_only_by_the_operator(hub_storage):
    _, code = hub_storage.create_site("Huyện", NOW)
    token = hub_storage.enroll(code, "hub-xa", "Hub xã", KEY_A, NOW, relay=True).device_token
    assert hub_storage.authenticate(token).relay is False
    assert hub_storage.device("hub-xa").requested_role == "relay"
    assert hub_storage.grant_role("hub-xa", "relay")
    assert hub_storage.authenticate(token).relay is True and hub_storage.device("hub-xa").relay
    assert hub_storage.grant_role("hub-xa", "pc") and hub_storage.authenticate(token).relay is False
    assert not hub_storage.grant_role("no-such-device", "relay")
    hub_storage.enroll(code, "carrier-2", "x", None, NOW)
    _refused(lambda: hub_storage.grant_role("carrier-2", "relay"), "no_key")


def test_site_codes_rotate_and_expire(hub_storage):
    site_id, code = hub_storage.create_site("Xã Mã", NOW)
    assert hub_storage.code_expires_at(site_id) == NOW + timedelta(days=DEFAULT_CODE_DAYS)
    new = hub_storage.rotate_code(site_id, NOW, 1)
    _refused(lambda: hub_storage.enroll(code, "a", "a", KEY_A, NOW), "bad_code")
    hub_storage.enroll(new, "b", "b", KEY_A, NOW + timedelta(hours=23))
    _refused(lambda: hub_storage.enroll(new, "c", "c", KEY_B, NOW + timedelta(days=1)), "code_expired")
    _refused(lambda: hub_storage.rotate_code("no-such-site", NOW), "unknown_site")


def test_nonces_epoch_offsets_flags_manifests_and_meta(hub_storage):
    _, code = hub_storage.create_site("Xã Khác", NOW)
    hub_storage.enroll(code, "pc-9", "Máy 9", KEY_A, NOW)
    assert hub_storage.use_nonce("pc-9", "n" * 32, NOW) and not hub_storage.use_nonce("pc-9", "n" * 32, NOW)
    assert hub_storage.use_nonce("pc-8", "n" * 32, NOW)   # per signer
    assert hub_storage.remember_epoch_offset("pc-9", 0, -100.0, NOW) == -100.0
    assert hub_storage.remember_epoch_offset("pc-9", 0, 5.0, NOW) == -100.0   # the first stays
    assert hub_storage.epoch_offset("pc-9", 1) is None
    hub_storage.flag_time("pc-9", "event 3: time 2031 is in the future", NOW)
    assert hub_storage.device("pc-9").clock_flagged and hub_storage.time_flags("pc-9") == [
        "event 3: time 2031 is in the future"]
    hub_storage.keep_manifests("pc-9", [("m1", '["aa"]', "sig")], [(1, "m1"), (2, "m1")])
    hub_storage.keep_manifests("pc-9", [("m1", '["aa"]', "sig")], [(1, "m1")])   # again: harmless
    assert hub_storage.manifests(["m1", "m2"]) == {"m1": ('["aa"]', "sig")}
    assert hub_storage.meta_default("hub.x", "first") == "first"
    assert hub_storage.meta_default("hub.x", "second") == "first"
