"""The one place a failure becomes the sentence a person reads.

The UI's controllers translate in the main window's context ("MainWindow"), where their
sentences were first written, so the existing translations keep applying."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from tutor.errors import ProfileLocked, TutorError, WrongPin
from tutor.ui import core_text

log = logging.getLogger(__name__)


def user_message(exc: BaseException) -> str:
    if isinstance(exc, WrongPin):
        if exc.tries_left > 0:
            return QCoreApplication.translate("MainWindow", "Mã PIN chưa đúng. Bạn còn %d lần thử.") % exc.tries_left
        return QCoreApplication.translate("MainWindow", "Mã PIN chưa đúng.")
    if isinstance(exc, ProfileLocked):
        minutes = max(1, (exc.seconds_left + 59) // 60)
        if minutes >= 120:  # locks in a row grow up to a day (tutor.lockout)
            return QCoreApplication.translate(
                "MainWindow", "Nhập sai quá nhiều lần. Hãy đợi khoảng %d giờ rồi thử lại.") % ((minutes + 59) // 60)
        return QCoreApplication.translate(
            "MainWindow", "Nhập sai quá nhiều lần. Hãy đợi %d phút rồi thử lại.") % minutes
    if isinstance(exc, TutorError):
        return core_text.user_text(exc)
    log.error("unexpected error", exc_info=exc)
    return QCoreApplication.translate("MainWindow", "Đã có lỗi xảy ra. Dữ liệu của bạn vẫn an toàn.")
