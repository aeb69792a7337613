"""Settings: text size, high contrast, language (the learner's own), idle sign-out (this PC)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QFormLayout, QHBoxLayout, QLabel, QRadioButton,
    QVBoxLayout, QWidget,
)

from tutor.display import IDLE_CHOICES_MIN, SPEECH_SPEEDS, TEXT_SIZES_PT, VOICE_KEYS, DisplayPrefs
from tutor.ui.widgets.common import big_button, title_label
from tutor.ui.widgets.flow import FlowRow, WrapCheckBox


class SettingsScreen(QWidget):
    display_changed = Signal(object)    # DisplayPrefs
    idle_changed = Signal(int)          # minutes, 0 = never
    closed = Signal()
    import_pack_requested = Signal(str)
    recording_changed = Signal(bool)
    models_requested = Signal()
    voices_requested = Signal()
    sync_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        self.title = title_label()
        outer.addWidget(self.title)
        self.who = QLabel()
        self.who.setWordWrap(True)
        outer.addWidget(self.who)
        form = QFormLayout()
        # Labels above their fields: side by side, the form was wider than a 1024-px screen.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.size_label = QLabel()
        size_row = FlowRow()
        self.size_group = QButtonGroup(self)
        self.size_buttons: list[QRadioButton] = []
        for index, pt in enumerate(TEXT_SIZES_PT):
            button = QRadioButton()
            self.size_group.addButton(button, index)
            size_row.addWidget(button)
            self.size_buttons.append(button)
        self.size_group.idToggled.connect(self._size_toggled)
        form.addRow(self.size_label, size_row)
        self.contrast = WrapCheckBox()
        self.contrast.toggled.connect(self._emit_display)
        form.addRow(self.contrast)
        self.language_label = QLabel()
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.currentIndexChanged.connect(self._emit_display)
        self.language_label.setBuddy(self.language)
        form.addRow(self.language_label, self.language)
        self.speed_label = QLabel()
        self.speed = QComboBox()
        for speed in SPEECH_SPEEDS:
            self.speed.addItem("", speed)
        self.speed.currentIndexChanged.connect(self._emit_display)
        self.speed_label.setBuddy(self.speed)
        form.addRow(self.speed_label, self.speed)
        self.voice_label = QLabel()
        self.voice = QComboBox()
        for key in VOICE_KEYS:
            self.voice.addItem("", key)
        self.voice.currentIndexChanged.connect(self._emit_display)
        self.voice_label.setBuddy(self.voice)
        form.addRow(self.voice_label, self.voice)
        self.speak_controls = WrapCheckBox()
        self.speak_controls.toggled.connect(self._emit_display)
        form.addRow(self.speak_controls)
        self.idle_label = QLabel()
        self.idle = QComboBox()
        self.idle.currentIndexChanged.connect(self._idle_selected)
        self.idle_label.setBuddy(self.idle)
        form.addRow(self.idle_label, self.idle)
        self.recording = WrapCheckBox()
        self.recording.toggled.connect(lambda on: None if self._loading else self.recording_changed.emit(on))
        form.addRow(self.recording)
        outer.addLayout(form)
        self.pack_title = QLabel()
        self.pack_title.setProperty("role", "subtitle")
        outer.addWidget(self.pack_title)
        self.pack_info = QLabel()
        self.pack_info.setWordWrap(True)
        self.pack_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.pack_info)
        pack_row = QHBoxLayout()
        self.pack_button = big_button()
        self.pack_button.clicked.connect(self._choose_pack)
        pack_row.addWidget(self.pack_button)
        pack_row.addStretch(1)
        outer.addLayout(pack_row)
        self.pack_result = QLabel()
        self.pack_result.setWordWrap(True)
        outer.addWidget(self.pack_result)
        models_row = FlowRow()
        self.models_button = big_button()
        self.models_button.clicked.connect(self.models_requested)
        models_row.addWidget(self.models_button)
        self.voices_button = big_button()
        self.voices_button.clicked.connect(self.voices_requested)
        models_row.addWidget(self.voices_button)
        self.sync_button = big_button()
        self.sync_button.clicked.connect(self.sync_requested)
        models_row.addWidget(self.sync_button)
        outer.addLayout(models_row)
        self.about = QLabel()
        self.about.setWordWrap(True)
        outer.addWidget(self.about)
        outer.addStretch(1)
        self.close_button = big_button(primary=True)
        self.close_button.clicked.connect(self.closed)
        outer.addWidget(self.close_button)
        self._idle_value = 10
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Cài đặt"))
        self.size_label.setText(self.tr("Cỡ chữ:"))
        names = [self.tr("Nhỏ"), self.tr("Vừa"), self.tr("Lớn"), self.tr("Rất lớn"), self.tr("Lớn nhất")]
        for button, name in zip(self.size_buttons, names):
            button.setText(name)
            button.setAccessibleName(self.tr("Cỡ chữ %s") % name)
        self.contrast.setText(self.tr("Tương phản cao (nền đen, chữ sáng)"))
        self.contrast.setAccessibleName(self.tr("Tương phản cao"))
        self.language_label.setText(self.tr("&Ngôn ngữ:"))
        self.language.setAccessibleName(self.tr("Ngôn ngữ"))
        self.speed_label.setText(self.tr("Tốc độ &đọc:"))
        self.speed.setAccessibleName(self.tr("Tốc độ đọc to"))
        for index, label in enumerate((self.tr("Chậm"), self.tr("Vừa"), self.tr("Nhanh"))):
            self.speed.setItemText(index, label)
        self.voice_label.setText(self.tr("&Giọng đọc:"))
        self.voice.setAccessibleName(self.tr("Giọng đọc"))
        for index, label in enumerate((self.tr("Giọng miền Bắc"), self.tr("Giọng miền Trung"),
                                       self.tr("Giọng miền Nam"))):
            self.voice.setItemText(index, label)
        self.speak_controls.setText(self.tr("Đọc to tên nút khi chọn hoặc đưa chuột vào"))
        self.speak_controls.setAccessibleName(self.tr("Đọc to tên nút khi chọn hoặc đưa chuột vào"))
        self.idle_label.setText(self.tr("&Tự đăng xuất khi không dùng (cả máy):"))
        self.recording.setText(self.tr("Cho phép thầy cô ghi âm giọng đọc bài (cả máy)"))
        self.recording.setAccessibleName(self.tr("Cho phép thầy cô ghi âm giọng đọc bài trên máy này"))
        self.idle.setAccessibleName(self.tr("Tự đăng xuất khi không dùng"))
        self._loading = True
        self.idle.clear()
        for minutes in IDLE_CHOICES_MIN:
            label = self.tr("Không bao giờ") if minutes == 0 else self.tr("Sau %d phút") % minutes
            self.idle.addItem(label, minutes)
        self._select_idle(self._idle_value)
        self._loading = False
        self.models_button.setText(self.tr("Mô hình AI trên máy…"))
        self.models_button.setAccessibleName(self.tr("Xem, chép và chọn mô hình AI chạy trên máy này"))
        self.voices_button.setText(self.tr("Giọng đọc trên máy…"))
        self.voices_button.setAccessibleName(self.tr("Xem, chép và chọn giọng đọc trên máy này"))
        self.sync_button.setText(self.tr("Đồng bộ…"))
        self.sync_button.setAccessibleName(self.tr("Đồng bộ với máy chủ, đăng ký máy, ghi ra USB"))
        self.pack_title.setText(self.tr("Gói bài học"))
        if hasattr(self, "_pack"):
            self.show_pack_info(self._pack)
        self.pack_button.setText(self.tr("Cài gói bài học mới từ USB…"))
        self.pack_button.setAccessibleName(self.tr("Cài gói bài học mới từ USB hoặc thư mục khác"))
        self.close_button.setText(self.tr("Xong"))
        self.close_button.setAccessibleName(self.tr("Xong, quay lại"))

    def load(self, display: DisplayPrefs, idle_minutes: int, who: str, about: str,
             teacher_recording: bool = False) -> None:
        self._loading = True
        self.recording.setChecked(teacher_recording)
        self.size_buttons[display.text_size].setChecked(True)
        self.contrast.setChecked(display.high_contrast)
        self.language.setCurrentIndex(max(0, self.language.findData(display.language)))
        self.speed.setCurrentIndex(max(0, self.speed.findData(display.speech_speed)))
        self.voice.setCurrentIndex(max(0, self.voice.findData(display.voice)))
        self.speak_controls.setChecked(display.speak_controls)
        self._idle_value = idle_minutes
        self._select_idle(idle_minutes)
        self.who.setText(who)
        self.about.setText(about)
        self._loading = False
        self.size_buttons[display.text_size].setFocus()

    def show_pack_info(self, pack) -> None:
        """``pack`` is a content_data.PackSummary or None."""
        self._pack = pack
        if pack is None:
            text = self.tr("Chưa có gói bài học nào trên máy này.")
        else:
            # The development key's name carries an English warning meant for developers.
            signer = self.tr("nhóm phát triển (khoá thử nghiệm)") if pack.development_key else pack.signer
            text = self.tr("%s, phiên bản %s: %d bài học.\nNgười ký: %s. Mã khoá: %s.") % (
                pack.title, pack.version, pack.lessons, signer, pack.key_id)
        self.pack_info.setText(text)
        self.pack_info.setAccessibleName(text)

    def show_pack_result(self, ok: bool | None, text: str) -> None:
        self.pack_result.setProperty("role", "error" if ok is False else "")
        self.pack_result.style().unpolish(self.pack_result)
        self.pack_result.style().polish(self.pack_result)
        self.pack_result.setText(text)
        self.pack_button.setEnabled(ok is not None)

    def _choose_pack(self) -> None:
        from tutor.ui.widgets.files import open_file

        path = open_file(self, self.tr("Chọn gói bài học"), self.tr("Gói bài học (*.bdpack);;Mọi tệp (*)"))
        if path:
            self.import_pack_requested.emit(path)

    def current_display(self) -> DisplayPrefs:
        return DisplayPrefs(
            text_size=max(0, self.size_group.checkedId()),
            high_contrast=self.contrast.isChecked(),
            language=self.language.currentData() or "vi",
            speech_speed=self.speed.currentData() or 1.0,
            voice=self.voice.currentData() or "north",
            speak_controls=self.speak_controls.isChecked(),
        )

    def _select_idle(self, minutes: int) -> None:
        index = self.idle.findData(minutes)
        if index < 0:
            self.idle.addItem(self.tr("Sau %d phút") % minutes, minutes)
            index = self.idle.count() - 1
        self.idle.setCurrentIndex(index)

    def _size_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._emit_display()

    def _emit_display(self, *_args) -> None:
        if not self._loading:
            self.display_changed.emit(self.current_display())

    def _idle_selected(self, _index: int) -> None:
        if not self._loading and self.idle.currentData() is not None:
            self._idle_value = int(self.idle.currentData())
            self.idle_changed.emit(self._idle_value)
