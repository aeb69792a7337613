"""The teacher screens' parts on their own: the mastery grid's model, the learner's
"Bài được giao" panel, the report PDF's paging, the login form, and screens fed by
the in-memory fake TeacherArea (exact figures a test chooses)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from tests.ui.teacher_fake import install_fake
from tutor.teacher.api import (
    Assignment, CertificateRow, ClassGrid, ClassInfo, ClassReport, GridCell, GridRow, LearnerAssignment,
    LearnerReport, LessonColumn, LevelCompletion, WeakQuestion,
)
from tutor.ui.screens.teacher.format import time_spent_text
from tutor.ui.screens.teacher.grid import GridModel, filter_grid

NOW = datetime(2026, 11, 21, 8, 0, tzinfo=timezone.utc)
STATES = ("not_started", "started", "passed_quiz", "mastered")


def sample_grid(learners: int = 2) -> ClassGrid:
    lessons = (LessonColumn("l1.a", 1, "1.1", "Bài một"), LessonColumn("l1.b", 1, "1.2", "Bài hai"),
               LessonColumn("l2.a", 2, "2.1", "Bài ba"), LessonColumn("l2.b", 2, "2.2", "Bài bốn"))
    rows = tuple(
        GridRow(f"id{n}", f"Người học {n}", "sun",
                tuple(GridCell(lesson.lesson_id, STATES[(n + i) % 4], correct=i, attempts=i + 1)
                      for i, lesson in enumerate(lessons)),
                ("Sai 3 câu liền ở bài 1.1",) if n == 0 else ())
        for n in range(learners))
    return ClassGrid("c1", lessons, rows)


# --- the grid --------------------------------------------------------------------------------


def test_grid_marks_every_state_with_a_symbol_and_words(qtbot):
    model = GridModel()
    grid = sample_grid(1)
    model.set_rows(grid.lessons, grid.rows, high_contrast=False)
    assert (model.rowCount(), model.columnCount()) == (1, 5)
    symbols = [model.data(model.index(0, c)) for c in range(1, 5)]
    assert symbols == ["", "◔", "✓", "★"]
    tips = [model.data(model.index(0, c), Qt.ItemDataRole.ToolTipRole) for c in range(1, 5)]
    assert tips[0] == "Người học 0 — Bài 1.1: Bài một — Chưa học (đúng 0/1 câu)"
    assert tips[3].endswith("Đã thuộc (đúng 3/4 câu)")
    assert model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(0, 4), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(0, 0)) == "Người học 0  ⚑"
    assert "Cần giúp đỡ: Sai 3 câu liền" in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "1.2"
    assert model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Bài 1.2: Bài hai"
    # High contrast: no light fills on the black theme; the symbols still tell the states apart.
    model.set_rows(grid.lessons, grid.rows, high_contrast=True)
    assert all(model.data(model.index(0, c), Qt.ItemDataRole.BackgroundRole) is None for c in range(1, 5))
    assert [model.data(model.index(0, c)) for c in range(1, 5)] == symbols


def test_grid_level_filter_keeps_cells_in_step_with_columns():
    grid = sample_grid(3)
    lessons, rows = filter_grid(grid, 2)
    assert [l.lesson_id for l in lessons] == ["l2.a", "l2.b"]
    assert all([c.lesson_id for c in row.cells] == ["l2.a", "l2.b"] for row in rows)
    assert filter_grid(grid, None) == (grid.lessons, grid.rows)


@pytest.mark.parametrize("spent_s, text", [
    (0, "0 phút"), (20, "dưới 1 phút"), (45 * 60, "45 phút"), (3 * 3600, "3 giờ"), (8100, "2 giờ 15 phút"),
])
def test_time_spent_reads_as_plain_vietnamese(spent_s, text):
    assert time_spent_text(spent_s) == text


# --- the learner's panel ---------------------------------------------------------------------


def learner_item(title, lesson_id=None, level=None, due=None, done=False, overdue=False):
    assignment = Assignment("a-" + title, "c1", "level_test" if level else "lessons",
                            (lesson_id,) if lesson_id else (), level, due, NOW, "t1", False)
    return LearnerAssignment(assignment, title, lesson_id, level, done, overdue)


def test_assigned_panel_hidden_when_empty_and_marks_due_overdue_done(qtbot):
    from tutor.ui.widgets.assigned import AssignedPanel

    panel = AssignedPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_assignments([])
    assert not panel.isVisible()
    items = [
        learner_item("Bài 1.3: Viết đơn", "l1.c", due=date(2026, 11, 30)),
        learner_item("Bài 1.1: AI là gì", "l1.a", due=date(2026, 11, 1), overdue=True),
        learner_item("Bài 1.2: Gõ tiếng Việt", "l1.b", done=True),
        learner_item("Bài kiểm tra Cấp 1", level=1),
    ]
    panel.show_assignments(items)
    assert panel.isVisible()
    texts = [b.full_text for b in panel.buttons]
    assert texts[0] == "Bài 1.3: Viết đơn\nHạn: 30/11 · Chưa xong"
    assert texts[1] == "! Bài 1.1: AI là gì\nHạn: 01/11 · Quá hạn"
    assert panel.buttons[1].property("role") == "wrong"
    assert texts[2] == "✓ Bài 1.2: Gõ tiếng Việt\nĐã xong"
    assert panel.buttons[2].accessibleName() == "Bài 1.2: Gõ tiếng Việt. Đã xong"
    assert panel.buttons[0].accessibleName() == "Bài 1.3: Viết đơn. Hạn: 30/11. Chưa xong"
    assert panel.heading.text() == "Bài được giao (3 bài chưa xong)"
    assert not panel.more_button.isVisible()
    with qtbot.waitSignal(panel.lesson_chosen) as chosen:
        panel.buttons[0].click()
    assert chosen.args == ["l1.c"]
    with qtbot.waitSignal(panel.level_test_chosen) as chosen:
        panel.buttons[3].click()
    assert chosen.args == [1]


def test_assigned_items_sorted_overdue_first_done_last():
    from tutor.ui.widgets.assigned import load_assigned

    items = [learner_item("done", "a", done=True), learner_item("todo", "b"), learner_item("late", "c", overdue=True)]

    class Ws:
        class teacher:
            @staticmethod
            def learner_assignments(_learner_id):
                return items

    assert [i.title for i in load_assigned(Ws, "x")] == ["late", "todo", "done"]
    assert load_assigned(object(), "x") == []      # a PC without the teacher area shows nothing


# --- the report PDF --------------------------------------------------------------------------


def big_report(learners: int) -> ClassReport:
    grid = sample_grid(learners)
    reports = tuple(LearnerReport(row.learner_id, row.display_name, "sun", 8100, 40, 30, 3, 1, 1, NOW, None,
                                  (WeakQuestion("l1.a", "q1", "Câu hỏi", 3, 4),), (1, 2)) for row in grid.rows)
    return ClassReport(
        ClassInfo("c1", "Lớp đông người", NOW, False, learners), NOW, "Thầy Minh",
        (LevelCompletion(1, "Xử lý văn bản cơ bản", learners, 2, 5, 17, 4),
         LevelCompletion(2, "Đa phương tiện", learners, 2, 0, 3, 0)),
        grid, reports,
        tuple(CertificateRow(row.learner_id, row.display_name, 1, "Xử lý văn bản cơ bản", NOW, f"AB{n:02d}-CDEF",
                             "CODE") for n, row in enumerate(grid.rows[:5])))


def test_long_class_report_breaks_pages_repeats_headers_and_numbers_pages(qtbot, tmp_path):
    from pypdf import PdfReader

    from tutor.ui.report_pdf import write_class_report_pdf

    path = write_class_report_pdf(big_report(70), tmp_path / "bao-cao.pdf")
    reader = PdfReader(str(path))
    total = len(reader.pages)
    assert total >= 3
    texts = [" ".join(p.extract_text().split()) for p in reader.pages]
    for number, text in enumerate(texts, start=1):
        assert f"Trang {number}/{total}" in text and "Báo cáo lớp Lớp đông người" in text
    continued = [t for t in texts[1:] if "Người học 40" in t or "Người học 69" in t]
    assert continued and all("Họ tên" in t for t in continued)   # the table's header again
    whole = " ".join(texts)
    assert "17/140 (12%)" in whole and "5 (7%)" in whole         # level 1: lessons passed, tests passed
    assert "2 giờ 15 phút" in whole and "30/40 (75%)" in whole
    assert "AB04-CDEF" in whole and "Thầy Minh" in whole
    assert not (tmp_path / "bao-cao.pdf.part").exists()


def test_report_to_an_unwritable_place_fails_cleanly(tmp_path):
    from tutor.ui.report_pdf import write_class_report_pdf

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder should be")
    with pytest.raises(OSError):
        write_class_report_pdf(big_report(2), blocked / "bao-cao.pdf")
    assert list(tmp_path.iterdir()) == [blocked]


# --- screens over the fake ---------------------------------------------------------------------


def test_login_form_checks_before_asking_the_core(qtbot):
    from tutor.ui.screens.teacher.login import TeacherLoginScreen

    form = TeacherLoginScreen()
    qtbot.addWidget(form)
    form.start("first_run")
    sent = []
    form.create_requested.connect(lambda *args: sent.append(args))
    form.submit_button.click()
    assert form.error.text() == "Hãy nhập tên đăng nhập."
    form.username_edit.setText("  co lan ")
    form.password_edit.setText("abcdef")
    form.submit_button.click()
    assert "tên hiển thị" in form.error.text()
    form.name_edit.setText("Cô Lan")
    form.again_edit.setText("abcdeg")
    form.submit_button.click()
    assert "không giống nhau" in form.error.text() and form.password_edit.text() == ""
    form.password_edit.setText("abcdef")
    form.again_edit.setText("abcdef")
    form.submit_button.click()
    assert sent == [("co lan", "Cô Lan", "abcdef")]
    assert not form.submit_button.isEnabled()   # one request at a time


def test_grid_and_learner_page_over_the_fake(qtbot, make_window):
    holder = {}

    def prepare(ws):
        holder["ids"] = [ws.learners.create(n, "rice")[0].learner_id for n in ("Chị Hoa", "Anh Tuấn")]
        holder["fake"] = install_fake(ws)

    window = make_window(prepare=prepare)
    fake, (hoa, tuan) = holder["fake"], holder["ids"]
    fake.create_teacher("colan", "Cô Lan", "matkhau", None)
    session = fake.login("colan", "matkhau")
    info, _ = fake.create_class(session, "Lớp thử")
    fake.enroll(session, info.class_id, [hoa, tuan])
    area = window.teacher_area
    with qtbot.waitSignal(area.login_shown, timeout=10_000):
        window.start.teacher_button.click()
    area.login_screen.username_edit.setText("COLAN")           # user names ignore case
    area.login_screen.password_edit.setText("matkhau")
    with qtbot.waitSignal(area.classes_shown, timeout=10_000):
        area.login_screen.submit_button.click()
    with qtbot.waitSignal(area.class_shown, timeout=10_000):
        area.open_class(info.class_id)
    model = area.class_page.grid_tab.model
    assert model.rowCount() == 0 or model.columnCount() == 1   # no pack installed: no lessons
    report = LearnerReport(hoa, "Chị Hoa", "rice", 8100, 12, 9, 2, 1, 1, NOW - timedelta(days=1), NOW,
                           (WeakQuestion("l1.a", "q1", "AI có thể bịa ra câu trả lời không?", 3, 4),), (1, 2))
    fake.reports[hoa] = report
    with qtbot.waitSignal(area.learner_shown, timeout=10_000):
        area.show_learner(hoa)
    page = area.learner_page
    facts = {key: value.text() for key, (_caption, value) in page.fact_labels.items()}
    assert facts["time"] == "2 giờ 15 phút"
    assert facts["correct"] == "75% (9/12 câu)"
    assert facts["levels"] == "1, 2"
    assert facts["last_sync"] != "chưa biết"
    assert page.weak.item(0, 0).text() == "AI có thể bịa ra câu trả lời không?"
    assert page.weak.item(0, 2).text() == "3/4"
    # no pack: no level to unlock, the button says so instead of failing later
    assert not page.unlock_button.isEnabled()


def test_a_long_assignment_title_never_widens_the_home(qtbot):
    from tutor.ui.widgets.assigned import AssignedPanel

    panel = AssignedPanel()
    qtbot.addWidget(panel)
    title = "Bài 9.9: " + "một tên bài rất dài " * 20
    panel.show_assignments([learner_item(title, "l9.a")])
    panel.show()
    panel.resize(420, 200)
    qtbot.waitUntil(lambda: panel.buttons[0].width() <= 420)
    assert panel.minimumSizeHint().width() < 420
    button = panel.buttons[0]
    assert "…" in button.text() and len(button.text()) < len(title)
    assert button.accessibleName().startswith(title.strip()) and button.toolTip() == button.accessibleName()


def test_many_assignments_fold_behind_show_all(qtbot):
    from tutor.ui.widgets.assigned import FOLDED_ITEMS, AssignedPanel

    panel = AssignedPanel()
    qtbot.addWidget(panel)
    panel.show()
    items = [learner_item(f"Bài 2.{n}", f"l2.{n}") for n in range(FOLDED_ITEMS + 3)]
    panel.show_assignments(items)
    assert len(panel.buttons) == FOLDED_ITEMS
    assert panel.more_button.isVisible() and panel.more_button.text() == "Xem tất cả (thêm 3 bài)"
    panel.more_button.click()
    assert [b.full_text.split("\n")[0] for b in panel.buttons] == [i.title for i in items]
    assert panel.more_button.text() == "Thu gọn"
    panel.show_assignments(items)            # a refresh keeps it open
    assert len(panel.buttons) == len(items)


def test_teacher_screens_follow_a_language_switch(qtbot, make_window):
    holder = {}

    def prepare(ws):
        holder["fake"] = install_fake(ws)

    window = make_window(prepare=prepare)
    fake = holder["fake"]
    fake.create_teacher("colan", "Cô Lan", "matkhau", None)
    area = window.teacher_area
    with qtbot.waitSignal(area.login_shown, timeout=10_000):
        window.start.teacher_button.click()
    area.login_screen.username_edit.setText("colan")
    area.login_screen.password_edit.setText("matkhau")
    with qtbot.waitSignal(area.classes_shown, timeout=10_000):
        area.login_screen.submit_button.click()
    info, _ = fake.create_class(fake.login("colan", "matkhau"), "Lớp thử")
    with qtbot.waitSignal(area.class_shown, timeout=10_000):
        area.open_class(info.class_id)
    window.language.set_language("en")      # every built teacher screen re-renders its texts
    window.language.set_language("vi")
    assert area.class_page.title.text() == "Lớp thử"
    assert area.class_page.sections.item(0).text() == "Bảng theo dõi"
    assert area.home.logout_button.text() == "Đăng xuất"


def test_saving_to_a_pulled_stick_says_so_and_leaves_no_half_file(qtbot, make_window, monkeypatch, tmp_path):
    from tutor.ui.screens.teacher import dialogs

    holder = {}
    window = make_window(prepare=lambda ws: holder.setdefault("fake", install_fake(ws)))
    fake = holder["fake"]
    fake.create_teacher("colan", "Cô Lan", "matkhau", None)
    info, _ = fake.create_class(fake.login("colan", "matkhau"), "Lớp thử")
    area = window.teacher_area
    with qtbot.waitSignal(area.login_shown, timeout=10_000):
        window.start.teacher_button.click()
    area.login_screen.username_edit.setText("colan")
    area.login_screen.password_edit.setText("matkhau")
    with qtbot.waitSignal(area.classes_shown, timeout=10_000):
        area.login_screen.submit_button.click()
    with qtbot.waitSignal(area.class_shown, timeout=10_000):
        area.open_class(info.class_id)
    gone = tmp_path / "usb-da-rut" / "bao-cao.csv"          # its folder no longer exists
    monkeypatch.setattr(dialogs, "save_file", lambda *args: str(gone))
    reports = area.class_page.reports_tab
    with qtbot.waitSignal(area.failed, timeout=10_000) as failed:
        reports.csv_button.click()
    assert failed.args[0].startswith("Không lưu được tệp")
    assert reports.status.text() == failed.args[0] and reports.csv_button.isEnabled()
    assert not gone.parent.exists()
