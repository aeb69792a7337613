"""Báo cáo: the class report as CSV (Excel) and PDF (to print), and every certificate of
the class in one PDF, one per page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from tutor.ui.widgets.common import big_button, set_text


def printer_available() -> bool:
    """A QPrintDialog only makes sense when the PC knows a printer."""
    try:
        from PySide6.QtPrintSupport import QPrinterInfo
    except ImportError:
        return False
    return bool(QPrinterInfo.availablePrinters())


class ReportsTab(QWidget):
    csv_requested = Signal()
    pdf_requested = Signal()
    certificates_requested = Signal()
    print_certificates_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.certificate_count = 0
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        buttons = QGridLayout()
        buttons.setHorizontalSpacing(16)
        buttons.setVerticalSpacing(12)
        self.pdf_button = big_button(primary=True)
        self.pdf_button.clicked.connect(self.pdf_requested)
        self.pdf_help = QLabel()
        self.csv_button = big_button()
        self.csv_button.clicked.connect(self.csv_requested)
        self.csv_help = QLabel()
        self.certificates_button = big_button()
        self.certificates_button.clicked.connect(self.certificates_requested)
        self.certificates_help = QLabel()
        self.print_button = big_button()
        self.print_button.clicked.connect(self.print_certificates_requested)
        self.print_help = QLabel()
        rows = ((self.pdf_button, self.pdf_help), (self.csv_button, self.csv_help),
                (self.certificates_button, self.certificates_help), (self.print_button, self.print_help))
        for row, (button, help_label) in enumerate(rows):
            help_label.setWordWrap(True)
            buttons.addWidget(button, row, 0)
            buttons.addWidget(help_label, row, 1)
        buttons.setColumnStretch(1, 1)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setProperty("role", "notice")
        self.status.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.status.hide()
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.set_printer_available(printer_available())
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Lưu báo cáo để nộp cho xã hoặc để in. Tệp được lưu vào nơi bạn chọn "
                                   "(ví dụ ổ USB)."))
        set_text(self.pdf_button, self.tr("Lưu báo cáo PDF…"), self.tr("Lưu báo cáo lớp thành tệp PDF để in"))
        self.pdf_help.setText(self.tr("Để in: mức hoàn thành từng cấp, từng bài và giấy chứng nhận đã cấp."))
        set_text(self.csv_button, self.tr("Lưu báo cáo CSV…"), self.tr("Lưu báo cáo lớp thành tệp CSV cho Excel"))
        self.csv_help.setText(self.tr("Để mở bằng Excel: mỗi người học một dòng."))
        set_text(self.certificates_button, self.tr("In chứng nhận cả lớp…"),
                 self.tr("Lưu mọi giấy chứng nhận của lớp vào một tệp PDF, mỗi giấy một trang"))
        self.print_help.setText(self.tr("Gửi thẳng mọi giấy chứng nhận của lớp tới máy in."))
        set_text(self.print_button, self.tr("In ra máy in…"), self.tr("In giấy chứng nhận cả lớp ra máy in"))
        self.set_certificate_count(self.certificate_count)

    def set_certificate_count(self, count: int) -> None:
        self.certificate_count = count
        if count:
            self.certificates_help.setText(self.tr("Lớp có %d giấy chứng nhận. Mỗi giấy một trang A4 ngang.") % count)
        else:
            self.certificates_help.setText(self.tr("Lớp chưa có giấy chứng nhận nào."))
        self.certificates_button.setEnabled(count > 0)
        self.print_button.setEnabled(count > 0)

    def set_printer_available(self, available: bool) -> None:
        self.print_button.setVisible(available)
        self.print_help.setVisible(available)

    def set_busy(self, busy: bool) -> None:
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(not busy)
        self.certificates_button.setEnabled(not busy and self.certificate_count > 0)
        self.print_button.setEnabled(not busy and self.certificate_count > 0)

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setVisible(bool(text))
