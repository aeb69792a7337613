"""What the hub's catalogue brings, in the window (issue 17, second round):

- a pack downloaded in the background reaches home, level and search through the Changes
  broadcast, while the lesson on show stays as it is (a real tutor-hub process on 127.0.0.1,
  the catalogue rig of tests/hub, a real signed pack newer than the bundled one);
- "Nhận từ USB…" on Settings › Đồng bộ takes a stick written by `tutor-hub catalogue export`
  off the UI thread, with progress, a Stop button and a plain result;
- the same page lists what the hub offers this PC and where each item stands.
"""

from __future__ import annotations

import json
import shutil
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.conftest import ROOT
from tests.hub.catalogue_rig import hub_cli, start_hub, voice_file
from tests.hub.test_catalogue import hub_dirs  # noqa: F401  (a hub database with one site, and its code)
from tests.ui import waits
from tests.sync.conftest import hub  # noqa: F401  (the real hub fixture)
from tests.ui.test_sync_ui import _open_sync_page, enrolled_with, make_sync, start
from tutor.cancel import no_progress
from tutor.sync.background import run_downloads

BUNDLED = ROOT / "tutor" / "data" / "curriculum.bdpack"
DEV_KEY = ROOT / "keys" / "dev" / "dev-signing.key"
LESSON = "l1.ai-la-gi"
OLD_LESSON_TITLE = "AI là gì và không là gì"
NEW_LESSON_TITLE = "AI là gì và không là gì (bản cập nhật)"
NEW_LEVEL_TITLE = "Xử lý văn bản cơ bản (bản mới)"

pytestmark = pytest.mark.skipif(not BUNDLED.exists(), reason="run `make pack`")


def newer_pack(tmp_path: Path) -> Path:
    """The curriculum of content/ as its next release: a later version, one level and one lesson
    renamed (ids unchanged), signed with the development key like the bundled pack."""
    from tutor.lessons.pack_build import build_pack

    source = tmp_path / "content"
    shutil.copytree(ROOT / "content", source)
    pack_yaml = source / "pack.yaml"
    text = pack_yaml.read_text(encoding="utf-8")
    version = next(line for line in text.splitlines() if line.startswith("version:"))
    pack_yaml.write_text(text.replace(version, 'version: "2099.1.1"'), encoding="utf-8")
    level = source / "levels" / "1" / "level.yaml"
    level.write_text(level.read_text(encoding="utf-8").replace(
        "title: Xử lý văn bản cơ bản", f"title: {NEW_LEVEL_TITLE}", 1), encoding="utf-8")
    lesson = source / "levels" / "1" / "m0-lam-quen" / "01-ai-la-gi.md"
    lesson.write_text(lesson.read_text(encoding="utf-8").replace(
        f'title: "{OLD_LESSON_TITLE}"', f'title: "{NEW_LESSON_TITLE}"', 1), encoding="utf-8")
    out = tmp_path / "binh-dan-hoc-ai-2099.bdpack"
    build_pack(source, DEV_KEY, out)
    return out


def _search_texts(window) -> list[str]:
    search = window.search
    return [search.list.item(i).text() for i in range(search.list.count())]


def test_a_downloaded_pack_reaches_the_screens_but_never_the_lesson_on_show(qtbot, make_window, clock, tmp_path,
                                                                           hub_dirs):
    db, data, code = hub_dirs
    hub_cli(db, data, "catalogue", "add", str(newer_pack(tmp_path)))
    hub_cli(db, data, "catalogue", "want", "--site", "Xã Yên Lạc", "binh-dan-hoc-ai@2099.1.1")
    hub = start_hub(db, data)
    try:
        def prepare(ws):
            from tutor.sync.engine import enroll
            from tutor.sync.transport import HttpTransport

            transport = HttpTransport(hub.url)
            try:
                enroll(ws.conn, transport, hub.url, code, "PC thử", ws.progress.public_key().public_key_b64)
            finally:
                transport.close()
            ws.learners.create("Chị Hoa", "flower")

        window = make_window(bundled_pack=BUNDLED, prepare=prepare)
        controller = make_sync(window, clock, downloads=run_downloads)
        start(qtbot, controller)
        with waits.signed_in(qtbot, window):
            qtbot.mouseClick(window.start.tiles[0], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.home.snapshot is not None, timeout=10_000)
        assert NEW_LEVEL_TITLE not in [level.title for level in window.home.snapshot.levels]

        # The learner searched, and reads a lesson found there.
        window.features.lessons.show_search("AI là gì")
        qtbot.waitUntil(lambda: any(OLD_LESSON_TITLE in t for t in _search_texts(window)), timeout=10_000)
        search = window.search
        search.list.setCurrentRow(next(i for i, r in enumerate(search.results) if r.lesson_id == LESSON))
        with waits.lesson_opened(qtbot, window):
            qtbot.keyClick(search.list, Qt.Key.Key_Return)
        reading, title = window.lesson.view, window.lesson.view.title
        assert title == OLD_LESSON_TITLE

        # A sync round; after it, the pack the hub offers is downloaded, checked and imported.
        with qtbot.waitSignal(controller.downloads_finished, timeout=120_000):
            with qtbot.waitSignal(controller.round_finished, timeout=30_000) as round_done:
                controller.sync_now()
            assert round_done.args == [True]
    finally:
        hub.stop()
    assert window.tasks.db.call(lambda ws: ws.content.installed_pack()).version == "2099.1.1"
    # The lesson on show was not touched: same screen, same view, same words.
    assert window.stack.currentWidget() is window.lesson
    assert window.lesson.view is reading and window.lesson.view.title == OLD_LESSON_TITLE
    # The screens behind it are only marked stale; they reload when the learner goes back. (Home is
    # stale already from opening the lesson; the search screen only from the pack's broadcast.)
    assert window.home.stale and search.stale
    window.lesson.back_button.click()
    assert window.stack.currentWidget() is search
    qtbot.waitUntil(lambda: any(NEW_LESSON_TITLE in t for t in _search_texts(window)), timeout=10_000)
    search.back_button.click()
    assert window.stack.currentWidget() is window.home
    qtbot.waitUntil(lambda: NEW_LEVEL_TITLE in [level.title for level in window.home.snapshot.levels],
                    timeout=10_000)
    # The level's lessons too, when it is opened.
    window.home.level_buttons[0].click()
    qtbot.waitUntil(lambda: window.level.view is not None and window.level.view.title == NEW_LEVEL_TITLE,
                    timeout=10_000)


