"""A copied, moved or restored database gets a new device id, so seqs are never reused.

Defence (a) at open: machine fingerprint + data dir path, and the high-water file beside
the database. Defence (b) at sync hello: the hub holds seqs of this device beyond this
database's highest one.
"""

from __future__ import annotations

import shutil

import pytest

from tests.sync.conftest import HUB_TIME, Pc
from tutor.clock import FakeClock
from tutor.events import events_for
from tutor.sync import identity, outbox, state
from tutor.workspace import Workspace


def open_ws(root, clock=None):
    return Workspace.open(root, clock=clock or FakeClock(), bundled_pack=None, backup=False)


def retired(ws) -> list[str]:
    row = ws.conn.execute("SELECT value FROM meta WHERE key = 'retired_device_ids'").fetchone()
    return [d for d in (row[0].split(",") if row else []) if d]


@pytest.fixture
def machine(monkeypatch):
    """The machine id the workspace sees; tests change it to move the database to another PC."""
    current = {"id": "machine-one"}
    monkeypatch.setattr(identity, "read_machine_id", lambda: current["id"])
    return current


def test_reopening_in_place_keeps_the_device_id(tmp_path, machine):
    ws = open_ws(tmp_path / "data")
    first = ws.device_id
    ws.close()
    ws = open_ws(tmp_path / "data")
    assert ws.device_id == first and retired(ws) == []
    ws.close()


def test_a_database_copied_to_another_pc_gets_a_new_device_id(tmp_path, machine):
    ws = open_ws(tmp_path / "data")
    lan, _ = ws.learners.create("Bà Lan", "sun")
    first = ws.device_id
    ws.close()
    machine["id"] = "machine-two"  # same folder name, another PC
    ws = open_ws(tmp_path / "data")
    assert ws.device_id != first and retired(ws) == [first]
    assert ws.learners.get(lan.learner_id).display_name == "Bà Lan"  # nothing lost
    assert outbox.own_device_ids(ws.conn) == [first, ws.device_id]  # the old id's events still go out
    ws.close()


def test_a_database_copied_to_another_folder_gets_a_new_device_id(tmp_path, machine):
    ws = open_ws(tmp_path / "data")
    first = ws.device_id
    ws.close()
    shutil.copytree(tmp_path / "data", tmp_path / "copy")
    original, copy = open_ws(tmp_path / "data"), open_ws(tmp_path / "copy")
    assert original.device_id == first and copy.device_id != first
    original.close()
    copy.close()


def test_an_unreadable_machine_id_is_not_a_move(tmp_path, machine):
    ws = open_ws(tmp_path / "data")
    first = ws.device_id
    ws.close()
    machine["id"] = None  # a container without /etc/machine-id, or a registry that refuses
    ws = open_ws(tmp_path / "data")
    assert ws.device_id == first
    ws.close()
    machine["id"] = "machine-one"
    ws = open_ws(tmp_path / "data")
    assert ws.device_id == first
    ws.close()


def test_a_database_from_before_the_check_keeps_its_id(tmp_path, machine):
    ws = open_ws(tmp_path / "data")
    first = ws.device_id
    ws.conn.execute("DELETE FROM meta WHERE key LIKE 'identity.%'")
    ws.close()
    (tmp_path / "data" / identity.HIGH_SEQ_FILE).unlink()
    ws = open_ws(tmp_path / "data")
    assert ws.device_id == first
    ws.close()


def test_an_older_backup_put_back_by_hand_gets_a_new_device_id(tmp_path, machine):
    root = tmp_path / "data"
    ws = open_ws(root)
    lan, _ = ws.learners.create("Bà Lan", "sun")
    first = ws.device_id
    ws.close()
    shutil.copy2(root / "tutor.sqlite3", tmp_path / "backup.sqlite3")
    ws = open_ws(root)
    ws.learners.rename(lan.learner_id, "Bà Lan Nguyễn")
    ws.close()
    assert identity.read_high_seq(root)[0] == first
    # Someone copies yesterday's file back over the database, same PC, same folder.
    for suffix in ("-wal", "-shm"):
        (root / f"tutor.sqlite3{suffix}").unlink(missing_ok=True)
    shutil.copy2(tmp_path / "backup.sqlite3", root / "tutor.sqlite3")
    ws = open_ws(root)
    assert ws.device_id != first and retired(ws) == [first]
    ws.close()


