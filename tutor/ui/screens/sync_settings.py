"""Settings › Đồng bộ: which hub this PC sends to, enrolling it, and "Ghi ra USB".

Enrollment is a setting of the whole PC (every learner's progress goes to that hub), so
changing it asks for confirmation first. That check is a seam: ``enrolment_guard`` is a
callable (the screen -> allowed?) that the teacher area can replace with its own sign-in.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from tutor.sync.protocol import SUPPORTED_VERSIONS
from tutor.ui import core_text
from tutor.ui.sync_controller import SyncController
from tutor.ui.widgets.common import big_button, title_label
from tutor.ui.widgets.downloads import DownloadsPanel

CODE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")


def clean_code(text: str) -> str | None:
    """The enrollment code as typed, made regular: upper case, spaces as dashes; None when
    it holds anything but letters, digits, dashes and spaces (an accented letter, say)."""
    text = unicodedata.normalize("NFC", text).strip().upper()
    text = "-".join(part for part in text.replace("-", " ").split())
    if not text or any(ch not in CODE_CHARS for ch in text):
        return None
    return text


def clean_hub_url(text: str) -> str | None:
    """The hub address as typed, with http:// added when missing; None when it cannot be one."""
    text = unicodedata.normalize("NFC", text).strip().rstrip("/")
    if not text or any(ch.isspace() for ch in text):
        return None
    if "://" not in text:
        text = "http://" + text
    try:
        parts = urlsplit(text)
        _port = parts.port  # raises ValueError on a port that is not a number
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return text


