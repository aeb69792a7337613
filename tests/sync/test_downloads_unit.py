"""tutor.sync.downloads against a fake source: what a misbehaving hub cannot do to a PC."""

from __future__ import annotations

import hashlib
from contextlib import contextmanager

from tutor.sync.downloads import Downloader
from tutor.sync.transport import SyncRefused

DATA = bytes(range(256)) * 4096   # 1 MiB


def offer(data: bytes = DATA, **extra) -> dict:
    return {"sha256": hashlib.sha256(data).hexdigest(), "kind": "model", "name": "m.gguf", "size": len(data),
            "url": "/catalogue/blobs/x", **extra}


class FakeSource:
    def __init__(self, offers, body: bytes = DATA, refuse: bool = False):
        self.offers, self.body, self.refuse, self.ranges = offers, body, refuse, []

    def listing(self):
        return self.offers

    @contextmanager
    def open_blob(self, url, offset):
        self.ranges.append(offset)
        if self.refuse:
            raise SyncRefused(404, "unknown_item", "gone", "Mục này không có trong danh mục.")
        yield offset, iter([self.body[offset:][i:i + 65536] for i in range(0, len(self.body) - offset, 65536)])

    def close(self):
        pass


def downloader(tmp_path, source, **kw) -> Downloader:
    return Downloader(tmp_path, source, free_ram=lambda: 2**40, cpu_flags=lambda: None,
                      disk_free=lambda p: 2**40, **kw)


def test_a_hub_sending_more_than_it_listed_cannot_fill_the_disk(tmp_path):
    endless = DATA * 50
    report = downloader(tmp_path, FakeSource([offer()], body=endless)).run()
    assert (report.items[0].state, report.items[0].code) == ("failed", "download.bad_hash")
    assert list((tmp_path / "models").iterdir()) == []


def test_a_refused_item_is_reported_and_not_mistaken_for_a_bad_file(tmp_path):
    report = downloader(tmp_path, FakeSource([offer()], refuse=True)).run()
    assert (report.items[0].state, report.items[0].code) == ("failed", "download.refused")


def test_malformed_offers_are_left_out(tmp_path):
    bad = [offer(name="../../etc/passwd"), offer(sha256="zz"), offer(size=-1), offer(url="http://elsewhere/x"),
           offer(kind="program")]
    report = downloader(tmp_path, FakeSource(bad)).run()
    assert report.items == []


def test_only_the_newest_offered_pack_is_fetched(tmp_path):
    offers = [offer(kind="pack", pack_id="p", version="2026.1", name="p-1.bdpack", sha256="a" * 64),
              offer(kind="pack", pack_id="p", version="2026.3", name="p-3.bdpack", sha256="b" * 64),
              offer(kind="pack", pack_id="p", version="2026.2", name="p-2.bdpack", sha256="c" * 64)]
    report = downloader(tmp_path, FakeSource(offers), installed_pack_version=lambda pid: "2026.3").run()
    assert [(s.name, s.state) for s in report.items] == [("p-3.bdpack", "skipped")]


def test_a_file_of_the_same_name_with_other_bytes_is_left_alone(tmp_path):
    (tmp_path / "models").mkdir()
    mine = tmp_path / "models" / "m.gguf"
    mine.write_bytes(b"the teacher's own model")
    source = FakeSource([offer()])
    first = downloader(tmp_path, source).run()
    again = downloader(tmp_path, source).run()
    assert mine.read_bytes() == b"the teacher's own model"
    beside = tmp_path / "models" / f"m-{offer()['sha256'][:8]}.gguf"
    assert beside.read_bytes() == DATA
    assert [s.state for s in first.items] == [s.state for s in again.items] == ["done"]
    assert source.ranges == [0]  # the second round found it in place: no new request