def test_a_new_device_never_reuses_a_seq_the_hub_holds(hub, make_pc):
    """Copy to another PC: both go on writing and syncing; the hub keeps both lines whole."""
    pc_a = make_pc("a")
    pc_a.enroll(hub, hub.new_site("Xã Xa"))
    lan, _ = pc_a.ws.learners.create("Bà Lan", "sun")
    pc_a.add_events(3, learner_id=lan.learner_id)
    pc_a.ws.close()
    shutil.copytree(pc_a.ws.data.root, pc_a.ws.data.root.parent / "b")
    pc_a.ws = open_ws(pc_a.ws.data.root, pc_a.clock)
    pc_b = Pc(pc_a.ws.data.root.parent / "b", FakeClock(HUB_TIME))
    assert pc_b.ws.device_id != pc_a.ws.device_id
    pc_a.add_events(2, learner_id=lan.learner_id)
    pc_b.add_events(4, learner_id=lan.learner_id)
    pc_b.engine().sync_once()
    pc_a.engine().sync_once()
    pc_b.engine().sync_once()
    a_ids = {e.event_id for e in events_for(pc_a.conn, lan.learner_id)}
    b_ids = {e.event_id for e in events_for(pc_b.conn, lan.learner_id)}
    on_hub = {e["event_id"] for lid in (lan.learner_id,) for e in hub.storage.learner_events(
        hub.storage.device(pc_a.ws.device_id).site_id, lid, 0, 1000)}
    assert on_hub == a_ids == b_ids and len(on_hub) == 1 + 3 + 2 + 4  # learner_created + events
    pc_b.close()


def test_a_stale_copy_is_found_at_hello_and_resends_what_the_hub_lacks(hub, make_pc, tmp_path, machine):
    pc = make_pc("pc")
    pc.enroll(hub, hub.new_site("Xã Xa"))
    lan, _ = pc.ws.learners.create("Bà Lan", "sun")
    pc.add_events(3, learner_id=lan.learner_id)
    pc.engine().sync_once()
    # Two more go to the hub, but the answer is lost before this copy records it.
    pc.add_events(2, learner_id=lan.learner_id)
    before = state.acked_map(pc.conn)[pc.ws.device_id]
    pc.engine().sync_once()
    state.save_acked(pc.conn, pc.ws.device_id, before)
    stale_device = pc.ws.device_id
    pc.ws.close()
    root = pc.ws.data.root
    shutil.copytree(root, tmp_path / "whole-folder-backup")  # the high-water file goes back too

    # The original goes on writing and syncing...
    pc.ws = open_ws(root, pc.clock)
    pc.add_events(6, learner_id=lan.learner_id)
    pc.engine().sync_once()
    twin_events = {e.event_id for e in events_for(pc.conn, lan.learner_id)}
    pc.ws.close()
    # ...then the whole folder is put back from the backup, and the old copy writes on.
    shutil.rmtree(root)
    shutil.copytree(tmp_path / "whole-folder-backup", root)
    pc.ws = open_ws(root, pc.clock)
    assert pc.ws.device_id == stale_device  # same PC, same folder, same high-water file: unseen at open
    pc.add_events(2, learner_id=lan.learner_id)
    written_after_restore = [r[2] for r in pc.own_events()][-2:]

    report = pc.engine().sync_once()

    assert report.renewed_device is not None and report.renewed_device[0] == stale_device
    successor = pc.ws.device_id
    assert report.renewed_device[1] == successor != stale_device
    assert stale_device in retired(pc.ws)
    # Under the new id went exactly the two events the hub lacked; the two it held did not.
    assert [e["event_id"] for e in hub.storage.device_events(successor)] == written_after_restore
    assert hub.storage.device(successor).acked_through == max(r[1] for r in pc.own_events())
    # The twin's events came down; every event of both lines is now here and on the hub.
    here = {e.event_id for e in events_for(pc.conn, lan.learner_id)}
    assert twin_events | set(written_after_restore) == here
    assert {e["event_id"] for e in hub.storage.learner_events(
        hub.storage.device(successor).site_id, lan.learner_id, 0, 1000)} == here
    # The stale line's seqs on the hub are untouched, and a further round moves nothing.
    again = pc.engine().sync_once()
    assert again.pushed == 0 and again.pulled == 0 and again.renewed_device is None
