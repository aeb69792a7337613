"""Quản lý mô hình AI: installed models with their facts and fitness, files found on a
"USB stick" (a temp folder) with refusals in plain words, copying one in with progress
and cancel, the recommendation, and the banner when the engine has died."""

from __future__ import annotations

import threading

import pytest

from tests.local_llm.ggufmaker import write_gguf
from tutor.local_llm import bundled, protocol, registry
from tutor.local_llm.api import GenerationRequest, LLMError
from tutor.local_llm.fake import FakeLLM
from tutor.local_llm.gguf import GgufError
from tutor.ui.llm_bridge import LlmRunner
from tutor.ui.screens import models as models_screen
from tutor.ui.screens.models import ModelsScreen

GIB = 2**30
AVX2 = frozenset({"sse2", "avx", "avx2"})


def make_screen(qtbot, models_dir, free_ram=8 * GIB, flags=AVX2):
    screen = ModelsScreen(ram_probe=lambda: free_ram, cpu_probe=lambda: flags)
    qtbot.addWidget(screen)
    screen.models_dir = models_dir
    return screen


def refresh(qtbot, screen):
    with qtbot.waitSignal(screen.installed_listed, timeout=10_000):
        screen.refresh()


def texts(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def shown(widget) -> bool:
    return not widget.isHidden()


@pytest.fixture
def models_dir(tmp_path):
    folder = tmp_path / "models"
    folder.mkdir()
    return folder


@pytest.fixture
def usb(tmp_path):
    """A stick with one good model, one file that is not a model and one half-copied model."""
    stick = tmp_path / "usb"
    (stick / "AI").mkdir(parents=True)
    write_gguf(stick / "AI" / "tiny.gguf", extra_bytes=48 * 1024)
    (stick / "notes.gguf").write_text("không phải mô hình", encoding="utf-8")
    half = write_gguf(stick / "half.gguf")
    half.write_bytes(half.read_bytes()[:-300])
    return stick


def test_installed_models_are_listed_with_their_facts_and_fitness(qtbot, models_dir):
    write_gguf(models_dir / "tiny.gguf")
    screen = make_screen(qtbot, models_dir)
    refresh(qtbot, screen)
    tiny = [t for t in texts(screen.installed_list) if t.startswith("Tiny Test")]
    assert len(tiny) == 1
    assert "Kiến trúc llama" in tiny[0] and "kiểu nén Q4_K_M" in tiny[0] and "ngữ cảnh 4096" in tiny[0]
    assert "không có mẫu hội thoại" in tiny[0] and "đã chép vào máy" in tiny[0]
    assert "Mức phù hợp: chạy tốt. Mô hình vừa với máy" in tiny[0]
    if bundled.SMOLLM2.package_file() is not None:    # the model shipped in the app's packages
        smol = [t for t in texts(screen.installed_list) if t.startswith(bundled.SMOLLM2.title)]
        assert smol and "có mẫu hội thoại" in smol[0] and "có sẵn trong phần mềm" in smol[0]


def test_a_model_too_big_for_free_memory_says_so(qtbot, models_dir):
    write_gguf(models_dir / "tiny.gguf")
    screen = make_screen(qtbot, models_dir, free_ram=1024)
    refresh(qtbot, screen)
    tiny = next(t for t in texts(screen.installed_list) if t.startswith("Tiny Test"))
    assert "Mức phù hợp: quá lớn với máy này." in tiny and "bộ nhớ (RAM)" in tiny


def test_the_model_in_use_is_marked_and_another_can_be_chosen(qtbot, models_dir):
    first = write_gguf(models_dir / "a.gguf")
    second = write_gguf(models_dir / "b.gguf")
    screen = make_screen(qtbot, models_dir)
    screen.set_in_use(first)
    refresh(qtbot, screen)
    rows = {screen.installed_list.item(i).data(0x0100).info.path.name: i
            for i in range(screen.installed_list.count())}
    assert "đang dùng" in screen.installed_list.item(rows["a.gguf"]).text()
    assert "đang dùng" not in screen.installed_list.item(rows["b.gguf"]).text()
    screen.installed_list.setCurrentRow(rows["a.gguf"])
    assert not screen.use_button.isEnabled()          # already in use
    screen.installed_list.setCurrentRow(rows["b.gguf"])
    with qtbot.waitSignal(screen.model_chosen, timeout=1000) as chosen:
        screen.use_button.click()
    assert chosen.args == [str(second)]
    assert "đang dùng" in screen.installed_list.item(rows["b.gguf"]).text()


def test_a_stick_is_scanned_and_bad_files_are_refused_in_plain_words(qtbot, models_dir, usb):
    screen = make_screen(qtbot, models_dir)
    with qtbot.waitSignal(screen.scan_finished, timeout=10_000) as finished:
        screen.scan(usb)
    result = finished.args[0]
    assert [m.path.name for m in result.models] == ["tiny.gguf"]
    found = texts(screen.found_list)
    assert len(found) == 3 and found[0].startswith("Tiny Test") and "chạy tốt" in found[0]
    refused = {t.split(" — ")[0]: t for t in found[1:]}
    assert GgufError.MESSAGES["not_gguf"] in refused["notes.gguf"]
    assert GgufError.MESSAGES["truncated"] in refused["half.gguf"]
    assert "1 mô hình dùng được, 2 tệp không dùng được" in screen.found_status.text()
    screen.found_list.setCurrentRow(1)
    assert not screen.import_button.isEnabled()      # a refused file cannot be copied in
    screen.found_list.setCurrentRow(0)
    assert screen.import_button.isEnabled()


def test_an_empty_folder_says_nothing_was_found(qtbot, models_dir, tmp_path):
    screen = make_screen(qtbot, models_dir)
    with qtbot.waitSignal(screen.scan_finished, timeout=10_000):
        screen.scan(tmp_path / "nothing-here")
    assert "Không thấy tệp mô hình" in screen.found_status.text()
    assert not shown(screen.found_list) and not shown(screen.import_button)


def test_a_model_is_copied_in_with_progress(qtbot, models_dir, usb, monkeypatch):
    monkeypatch.setattr(registry, "COPY_CHUNK", 4096)    # many progress steps for a small file
    screen = make_screen(qtbot, models_dir)
    with qtbot.waitSignal(screen.scan_finished, timeout=10_000):
        screen.scan(usb)
    values = []
    screen.progress.valueChanged.connect(values.append)
    # the list is read again after the copy, so installed_listed comes last
    with (qtbot.waitSignal(screen.installed_listed, timeout=10_000),
          qtbot.waitSignal(screen.import_finished, timeout=10_000) as done):
        screen.import_button.click()
        assert shown(screen.progress) and shown(screen.cancel_button)
    info = done.args[0]
    assert info.path == models_dir / "tiny.gguf" and info.path.read_bytes() == (usb / "AI" / "tiny.gguf").read_bytes()
    assert len(values) > 5 and values == sorted(values) and values[-1] == models_screen.PROGRESS_STEPS
    assert not shown(screen.progress) and not shown(screen.cancel_button)
    assert "Đã chép xong" in screen.import_status.text()
    current = screen.selected_installed()
    assert current is not None and current.info.path == info.path     # the new model is selected


def test_cancel_stops_the_copy_and_leaves_nothing_behind(qtbot, models_dir, usb, monkeypatch):
    monkeypatch.setattr(registry, "COPY_CHUNK", 4096)
    gate = threading.Event()
    real_import = models_screen.import_model

    def gated_import(src, target, cancel, progress):
        def report(fraction, message):
            progress(fraction, message)
            gate.wait(10)          # hold the copy after its first block until the test has pressed Huỷ
        return real_import(src, target, cancel, report)

    monkeypatch.setattr(models_screen, "import_model", gated_import)
    screen = make_screen(qtbot, models_dir)
    with qtbot.waitSignal(screen.scan_finished, timeout=10_000):
        screen.scan(usb)
    screen.import_button.click()
    qtbot.waitUntil(lambda: screen.progress.value() > 0)
    with qtbot.waitSignal(screen.import_failed, timeout=10_000) as failed:
        screen.cancel_button.click()
        gate.set()
    assert failed.args[0].startswith("Đã huỷ")
    assert list(models_dir.iterdir()) == []            # no model, no hidden partial copy
    assert screen.import_button.isEnabled() and screen.find_button.isEnabled()


def test_a_broken_file_is_refused_at_import_too(qtbot, models_dir, usb):
    screen = make_screen(qtbot, models_dir)
    with qtbot.waitSignal(screen.scan_finished, timeout=10_000):
        screen.scan(usb)
    (usb / "AI" / "tiny.gguf").write_bytes(b"GGUF broken after the scan")   # the stick changed
    with qtbot.waitSignal(screen.import_failed, timeout=10_000) as failed:
        screen.import_button.click()
    assert failed.args[0] in GgufError.MESSAGES.values()
    assert screen.import_status.text() == failed.args[0]
    assert not any(p.suffix == ".gguf" for p in models_dir.iterdir())


@pytest.mark.parametrize("free_ram, expected", [
    (8 * GIB, "Máy này đủ bộ nhớ để chạy mô hình đó."),
    (int(1.5 * GIB), "Qwen2.5-0.5B-Instruct"),
    (100 * 2**20, "quá ít bộ nhớ trống"),
])
def test_the_recommendation_follows_free_memory(qtbot, models_dir, free_ram, expected):
    screen = make_screen(qtbot, models_dir, free_ram=free_ram)
    refresh(qtbot, screen)
    advice = screen.advice.text()
    assert "Qwen2.5-1.5B-Instruct bản Q4_K_M" in advice and "1 GB" in advice and "USB" in advice
    assert expected in advice


def test_the_engine_failure_banner_offers_a_restart(qtbot, models_dir):
    screen = make_screen(qtbot, models_dir)
    runner = LlmRunner(FakeLLM([LLMError(protocol.WORKER_CRASHED, "exit -11")]))
    # how the lead wires it: the runner's engine failures go to this screen's banner
    runner.engine_failed.connect(lambda message, _code: screen.show_engine_failure(message))
    with qtbot.waitSignal(runner.engine_failed, timeout=5000):
        runner.run(GenerationRequest.chat("xin chào"))
    assert shown(screen.banner)
    assert screen.banner_text.text() == ("Mô hình AI đã dừng bất ngờ. "
                                         + protocol.user_message(protocol.WORKER_CRASHED))
    assert screen.restart_button.text() == "Khởi động lại" and screen.other_button.text() == "Chọn mô hình khác"
    with qtbot.waitSignal(screen.restart_requested, timeout=1000):
        screen.restart_button.click()
    assert not shown(screen.banner)
    screen.show_engine_failure("")
    screen.other_button.click()
    assert not shown(screen.banner)


def test_without_a_models_dir_only_bundled_models_show_and_import_explains(qtbot, usb):
    screen = make_screen(qtbot, None)
    refresh(qtbot, screen)
    assert all("Tiny Test" not in t for t in texts(screen.installed_list))
    with qtbot.waitSignal(screen.scan_finished, timeout=10_000):
        screen.scan(usb)
    screen.import_button.click()
    assert "Chưa biết chỗ lưu mô hình" in screen.import_status.text()
