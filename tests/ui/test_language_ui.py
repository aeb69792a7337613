"""Language: file dialogs speak Vietnamese and open where a villager keeps files; the
developers' English key warning never reaches a learner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from tutor.ui.content_data import PackSummary
from tutor.ui.screens.settings import SettingsScreen
from tutor.ui.widgets import files


def test_the_development_key_warning_is_not_shown_to_learners(qtbot):
    screen = SettingsScreen()
    qtbot.addWidget(screen)
    screen.show_pack_info(PackSummary("Bình dân học AI", "1.0", 40,
                                      "Khoá phát triển — DEVELOPMENT ONLY", True, "abcd"))
    assert "DEVELOPMENT" not in screen.pack_info.text()
    assert "thử nghiệm" in screen.pack_info.text()


def test_file_dialogs_open_in_documents_or_the_usb_stick_not_the_program_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(files, "usb_folders", lambda: [])
    start = files.start_folder()
    assert Path(start) != Path.cwd() and Path(start).is_dir()
    monkeypatch.setattr(files, "usb_folders", lambda: [str(tmp_path)])
    assert files.start_folder() == str(tmp_path)


def test_the_file_dialog_is_in_vietnamese(qtbot, tmp_path):
    seen = {}

    def look() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible())
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        seen.update(labels=labels, folder=dialog.directory().absolutePath(),
                    accept=dialog.labelText(QFileDialog.DialogLabel.Accept))
        dialog.reject()

    QTimer.singleShot(0, look)
    assert files.open_file(None, "Chọn gói bài học", "Gói bài học (*.bdpack)", start=str(tmp_path)) == ""
    assert {"Tìm trong:", "Tên tệp:", "Loại tệp:"} <= seen["labels"]
    assert seen["accept"] == "Mở" and Path(seen["folder"]) == tmp_path
