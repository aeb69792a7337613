"""Background sync as the learner's window shows it: a status line on the picker and home,
and its page in settings. What a round brings reaches the screens through the Changes
broadcast (SyncController broadcasts it), not through this module."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from tutor.ui.mainwindow import MainWindow
    from tutor.ui.sync_controller import SyncController


class SyncFeature(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.controller: SyncController | None = None
        window.provide("sync_settings", self._make_settings_page)
        window.on_built("settings", lambda screen: screen.sync_requested.connect(self.show_settings_page))
        window.on_built("sync_settings", lambda screen: screen.back_requested.connect(
            lambda: self.window.show_screen(self.window.settings)))

    def set_controller(self, controller: "SyncController") -> None:
        """Sync started (after the tiles, see tutor.ui.app)."""
        self.controller = controller
        self.window.sync = controller  # the teacher area's USB export uses its transport
        self.window.on_built("start", lambda screen: screen.set_sync_bar(controller.make_status_bar()))
        self.window.on_built("home", lambda screen: screen.set_sync_bar(controller.make_status_bar()))

    def _make_settings_page(self):
        from tutor.ui.screens.sync_settings import SyncSettingsScreen

        return SyncSettingsScreen(self.controller)

    def show_settings_page(self) -> None:
        if self.controller is None:
            return
        page = self.window.sync_settings
        page.start()
        self.window.show_screen(page)
