"""Every modal question the teacher area asks, in one place.

Callers use ``dialogs.confirm(...)`` (module attribute, not a from-import) so tests
can replace a function with monkeypatch instead of driving a modal loop.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QInputDialog, QLabel, QLineEdit, QMessageBox, QVBoxLayout,
    QWidget,
)


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str, no_text: str) -> bool:
    """A warning with two plainly named buttons; "no" is the default so Enter is safe."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(no_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_text(parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, value)
    return text if ok else None


def open_file(parent: QWidget | None, title: str, name_filter: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter)
    return path or None


def save_file(parent: QWidget | None, title: str, suggested: str, name_filter: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
    return path or None


def choose_folder(parent: QWidget | None, title: str) -> str | None:
    path = QFileDialog.getExistingDirectory(parent, title)
    return path or None


def ask_site(parent: QWidget | None) -> tuple[str, str] | None:
    """A hub's address and a site's enrollment code, both checked as typed; None if cancelled."""
    from tutor.ui.screens.sync_settings import clean_code, clean_hub_url

    tr = lambda text: QCoreApplication.translate("AddSiteDialog", text)  # noqa: E731
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Thêm điểm học"))
    layout = QVBoxLayout(dialog)
    intro = QLabel(tr("Máy này sẽ biết các máy tính của điểm học đó, để kiểm tra tệp USB nhận từ chúng. "
                      "Mã đăng ký do cán bộ xã đưa."))
    intro.setWordWrap(True)
    layout.addWidget(intro)
    form = QFormLayout()
    url_edit, code_edit = QLineEdit(), QLineEdit()
    url_edit.setPlaceholderText(tr("Ví dụ: http://192.168.1.10:8765"))
    code_edit.setPlaceholderText(tr("Ví dụ: ABCD-EFGH-JKMN"))
    form.addRow(tr("Địa chỉ máy chủ:"), url_edit)
    form.addRow(tr("Mã đăng ký:"), code_edit)
    layout.addLayout(form)
    error = QLabel()
    error.setWordWrap(True)
    error.setProperty("role", "error")
    layout.addWidget(error)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Thêm"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Huỷ"))
    layout.addWidget(buttons)
    chosen: list[tuple[str, str]] = []

    def accept() -> None:
        url, code = clean_hub_url(url_edit.text()), clean_code(code_edit.text())
        if url is None:
            error.setText(tr("Địa chỉ máy chủ chưa đúng. Ví dụ: http://192.168.1.10:8765"))
            url_edit.setFocus()
        elif code is None:
            error.setText(tr("Mã đăng ký chỉ có chữ cái, chữ số và dấu gạch ngang."))
            code_edit.setFocus()
        else:
            chosen.append((url, code))
            dialog.accept()

    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    dialog.exec()
    return chosen[0] if chosen else None
