"""Background sync in the app: when to sync, the status line, enrollment and USB export.

SyncController lives on the main thread. The work runs elsewhere:
- A sync round and an enrollment run on the TaskManager's pool, each on its own short-lived
  SQLite connection (tutor.sync.background explains why not on the database thread: a
  round mostly waits on the network, and learners' answers must never queue behind it).
  Only the TaskManager's int task ids cross threads; results are read on the main thread.
- Status reads and building a USB bundle run on the database thread (quick local reads);
  writing the bundle file to the stick runs on the pool.

When: a first round shortly after start (the window is up by then), when the network
comes back (QNetworkInformation, if this PC has a backend for it; otherwise the timer
alone), every schedule.REGULAR_INTERVAL_S after a success, and after a failure with
back-off (schedule.retry_delay_s). One round at a time; "Đồng bộ ngay" forces one. At
quit, shutdown() stops the timer and sets the round's cancel token; the engine stops at
its next batch or page, and the HTTP timeouts bound a request already on the wire.

Nothing here is shown when the PC is not enrolled: a PC without a hub has no sync noise.
"""

from __future__ import annotations

import logging
import platform
import random
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from tutor.cancel import Cancelled, CancelToken
from tutor.clock import Clock, SystemClock
from tutor.errors import TutorError
from tutor.sync import schedule
from tutor.sync.background import MakeTransport, Probe, enroll_pc, run_round
from tutor.teacher.sync_folds import TEACHER_FOLDS
from tutor.sync.engine import SyncNotEnrolled
from tutor.sync.status import SyncStatus, read_status
from tutor.sync.transport import SyncRefused, SyncUnavailable, app_transport, probe_hub
from tutor.ui import core_text

log = logging.getLogger(__name__)

Discover = Callable[..., list]            # discover_hubs(timeout_s, cancel=None) -> [DiscoveredHub]
RECONNECT_DELAY_S = 5.0                   # after the network comes back: let DHCP and the hub settle
DISCOVERY_TIMEOUT_S = 3.0


