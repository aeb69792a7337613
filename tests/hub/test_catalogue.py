"""Issue 17: the hub's catalogue reaches PCs over real HTTP (a real `tutor-hub serve` on 127.0.0.1),
resumable, verified, never two full copies, never a partial file in use."""

from __future__ import annotations

import asyncio
import hashlib
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.hub.catalogue_rig import (
    CuttingProxy, enroll_pc, hub_cli, hub_cli_refused, start_hub, voice_file,
)
from tutor.cancel import Cancelled, CancelToken
from tutor.hub.catalogue.throttle import TokenBucket
from tutor.sync.downloads import Downloader, HttpCatalogueSource, read_status

PACK = Path(__file__).resolve().parents[2] / "tutor" / "data" / "curriculum.bdpack"
GIB = 2**30


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(4 * 2**20):
            digest.update(block)
    return digest.hexdigest()


@pytest.fixture
def hub_dirs(tmp_path):
    db, data = tmp_path / "hub" / "hub.sqlite3", tmp_path / "hub"
    data.mkdir()
    code = hub_cli(db, data, "site", "create", "Xã Yên Lạc").strip().splitlines()[-1]
    return db, data, code


class Watch:
    """Checks at every progress step that the final file is absent while the partial one grows
    (nothing uses a partial file; never two full copies on the PC's disk)."""

    def __init__(self, folder: Path, size: int):
        self.folder, self.size, self.violations, self.calls = folder, size, [], 0

    def __call__(self, fraction: float, message: str) -> None:
        self.calls += 1
        files = [p for p in self.folder.rglob("*") if p.is_file() and p.parent.name == "models"]
        finals = [p for p in files if not p.name.endswith(".part")]
        held = sum(p.stat().st_size for p in files)
        if finals or held > self.size:
            self.violations.append((fraction, [p.name for p in files], held))


def pc_downloader(pc_dir: Path, url: str, token: str, hub_key: str, **kw) -> Downloader:
    source = HttpCatalogueSource(url, token, hub_key)
    return Downloader(pc_dir, source, free_ram=kw.pop("free_ram", lambda: 64 * GIB),
                      cpu_flags=kw.pop("cpu_flags", lambda: None), **kw)


@pytest.mark.slow
def test_ten_pcs_download_through_random_cuts_and_one_restart(tmp_path, hub_dirs):
    """One PC fetches a 300 MB item through connections cut at random points and a restart
    (cancel, new downloader); then 10 PCs at once fetch another 300 MB item through the same cuts."""
    db, data, code = hub_dirs
    big = voice_file(tmp_path / "qwen-big.gguf", 300 * 2**20, seed=3)
    small = voice_file(tmp_path / "qwen-small.gguf", 300 * 2**20, seed=4)
    # Random bytes are no GGUF: add them as voices (the model path is tested with a real header below).
    for f in (big, small):
        hub_cli(db, data, "catalogue", "add", str(f), "--kind", "voice", "--sha256", sha256_of(f))
    hub = start_hub(db, data)
    proxy = CuttingProxy(hub.port, 8 * 2**20, 150 * 2**20, seed=11)
    try:
        # One PC, the 300 MB item, cut at random points and restarted once mid-way.
        hub_cli(db, data, "catalogue", "want", "--all-sites", big.name)
        token, hub_key = enroll_pc(hub.url, code, "PC-1")
        pc = tmp_path / "pc-1"
        cancel = CancelToken()
        target = lambda offer: pc / "models" / offer["name"]  # noqa: E731
        watch = Watch(pc, big.stat().st_size)

        def stop_midway(fraction: float, message: str) -> None:
            watch(fraction, message)
            if fraction > 0.4:
                cancel.cancel()

        first = pc_downloader(pc, proxy.url, token, hub_key, target_for=target)
        with pytest.raises(Cancelled):
            first.run(cancel, stop_midway)
        partial = pc / "models" / (big.name + ".part")
        assert partial.exists() and not (pc / "models" / big.name).exists()
        assert read_status(pc)[0].state == "waiting"
        report = pc_downloader(pc, proxy.url, token, hub_key, target_for=target).run(progress=watch)
        assert [s.state for s in report.items] == ["done"]
        assert sha256_of(pc / "models" / big.name) == sha256_of(big)
        assert not partial.exists() and watch.violations == [] and watch.calls > 10

        # Ten PCs at once, the 60 MB item.
        hub_cli(db, data, "catalogue", "unwant", "--all-sites", big.name)
        hub_cli(db, data, "catalogue", "want", "--all-sites", small.name)
        cuts_before = proxy.cuts
        pcs = [(tmp_path / f"pc-{i}", *enroll_pc(hub.url, code, f"PC-{i}")) for i in range(2, 12)]
        watches = {p: Watch(p, small.stat().st_size) for p, _, _ in pcs}

        def one(entry):
            folder, tok, key = entry
            return pc_downloader(folder, proxy.url, tok, key, max_failed_tries=50,
                                 target_for=lambda offer: folder / "models" / offer["name"]).run(
                progress=watches[folder])

        with ThreadPoolExecutor(10) as pool:
            reports = list(pool.map(one, pcs))
        expected = sha256_of(small)
        for (folder, _, _), rep in zip(pcs, reports):
            assert [s.state for s in rep.items] == ["done"], rep.items
            assert sha256_of(folder / "models" / small.name) == expected
            assert sorted(p.name for p in (folder / "models").iterdir()) == [small.name]
            assert watches[folder].violations == []
        assert proxy.cuts - cuts_before >= 10, "the links were cut along the way"
    finally:
        proxy.close()
        hub.stop()
        for folder in tmp_path.iterdir():  # 3.6 GB: not left for pytest's kept temp folders
            shutil.rmtree(folder, ignore_errors=True) if folder.is_dir() else folder.unlink()
    assert "Traceback" not in hub.errors()


