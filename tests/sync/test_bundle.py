"""USB bundles: round trip, importing twice, tampering, unknown devices."""

from __future__ import annotations

import gzip
import json

import pytest

from tests.sync.conftest import hub_rows
from tutor.hub.bundles import import_bundle
from tutor.sync.bundle import BundleError, export_bundle


def test_round_trip_and_double_import(hub, make_pc, tmp_path):
    pc = make_pc()
    pc.enroll(hub, hub.new_site("Xã Xa"))
    pc.add_events(10)
    pc.engine().sync_once()          # the hub holds the first 10
    pc.add_events(15)                # these go by USB
    usb = tmp_path / "usb"
    usb.mkdir()
    path = export_bundle(pc.ws, usb)
    assert path.parent == usb and path.suffix == ".tutorsync"
    assert len(json.loads(json.loads(gzip.decompress(path.read_bytes()))["body"])["events"]) == 15

    first = import_bundle(hub.storage, path, hub.clock.now())
    assert first.events_in_bundle == 15
    assert hub_rows(hub, pc.ws.device_id) == pc.own_events()
    before = hub.storage.device_events(pc.ws.device_id)
    second = import_bundle(hub.storage, path, hub.clock.now())
    assert second.acked_through == first.acked_through
    assert hub.storage.device_events(pc.ws.device_id) == before
    # The PC learns at its next sync that nothing is left to send.
    assert pc.engine().sync_once().pushed == 0


def _rewrite(path, change):
    outer = json.loads(gzip.decompress(path.read_bytes()))
    change(outer)
    path.write_bytes(gzip.compress(json.dumps(outer).encode()))


@pytest.mark.parametrize("tamper", ["payload", "signature", "device", "garbage"])
def test_tampered_bundle_is_refused(hub, make_pc, tmp_path, tamper):
    pc = make_pc()
    pc.enroll(hub, hub.new_site("Xã Xa"))
    pc.add_events(3)
    path = export_bundle(pc.ws, tmp_path / "b.tutorsync")
    if tamper == "payload":
        _rewrite(path, lambda o: o.update(body=o["body"].replace('"correct":false', '"correct":true')))
    elif tamper == "signature":
        _rewrite(path, lambda o: o.update(signature="A" * 86 + "=="))
    elif tamper == "device":
        other = make_pc("other")
        other.enroll(hub, hub.new_site("Xã Khác"))
        _rewrite(path, lambda o: o.update(body=o["body"].replace(pc.ws.device_id, other.ws.device_id)))
    else:
        path.write_bytes(b"not a bundle at all")
    with pytest.raises(BundleError) as refused:
        import_bundle(hub.storage, path, hub.clock.now())
    assert "hỏng" in refused.value.user_message
    assert hub.storage.device_events(pc.ws.device_id) == []


def test_bundle_of_an_unenrolled_pc_is_refused(hub, make_pc, tmp_path):
    pc = make_pc()
    pc.add_events(2)
    path = export_bundle(pc.ws, tmp_path / "b.tutorsync")
    with pytest.raises(BundleError):
        import_bundle(hub.storage, path, hub.clock.now())


def test_hub_cli_imports_a_bundle(hub, make_pc, tmp_path, capsys):
    from tutor.hub.cli import main

    pc = make_pc()
    pc.enroll(hub, hub.new_site("Xã Xa"))
    pc.add_events(4)
    path = export_bundle(pc.ws, tmp_path / "b.tutorsync")
    hub.stop()  # the CLI opens the same database
    assert main(["--database", hub.database_url, "import-bundle", str(path)]) == 0
    assert "4 events" in capsys.readouterr().out
    assert main(["--database", hub.database_url, "import-bundle", str(path)]) == 0
    hub.start()
    assert hub_rows(hub, pc.ws.device_id) == pc.own_events()


def test_a_gzip_bomb_is_refused_without_inflating_it(tmp_path, monkeypatch):
    """A small file that would inflate past the limit is stopped at the limit."""
    from tutor.sync import bundle as bundle_module

    monkeypatch.setattr(bundle_module, "MAX_INFLATED_BUNDLE_BYTES", 1024 * 1024)
    bomb = tmp_path / "bomb.tutorsync"
    bomb.write_bytes(gzip.compress(b"{" + b" " * (64 * 1024 * 1024)))  # 64 MB of spaces, ~64 KB on disk
    with pytest.raises(BundleError, match="inflates past"):
        bundle_module.read_bundle(bomb, lambda device: None)


def test_a_truncated_or_garbled_bundle_is_refused(tmp_path):
    from tutor.sync.bundle import read_bundle

    whole = gzip.compress(json.dumps({"format": "x"}).encode())
    for name, data in {"cut": whole[: len(whole) // 2], "garbage": b"\x1f\x8b" + b"\x00" * 40}.items():
        path = tmp_path / f"{name}.tutorsync"
        path.write_bytes(data)
        with pytest.raises(BundleError):
            read_bundle(path, lambda device: None)


def test_a_signed_bundle_with_an_absurd_time_is_refused_whole(hub, make_pc, tmp_path):
    """Every event is checked before any is stored: the first events do not slip in."""
    import base64

    from tutor.progress.certificates import device_key
    from tutor.store.db import transaction

    pc = make_pc()
    pc.enroll(hub, hub.new_site("Xã Giờ"))
    pc.add_events(5)
    path = export_bundle(pc.ws, tmp_path / "b.tutorsync")
    outer = json.loads(gzip.decompress(path.read_bytes()))
    body = json.loads(outer["body"])
    body["events"][-1][6] = "9999-01-01T00:00:00+00:00"      # the last event's device time
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    with transaction(pc.conn):
        key = device_key(pc.conn, pc.ws.device_id, pc.clock.now())
    outer.update(body=text, signature=base64.b64encode(key.private_key.sign(text.encode())).decode())
    path.write_bytes(gzip.compress(json.dumps(outer).encode()))
    with pytest.raises(BundleError):
        import_bundle(hub.storage, path, hub.clock.now())
    assert hub.storage.device_events(pc.ws.device_id) == []
