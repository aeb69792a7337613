"""The class report as a CSV file for Excel (UTF-8 with BOM), from a ClassReport value.

The file has four blocks separated by an empty row, each with its own header row,
so it reads well both on screen and when printed from Excel:

1. the report's title lines (class, date, teacher);
2. completion by level;
3. one row per learner: time, answers, lessons passed/mastered, certificates, last
   activity, then one column per lesson with its status in words;
4. certificates issued.
"""

from __future__ import annotations

from datetime import datetime

from tutor.progress.localday import LocalCalendar
from tutor.teacher.api import ClassReport
from tutor.teacher.csv_members import write_rows

STATUS_WORDS = {
    "not_started": "Chưa học",
    "started": "Đang học",
    "passed_quiz": "Đã qua",
    "mastered": "Thành thạo",
}
_CALENDAR = LocalCalendar()


def local_date(when: datetime | None) -> str:
    return _CALENDAR.calendar_date(when).strftime("%d/%m/%Y") if when else ""


def minutes(seconds: int) -> int:
    return round(seconds / 60)


def class_report_csv(report: ClassReport) -> bytes:
    lines: list[tuple[object, ...]] = []

    def row(*cells: object) -> None:
        lines.append(cells)

    row("Báo cáo lớp", report.class_info.name)
    row("Ngày lập", local_date(report.generated_at))
    row("Giáo viên", report.teacher_name)
    row("Số người học", report.class_info.member_count)
    row()
    row("Cấp độ", "Tên cấp độ", "Số bài", "Người học", "Đã qua bài kiểm tra",
        "Lượt bài đã qua", "Lượt bài thành thạo", "Tỉ lệ bài đã qua (%)")
    for level in report.levels:
        possible = level.lessons_total * level.learners_total
        share = round(100 * level.lessons_passed / possible) if possible else 0
        row(level.level, level.title, level.lessons_total, level.learners_total, level.learners_passed_test,
            level.lessons_passed, level.lessons_mastered, share)
    row()
    lesson_headers = [f"Bài {c.short_title}" for c in report.grid.lessons]
    row("Họ tên", "Mã người học", "Thời gian học (phút)", "Số câu đã làm", "Số câu đúng", "Tỉ lệ đúng (%)",
        "Bài đã qua", "Bài thành thạo", "Chứng nhận", "Hoạt động gần nhất", *lesson_headers)
    statuses = {r.learner_id: r.cells for r in report.grid.rows}
    for learner in report.learners:
        share = round(100 * learner.correct / learner.attempts) if learner.attempts else 0
        cells = [STATUS_WORDS[c.status] for c in statuses.get(learner.learner_id, ())]
        row(learner.display_name, learner.learner_id, minutes(learner.time_spent_s), learner.attempts,
            learner.correct, share, learner.lessons_passed, learner.lessons_mastered, learner.certificates,
            local_date(learner.last_activity), *cells)
    row()
    row("Chứng nhận đã cấp", "Cấp độ", "Tên cấp độ", "Ngày cấp", "Mã chứng nhận")
    for cert in report.certificates:
        row(cert.display_name, cert.level, cert.level_title, local_date(cert.issued_at), cert.code)
    return write_rows(lines)