def test_wrong_hash_and_tampered_pack_are_refused(tmp_path, hub_dirs):
    db, data, code = hub_dirs
    voice = voice_file(tmp_path / "giong.onnx", 2 * 2**20)
    err = hub_cli_refused(db, data, "catalogue", "add", str(voice), "--sha256", "0" * 64)
    assert "SHA-256" in err
    tampered = tmp_path / "tampered.bdpack"
    raw = bytearray(PACK.read_bytes())
    at = raw.find(b"binh-dan") + 40  # a byte inside the first member's data
    raw[at] ^= 0x01
    tampered.write_bytes(bytes(raw))
    hub_cli_refused(db, data, "catalogue", "add", str(tampered))
    assert hub_cli(db, data, "catalogue", "list").strip() == ""
    assert list((data / "catalogue" / "blobs").iterdir()) == []
    assert list((data / "catalogue" / "incoming").iterdir()) == []


def test_pc_refuses_bytes_that_differ_from_the_listing(tmp_path, hub_dirs):
    """A blob changed on the hub's disk after it was listed: the PC deletes it, never uses it."""
    db, data, code = hub_dirs
    voice = voice_file(tmp_path / "giong.onnx", 3 * 2**20)
    sha = hub_cli(db, data, "catalogue", "add", str(voice)).strip().splitlines()[-1]
    hub_cli(db, data, "catalogue", "want", "--all-sites", sha)
    blob = data / "catalogue" / "blobs" / sha
    raw = bytearray(blob.read_bytes())
    raw[12345] ^= 0xFF
    blob.write_bytes(bytes(raw))
    hub = start_hub(db, data)
    try:
        token, key = enroll_pc(hub.url, code, "PC")
        report = pc_downloader(tmp_path / "pc", hub.url, token, key).run()
    finally:
        hub.stop()
    assert [(s.state, s.code) for s in report.items] == [("failed", "download.bad_hash")]
    assert not any(p.is_file() for p in (tmp_path / "pc" / "voices").rglob("*"))
    assert "hỏng" in report.items[0].message


