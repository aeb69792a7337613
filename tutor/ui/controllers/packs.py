"""Lesson packs: installing one from a USB stick, and what is installed (on the settings page)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from tutor.changes import WithChanges
from tutor.ui.messages import user_message

if TYPE_CHECKING:
    from tutor.ui.mainwindow import MainWindow
    from tutor.ui.taskman import TaskManager


class PacksController(QObject):
    def __init__(self, window: "MainWindow", tasks: "TaskManager"):
        super().__init__(window)
        self.window, self.tasks = window, tasks
        window.on_built("settings", lambda screen: screen.import_pack_requested.connect(self.import_pack_file))

    def import_pack_file(self, path: str) -> None:
        """Installs a lesson pack chosen from a USB stick; refuses bad packs, changing nothing."""
        settings = self.window.settings

        def done(result) -> None:
            if result.noop:
                settings.show_pack_result(True, QCoreApplication.translate(
                    "MainWindow", "Gói bài học này đã có trên máy. Không có gì thay đổi."))
            else:
                settings.show_pack_result(True, QCoreApplication.translate(
                    "MainWindow", "Đã cài gói bài học mới."))
            self.show_pack_info()

        settings.show_pack_result(None, QCoreApplication.translate(
            "MainWindow", "Đang kiểm tra và cài gói bài học…"))
        self.tasks.mutate(lambda ws: WithChanges.carried(ws.content.import_pack_file(path)), done,
                          lambda exc: settings.show_pack_result(False, user_message(exc)))

    def show_pack_info(self) -> None:
        from tutor.ui.content_data import pack_description

        self.tasks.run_db(pack_description, self.window.settings.show_pack_info)
