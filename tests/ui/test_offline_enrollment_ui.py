"""Settings › Đồng bộ on a village PC with no network: take in the enrollment file from the
USB stick, then "Ghi ra USB…" works at once and the real hub accepts the bundle. Every
disabled button says why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.sync.conftest import hub  # noqa: F401  (the real hub fixture)
from tests.ui.test_sync_ui import _open_sync_page, make_sync, start
from tutor.hub.bundles import import_bundle
from tutor.hub.cli import offline_enrollment_command
from tutor.hub.trust import hub_private_key
from tutor.sync.signing import public_key_b64


def _enrollment_file(hub_, folder: Path) -> Path:  # noqa: F811
    site_id, _code = hub_.storage.create_site("Thôn Bản Xa", hub_.clock.now())
    path = folder / "ban-xa.tutorenroll"
    assert offline_enrollment_command(hub_.storage, site_id, str(path), None, hub_.clock) == 0
    return path


def _take(qtbot, page, path) -> tuple[bool, str]:
    page.choose_enrollment_file = lambda screen: str(path)
    with qtbot.waitSignal(page.controller.enrol_finished, timeout=10_000) as done:
        qtbot.mouseClick(page.file_button, Qt.MouseButton.LeftButton)
    return tuple(done.args)


def test_a_pc_without_network_joins_from_the_usb_file_and_writes_bundles_the_hub_takes(
        qtbot, make_window, clock, hub, tmp_path):  # noqa: F811
    window = make_window(prepare=lambda ws: ws.learners.create("Bà Lan", "sun"))
    controller = make_sync(window, clock)
    start(qtbot, controller)
    page = _open_sync_page(qtbot, window)
    assert not page.usb_button.isEnabled() and "tệp đăng ký" in page.usb_reason.text()
    assert page.file_button.isEnabled() and not page.file_reason.isVisible()
    stick = tmp_path / "usb"
    stick.mkdir()

    junk = stick / "photo.tutorenroll"
    junk.write_bytes(b"not a file from the hub")
    ok, message = _take(qtbot, page, junk)
    assert not ok and message == "Tệp này không phải tệp đăng ký của máy chủ."
    assert page.enrol_result.text() == message and not page.usb_button.isEnabled()
    assert page.file_button.isEnabled()  # try again with the right file

    ok, message = _take(qtbot, page, _enrollment_file(hub, stick))
    assert ok and "Thôn Bản Xa" in message
    qtbot.waitUntil(lambda: page.usb_button.isEnabled())
    assert "Thôn Bản Xa" in page.state.text() and not page.usb_reason.isVisible()
    assert page.usb_button.toolTip() == ""

    page.choose_folder = lambda screen, start_dir: str(stick)
    with qtbot.waitSignal(controller.export_finished, timeout=10_000) as done:
        qtbot.mouseClick(page.usb_button, Qt.MouseButton.LeftButton)
    assert done.args[0], done.args[1]
    bundle = next(stick.glob("*.tutorsync"))
    result = import_bundle(hub.storage, bundle, hub.clock.now(), hub_key=public_key_b64(hub_private_key(hub.storage)))
    device = window.tasks.db.call(lambda ws: ws.device_id)
    assert result.device_id == device and result.events_in_bundle == 1   # Bà Lan's profile
    assert hub.storage.device(device).public_key == window.tasks.db.call(
        lambda ws: ws.progress.public_key().public_key_b64)


def test_an_online_enrolled_pc_says_why_it_needs_no_file(qtbot, make_window, clock, hub):  # noqa: F811
    from tests.ui.test_sync_ui import enrolled_with

    window = make_window(prepare=enrolled_with(hub))
    start(qtbot, make_sync(window, clock))
    page = _open_sync_page(qtbot, window)
    assert page.usb_button.isEnabled() and not page.file_button.isEnabled()
    assert page.file_reason.isVisible() and "đã đăng ký" in page.file_reason.text()
    assert page.file_button.toolTip() == page.file_reason.text() == page.file_button.accessibleDescription()


def test_the_file_dialog_opens_on_the_usb_stick(qtbot, make_window, clock, monkeypatch, tmp_path):
    from tutor.ui.widgets import files

    stick = tmp_path / "usb"
    stick.mkdir()
    monkeypatch.setattr(files, "usb_folders", lambda: [str(stick)])
    window = make_window()
    start(qtbot, make_sync(window, clock))
    page = _open_sync_page(qtbot, window)
    seen = {}

    def look() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible())
        seen.update(folder=dialog.directory().absolutePath(), title=dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(0, look)
    qtbot.mouseClick(page.file_button, Qt.MouseButton.LeftButton)
    assert Path(seen["folder"]) == stick and seen["title"] == "Chọn tệp đăng ký trên USB"
    assert page.enrol_result.text() == ""  # cancelled: nothing happened