def test_pack_arrives_verified_and_is_never_downgraded(tmp_path, hub_dirs):
    db, data, code = hub_dirs
    hub_cli(db, data, "catalogue", "add", str(PACK))
    hub_cli(db, data, "catalogue", "want", "--all-sites", "binh-dan-hoc-ai")
    hub = start_hub(db, data)
    installed = []
    try:
        token, key = enroll_pc(hub.url, code, "PC")
        newer = pc_downloader(tmp_path / "new", hub.url, token, key, installed_pack_version=lambda pid: "2026.1",
                              on_installed=lambda offer, path: installed.append(path)).run()
        same = pc_downloader(tmp_path / "old", hub.url, token, key,
                             installed_pack_version=lambda pid: "2099.1").run()
    finally:
        hub.stop()
    assert [s.state for s in newer.items] == ["done"]
    assert installed and installed[0].read_bytes() == PACK.read_bytes()
    assert [s.state for s in same.items] == ["skipped"]
    assert not (tmp_path / "old" / "downloads" / "packs").exists()


def test_pc_with_too_little_ram_skips_a_model_and_says_why(tmp_path, hub_dirs):
    db, data, code = hub_dirs
    model = tmp_path / "tiny.gguf"
    model.write_bytes(_tiny_gguf())
    hub_cli(db, data, "catalogue", "add", str(model), "--licence", "Apache-2.0")
    hub_cli(db, data, "catalogue", "want", "--all-sites", "tiny.gguf")
    hub = start_hub(db, data)
    try:
        token, key = enroll_pc(hub.url, code, "PC")
        small_pc = pc_downloader(tmp_path / "small", hub.url, token, key, free_ram=lambda: 50 * 2**20).run()
        old_cpu = pc_downloader(tmp_path / "old", hub.url, token, key,
                                cpu_flags=lambda: frozenset({"sse", "sse2"})).run()
        good = pc_downloader(tmp_path / "good", hub.url, token, key,
                             cpu_flags=lambda: frozenset({"sse2", "avx", "avx2"})).run()
    finally:
        hub.stop()
    status = small_pc.items[0]
    assert (status.state, status.code) == ("skipped", "download.skipped_ram")
    assert "bộ nhớ (RAM)" in status.message and "tiny.gguf" in status.message
    assert not (tmp_path / "small" / "models").exists()
    assert read_status(tmp_path / "small")[0].code == "download.skipped_ram"
    assert (old_cpu.items[0].state, old_cpu.items[0].code) == ("skipped", "download.skipped_cpu")
    assert "AVX" in old_cpu.items[0].message
    assert [s.state for s in good.items] == ["done"]
    assert (tmp_path / "good" / "models" / "tiny.gguf").read_bytes() == model.read_bytes()


