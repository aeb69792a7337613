"""Sync in the window: the status line in each state, "Đồng bộ ngay", back-off after a
failure, the enrolment form against a real hub, and "Ghi ra USB" writing a bundle the hub
accepts. The hub is the real tutor-hub (uvicorn on 127.0.0.1) from tests/sync/conftest.py.
"""

from __future__ import annotations

import random
import socket
from datetime import timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from tests.sync.conftest import hub, make_pc  # noqa: F401  (the real hub fixture, another PC)
from tutor.hub.bundles import import_bundle
from tutor.sync import schedule
from tutor.sync.transport import SyncUnavailable
from tutor.ui.screens.sync_settings import clean_code, clean_hub_url
from tutor.ui.sync_controller import SyncController
from tests.ui import waits

VIETNAM = timezone(timedelta(hours=7))


def make_sync(window, clock, **kwargs) -> SyncController:
    defaults = {"probe": None, "watch_network": False, "rng": random.Random(7), "local_tz": VIETNAM,
                "start_delay_s": 3600, "device_name": "PC thử"}
    defaults.update(kwargs)
    root = window.tasks.db.call(lambda ws: ws.data.database)
    controller = SyncController(window.tasks, root, clock, parent=window, **defaults)
    window.features.sync.set_controller(controller)
    return controller


def start(qtbot, controller) -> None:
    with qtbot.waitSignal(controller.status_changed, timeout=10_000):
        controller.start()


def enrolled_with(hub_):
    """A `prepare` function: the workspace is enrolled at the hub (a real token)."""

    def prepare(ws):
        from tutor.sync.engine import enroll
        from tutor.sync.transport import HttpTransport

        code = hub_.new_site("Xã Yên Lạc")
        transport = HttpTransport(hub_.url)
        try:
            enroll(ws.conn, transport, hub_.url, code, "PC thử", ws.progress.public_key().public_key_b64)
        finally:
            transport.close()
        learner, _ = ws.learners.create("Bà Lan", "sun")
        ws.learners.rename(learner.learner_id, "Bà Lan Nguyễn")

    return prepare


def _start_bar(window):
    from tutor.ui.sync_controller import SyncStatusBar

    bars = [w for w in window.start.findChildren(SyncStatusBar)]
    assert len(bars) == 1
    return bars[0]


def hm(when) -> str:
    return when.astimezone(VIETNAM).strftime("%H:%M")


def test_not_enrolled_shows_nothing(qtbot, make_window, clock):
    window = make_window()
    controller = make_sync(window, clock)
    start(qtbot, controller)
    bar = _start_bar(window)
    assert controller.status_text() == "" and bar.isHidden()
    assert controller.sync_now() is False  # nothing to sync with
    assert not controller.timer.isActive()


def test_status_line_states_and_sync_now(qtbot, make_window, clock, hub):  # noqa: F811
    window = make_window(prepare=enrolled_with(hub))
    controller = make_sync(window, clock)
    start(qtbot, controller)
    bar = _start_bar(window)
    assert bar.isVisible()
    # Enrolled, never synced, three records waiting (created, renamed... on this PC).
    assert bar.label.text() == "Chưa đồng bộ lần nào · Còn 2 bản ghi chưa gửi"
    assert controller.timer.isActive()  # the first round is on its way

    with qtbot.waitSignal(controller.round_finished, timeout=15_000) as done:
        qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
        assert bar.label.text().startswith("Đang đồng bộ") and not bar.button.isEnabled()
    assert done.args == [True]
    assert bar.label.text() == f"Đã đồng bộ lúc {hm(clock.now())} hôm nay"
    assert bar.button.isEnabled()
    device = window.tasks.db.call(lambda ws: ws.device_id)
    assert len(hub.storage.device_events(device)) == 2
    assert controller.timer.interval() == int(schedule.REGULAR_INTERVAL_S * 1000)

    clock.advance(86400)
    controller.status_changed.emit()
    assert bar.label.text().endswith("hôm qua")
    clock.advance(3 * 86400)
    controller.status_changed.emit()
    assert f"ngày {window.tasks.db.call(lambda ws: ws.clock.now() - timedelta(days=4)).astimezone(VIETNAM):%d/%m/%Y}" \
        in bar.label.text()


