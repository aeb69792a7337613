"""Choosing a file or a folder: in Vietnamese, starting where a villager keeps things
(the USB stick when one is plugged in, else Documents), never in the program's folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QStorageInfo, QUrl
from PySide6.QtWidgets import QFileDialog, QWidget

# Where desktop Linux mounts USB sticks; on Windows a stick is a drive other than the system's.
_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/")


def usb_folders() -> list[str]:
    found = []
    system_drive = Path.home().anchor.upper()
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isRoot() or volume.isReadOnly():
            continue
        root = volume.rootPath()
        if root.startswith(_REMOVABLE_ROOTS) or (len(root) <= 3 and root[1:2] == ":"
                                                 and root.upper() != system_drive):
            found.append(root)
    return found


def start_folder() -> str:
    """The USB stick if there is one, else Documents, else the home folder."""
    usb = usb_folders()
    if usb:
        return usb[0]
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def _dialog(parent: QWidget | None, title: str, start: str | None) -> QFileDialog:
    dialog = QFileDialog(parent, title, start or start_folder())
    # Qt ships no Vietnamese translation of its own dialogs (no qtbase_vi.qm in PySide6):
    # Qt's widget dialog, with its words set here, instead of an all-English one.
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    tr = lambda text: QCoreApplication.translate("FileDialog", text)  # noqa: E731
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, tr("Tìm trong:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileName, tr("Tên tệp:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, tr("Loại tệp:"))
    dialog.setLabelText(QFileDialog.DialogLabel.Reject, tr("Huỷ"))
    dialog.setSidebarUrls(sidebar_urls())
    return dialog


def sidebar_urls() -> list[QUrl]:
    """The computer, home, Documents and the USB sticks plugged in now. Built afresh each time:
    Qt saves the sidebar in its settings, so adding to the saved list piled up every stick
    ever plugged in (greyed-out entries once it was pulled)."""
    places = [QUrl("file:"), QUrl.fromLocalFile(str(Path.home()))]
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir() and Path(documents) != Path.home():
        places.append(QUrl.fromLocalFile(documents))
    return places + [QUrl.fromLocalFile(p) for p in usb_folders()]


def open_file(parent: QWidget | None, title: str, name_filter: str, start: str | None = None) -> str:
    dialog = _dialog(parent, title, start)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(name_filter)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, QCoreApplication.translate("FileDialog", "Mở"))
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""


def choose_folder(parent: QWidget | None, title: str, start: str | None = None) -> str:
    dialog = _dialog(parent, title, start)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, QCoreApplication.translate("FileDialog", "Chọn thư mục này"))
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""
