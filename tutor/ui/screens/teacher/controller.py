"""The teacher area's controller: the teacher's session, the idle lock, and every screen's
requests turned into calls on ``Workspace.teacher`` on the database thread.

The session lives here, on the main thread, and nowhere else: every screen of the
area is reached through this controller, which sends anyone without a session to
the login form. Logging out or the idle lock ends the session, clears what the
screens showed, and returns to the learner picker. Results that arrive after the
session ended (a slow query finishing after the lock) are dropped.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from tutor.changes import WithChanges
from tutor.ui.idle import IdleWatcher
from tutor.ui.screens.teacher import dialogs
from tutor.ui.screens.teacher.class_actions import ClassActions
from tutor.ui.screens.teacher.common import teacher_of, write_atomically
from tutor.ui.screens.teacher.report_actions import ReportActions
from tutor.ui.screens.teacher.volunteer_actions import VolunteerActions

if TYPE_CHECKING:
    from tutor.ui.screens.teacher.class_page import ClassPage
    from tutor.ui.screens.teacher.classes import TeacherHomeScreen
    from tutor.ui.screens.teacher.learner_page import LearnerPage
    from tutor.ui.screens.teacher.login import TeacherLoginScreen
    from tutor.ui.screens.teacher.volunteer import VolunteerScreen

log = logging.getLogger(__name__)

DEFAULT_IDLE_MS = 10 * 60_000


class TeacherAreaController(ClassActions, ReportActions, VolunteerActions, QObject):
    login_shown = Signal(str)          # "first_run" | "login" | "from_hub"
    logged_in = Signal(str)            # teacher id
    logged_out = Signal(str)           # "logout" | "idle"
    classes_shown = Signal()
    class_shown = Signal(str)          # class id
    learner_shown = Signal(str)        # learner id
    volunteer_shown = Signal()
    done = Signal(str)                 # an action finished: "class_created", "enrolled", "assigned", ...
    file_written = Signal(str)         # path of a CSV or PDF just saved
    failed = Signal(str)               # the Vietnamese message shown

    def __init__(self, window, idle_ms: int | None = None):
        super().__init__(window)
        self.window = window
        self.session = None
        self.idle_ms = DEFAULT_IDLE_MS if idle_ms is None else idle_ms
        self._epoch = 0                # bumped at every login and logout: late results are dropped
        self._show_archived = False
        self.idle = IdleWatcher(self)
        QApplication.instance().installEventFilter(self.idle)
        self.idle.idle.connect(lambda: self.lock("idle"))

    # -- screens (built on first use, kept in the window's stack) ------------------------

    def _screen(self, name: str, factory, wire):
        def wire_common(screen) -> None:
            if hasattr(screen, "logout_requested"):
                screen.logout_requested.connect(lambda: self.lock("logout"))
            wire(screen)

        return self.window._screen(name, factory, wire_common)

    @property
    def login_screen(self) -> "TeacherLoginScreen":
        from tutor.ui.screens.teacher.login import TeacherLoginScreen

        def wire(screen) -> None:
            screen.back_requested.connect(screen.clear_passwords)
            screen.back_requested.connect(self.window.show_start)
            screen.login_requested.connect(self._login)
            screen.create_requested.connect(self._create_first_teacher)

        return self._screen("teacher_login", TeacherLoginScreen, wire)

    @property
    def home(self) -> "TeacherHomeScreen":
        from tutor.ui.screens.teacher.classes import TeacherHomeScreen

        def wire(screen) -> None:
            screen.create_requested.connect(self.create_class)
            screen.rename_requested.connect(self.rename_class)
            screen.archive_requested.connect(self.archive_class)
            screen.open_requested.connect(self.open_class)
            screen.show_archived_changed.connect(self._set_show_archived)
            screen.volunteer_requested.connect(self.show_volunteer)

        return self._screen("teacher_home", TeacherHomeScreen, wire)

    @property
    def class_page(self) -> "ClassPage":
        from tutor.ui.screens.teacher.class_page import ClassPage

        def wire(screen) -> None:
            screen.back_requested.connect(self.show_home)
            screen.refresh_button.clicked.connect(lambda: screen.class_id and self.open_class(screen.class_id))
            screen.grid_tab.learner_chosen.connect(self.show_learner)
            screen.help_tab.learner_chosen.connect(self.show_learner)
            screen.assign_tab.assign_requested.connect(self.assign)
            screen.assign_tab.cancel_requested.connect(self.cancel_assignment)
            screen.members_tab.enroll_requested.connect(self.enroll)
            screen.members_tab.unenroll_requested.connect(self.unenroll)
            screen.members_tab.import_requested.connect(self.import_csv)
            screen.members_tab.export_requested.connect(self.export_csv)
            screen.merge_tab.report_wanted.connect(self._merge_report)
            screen.merge_tab.merge_requested.connect(self.merge)
            screen.reports_tab.csv_requested.connect(self.save_report_csv)
            screen.reports_tab.pdf_requested.connect(self.save_report_pdf)
            screen.reports_tab.certificates_requested.connect(self.save_certificates_pdf)
            screen.reports_tab.print_certificates_requested.connect(self.print_certificates)

        return self._screen("teacher_class", ClassPage, wire)

    @property
    def learner_page(self) -> "LearnerPage":
        from tutor.ui.screens.teacher.learner_page import LearnerPage

        def wire(screen) -> None:
            screen.back_requested.connect(self._back_to_class)
            screen.unlock_requested.connect(self.unlock_level)
            screen.group_save_requested.connect(self.save_learner_group)

        return self._screen("teacher_learner", LearnerPage, wire)

    @property
    def volunteer(self) -> "VolunteerScreen":
        from tutor.ui.screens.teacher.volunteer import VolunteerScreen

        def wire(screen) -> None:
            screen.back_requested.connect(self.show_home)
            screen.collect_requested.connect(self.collect_from_usb)
            screen.write_requested.connect(self.write_to_usb)
            screen.add_site_requested.connect(self.add_carrier_site)
            screen.refresh_sites_requested.connect(self.refresh_carrier_sites)
            screen.deliver_requested.connect(self.deliver_to_hubs)

        return self._screen("teacher_volunteer", VolunteerScreen, wire)

    def _built(self, name: str):
        return self.window._screens.get(name)

    def _show(self, screen) -> None:
        self.window.stack.setCurrentWidget(screen)

    # -- running work ----------------------------------------------------------------------

    @property
    def tasks(self):
        return self.window.tasks

    def _guarded(self, on_done: Callable[[Any], None]) -> Callable[[Any], None]:
        """Drops a result that arrives after the session it was asked for has ended."""
        epoch = self._epoch

        def deliver(result: Any) -> None:
            if epoch == self._epoch and self.session is not None:
                on_done(result)

        return deliver

    def _error_to(self, screen_name: str | None) -> Callable[[BaseException], None]:
        epoch = self._epoch

        def show(exc: BaseException) -> None:
            message = self.window._message(exc)
            if epoch != self._epoch:
                return
            screen = self._built(screen_name) if screen_name else self.window.stack.currentWidget()
            if screen is not None and hasattr(screen, "show_notice"):
                screen.show_notice(message)
            self.failed.emit(message)

        return show

    def _read(self, fn, on_done, screen_name: str | None = None) -> None:
        self.tasks.run_db(fn, self._guarded(on_done), self._error_to(screen_name))

    def _write(self, fn, on_done, screen_name: str | None = None) -> None:
        self.tasks.mutate(fn, self._guarded(on_done), self._error_to(screen_name))

    def _need_session(self) -> bool:
        if self.session is None:
            self.open()
            return False
        return True

    def _save_bytes(self, path: str, payload: bytes, show: Callable[[str], None]) -> None:
        def saved(written: str) -> None:
            show(self.tr("Đã lưu: %s") % written)
            self.file_written.emit(written)

        def write() -> str:
            return str(write_atomically(path, lambda partial: partial.write_bytes(payload)))

        self.tasks.run_slow(write, self._guarded(saved), self._file_error(show))

    def _file_error(self, show: Callable[[str], None]) -> Callable[[BaseException], None]:
        epoch = self._epoch

        def failed(exc: BaseException) -> None:
            if epoch != self._epoch:
                return   # the area was locked meanwhile: nothing to show it on
            if isinstance(exc, OSError):
                log.error("file not written", exc_info=exc)
                message = self.tr("Không lưu được tệp (ổ đĩa đầy, USB đã rút ra hoặc không được phép ghi).")
            else:
                message = self.window._message(exc)
            show(message)
            self.failed.emit(message)

        return failed

    # -- entering and leaving -------------------------------------------------------------

    def open(self) -> None:
        """The way in from the learner picker: the teacher's classes with a session, else the door."""
        if self.session is not None:
            self.show_home()
            return

        def got(mode: str) -> None:
            self.login_screen.start(mode)
            self._show(self.login_screen)
            self.login_shown.emit(mode)

        def failed(exc: BaseException) -> None:
            message = self.window._message(exc)
            self.window.start.show_notice(message)
            self.failed.emit(message)

        def door(ws) -> str:
            area = teacher_of(ws)
            if area.has_teachers():
                return "login"
            # An enrolled PC gets its accounts from the hub: no one here may make the first.
            return "first_run" if area.first_run_allowed() else "from_hub"

        self.tasks.run_db(door, got, failed)

    def _login(self, username: str, password: str) -> None:
        # A login records the session but changes nothing any screen shows.
        self.tasks.run_db(lambda ws: teacher_of(ws).login(username, password), self._entered,
                          lambda exc: self._login_failed(exc))

    def _create_first_teacher(self, username: str, display_name: str, password: str) -> None:
        def create(ws):
            teacher = teacher_of(ws)
            _teacher, changes = teacher.create_teacher(username, display_name, password, None)
            return WithChanges(teacher.login(username, password), changes)

        self.tasks.mutate(create, self._entered, self._login_failed)

    def _login_failed(self, exc: BaseException) -> None:
        message = self.window._message(exc)
        self.login_screen.show_error(message)
        self.failed.emit(message)

    def _entered(self, session) -> None:
        self._epoch += 1
        self.session = session
        self.login_screen.clear_passwords()
        self.idle.set_timeout_ms(self.idle_ms)
        self.show_home()
        self.logged_in.emit(session.teacher.teacher_id)

    def set_idle_ms(self, ms: int) -> None:
        """How long the area stays open without a key or a click (0: never locks)."""
        self.idle_ms = ms
        if self.session is not None:
            self.idle.set_timeout_ms(ms)

    def lock(self, reason: str = "logout") -> None:
        """Ends the session ("logout" pressed, or "idle"), forgets what was shown, back to the picker."""
        session, self.session = self.session, None
        self._epoch += 1
        self.idle.stop()
        if session is None:
            return
        self.tasks.mutate(lambda ws: teacher_of(ws).logout(session),
                          on_error=lambda exc: log.warning("teacher logout not recorded: %s", exc))
        for name in ("teacher_class", "teacher_learner"):
            screen = self._built(name)
            if screen is not None:
                screen.clear()
        if self._built("teacher_home") is not None:
            self.home.show_classes([])
        self.window.show_start()
        self.window.start.show_notice(
            self.tr("Khu vực giáo viên đã tự khoá vì lâu không dùng. Muốn vào lại, hãy đăng nhập.")
            if reason == "idle" else self.tr("Đã đăng xuất khỏi khu vực giáo viên."))
        self.logged_out.emit(reason)

    # -- classes -----------------------------------------------------------------------

    def show_home(self) -> None:
        if not self._need_session():
            return
        screen = self.home
        screen.set_teacher(self.session.teacher.display_name)
        self._show(screen)
        self._reload_classes()

    def _reload_classes(self, select: str | None = None, then: str | None = None) -> None:
        archived = self._show_archived

        def got(classes) -> None:
            self.home.show_classes(classes)
            if select:
                self.home.select(select)
            self.classes_shown.emit()
            if then:
                self.done.emit(then)

        self._read(lambda ws: teacher_of(ws).classes(include_archived=archived), got, "teacher_home")

    def _set_show_archived(self, shown: bool) -> None:
        self._show_archived = shown
        if self.session is not None:
            self._reload_classes()

    def create_class(self, name: str) -> None:
        if not self._need_session():
            return
        session = self.session

        def created(info) -> None:
            self.home.class_created()
            self.home.show_notice(self.tr("Đã tạo lớp “%s”.") % info.name)
            self._reload_classes(select=info.class_id, then="class_created")

        self._write(lambda ws: WithChanges.pair(teacher_of(ws).create_class(session, name)), created, "teacher_home")

    def rename_class(self, class_id: str) -> None:
        if not self._need_session():
            return
        info = self.home.class_info(class_id)
        name = dialogs.ask_text(self.window, self.tr("Đổi tên lớp"), self.tr("Tên mới của lớp:"),
                                info.name if info else "")
        if name is None or not name.strip():
            return
        session = self.session

        def renamed(_changes) -> None:
            self._reload_classes(select=class_id, then="class_renamed")

        self._write(lambda ws: teacher_of(ws).rename_class(session, class_id, name.strip()), renamed, "teacher_home")

    def archive_class(self, class_id: str, archived: bool) -> None:
        if not self._need_session():
            return
        info = self.home.class_info(class_id)
        name = info.name if info else ""
        if archived:
            asked = dialogs.confirm(
                self.window, self.tr("Lưu trữ lớp"),
                self.tr("Lưu trữ lớp “%s”? Lớp sẽ ẩn khỏi danh sách và người học không còn thấy bài được "
                        "giao của lớp này. Số liệu vẫn được giữ, có thể bỏ lưu trữ bất cứ lúc nào.") % name,
                self.tr("Lưu trữ"), self.tr("Không"))
        else:
            asked = dialogs.confirm(
                self.window, self.tr("Bỏ lưu trữ lớp"),
                self.tr("Đưa lớp “%s” trở lại danh sách lớp đang học?") % name,
                self.tr("Bỏ lưu trữ"), self.tr("Không"))
        if not asked:
            return
        session = self.session

        def changed(_changes) -> None:
            self._reload_classes(select=class_id, then="class_archived" if archived else "class_unarchived")

        self._write(lambda ws: teacher_of(ws).archive_class(session, class_id, archived), changed, "teacher_home")
