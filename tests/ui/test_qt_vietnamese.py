"""Qt's own dialogs in Vietnamese (issue 20 item 9): the file dialog's column headers,
sidebar and standard buttons follow the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QFileSystemModel, QToolButton

from tutor.ui.i18n import LanguageSwitcher


def headers(model: QFileSystemModel) -> list[str]:
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(4)]


def test_qt_widgets_speak_vietnamese_and_english_follows(qapp, tmp_path):
    language = LanguageSwitcher(qapp)
    model = QFileSystemModel()
    assert headers(model) == ["Tên", "Cỡ", "Loại", "Ngày sửa"]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "Đồng ý"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Huỷ"
    assert QCoreApplication.translate("QWidgetTextControl", "&Copy") == "&Chép"
    # Everything else is left alone: the app's own strings and Qt strings the table lacks.
    assert QCoreApplication.translate("HomeScreen", "Cài đặt") == "Cài đặt"
    assert QCoreApplication.translate("QFileDialog", "Not a Qt string") == "Not a Qt string"
    dialog = QFileDialog(None, "Chọn tệp", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    tips = {button.toolTip() for button in dialog.findChildren(QToolButton)}
    assert {"Lùi lại", "Tiến tới", "Thư mục cha", "Tạo thư mục mới"} <= tips and "Back" not in tips
    try:
        assert language.set_language("en")
        assert headers(QFileSystemModel()) == ["Name", "Size", "Type", "Date Modified"]
        english = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        assert english.button(QDialogButtonBox.StandardButton.Ok).text() == "OK"
    finally:
        language.set_language("vi")
    assert headers(QFileSystemModel()) == ["Tên", "Cỡ", "Loại", "Ngày sửa"]


def test_the_sidebar_shows_only_the_sticks_plugged_in_now(qapp, tmp_path, monkeypatch):
    """Qt keeps the dialog's sidebar in its settings; a stick pulled out must not stay there."""
    from PySide6.QtCore import QSettings

    from tutor.ui.widgets import files

    pulled, plugged = tmp_path / "pulled", tmp_path / "plugged"
    pulled.mkdir()
    plugged.mkdir()
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    saved = settings.value("FileDialog/shortcuts")
    settings.setValue("FileDialog/shortcuts", ["file:", pulled.as_uri()])
    settings.sync()
    try:
        monkeypatch.setattr(files, "usb_folders", lambda: [str(plugged)])
        dialog = files._dialog(None, "Chọn tệp", str(tmp_path))
        places = [url.toLocalFile() for url in dialog.sidebarUrls()]
        assert str(plugged) in places and str(pulled) not in places
        assert places.count(str(plugged)) == 1
    finally:
        settings.setValue("FileDialog/shortcuts", saved if saved is not None else [])
