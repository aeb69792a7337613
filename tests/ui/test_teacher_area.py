"""The teacher area through the real window over the real TeacherService and ProgressService
(issue 7's done-when): accounts, login/logout, idle lock, a learner kept out; classes,
enrolment, assignments the learner sees; dashboard numbers equal the events the test
wrote; merge; CSV round trip; the PDF report and the class's certificates read back."""

from __future__ import annotations

import unicodedata
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from tests.conftest import ROOT
from tests.sync.conftest import hub  # noqa: F401  (a real hub for the volunteer's sites)
from tests.ui.test_journey_ui import right_response, wrong_response
from tutor.ui.screens.teacher import dialogs
from tests.ui import waits

BUNDLED = ROOT / "tutor" / "data" / "curriculum.bdpack"
pytestmark = pytest.mark.skipif(not BUNDLED.exists(), reason="run `make pack` (make test does)")

PASSWORD = "lop-hoc-2026"
NAMES = ("Nguyễn Thị Ánh Tuyết", "Đặng Văn Ơn", "Hà Thị Ngọc Diệp")
LESSON = "l1.ai-la-gi"
OTHER_LESSON = "l1.go-tieng-viet"


# --- helpers -------------------------------------------------------------------------------


def with_teacher(ws):
    ws.teacher.create_teacher("colan", "Cô Lan", PASSWORD, None)


def with_class(ws, names=NAMES, class_name="Lớp thôn Bản Lìm"):
    """A teacher, learners and a class holding them, made through the core on the db thread."""
    with_teacher(ws)
    session = ws.teacher.login("colan", PASSWORD)
    ids = [ws.learners.create(name, icon)[0].learner_id
           for name, icon in zip(names, ("rice", "fish", "flower", "bird", "sun"))]
    info, _ = ws.teacher.create_class(session, class_name)
    ws.teacher.enroll(session, info.class_id, ids)
    ws.teacher.logout(session)
    return info.class_id, ids


def answer_quiz(ws, learner_id, lesson_id, right=True, count=None):
    """Answers through the real ProgressService; returns (attempts, correct) written."""
    quiz = ws.content.lesson(lesson_id).quiz
    questions = quiz if count is None else quiz[:count]
    ws.progress.open_lesson(learner_id, lesson_id)
    for question in questions:
        ws.progress.answer(learner_id, lesson_id, question.id,
                           right_response(question) if right else wrong_response(question))
    return len(questions), len(questions) if right else 0


def pass_level_test(ws, learner_id, level=1):
    test = ws.progress.start_level_test(learner_id, level)
    for ref in test.questions:
        ws.progress.answer(learner_id, ref.lesson_id, ref.question.id, right_response(ref.question),
                           context="level_test", test_id=test.test_id)
    return ws.progress.finish_level_test(learner_id, test.test_id)


def village_bundle_on(stick, folder, clock=None, enroll_at=None):
    """A village PC (enrolled at ``enroll_at`` = (hub, code) when given) writes its USB bundle."""
    from tutor.sync.bundle import export_bundle
    from tutor.sync.engine import enroll
    from tutor.sync.transport import HttpTransport
    from tutor.workspace import Workspace

    village = Workspace.open(folder, clock=clock, bundled_pack=None, backup=False)
    try:
        if enroll_at is not None:
            hub_, code = enroll_at
            transport = HttpTransport(hub_.url)
            enroll(village.conn, transport, hub_.url, code, "Máy nhà văn hoá",
                   village.progress.public_key().public_key_b64)
            transport.close()
        village.learners.create("Bà Lò Thị Ún", "sun")
        export_bundle(village, stick)
    finally:
        village.close()


def open_volunteer(qtbot, window):
    area = log_in(qtbot, window)
    with qtbot.waitSignal(area.volunteer_shown, timeout=10_000):
        area.home.volunteer_button.click()
    return area, area.volunteer


def click_teacher_door(qtbot, window, mode):
    area = window.teacher_area
    with qtbot.waitSignal(area.login_shown, timeout=10_000) as shown:
        qtbot.mouseClick(window.start.teacher_button, Qt.MouseButton.LeftButton)
    assert shown.args == [mode]
    assert window.stack.currentWidget() is area.login_screen
    return area


def log_in(qtbot, window, password=PASSWORD):
    area = click_teacher_door(qtbot, window, "login")
    form = area.login_screen
    form.username_edit.setText("colan")
    form.password_edit.setText(password)
    with qtbot.waitSignal(area.classes_shown, timeout=10_000):
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is area.home
    return area


