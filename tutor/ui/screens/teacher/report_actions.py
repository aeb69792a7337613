"""The class's papers: report as CSV and PDF, certificates as one PDF or to a printer.

A mixin of TeacherAreaController (tutor.ui.screens.teacher.controller): it uses the
controller's session, screens and helpers (_read, _write, _guarded, _need_session)."""

from __future__ import annotations

from tutor.ui.screens.teacher import data, dialogs
from tutor.ui.screens.teacher.common import file_stem, teacher_of


class ReportActions:
    # -- reports and certificates ------------------------------------------------------------

    def _report_target(self, title: str, suffix: str, name_filter: str) -> str | None:
        info = self.class_page.snapshot.info
        return dialogs.save_file(self.window, title, f"bao-cao-{file_stem(info.name)}.{suffix}", name_filter)

    def _reports_status(self, text: str, busy: bool = False) -> None:
        self.class_page.reports_tab.set_busy(busy)
        self.class_page.reports_tab.show_status(text)

    def save_report_csv(self) -> None:
        if not self._need_session():
            return
        path = self._report_target(self.tr("Lưu báo cáo lớp (CSV)"), "csv", self.tr("Tệp CSV (*.csv)"))
        if not path:
            return
        session, class_id = self.session, self.class_page.class_id

        def run(ws):
            teacher = teacher_of(ws)
            return teacher.class_report_csv(teacher.class_report(session, class_id))

        self._reports_status(self.tr("Đang lập báo cáo…"), busy=True)
        self.tasks.run_db(run, self._guarded(lambda payload: self._save_bytes(path, payload, self._reports_status)),
                          self._file_error(self._reports_status))

    def save_report_pdf(self) -> None:
        if not self._need_session():
            return
        path = self._report_target(self.tr("Lưu báo cáo lớp (PDF)"), "pdf", self.tr("Tệp PDF (*.pdf)"))
        if not path:
            return
        session, class_id = self.session, self.class_page.class_id

        def write(report) -> None:
            from tutor.ui.report_pdf import write_class_report_pdf

            # Many pages for a big class: drawn on a worker thread, the window stays responsive.
            self.tasks.run_slow(lambda: str(write_class_report_pdf(report, path)),
                                self._guarded(self._pdf_written), self._file_error(self._reports_status))

        self._reports_status(self.tr("Đang lập báo cáo…"), busy=True)
        self.tasks.run_db(lambda ws: teacher_of(ws).class_report(session, class_id), self._guarded(write),
                          self._file_error(self._reports_status))

    def _pdf_written(self, path: str) -> None:
        self._reports_status(self.tr("Đã lưu: %s") % path)
        self.file_written.emit(path)

    def save_certificates_pdf(self) -> None:
        if not self._need_session():
            return
        info = self.class_page.snapshot.info
        path = dialogs.save_file(self.window, self.tr("Lưu giấy chứng nhận cả lớp (PDF)"),
                                 f"chung-nhan-{file_stem(info.name)}.pdf", self.tr("Tệp PDF (*.pdf)"))
        if not path:
            return
        class_id = info.class_id
        title = self.tr("Giấy chứng nhận lớp %s") % info.name

        def write(certificates) -> None:
            from tutor.ui.report_pdf import write_certificates_pdf

            if not certificates:
                self._reports_status(self.tr("Lớp chưa có giấy chứng nhận nào."))
                return
            self.tasks.run_slow(lambda: str(write_certificates_pdf(certificates, path, title)),
                                self._guarded(self._pdf_written), self._file_error(self._reports_status))

        self._reports_status(self.tr("Đang chuẩn bị giấy chứng nhận…"), busy=True)
        self.tasks.run_db(lambda ws: data.class_certificates(ws, class_id), self._guarded(write),
                          self._file_error(self._reports_status))

    def print_certificates(self) -> None:
        """Straight to a printer: the system's print dialog, then one certificate per page."""
        if not self._need_session():
            return
        class_id = self.class_page.class_id

        def got(certificates) -> None:
            from PySide6.QtGui import QPageLayout
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter

            from tutor.ui.report_pdf import paint_certificates

            if not certificates:
                self._reports_status(self.tr("Lớp chưa có giấy chứng nhận nào."))
                return
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
            dialog = QPrintDialog(printer, self.window)
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                self._reports_status("")
                return
            count = paint_certificates(printer, certificates)
            self._reports_status(self.tr("Đã gửi %d giấy chứng nhận tới máy in.") % count)

        self.tasks.run_db(lambda ws: data.class_certificates(ws, class_id), self._guarded(got),
                          self._file_error(self._reports_status))
