"""Vietnamese for the words Qt's own widgets draw: the file dialog's buttons, tool tips,
column headers and sidebar, standard dialog buttons and the right-click menu of text boxes.

PySide6 ships no qtbase_vi.qm, so without this a Vietnamese learner meets "Name", "Size",
"Date Modified", "Computer" and "&Copy" in the middle of a Vietnamese app. The table is
keyed by Qt's own translation context and source text (what lupdate would show in
qtbase's .ts files); it is installed only while the UI language is Vietnamese.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

_FILE_DIALOG = {
    "Look in:": "Tìm trong:",
    "File &name:": "Tên tệp:",
    "File name:": "Tên tệp:",
    "Files of type:": "Loại tệp:",
    "Directory:": "Thư mục:",
    "Back": "Lùi lại",
    "Go back": "Lùi lại",
    "Forward": "Tiến tới",
    "Go forward": "Tiến tới",
    "Parent Directory": "Thư mục cha",
    "Go to the parent directory": "Lên thư mục cha",
    "Create New Folder": "Tạo thư mục mới",
    "Create a New Folder": "Tạo thư mục mới",
    "New Folder": "Thư mục mới",
    "&New Folder": "Thư mục &mới",
    "List View": "Xem dạng danh sách",
    "Change to list view mode": "Xem dạng danh sách",
    "Detail View": "Xem chi tiết",
    "Change to detail view mode": "Xem chi tiết",
    "Sidebar": "Thanh bên",
    "List of places and bookmarks": "Các nơi hay dùng",
    "Files": "Tệp",
    "&Rename": "Đổi &tên",
    "&Delete": "&Xoá",
    "Show &hidden files": "Hiện tệp &ẩn",
    "&Choose": "&Chọn",
    "&Open": "&Mở",
    "Open": "Mở",
    "&Save": "&Lưu",
    "Save": "Lưu",
    "Save As": "Lưu thành",
    "Find Directory": "Chọn thư mục",
    "All Files (*)": "Mọi tệp (*)",
    "Directories": "Thư mục",
    "Folder": "Thư mục",
    "File Folder": "Thư mục",
    "File": "Tệp",
    "Unknown": "Không rõ",
    "Recent Places": "Nơi vừa mở",
    "Cancel": "Huỷ",
    "Are you sure you want to delete '%1'?": "Bạn có chắc muốn xoá '%1' không?",
}

_FILE_SYSTEM_MODEL = {
    "Name": "Tên",
    "Size": "Cỡ",
    "Type": "Loại",
    "Kind": "Loại",
    "Date Modified": "Ngày sửa",
    "Computer": "Máy tính",
    "My Computer": "Máy tính",
    "%1 TB": "%1 TB",
    "%1 GB": "%1 GB",
    "%1 MB": "%1 MB",
    "%1 KB": "%1 KB",
    "%1 bytes": "%1 byte",
    "Invalid filename": "Tên tệp không hợp lệ",
}

_BUTTONS = {
    "OK": "Đồng ý",
    "&OK": "Đồng ý",
    "Cancel": "Huỷ",
    "&Cancel": "Huỷ",
    "&Yes": "&Có",
    "&No": "&Không",
    "Yes to &All": "Có với &tất cả",
    "N&o to All": "&Không với tất cả",
    "Close": "Đóng",
    "&Close": "Đóng",
    "Save": "Lưu",
    "&Save": "&Lưu",
    "Save All": "Lưu tất cả",
    "Open": "Mở",
    "Apply": "Áp dụng",
    "Reset": "Đặt lại",
    "Restore Defaults": "Trở về mặc định",
    "Help": "Trợ giúp",
    "Discard": "Bỏ",
    "Don't Save": "Không lưu",
    "Close without Saving": "Đóng không lưu",
    "Abort": "Dừng",
    "Retry": "Thử lại",
    "Ignore": "Bỏ qua",
}

_TEXT_MENU = {
    "&Undo": "&Hoàn tác",
    "&Redo": "&Làm lại",
    "Cu&t": "&Cắt",
    "&Copy": "&Chép",
    "&Paste": "&Dán",
    "Delete": "Xoá",
    "Select All": "Chọn tất cả",
    "Copy &Link Location": "Chép địa chỉ &liên kết",
}

TABLE: dict[tuple[str, str], str] = {
    **{("QFileDialog", k): v for k, v in _FILE_DIALOG.items()},
    **{("QFileSystemModel", k): v for k, v in _FILE_SYSTEM_MODEL.items()},
    **{(context, k): v for context in ("QPlatformTheme", "QDialogButtonBox", "QMessageBox")
       for k, v in _BUTTONS.items()},
    **{(context, k): v for context in ("QLineEdit", "QWidgetTextControl") for k, v in _TEXT_MENU.items()},
}


class QtVietnamese(QTranslator):
    """A translator from a table in code, not a .qm file (Qt offers none for Vietnamese)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None (a null QString) means "not mine": Qt asks the next translator or keeps the
        # source. An empty string would count as a translation and blank every other text.
        return TABLE.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


_installed: dict[int, QtVietnamese] = {}


def use_qt_vietnamese(app, on: bool) -> None:
    """Install (once per application) or remove the table translator."""
    from PySide6.QtCore import QCoreApplication

    translator = _installed.get(id(app))
    if on and translator is None:
        translator = QtVietnamese(app)
        _installed[id(app)] = translator
        QCoreApplication.installTranslator(translator)
    elif not on and translator is not None:
        QCoreApplication.removeTranslator(translator)
        del _installed[id(app)]
