"""Says what a big button does when it gets the focus or the mouse rests on it, so a learner
who reads slowly hears "Tiếp tục bài đang học…" before pressing. On by default; a learner
turns it off in Settings."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QWidget


class ControlVoice(QObject):
    def __init__(self, window: QWidget, speech):
        super().__init__(window)
        self.window = window
        self.speech = speech
        self.enabled = True   # the learner's (or PC's) choice, set with the display prefs
        self.muted = False    # kept off whatever the prefs say (tests of the Listen buttons)
        self._last: QObject | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.Enter) and self.enabled and not self.muted:
            self._maybe_say(watched)
        return False

    def _maybe_say(self, widget: QObject) -> None:
        if (not isinstance(widget, QAbstractButton) or widget is self._last
                or not widget.isVisible() or widget.window() is not self.window):
            return
        if self.speech.state != "idle":
            return  # never talk over a lesson being read
        name = widget.accessibleName() or widget.text().replace("&", "")
        if name.strip():
            self._last = widget
            self.speech.speak(name)