def test_another_sites_items_are_not_offered(tmp_path, hub_dirs):
    db, data, code = hub_dirs
    other_code = hub_cli(db, data, "site", "create", "Xã Khác").strip().splitlines()[-1]
    voice = voice_file(tmp_path / "giong.onnx", 2**20)
    sha = hub_cli(db, data, "catalogue", "add", str(voice)).strip().splitlines()[-1]
    hub_cli(db, data, "catalogue", "want", "--site", "Xã Yên Lạc", sha)
    hub = start_hub(db, data)
    try:
        token, key = enroll_pc(hub.url, other_code, "PC")
        source = HttpCatalogueSource(hub.url, token, key)
        assert source.listing() == []
        import httpx

        answer = httpx.get(f"{hub.url}/catalogue/blobs/{sha}", headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 404
        assert httpx.get(f"{hub.url}/catalogue/blobs/{sha}").status_code == 401
    finally:
        hub.stop()


def test_token_bucket_holds_the_rate_with_a_virtual_clock():
    """Many downloads sharing one bucket get, together, the operator's rate (to the byte)."""
    now = [0.0]

    async def sleep(seconds: float) -> None:
        now[0] += seconds

    bucket = TokenBucket(1000.0, burst_bytes=100, clock=lambda: now[0], sleep=sleep)

    async def many() -> None:
        await asyncio.gather(*(bucket.take(100) for _ in range(500)))

    asyncio.run(many())
    # 50,000 bytes at 1,000 B/s with a 100-byte burst: 49.9 s.
    assert now[0] == pytest.approx(49.9, rel=0.01)


def test_bandwidth_limit_over_http(tmp_path, hub_dirs):
    """Three PCs at once behind a 8000 kbps (1 MB/s) limit all end with the whole file (the
    rate itself: the virtual-clock tests here and the benchmark's measured figure)."""
    db, data, code = hub_dirs
    voice = voice_file(tmp_path / "giong.onnx", 2 * 2**20)
    sha = hub_cli(db, data, "catalogue", "add", str(voice)).strip().splitlines()[-1]
    hub_cli(db, data, "catalogue", "want", "--all-sites", sha)
    hub = start_hub(db, data, "--max-download-kbps", "8000")
    try:
        pcs = [(tmp_path / f"pc{i}", *enroll_pc(hub.url, code, f"PC{i}")) for i in range(3)]
        with ThreadPoolExecutor(3) as pool:
            reports = list(pool.map(lambda e: pc_downloader(e[0], hub.url, e[1], e[2]).run(), pcs))
    finally:
        hub.stop()
    assert all([s.state for s in r.items] == ["done"] for r in reports)


def test_a_served_blob_passes_through_the_hubs_bucket(tmp_path):
    """Every byte the blob route streams is taken from the hub-wide bucket: 2 MiB at 1 MB/s
    (a 256 KiB burst) keeps the stream waiting about 1.84 s, on a virtual clock."""
    from tutor.hub.catalogue.routes import CHUNK, _stream

    blob = tmp_path / "blob"
    blob.write_bytes(b"x" * (2 * 2**20))
    now = [0.0]

    async def sleep(seconds: float) -> None:
        now[0] += seconds

    bucket = TokenBucket(1_000_000.0, CHUNK, clock=lambda: now[0], sleep=sleep)

    async def read_all() -> bytes:
        return b"".join([block async for block in _stream(blob, 0, 2 * 2**20, bucket)])

    assert asyncio.run(read_all()) == blob.read_bytes()
    assert now[0] == pytest.approx((2 * 2**20 - CHUNK) / 1_000_000, rel=0.01)


def test_serve_gives_the_catalogue_the_operators_limit(monkeypatch, hub_dirs):
    """`tutor-hub serve --max-download-kbps 8000` serves the catalogue behind a 1,000,000 B/s bucket."""
    import uvicorn

    from tutor.hub import cli as hub_cli_module
    from tutor.hub.catalogue import routes

    db, data, _code = hub_dirs
    made = []

    class Recorded(routes.CatalogueServing):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(routes, "CatalogueServing", Recorded)
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: None)
    assert hub_cli_module.main(["--database", f"sqlite:///{db}", "--data-dir", str(data), "serve", "--no-announce",
                                "--upstream-interval", "0", "--max-download-kbps", "8000"]) == 0
    assert [m.bucket.rate for m in made] == [1_000_000.0]


def _tiny_gguf() -> bytes:
    """A minimal GGUF v3 file: header, a few metadata keys, one small F32 tensor."""
    import struct

    def s(text: str) -> bytes:
        raw = text.encode()
        return struct.pack("<Q", len(raw)) + raw

    meta = [("general.architecture", 8, s("llama")), ("general.name", 8, s("tiny")),
            ("llama.block_count", 4, struct.pack("<I", 2)), ("llama.embedding_length", 4, struct.pack("<I", 8)),
            ("llama.attention.head_count", 4, struct.pack("<I", 2)), ("general.alignment", 4, struct.pack("<I", 32))]
    body = b"GGUF" + struct.pack("<IQQ", 3, 1, len(meta))
    for key, vtype, value in meta:
        body += s(key) + struct.pack("<I", vtype) + value
    body += s("w") + struct.pack("<I", 1) + struct.pack("<Q", 16) + struct.pack("<I", 0) + struct.pack("<Q", 0)
    body += bytes((-len(body)) % 32)
    return body + bytes(64)


