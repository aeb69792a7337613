"""Volunteer laptop: collect USB bundles from village PCs, carry them, hand them to a hub."""

from __future__ import annotations

import errno
import gzip
import json
import shutil
from pathlib import Path

import pytest

from tests.progress.helpers import open_workspace, right_response
from tests.teacher.conftest import make_learner
from tutor.clock import FakeClock
from tutor.errors import TutorError
from tutor.sync import state
from tutor.sync.bundle import export_bundle, read_bundle
from tutor.teacher import volunteer as volunteer_module
from tutor.teacher.errors import CarryError


class VillagePC:
    def __init__(self, template: Path, root: Path, name: str):
        shutil.copytree(template, root)   # a copy gets its own device id (tutor.sync.identity)
        self.ws = open_workspace(root, FakeClock())
        self.name = name
        self.learner = make_learner(self.ws, f"Học viên {name}")
        self.key = self.ws.progress.public_key()

    def study(self, answers: int) -> None:
        lesson = self.ws.content.lesson(self.ws.content.lessons(level=1)[0].lesson_id)
        for index in range(answers):
            question = lesson.quiz[index % len(lesson.quiz)]
            self.ws.progress.answer(self.learner, lesson.id, question.id, right_response(question))
            self.ws.clock.advance(30)

    def export(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        return export_bundle(self.ws, folder)

    def close(self) -> None:
        self.ws.close()


@pytest.fixture
def pcs(template_dir, tmp_path):
    made = [VillagePC(template_dir, tmp_path / "pc-a", "A"), VillagePC(template_dir, tmp_path / "pc-b", "B")]
    yield made
    for pc in made:
        pc.close()


@pytest.fixture
def carrier(area):
    return area.volunteer


def know(carrier, pc, site="Xã Yên Lạc"):
    carrier.remember_device_key(pc.key.device_id, pc.key.public_key_b64, f"Máy {pc.name}", site)


def test_collect_checks_copies_and_summarises(ws, area, carrier, pcs, tmp_path):
    stick = tmp_path / "stick"
    a, b = pcs
    a.study(3)
    b.study(2)
    a.export(stick)
    b.export(stick / "may-b")          # a folder per PC on the stick is found too
    know(carrier, a)
    result = carrier.collect(stick)
    assert result.refused == () and len(result.carried) == 2
    by_device = {c.device_id: c for c in result.carried}
    carried_a, carried_b = by_device[a.key.device_id], by_device[b.key.device_id]
    assert carried_a.verified and carried_a.device_name == "Máy A" and carried_a.site_name == "Xã Yên Lạc"
    assert not carried_b.verified        # key not known here: checked for damage, the hub checks the signature
    # created + (answers and their mastery events): count what the PCs' logs hold.
    assert carried_a.events == a.ws.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    assert carried_a.learners == 1 and not carried_a.delivered
    assert Path(carried_a.path).parent == ws.data.root / "carry" and Path(carried_a.path).exists()
    summary = area.volunteer_summary()
    assert summary.sites == ("Xã Yên Lạc",)
    assert summary.not_delivered == 2 and summary.events_total == carried_a.events + carried_b.events


def test_a_tampered_bundle_is_refused_and_never_copied(carrier, pcs, tmp_path):
    a, _ = pcs
    a.study(2)
    path = a.export(tmp_path / "stick")
    outer = json.loads(gzip.decompress(path.read_bytes()))
    outer["body"] = outer["body"].replace('"correct":true', '"correct":false', 1)
    path.write_bytes(gzip.compress(json.dumps(outer).encode("utf-8")))
    damaged = tmp_path / "stick" / "hong.tutorsync"
    damaged.write_bytes(b"not a bundle at all")
    know(carrier, a)
    result = carrier.collect(tmp_path / "stick")
    assert result.carried == ()
    assert sorted(result.refused) == sorted([
        f"{path.name}: Tệp dữ liệu USB bị hỏng hoặc đã bị sửa. Không nhập tệp này.",
        "hong.tutorsync: Tệp dữ liệu USB bị hỏng hoặc đã bị sửa. Không nhập tệp này.",
    ])
    assert list(carrier.carry_dir.iterdir()) == []
    assert carrier.bundles() == []


def test_duplicates_and_newer_bundles_of_the_same_pc(carrier, pcs, tmp_path):
    a, _ = pcs
    know(carrier, a)
    a.study(2)
    old = a.export(tmp_path / "visit-1")
    first = carrier.collect(tmp_path / "visit-1")
    again = carrier.collect(tmp_path / "visit-1")
    assert len(first.carried) == 1 and again.already_carried == 1 and again.carried == ()

    a.study(2)
    (tmp_path / "visit-2").mkdir()
    a.ws.clock.advance(60)
    newer = a.export(tmp_path / "visit-2")
    second = carrier.collect(tmp_path / "visit-2")
    assert len(second.carried) == 1 and second.superseded == 1
    assert [b.last_seq for b in carrier.bundles()] == [second.carried[0].last_seq]
    assert not Path(first.carried[0].path).exists()

    # The old file found again on another stick is redundant now.
    (tmp_path / "visit-3").mkdir()
    shutil.copy(old, tmp_path / "visit-3" / old.name)
    third = carrier.collect(tmp_path / "visit-3")
    assert third.carried == () and third.superseded == 1
    assert newer.exists()


def test_a_pc_with_nothing_unsent_writes_an_empty_bundle_that_is_not_carried(carrier, pcs, tmp_path):
    a, _ = pcs
    stick = tmp_path / "stick"
    stick.mkdir()
    state.save_acked(a.ws.conn, a.key.device_id, 10**6)   # the hub has everything this PC wrote
    export_bundle(a.ws, stick)
    result = carrier.collect(tmp_path / "stick")
    assert result.empty == 1 and result.carried == ()


def test_write_all_copies_for_the_hub_and_files_still_verify(carrier, pcs, tmp_path):
    for pc in pcs:
        pc.study(2)
        pc.export(tmp_path / "stick")
        know(carrier, pc)
    carrier.collect(tmp_path / "stick")
    hub_stick = tmp_path / "hub-stick"
    hub_stick.mkdir()
    written = carrier.write_all(hub_stick)
    assert len(written) == 2 and sorted(p.name for p in hub_stick.iterdir()) == sorted(p.name for p in written)
    keys = {pc.key.device_id: pc.key.public_key_b64 for pc in pcs}
    for path in written:
        bundle = read_bundle(path, keys.get)   # what `tutor-hub import-bundle` checks
        assert bundle.events
    assert carrier.write_all(hub_stick) == written    # again: nothing rewritten, same files


class FullDisk:
    """open() whose written files fail with ENOSPC after a few bytes, as a full stick does."""

    def __init__(self, real_open, after: int = 10):
        self.real_open = real_open
        self.after = after

    def __call__(self, path, mode="r", *args, **kwargs):
        handle = self.real_open(path, mode, *args, **kwargs)
        if "w" not in mode:
            return handle
        limit = self.after

        class Full:
            def __enter__(self):
                return self

            def __exit__(self, *exc):
                handle.close()

            def write(self, data):
                handle.write(data[:limit])
                raise OSError(errno.ENOSPC, "No space left on device")

            def __getattr__(self, name):
                return getattr(handle, name)

        return Full()


def test_a_full_laptop_disk_stops_with_a_clear_message_and_no_partial_file(carrier, pcs, tmp_path, monkeypatch):
    a, _ = pcs
    a.study(2)
    a.export(tmp_path / "stick")
    monkeypatch.setattr(volunteer_module, "open", FullDisk(open), raising=False)
    with pytest.raises(CarryError) as err:
        carrier.collect(tmp_path / "stick")
    assert err.value.user_message.startswith("Ổ đĩa đã đầy.")
    assert list(carrier.carry_dir.iterdir()) == [] and carrier.bundles() == []


def test_a_full_stick_keeps_what_was_written_whole_and_removes_the_partial(carrier, pcs, tmp_path, monkeypatch):
    for pc in pcs:
        pc.study(1)
        pc.export(tmp_path / "stick")
    carrier.collect(tmp_path / "stick")
    target = tmp_path / "hub-stick"
    target.mkdir()
    monkeypatch.setattr(volunteer_module, "open", FullDisk(open), raising=False)
    with pytest.raises(CarryError) as err:
        carrier.write_all(target)
    assert "Ổ đĩa đã đầy." in err.value.user_message and "Đã ghi 0/2 tệp." in err.value.user_message
    assert list(target.iterdir()) == []


class FakeUploader:
    def __init__(self, refuse: set[str]):
        self.refuse = refuse
        self.sent: list[str] = []

    def upload(self, path: Path) -> int:
        if path.name in self.refuse:
            raise TutorError("hub refused", "Máy chủ không nhận tệp này.")
        self.sent.append(path.name)
        return 7


def test_deliver_marks_what_the_hub_took_and_keeps_the_rest(area, carrier, pcs, tmp_path):
    for pc in pcs:
        pc.study(1)
        pc.export(tmp_path / "stick")
    carried = carrier.collect(tmp_path / "stick").carried
    refused_name = Path(carried[1].path).name
    uploader = FakeUploader({refused_name})
    result = carrier.deliver(uploader)
    assert result.accepted_events == 7 and [Path(b.path).name for b in result.delivered] == uploader.sent
    assert result.failed == (f"{refused_name}: Máy chủ không nhận tệp này.",)
    assert area.volunteer_summary().not_delivered == 1
    carrier.mark_delivered([carried[1]])
    assert area.volunteer_summary().not_delivered == 0
    assert carrier.forget_delivered() == 2
    assert carrier.bundles() == [] and list(carrier.carry_dir.iterdir()) == []


def test_collect_from_a_missing_folder_says_so(carrier, tmp_path):
    with pytest.raises(CarryError) as err:
        carrier.collect(tmp_path / "no-stick")
    assert "Không tìm thấy thư mục" in err.value.user_message
