"""A village PC with no network joins a site from an enrollment file the volunteer carries on
USB; the hub binds it to its key when its first bundle arrives, and refuses a second PC that
uses the same file. Every test runs on a real hub over each storage back-end (SQLite, PostgreSQL)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from tests.hub.pg import fresh_schema, pg_base_url
from tests.sync.conftest import HUB_TIME, RunningHub, hub_rows
from tutor.clock import FakeClock
from tutor.hub.bundles import import_bundle
from tutor.hub.cli import offline_enrollment_command
from tutor.hub.open_storage import open_storage
from tutor.hub.storage import HubError
from tutor.hub.trust import hub_private_key
from tutor.sync import offline_enrollment
from tutor.sync.bundle import BundleError, export_bundle
from tutor.sync.offline_enrollment import OfflineEnrollmentError, take_in
from tutor.sync.signing import public_key_b64
from tutor.sync.status import read_status


@pytest.fixture(params=["sqlite", "postgres"])
def hub(request, tmp_path):
    """The hub stores the one-use tokens: both back-ends, whatever TUTOR_TEST_HUB_BACKEND says."""
    if request.param == "sqlite":
        running = RunningHub(tmp_path / "hub.sqlite3", FakeClock(HUB_TIME)).start()
        yield running
        running.stop()
        return
    with fresh_schema(pg_base_url()) as url:
        running = RunningHub(tmp_path / "unused", FakeClock(HUB_TIME), storage_factory=lambda: open_storage(url)).start()
        running.pg_url = url
        yield running
        running.stop()


def _site(hub, name="Thôn Bản Xa"):
    return hub.storage.create_site(name, hub.clock.now())


def _file(hub, site_id, tmp_path, days=None, name="join.tutorenroll"):
    usb = tmp_path / "usb"
    usb.mkdir(exist_ok=True)
    assert offline_enrollment_command(hub.storage, site_id, str(usb / name), days, hub.clock) == 0
    return usb / name


def _import(hub, path):
    return import_bundle(hub.storage, path, hub.clock.now(), hub_key=public_key_b64(hub_private_key(hub.storage)))


def _bundle(pc, tmp_path, name):
    return export_bundle(pc.ws, tmp_path / name)


def test_a_pc_without_network_joins_from_a_file_and_its_first_bundle_enrolls_it(hub, make_pc, tmp_path):
    site_id, code = _site(hub)
    enrollment_file = _file(hub, site_id, tmp_path)
    pc = make_pc()
    assert not read_status(pc.conn).can_write_usb
    taken = take_in(pc.conn, enrollment_file, pc.clock.now())
    assert taken.site_id == site_id and taken.site_name == "Thôn Bản Xa"
    status = read_status(pc.conn)
    assert not status.enrolled and status.offline_site == "Thôn Bản Xa" and status.can_write_usb

    pc.add_events(6)
    first = _import(hub, _bundle(pc, tmp_path, "one.tutorsync"))
    assert first.events_in_bundle == 6
    device = hub.storage.device(pc.ws.device_id)
    assert device.site_id == site_id and device.public_key == pc.ws.progress.public_key().public_key_b64
    assert hub_rows(hub, pc.ws.device_id) == pc.own_events()
    # Importing the same file again changes nothing; the next bundle goes in as for any PC.
    assert _import(hub, _bundle(pc, tmp_path, "one-again.tutorsync")).acked_through == 6
    pc.add_events(4)
    assert _import(hub, _bundle(pc, tmp_path, "two.tutorsync")).acked_through == 10
    assert hub_rows(hub, pc.ws.device_id) == pc.own_events()
    # The day the PC meets a network it enrolls with the site code: same id, same key, accepted,
    # and nothing already carried by USB is sent again.
    pc.enroll(hub, code)
    assert read_status(pc.conn).enrolled and read_status(pc.conn).offline_site == ""
    assert pc.engine().sync_once().pushed == 0


def test_a_second_pc_using_the_same_file_is_refused_and_nothing_of_it_is_stored(hub, make_pc, tmp_path):
    site_id, _code = _site(hub)
    enrollment_file = _file(hub, site_id, tmp_path)
    first, second = make_pc("first"), make_pc("second")
    for pc in (first, second):
        take_in(pc.conn, enrollment_file, pc.clock.now())  # the PC cannot know: the hub decides
        pc.add_events(3)
    _import(hub, _bundle(first, tmp_path, "first.tutorsync"))
    with pytest.raises(HubError) as refused:
        _import(hub, _bundle(second, tmp_path, "second.tutorsync"))
    assert refused.value.code == "offline_token_used"
    assert hub.storage.device(second.ws.device_id) is None
    assert hub.storage.device_events(second.ws.device_id) == []
    # A fresh file lets the second PC in.
    take_in(second.conn, _file(hub, site_id, tmp_path, name="second.tutorenroll"), second.clock.now())
    assert _import(hub, _bundle(second, tmp_path, "second-again.tutorsync")).events_in_bundle == 3


def test_the_hub_refuses_an_expired_file_and_one_made_by_another_hub(hub, make_pc, tmp_path):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    site_id, _code = _site(hub)
    pc = make_pc()
    take_in(pc.conn, _file(hub, site_id, tmp_path, days=2), pc.clock.now())
    pc.add_events(2)
    path = _bundle(pc, tmp_path, "late.tutorsync")
    hub.clock.advance(3 * 86400)
    with pytest.raises(HubError) as refused:
        _import(hub, path)
    assert refused.value.code == "offline_token_expired"
    assert hub.storage.device(pc.ws.device_id) is None

    stranger = make_pc("stranger")
    forged = offline_enrollment.write_file(Ed25519PrivateKey.generate(), site_id, "Thôn Bản Xa", "made-up",
                                           hub.clock.now() + timedelta(days=5), tmp_path / "forged.tutorenroll")
    take_in(stranger.conn, forged, hub.clock.now())
    stranger.add_events(2)
    with pytest.raises(BundleError):
        _import(hub, _bundle(stranger, tmp_path, "forged.tutorsync"))
    assert hub.storage.device(stranger.ws.device_id) is None


def test_the_pc_refuses_a_damaged_expired_or_foreign_file_with_a_clear_message(hub, make_pc, tmp_path):
    site_id, code = _site(hub)
    good = _file(hub, site_id, tmp_path, days=1)
    pc = make_pc()
    damaged = tmp_path / "damaged.tutorenroll"
    outer = json.loads(good.read_text(encoding="utf-8"))
    outer["body"] = outer["body"].replace(site_id, "another-site")
    damaged.write_text(json.dumps(outer), encoding="utf-8")
    not_one = tmp_path / "photo.tutorenroll"
    not_one.write_bytes(b"\x89PNG not an enrollment")
    for path, words in ((damaged, "bị sửa"), (not_one, "không phải tệp đăng ký"),
                        (tmp_path / "missing.tutorenroll", "Không đọc được")):
        with pytest.raises(OfflineEnrollmentError) as refused:
            take_in(pc.conn, path, pc.clock.now())
        assert words in refused.value.user_message
    with pytest.raises(OfflineEnrollmentError) as refused:
        take_in(pc.conn, good, pc.clock.now() + timedelta(days=2))
    assert "hết hạn" in refused.value.user_message
    assert not read_status(pc.conn).can_write_usb  # nothing was kept
    pc.enroll(hub, code)
    with pytest.raises(OfflineEnrollmentError) as refused:
        take_in(pc.conn, good, pc.clock.now())
    assert "đã đăng ký" in refused.value.user_message


def test_the_hub_cli_writes_the_file(hub, tmp_path, capsys):
    from tutor.hub.cli import main

    site_id, _code = _site(hub)
    out = tmp_path / "usb.tutorenroll"
    hub.stop()
    database = getattr(hub, "pg_url", None) or f"sqlite:///{hub.db_path}"
    assert main(["--database", database, "site", "offline-enrollment", "Thôn Bản Xa",
                 "--out", str(out), "--days", "7"]) == 0
    assert "ONE PC" in capsys.readouterr().out
    assert offline_enrollment.read_file(out).site_id == site_id
    hub.start()


def test_the_volunteer_carries_the_bundles_to_the_hub_upload_and_the_second_pc_hears_why(
        hub, make_pc, tmp_path):
    """The whole trip: file to two village PCs by mistake, bundles onto the volunteer's laptop
    (tutor.teacher.volunteer), handed to the hub's upload over HTTP (/v1/bundles)."""
    from tutor.teacher.carrier_sites import HttpBundleUploader
    from tutor.teacher.volunteer import VolunteerCarrier

    site_id, _code = _site(hub)
    enrollment_file = _file(hub, site_id, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    villagers = [make_pc("village-1"), make_pc("village-2")]
    for index, pc in enumerate(villagers):
        take_in(pc.conn, enrollment_file, pc.clock.now())
        pc.add_events(2 + index)
        export_bundle(pc.ws, stick)
        pc.clock.advance(60)  # one bundle after the other, as the volunteer walks
    laptop = make_pc("volunteer")
    carrier = VolunteerCarrier(laptop.conn, laptop.clock, tmp_path / "carry")
    collected = carrier.collect(stick)
    assert len(collected.carried) == 2 and not collected.refused
    delivered = carrier.deliver(HttpBundleUploader(hub.url))
    # Whichever bundle reaches the hub first takes the file; the other PC is refused, with a reason.
    assert len(delivered.delivered) == 1
    first = next(pc for pc in villagers if pc.ws.device_id == delivered.delivered[0].device_id)
    other = next(pc for pc in villagers if pc is not first)
    assert delivered.accepted_events == len(first.own_events())
    assert hub_rows(hub, first.ws.device_id) == first.own_events()
    assert len(delivered.failed) == 1 and "đã được một máy khác dùng" in delivered.failed[0]
    assert hub.storage.device(other.ws.device_id) is None