def test_after_sync_an_enrolled_pc_imports_the_pack_and_records_the_model(tmp_path, hub_dirs):
    """The app's hook (tutor.sync.background.run_downloads): a PC enrolled with its key fetches
    its site's pack and model; the pack is imported, the model lands in models/ with its hash."""
    from tutor.clock import SystemClock
    from tutor.lessons.importer import installed_pack
    from tutor.local_llm import hashes
    from tutor.sync.background import enroll_pc as enroll_this_pc, run_downloads
    from tutor.sync.transport import HttpTransport
    from tutor.workspace import Workspace

    db, data, code = hub_dirs
    model = tmp_path / "tiny.gguf"
    model.write_bytes(_tiny_gguf())
    hub_cli(db, data, "catalogue", "add", str(PACK))
    hub_cli(db, data, "catalogue", "add", str(model))
    voice = voice_file(tmp_path / "vi_VN-giong-low.onnx", 2**20)
    hub_cli(db, data, "catalogue", "add", str(voice))
    hub_cli(db, data, "catalogue", "want", "--site", "Xã Yên Lạc", "binh-dan-hoc-ai", "tiny.gguf", voice.name)
    pc_root = tmp_path / "pc"
    ws = Workspace.open(pc_root, bundled_pack=None, backup=False)
    db_path = Path(ws.conn.execute("PRAGMA database_list").fetchone()[2])
    hub = start_hub(db, data)
    try:
        enroll_this_pc(db_path, SystemClock(), lambda url, token: HttpTransport(url, token), hub.url, code, "PC")
        assert installed_pack(ws.conn) is None
        report = run_downloads(db_path)
    finally:
        hub.stop()
    assert sorted(s.state for s in report.items) == ["done", "done", "done"]
    assert installed_pack(ws.conn).pack_id == "binh-dan-hoc-ai"
    from tutor.audio.voicepacks import VoicePackStore

    packs = VoicePackStore(db_path.parent / "voices").packs()
    assert [(p.name, p.sha256, p.is_vietnamese) for p in packs] == [("vi_VN-giong-low", sha256_of(voice), True)]
    assert packs[0].model.read_bytes() == voice.read_bytes()
    assert (db_path.parent / "models" / "tiny.gguf").read_bytes() == model.read_bytes()
    assert hashes.read_book(db_path.parent / "models")["tiny.gguf"].sha256 == sha256_of(model)
    ws.close()


def test_commune_hub_fetches_from_the_district_and_serves_its_pcs(tmp_path, hub_dirs):
    """One upload at the district reaches a village PC: the commune hub (enrolled upstream)
    fetches the items offered to its site through a cutting link, checks them, wants them
    for its own sites, and its PCs download them from it."""
    d_db, d_data, d_code = hub_dirs
    voice = voice_file(tmp_path / "giong-bac.onnx", 40 * 2**20, seed=5)
    hub_cli(d_db, d_data, "catalogue", "add", str(voice), "--licence", "CC-BY-4.0")
    hub_cli(d_db, d_data, "catalogue", "add", str(PACK))
    hub_cli(d_db, d_data, "catalogue", "want", "--site", "Xã Yên Lạc", "giong-bac.onnx", "binh-dan-hoc-ai")
    c_data = tmp_path / "commune"
    c_data.mkdir()
    c_db = c_data / "hub.sqlite3"
    village_code = hub_cli(c_db, c_data, "site", "create", "Thôn Đông").strip().splitlines()[-1]
    district = start_hub(d_db, d_data)
    proxy = CuttingProxy(district.port, 3 * 2**20, 12 * 2**20, seed=5)
    try:
        hub_cli(c_db, c_data, "upstream", "enroll", proxy.url, d_code)
        out = hub_cli(c_db, c_data, "catalogue", "fetch-upstream")
        assert out.count("done") == 2, out
        again = hub_cli(c_db, c_data, "catalogue", "fetch-upstream")
        assert again.strip() == ""  # nothing missing: nothing fetched twice
    finally:
        proxy.close()
        district.stop()
    listed = hub_cli(c_db, c_data, "catalogue", "list")
    assert "upstream" in listed and "CC-BY-4.0" in listed and "all sites" in listed
    assert sorted(p.name for p in (c_data / "catalogue" / "blobs").iterdir()) == sorted(
        [sha256_of(voice), sha256_of(PACK)])
    assert list((c_data / "catalogue" / "incoming").iterdir()) == []
    commune = start_hub(c_db, c_data)
    try:
        token, key = enroll_pc(commune.url, village_code, "PC thôn")
        report = pc_downloader(tmp_path / "pc", commune.url, token, key).run()
    finally:
        commune.stop()
    assert sorted(s.state for s in report.items) == ["done", "done"]
    assert sha256_of(tmp_path / "pc" / "voices" / "giong-bac" / "giong-bac.onnx") == sha256_of(voice)
    assert proxy.cuts >= 2