def ask_confirmation(screen: QWidget, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("SyncSettingsScreen", "Đăng ký máy này"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, screen)
    box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("SyncSettingsScreen", "Đăng ký"))
    box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("SyncSettingsScreen", "Không"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


class SyncSettingsScreen(QWidget):
    back_requested = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        # (screen, question) -> allowed. The teacher area can put its own check here.
        self.enrolment_guard: Callable[[QWidget, str], bool] = ask_confirmation
        # The folder dialog, replaceable in tests: (screen, start folder) -> chosen folder or "".
        self.choose_folder: Callable[[QWidget, str], str] = _choose_folder
        self.choose_stick: Callable[[QWidget, str], str] = _choose_stick
        self.choose_enrollment_file: Callable[[QWidget], str] = _choose_enrollment_file
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        self.title = title_label()
        outer.addWidget(self.title)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.state)
        self.status_bar = controller.make_status_bar()
        outer.addWidget(self.status_bar)

        outer.addSpacing(16)
        self.enrol_title = QLabel()
        self.enrol_title.setProperty("role", "subtitle")
        outer.addWidget(self.enrol_title)
        self.enrol_help = QLabel()
        self.enrol_help.setWordWrap(True)
        outer.addWidget(self.enrol_help)
        form = QFormLayout()
        # At large text a label and its field do not fit side by side: the label goes above.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.url_label = QLabel()
        self.url_edit = QLineEdit()
        self.url_edit.setMinimumHeight(44)
        self.url_label.setBuddy(self.url_edit)
        form.addRow(self.url_label, self.url_edit)
        # Under the field, not beside it: beside it the address field shrank to a few letters
        # at the largest text size on a 1024x768 screen.
        self.find_button = big_button()
        self.find_button.clicked.connect(self._find)
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_button)
        find_row.addStretch(1)
        form.addRow("", find_row)
        self.hub_list = QListWidget()
        self.hub_list.setMaximumHeight(120)
        self.hub_list.itemActivated.connect(self._hub_chosen)
        self.hub_list.itemClicked.connect(self._hub_chosen)
        self.hub_list.hide()
        form.addRow(self.hub_list)
        self.code_label = QLabel()
        self.code_edit = QLineEdit()
        self.code_edit.setMinimumHeight(44)
        self.code_edit.returnPressed.connect(self._enrol)
        self.code_label.setBuddy(self.code_edit)
        form.addRow(self.code_label, self.code_edit)
        outer.addLayout(form)
        enrol_row = QHBoxLayout()
        self.enrol_button = big_button(primary=True)
        self.enrol_button.clicked.connect(self._enrol)
        enrol_row.addWidget(self.enrol_button)
        enrol_row.addStretch(1)
        outer.addLayout(enrol_row)
        self.enrol_result = QLabel()
        self.enrol_result.setWordWrap(True)
        outer.addWidget(self.enrol_result)
        # A village PC that never has a network joins with a file the volunteer brings on USB.
        self.file_help = QLabel()
        self.file_help.setWordWrap(True)
        outer.addWidget(self.file_help)
        file_row = QHBoxLayout()
        self.file_button = big_button()
        self.file_button.clicked.connect(self._take_file)
        file_row.addWidget(self.file_button)
        file_row.addStretch(1)
        outer.addLayout(file_row)
        self.file_reason = QLabel()
        self.file_reason.setWordWrap(True)
        self.file_reason.setProperty("role", "notice")
        self.file_reason.hide()
        outer.addWidget(self.file_reason)

        outer.addSpacing(16)
        self.usb_title = QLabel()
        self.usb_title.setProperty("role", "subtitle")
        outer.addWidget(self.usb_title)
        self.usb_help = QLabel()
        self.usb_help.setWordWrap(True)
        outer.addWidget(self.usb_help)
        usb_row = QHBoxLayout()
        self.usb_button = big_button()
        self.usb_button.clicked.connect(self._export)
        usb_row.addWidget(self.usb_button)
        usb_row.addStretch(1)
        outer.addLayout(usb_row)
        # Why "Ghi ra USB…" cannot be pressed yet, said next to it (a greyed button alone
        # left volunteers guessing).
        self.usb_reason = QLabel()
        self.usb_reason.setWordWrap(True)
        self.usb_reason.setProperty("role", "notice")
        self.usb_reason.hide()
        outer.addWidget(self.usb_reason)
        self.usb_result = QLabel()
        self.usb_result.setWordWrap(True)
        self.usb_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.usb_result)

        # The other way: packs, models and voices a volunteer brings from the hub on a stick
        # (`tutor-hub catalogue export`), checked like a download (tutor.sync.carried).
        outer.addSpacing(16)
        self.carried_title = QLabel()
        self.carried_title.setProperty("role", "subtitle")
        self.carried_title.setWordWrap(True)  # a long heading: it wraps at the largest text size
        outer.addWidget(self.carried_title)
        self.carried_help = QLabel()
        self.carried_help.setWordWrap(True)
        outer.addWidget(self.carried_help)
        carried_row = QHBoxLayout()
        self.carried_button = big_button()
        self.carried_button.clicked.connect(self._take_catalogue)
        carried_row.addWidget(self.carried_button)
        self.carried_stop = big_button()
        self.carried_stop.clicked.connect(controller.cancel_catalogue_import)
        self.carried_stop.hide()
        carried_row.addWidget(self.carried_stop)
        carried_row.addStretch(1)
        outer.addLayout(carried_row)
        self.carried_reason = QLabel()
        self.carried_reason.setWordWrap(True)
        self.carried_reason.setProperty("role", "notice")
        self.carried_reason.hide()
        outer.addWidget(self.carried_reason)
        self.carried_bar = QProgressBar()
        self.carried_bar.setRange(0, 100)
        self.carried_bar.hide()
        outer.addWidget(self.carried_bar)
        self.carried_result = QLabel()
        self.carried_result.setWordWrap(True)
        self.carried_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.carried_result)
        for widget in (self.carried_title, self.carried_help, self.carried_button):
            widget.setVisible(controller.downloads is not None)  # a build without the catalogue hook

        outer.addSpacing(16)
        self.downloads = DownloadsPanel(controller.db_path.parent)
        outer.addWidget(self.downloads)
        outer.addStretch(1)
        self.back_button = big_button(primary=True)
        self.back_button.clicked.connect(self.back_requested)
        outer.addWidget(self.back_button)

        controller.status_changed.connect(self._show_state)
        controller.enrol_finished.connect(self._enrolled)
        controller.export_finished.connect(self._exported)
        controller.hubs_found.connect(self._show_hubs)
        controller.carried_progress.connect(self._carried_progress)
        controller.carried_finished.connect(self._carried)
        controller.downloads_finished.connect(self.downloads.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Đồng bộ"))
        self.enrol_title.setText(self.tr("Đăng ký máy này với máy chủ"))
        self.enrol_help.setText(self.tr(
            "Việc này áp dụng cho cả máy: kết quả học của mọi người trên máy này sẽ được gửi về máy chủ. "
            "Mã đăng ký do thầy cô hoặc cán bộ xã đưa."))
        self.url_label.setText(self.tr("Địa chỉ &máy chủ:"))
        self.url_edit.setPlaceholderText(self.tr("Ví dụ: http://192.168.1.10:8765"))
        self.url_edit.setAccessibleName(self.tr("Địa chỉ máy chủ"))
        self.find_button.setText(self.tr("Tìm máy chủ trong lớp"))
        self.find_button.setAccessibleName(self.tr("Tìm máy chủ đồng bộ trong mạng của lớp"))
        self.hub_list.setAccessibleName(self.tr("Các máy chủ tìm thấy"))
        self.code_label.setText(self.tr("Mã đăng &ký:"))
        self.code_edit.setPlaceholderText(self.tr("Ví dụ: ABCD-EFGH-JKMN"))
        self.code_edit.setAccessibleName(self.tr("Mã đăng ký"))
        self.enrol_button.setText(self.tr("Đăng ký máy này"))
        self.enrol_button.setAccessibleName(self.tr("Đăng ký máy này với máy chủ đồng bộ"))
        self.file_help.setText(self.tr(
            "Máy này không có mạng? Nhờ cán bộ làm một tệp đăng ký ở máy chủ, chép vào USB, "
            "rồi cắm USB vào máy này và bấm nút dưới đây."))
        self.file_button.setText(self.tr("Nhận tệp đăng ký từ USB…"))
        self.file_button.setAccessibleName(self.tr("Nhận tệp đăng ký từ USB, cho máy không có mạng"))
        self.usb_title.setText(self.tr("Ghi ra USB"))
        self.usb_help.setText(self.tr(
            "Khi không có mạng: ghi kết quả học chưa gửi ra USB, rồi mang USB đến máy chủ để nhập."))
        self.usb_button.setText(self.tr("Ghi ra USB…"))
        self.usb_button.setAccessibleName(self.tr("Ghi kết quả học chưa gửi ra USB"))
        self.carried_title.setText(self.tr("Nhận bài học, mô hình AI và giọng đọc từ USB"))
        self.carried_help.setText(self.tr(
            "Cán bộ chép những thứ máy chủ gửi cho điểm học này vào USB. Cắm USB vào máy này rồi bấm nút "
            "dưới đây. Máy kiểm tra từng tệp trước khi dùng."))
        self.carried_button.setText(self.tr("Nhận từ USB…"))
        self.carried_button.setAccessibleName(self.tr("Nhận bài học, mô hình AI và giọng đọc từ USB"))
        self.carried_stop.setText(self.tr("Dừng"))
        self.carried_stop.setAccessibleName(self.tr("Dừng chép từ USB"))
        self.carried_bar.setAccessibleName(self.tr("Tiến độ chép tệp đang chép từ USB"))
        self.back_button.setText(self.tr("Xong"))
        self.back_button.setAccessibleName(self.tr("Xong, quay lại cài đặt"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start(self) -> None:
        """Shown from settings: fresh state, fresh results."""
        self.enrol_result.setText("")
        self.usb_result.setText("")
        if not self.controller.carrying:
            self.carried_result.setText("")
        self.hub_list.clear()
        self.hub_list.hide()
        self.controller.refresh_status()
        self._show_state()

    def _show_state(self) -> None:
        status = self.controller.status
        if status is not None and status.enrolled:
            text = self.tr("Máy này đã đăng ký với máy chủ %s (điểm học: %s).") % (
                status.hub_url, status.site_name or self.tr("không tên"))
            self.enrol_title.setText(self.tr("Đổi sang máy chủ khác"))
        elif status is not None and status.offline_site:
            text = self.tr("Máy này đã vào điểm học %s bằng tệp đăng ký, không cần mạng. "
                           "Hãy ghi kết quả học ra USB và mang đến máy chủ.") % status.offline_site
            self.enrol_title.setText(self.tr("Đăng ký máy này với máy chủ"))
        else:
            text = self.tr("Máy này chưa đăng ký với máy chủ đồng bộ. Kết quả học chỉ lưu trên máy này.")
            self.enrol_title.setText(self.tr("Đăng ký máy này với máy chủ"))
        self.state.setText(text)
        self.state.setAccessibleName(text)
        can_write = bool(status and status.can_write_usb)
        self.usb_button.setEnabled(can_write)
        reason = "" if can_write else self.tr(
            "Chưa ghi ra USB được: máy này cần vào một điểm học trước, để máy chủ nhận ra kết quả học "
            "của máy này. Đăng ký bằng mã (khi có mạng) hoặc nhận tệp đăng ký từ USB (ở phần trên).")
        _explain(self.usb_button, self.usb_reason, reason)
        # Taking a stick's catalogue needs what writing a bundle needs: this PC's site and hub key.
        self.carried_button.setEnabled(can_write and not self.controller.carrying)
        _explain(self.carried_button, self.carried_reason, "" if can_write or self.controller.downloads is None
                 else self.tr("Chưa nhận từ USB được: máy này cần vào một điểm học trước (ở phần trên), "
                              "để biết USB có đúng là của máy chủ mình không."))
        enrolled = bool(status and status.enrolled)
        self.file_button.setEnabled(not enrolled)
        _explain(self.file_button, self.file_reason, self.tr(
            "Không cần tệp đăng ký: máy này đã đăng ký với máy chủ qua mạng.") if enrolled else "")

    # --- enrollment -------------------------------------------------------------------------------

    def _find(self) -> None:
        if self.controller.find_hubs():
            self.find_button.setEnabled(False)
            self._result(self.enrol_result, None, self.tr("Đang tìm máy chủ trong mạng của lớp…"))
        else:
            self._result(self.enrol_result, False, self.tr("Máy này không tự tìm được máy chủ. Hãy gõ địa chỉ."))

    def _show_hubs(self, hubs: list) -> None:
        self.find_button.setEnabled(True)
        self.hub_list.clear()
        usable = [hub for hub in hubs if hub.protocol_version in SUPPORTED_VERSIONS]
        for hub in hubs:
            item = QListWidgetItem(f"{hub.name} — {hub.url}")
            item.setData(Qt.ItemDataRole.UserRole, hub.url)
            if hub not in usable:
                # A newer hub this app cannot talk to: listed, so nobody wonders where it is.
                item.setText(item.text() + " " + self.tr("(cần cập nhật ứng dụng trên máy này)"))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.hub_list.addItem(item)
        self.hub_list.setVisible(bool(hubs))
        if len(usable) == 1:
            self.url_edit.setText(usable[0].url)
        if hubs:
            self._result(self.enrol_result, None, self.tr("Tìm thấy %d máy chủ. Bấm vào một máy chủ để chọn.")
                         % len(hubs))
        else:
            self._result(self.enrol_result, False, self.tr(
                "Không tìm thấy máy chủ nào trong mạng của lớp. Hãy hỏi thầy cô địa chỉ máy chủ rồi gõ vào."))

    def _hub_chosen(self, item: QListWidgetItem) -> None:
        self.url_edit.setText(str(item.data(Qt.ItemDataRole.UserRole)))
        self.code_edit.setFocus()

    def _enrol(self) -> None:
        url = clean_hub_url(self.url_edit.text())
        if url is None:
            self._result(self.enrol_result, False, self.tr(
                "Địa chỉ máy chủ chưa đúng. Ví dụ: http://192.168.1.10:8765"))
            self.url_edit.setFocus()
            return
        code = clean_code(self.code_edit.text())
        if code is None:
            self._result(self.enrol_result, False, self.tr(
                "Mã đăng ký chỉ gồm chữ cái không dấu, chữ số và dấu gạch ngang, ví dụ ABCD-EFGH-JKMN."))
            self.code_edit.setFocus()
            return
        status = self.controller.status
        if status is not None and status.enrolled:
            question = self.tr("Máy này đang gửi kết quả về %s. Đổi sang máy chủ %s cho cả máy?") % (
                status.hub_url, url)
        else:
            question = self.tr("Đăng ký cả máy này với máy chủ %s? Kết quả học của mọi người trên máy "
                               "sẽ được gửi về đó.") % url
        if not self.enrolment_guard(self, question):
            return
        self.url_edit.setText(url)
        self.code_edit.setText(code)
        self.enrol_button.setEnabled(False)
        self._result(self.enrol_result, None, self.tr("Đang đăng ký…"))
        self.controller.enroll(url, code)

    def _enrolled(self, ok: bool, message: str) -> None:
        self.enrol_button.setEnabled(True)
        self._result(self.enrol_result, ok, message)
        self._show_state()  # the file button comes back (or stays off, with its reason)
        if ok:
            self.code_edit.clear()

    def _take_file(self) -> None:
        path = self.choose_enrollment_file(self)
        if not path:
            return
        self.file_button.setEnabled(False)
        self._result(self.enrol_result, None, self.tr("Đang đọc tệp đăng ký…"))
        self.controller.take_enrollment_file(path)

    # --- USB -------------------------------------------------------------------------------------------

    def _export(self) -> None:
        from tutor.sync.usb import removable_media_dirs

        media = removable_media_dirs()
        folder = self.choose_folder(self, str(media[0]) if media else "")
        if not folder:
            return
        self.usb_button.setEnabled(False)
        self._result(self.usb_result, None, self.tr("Đang ghi ra USB…"))
        self.controller.export_to(folder)

    def _exported(self, ok: bool, message: str) -> None:
        self.usb_button.setEnabled(True)
        self._result(self.usb_result, ok, message)

    # --- the catalogue on a USB stick -----------------------------------------------------------------

    def _take_catalogue(self) -> None:
        from tutor.sync.usb import removable_media_dirs

        media = removable_media_dirs()
        folder = self.choose_stick(self, str(media[0]) if media else "")
        if not folder or not self.controller.import_catalogue(folder):
            return
        self.carried_button.setEnabled(False)
        self.carried_stop.show()
        self.carried_bar.setValue(0)
        self.carried_bar.show()
        self._result(self.carried_result, None, self.tr("Đang kiểm tra USB…"))

    def _carried_progress(self, percent: int, message: str) -> None:
        self.carried_bar.setValue(percent)
        self._result(self.carried_result, None, core_text.translate(message))

    def _carried(self, ok: bool, message: str) -> None:
        self.carried_stop.hide()
        self.carried_bar.hide()
        self._result(self.carried_result, ok, message)
        self.downloads.refresh()
        self._show_state()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.downloads.start_polling()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.downloads.stop_polling()
        super().hideEvent(event)

    @staticmethod
    def _result(label: QLabel, ok: bool | None, text: str) -> None:
        label.setProperty("role", "error" if ok is False else "")
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)
        label.setAccessibleName(text)


def _explain(button: QWidget, label: QLabel, reason: str) -> None:
    """Why a button cannot be pressed, said next to it and to a screen reader."""
    label.setText(reason)
    label.setVisible(bool(reason))
    button.setToolTip(reason)
    button.setAccessibleDescription(reason)


def _choose_enrollment_file(screen: QWidget) -> str:
    """The file dialog opens on the USB stick when one is in (tutor.ui.widgets.files.start_folder)."""
    from tutor.sync.offline_enrollment import SUFFIX
    from tutor.ui.widgets.files import open_file

    return open_file(screen, QCoreApplication.translate("SyncSettingsScreen", "Chọn tệp đăng ký trên USB"),
                     QCoreApplication.translate("SyncSettingsScreen", "Tệp đăng ký (*%s)") % SUFFIX)


def _choose_folder(screen: QWidget, start: str) -> str:
    from tutor.ui.widgets.files import choose_folder

    return choose_folder(screen, QCoreApplication.translate("SyncSettingsScreen", "Chọn USB hoặc thư mục để ghi"), start or None)


def _choose_stick(screen: QWidget, start: str) -> str:
    from tutor.ui.widgets.files import choose_folder

    return choose_folder(screen, QCoreApplication.translate("SyncSettingsScreen", "Chọn USB có bài học từ máy chủ"),
                         start or None)
