"""Giọng đọc trên máy: the voice manager, beside the model manager.

For the teacher: the voices this PC reads with (espeak-ng built in, and any
neural voice packs imported), bringing in a Piper voice from a USB stick or a
folder (checked, copied with SHA-256, measured for speed on this PC, all on a
worker thread with a cancel button; only plain values cross back), a plain verdict for this PC, and "Dùng
giọng này". The read-aloud router picks the choice up at the next sentence.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QWidget,
)

from tutor.audio.voicepacks import VoicePack, VoicePackStore, measure_speed, verdict
from tutor.cancel import Cancelled, CancelToken
from tutor.errors import TutorError
from tutor.ui import core_text
from tutor.ui.widgets.common import big_button, error_label, notice_label, show_notice
from tutor.ui.widgets.screen import TitledScreen

log = logging.getLogger(__name__)

BUILT_IN = ""  # the list item that stands for espeak-ng


def _free_ram() -> int:
    import psutil

    return psutil.virtual_memory().available


class _Bridge(QObject):
    """Worker-to-UI hops carrying only plain values (queued)."""

    progress = Signal(float)
    done = Signal(str, float)     # pack name, real-time factor (-1: could not measure)
    failed = Signal(str)          # Vietnamese message


class VoicesScreen(TitledScreen):
    voice_chosen = Signal(str)       # pack name, or "" for the built-in voice
    import_finished = Signal(str)    # pack name
    import_failed = Signal(str)      # Vietnamese message

    def __init__(self, parent: QWidget | None = None, *, ram_probe: Callable[[], int] = _free_ram):
        super().__init__(parent)
        self.store: VoicePackStore | None = None
        self._ram_probe = ram_probe
        self._speeds: dict[str, float] = {}
        self._job: CancelToken | None = None
        self._bridge = _Bridge(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._bridge.progress.connect(lambda f: self.progress.setValue(round(f * 1000)), queued)
        self._bridge.done.connect(self._imported, queued)
        self._bridge.failed.connect(self._import_error, queued)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.outer.addWidget(self.intro)
        self.voice_list = QListWidget()
        self.voice_list.setWordWrap(True)
        self.voice_list.setSpacing(6)
        self.voice_list.setMinimumHeight(160)
        self.voice_list.currentRowChanged.connect(self._show_details)
        self.outer.addWidget(self.voice_list, 1)
        self.details = notice_label()
        self.outer.addWidget(self.details)
        row = QHBoxLayout()
        self.use_button = big_button(primary=True)
        self.use_button.clicked.connect(self._use_selected)
        row.addWidget(self.use_button)
        self.import_button = big_button()
        self.import_button.clicked.connect(self._choose_file)
        row.addWidget(self.import_button)
        self.cancel_button = big_button()
        self.cancel_button.clicked.connect(self.cancel_import)
        self.cancel_button.hide()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        self.outer.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.outer.addWidget(self.progress)
        self.error = error_label()
        self.error.hide()
        self.outer.addWidget(self.error)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Giọng đọc trên máy"))
        self.set_back_text(self.tr("← Quay lại"), self.tr("Quay lại phần cài đặt"))
        self.intro.setText(self.tr(
            "Máy luôn có sẵn một giọng đọc. Bạn có thể chép thêm giọng đọc mới, nghe tự nhiên hơn, "
            "từ USB hoặc thư mục: chọn tệp .onnx (kèm tệp .onnx.json cùng tên)."))
        self.use_button.setText(self.tr("Dùng giọng này"))
        self.import_button.setText(self.tr("Chép giọng mới từ USB hoặc thư mục…"))
        self.cancel_button.setText(self.tr("Dừng chép"))
        self.voice_list.setAccessibleName(self.tr("Các giọng đọc trên máy"))

    # -- listing -----------------------------------------------------------------------

    def set_store(self, store: VoicePackStore) -> None:
        self.store = store
        self.refresh()

    def refresh(self) -> None:
        self.voice_list.clear()
        if self.store is None:
            return
        active = self.store.active()
        in_use = self.tr(" (đang dùng)")
        built_in = QListWidgetItem(self.tr("Giọng có sẵn (espeak-ng)") + ("" if active else in_use))
        built_in.setData(Qt.ItemDataRole.UserRole, BUILT_IN)
        self.voice_list.addItem(built_in)
        for pack in self.store.packs():
            mark = in_use if active is not None and active.name == pack.name else ""
            label = core_text.translate(pack.label)
            item = QListWidgetItem(f"{label}{mark}\n{pack.name} · {pack.size_bytes / 1e6:.0f} MB")
            item.setData(Qt.ItemDataRole.UserRole, pack.name)
            self.voice_list.addItem(item)
        self.voice_list.setCurrentRow(0 if active is None else next(
            (i for i in range(self.voice_list.count())
             if self.voice_list.item(i).data(Qt.ItemDataRole.UserRole) == active.name), 0))
        self._show_details(self.voice_list.currentRow())

    def _pack(self, name: str) -> VoicePack | None:
        return next((p for p in self.store.packs() if p.name == name), None) if self.store else None

    def selected_name(self) -> str | None:
        item = self.voice_list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _show_details(self, _row: int) -> None:
        name = self.selected_name()
        active = self.store.active() if self.store else None
        self.use_button.setEnabled(name is not None and name != (active.name if active else BUILT_IN))
        if name is None:
            show_notice(self.details, "")
        elif name == BUILT_IN:
            show_notice(self.details, self.tr(
                "Giọng có sẵn chạy trên mọi máy, không cần thêm bộ nhớ. Chọn giọng Bắc, Trung hay Nam "
                "trong phần cài đặt."))
        else:
            pack = self._pack(name)
            if pack is not None:
                judged = verdict(pack, self._ram_probe(), self._speeds.get(name))
                show_notice(self.details, self.tr("Mã kiểm tra SHA-256: %s…") % pack.sha256[:16] + "\n" + core_text.translate(judged.text))

    # -- choosing ------------------------------------------------------------------------

    def _use_selected(self) -> None:
        name = self.selected_name()
        if self.store is None or name is None:
            return
        self.store.set_active(None if name == BUILT_IN else self._pack(name))
        self.refresh()
        self.voice_chosen.emit(name)

    # -- importing -----------------------------------------------------------------------

    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp giọng đọc"), str(Path.home()), self.tr("Giọng đọc Piper (*.onnx)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Check, copy and measure a voice on a worker thread."""
        if self.store is None or self._job is not None:
            return
        store, bridge = self.store, self._bridge
        cancel = CancelToken()

        def work() -> None:
            try:
                pack = store.import_pack(path, cancel, lambda f, _m: bridge.progress.emit(0.9 * f))
                bridge.progress.emit(0.92)
                try:
                    speed = measure_speed(pack, cancel=cancel)
                except TutorError as exc:  # copied fine but cannot speak here: keep it, say so
                    log.warning("voice pack %s does not speak on this PC: %s", pack.name, exc.log_message)
                    speed = -1.0
                bridge.done.emit(pack.name, speed)
            except Cancelled:
                bridge.failed.emit(self.tr("Đã dừng chép. Máy không giữ lại phần đã chép dở."))
            except TutorError as exc:
                bridge.failed.emit(core_text.user_text(exc))
            except Exception:
                log.exception("voice import failed")
                bridge.failed.emit(self.tr("Chưa chép được giọng đọc. Hãy thử lại."))

        self.error.hide()
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.import_button.setEnabled(False)
        self._job = cancel
        threading.Thread(target=work, name="voice-import", daemon=True).start()

    def cancel_import(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _end_job(self) -> None:
        self._job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.import_button.setEnabled(True)

    def _imported(self, name: str, speed: float) -> None:
        self._end_job()
        if speed >= 0:
            self._speeds[name] = speed
        self.refresh()
        for index in range(self.voice_list.count()):
            if self.voice_list.item(index).data(Qt.ItemDataRole.UserRole) == name:
                self.voice_list.setCurrentRow(index)
        self.import_finished.emit(name)

    def _import_error(self, message: str) -> None:
        self._end_job()
        self.error.setText(message)
        self.error.show()
        self.import_failed.emit(message)