def test_a_signed_in_operator_uploads_on_the_dashboard(tmp_path, hub_dirs):
    """The dashboard's catalogue page: sign-in and CSRF needed; a tampered pack is refused with a
    Vietnamese reason; a good file is taken and wanted for the operator's own site only."""
    import re

    import httpx

    db, data, code = hub_dirs
    hub_cli(db, data, "site", "create", "Xã Đồng Tâm")
    password = "mật khẩu đủ dài"
    hub_cli(db, data, "operator", "create", "xa.yenlac", "--role", "commune", "--site", "Xã Yên Lạc",
            stdin=f"{password}\n{password}\n")
    voice = voice_file(tmp_path / "giong-nam.onnx", 2 * 2**20)
    tampered = bytearray(PACK.read_bytes())
    tampered[tampered.find(b"binh-dan") + 40] ^= 0x01
    hub = start_hub(db, data)
    try:
        assert httpx.post(f"{hub.url}/danh-muc", files={"item": ("a.onnx", b"x")}).headers["location"] == "/dang-nhap"
        with httpx.Client(base_url=hub.url, timeout=60) as client:
            login_csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/dang-nhap").text).group(1)
            client.post("/dang-nhap", data={"csrf": login_csrf, "username": "xa.yenlac", "password": password})
            csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/danh-muc").text).group(1)
            forged = client.post("/danh-muc", data={"csrf": "cu"}, files={"item": (voice.name, voice.read_bytes())})
            bad = client.post("/danh-muc", data={"csrf": csrf},
                              files={"item": ("binh-dan.bdpack", bytes(tampered))})
            no_config = client.post("/danh-muc", data={"csrf": csrf}, files={"item": (voice.name, voice.read_bytes())})
            good = client.post("/danh-muc", data={"csrf": csrf, "licence": "CC0-1.0", "sha256": sha256_of(voice)},
                               files={"item": (voice.name, voice.read_bytes()),
                                      "config": ("giong-nam.onnx.json", Path(f"{voice}.json").read_bytes())})
    finally:
        hub.stop()
    assert forged.status_code == 403
    assert bad.status_code == 422 and "Không nhận tệp này" in bad.text
    assert no_config.status_code == 422 and ".onnx.json" in no_config.text
    assert good.status_code == 200 and "Đã nhận tệp" in good.text and "giong-nam.onnx" in good.text
    listed = hub_cli(db, data, "catalogue", "list").strip().splitlines()
    assert len(listed) == 1 and sha256_of(voice) in listed[0] and "CC0-1.0" in listed[0]
    sets = __import__("json").loads((data / "catalogue" / "desired.json").read_text())
    assert sets["all_sites"] == [] and list(sets["sites"].values()) == [[sha256_of(voice)]]


def test_a_hub_restart_mid_download_resumes_from_the_partial_file(tmp_path, hub_dirs):
    """The hub goes away at 30% (a restart, on another port); the PC's next round asks for the
    rest with a Range request instead of starting again."""
    db, data, code = hub_dirs
    voice = voice_file(tmp_path / "giong.onnx", 24 * 2**20, seed=9)
    sha = hub_cli(db, data, "catalogue", "add", str(voice)).strip().splitlines()[-1]
    hub_cli(db, data, "catalogue", "want", "--all-sites", sha)
    pc = tmp_path / "pc"
    hub = start_hub(db, data)
    token, key = enroll_pc(hub.url, code, "PC")
    cancel = CancelToken()

    def stop_hub_at_30(fraction: float, message: str) -> None:
        if fraction >= 0.3 and not cancel.cancelled:
            cancel.cancel()

    try:
        with pytest.raises(Cancelled):
            pc_downloader(pc, hub.url, token, key).run(cancel, stop_hub_at_30)
    finally:
        hub.stop()
    partial = pc / "voices" / "giong" / "giong.onnx.part"
    held = partial.stat().st_size
    assert held >= 0.3 * voice.stat().st_size
    fractions: list[float] = []
    hub = start_hub(db, data)
    try:
        report = pc_downloader(pc, hub.url, token, key).run(progress=lambda f, m: fractions.append(f))
    finally:
        hub.stop()
    assert [s.state for s in report.items] == ["done"]
    assert fractions[0] > held / voice.stat().st_size  # went on from the partial file
    assert sha256_of(pc / "voices" / "giong" / "giong.onnx") == sha256_of(voice) and not partial.exists()


