"""Máy tình nguyện viên: a field laptop collects the PCs' USB sync files at each site it
visits, shows what it carries, and writes it all to a stick for the hub."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget,
)

from tutor.ui.screens.teacher.format import datetime_text
from tutor.ui.screens.teacher.frame import TeacherScreen
from tutor.ui.widgets.common import big_button, set_text


def size_text(size_bytes: int) -> str:
    if size_bytes >= 1024 * 1024:
        return f"{size_bytes / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size_bytes / 1024))} KB"


class VolunteerScreen(TeacherScreen):
    collect_requested = Signal()
    write_requested = Signal()
    add_site_requested = Signal()
    refresh_sites_requested = Signal()
    deliver_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.outer.addWidget(self.intro)
        sites_row = QHBoxLayout()
        self.sites = QLabel()
        self.sites.setWordWrap(True)
        sites_row.addWidget(self.sites, 1)
        self.add_site_button = big_button()
        self.add_site_button.clicked.connect(self.add_site_requested)
        sites_row.addWidget(self.add_site_button)
        self.refresh_button = big_button()
        self.refresh_button.clicked.connect(self.refresh_sites_requested)
        sites_row.addWidget(self.refresh_button)
        self.outer.addLayout(sites_row)
        self.table = QTableWidget(0, 7)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(40)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.outer.addWidget(self.table, 1)
        self.totals = QLabel()
        self.totals.setProperty("role", "subtitle")
        self.totals.setWordWrap(True)
        self.totals.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.outer.addWidget(self.totals)
        row = QHBoxLayout()
        self.collect_button = big_button(primary=True)
        self.collect_button.clicked.connect(self.collect_requested)
        row.addWidget(self.collect_button)
        self.write_button = big_button()
        self.write_button.clicked.connect(self.write_requested)
        row.addWidget(self.write_button)
        self.deliver_button = big_button()
        self.deliver_button.clicked.connect(self.deliver_requested)
        row.addWidget(self.deliver_button)
        row.addStretch(1)
        self.outer.addLayout(row)
        # Why a button is off, said under the buttons (a greyed button alone leaves a volunteer guessing).
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setProperty("role", "notice")
        self.reasons.hide()
        self.outer.addWidget(self.reasons)
        self._busy = False
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Máy tình nguyện viên"))
        set_text(self.back_button, self.tr("Danh sách lớp"), self.tr("Quay lại danh sách lớp"))
        self.intro.setText(self.tr(
            "Ở mỗi điểm học: cắm USB có tệp đồng bộ của các máy rồi bấm “Nhận từ USB”. "
            "Khi về trạm của xã: bấm “Gửi lên máy chủ” nếu có mạng, hoặc “Ghi ra USB” rồi nhập các tệp đó vào trạm."))
        self.table.setAccessibleName(self.tr("Các tệp dữ liệu máy này đang mang"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Máy"), self.tr("Điểm học"), self.tr("Số bản ghi"), self.tr("Người học"),
            self.tr("Ghi lúc"), self.tr("Dung lượng"), self.tr("Trạng thái"),
        ])
        set_text(self.collect_button, self.tr("Nhận từ USB…"), self.tr("Nhận tệp đồng bộ từ một thư mục trên USB"))
        set_text(self.write_button, self.tr("Ghi ra USB…"), self.tr("Ghi mọi tệp đang mang ra một thư mục trên USB"))
        set_text(self.deliver_button, self.tr("Gửi lên máy chủ"),
                 self.tr("Gửi các tệp chưa giao lên máy chủ của từng điểm học, khi có mạng"))
        set_text(self.add_site_button, self.tr("Thêm điểm học…"),
                 self.tr("Đăng ký máy này ở một điểm học bằng mã của điểm học đó"))
        set_text(self.refresh_button, self.tr("Cập nhật danh sách máy"),
                 self.tr("Lấy lại danh sách máy tính của các điểm học từ máy chủ"))
        if self.summary is not None:
            self.show_summary(self.summary)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.collect_button.setEnabled(not busy)
        self.add_site_button.setEnabled(not busy)
        self.refresh_button.setEnabled(not busy and bool(self.summary and self.summary.carrier_sites))
        self.write_button.setEnabled(not busy and bool(self.summary and self.summary.bundles))
        self.deliver_button.setEnabled(not busy and bool(self.summary and self.summary.not_delivered))
        self._explain()

    def _explain(self) -> None:
        """Each button that is off says why: in its tooltip, to a screen reader, and in one line below."""
        summary = self.summary
        has_bundles = bool(summary and summary.bundles)
        why = {
            self.refresh_button: self.tr("“Cập nhật danh sách máy” cần một điểm học trước: bấm “Thêm điểm học…”."),
            self.write_button: self.tr("“Ghi ra USB…” chưa có gì để ghi: hãy “Nhận từ USB…” ở một điểm học trước."),
            self.deliver_button: self.tr("“Gửi lên máy chủ”: mọi tệp đã được giao.") if has_bundles
            else self.tr("“Gửi lên máy chủ” chưa có gì để gửi: hãy “Nhận từ USB…” ở một điểm học trước."),
        }
        busy = self.tr("Đang làm việc, chờ một chút…")
        lines = []
        for button in (self.collect_button, self.add_site_button, self.refresh_button, self.write_button,
                       self.deliver_button):
            reason = "" if button.isEnabled() else busy if self._busy else why.get(button, "")
            button.setToolTip(reason)
            button.setAccessibleDescription(reason)
            if reason and reason not in lines:
                lines.append(reason)
        self.reasons.setText("\n".join(lines))
        self.reasons.setVisible(bool(lines))

    def show_summary(self, summary) -> None:
        self.summary = summary
        self.sites.setText(self.tr("Máy này được đăng ký ở: %s") % ", ".join(summary.sites)
                           if summary.sites else self.tr("Máy này chưa được đăng ký ở điểm học nào."))
        self.refresh_button.setEnabled(bool(summary.carrier_sites))
        self.table.setRowCount(len(summary.bundles))
        for row, bundle in enumerate(summary.bundles):
            status = self.tr("✓ Đã giao") if bundle.delivered else self.tr("Chưa giao")
            cells = (bundle.device_name or bundle.device_id[:8], bundle.site_name, str(bundle.events),
                     str(bundle.learners), datetime_text(bundle.written_at), size_text(bundle.size_bytes), status)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if summary.bundles:
            totals = self.tr("Đang mang %d tệp, %d bản ghi. Chưa giao: %d tệp.") % (
                len(summary.bundles), summary.events_total, summary.not_delivered)
        else:
            totals = self.tr("Máy này chưa mang tệp nào.")
        self.totals.setText(totals)
        self.totals.setAccessibleName(totals)
        self.write_button.setEnabled(bool(summary.bundles))
        self.deliver_button.setEnabled(bool(summary.not_delivered))
        self._explain()