class SyncController(QObject):
    status_changed = Signal()
    round_finished = Signal(bool)          # ok
    pulled = Signal(object)                # Changes: a round brought something (just before round_finished)
    enrol_finished = Signal(bool, str)     # ok, message for the person
    export_finished = Signal(bool, str)    # ok, message for the person
    hubs_found = Signal(object)            # list of DiscoveredHub (main thread to main thread)
    downloads_finished = Signal()          # a pass over the hub's (or a stick's) catalogue ended
    # Taking the catalogue from a USB stick: percent and what is being copied (from the worker:
    # only an int and a str cross threads), then ok and what came of it, for the person.
    carried_progress = Signal(int, str)
    carried_finished = Signal(bool, str)

    def __init__(
        self,
        tasks: Any,
        db_path: Path | str,
        clock: Clock | None = None,
        *,
        make_transport: MakeTransport = app_transport,
        probe: Probe | None = probe_hub,
        discover: Discover | None = None,
        device_name: str | None = None,
        rng: random.Random | None = None,
        local_tz: tzinfo | None = None,
        watch_network: bool = True,
        start_delay_s: float = 5.0,
        downloads: Callable[[Path, CancelToken], Any] | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.tasks = tasks
        self.db_path = Path(db_path)
        self.clock = clock or SystemClock()
        self.make_transport = make_transport
        self.probe = probe
        self.discover = discover
        self.device_name = device_name or platform.node() or "PC"
        self.rng = rng
        self.local_tz = local_tz
        self.start_delay_s = start_delay_s
        self.status: SyncStatus | None = None
        self.running = False
        self.failures = 0
        self.last_error = ""
        self.next_attempt_at: datetime | None = None
        self.online: bool | None = None     # None: this PC cannot tell
        self._closed = False
        self._cancel: CancelToken | None = None
        self._watch_network = watch_network
        # After a good round, fetch what the hub offers (tutor.sync.background.run_downloads).
        self.downloads = downloads
        self._download_cancel: CancelToken | None = None
        self._carrying = False                      # the running pass is a USB stick's
        self._stick_waiting: str | None = None      # a stick to read once the hub's pass has stopped
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)

    # --- life cycle ---------------------------------------------------------------------------

    def start(self) -> None:
        """Read the status; if enrolled, the first round follows shortly (the window is up)."""
        if self._watch_network:
            self._watch_reachability()

        def first(status: SyncStatus) -> None:
            if status.enrolled and not self.running:
                self._schedule(self.start_delay_s)

        self.refresh_status(first)

    def shutdown(self) -> None:
        self._closed = True
        self.timer.stop()
        if self._cancel is not None:
            self._cancel.cancel()
        if self._download_cancel is not None:
            self._download_cancel.cancel()

    # --- status -------------------------------------------------------------------------------

    def refresh_status(self, then: Callable[[SyncStatus], None] | None = None) -> None:
        def got(status: SyncStatus) -> None:
            self.status = status
            self.status_changed.emit()
            if then is not None:
                then(status)

        self.tasks.run_db(lambda ws: read_status(ws.conn), got,
                          lambda exc: log.error("sync status not read", exc_info=exc))

    @property
    def enrolled(self) -> bool:
        return bool(self.status and self.status.enrolled)

    def status_text(self) -> str:
        """The status line: empty when this PC is not enrolled (nothing is shown then)."""
        status = self.status
        if status is None or not status.enrolled:
            return ""
        if self.running:
            line = self.tr("Đang đồng bộ…")
        elif self.failures and self.next_attempt_at is not None:
            line = self.last_error + " " + self.tr("Sẽ thử lại lúc %s.") % self._clock_time(self.next_attempt_at)
        elif status.last_success_at is not None:
            line = self._synced_at(status.last_success_at)
        else:
            line = self.tr("Chưa đồng bộ lần nào")
        if status.pending:
            line += " · " + self.tr("Còn %d bản ghi chưa gửi") % status.pending
        return line

    def _local(self, when: datetime) -> datetime:
        return when.astimezone(self.local_tz) if self.local_tz else when.astimezone()

    def _clock_time(self, when: datetime) -> str:
        return self._local(when).strftime("%H:%M")

    def _synced_at(self, when: datetime) -> str:
        local, today = self._local(when), self._local(self.clock.now()).date()
        if local.date() == today:
            return self.tr("Đã đồng bộ lúc %s hôm nay") % local.strftime("%H:%M")
        if local.date() == today - timedelta(days=1):
            return self.tr("Đã đồng bộ lúc %s hôm qua") % local.strftime("%H:%M")
        return self.tr("Đã đồng bộ lúc %s ngày %s") % (local.strftime("%H:%M"), local.strftime("%d/%m/%Y"))

    # --- rounds -------------------------------------------------------------------------------

    def sync_now(self) -> bool:
        """Start a round unless one is running (or the PC is not enrolled). True if started."""
        if self._closed or self.running or not self.enrolled:
            return False
        self.timer.stop()
        self.running = True
        self._cancel = cancel = CancelToken()
        self.status_changed.emit()
        db_path, clock, make_transport, probe = self.db_path, self.clock, self.make_transport, self.probe
        self.tasks.run_slow(lambda: run_round(db_path, clock, make_transport, probe, cancel,
                                              folds=TEACHER_FOLDS),
                            self._round_done, self._round_failed)
        return True

    def _round_done(self, report: Any) -> None:
        self.running = False
        self._cancel = None
        self.failures = 0
        self.last_error = ""
        changes = report.changes
        self.tasks.broadcast(changes)  # screens showing a learner who moved here refresh
        if report.renewed_device:
            log.warning("this database was a stale copy: device %s is now %s", *report.renewed_device)
        if not self._closed:
            self._schedule(schedule.REGULAR_INTERVAL_S)
            self._start_downloads()

        def finished(_status: SyncStatus) -> None:
            if not changes.empty:
                self.pulled.emit(changes)
            self.round_finished.emit(True)

        self.refresh_status(finished)

    def _start_downloads(self) -> None:
        """Its own task, one at a time: a 1 GB model on a slow link never holds back the next round."""
        if self.downloads is None or self._download_cancel is not None:
            return
        self._download_cancel = cancel = CancelToken()
        download, db_path = self.downloads, self.db_path

        def ended(result: Any) -> None:
            if isinstance(result, BaseException) and not isinstance(result, Cancelled):
                log.info("catalogue downloads stopped: %s", getattr(result, "log_message", None) or result)
            self._pass_ended(result)

        self.tasks.run_slow(lambda: download(db_path, cancel), ended, ended)

    def _pass_ended(self, result: Any) -> None:
        """A download pass (hub or stick) ended: a pack it imported reaches the screens through the
        Changes broadcast. Home, level and search reload when next shown; a lesson or quiz on show
        listens to no broadcast, so the learner is never interrupted."""
        self._download_cancel = None
        changes = getattr(result, "changes", None)
        if changes is not None and not self._closed:
            self.tasks.broadcast(changes)
        self.downloads_finished.emit()
        if self._stick_waiting is not None and not self._closed:
            folder, self._stick_waiting = self._stick_waiting, None
            self._start_carried(folder)

    # --- the catalogue on a USB stick -----------------------------------------------------------

    @property
    def carrying(self) -> bool:
        return self._carrying or self._stick_waiting is not None

    def import_catalogue(self, folder: str) -> bool:
        """Take the packs, models and voices a volunteer carries on a USB stick (``tutor-hub catalogue
        export``) with the same checks as a download; carried_finished says what came of it. A hub
        download under way is stopped first (its partial file is gone on from next time): both
        write the same files. False when this PC cannot (no catalogue hook, or one already running)."""
        if self.downloads is None or self._closed or self.carrying:
            return False
        if self._download_cancel is not None:
            self._stick_waiting = folder
            self._download_cancel.cancel()
            return True
        self._start_carried(folder)
        return True

    def cancel_catalogue_import(self) -> None:
        if self._stick_waiting is not None:
            self._stick_waiting = None
            self.carried_finished.emit(False, self._carried_stopped())
        elif self._carrying and self._download_cancel is not None:
            self._download_cancel.cancel()

    def _start_carried(self, folder: str) -> None:
        self._carrying = True
        self._download_cancel = cancel = CancelToken()
        download, db_path = self.downloads, self.db_path

        def progress(fraction: float, message: str) -> None:  # on the worker thread
            self.carried_progress.emit(int(fraction * 100), message)

        def done(report: Any) -> None:
            self._carrying = False
            ok, text = self._carried_result(report)
            self._pass_ended(report)
            self.carried_finished.emit(ok, text)

        def failed(exc: BaseException) -> None:
            self._carrying = False
            self._pass_ended(exc)
            if self._closed:
                return
            if isinstance(exc, Cancelled):
                self.carried_finished.emit(False, self._carried_stopped())
            elif isinstance(exc, TutorError):
                self.carried_finished.emit(False, core_text.user_text(exc))
            else:
                log.error("catalogue not taken from the USB stick", exc_info=exc)
                self.carried_finished.emit(False, self.tr(
                    "Không đọc được USB. Hãy cắm lại USB rồi thử lại. Những gì đã chép vẫn còn trên máy."))

        self.tasks.run_slow(lambda: download(db_path, cancel, progress, stick=folder), done, failed)

    def _carried_stopped(self) -> str:
        return self.tr("Đã dừng chép từ USB. Lần sau máy sẽ chép tiếp từ chỗ đã dừng.")

    def _carried_result(self, report: Any) -> tuple[bool, str]:
        """What was added, what was already here, what was not taken and why, in plain words."""
        added = {id(s) for s in report.installed}
        lines, ok = [], True
        names = [s.name for s in report.items if id(s) in added]
        if names:
            lines.append(self.tr("Đã thêm vào máy: %s.") % ", ".join(names))
        here = [s.name for s in report.items
                if id(s) not in added and (s.state == "done" or (s.state == "skipped" and not s.code))]
        if here:
            lines.append(self.tr("Đã có trên máy rồi nên không chép lại: %s.") % ", ".join(here))
        for s in report.items:
            if s.code and s.state in ("skipped", "failed", "waiting"):
                lines.append(core_text.translate_code(s.code, s.params))
                ok = ok and s.state == "skipped"
        if not report.items:
            lines.append(self.tr("USB không có gì dành cho máy này."))
        return ok, "\n".join(lines)

    def _round_failed(self, exc: BaseException) -> None:
        self.running = False
        self._cancel = None
        if self._closed and isinstance(exc, Cancelled):
            return
        if isinstance(exc, SyncNotEnrolled):
            self.refresh_status(lambda _s: self.round_finished.emit(False))
            return
        self.failures += 1
        self.last_error = self._round_error(exc)
        log.warning("sync round failed (%d in a row): %s", self.failures,
                    getattr(exc, "log_message", None) or f"{type(exc).__name__}: {exc}")
        if not self._closed:
            self._schedule(schedule.retry_delay_s(self.failures, self.rng))
        self.refresh_status(lambda _s: self.round_finished.emit(False))

    def _round_error(self, exc: BaseException) -> str:
        if isinstance(exc, SyncRefused) and exc.status == 401:
            return self.tr("Máy chủ không nhận máy này nữa (đã bị thu hồi). Hãy đăng ký lại trong Cài đặt › Đồng bộ.")
        if isinstance(exc, SyncRefused) and exc.code == "unsupported_protocol_version":
            return self.tr("Máy chủ dùng phiên bản mới hơn. Hãy cập nhật ứng dụng trên máy này.")
        if isinstance(exc, (SyncUnavailable, OSError)):
            return self.tr("Không kết nối được máy chủ.")
        if isinstance(exc, TutorError):
            return core_text.user_text(exc)
        log.error("unexpected error in a sync round", exc_info=exc)
        return self.tr("Đồng bộ gặp lỗi. Dữ liệu vẫn lưu trên máy này.")

    def _schedule(self, delay_s: float) -> None:
        delay_s = max(0.0, delay_s)
        self.next_attempt_at = self.clock.now() + timedelta(seconds=delay_s)
        self.timer.start(int(delay_s * 1000))

    # --- connectivity -------------------------------------------------------------------------

    def _watch_reachability(self) -> None:
        """QNetworkInformation with the best backend this PC has; without one, the timer alone."""
        try:
            from PySide6.QtNetwork import QNetworkInformation

            loaded = QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability)
            info = QNetworkInformation.instance() if loaded else None
        except Exception:
            log.warning("network information unavailable", exc_info=True)
            info = None
        if info is None:
            log.info("no network information backend here: sync keeps to its timer")
            return
        log.info("network information backend: %s", info.backendName())
        info.reachabilityChanged.connect(self.reachability_changed)
        self.reachability_changed(info.reachability())

    def reachability_changed(self, reachability: Any) -> None:
        """The network came back: sync soon (a hub on the classroom LAN needs no internet)."""
        from PySide6.QtNetwork import QNetworkInformation

        levels = QNetworkInformation.Reachability
        if reachability == levels.Unknown:
            self.online = None
            return
        online = reachability in (levels.Local, levels.Site, levels.Online)
        came_back = online and self.online is False
        self.online = online
        if came_back and self.enrolled and not self.running and not self._closed:
            self._schedule(RECONNECT_DELAY_S)

    # --- enrollment -----------------------------------------------------------------------------

    def enroll(self, hub_url: str, code: str) -> None:
        """Register this PC (inputs already checked by the form); enrol_finished tells how it went."""
        db_path, clock, make_transport, name = self.db_path, self.clock, self.make_transport, self.device_name

        def done(link: Any) -> None:
            self.failures = 0
            self.last_error = ""
            message = self.tr("Đã đăng ký máy này với máy chủ “%s”.") % (link.site_name or link.hub_url)

            def enrolled(_status: SyncStatus) -> None:
                self.enrol_finished.emit(True, message)
                self.sync_now()

            self.refresh_status(enrolled)

        self.tasks.run_slow(lambda: enroll_pc(db_path, clock, make_transport, hub_url, code, name), done,
                            lambda exc: self.enrol_finished.emit(False, self.enrol_error(exc)))

    def enrol_error(self, exc: BaseException) -> str:
        if isinstance(exc, SyncRefused):
            if exc.code == "bad_code":
                return self.tr("Mã đăng ký không đúng. Hãy kiểm tra lại từng chữ và số.")
            if exc.code == "device_in_other_site":
                return self.tr("Máy này đã đăng ký ở một điểm học khác. Hãy nhờ cán bộ kỹ thuật.")
            if exc.status == 401:
                return self.tr("Máy chủ đã thu hồi quyền của máy này. Hãy xin mã đăng ký mới.")
            if exc.status == 404:
                return self.tr("Địa chỉ này không phải máy chủ đồng bộ. Hãy kiểm tra lại địa chỉ.")
            return core_text.user_text(exc)
        if isinstance(exc, (SyncUnavailable, OSError)):
            return self.tr("Không kết nối được máy chủ ở địa chỉ này. Hãy kiểm tra địa chỉ, dây mạng hoặc wifi.")
        if isinstance(exc, TutorError):
            return core_text.user_text(exc)
        log.error("unexpected error while enrolling", exc_info=exc)
        return self.tr("Không đăng ký được. Hãy thử lại.")

    def take_enrollment_file(self, path: str) -> None:
        """Join a site from the enrollment file a volunteer brought (no network needed);
        enrol_finished tells how it went."""
        from tutor.sync.offline_enrollment import take_in

        clock = self.clock

        def done(enrollment: Any) -> None:
            message = self.tr("Máy này đã vào điểm học “%s”. Bây giờ bạn có thể ghi kết quả học ra USB.") % (
                enrollment.site_name or enrollment.site_id)
            self.refresh_status(lambda _status: self.enrol_finished.emit(True, message))

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, TutorError):
                log.error("enrollment file not taken in", exc_info=exc)
            self.enrol_finished.emit(False, core_text.user_text(exc) if isinstance(exc, TutorError)
                                     else self.tr("Không nhận được tệp đăng ký. Hãy thử lại."))

        self.tasks.run_db(lambda ws: take_in(ws.conn, path, clock.now()), done, failed)

    def find_hubs(self) -> bool:
        """Look for hubs on the classroom network; hubs_found brings the list. False if this
        build cannot look (the address can always be typed)."""
        if self.discover is None:
            return False
        discover = self.discover

        def failed(exc: BaseException) -> None:
            log.warning("hub discovery failed", exc_info=exc)
            self.hubs_found.emit([])

        self.tasks.run_slow(lambda: list(discover(DISCOVERY_TIMEOUT_S)), self.hubs_found.emit, failed)
        return True

    # --- USB --------------------------------------------------------------------------------------

    def export_to(self, folder: str) -> None:
        """Write this PC's unsent records to a bundle file in ``folder`` (a USB stick)."""
        from tutor.sync.bundle import build_bundle, write_bundle

        def built(bundle: Any) -> None:
            if bundle.events == 0:
                self.export_finished.emit(True, self.tr("Không có bản ghi mới nào cần ghi ra USB."))
                return
            self.tasks.run_slow(lambda: write_bundle(bundle, folder),
                                lambda path: self.export_finished.emit(
                                    True, self.tr("Đã ghi %d bản ghi vào tệp %s") % (bundle.events, str(path))),
                                self._export_failed)

        self.tasks.run_db(build_bundle, built, self._export_failed)

    def _export_failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            log.warning("bundle not written: %s", exc)
            message = self.tr("Không ghi được vào USB (có thể đầy hoặc chỉ cho đọc). "
                              "Dữ liệu vẫn còn nguyên trên máy này.")
        elif isinstance(exc, TutorError):
            message = core_text.user_text(exc)
        else:
            log.error("bundle export failed", exc_info=exc)
            message = self.tr("Không ghi được tệp. Dữ liệu vẫn còn nguyên trên máy này.")
        self.export_finished.emit(False, message)

    def make_status_bar(self, parent: QWidget | None = None) -> SyncStatusBar:
        return SyncStatusBar(self, parent)


class SyncStatusBar(QFrame):
    """One line under a screen: when the PC last synced, what is left to send, and a button."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.button = QPushButton()
        self.button.setMinimumHeight(40)
        self.button.clicked.connect(controller.sync_now)
        row.addWidget(self.button)
        controller.status_changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Đồng bộ ngay"))
        self.button.setAccessibleName(self.tr("Đồng bộ ngay với máy chủ"))
        self.refresh()

    def refresh(self) -> None:
        text = self.controller.status_text()
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.button.setEnabled(not self.controller.running)
        self.setVisible(self.controller.enrolled)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
