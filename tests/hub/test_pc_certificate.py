"""A certificate a real PC issues reaches the hub by sync and is found there as genuine."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime

import pytest

from tests.progress.helpers import PACK, open_workspace, progress_for, right_response
from tutor.clock import FakeClock
from tutor.hub.inprocess import IN_PROCESS_URL, in_process_transport
from tutor.hub.dialect_sqlite import SqliteDialect
from tutor.hub.migrations import LATEST_VERSION, MIGRATIONS
from tutor.hub.open_storage import open_sqlite
from tutor.sync.engine import SyncEngine, enroll
from tutor.sync.state import hub_link

NOW = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)


def test_level_test_certificate_is_genuine_at_the_hub(tmp_path, hub_storage):
    if not PACK.exists():
        pytest.skip("the bundled pack is not built (make pack)")
    clock = FakeClock(NOW)
    _, code = hub_storage.create_site("Xã Yên Lạc", NOW)
    ws = open_workspace(tmp_path / "pc", clock)
    try:
        transport = in_process_transport(hub_storage, clock)
        enroll(ws.conn, transport, IN_PROCESS_URL, code, "Máy 1", ws.progress.public_key().public_key_b64)
        transport.close()
        progress = progress_for(ws)
        learner = ws.learners.create("Bà Nguyễn Thị Hoa", "rice")[0].learner_id
        test = progress.start_level_test(learner, 1)
        for ref in test.questions:
            progress.answer(learner, ref.lesson_id, ref.question.id, right_response(ref.question), "level_test",
                            test_id=test.test_id)
        certificate = progress.finish_level_test(learner, test.test_id).certificate
        transport = in_process_transport(hub_storage, clock, hub_link(ws.conn).token)
        SyncEngine(ws.conn, transport, clock).sync_once()
        transport.close()
    finally:
        ws.close()

    found = hub_storage.find_certificate(certificate.fields.certificate_id.lower())
    assert found is not None and found.genuine
    assert (found.learner_name, found.level, found.level_title) == (
        "Bà Nguyễn Thị Hoa", 1, certificate.fields.level_title)
    assert hub_storage.find_certificate(certificate.code).genuine
    [summary] = hub_storage.overview(NOW).sites
    assert summary.certificates_issued == 1 and summary.learner_count == 1
    assert summary.learners_per_level == {2: 1}  # passing level 1 opened level 2


def test_certificate_issued_after_the_pc_got_a_new_device_id_is_genuine(tmp_path, hub_storage):
    """A restored database mints a new device id and key; its hello teaches the hub the new key."""
    if not PACK.exists():
        pytest.skip("the bundled pack is not built (make pack)")
    from tutor.events import mint_new_device_id

    clock = FakeClock(NOW)
    _, code = hub_storage.create_site("Xã Yên Lạc", NOW)
    ws = open_workspace(tmp_path / "pc", clock)
    try:
        transport = in_process_transport(hub_storage, clock)
        enroll(ws.conn, transport, IN_PROCESS_URL, code, "Máy 1", ws.progress.public_key().public_key_b64)
        transport.close()
        learner = ws.learners.create("Bà Lan", "rice")[0].learner_id
        mint_new_device_id(ws.conn)  # what a restore from backup does at start
        progress = progress_for(ws)
        test = progress.start_level_test(learner, 1)
        for ref in test.questions:
            progress.answer(learner, ref.lesson_id, ref.question.id, right_response(ref.question), "level_test",
                            test_id=test.test_id)
        certificate = progress.finish_level_test(learner, test.test_id).certificate
        transport = in_process_transport(hub_storage, clock, hub_link(ws.conn).token)
        SyncEngine(ws.conn, transport, clock).sync_once()
        transport.close()
    finally:
        ws.close()

    found = hub_storage.find_certificate(certificate.code)
    assert found is not None and found.genuine


def test_a_hub_file_from_before_the_dashboard_is_upgraded(tmp_path):
    """A first-release hub file (schema 1, no projections) gains them, filled from its events."""
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[0].steps:  # the first release's schema, before migrations were recorded
        if isinstance(statement, str):
            conn.execute(statement.format_map(SqliteDialect.ddl_types))
    conn.execute("INSERT INTO sites VALUES ('s1', 'Xã Cũ', 'h', '2026-01-01T00:00:00.000+00:00')")
    conn.execute("INSERT INTO devices(device_id, site_id, token_hash, name, enrolled_at, last_hello_at)"
                 " VALUES ('d1', 's1', 't', 'Máy', '2026-01-01T00:00:00.000+00:00', '2026-01-02T00:00:00.000+00:00')")
    learner = str(uuid.uuid4())
    rows = [("learner_created", '{"display_name":"Bà Lan"}'), ("level_unlocked", '{"level":3}'),
            ("mastery_reached", '{"lesson_id":"l1.a","status":"mastered"}')]
    for seq, (kind, payload) in enumerate(rows, 1):
        conn.execute("INSERT INTO events(site_id, device_id, seq, prev_seq, event_id, learner_id, kind, schema_ver,"
                     " device_time, corrected_time, clock_epoch, payload, received_at)"
                     " VALUES ('s1', 'd1', ?, ?, ?, ?, ?, 1, 't', 't', 0, ?, 't')",
                     (seq, seq - 1, str(uuid.uuid4()), learner, kind, payload))
    conn.commit()
    conn.close()

    storage = open_sqlite(path)
    try:
        assert storage.schema_version() == LATEST_VERSION   # every migration applied
        [site] = storage.overview(NOW).sites
        assert (site.learner_count, site.learners_per_level, site.lessons_completed) == (1, {3: 1}, 1)
        [device] = storage.overview(NOW).devices
        assert device.events_held == 3 and device.last_sync_at == datetime(2026, 1, 2, tzinfo=UTC)
    finally:
        storage.close()
    reopened = open_sqlite(path)  # opening again applies nothing twice
    assert reopened.schema_version() == LATEST_VERSION
    reopened.close()