def test_failure_backs_off_and_says_when_it_tries_again(qtbot, make_window, clock, hub):  # noqa: F811
    window = make_window(prepare=enrolled_with(hub))
    reachable = {"yes": False}
    controller = make_sync(window, clock, probe=lambda url: reachable["yes"])
    start(qtbot, controller)
    expected = random.Random(7)

    with qtbot.waitSignal(controller.round_finished, timeout=10_000) as done:
        assert controller.sync_now()
    assert done.args == [False] and controller.failures == 1
    first = schedule.retry_delay_s(1, expected)
    assert controller.timer.isActive() and controller.timer.interval() == int(first * 1000)
    retry_at = clock.now() + timedelta(seconds=first)
    assert _start_bar(window).label.text() == (
        f"Không kết nối được máy chủ. Sẽ thử lại lúc {hm(retry_at)}. · Còn 2 bản ghi chưa gửi")

    # The timer fires (as it would after the delay): a second failure waits longer.
    with qtbot.waitSignal(controller.round_finished, timeout=10_000):
        controller.timer.timeout.emit()
    second = schedule.retry_delay_s(2, expected)
    assert controller.failures == 2 and controller.timer.interval() == int(second * 1000)

    # The hub is back: the next round succeeds and the regular interval returns.
    reachable["yes"] = True
    with qtbot.waitSignal(controller.round_finished, timeout=15_000) as done:
        controller.timer.timeout.emit()
    assert done.args == [True] and controller.failures == 0
    assert controller.timer.interval() == int(schedule.REGULAR_INTERVAL_S * 1000)
    assert _start_bar(window).label.text().startswith("Đã đồng bộ lúc")


def test_one_round_at_a_time_and_a_clean_shutdown(qtbot, make_window, clock, hub):  # noqa: F811
    import threading

    window = make_window(prepare=enrolled_with(hub))
    release = threading.Event()
    entered = threading.Event()

    class SlowTransport:
        def hello(self, body):
            entered.set()
            release.wait(10)
            raise SyncUnavailable("cut")

        def close(self):
            pass

    controller = make_sync(window, clock, make_transport=lambda url, token: SlowTransport())
    start(qtbot, controller)
    assert controller.sync_now() is True
    assert controller.sync_now() is False  # one round at a time
    qtbot.waitUntil(entered.is_set, timeout=10_000)
    controller.shutdown()
    release.set()
    qtbot.waitUntil(lambda: not controller.running, timeout=10_000)
    assert not controller.timer.isActive()  # nothing more after quitting
    assert controller.sync_now() is False


def test_network_coming_back_brings_a_round_soon(qtbot, make_window, clock, hub):  # noqa: F811
    from PySide6.QtNetwork import QNetworkInformation

    window = make_window(prepare=enrolled_with(hub))
    controller = make_sync(window, clock)
    start(qtbot, controller)
    levels = QNetworkInformation.Reachability
    controller.reachability_changed(levels.Disconnected)
    controller.timer.stop()
    controller.reachability_changed(levels.Local)  # a classroom LAN without internet is enough
    assert controller.timer.isActive() and controller.timer.interval() == 5000
    controller.timer.stop()
    controller.reachability_changed(levels.Online)  # already online: no extra round
    assert not controller.timer.isActive()


def test_form_input_is_forgiving():
    assert clean_code(" abcd efgh-jkmn ") == "ABCD-EFGH-JKMN"
    assert clean_code("abcd--efgh") == "ABCD-EFGH"
    assert clean_code("ABCĐ-EFGH") is None and clean_code("   ") is None and clean_code("AB/CD") is None
    assert clean_hub_url("192.168.1.10:8765/") == "http://192.168.1.10:8765"
    assert clean_hub_url("https://hub.xa.vn") == "https://hub.xa.vn"
    assert clean_hub_url("máy chủ") is None and clean_hub_url("ftp://x") is None
    assert clean_hub_url("10.0.0.1:port") is None and clean_hub_url("") is None


def _open_sync_page(qtbot, window):
    qtbot.mouseClick(window.start.settings_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.settings.sync_button, Qt.MouseButton.LeftButton)
    page = window.sync_settings
    assert window.stack.currentWidget() is page
    page.enrolment_guard = lambda screen, question: True
    return page


