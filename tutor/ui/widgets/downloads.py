"""What the hub offers this PC and where each item stands, for Settings › Đồng bộ: one line per
item with its name, size and state (coming, downloading 45%, not taken and why, ready).

It reads tutor.sync.downloads' status file (a few hundred bytes), written by the download pass
on its worker thread, once a second while on show: no signal has to cross threads for it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tutor.ui import core_text

if TYPE_CHECKING:
    from tutor.sync.downloads import ItemStatus

POLL_MS = 1000


class DownloadsPanel(QWidget):
    def __init__(self, data_dir: Path | str, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setProperty("role", "subtitle")
        box.addWidget(self.heading)
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        box.addWidget(self.lines)
        self._statuses: list[ItemStatus] = []
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.refresh)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Máy chủ gửi về máy này"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start_polling(self) -> None:
        """While its page is on show (the page says when: a hidden panel cannot tell)."""
        self.refresh()
        self._timer.start()

    def stop_polling(self) -> None:
        self._timer.stop()

    def refresh(self) -> None:
        # Imported here: tutor.sync.downloads brings the HTTP stack, kept off the start-up path.
        from tutor.sync.downloads import read_status

        self._statuses = read_status(self.data_dir)
        self._show()

    def _show(self) -> None:
        lines = [line for line in (self.line(s) for s in self._statuses) if line]
        text = "\n".join(lines)
        self.lines.setText(text)
        self.lines.setAccessibleName(text)
        self.setVisible(bool(lines))  # nothing offered: no noise

    def line(self, status: ItemStatus) -> str:
        from tutor.local_llm.registry import human_size

        size = human_size(status.size)
        if status.code and status.state in ("skipped", "failed", "waiting"):
            return core_text.translate_code(status.code, status.params)
        if status.state == "downloading" or (status.state == "waiting" and status.done_bytes > 0):
            return self.tr("Đang tải về: %s (%s) %d%%") % (status.name, size, int(status.fraction * 100))
        if status.state == "waiting":
            return self.tr("Đang chờ tải: %s (%s)") % (status.name, size)
        if status.state == "done":
            return self.tr("Đã có, dùng được: %s (%s)") % (status.name, size)
        return ""  # a pack this PC already holds in that version or newer: nothing to say
