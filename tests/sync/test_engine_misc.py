"""Engine details: cancelling mid-push, progress reports, retry delays, not enrolled."""

from __future__ import annotations

import random

import pytest

from tests.sync.conftest import hub_rows
from tutor.cancel import Cancelled, CancelToken
from tutor.sync.engine import SyncEngine, SyncNotEnrolled
from tutor.sync.schedule import FIRST_RETRY_S, MAX_RETRY_S, REGULAR_INTERVAL_S, retry_delay_s


def test_cancel_mid_push_then_resume(hub, make_pc):
    pc = make_pc()
    pc.enroll(hub, hub.new_site("Xã Huỷ"))
    pc.add_events(50)
    token = CancelToken()
    seen: list[float] = []

    def progress(fraction: float, message: str) -> None:
        seen.append(fraction)
        if len(seen) == 2:
            token.cancel()

    with pytest.raises(Cancelled):
        pc.engine(batch_size=10).sync_once(token, progress)
    assert len(hub.storage.device_events(pc.ws.device_id)) == 20
    report = pc.engine(batch_size=10).sync_once(None, lambda fraction, message: seen.append(fraction))
    assert report.pushed == 30
    assert hub_rows(hub, pc.ws.device_id) == pc.own_events()
    assert seen[-1] == 1.0 and all(0.0 <= f <= 1.0 for f in seen)


def test_not_enrolled_is_a_clear_error(make_pc):
    pc = make_pc()
    with pytest.raises(SyncNotEnrolled) as err:
        SyncEngine(pc.conn, transport=None, clock=pc.clock).sync_once()
    assert "chưa đăng ký" in err.value.user_message


def test_retry_delays_grow_with_jitter_and_stop_growing():
    rng = random.Random(1)
    delays = [retry_delay_s(n, rng) for n in range(1, 12)]
    assert FIRST_RETRY_S / 2 <= delays[0] <= FIRST_RETRY_S
    assert all(d <= MAX_RETRY_S for d in delays)
    assert delays[-1] >= MAX_RETRY_S / 2
    assert retry_delay_s(0) == REGULAR_INTERVAL_S


def test_sync_on_its_own_connection_while_the_learner_keeps_answering(hub, make_pc):
    """The app's way: sync on a worker thread with its own connection; the db thread keeps writing.

    Kolibri met "database is locked" on shared PCs; here both sides use short BEGIN IMMEDIATE
    transactions with a busy timeout, so neither fails.
    """
    import threading

    from tutor.store.db import open_db

    pc = make_pc()
    pc.enroll(hub, hub.new_site("Xã Song Song"))
    pc.add_events(300)
    results: dict[str, object] = {}

    def worker() -> None:
        conn = open_db(pc.ws.data.database)
        try:
            from tutor.sync.state import hub_link
            from tutor.sync.transport import HttpTransport

            link = hub_link(conn)
            transport = HttpTransport(link.hub_url, link.token)
            try:
                results["report"] = SyncEngine(conn, transport, pc.clock, batch_size=7).sync_once()
            finally:
                transport.close()
        except Exception as exc:  # surfaced to the assertion below
            results["error"] = exc
        finally:
            conn.close()

    thread = threading.Thread(target=worker)
    thread.start()
    for _ in range(100):
        pc.add_events(1)
    thread.join(timeout=60)
    assert "error" not in results, results.get("error")
    assert results["report"].pushed >= 300
    pc.engine().sync_once()
    assert hub_rows(hub, pc.ws.device_id) == pc.own_events()