def _enrol(qtbot, page, url: str, code: str) -> tuple[bool, str]:
    page.url_edit.setText(url)
    page.code_edit.setText(code)
    with qtbot.waitSignal(page.controller.enrol_finished, timeout=15_000) as done:
        qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    return tuple(done.args)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_enrolment_form_errors_then_success(qtbot, make_window, clock, hub):  # noqa: F811
    window = make_window(prepare=lambda ws: ws.learners.create("Bà Lan", "sun"))
    controller = make_sync(window, clock)
    start(qtbot, controller)
    page = _open_sync_page(qtbot, window)
    assert "chưa đăng ký" in page.state.text() and not page.usb_button.isEnabled()

    # Checked before anything leaves the PC.
    page.url_edit.setText("máy chủ lớp")
    page.code_edit.setText("ABCD-EFGH-JKMN")
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    assert page.enrol_result.text().startswith("Địa chỉ máy chủ chưa đúng")
    page.url_edit.setText(hub.url)
    page.code_edit.setText("mã-số-1")
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    assert page.enrol_result.text().startswith("Mã đăng ký chỉ gồm")
    # Refused by the guard (the person said no): nothing happens.
    page.enrolment_guard = lambda screen, question: False
    page.code_edit.setText("abcd efgh jkmn")
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    assert page.enrol_result.text().startswith("Mã đăng ký chỉ gồm")  # unchanged: no request was made
    page.enrolment_guard = lambda screen, question: True

    ok, message = _enrol(qtbot, page, f"127.0.0.1:{_closed_port()}", "ABCD-EFGH-JKMN")
    assert not ok and message.startswith("Không kết nối được máy chủ ở địa chỉ này")
    assert page.enrol_result.text() == message and page.enrol_result.property("role") == "error"
    ok, message = _enrol(qtbot, page, hub.url, "ZZZZ-ZZZZ-ZZZZ")
    assert not ok and message.startswith("Mã đăng ký không đúng")

    code = hub.new_site("Xã Yên Lạc")
    with qtbot.waitSignal(controller.round_finished, timeout=15_000) as first_round:
        ok, message = _enrol(qtbot, page, hub.url.replace("http://", ""), code.lower().replace("-", " "))
    assert ok and message == "Đã đăng ký máy này với máy chủ “Xã Yên Lạc”."
    assert first_round.args == [True]  # the first round follows at once
    assert f"đã đăng ký với máy chủ {hub.url}" in page.state.text() and "Xã Yên Lạc" in page.state.text()
    device = window.tasks.db.call(lambda ws: ws.device_id)
    assert hub.storage.device(device).public_key  # USB bundles can be checked by the hub
    assert len(hub.storage.device_events(device)) == 1  # Bà Lan's profile went up
    assert not _start_bar(window).isHidden()


def test_usb_export_writes_a_bundle_the_hub_accepts(qtbot, make_window, clock, hub, tmp_path):  # noqa: F811
    window = make_window(prepare=enrolled_with(hub))
    controller = make_sync(window, clock)
    start(qtbot, controller)
    page = _open_sync_page(qtbot, window)
    assert page.usb_button.isEnabled()
    stick = tmp_path / "usb"
    stick.mkdir()
    page.choose_folder = lambda screen, start_dir: str(stick)
    with qtbot.waitSignal(controller.export_finished, timeout=10_000) as done:
        qtbot.mouseClick(page.usb_button, Qt.MouseButton.LeftButton)
    ok, message = done.args
    files = list(stick.iterdir())
    assert ok and len(files) == 1 and message == f"Đã ghi 2 bản ghi vào tệp {files[0]}"
    result = import_bundle(hub.storage, files[0], hub.clock.now())
    assert result.events_in_bundle == 2
    device = window.tasks.db.call(lambda ws: ws.device_id)
    assert len(hub.storage.device_events(device)) == 2
    # The next round learns the hub has them: nothing left to send.
    with qtbot.waitSignal(controller.round_finished, timeout=15_000):
        controller.sync_now()
    assert "Còn" not in _start_bar(window).label.text()


@pytest.mark.parametrize("errno, why", [(28, "No space left on device"), (30, "Read-only file system")])
def test_usb_export_to_a_full_or_read_only_stick_says_so_and_loses_nothing(
        qtbot, make_window, clock, hub, tmp_path, monkeypatch, errno, why):  # noqa: F811
    from tutor.sync import bundle

    window = make_window(prepare=enrolled_with(hub))
    controller = make_sync(window, clock)
    start(qtbot, controller)
    page = _open_sync_page(qtbot, window)
    stick = tmp_path / "stick"
    stick.mkdir()
    page.choose_folder = lambda screen, start_dir: str(stick)

    def stick_refuses(_fd):
        raise OSError(errno, why)

    monkeypatch.setattr(bundle.os, "fsync", stick_refuses)
    with qtbot.waitSignal(controller.export_finished, timeout=10_000) as done:
        qtbot.mouseClick(page.usb_button, Qt.MouseButton.LeftButton)
    ok, message = done.args
    assert not ok and message.startswith("Không ghi được vào USB") and "vẫn còn nguyên" in message
    assert list(stick.iterdir()) == []  # no half file left behind
    assert page.usb_result.text() == message and page.usb_button.isEnabled()
    from tutor.sync.status import read_status

    assert window.tasks.db.call(lambda ws: read_status(ws.conn)).pending == 2  # still to be sent


