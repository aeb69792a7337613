"""The learner's certificates: the list, and a PDF to print (from the list or a passed test)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from tutor.ui.controllers.session import SessionController
    from tutor.ui.mainwindow import MainWindow
    from tutor.ui.taskman import TaskManager

log = logging.getLogger(__name__)


class CertificatesController(QObject):
    def __init__(self, window: "MainWindow", tasks: "TaskManager", session: "SessionController", data_root: Path):
        super().__init__(window)
        self.window, self.tasks, self.session = window, tasks, session
        self.folder = data_root / "certificates"
        window.on_built("home", lambda screen: screen.certificates_requested.connect(self.show_certificates))
        window.on_built("result", lambda screen: screen.print_requested.connect(
            lambda cert: self.print_certificate(cert, screen)))
        window.on_built("certificates", self._wire_list)

    def _wire_list(self, screen) -> None:
        screen.back_requested.connect(self.session.back_home)
        screen.print_requested.connect(lambda cert: self.print_certificate(cert, screen))

    def show_certificates(self) -> None:
        learner_id = self.session.learner_id

        def got(certs) -> None:
            screen = self.window.certificates_screen
            screen.show_certificates(certs)
            self.window.show_screen(screen)

        self.tasks.run_db(lambda ws: ws.progress.certificates(learner_id), got, self.session.home_error)

    def print_certificate(self, certificate, screen) -> None:
        """Writes the PDF into the data dir's certificates folder and opens it for printing."""
        from tutor.ui.certificate_pdf import write_certificate_pdf

        f = certificate.fields
        path = self.folder / f"giay-chung-nhan-cap{f.level}-{f.certificate_id}.pdf"
        # QPdfWriter paints with Qt's GUI classes: done on the main thread, it takes a few ms.
        try:
            written = write_certificate_pdf(certificate, path, f.device_id[:8])
        except OSError as exc:
            log.error("certificate PDF not written", exc_info=exc)
            screen.show_pdf(QCoreApplication.translate(
                "MainWindow", "Không lưu được tệp PDF (ổ đĩa đầy hoặc không ghi được)."))
            return
        screen.show_pdf(str(written))
        if QApplication.platformName() not in ("offscreen", "minimal"):
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
