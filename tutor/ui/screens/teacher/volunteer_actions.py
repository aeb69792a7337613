"""The volunteer laptop: what it carries, collecting USB sync files, writing them out.

A mixin of TeacherAreaController (tutor.ui.screens.teacher.controller): it uses the
controller's session, screens and helpers (_read, _write, _guarded, _need_session)."""

from __future__ import annotations

import platform

from tutor.clock import SystemClock
from tutor.errors import TutorError
from tutor.ui import core_text
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
                lines += [core_text.translate(line) for line in result.refused]
            self._reload_volunteer("\n".join(lines))
            self.done.emit("collected")

        self.volunteer.set_busy(True)
        self.volunteer.show_notice(self.tr("Đang nhận và kiểm tra tệp…"))
        # The carrier records each file in the database as it copies it: db thread.
        self.tasks.run_db(lambda ws: teacher_of(ws).volunteer.collect(folder), self._guarded(collected),
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
        self.tasks.run_db(lambda ws: teacher_of(ws).volunteer.write_all(folder), self._guarded(written),
                          self._volunteer_error)

    # -- the sites this laptop carries for ----------------------------------------------------

    def add_carrier_site(self) -> None:
        if not self._need_session():
            return
        chosen = dialogs.ask_site(self.window)
        if chosen is None:
            return
        hub_url, code = chosen
        laptop = platform.node()
        from tutor.teacher.carrier_sites import add_site

        def added(site) -> None:
            self._reload_volunteer(self.tr("Đã đăng ký ở “%s”: máy này biết %d máy tính của điểm học đó.")
                                   % (site.site_name, site.devices))
            self.done.emit("site_added")

        self.volunteer.set_busy(True)
        self.volunteer.show_notice(self.tr("Đang đăng ký với máy chủ…"))
        self._with_network(lambda conn, clock, make, _carry: add_site(conn, clock, make, hub_url, code, laptop), added)

    def refresh_carrier_sites(self) -> None:
        if not self._need_session():
            return

        def refreshed(result) -> None:
            lines = [self.tr("Đã cập nhật danh sách máy của: %s") % ", ".join(result.sites)] if result.sites else []
            lines += [core_text.translate(line) for line in result.failed]
            self._reload_volunteer("\n".join(lines))
            self.done.emit("sites_refreshed")

        self.volunteer.set_busy(True)
        self.volunteer.show_notice(self.tr("Đang lấy danh sách máy từ máy chủ…"))
        from tutor.teacher.carrier_sites import refresh_keys

        self._with_network(lambda conn, clock, make, _carry: refresh_keys(conn, clock, make), refreshed)

    def deliver_to_hubs(self) -> None:
        if not self._need_session():
            return
        from tutor.teacher.carrier_sites import deliver_to_hubs

        def handed_over(result) -> None:
            lines = [self.tr("Đã gửi %d tệp lên máy chủ (%d bản ghi mới).") % (result.delivered, result.new_events)
                     if result.delivered else self.tr("Không gửi được tệp nào lên máy chủ.")]
            lines += [core_text.translate(line) for line in result.failed]
            self._reload_volunteer("\n".join(lines))
            self.done.emit("delivered")

        self.volunteer.set_busy(True)
        self.volunteer.show_notice(self.tr("Đang gửi các tệp lên máy chủ…"))
        self._with_network(lambda conn, clock, _make, carry: deliver_to_hubs(conn, clock, carry), handed_over)

    def _with_network(self, work, on_done) -> None:
        """Hub requests and their rows on a connection of their own in the worker pool (as a
        sync round does), with the app's HTTP transport: the window never waits on a network."""
        from tutor.sync.background import open_sync_connection
        from tutor.sync.transport import app_transport

        make_transport = self.window.sync.make_transport if self.window.sync is not None else app_transport

        def run(db_path, carry_dir):
            conn = open_sync_connection(db_path)
            try:
                return work(conn, SystemClock(), make_transport, carry_dir)
            finally:
                conn.close()

        def with_paths(paths) -> None:
            self.tasks.run_slow(lambda: run(*paths), self._guarded(on_done), self._carrier_error)

        self.tasks.run_db(lambda ws: (ws.data.database, teacher_of(ws).volunteer.carry_dir), with_paths,
                          self._volunteer_error)

    def _carrier_error(self, exc: BaseException) -> None:
        from tutor.sync.transport import SyncRefused, SyncUnavailable

        if isinstance(exc, SyncRefused) and exc.code == "bad_code":
            exc = TutorError(str(exc), self.tr("Mã đăng ký không đúng. Hãy kiểm tra lại từng chữ và số."))
        elif isinstance(exc, (SyncUnavailable, OSError)):
            exc = TutorError(str(exc), self.tr("Không kết nối được máy chủ. Hãy kiểm tra địa chỉ, dây mạng hoặc wifi."))
        self._volunteer_error(exc)