def test_full_stick_leaves_no_partial_file(tmp_path, monkeypatch):
    from tutor.sync import bundle

    def full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(bundle.os, "fsync", full)
    with pytest.raises(OSError):
        bundle.write_bundle(bundle.BuiltBundle(b"x" * 100, 1, "b.tutorsync"), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_home_screen_shows_the_status_line(qtbot, make_window, clock, hub):  # noqa: F811
    window = make_window(prepare=enrolled_with(hub))
    controller = make_sync(window, clock)
    start(qtbot, controller)
    with waits.signed_in(qtbot, window, timeout=10_000):
        qtbot.mouseClick(window.start.tiles[0], Qt.MouseButton.LeftButton)
    from tutor.ui.sync_controller import SyncStatusBar

    bars = window.home.findChildren(SyncStatusBar)
    assert len(bars) == 1 and bars[0].isVisible()
    assert bars[0].label.text() == "Chưa đồng bộ lần nào · Còn 2 bản ghi chưa gửi"
    with qtbot.waitSignal(controller.round_finished, timeout=15_000):
        qtbot.mouseClick(bars[0].button, Qt.MouseButton.LeftButton)
    assert bars[0].label.text().startswith("Đã đồng bộ lúc")


def test_find_hubs_in_the_classroom_fills_the_address(qtbot, make_window, clock):
    from tutor.sync.discovery import DiscoveredHub

    found = [DiscoveredHub("Máy cô Hạnh", "http://192.168.1.10:8765", 1),
             DiscoveredHub("Máy chủ huyện", "http://10.0.0.2:8765", 99)]
    asked = []

    def discover(timeout_s, cancel=None):
        asked.append(timeout_s)
        return found

    window = make_window()
    controller = make_sync(window, clock, discover=discover)
    start(qtbot, controller)
    page = _open_sync_page(qtbot, window)
    with qtbot.waitSignal(controller.hubs_found, timeout=10_000):
        qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    assert asked and 0 < asked[0] <= 5  # a short look, never a hang
    assert page.hub_list.count() == 2 and not page.hub_list.isHidden()
    assert page.url_edit.text() == "http://192.168.1.10:8765"  # the one usable hub, prefilled
    assert "cần cập nhật" in page.hub_list.item(1).text()
    assert not page.hub_list.item(1).flags() & Qt.ItemFlag.ItemIsEnabled

    page.url_edit.clear()
    page._hub_chosen(page.hub_list.item(0))
    assert page.url_edit.text() == "http://192.168.1.10:8765"
    controller.discover = lambda timeout_s, cancel=None: []
    with qtbot.waitSignal(controller.hubs_found, timeout=10_000):
        qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    assert page.enrol_result.text().startswith("Không tìm thấy máy chủ nào") and page.hub_list.isHidden()


def test_without_discovery_the_address_is_typed(qtbot, make_window, clock):
    window = make_window()
    controller = make_sync(window, clock, discover=None)
    start(qtbot, controller)
    page = _open_sync_page(qtbot, window)
    qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    assert page.enrol_result.text() == "Máy này không tự tìm được máy chủ. Hãy gõ địa chỉ."


def test_the_network_backend_is_used_when_there_is_one(qtbot, make_window, clock):
    window = make_window()
    controller = make_sync(window, clock, watch_network=True)
    start(qtbot, controller)  # loads the best backend, or keeps to the timer: never fails
    from PySide6.QtNetwork import QNetworkInformation

    info = QNetworkInformation.instance()
    if info is None:
        pytest.skip("no network information backend on this machine: the timer alone is used")
    levels = QNetworkInformation.Reachability
    info.reachabilityChanged.emit(levels.Disconnected)
    assert controller.online is False
    info.reachabilityChanged.emit(levels.Online)
    assert controller.online is True


def _settled(qtbot, window) -> None:
    """Every result already asked of the database thread has been delivered (it runs in order)."""
    marker = []
    window.tasks.run_db(lambda ws: None, marker.append)
    qtbot.waitUntil(lambda: bool(marker), timeout=10_000)


def test_the_picker_is_rebuilt_only_when_a_round_brings_something(
        qtbot, make_window, make_pc, clock, hub):  # noqa: F811
    code = {}

    def prepare(ws):
        from tutor.sync.engine import enroll
        from tutor.sync.transport import HttpTransport

        code["site"] = hub.new_site("Xã Yên Lạc")
        transport = HttpTransport(hub.url)
        try:
            enroll(ws.conn, transport, hub.url, code["site"], "PC thử", ws.progress.public_key().public_key_b64)
        finally:
            transport.close()
        ws.learners.create("Bà Lan", "sun")

    window = make_window(prepare=prepare)
    controller = make_sync(window, clock)
    start(qtbot, controller)
    pulled = []
    controller.pulled.connect(pulled.append)
    with qtbot.waitSignal(controller.round_finished, timeout=15_000):
        controller.sync_now()  # sends Bà Lan; her own events coming back are nothing new
    _settled(qtbot, window)
    assert window.stack.currentWidget() is window.start
    tiles = list(window.start.tiles)
    assert [t.learner.display_name for t in tiles] == ["Bà Lan"]

    # Nothing new on the hub: the tiles stay the very same widgets (no rebuild, focus kept).
    with qtbot.assertNotEmitted(window.features.session.learners_loaded):
        with qtbot.waitSignal(controller.round_finished, timeout=15_000) as done:
            controller.sync_now()
        _settled(qtbot, window)
    assert done.args == [True] and pulled == []
    assert all(a is b for a, b in zip(window.start.tiles, tiles, strict=True))

    # Another PC of the site adds a learner: the next round brings her to this picker.
    other = make_pc("other")
    other.enroll(hub, code["site"])
    other.ws.learners.create("Chị Hoa", "moon")
    other.engine().sync_once()
    with qtbot.waitSignal(window.features.session.learners_loaded, timeout=15_000):
        with qtbot.waitSignal(controller.round_finished, timeout=15_000) as done:
            controller.sync_now()
    assert done.args == [True] and len(pulled) == 1 and pulled[0].learners
    names = sorted(t.learner.display_name for t in window.start.tiles)
    assert names == ["Bà Lan", "Chị Hoa"]
    assert not any(t is tiles[0] for t in window.start.tiles)


def test_a_disabled_usb_button_says_why(qtbot, make_window, clock):
    window = make_window()
    start(qtbot, make_sync(window, clock))
    page = _open_sync_page(qtbot, window)
    assert not page.usb_button.isEnabled()
    assert page.usb_reason.isVisible() and "đăng ký" in page.usb_reason.text()
    assert page.usb_button.toolTip() == page.usb_reason.text()
    assert page.usb_button.accessibleDescription() == page.usb_reason.text()


def test_a_good_round_starts_the_catalogue_downloads_and_quitting_cancels_them(
        qtbot, make_window, clock, hub):  # noqa: F811
    """Issue 17: downloads follow a successful round as their own task (never inside it), one at
    a time, and shutdown() sets their cancel token."""
    import threading

    started, release, seen = threading.Event(), threading.Event(), []

    def downloads(db_path, cancel):
        seen.append((db_path, cancel))
        started.set()
        release.wait(10)
        cancel.raise_if_cancelled()

    window = make_window(prepare=enrolled_with(hub))
    controller = make_sync(window, clock, downloads=downloads)
    start(qtbot, controller)
    with qtbot.waitSignal(controller.round_finished, timeout=15_000) as done:
        controller.sync_now()
    assert done.args == [True]
    qtbot.waitUntil(started.is_set, timeout=10_000)
    with qtbot.waitSignal(controller.round_finished, timeout=15_000):
        controller.sync_now()  # a second round while the download runs: no second download
    assert len(seen) == 1
    controller.shutdown()
    assert seen[0][1].cancelled
    release.set()
    qtbot.waitUntil(lambda: controller._download_cancel is None, timeout=10_000)


def test_the_sync_page_fits_1024x768_at_every_text_size(qtbot, make_window, clock):
    """Nothing sticks out sideways and the hub address field keeps room for an address, even at the
    largest text (it used to shrink to three letters beside the find button)."""
    from tests.ui.test_fit_on_screen import CLIENT_H, CLIENT_W, problems, settle
    from tutor.display import TEXT_SIZES_PT, DisplayPrefs

    window = make_window()
    controller = make_sync(window, clock)
    start(qtbot, controller)
    window.resize(CLIENT_W, CLIENT_H)
    page = _open_sync_page(qtbot, window)
    found = []
    for size in range(len(TEXT_SIZES_PT)):
        window._applied_display = None
        window.apply_display(DisplayPrefs(text_size=size))
        settle()
        window.resize(CLIENT_W, CLIENT_H)
        settle()
        found += [f"size {size}: {p}" for p in problems(window, page)]
        address = page.url_edit.fontMetrics().horizontalAdvance("http://192.168.100.100:8765")
        if page.url_edit.width() < address:
            found.append(f"size {size}: the address field is {page.url_edit.width()} px, an address needs {address}")
    assert not found, "\n".join(found)
