"""The volunteer laptop: what it carries, collecting USB sync files, writing them out.

A mixin of TeacherAreaController (tutor.ui.screens.teacher.controller): it uses the
controller's session, screens and helpers (_read, _write, _guarded, _need_session)."""

from __future__ import annotations

from tutor.ui.screens.teacher import dialogs
from tutor.ui.screens.teacher.common import teacher_of


class VolunteerActions:
    # -- the volunteer laptop ----------------------------------------------------------------

    def show_volunteer(self) -> None:
        if not self._need_session():
            return
        screen = self.volunteer
        screen.set_teacher(self.session.teacher.display_name)
        screen.show_notice("")
        self._show(screen)
        self._reload_volunteer()

    def _reload_volunteer(self, notice: str = "") -> None:
        def got(summary) -> None:
            self.volunteer.set_busy(False)
            self.volunteer.show_summary(summary)
            if notice:
                self.volunteer.show_notice(notice)
            self.volunteer_shown.emit()

        self._read(lambda ws: teacher_of(ws).volunteer_summary(), got, "teacher_volunteer")

    def _volunteer_error(self, exc: BaseException) -> None:
        self.volunteer.set_busy(False)
        self._error_to("teacher_volunteer")(exc)

    def collect_from_usb(self) -> None:
        if not self._need_session():
            return
        folder = dialogs.choose_folder(self.window, self.tr("Chọn thư mục trên USB có tệp đồng bộ"))
        if not folder:
            return

        def collected(result) -> None:
            lines = [self.tr("Đã nhận %d tệp mới từ USB.") % len(result.carried) if result.carried
                     else self.tr("Không có tệp mới nào trên USB này.")]
            if result.already_carried:
                lines.append(self.tr("%d tệp đã có sẵn trên máy này.") % result.already_carried)
            if result.superseded:
                lines.append(self.tr("%d tệp cũ được thay bằng tệp mới hơn của cùng máy.") % result.superseded)
            if result.refused:
                lines.append(self.tr("Không nhận các tệp sau:"))
                lines += list(result.refused)
            self._reload_volunteer("\n".join(lines))
            self.done.emit("collected")

        self.volunteer.set_busy(True)
        self.volunteer.show_notice(self.tr("Đang nhận và kiểm tra tệp…"))
        # The carrier records each file in the database as it copies it: db thread.
        self.tasks.mutate(lambda ws: teacher_of(ws).volunteer.collect(folder), self._guarded(collected),
                          self._volunteer_error)

    def write_to_usb(self) -> None:
        if not self._need_session():
            return
        folder = dialogs.choose_folder(self.window, self.tr("Chọn thư mục trên USB để ghi"))
        if not folder:
            return

        def written(paths) -> None:
            self._reload_volunteer(self.tr("Đã ghi %d tệp vào %s. Hãy nhập các tệp này vào trạm của xã.")
                                   % (len(paths), folder))
            self.done.emit("written")

        self.volunteer.set_busy(True)
        self.volunteer.show_notice(self.tr("Đang ghi ra USB…"))
        self.tasks.mutate(lambda ws: teacher_of(ws).volunteer.write_all(folder), self._guarded(written),
                          self._volunteer_error)
