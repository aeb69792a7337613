"""What a teacher does inside one class: enrol, assign, CSV, merge, the learner page.

A mixin of TeacherAreaController (tutor.ui.screens.teacher.controller): it uses the
controller's session, screens and helpers (_read, _write, _guarded, _need_session)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from tutor.changes import WithChanges
from tutor.errors import TutorError
from tutor.ui import core_text
from tutor.ui.screens.teacher import data, dialogs
from tutor.ui.screens.teacher.common import file_stem, teacher_of


class ClassActions:
    # -- one class ----------------------------------------------------------------------

    def open_class(self, class_id: str) -> None:
        if not self._need_session():
            return

        def got(snapshot) -> None:
            page = self.class_page
            page.set_teacher(self.session.teacher.display_name)
            page.show_snapshot(snapshot)
            self._show(page)
            self.class_shown.emit(class_id)

        self._read(lambda ws: data.load_class(ws, class_id), got)

    def _reload_class(self, then: str | None = None) -> None:
        class_id = self.class_page.class_id
        if class_id is None:
            return

        def got(snapshot) -> None:
            self.class_page.show_snapshot(snapshot)
            self.class_shown.emit(class_id)
            if then:
                self.done.emit(then)

        self._read(lambda ws: data.load_class(ws, class_id), got, "teacher_class")

    def _class_action(self, fn, then: str, notice: str | Callable[[Any], str] = "") -> None:
        """A mutation on the open class, then the class is read again and ``done(then)`` emitted."""
        if not self._need_session():
            return
        session = self.session

        def ok(result) -> None:
            text = notice(result) if callable(notice) else notice
            if text:
                self.class_page.show_notice(text)
            self._reload_class(then)

        self._write(lambda ws: fn(teacher_of(ws), session), ok, "teacher_class")

    def assign(self, lesson_ids: list, level, due) -> None:
        class_id = self.class_page.class_id
        if not lesson_ids and level is None:
            self.class_page.show_notice(self.tr("Hãy đánh dấu ít nhất một bài, hoặc chọn bài kiểm tra."))
            return
        def assigned(_result) -> str:
            self.class_page.assign_tab.assigned()   # ticks cleared only once it is stored
            return self.tr("Đã giao bài cho cả lớp. Người học sẽ thấy ở mục “Bài được giao”.")

        self._class_action(
            lambda teacher, session: WithChanges.pair(teacher.assign(
                session, class_id, lesson_ids=tuple(lesson_ids), level=level, due=due)),
            "assigned", assigned)

    def cancel_assignment(self, assignment_id: str) -> None:
        if not dialogs.confirm(self.window, self.tr("Huỷ bài đã giao"),
                               self.tr("Huỷ bài đã giao này? Người học sẽ không còn thấy bài này trong "
                                       "mục “Bài được giao”."), self.tr("Huỷ bài"), self.tr("Không")):
            return
        self._class_action(lambda teacher, session: teacher.cancel_assignment(session, assignment_id),
                           "assignment_cancelled", self.tr("Đã huỷ bài đã giao."))

    def enroll(self, learner_ids: list) -> None:
        class_id = self.class_page.class_id
        self._class_action(lambda teacher, session: teacher.enroll(session, class_id, tuple(learner_ids)),
                           "enrolled", self.tr("Đã thêm %d người vào lớp.") % len(learner_ids))

    def unenroll(self, learner_ids: list) -> None:
        if not dialogs.confirm(self.window, self.tr("Bỏ khỏi lớp"),
                               self.tr("Bỏ %d người đã chọn khỏi lớp? Bài đã học của họ vẫn được giữ.")
                               % len(learner_ids), self.tr("Bỏ khỏi lớp"), self.tr("Không")):
            return
        class_id = self.class_page.class_id
        self._class_action(lambda teacher, session: teacher.unenroll(session, class_id, tuple(learner_ids)),
                           "unenrolled", self.tr("Đã bỏ %d người khỏi lớp.") % len(learner_ids))

    def import_csv(self) -> None:
        if not self._need_session():
            return
        path = dialogs.open_file(self.window, self.tr("Chọn tệp danh sách (CSV)"),
                                 self.tr("Tệp CSV (*.csv);;Mọi tệp (*)"))
        if not path:
            return
        class_id = self.class_page.class_id
        unreadable = self.tr("Không đọc được tệp này. Hãy kiểm tra USB.")

        def run(teacher, session):
            # Read on the db thread with the import: a class list is small (the core caps its size).
            try:
                payload = Path(path).read_bytes()
            except OSError as exc:
                raise TutorError(f"cannot read {path}: {exc}", unreadable) from exc
            return WithChanges.pair(teacher.import_members_csv(session, class_id, payload))

        def describe(outcome) -> str:
            lines = [self.tr("Đã thêm %d người vào lớp. %d người đã có trong lớp.")
                     % (outcome.added, outcome.already_enrolled)]
            if outcome.problems:
                lines.append(self.tr("Các dòng bị bỏ qua:"))
                lines += [core_text.translate(problem) for problem in outcome.problems]
            self.class_page.members_tab.show_result("\n".join(lines))
            return ""

        self._class_action(run, "csv_imported", describe)

    def export_csv(self) -> None:
        if not self._need_session():
            return
        info = self.class_page.snapshot.info
        path = dialogs.save_file(self.window, self.tr("Lưu danh sách lớp (CSV)"),
                                 f"danh-sach-{file_stem(info.name)}.csv", self.tr("Tệp CSV (*.csv)"))
        if not path:
            return
        class_id = info.class_id
        self._read(lambda ws: teacher_of(ws).export_members_csv(class_id),
                   lambda payload: self._save_bytes(path, payload, self.class_page.members_tab.show_result),
                   "teacher_class")

    # -- merge ---------------------------------------------------------------------------

    def _merge_report(self, learner_id: str) -> None:
        self._read(lambda ws: teacher_of(ws).learner_report(learner_id),
                   self.class_page.merge_tab.show_report, "teacher_class")

    def merge(self, keep_id: str, merge_id: str) -> None:
        keep_name, merge_name = self.class_page.merge_tab.names()
        if not dialogs.confirm(
                self.window, self.tr("Gộp hai hồ sơ"),
                self.tr("Gộp hồ sơ “%s” vào hồ sơ “%s”?\n\nMọi bài đã học của “%s” sẽ tính cho “%s”. "
                        "Hồ sơ “%s” sẽ không còn trên màn hình chọn người học. Không thể hoàn tác.")
                % (merge_name, keep_name, merge_name, keep_name, merge_name),
                self.tr("Gộp hồ sơ"), self.tr("Không gộp")):
            return
        self._class_action(lambda teacher, session: teacher.merge_profiles(session, keep_id, merge_id),
                           "merged", self.tr("Đã gộp hồ sơ “%s” vào “%s”.") % (merge_name, keep_name))

    # -- the learner page ------------------------------------------------------------------

    def show_learner(self, learner_id: str) -> None:
        if not self._need_session():
            return
        titles = dict(self.class_page.snapshot.lesson_titles) if self.class_page.snapshot else {}

        def got(view) -> None:
            page = self.learner_page
            page.set_teacher(self.session.teacher.display_name)
            page.show_notice("")
            page.show_view(view, titles)
            self._show(page)
            self.learner_shown.emit(learner_id)

        self._read(lambda ws: data.load_learner(ws, learner_id), got)

    def _back_to_class(self) -> None:
        if self.class_page.class_id:
            self.open_class(self.class_page.class_id)
        else:
            self.show_home()

    def unlock_level(self, learner_id: str, level: int) -> None:
        if not self._need_session():
            return
        view = self.learner_page.view
        name = view.report.display_name if view else ""
        if not dialogs.confirm(
                self.window, self.tr("Mở khoá cấp"),
                self.tr("Mở cấp %d cho %s mà không cần qua bài kiểm tra cấp trước? "
                        "Việc này được ghi lại với tên của bạn.") % (level, name),
                self.tr("Mở khoá"), self.tr("Không")):
            return
        session = self.session
        titles = dict(self.learner_page.lesson_titles)

        def unlocked(view) -> None:
            self.learner_page.show_view(view, titles)
            self.learner_page.show_notice(self.tr("Đã mở cấp %d cho %s.") % (level, name))
            self.done.emit("unlocked")

        def run(ws):
            changes = teacher_of(ws).unlock_level(session, learner_id, level)
            return WithChanges(data.load_learner(ws, learner_id), changes)

        self._write(run, unlocked, "teacher_learner")

    def save_learner_group(self, learner_id: str, group: str | None, age_band: str | None) -> None:
        """Through the core (Learners.set_group): its profile event takes the group to every hub."""
        if not self._need_session():
            return
        view = self.learner_page.view
        name = view.report.display_name if view else ""
        titles = dict(self.learner_page.lesson_titles)

        def saved(view) -> None:
            self.learner_page.show_view(view, titles)
            self.learner_page.show_notice(self.tr("Đã lưu nhóm của %s.") % name)
            self.done.emit("group_saved")

        def run(ws):
            changes = ws.learners.set_group(learner_id, group, age_band)
            return WithChanges(data.load_learner(ws, learner_id), changes)

        self._write(run, saved, "teacher_learner")
