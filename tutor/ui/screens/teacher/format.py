"""How the teacher screens write times, dates and durations (Vietnamese source, tr()-able)."""

from __future__ import annotations

from datetime import date, datetime, timezone

from PySide6.QtCore import QCoreApplication

from tutor.progress.localday import LocalCalendar



def time_spent_text(seconds: int) -> str:
    """2 giờ 15 phút; 45 phút; dưới 1 phút; 0 phút."""
    minutes = max(0, int(seconds)) // 60
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return QCoreApplication.translate("TeacherFormat", "%d giờ %d phút") % (hours, minutes)
    if hours:
        return QCoreApplication.translate("TeacherFormat", "%d giờ") % hours
    if minutes or seconds <= 0:
        return QCoreApplication.translate("TeacherFormat", "%d phút") % minutes
    return QCoreApplication.translate("TeacherFormat", "dưới 1 phút")


def local_time(moment: datetime | None) -> datetime | None:
    """Stored times are UTC; people read Vietnam's time, the same clock as the learning day
    and the CSV report (tutor.progress.localday). The PC's own zone is often wrong (UTC on
    many commune PCs), which dated the screen and the PDF differently from the CSV."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(timezone(LocalCalendar().utc_offset))


def datetime_text(moment: datetime | None, never: str | None = None) -> str:
    """21/11/2025 14:05 in local time, or a word for "never"."""
    shown = local_time(moment)
    if shown is None:
        return never if never is not None else QCoreApplication.translate("TeacherFormat", "chưa có")
    return shown.strftime("%d/%m/%Y %H:%M")


def date_text(day: date | datetime | None) -> str:
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = local_time(day).date()
    return day.strftime("%d/%m/%Y")


def short_date_text(day: date) -> str:
    """30/11: the due date on a learner's home."""
    return day.strftime("%d/%m")


def percent_text(part: int, whole: int) -> str:
    if whole <= 0:
        return "—"
    return f"{round(100 * part / whole)}%"
