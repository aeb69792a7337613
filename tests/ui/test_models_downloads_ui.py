"""Quản lý mô hình AI shows what the hub is sending down (issue 17): progress while a
download runs, and why an item was skipped, read from tutor.sync.downloads' status file."""

from __future__ import annotations

import json

from tutor.sync.downloads import ItemStatus, downloads_dir
from tutor.ui.screens.models import ModelsScreen


def test_progress_and_skip_reasons_are_shown(qtbot, tmp_path):
    screen = ModelsScreen(ram_probe=lambda: 8 * 2**30, cpu_probe=lambda: None)
    qtbot.addWidget(screen)
    screen.models_dir = tmp_path / "models"
    screen.poll_downloads()
    assert screen.downloads_status.isHidden()  # nothing from a hub: no noise

    coming = ItemStatus("a" * 64, "model", "qwen2.5-1.5b.gguf", 1000, state="downloading", done_bytes=450)
    skipped = ItemStatus("b" * 64, "voice", "giong-bac.onnx", 10, state="skipped", code="download.skipped_ram",
                         params={"name": "giong-bac.onnx", "need_ram": "2,5 GB", "free_ram": "1,0 GB"})
    folder = downloads_dir(tmp_path)
    folder.mkdir(parents=True)
    (folder / "status.json").write_text(json.dumps({"items": [vars(coming), vars(skipped)]}), encoding="utf-8")
    screen.show()
    qtbot.waitUntil(lambda: not screen.downloads_status.isHidden(), timeout=5000)
    text = screen.downloads_status.text()
    assert "Đang tải về: qwen2.5-1.5b.gguf 45%" in text
    assert "Không tải giong-bac.onnx" in text and "bộ nhớ (RAM)" in text
