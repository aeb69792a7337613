"""Who is at the PC: the learner picker, new profiles, PINs, sign-in and sign-out, the
idle sign-out, and the home screen of the learner signed in."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from tutor.changes import Changes, WithChanges
from tutor.display import DisplayPrefs, learner_display
from tutor.errors import ProfileLocked
from tutor.ui import core_text
from tutor.ui.idle import IdleWatcher
from tutor.ui.messages import user_message

if TYPE_CHECKING:
    from tutor.learners import Learner
    from tutor.ui.mainwindow import MainWindow
    from tutor.ui.taskman import TaskManager

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StartupState:
    """What the first frame needs, read on the database thread before the window exists."""

    pc: object
    notices: list = field(default_factory=list)
    learners: list = field(default_factory=list)


def read_startup_state(ws) -> StartupState:
    return StartupState(pc=ws.settings.pc(), notices=list(ws.notices), learners=ws.learners.list())


class SessionController(QObject):
    learners_loaded = Signal()   # the picker's tiles are there to click (start-up benchmark)
    ready = Signal()             # the store answered: background work may start (tutor.ui.app)

    def __init__(self, window: "MainWindow", tasks: "TaskManager", idle_ms_override: int | None = None):
        super().__init__(window)
        self.window = window
        self.tasks = tasks
        self.current: Learner | None = None
        self.pc = None
        self.stop_speech: Callable[[], None] = lambda: None   # set by the composition root
        self._idle_override = idle_ms_override
        self._restore_offer = None
        self.idle = IdleWatcher(self)
        self.idle.watch(QApplication.instance())  # the filter goes in at the first sign-in
        self.idle.idle.connect(lambda: self.sign_out("idle"))
        window.closing.connect(self.idle.stop)
        window.start_requested.connect(self.show_start)
        window.on_built("start", self._wire_start)
        window.on_built("create", self._wire_create)
        window.on_built("pin", self._wire_pin)
        window.on_built("home", self._wire_home)

    def _wire_start(self, screen) -> None:
        screen.learner_chosen.connect(self.choose)
        screen.add_requested.connect(self.show_create)
        screen.teacher_requested.connect(lambda: self.window.teacher_area.open())
        screen.restore_requested.connect(self._restore_offered)
        # Learners pulled by sync or made in the teacher area appear on the picker.
        screen.set_reload(lambda: self.tasks.run_db(lambda ws: ws.learners.list(), self._learners_listed),
                          lambda changes: changes.learners)

    def _wire_create(self, screen) -> None:
        screen.cancelled.connect(self.show_start)
        screen.create_requested.connect(self._create)

    def _wire_pin(self, screen) -> None:
        screen.cancelled.connect(self.show_start)
        screen.pin_entered.connect(self._check_pin)

    def _wire_home(self, screen) -> None:
        screen.switch_requested.connect(lambda: self.sign_out("switch"))
        screen.set_reload(self._load_home, self._concerns_home)

    def _concerns_home(self, changes: Changes) -> bool:
        if self.current is None or not (changes.progress or changes.content or changes.learners):
            return False
        return not changes.learner_ids or self.current.learner_id in changes.learner_ids

    # -- start-up -------------------------------------------------------------------------

    def open(self, initial: StartupState | None = None) -> None:
        if initial is not None:
            QTimer.singleShot(0, lambda: self._on_opened(initial))
        else:
            self.tasks.run_db(read_startup_state, self._on_opened, self._fatal)

    def _on_opened(self, state: StartupState) -> None:
        start = self.window.start
        self.pc, notices = state.pc, state.notices
        self.window.apply_display(self.pc.display)
        start.show_notice("\n\n".join(core_text.translate(n.user_message) for n in notices))
        offered = next((n.restore_from for n in notices if n.restore_from is not None), None)
        self._restore_offer = offered
        if offered is not None or start.restore_button is not None:
            start.offer_restore(offered is not None)
        start.set_loading(False)
        self.window.show_screen(start)
        self._learners_listed(state.learners)
        self.ready.emit()

    def _restore_offered(self) -> None:
        """The person took back the learners a backup or kept file holds (tutor.store.recovery)."""
        source = self._restore_offer
        if source is None:
            return
        self.window.start.offer_restore(False)

        def restored(state: StartupState) -> None:
            self._on_opened(state)
            self.window.start.show_notice(QCoreApplication.translate("MainWindow", "Đã lấy lại dữ liệu cũ."))

        def restore(ws):
            ws.restore_learners_from(source)
            return read_startup_state(ws)

        self.tasks.run_db(restore, restored, lambda exc: self.window.start.show_notice(user_message(exc)))

    def _fatal(self, exc: BaseException) -> None:
        message = core_text.user_text(exc) or QCoreApplication.translate(
            "MainWindow", "Không mở được dữ liệu của ứng dụng. Hãy báo cho cán bộ kỹ thuật."
        )
        log.error("opening the data dir failed", exc_info=exc)
        start = self.window.start
        start.set_loading(False)
        start.show_notice(message)
        self.window.show_screen(start)
        start.add_tile.setEnabled(False)
        self.ready.emit()

    # -- the picker, profiles and PINs ---------------------------------------------------------

    def show_start(self) -> None:
        self.current = None
        self.idle.stop()
        if self.pc is not None:
            self.window.apply_display(self.pc.display)
        start = self.window.start
        start.stale = True  # the picker always lists the learners afresh
        self.window.show_screen(start)
        start.refresh_if_stale()  # when it was on show already

    def _learners_listed(self, learners: list["Learner"]) -> None:
        self.window.start.set_learners(learners)
        self.learners_loaded.emit()

    def show_create(self) -> None:
        create = self.window.create
        create.reset()
        self.window.show_screen(create)
        create.name_edit.setFocus()

    def _create(self, name: str, icon: str, pin: str) -> None:
        def created(learner: "Learner") -> None:
            self.window.create.done()
            self.enter(learner)

        group, age_band = self.window.create.selected_group()   # optional (issue 18)
        self.tasks.mutate(
            lambda ws: WithChanges.pair(ws.learners.create(name, icon, pin or None, group=group, age_band=age_band)),
            created,
            lambda exc: self.window.create.show_error(user_message(exc)),
        )

    def choose(self, learner_id: str) -> None:
        def got(learner: "Learner") -> None:
            if learner.has_pin:
                pin = self.window.pin
                pin.start(learner)
                if learner.locked_seconds_left:
                    pin.show_error(user_message(ProfileLocked(learner.locked_seconds_left)))
                self.window.show_screen(pin)
            else:
                self.tasks.run_db(lambda ws: ws.learners.sign_in(learner_id), self.enter, self._start_error)

        self.tasks.run_db(lambda ws: ws.learners.get(learner_id), got, self._start_error)

    def _check_pin(self, learner_id: str, pin: str) -> None:
        self.tasks.run_db(
            lambda ws: ws.learners.sign_in(learner_id, pin), self.enter,
            lambda exc: self.window.pin.show_error(user_message(exc)),
        )

    def _start_error(self, exc: BaseException) -> None:
        self.window.start.show_notice(user_message(exc))
        self.show_start()

    # -- signed in -------------------------------------------------------------------------

    def enter(self, learner: "Learner") -> None:
        self.current = learner
        self.window.apply_display(learner_display(learner.prefs, self.pc.display))
        home = self.window.home
        home.show_notice("")
        home.show_learner(learner)
        home.stale = True  # a new learner: the home screen loads as it comes on show
        self.window.show_screen(home)
        home.refresh_if_stale()  # when it was on show already
        home.switch_button.setFocus()
        self.arm_idle()

    def _load_home(self) -> None:
        if self.current is None:
            return
        from tutor.ui.home_data import load_home
        from tutor.ui.widgets.assigned import load_assigned

        learner_id = self.current.learner_id
        home = self.window.home
        self.tasks.run_db(lambda ws: load_home(ws, learner_id), home.show_snapshot)
        self.tasks.run_db(lambda ws: load_assigned(ws, learner_id), home.assigned.show_assignments,
                          lambda exc: log.warning("assignments not shown: %s", exc))

    def back_home(self) -> None:
        self.stop_speech()
        home = self.window.home
        self.window.show_screen(home)
        home.search_edit.setFocus()

    def home_error(self, exc: BaseException) -> None:
        home = self.window.home
        self.window.show_screen(home)
        home.show_notice(user_message(exc))

    def sign_out(self, reason: str) -> None:
        if self.current is None:
            return
        self.stop_speech()
        self.show_start()
        self.window.start.show_notice(
            QCoreApplication.translate(
                "MainWindow",
                "Bạn đã được tự đăng xuất vì lâu không dùng máy. Bấm vào hình của mình để học tiếp.")
            if reason == "idle" else ""
        )

    @property
    def learner_id(self) -> str | None:
        return self.current.learner_id if self.current is not None else None

    # -- the PC's settings, as this session sees them ------------------------------------------

    def set_current(self, learner: "Learner") -> None:
        """The learner's own settings were saved: keep the fresh profile."""
        if self.current is not None and learner.learner_id == self.current.learner_id:
            self.current = learner

    def reload_pc(self) -> None:
        def got(pc) -> None:
            self.pc = pc
            if self.current is not None:
                self.arm_idle()

        self.tasks.run_db(lambda ws: ws.settings.pc(), got)

    def display_of_current(self) -> DisplayPrefs:
        return learner_display(self.current.prefs, self.pc.display) if self.current else self.pc.display

    def arm_idle(self) -> None:
        if self._idle_override is not None:
            self.idle.set_timeout_ms(self._idle_override)
        else:
            self.idle.set_timeout_ms(self.pc.idle_signout_min * 60_000 if self.pc else 0)
