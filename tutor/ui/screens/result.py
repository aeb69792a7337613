"""After a quiz, a review or a level test: the result, warm words, the certificate.
Also the learner's list of certificates, each can be printed again."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from tutor.ui import core_text
from tutor.ui.widgets.screen import TitledScreen
from tutor.ui.widgets.common import big_button, title_label


class ResultScreen(QWidget):
    home_requested = Signal()
    again_requested = Signal()
    print_requested = Signal(object)        # a tutor.progress Certificate

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.certificate = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        self.title = title_label()
        outer.addWidget(self.title)
        self.score = QLabel()
        self.score.setProperty("role", "title")
        outer.addWidget(self.score)
        self.message = QLabel()
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        self.pdf_label = QLabel()
        self.pdf_label.setWordWrap(True)
        outer.addWidget(self.pdf_label)
        outer.addStretch(1)
        row = QHBoxLayout()
        self.home_button = big_button()
        self.home_button.clicked.connect(self.home_requested)
        row.addWidget(self.home_button)
        self.again_button = big_button()
        self.again_button.clicked.connect(self.again_requested)
        row.addWidget(self.again_button)
        row.addStretch(1)
        self.print_button = big_button(primary=True)
        self.print_button.clicked.connect(lambda: self.certificate and self.print_requested.emit(self.certificate))
        row.addWidget(self.print_button)
        outer.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.home_button.setText(self.tr("Về trang chính"))
        self.home_button.setAccessibleName(self.tr("Về trang chính"))
        self.again_button.setText(self.tr("Làm lại"))
        self.again_button.setAccessibleName(self.tr("Làm lại lần nữa"))
        self.print_button.setText(self.tr("In giấy chứng nhận"))
        self.print_button.setAccessibleName(self.tr("Tạo giấy chứng nhận để in"))

    def show_result(self, title: str, right: int, total: int, message: str, certificate=None,
                    can_retry: bool = True) -> None:
        self.title.setText(title)
        self.score.setText(self.tr("Đúng %d/%d câu") % (right, total))
        self.score.setAccessibleName(self.score.text())
        message = core_text.translate(message)
        self.message.setText(message)
        self.message.setAccessibleName(message)
        self.certificate = certificate
        self.print_button.setVisible(certificate is not None)
        self.again_button.setVisible(can_retry)
        self.pdf_label.clear()
        (self.print_button if certificate is not None else self.home_button).setFocus()

    def show_pdf(self, path: str) -> None:
        self.pdf_label.setText(self.tr("Đã lưu giấy chứng nhận: %s") % path)


class CertificatesScreen(TitledScreen):
    print_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.certificates = []
        outer = self.outer
        self.list = QListWidget()
        self.list.itemActivated.connect(self._print)
        outer.addWidget(self.list, 1)
        self.pdf_label = QLabel()
        self.pdf_label.setWordWrap(True)
        outer.addWidget(self.pdf_label)
        self.print_button = big_button(primary=True)
        self.print_button.clicked.connect(lambda: self.list.currentItem() and self._print(self.list.currentItem()))
        outer.addWidget(self.print_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Giấy chứng nhận của tôi"))
        self.back_button.setText(self.tr("Quay lại"))
        self.back_button.setAccessibleName(self.tr("Quay lại trang chính"))
        self.print_button.setText(self.tr("In lại giấy đã chọn"))
        self.print_button.setAccessibleName(self.tr("In lại giấy chứng nhận đã chọn"))
        self.list.setAccessibleName(self.tr("Danh sách giấy chứng nhận"))

    def show_certificates(self, certificates) -> None:
        self.certificates = list(certificates)
        self.list.clear()
        self.pdf_label.clear()
        for index, cert in enumerate(self.certificates):
            f = cert.fields
            item = QListWidgetItem(self.tr("Cấp %d: %s — ngày %s — số %s") % (
                f.level, f.level_title, f.issued_on, f.certificate_id))
            item.setData(0x0100, index)
            self.list.addItem(item)
        if self.certificates:
            self.list.setCurrentRow(0)
        self.list.setFocus()

    def _print(self, item: QListWidgetItem) -> None:
        self.print_requested.emit(self.certificates[item.data(0x0100)])

    def show_pdf(self, path: str) -> None:
        self.pdf_label.setText(self.tr("Đã lưu giấy chứng nhận: %s") % path)