def _offline_pc_with_a_stick(tmp_path, hub_dirs, voice_size: int):
    """A stick with the site's catalogue (a voice, and the pack this PC already has) and the
    site's enrollment file, as a volunteer brings it."""
    db, data, _code = hub_dirs
    voice = voice_file(tmp_path / "vi_VN-giong-low.onnx", voice_size, seed=12)
    hub_cli(db, data, "catalogue", "add", str(voice))
    hub_cli(db, data, "catalogue", "add", str(BUNDLED))
    hub_cli(db, data, "catalogue", "want", "--site", "Xã Yên Lạc", voice.name, "binh-dan-hoc-ai")
    stick = tmp_path / "stick"
    stick.mkdir()
    enrollment = stick / "dang-ky.json"
    hub_cli(db, data, "site", "offline-enrollment", "Xã Yên Lạc", "--out", str(enrollment))
    hub_cli(db, data, "catalogue", "export", "--site", "Xã Yên Lạc", "--out", str(stick))

    def prepare(ws):
        from tutor.sync import offline_enrollment

        offline_enrollment.take_in(ws.conn, enrollment, datetime.now(UTC))

    return voice, stick, prepare


def test_the_usb_catalogue_button_copies_with_progress_stops_and_says_what_came(
        qtbot, make_window, clock, tmp_path, hub_dirs):
    voice, stick, prepare = _offline_pc_with_a_stick(tmp_path, hub_dirs, 3 * 2**20)
    gate = threading.Event()

    def downloads(db_path, cancel, progress=no_progress, stick=None):
        def held(fraction, message):  # the copy waits here until the test has pressed Stop
            progress(fraction, message)
            gate.wait(30)

        return run_downloads(db_path, cancel, held, stick=stick)

    window = make_window(bundled_pack=BUNDLED, prepare=prepare)
    controller = make_sync(window, clock, downloads=downloads)
    start(qtbot, controller)
    page = _open_sync_page(qtbot, window)
    assert page.carried_button.isVisible() and page.carried_button.isEnabled()
    assert not page.carried_reason.isVisible()

    # A folder that is not the site's stick: nothing is copied, and the page says why.
    empty = tmp_path / "other-usb"
    empty.mkdir()
    page.choose_stick = lambda screen, start_dir: str(empty)
    with qtbot.waitSignal(controller.carried_finished, timeout=20_000) as refused:
        qtbot.mouseClick(page.carried_button, Qt.MouseButton.LeftButton)
    assert refused.args == [False, "Không thấy danh mục của điểm học này trong USB."]
    assert page.carried_result.text() == refused.args[1] and page.carried_result.property("role") == "error"

    # The right stick: progress shows while the UI thread stays free; Stop keeps the partial file.
    page.choose_stick = lambda screen, start_dir: str(stick)
    qtbot.mouseClick(page.carried_button, Qt.MouseButton.LeftButton)
    assert page.carried_stop.isVisible() and not page.carried_button.isEnabled()
    qtbot.waitUntil(lambda: page.carried_bar.value() > 0 and "vi_VN-giong-low.onnx" in page.carried_result.text(),
                    timeout=20_000)
    assert page.carried_bar.isVisible() and page.carried_result.text().startswith("Đang tải về")
    with qtbot.waitSignal(controller.carried_finished, timeout=20_000) as stopped:
        qtbot.mouseClick(page.carried_stop, Qt.MouseButton.LeftButton)
        gate.set()
    assert stopped.args == [False, "Đã dừng chép từ USB. Lần sau máy sẽ chép tiếp từ chỗ đã dừng."]
    assert not page.carried_stop.isVisible() and page.carried_button.isEnabled()
    data_dir = controller.db_path.parent
    voice_dir = data_dir / "voices" / "vi_VN-giong-low"
    assert (voice_dir / "vi_VN-giong-low.onnx.part").exists() and not (voice_dir / "vi_VN-giong-low.onnx").exists()

    # Again: it goes on from there, and says what was added and what was left and why.
    with qtbot.waitSignal(controller.carried_finished, timeout=30_000) as finished:
        qtbot.mouseClick(page.carried_button, Qt.MouseButton.LeftButton)
    ok, message = finished.args
    assert ok, message
    version = window.tasks.db.call(lambda ws: ws.content.installed_pack()).version
    assert message.splitlines() == [
        "Đã thêm vào máy: vi_VN-giong-low.onnx.",
        f"Đã có trên máy rồi nên không chép lại: binh-dan-hoc-ai-{version}.bdpack.",
    ]
    assert page.carried_result.text() == message
    assert (voice_dir / "vi_VN-giong-low.onnx").read_bytes() == voice.read_bytes()
    # The page's list shows the voice ready.
    qtbot.waitUntil(lambda: "Đã có, dùng được: vi_VN-giong-low.onnx" in page.downloads.lines.text(), timeout=5000)


