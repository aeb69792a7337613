"""A PC clock that jumps while the app runs, or goes back across a restart: every event
still reaches the hub with the time it really happened (tutor.clock_epochs).

The first tests read the epochs off the PC's own database; the others push to a real hub
over HTTP (and one carries a USB bundle) and compare the hub's corrected times with the
real moments the events were written.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.sync.conftest import HUB_TIME
from tutor import clock_epochs
from tutor.clock import FakeClock, from_iso
from tutor.hub.bundles import import_bundle
from tutor.store.db import transaction
from tutor.sync.bundle import export_bundle

YEARS_5 = timedelta(days=5 * 365)


def epochs_of(pc) -> list[int]:
    return [r[0] for r in pc.conn.execute(
        "SELECT clock_epoch FROM events WHERE device_id = ? ORDER BY seq", (pc.ws.device_id,))]


def corrected(hub, pc) -> list:
    return [from_iso(e["corrected_time"]) for e in hub.storage.device_events(pc.ws.device_id)]


def at_real_times(got: list, real: list) -> bool:
    """Each corrected time within a second of when the event really happened."""
    return len(got) == len(real) and all(abs((g - r).total_seconds()) < 1 for g, r in zip(got, real))


def live(pc, hub, seconds: float) -> None:
    """Real time passes, on both machines."""
    pc.clock.advance(seconds)
    hub.clock.advance(seconds)


# -- on the PC --------------------------------------------------------------------------


def test_a_jump_while_the_app_runs_starts_an_epoch_that_knows_its_size(make_pc):
    pc = make_pc(clock=FakeClock(HUB_TIME - YEARS_5))
    pc.add_events(2)
    pc.clock.set_wall(HUB_TIME)            # someone puts the clock right
    pc.add_events(2)
    assert epochs_of(pc) == [0, 0, 1, 1]
    assert clock_epochs.epoch_offsets(pc.conn, 0.0) == {0: pytest.approx(YEARS_5.total_seconds()), 1: 0.0}


def test_drift_and_time_asleep_are_not_jumps(make_pc):
    pc = make_pc()
    pc.add_events(1)
    pc.clock.advance(8 * 3600)                                        # asleep overnight: both clocks ran
    pc.clock.set_wall(pc.clock.now() + timedelta(seconds=clock_epochs.JUMP_SECONDS - 1))  # NTP-sized drift
    pc.add_events(1)
    assert epochs_of(pc) == [0, 0]


def test_across_a_restart_only_a_clock_that_went_back_is_a_new_epoch(make_pc):
    pc = make_pc()
    pc.add_events(1)
    pc.clock.reboot()
    pc.clock.advance(3 * 86400)            # off for three days: an ordinary restart
    pc.add_events(1)
    pc.clock.reboot()
    pc.clock.set_wall(HUB_TIME - YEARS_5)  # the CMOS battery died: the clock starts years back
    pc.add_events(1)
    assert epochs_of(pc) == [0, 0, 1]
    # Its size is unknown: only an offset measured while it was the clock can place it.
    assert clock_epochs.epoch_offsets(pc.conn, 7.0) == {1: 7.0}


def test_epochs_without_a_known_shift_use_the_offset_measured_in_them(make_pc):
    pc = make_pc()
    pc.add_events(1)
    with transaction(pc.conn):
        epoch = clock_epochs.current_epoch(pc.conn, pc.clock)
        clock_epochs.remember_hub_offset(pc.conn, epoch, 12.5)   # as a sync does at hello
    pc.clock.reboot()
    pc.clock.set_wall(HUB_TIME - YEARS_5)
    pc.add_events(1)
    pc.clock.set_wall(HUB_TIME)            # and put right again while running: a known shift
    pc.add_events(1)
    offsets = clock_epochs.epoch_offsets(pc.conn, 0.0)
    assert offsets[0] == 12.5 and offsets[2] == 0.0
    assert offsets[1] == pytest.approx(YEARS_5.total_seconds())


# -- at a real hub ------------------------------------------------------------------------


@pytest.mark.parametrize("wrong_by", [-YEARS_5, YEARS_5], ids=["5-years-behind", "5-years-ahead"])
def test_clock_put_right_mid_session_keeps_every_event_at_its_real_time(hub, make_pc, wrong_by):
    pc = make_pc(clock=FakeClock(HUB_TIME + wrong_by))
    pc.enroll(hub, hub.new_site("Xã G"))
    real = []
    for _ in range(2):
        real.append(hub.clock.now())
        pc.add_events(1)
        live(pc, hub, 60)
    pc.clock.set_wall(hub.clock.now())     # mid-lesson, before any sync
    for _ in range(2):
        real.append(hub.clock.now())
        pc.add_events(1)
        live(pc, hub, 60)
    report = pc.engine().sync_once()
    assert at_real_times(corrected(hub, pc), real)
    # The hub keeps the PC's clock as it reads now: right, so no warning on the dashboard.
    assert not report.clock_flagged and not hub.storage.device(pc.ws.device_id).clock_flagged
    assert abs(hub.storage.device(pc.ws.device_id).clock_offset_s) < 1


def test_a_clock_that_jumps_twice_in_one_session(hub, make_pc):
    pc = make_pc(clock=FakeClock(HUB_TIME - YEARS_5))
    pc.enroll(hub, hub.new_site("Xã H"))
    real = []
    for wall in (HUB_TIME - YEARS_5, HUB_TIME + timedelta(days=400), None):
        if wall is not None:
            pc.clock.set_wall(wall + (hub.clock.now() - HUB_TIME))
        else:
            pc.clock.set_wall(hub.clock.now())
        for _ in range(3):
            real.append(hub.clock.now())
            pc.add_events(1)
            live(pc, hub, 30)
    pc.engine(batch_size=2).sync_once()    # small batches: runs and batches cut differently
    assert epochs_of(pc) == [0, 0, 0, 1, 1, 1, 2, 2, 2]
    assert at_real_times(corrected(hub, pc), real)


def test_a_clock_reset_by_a_dead_battery_is_placed_by_the_offsets_measured_at_sync(hub, make_pc):
    pc = make_pc()
    pc.enroll(hub, hub.new_site("Xã I"))
    real = [hub.clock.now()]
    pc.add_events(1)
    pc.engine().sync_once()                # measures this clock: right
    live(pc, hub, 600)
    real.append(hub.clock.now())
    pc.add_events(1)                       # written, not yet sent
    live(pc, hub, 3600)
    pc.clock.reboot()
    pc.clock.set_wall(HUB_TIME - YEARS_5)  # back by years after a restart
    real.append(hub.clock.now())
    pc.add_events(1)
    report = pc.engine().sync_once()
    assert report.clock_flagged
    assert at_real_times(corrected(hub, pc), real)


def test_a_usb_bundle_carries_the_offset_of_each_clock_setting(hub, make_pc, tmp_path):
    pc = make_pc(clock=FakeClock(HUB_TIME - YEARS_5))
    pc.enroll(hub, hub.new_site("Xã K"))
    pc.engine().sync_once()                # the last network sync: measures the wrong clock
    real = []
    for _ in range(2):
        live(pc, hub, 120)
        real.append(hub.clock.now())
        pc.add_events(1)
    pc.clock.set_wall(hub.clock.now())     # put right; the network is gone from here on
    for _ in range(2):
        live(pc, hub, 120)
        real.append(hub.clock.now())
        pc.add_events(1)
    usb = tmp_path / "usb"
    usb.mkdir()
    import_bundle(hub.storage, export_bundle(pc.ws, usb), hub.clock.now() + timedelta(days=3))
    assert at_real_times(corrected(hub, pc), real)


def test_a_rebuild_places_this_pcs_own_events_by_their_clock_setting(make_pc):
    """Progress rebuilt after a pull merges this PC's events with other PCs' on the hub's
    clock: events written before the clock was put right move by that jump."""
    from tutor.progress.rebuild import load_events

    pc = make_pc(clock=FakeClock(HUB_TIME - YEARS_5))
    learner = "3f0c2a9e-0000-4000-8000-000000000001"
    for wall in (HUB_TIME - YEARS_5, HUB_TIME):   # one answer, the clock put right, another
        pc.clock.set_wall(wall)
        pc.add_events(1, learner_id=learner, kind="attempt")
    events = load_events(pc.conn, [learner], timedelta(0), HUB_TIME + timedelta(days=1))
    assert [e.hub_time for e in events] == [HUB_TIME, HUB_TIME]   # both really happened now