def test_a_pc_without_disk_room_waits_and_says_why(tmp_path, hub_dirs):
    db, data, code = hub_dirs
    voice = voice_file(tmp_path / "giong.onnx", 2**20)
    sha = hub_cli(db, data, "catalogue", "add", str(voice)).strip().splitlines()[-1]
    hub_cli(db, data, "catalogue", "want", "--all-sites", sha)
    hub = start_hub(db, data)
    try:
        token, key = enroll_pc(hub.url, code, "PC")
        report = pc_downloader(tmp_path / "pc", hub.url, token, key, disk_free=lambda path: 10 * 2**20).run()
    finally:
        hub.stop()
    assert (report.items[0].state, report.items[0].code) == ("skipped", "download.no_space")
    assert "ổ đĩa" in report.items[0].message
    assert not (tmp_path / "pc" / "voices").exists() or not any((tmp_path / "pc" / "voices").rglob("*.part"))


def test_a_volunteer_carries_the_catalogue_on_a_usb_stick_to_a_pc_without_network(tmp_path, hub_dirs):
    """`catalogue export` at the hub, `import-catalogue` on a PC that only ever had an offline
    enrollment file: the items arrive checked; a listing another hub signed is refused; a stick
    pulled out half way is gone on from next time."""
    import json
    from datetime import UTC, datetime

    from tutor.sync import offline_enrollment
    from tutor.sync.background import run_downloads
    from tutor.sync.carried import CarriedRefused
    from tutor.workspace import Workspace

    db, data, code = hub_dirs
    voice = voice_file(tmp_path / "vi_VN-giong-low.onnx", 3 * 2**20, seed=12)
    hub_cli(db, data, "catalogue", "add", str(voice))
    hub_cli(db, data, "catalogue", "add", str(PACK))
    hub_cli(db, data, "catalogue", "want", "--site", "Xã Yên Lạc", voice.name, "binh-dan-hoc-ai")
    enrollment = tmp_path / "stick" / "dang-ky.json"
    enrollment.parent.mkdir()
    hub_cli(db, data, "site", "offline-enrollment", "Xã Yên Lạc", "--out", str(enrollment))
    out = hub_cli(db, data, "catalogue", "export", "--site", "Xã Yên Lạc", "--out", str(tmp_path / "stick"))
    assert "2 item(s)" in out

    ws = Workspace.open(tmp_path / "pc", bundled_pack=None, backup=False)
    offline_enrollment.take_in(ws.conn, enrollment, datetime.now(UTC))
    db_path = ws.data.database
    site_folder = next((tmp_path / "stick" / "tutor-catalogue").iterdir())

    # A stick pulled out half way: the voice's blob is cut short on the stick.
    blob = site_folder / sha256_of(voice)
    whole = blob.read_bytes()
    blob.write_bytes(whole[: len(whole) // 2])
    first = run_downloads(db_path, stick=tmp_path / "stick")
    voice_status = next(s for s in first.items if s.kind == "voice")
    assert voice_status.state == "waiting" and voice_status.code == "download.interrupted"
    assert (tmp_path / "pc" / "voices" / "vi_VN-giong-low" / "vi_VN-giong-low.onnx.part").exists()
    blob.write_bytes(whole)
    second = run_downloads(db_path, stick=tmp_path / "stick")
    assert sorted(s.state for s in second.items) == ["done", "done"]
    assert (tmp_path / "pc" / "voices" / "vi_VN-giong-low" / "vi_VN-giong-low.onnx").read_bytes() == voice.read_bytes()
    from tutor.lessons.importer import installed_pack

    assert installed_pack(ws.conn).pack_id == "binh-dan-hoc-ai"

    # A listing changed on the stick (or signed by another hub) is refused whole.
    listing = site_folder / "listing.json"
    forged = json.loads(listing.read_text(encoding="utf-8"))
    forged["items"][0]["size"] += 1
    listing.write_text(json.dumps(forged), encoding="utf-8")
    with pytest.raises(CarriedRefused):
        run_downloads(db_path, stick=tmp_path / "stick")
    ws.close()