def open_first_class(qtbot, window):
    area = window.teacher_area
    assert area.home.list.count() >= 1
    area.home.list.setCurrentRow(0)
    with qtbot.waitSignal(area.class_shown, timeout=10_000):
        qtbot.mouseClick(area.home.open_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is area.class_page
    return area.class_page


def do(qtbot, area, action: str, click):
    """Clicks, and waits for the controller to report ``action`` done (the class re-read)."""
    with qtbot.waitSignal(area.done, timeout=10_000, check_params_cb=lambda name: name == action):
        click()


def grid_row(page, name):
    model = page.grid_tab.model
    return next(r for r in range(model.rowCount()) if model.rows[r].display_name == name)


def grid_column(page, lesson_id):
    model = page.grid_tab.model
    return 1 + next(i for i, lesson in enumerate(model.lessons) if lesson.lesson_id == lesson_id)


def windows_vietnamese(text: str) -> bytes:
    """Text as an old Vietnamese Windows (cp1258) would save it: letters like ê, ơ, ă
    precomposed, tone marks as separate combining characters."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", ch)
        for mark in marks:
            letter = unicodedata.normalize("NFC", base + mark)
            rest = [m for m in marks if m != mark]
            try:
                out.append(letter.encode("cp1258") + "".join(rest).encode("cp1258"))
                break
            except UnicodeEncodeError:
                continue
        else:
            out.append((base + "".join(marks)).encode("cp1258"))
    return b"".join(out)


@pytest.fixture
def teacher_window(make_window):
    def make(prepare=with_teacher, idle_ms=None):
        holder = {}

        def run(ws):
            holder["result"] = prepare(ws)

        window = make_window(bundled_pack=BUNDLED, prepare=run, idle_ms=idle_ms)
        return window, holder.get("result")

    return make


# --- accounts, login, lock ------------------------------------------------------------------


def test_first_teacher_is_created_then_logs_out_and_in(qtbot, teacher_window):
    window, _ = teacher_window(prepare=lambda ws: ws.learners.create("Bà Lò Thị Ún", "sun"))
    area = click_teacher_door(qtbot, window, "first_run")
    form = area.login_screen
    assert form.title.text() == "Tạo tài khoản giáo viên"
    form.username_edit.setText("colan")
    form.name_edit.setText("Cô Lan")
    form.password_edit.setText(PASSWORD)
    form.again_edit.setText(PASSWORD + "x")
    form.submit_button.click()
    assert "không giống nhau" in form.error.text()
    assert area.session is None
    form.password_edit.setText(PASSWORD)
    form.again_edit.setText(PASSWORD)
    with qtbot.waitSignal(area.logged_in, timeout=10_000):
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is area.home
    assert area.home.who.text() == "Giáo viên: Cô Lan"
    assert form.password_edit.text() == "" and form.again_edit.text() == ""

    with qtbot.waitSignal(area.logged_out, timeout=10_000) as out:
        qtbot.mouseClick(area.home.logout_button, Qt.MouseButton.LeftButton)
    assert out.args == ["logout"]
    assert window.stack.currentWidget() is window.start
    assert area.session is None
    log_in(qtbot, window)                 # the second time the door shows the login form
    kinds = window.tasks.db.call(lambda ws: [r[0] for r in ws.conn.execute(
        "SELECT kind FROM events WHERE kind LIKE 'teacher%' ORDER BY seq")])
    assert kinds[:1] == ["teacher_created"] and kinds.count("teacher_login") == 2
    assert "teacher_logout" in kinds


def test_an_enrolled_pc_without_accounts_sends_the_teacher_to_the_hub(qtbot, teacher_window):
    """A commune PC enrolled at a hub gets its teacher accounts from there: nobody at the
    PC, learner or not, can make the first account."""
    from tutor.sync import state

    def prepare(ws):
        ws.learners.create("Bà Lò Thị Ún", "sun")
        with ws.conn:
            state.save_hub_link(ws.conn, state.HubLink("http://hub.local:8765", "token", "site-1", "Xã Yên Lạc"))

    window, _ = teacher_window(prepare=prepare)
    area = click_teacher_door(qtbot, window, "from_hub")
    form = area.login_screen
    assert "máy chủ của xã" in form.intro.text() and "Đồng bộ ngay" in form.intro.text()
    assert not form.submit_button.isVisibleTo(form) and not form.username_edit.isVisibleTo(form)
    form.back_button.click()
    assert window.stack.currentWidget() is window.start and area.session is None


def test_idle_teacher_area_locks_back_to_the_picker(qtbot, teacher_window):
    window, (class_id, _ids) = teacher_window(prepare=with_class)
    area = log_in(qtbot, window)
    page = open_first_class(qtbot, window)
    assert page.grid_tab.model.rowCount() == 3
    with qtbot.waitSignal(area.logged_out, timeout=5_000) as out:
        area.set_idle_ms(50)
    assert out.args == ["idle"]
    assert window.stack.currentWidget() is window.start
    assert "tự khoá" in window.start.notice.text()
    assert area.session is None
    assert page.snapshot is None and page.grid_tab.model.rowCount() == 0   # nothing left behind


def test_a_result_arriving_after_logout_is_dropped(qtbot, teacher_window):
    window, (class_id, _ids) = teacher_window(prepare=with_class)
    area = log_in(qtbot, window)
    area.open_class(class_id)        # the class is being read on the database thread...
    area.lock("logout")              # ...when the teacher logs out
    with qtbot.waitCallback(timeout=10_000) as flushed:
        window.tasks.run_db(lambda ws: None, flushed)   # delivered after the class read
    assert window.stack.currentWidget() is window.start
    assert "teacher_class" not in window._screens or window._screens["teacher_class"].snapshot is None


def test_a_learner_cannot_open_the_teacher_area(qtbot, teacher_window):
    def prepare(ws):
        class_id, ids = with_class(ws, names=("Anh Tuấn",))
        return class_id

    window, class_id = teacher_window(prepare=prepare)
    with waits.signed_in(qtbot, window, timeout=10_000):
        qtbot.mouseClick(window.start.tiles[0], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.features.session.learners_loaded, timeout=10_000):
        window.home.switch_button.click()
    area = click_teacher_door(qtbot, window, "login")
    form = area.login_screen
    form.username_edit.setText("colan")
    form.password_edit.setText("123456")
    with qtbot.waitSignal(area.failed, timeout=10_000) as failed:
        form.submit_button.click()
    assert "mật khẩu chưa đúng" in failed.args[0]
    assert form.error.text() == failed.args[0]
    assert area.session is None and window.stack.currentWidget() is form
    # Every way into the area's screens leads back to the door without a session.
    for attempt in (area.show_home, lambda: area.open_class(class_id), area.show_volunteer):
        with qtbot.waitSignal(area.login_shown, timeout=10_000):
            attempt()
        assert window.stack.currentWidget() is form
    for _ in range(4):
        form.username_edit.setText("colan")
        form.password_edit.setText("000000")
        with qtbot.waitSignal(area.failed, timeout=10_000) as failed:
            form.submit_button.click()
    assert "Hãy đợi 5 phút" in failed.args[0]
    form.username_edit.setText("colan")
    form.password_edit.setText(PASSWORD)   # even the right password waits out the lock
    with qtbot.waitSignal(area.failed, timeout=10_000) as failed:
        form.submit_button.click()
    assert "Hãy đợi" in failed.args[0] and area.session is None


# --- classes, enrolment, assignments --------------------------------------------------------


def test_class_enrol_assign_and_the_learner_sees_it(qtbot, teacher_window):
    def prepare(ws):
        with_teacher(ws)
        return [ws.learners.create(name, icon)[0].learner_id for name, icon in (("Chị Hoa", "flower"),
                                                                                 ("Anh Tuấn", "fish"))]

    window, ids = teacher_window(prepare=prepare)
    area = log_in(qtbot, window)
    area.home.name_edit.setText("Lớp tối thứ Ba")
    do(qtbot, area, "class_created", area.home.create_button.click)
    assert [c.name for c in area.home.classes] == ["Lớp tối thứ Ba"]
    page = open_first_class(qtbot, window)
    assert page.title.text() == "Lớp tối thứ Ba"

    page.show_section(page.members_tab)
    members = page.members_tab
    assert members.members_table.rowCount() == 0 and members.others_table.rowCount() == 2
    assert members.others_table.item(0, 1).text() == "Tạo trên máy này"
    members.others_table.select_ids(ids)
    do(qtbot, area, "enrolled", members.enroll_button.click)
    assert members.members_table.rowCount() == 2 and members.others_table.rowCount() == 0

    page.show_section(page.assign_tab)
    assign = page.assign_tab
    assert not assign.assign_button.isEnabled()
    assign.check_lessons([LESSON, OTHER_LESSON])
    today = window.tasks.db.call(lambda ws: ws.progress.now()).astimezone().date()
    due = today + timedelta(days=9)
    # The first allowed day follows the workspace's trusted clock, not the PC's own calendar.
    assert assign.due_edit.minimumDate().toPython() == today
    assign.due_check.setChecked(True)
    assign.due_edit.setDate(due)
    assert assign.due_edit.text() == due.strftime("%d/%m/%Y")
    do(qtbot, area, "assigned", assign.assign_button.click)
    assign.test_radio.setChecked(True)
    do(qtbot, area, "assigned", assign.assign_button.click)
    given = [assign.list.item(i).text() for i in range(assign.list.count())]
    assert len(given) == 2
    assert any("2 bài: AI là gì và không là gì" in text and f"Hạn: {due:%d/%m/%Y}" in text for text in given)
    assert any("Bài kiểm tra cấp 1" in text for text in given)

    with qtbot.waitSignal(window.features.session.learners_loaded, timeout=10_000):
        page.logout_button.click()
    tile = window.start.tile_for(ids[0])
    with waits.signed_in(qtbot, window, timeout=10_000):
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    panel = window.home.assigned
    qtbot.waitUntil(lambda: len(panel.buttons) == 3, timeout=10_000)
    assert panel.isVisible()
    texts = [b.full_text for b in panel.buttons]
    assert any("AI là gì và không là gì" in t and f"Hạn: {due:%d/%m}" in t for t in texts)
    assert any("Bài kiểm tra" in t for t in texts)
    lesson_button = next(b for b in panel.buttons if "AI là gì" in b.full_text)
    with waits.lesson_opened(qtbot, window, timeout=10_000) as opened:
        qtbot.mouseClick(lesson_button, Qt.MouseButton.LeftButton)
    assert opened.lesson_id == LESSON


# --- the dashboard ---------------------------------------------------------------------------


def test_dashboard_numbers_equal_the_events_written(qtbot, teacher_window):
    def prepare(ws):
        class_id, (tuyet, on, diep) = with_class(ws)
        written = {
            "tuyet": answer_quiz(ws, tuyet, LESSON, right=True),
            "on": answer_quiz(ws, on, LESSON, right=False, count=3),
        }
        lessons_level1 = len(ws.content.lessons(level=1))
        return (tuyet, on, diep), written, lessons_level1

    window, ((tuyet, on, diep), written, lessons_level1) = teacher_window(prepare=prepare)
    area = log_in(qtbot, window)
    page = open_first_class(qtbot, window)
    model = page.grid_tab.model
    assert model.rowCount() == 3
    column = grid_column(page, LESSON)
    cell = lambda name: model.index(grid_row(page, name), column)  # noqa: E731
    tuyet_attempts, tuyet_correct = written["tuyet"]
    assert model.data(cell("Nguyễn Thị Ánh Tuyết")) in ("✓", "★")
    assert f"(đúng {tuyet_correct}/{tuyet_attempts} câu)" in model.data(cell("Nguyễn Thị Ánh Tuyết"),
                                                                         Qt.ItemDataRole.ToolTipRole)
    assert model.data(cell("Đặng Văn Ơn")) == "◔"
    assert "(đúng 0/3 câu)" in model.data(cell("Đặng Văn Ơn"), Qt.ItemDataRole.ToolTipRole)
    assert model.data(cell("Hà Thị Ngọc Diệp")) == ""
    assert "Chưa học" in model.data(cell("Hà Thị Ngọc Diệp"), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(grid_row(page, "Nguyễn Thị Ánh Tuyết"), grid_column(page, OTHER_LESSON))) == ""

    # three wrong answers in a row: Ơn needs help; the class's hard questions are his
    helped = [page.help_tab.list.item(i).text() for i in range(page.help_tab.list.count())]
    assert any("Đặng Văn Ơn" in text for text in helped)
    difficult = page.difficult_tab.table
    assert difficult.rowCount() >= 1
    assert {difficult.item(r, 2).text().split(" ")[0] for r in range(difficult.rowCount())} == {"1/2"}

    level1 = page.chart_tab.words.text().splitlines()[0]
    assert level1.startswith(f"Cấp 1: {round(100 * 1 / (3 * lessons_level1))}% bài đã làm đạt; 0/3 người")

    with qtbot.waitSignal(area.learner_shown, timeout=10_000):
        qtbot.mouseClick(page.grid_tab.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=page.grid_tab.view.visualRect(model.index(grid_row(page, "Nguyễn Thị Ánh Tuyết"), 0)).center())
    learner = area.learner_page
    facts = {key: value.text() for key, (_caption, value) in learner.fact_labels.items()}
    assert learner.name.text() == "Nguyễn Thị Ánh Tuyết"
    assert facts["attempts"] == str(tuyet_attempts)
    assert facts["correct"] == f"100% ({tuyet_correct}/{tuyet_attempts} câu)"
    assert facts["lessons"].startswith("1 / ")
    assert facts["last_activity"] != "chưa học lần nào"
    assert facts["last_sync"] == "chưa biết"


def test_unlock_a_level_for_a_learner(qtbot, teacher_window, monkeypatch):
    window, (class_id, ids) = teacher_window(prepare=lambda ws: with_class(ws, names=("Anh Tuấn",)))
    area = log_in(qtbot, window)
    open_first_class(qtbot, window)
    with qtbot.waitSignal(area.learner_shown, timeout=10_000):
        area.show_learner(ids[0])
    page = area.learner_page
    assert page.fact_labels["levels"][1].text() == "1"
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda *args: asked.append(args[2]) or True)
    page.unlock_combo.setCurrentIndex(page.unlock_combo.findData(2))
    do(qtbot, area, "unlocked", page.unlock_button.click)
    assert "Mở cấp 2 cho Anh Tuấn" in asked[0]
    assert page.fact_labels["levels"][1].text() == "1, 2"
    opened_by = window.tasks.db.call(lambda ws: ws.conn.execute(
        "SELECT opened_by FROM progress_levels_open WHERE learner_id = ? AND level = 2", (ids[0],)).fetchone()[0])
    assert opened_by == area.session.teacher.teacher_id


# --- merge -----------------------------------------------------------------------------------


def test_merge_two_profiles_of_one_person(qtbot, teacher_window, monkeypatch):
    def prepare(ws):
        class_id, (keep, merge) = with_class(ws, names=("Lò Văn Páo", "Lo Van Pao"))
        answer_quiz(ws, keep, LESSON, right=True, count=2)
        written = answer_quiz(ws, merge, OTHER_LESSON, right=True, count=3)
        return keep, merge, written

    window, (keep, merge, written) = teacher_window(prepare=prepare)
    area = log_in(qtbot, window)
    page = open_first_class(qtbot, window)
    page.show_section(page.merge_tab)
    tab = page.merge_tab
    assert not tab.merge_button.isEnabled()
    tab.choose(keep, keep)
    assert not tab.merge_button.isEnabled() and "hai hồ sơ khác nhau" in tab.problem.text()
    tab.choose(keep, merge)
    qtbot.waitUntil(lambda: "Câu đã trả lời: 3 (đúng 3)" in tab.merge_card.details.text(), timeout=10_000)
    qtbot.waitUntil(lambda: "Câu đã trả lời: 2 (đúng 2)" in tab.keep_card.details.text(), timeout=10_000)
    assert tab.merge_card.name.text() == "Lo Van Pao" and tab.keep_card.name.text() == "Lò Văn Páo"

    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda *args: asked.append(args[2]) or False)
    tab.merge_button.click()          # the teacher says no: nothing happens
    assert "Không thể hoàn tác" in asked[0] and "Lo Van Pao" in asked[0] and "Lò Văn Páo" in asked[0]
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    do(qtbot, area, "merged", tab.merge_button.click)

    report = window.tasks.db.call(lambda ws: ws.teacher.learner_report(keep))
    assert (report.attempts, report.correct) == (2 + written[0], 2 + written[1])
    names = [page.grid_tab.model.rows[r].display_name for r in range(page.grid_tab.model.rowCount())]
    assert names == ["Lò Văn Páo"]
    assert tab.merge_card.learner_id() is None           # the merged profile is gone from the choices
    qtbot.waitUntil(lambda: f"Câu đã trả lời: {2 + written[0]} (đúng {2 + written[1]})"
                    in tab.keep_card.details.text(), timeout=10_000)   # the kept one shows both histories
    with qtbot.waitSignal(window.features.session.learners_loaded, timeout=10_000):
        page.logout_button.click()
    assert [t.learner.display_name for t in window.start.tiles] == ["Lò Văn Páo"]


# --- CSV ------------------------------------------------------------------------------------


def test_member_list_csv_round_trip_keeps_vietnamese_names(qtbot, teacher_window, monkeypatch, tmp_path):
    window, (class_id, ids) = teacher_window(prepare=with_class)
    area = log_in(qtbot, window)
    page = open_first_class(qtbot, window)
    page.show_section(page.members_tab)
    target = tmp_path / "danh-sach.csv"
    monkeypatch.setattr(dialogs, "save_file", lambda *args: str(target))
    with qtbot.waitSignal(area.file_written, timeout=10_000):
        page.members_tab.export_button.click()
    payload = target.read_bytes()
    assert payload.startswith(b"\xef\xbb\xbf")          # Excel reads it as UTF-8
    text = payload.decode("utf-8-sig")
    assert all(unicodedata.normalize("NFC", name) in text for name in NAMES)

    area.show_home()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is area.home, timeout=10_000)
    area.home.name_edit.setText("Lớp mới")
    do(qtbot, area, "class_created", area.home.create_button.click)
    with qtbot.waitSignal(area.class_shown, timeout=10_000):
        area.home.open_button.click()
    assert page.title.text() == "Lớp mới" and page.members_tab.members_table.rowCount() == 0
    monkeypatch.setattr(dialogs, "open_file", lambda *args: str(target))
    do(qtbot, area, "csv_imported", page.members_tab.import_button.click)
    table = page.members_tab.members_table
    assert sorted(table.item(r, 0).text() for r in range(table.rowCount())) == sorted(NAMES)
    assert "Đã thêm 3 người vào lớp" in page.members_tab.result.text()
    assert window.tasks.db.call(lambda ws: len(ws.learners.list())) == 3   # matched, not duplicated

    legacy = tmp_path / "cp1258.csv"
    legacy.write_bytes(windows_vietnamese("Họ tên\nĐặng Văn Ơn\n"))
    monkeypatch.setattr(dialogs, "open_file", lambda *args: str(legacy))
    with qtbot.waitSignal(area.failed, timeout=10_000) as failed:
        page.members_tab.import_button.click()
    assert "không dùng mã UTF-8" in failed.args[0]
    assert page.notice.text() == failed.args[0]
    assert table.rowCount() == 3


# --- reports and certificates -------------------------------------------------------------


def test_pdf_and_csv_reports_carry_the_class_numbers(qtbot, teacher_window, monkeypatch, tmp_path):
    from pypdf import PdfReader

    def prepare(ws):
        class_id, (tuyet, on, diep) = with_class(ws)
        tuyet_written = answer_quiz(ws, tuyet, LESSON, right=True)
        answer_quiz(ws, on, LESSON, right=False, count=2)
        return tuyet_written, len(ws.content.lessons(level=1))

    window, (tuyet_written, lessons_level1) = teacher_window(prepare=prepare)
    area = log_in(qtbot, window)
    page = open_first_class(qtbot, window)
    page.show_section(page.reports_tab)
    pdf = tmp_path / "bao-cao.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *args: str(pdf))
    with qtbot.waitSignal(area.file_written, timeout=20_000) as written:
        page.reports_tab.pdf_button.click()
    assert written.args == [str(pdf)]
    assert str(pdf) in page.reports_tab.status.text()
    assert not (tmp_path / "bao-cao.pdf.part").exists()
    reader = PdfReader(str(pdf))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "BÁO CÁO LỚP HỌC" in text
    assert "Lớp: Lớp thôn Bản Lìm" in text and "Giáo viên: Cô Lan" in text
    assert all(name in text for name in NAMES)
    attempts, correct = tuyet_written
    assert f"{correct}/{attempts} (100%)" in text            # Tuyết's answers
    assert "0/2 (0%)" in text                                 # Ơn's answers
    assert f"1/{3 * lessons_level1}" in text                  # lessons passed in level 1, whole class
    assert f"Trang 1/{len(reader.pages)}" in text

    csv_path = tmp_path / "bao-cao.csv"
    monkeypatch.setattr(dialogs, "save_file", lambda *args: str(csv_path))
    with qtbot.waitSignal(area.file_written, timeout=10_000):
        page.reports_tab.csv_button.click()
    csv_text = csv_path.read_bytes()
    assert csv_text.startswith(b"\xef\xbb\xbf")
    assert all(name in csv_text.decode("utf-8-sig") for name in NAMES)


def test_class_certificates_print_one_page_each(qtbot, teacher_window, monkeypatch, tmp_path):
    from pypdf import PdfReader

    def prepare(ws):
        class_id, ids = with_class(ws)
        return [pass_level_test(ws, learner_id).certificate.fields.certificate_id for learner_id in ids[:2]]

    window, certificate_ids = teacher_window(prepare=prepare)
    area = log_in(qtbot, window)
    page = open_first_class(qtbot, window)
    page.show_section(page.reports_tab)
    assert "2 giấy chứng nhận" in page.reports_tab.certificates_help.text()
    target = tmp_path / "chung-nhan.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *args: str(target))
    with qtbot.waitSignal(area.file_written, timeout=20_000):
        page.reports_tab.certificates_button.click()
    reader = PdfReader(str(target))
    assert len(reader.pages) == 2
    pages = [" ".join(p.extract_text().split()) for p in reader.pages]
    for name, certificate_id in zip(NAMES[:2], certificate_ids):
        assert any(name in text and certificate_id in text and "GIẤY CHỨNG NHẬN" in text for text in pages)
    assert all(page.mediabox.width > page.mediabox.height for page in reader.pages)   # A4 landscape


# --- the volunteer laptop -------------------------------------------------------------------


def test_volunteer_collects_a_bundle_and_writes_it_out(qtbot, teacher_window, monkeypatch, tmp_path, clock):

    stick, out = tmp_path / "usb", tmp_path / "usb-ve-xa"
    stick.mkdir()
    out.mkdir()
    village_bundle_on(stick, tmp_path / "village-pc", clock)

    window, _ = teacher_window()
    area, screen = open_volunteer(qtbot, window)
    assert screen.table.rowCount() == 0 and "chưa mang tệp nào" in screen.totals.text()
    assert not screen.write_button.isEnabled()
    monkeypatch.setattr(dialogs, "choose_folder", lambda *args: str(stick))
    with qtbot.waitSignal(area.volunteer_shown, timeout=10_000):
        screen.collect_button.click()
    assert "Đã nhận 1 tệp mới" in screen.notice.text()
    assert screen.table.rowCount() == 1 and screen.table.item(0, 6).text() == "Chưa giao"
    with qtbot.waitSignal(area.volunteer_shown, timeout=10_000):
        screen.collect_button.click()            # the same stick again: nothing new
    assert "Không có tệp mới" in screen.notice.text() and screen.table.rowCount() == 1
    monkeypatch.setattr(dialogs, "choose_folder", lambda *args: str(out))
    with qtbot.waitSignal(area.volunteer_shown, timeout=10_000):
        screen.write_button.click()
    assert len(list(out.iterdir())) == 1 and "Đã ghi 1 tệp" in screen.notice.text()


# --- class housekeeping and the keyboard ------------------------------------------------------


def test_rename_archive_and_bring_back_a_class(qtbot, teacher_window, monkeypatch):
    window, (class_id, _ids) = teacher_window(prepare=with_class)
    area = log_in(qtbot, window)
    home = area.home
    monkeypatch.setattr(dialogs, "ask_text", lambda *args: "  Lớp Nà Hang  ")
    do(qtbot, area, "class_renamed", home.rename_button.click)
    assert [c.name for c in home.classes] == ["Lớp Nà Hang"]
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda *args: asked.append(args[2]) or True)
    assert home.archive_button.text() == "Lưu trữ"
    do(qtbot, area, "class_archived", home.archive_button.click)
    assert "Lớp Nà Hang" in asked[0] and home.classes == [] and home.empty.isVisible()
    with qtbot.waitSignal(area.classes_shown, timeout=10_000):
        home.archived_check.setChecked(True)
    assert home.list.item(0).text() == "Lớp Nà Hang — 3 người học (đã lưu trữ)"
    assert home.archive_button.text() == "Bỏ lưu trữ"
    do(qtbot, area, "class_unarchived", home.archive_button.click)
    assert not home.classes[0].archived


def test_cancelled_assignment_leaves_the_learners_home(qtbot, teacher_window, monkeypatch):
    def prepare(ws):
        class_id, ids = with_class(ws, names=("Chị Hoa",))
        session = ws.teacher.login("colan", PASSWORD)
        ws.teacher.assign(session, class_id, lesson_ids=[LESSON])
        return ids[0]

    window, learner_id = teacher_window(prepare=prepare)
    area = log_in(qtbot, window)
    page = open_first_class(qtbot, window)
    page.show_section(page.assign_tab)
    assign = page.assign_tab
    assign.list.setCurrentRow(0)
    monkeypatch.setattr(dialogs, "confirm", lambda *args: False)
    assign.cancel_button.click()
    assert assign.list.item(0).text().startswith("1 bài: AI là gì")
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    do(qtbot, area, "assignment_cancelled", assign.cancel_button.click)
    assert assign.list.item(0).text() == "Chưa giao bài nào."
    assign.show_cancelled.setChecked(True)
    assert assign.list.item(0).text().endswith("(đã huỷ)")
    with qtbot.waitSignal(window.features.session.learners_loaded, timeout=10_000):
        page.logout_button.click()
    with waits.signed_in(qtbot, window, timeout=10_000):
        window.start.tile_for(learner_id).click()
    qtbot.waitUntil(lambda: window.home.snapshot is not None, timeout=10_000)
    with qtbot.waitCallback(timeout=10_000) as flushed:
        window.tasks.run_db(lambda ws: None, flushed)   # the assignments read has been delivered
    assert not window.home.assigned.isVisible() and window.home.assigned.buttons == []


def test_keyboard_only_teacher_reaches_a_learner_page(qtbot, teacher_window):
    window, _ = teacher_window(prepare=with_class)
    area = click_teacher_door(qtbot, window, "login")
    form = area.login_screen
    assert form.username_edit.hasFocus() or window.focusWidget() is form.username_edit
    qtbot.keyClicks(form.username_edit, "colan")
    qtbot.keyClicks(form.password_edit, PASSWORD)
    with qtbot.waitSignal(area.classes_shown, timeout=10_000):
        qtbot.keyClick(form.password_edit, Qt.Key.Key_Return)
    area.home.list.setFocus()
    with qtbot.waitSignal(area.class_shown, timeout=10_000):
        qtbot.keyClick(area.home.list, Qt.Key.Key_Return)
    view = area.class_page.grid_tab.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, 3))
    with qtbot.waitSignal(area.learner_shown, timeout=10_000) as shown:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert shown.args == [view.model().learner_id(1)]


def test_volunteer_adds_a_site_and_its_pcs_bundles_are_checked_and_named(qtbot, teacher_window, monkeypatch,
                                                                       tmp_path, hub):

    code = hub.new_site("Xã Yên Lạc")
    stick = tmp_path / "usb"
    stick.mkdir()
    village_bundle_on(stick, tmp_path / "village-pc", enroll_at=(hub, code))

    window, _ = teacher_window()
    area, screen = open_volunteer(qtbot, window)
    assert not screen.refresh_button.isEnabled()
    monkeypatch.setattr(dialogs, "ask_site", lambda *args: (hub.url, code))
    with qtbot.waitSignal(area.volunteer_shown, timeout=10_000):
        screen.add_site_button.click()
    assert "Xã Yên Lạc" in screen.sites.text() and "biết 1 máy tính" in screen.notice.text()
    with qtbot.waitSignal(area.volunteer_shown, timeout=10_000):
        screen.refresh_button.click()
    assert "Đã cập nhật danh sách máy của: Xã Yên Lạc" in screen.notice.text()

    monkeypatch.setattr(dialogs, "choose_folder", lambda *args: str(stick))
    with qtbot.waitSignal(area.volunteer_shown, timeout=10_000):
        screen.collect_button.click()
    assert screen.table.item(0, 0).text() == "Máy nhà văn hoá" and screen.table.item(0, 1).text() == "Xã Yên Lạc"
    with qtbot.waitSignal(area.volunteer_shown, timeout=10_000):
        screen.deliver_button.click()
    assert "Đã gửi 1 tệp lên máy chủ" in screen.notice.text()
    assert screen.table.item(0, 6).text() == "✓ Đã giao" and not screen.deliver_button.isEnabled()

    monkeypatch.setattr(dialogs, "ask_site", lambda *args: (hub.url, "AAAA-BBBB-CCCC"))
    with qtbot.waitSignal(area.failed, timeout=10_000) as failed:
        screen.add_site_button.click()
    assert "Mã đăng ký không đúng" in failed.args[0]