def test_the_usb_catalogue_button_says_why_it_cannot_be_pressed(qtbot, make_window, clock):
    window = make_window()
    controller = make_sync(window, clock, downloads=run_downloads)
    start(qtbot, controller)
    page = _open_sync_page(qtbot, window)
    assert not page.carried_button.isEnabled()
    assert page.carried_reason.isVisible() and "điểm học" in page.carried_reason.text()
    assert page.carried_button.accessibleDescription() == page.carried_reason.text()


def test_the_sync_page_lists_what_the_hub_offers_and_where_each_item_stands(qtbot, make_window, clock):
    from tutor.sync.downloads import ItemStatus, downloads_dir

    window = make_window()
    controller = make_sync(window, clock, downloads=run_downloads)
    start(qtbot, controller)
    page = _open_sync_page(qtbot, window)
    assert page.downloads.isHidden()  # nothing from a hub: no noise

    items = [
        ItemStatus("a" * 64, "model", "qwen2.5-1.5b.gguf", 1000 * 2**20, state="downloading",
                   done_bytes=450 * 2**20),
        ItemStatus("b" * 64, "voice", "giong-bac.onnx", 60 * 2**20, state="skipped", code="download.skipped_ram",
                   params={"name": "giong-bac.onnx", "need_ram": "2,5 GB", "free_ram": "1,0 GB"}),
        ItemStatus("c" * 64, "voice", "giong-nam.onnx", 30 * 2**20),
        ItemStatus("d" * 64, "pack", "bai-hoc-2027.bdpack", 2 * 2**20, version="2027.1", state="done",
                   done_bytes=2 * 2**20),
    ]
    folder = downloads_dir(controller.db_path.parent)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "status.json").write_text(json.dumps({"items": [vars(i) for i in items]}), encoding="utf-8")
    qtbot.waitUntil(lambda: page.downloads.isVisible(), timeout=5000)  # read again while on show
    from tutor.local_llm.registry import human_size

    lines = page.downloads.lines.text().splitlines()
    assert lines[0] == f"Đang tải về: qwen2.5-1.5b.gguf ({human_size(1000 * 2**20)}) 45%"
    assert lines[1].startswith("Không tải giong-bac.onnx") and "bộ nhớ (RAM)" in lines[1]
    assert lines[2] == f"Đang chờ tải: giong-nam.onnx ({human_size(30 * 2**20)})"
    assert lines[3] == f"Đã có, dùng được: bai-hoc-2027.bdpack ({human_size(2 * 2**20)})"
    assert page.downloads.heading.text() == "Máy chủ gửi về máy này"


def test_a_stick_waits_for_the_hubs_download_to_stop_first(qtbot, make_window, clock, hub, tmp_path):  # noqa: F811
    """Both passes write the same partial files: pressing "Nhận từ USB…" while the hub's pass runs
    stops that pass (it goes on from its partial file next round), then reads the stick."""
    from tutor.sync.downloads import DownloadReport

    started, calls = threading.Event(), []

    def downloads(db_path, cancel, progress=no_progress, stick=None):
        calls.append(stick)
        if stick is None:
            started.set()
            cancel._event.wait(30)  # a long download, until it is told to stop
            cancel.raise_if_cancelled()
        return DownloadReport()

    window = make_window(prepare=enrolled_with(hub))
    controller = make_sync(window, clock, downloads=downloads)
    start(qtbot, controller)
    with qtbot.waitSignal(controller.round_finished, timeout=15_000):
        controller.sync_now()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    page = _open_sync_page(qtbot, window)
    page.choose_stick = lambda screen, start_dir: str(tmp_path)
    with qtbot.waitSignal(controller.carried_finished, timeout=20_000) as finished:
        qtbot.mouseClick(page.carried_button, Qt.MouseButton.LeftButton)
        assert not page.carried_button.isEnabled()
    assert finished.args == [True, "USB không có gì dành cho máy này."]
    assert calls == [None, str(tmp_path)]
