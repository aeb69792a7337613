"""Signs the learner out after a quiet spell so the next person at a shared PC
never lands in someone else's account."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

WATCH_AFTER_MS = 1000

_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._timeout_ms = 0
        self._target: QObject | None = None
        self.watching = False

    def watch(self, target: QObject) -> None:
        """Watch ``target``'s events (the application) from WATCH_AFTER_MS on, or from the
        first time a timeout is set if sooner: an application-wide Python event filter makes
        PySide create ~180 enum classes on the first events it sees (about 0.1 s), which
        delayed the first frame; a second later the tiles are up and nobody waits for it."""
        self._target = target
        if self._timeout_ms > 0:
            self._install()
        else:
            QTimer.singleShot(WATCH_AFTER_MS, self._install)

    def _install(self) -> None:
        if not self.watching and self._target is not None:
            self._target.installEventFilter(self)
            self.watching = True

    def set_timeout_ms(self, ms: int) -> None:
        """0 turns idle sign-out off."""
        self._timeout_ms = ms
        if ms > 0:
            self._install()
        self.poke()

    def poke(self) -> None:
        if self._timeout_ms > 0:
            self._timer.start(self._timeout_ms)
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start(self._timeout_ms)
        return False
