"""Certificates signed with the PC's Ed25519 key: genuine ones verify, altered ones do not."""

from __future__ import annotations

import dataclasses
import os
from datetime import datetime, timezone

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.progress.helpers import progress_for
from tutor.progress.certificates import (
    CertificateFields, DeviceKey, b32_decode, b32_encode, device_key, export_public_key, new_certificate_id,
    sign_certificate, verify_certificate,
)
from tutor.store.db import transaction

NOW = datetime(2026, 11, 21, 8, 0, tzinfo=timezone.utc)
FIELDS = CertificateFields(
    certificate_id="7K2M-Q9XD", learner_name="Bà Nguyễn Thị Hoa", level=1,
    level_title="Xử lý văn bản cơ bản", issued_on="2026-11-21",
    device_id="3f1c2a9e-0000-4000-8000-000000000001",
)


@pytest.fixture
def key(ws):
    with transaction(ws.conn):
        return device_key(ws.conn, FIELDS.device_id, NOW)


def test_a_genuine_certificate_verifies_with_the_exported_public_key(key):
    certificate = sign_certificate(FIELDS, key)
    exported = export_public_key(key)
    assert verify_certificate(FIELDS, certificate.code, exported.public_key_b64)
    assert verify_certificate(FIELDS, certificate.code, exported.pem)
    assert verify_certificate(FIELDS, certificate.code, key.public_key_raw)


@pytest.mark.parametrize("change", [
    {"learner_name": "Bà Nguyễn Thị Hòa"}, {"learner_name": "Ông Trần Văn Ba"}, {"level": 2},
    {"issued_on": "2026-11-22"}, {"device_id": "3f1c2a9e-0000-4000-8000-000000000002"},
    {"certificate_id": "7K2M-Q9XE"}, {"level_title": "Sáng tạo và đổi mới"},
])
def test_an_altered_field_fails(key, change):
    certificate = sign_certificate(FIELDS, key)
    altered = dataclasses.replace(FIELDS, **change)
    assert not verify_certificate(altered, certificate.code, key.public_key_raw)


def test_an_altered_code_or_another_pcs_key_fails(ws, key):
    code = sign_certificate(FIELDS, key).code
    flipped = ("1" if code[0] != "1" else "2") + code[1:]
    assert not verify_certificate(FIELDS, flipped, key.public_key_raw)
    assert not verify_certificate(FIELDS, code[:-5], key.public_key_raw)
    assert not verify_certificate(FIELDS, "not a code", key.public_key_raw)
    with transaction(ws.conn):
        other = device_key(ws.conn, "another-device", NOW)
    assert not verify_certificate(FIELDS, code, other.public_key_raw)
    assert not verify_certificate(FIELDS, code, "bm90IGEga2V5")  # base64 of "not a key"


def test_the_code_survives_being_typed_again_by_a_person(key):
    code = sign_certificate(FIELDS, key).code
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert verify_certificate(FIELDS, typed, key.public_key_raw)
    # extra spaces around the name, as retyped at the hub, still match
    retyped = dataclasses.replace(FIELDS, learner_name="  Bà  Nguyễn Thị Hoa ")
    assert verify_certificate(retyped, code, key.public_key_raw)


def test_code_format_is_crockford_base32_in_groups():
    code = sign_certificate(FIELDS, _throwaway_key()).code
    groups = code.split("-")
    assert len("".join(groups)) == 103 and all(len(g) == 4 for g in groups[:-1])
    assert not set("".join(groups)) & set("ILOU")
    for size in (5, 32, 64):
        data = os.urandom(size)
        assert b32_decode(b32_encode(data), size) == data
    assert len(new_certificate_id()) == 9


def test_the_device_key_is_made_once_and_kept(ws):
    first = progress_for(ws).public_key()
    again = progress_for(ws).public_key()
    assert first == again
    assert first.device_id == ws.device_id
    assert ws.conn.execute("SELECT count(*) FROM progress_signing_keys").fetchone()[0] == 1


def test_creating_a_key_outside_a_transaction_is_refused(ws):
    with pytest.raises(RuntimeError):
        device_key(ws.conn, "new-device", NOW)


def _throwaway_key() -> DeviceKey:
    private = Ed25519PrivateKey.generate()
    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return DeviceKey("test", "device", private, raw)
