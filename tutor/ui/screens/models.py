"""Quản lý mô hình AI: which models this PC has, how well each fits, bringing one in.

Mostly for the teacher or the commune officer: the installed models (with the
one in use), a folder or USB stick to look in, copying a model in with a
progress bar and a cancel button, and a plain recommendation adapted to this
PC's free memory. Reading model headers, scanning a stick and copying a 1 GB
file all run on worker threads (BackgroundJob); the screen only shows results.
When the engine has died, the lead shows a banner here with "Khởi động lại".
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tutor.cancel import Cancelled
from tutor.errors import TutorError
from tutor.local_llm import registry
from tutor.local_llm.registry import (
    Fitness,
    ModelInfo,
    RejectedFile,
    ScanResult,
    assess,
    human_size,
    import_model,
    recommend,
    scan_folder,
)
from tutor.ui import core_text
from tutor.ui.llm_bridge import BackgroundJob
from tutor.ui.screens.practice import readable_label
from tutor.ui.widgets.common import big_button, error_label, notice_label, show_notice
from tutor.ui.widgets.screen import TitledScreen

if TYPE_CHECKING:
    from tutor.sync.downloads import ItemStatus

log = logging.getLogger(__name__)

PROGRESS_STEPS = 1000
# The model the project recommends for classrooms (see ARCHITECTURE.md), as registry.recommend names it.
CLASSROOM_MODEL_FILE = "qwen2.5-1.5b-instruct-q4_k_m.gguf"


@dataclass(frozen=True)
class Row:
    """What a list item stands for."""

    kind: str                        # "model" | "rejected"
    info: ModelInfo | None = None
    fitness: Fitness | None = None
    rejected: RejectedFile | None = None


@dataclass(frozen=True)
class _Listing:
    result: ScanResult
    free_ram: int
    cpu_flags: frozenset[str] | None


def _same_file(a: Path | str | None, b: Path | str | None) -> bool:
    if a is None or b is None:
        return False
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return str(a) == str(b)


class ModelsScreen(TitledScreen):
    model_chosen = Signal(str)          # path of the model to use from now on
    restart_requested = Signal()        # the engine banner's "Khởi động lại"
    installed_listed = Signal()         # refresh() has filled the installed list
    scan_finished = Signal(object)      # ScanResult of scan(folder)
    import_finished = Signal(object)    # ModelInfo of the copied model
    import_failed = Signal(str)         # Vietnamese message (also after Cancel)

    def __init__(self, parent: QWidget | None = None, *,
                 ram_probe: Callable[[], int] = registry.free_ram,
                 cpu_probe: Callable[[], frozenset[str] | None] = registry.cpu_flags):
        super().__init__(parent)
        self._models_dir: Path | None = None
        self._in_use: str | None = None
        self._ram_probe = ram_probe
        self._cpu_probe = cpu_probe
        self._installed: list[Row] = []
        self._found: list[Row] = []
        self._facts: _Listing | None = None
        self._refresh_job: BackgroundJob | None = None
        self._scan_job: BackgroundJob | None = None
        self._import_job: BackgroundJob | None = None
        self._select_after_refresh: Path | None = None
        self._failure_message = ""

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget()
        box = QVBoxLayout(page)

        self.banner = QFrame()
        self.banner.setProperty("role", "feedback")
        banner_box = QVBoxLayout(self.banner)
        self.banner_text = error_label()
        self.banner_text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        banner_box.addWidget(self.banner_text)
        banner_row = QHBoxLayout()
        self.restart_button = big_button(primary=True)
        self.restart_button.clicked.connect(self._restart)
        banner_row.addWidget(self.restart_button)
        self.other_button = big_button()
        self.other_button.clicked.connect(self._choose_other)
        banner_row.addWidget(self.other_button)
        banner_row.addStretch(1)
        banner_box.addLayout(banner_row)
        self.banner.hide()
        box.addWidget(self.banner)

        self.installed_heading = QLabel()
        self.installed_heading.setProperty("role", "question")
        box.addWidget(self.installed_heading)
        self.installed_list = QListWidget()
        self.installed_list.setWordWrap(True)
        self.installed_list.setSpacing(6)
        self.installed_list.setMinimumHeight(180)
        self.installed_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.installed_list.itemActivated.connect(lambda _item: self.use_selected())
        self.installed_heading.setBuddy(self.installed_list)
        box.addWidget(self.installed_list)
        self.installed_status = QLabel()
        self.installed_status.setWordWrap(True)
        box.addWidget(self.installed_status)
        use_row = QHBoxLayout()
        self.use_button = big_button(primary=True)
        self.use_button.clicked.connect(self.use_selected)
        use_row.addWidget(self.use_button)
        use_row.addStretch(1)
        box.addLayout(use_row)

        self.advice = notice_label()
        box.addWidget(self.advice)

        # What the hub is sending down (tutor.sync.downloads writes it; read once a second while shown).
        self.downloads_heading = QLabel()
        self.downloads_heading.setProperty("role", "question")
        self.downloads_heading.hide()
        box.addWidget(self.downloads_heading)
        self.downloads_status = QLabel()
        self.downloads_status.setWordWrap(True)
        self.downloads_status.hide()
        box.addWidget(self.downloads_status)
        self._downloads_timer = QTimer(self)
        self._downloads_timer.setInterval(1000)
        self._downloads_timer.timeout.connect(self.poll_downloads)

        self.found_heading = QLabel()
        self.found_heading.setProperty("role", "question")
        box.addWidget(self.found_heading)
        find_row = QHBoxLayout()
        self.find_button = big_button()
        self.find_button.clicked.connect(self.choose_folder)
        find_row.addWidget(self.find_button)
        find_row.addStretch(1)
        box.addLayout(find_row)
        self.found_status = QLabel()
        self.found_status.setWordWrap(True)
        box.addWidget(self.found_status)
        self.found_list = QListWidget()
        self.found_list.setWordWrap(True)
        self.found_list.setSpacing(6)
        self.found_list.setMinimumHeight(140)
        self.found_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.found_list.hide()
        box.addWidget(self.found_list)
        import_row = QHBoxLayout()
        self.import_button = big_button(primary=True)
        self.import_button.clicked.connect(self.import_selected)
        import_row.addWidget(self.import_button)
        self.cancel_button = big_button()
        self.cancel_button.clicked.connect(self.cancel_import)
        self.cancel_button.hide()
        import_row.addWidget(self.cancel_button)
        import_row.addStretch(1)
        box.addLayout(import_row)
        self.progress = QProgressBar()
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setMinimumHeight(32)
        self.progress.hide()
        box.addWidget(self.progress)
        self.import_status = QLabel()
        self.import_status.setWordWrap(True)
        readable_label(self.import_status)
        box.addWidget(self.import_status)
        box.addStretch(1)

        scroll.setWidget(page)
        self.outer.addWidget(scroll, 1)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Quản lý mô hình AI"))
        self.title.setAccessibleName(self.title.text())
        self.back_button.setText(self.tr("Quay lại"))
        self.back_button.setAccessibleName(self.tr("Quay lại trang trước"))
        self.restart_button.setText(self.tr("Khởi động lại"))
        self.restart_button.setAccessibleName(self.tr("Khởi động lại mô hình AI"))
        self.other_button.setText(self.tr("Chọn mô hình khác"))
        self.other_button.setAccessibleName(self.tr("Chọn một mô hình AI khác trong danh sách"))
        self.installed_heading.setText(self.tr("Mô hình có trong máy"))
        self.downloads_heading.setText(self.tr("Máy chủ đang gửi về máy này"))
        self.installed_list.setAccessibleName(self.tr("Các mô hình AI có trong máy"))
        self.use_button.setText(self.tr("Dùng mô hình này"))
        self.use_button.setAccessibleName(self.tr("Dùng mô hình đang chọn"))
        self.found_heading.setText(self.tr("Thêm mô hình từ USB"))
        self.find_button.setText(self.tr("Tìm trong USB/thư mục khác…"))
        self.find_button.setAccessibleName(self.tr("Chọn USB hoặc thư mục để tìm mô hình AI"))
        self.found_list.setAccessibleName(self.tr("Các tệp mô hình tìm thấy"))
        self.import_button.setText(self.tr("Chép vào máy"))
        self.import_button.setAccessibleName(self.tr("Chép mô hình đang chọn vào máy"))
        self.cancel_button.setText(self.tr("Huỷ"))
        self.cancel_button.setAccessibleName(self.tr("Huỷ việc chép mô hình"))
        self.progress.setAccessibleName(self.tr("Tiến độ chép mô hình"))
        if self._failure_message:
            self._render_banner()
        if self._facts is not None:
            self._render_installed()
            self._render_advice()
        self._render_found()

    # -- settings from the lead -------------------------------------------------------------

    @property
    def models_dir(self) -> Path | None:
        """The data dir's models/ folder: where imports go and installed models are read."""
        return self._models_dir

    @models_dir.setter
    def models_dir(self, path: Path | str | None) -> None:
        self._models_dir = Path(path) if path is not None else None

    def set_in_use(self, path: Path | str | None) -> None:
        """Which model the app runs now (None: none)."""
        self._in_use = str(path) if path is not None else None
        if self._facts is not None:
            self._render_installed()

    # -- what the hub sends down -----------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.poll_downloads()
        self._downloads_timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self._downloads_timer.stop()
        super().hideEvent(event)

    def poll_downloads(self) -> None:
        """Read the download status file (a few hundred bytes) and show it."""
        # Imported here: tutor.sync.downloads brings the HTTP stack, kept off the start-up path.
        from tutor.sync.downloads import read_status

        if self._models_dir is not None:
            self.show_downloads(read_status(self._models_dir.parent))

    def show_downloads(self, statuses: list[ItemStatus]) -> None:
        lines = [line for line in (self._download_line(s) for s in statuses) if line]
        self.downloads_heading.setVisible(bool(lines))
        self.downloads_status.setVisible(bool(lines))
        self.downloads_status.setText("\n".join(lines))

    def _download_line(self, status: ItemStatus) -> str:
        if status.code and status.state in ("skipped", "failed", "waiting") and status.code != "download.progress":
            return core_text.translate_code(status.code, status.params)
        if status.state == "downloading" or (status.state == "waiting" and status.done_bytes > 0):
            return self.tr("Đang tải về: %s %d%%") % (status.name, int(status.fraction * 100))
        if status.state == "waiting":
            return self.tr("Sắp tải về: %s (%s)") % (status.name, human_size(status.size))
        if status.state == "done" and status.kind == "model":
            return self.tr("Đã tải về: %s") % status.name
        return ""

    # -- installed models -------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the installed models again (on a worker thread); ``installed_listed`` follows."""
        models_dir = self._models_dir
        ram_probe, cpu_probe = self._ram_probe, self._cpu_probe

        def work(_cancel, _progress) -> _Listing:
            # Without a models dir only the bundled models count; os.devnull is never a folder.
            found = registry.available_models(models_dir if models_dir is not None else Path(os.devnull))
            return _Listing(found, ram_probe(), cpu_probe())

        self.installed_status.setText(self.tr("Đang xem các mô hình trong máy…"))
        self._refresh_job = self._start_job(work, self._refresh_done, self._refresh_failed)

    def _refresh_done(self, job: BackgroundJob, listing: _Listing) -> None:
        if job is not self._refresh_job:
            return
        self._refresh_job = None
        self._facts = listing
        self._render_installed()
        self._render_advice()
        self.installed_listed.emit()

    def _refresh_failed(self, job: BackgroundJob, exc: BaseException) -> None:
        if job is not self._refresh_job:
            return
        self._refresh_job = None
        log.error("listing models failed", exc_info=exc)
        self.installed_status.setText(self.tr("Không xem được các mô hình trong máy. Hãy thử lại."))
        self.installed_listed.emit()

    @staticmethod
    def _rows(listing: _Listing) -> list[Row]:
        rows = [Row("model", info, assess(info, listing.free_ram, listing.cpu_flags))
                for info in listing.result.models]
        rows += [Row("rejected", rejected=r) for r in listing.result.rejected]
        return rows

    def _render_installed(self) -> None:
        current = self.selected_installed()
        keep = self._select_after_refresh or (current.info.path if current and current.info else None)
        self._select_after_refresh = None
        self._installed = self._rows(self._facts)
        self.installed_list.clear()
        chosen_row = -1
        for index, row in enumerate(self._installed):
            self.installed_list.addItem(self._item(row))
            if row.info is not None and (_same_file(row.info.path, keep) or
                                         (keep is None and _same_file(row.info.path, self._in_use))):
                chosen_row = index
        if chosen_row < 0 and self._installed:
            chosen_row = 0
        self.installed_list.setCurrentRow(chosen_row)
        models = sum(1 for r in self._installed if r.kind == "model")
        if not models:
            self.installed_status.setText(self.tr(
                "Máy này chưa có mô hình AI nào. Các bài học vẫn dùng được. "
                "Hãy chép một mô hình từ USB ở phần dưới."))
        elif self._in_use is None:
            self.installed_status.setText(self.tr("Chưa dùng mô hình nào. Chọn một mô hình rồi bấm “Dùng mô hình này”."))
        else:
            self.installed_status.clear()
        self._update_buttons()

    def _item(self, row: Row) -> QListWidgetItem:
        text = self._describe(row)
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        item.setData(Qt.ItemDataRole.UserRole, row)
        return item

    def _describe(self, row: Row) -> str:
        if row.kind == "rejected":
            rejected = row.rejected
            return self.tr("%s — không dùng được\n%s") % (rejected.path.name, core_text.translate(rejected.user_message))
        info, fitness = row.info, row.fitness
        header = info.header
        name = info.display_name
        if _same_file(info.path, self._in_use):
            name = self.tr("%s — đang dùng") % name
        where = {
            "bundled": self.tr("có sẵn trong phần mềm"),
            "installed": self.tr("đã chép vào máy"),
        }.get(info.source, info.path.name)
        template = self.tr("có mẫu hội thoại") if header.has_chat_template else self.tr("không có mẫu hội thoại")
        details = self.tr("Kiến trúc %s · %s · kiểu nén %s · ngữ cảnh %s · %s · %s") % (
            info.architecture or "?", human_size(info.size_bytes), header.file_type or "?",
            header.context_length or "?", template, where)
        verdict = self.tr("Mức phù hợp: %s. %s") % (self._fitness_label(fitness.level),
                                                   core_text.translate(fitness.message))
        return f"{name}\n{details}\n{verdict}"

    def _fitness_label(self, level: str) -> str:
        if level == "good":
            return self.tr("chạy tốt")
        if level == "slow":
            return self.tr("chạy được nhưng chậm")
        if level == "too_big":
            return self.tr("quá lớn với máy này")
        return self.tr("không chạy được")

    def _render_advice(self) -> None:
        free = self._facts.free_ram
        parts = [self.tr(
            "Cho lớp học, nên dùng mô hình Qwen2.5-1.5B-Instruct bản Q4_K_M. Tệp nặng khoảng 1 GB, "
            "trả lời tiếng Việt tốt hơn mô hình nhỏ có sẵn. Hãy chép tệp vào USB ở nơi có mạng, "
            "cắm USB vào máy này rồi bấm “Tìm trong USB/thư mục khác…”.")]
        advice = recommend(free)
        if advice is not None and advice.file_name == CLASSROOM_MODEL_FILE:
            parts.append(self.tr("Máy này đủ bộ nhớ để chạy mô hình đó."))
        elif advice is not None:
            parts.append(self.tr("Nhưng máy này còn ít bộ nhớ trống, nên:") + " " + core_text.translate(advice.message))
        else:
            parts.append(self.tr("Máy này đang còn quá ít bộ nhớ trống (%s) để chạy AI. "
                                 "Hãy đóng bớt chương trình rồi mở lại trang này.") % human_size(free))
        parts.append(self.tr("Bộ nhớ (RAM) còn trống lúc này: %s.") % human_size(free))
        show_notice(self.advice, "\n\n".join(parts))

    def selected_installed(self) -> Row | None:
        item = self.installed_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def use_selected(self) -> None:
        row = self.selected_installed()
        if row is None or row.kind != "model" or row.fitness.level == "unsupported":
            return
        path = str(row.info.path)
        self.set_in_use(path)
        self.installed_status.setText(self.tr("Đã chọn mô hình %s.") % row.info.display_name)
        self.model_chosen.emit(path)

    # -- looking on a USB stick -------------------------------------------------------------

    def choose_folder(self) -> None:
        from tutor.ui.widgets.files import choose_folder

        folder = choose_folder(self, self.tr("Chọn USB hoặc thư mục có mô hình AI"))
        if folder:
            self.scan(folder)

    def scan(self, folder: Path | str) -> None:
        """Look for .gguf files under ``folder`` (on a worker thread); ``scan_finished`` follows."""
        folder = Path(folder)
        ram_probe, cpu_probe = self._ram_probe, self._cpu_probe

        def work(_cancel, _progress) -> _Listing:
            return _Listing(scan_folder(folder), ram_probe(), cpu_probe())

        self.found_status.setText(self.tr("Đang tìm tệp mô hình trong %s…") % folder)
        self._found = []
        self._render_found()
        self._scan_job = self._start_job(work, self._scan_done, self._scan_failed)

    def _scan_done(self, job: BackgroundJob, listing: _Listing) -> None:
        if job is not self._scan_job:
            return
        self._scan_job = None
        self._found = self._rows(listing)
        if not self._found:
            self.found_status.setText(self.tr("Không thấy tệp mô hình (.gguf) nào ở đây."))
        self._render_found()
        if self._found:
            self.found_list.setCurrentRow(0)
            self.found_list.setFocus()
        self.scan_finished.emit(listing.result)

    def _scan_failed(self, job: BackgroundJob, exc: BaseException) -> None:
        if job is not self._scan_job:
            return
        self._scan_job = None
        log.error("scanning for models failed", exc_info=exc)
        self.found_status.setText(self.tr("Không đọc được thư mục này. Hãy kiểm tra USB rồi thử lại."))
        self.scan_finished.emit(ScanResult((), ()))

    def _render_found(self) -> None:
        row_now = self.found_list.currentRow()
        self.found_list.clear()
        for row in self._found:
            self.found_list.addItem(self._item(row))
        self.found_list.setVisible(bool(self._found))
        if self._found:
            self.found_list.setCurrentRow(max(0, min(row_now, len(self._found) - 1)))
        models = sum(1 for r in self._found if r.kind == "model")
        rejected = len(self._found) - models
        if self._found:
            self.found_status.setText(self.tr("Tìm thấy %d mô hình dùng được, %d tệp không dùng được.")
                                      % (models, rejected))
        self._update_buttons()

    def selected_found(self) -> Row | None:
        item = self.found_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    # -- copying a model in -------------------------------------------------------------------

    def import_selected(self) -> None:
        row = self.selected_found()
        if row is None or row.kind != "model" or self._import_job is not None:
            return
        if self._models_dir is None:
            self.import_status.setText(self.tr("Chưa biết chỗ lưu mô hình trong máy. Hãy mở lại phần mềm."))
            return
        src, models_dir = row.info.path, self._models_dir

        def work(cancel, progress) -> ModelInfo:
            return import_model(src, models_dir, cancel, progress)

        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.import_status.setText(self.tr("Đang chép %s…") % row.info.display_name)
        self._import_job = self._start_job(work, self._import_done, self._import_failed)
        self._import_job.progress.connect(self._import_progress)
        self._update_buttons()
        self.cancel_button.setFocus()

    def cancel_import(self) -> None:
        if self._import_job is not None:
            self.import_status.setText(self.tr("Đang huỷ…"))
            self._import_job.cancel()

    def _import_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(round(max(0.0, min(1.0, fraction)) * PROGRESS_STEPS))
        if not (self._import_job and self._import_job.cancelled):
            self.import_status.setText(core_text.translate(message))

    def _import_done(self, job: BackgroundJob, info: ModelInfo) -> None:
        if job is not self._import_job:
            return
        self._import_job = None
        self.progress.setValue(PROGRESS_STEPS)
        self._end_import()
        self.import_status.setText(self.tr("Đã chép xong. Mô hình %s đã có trong máy. "
                                           "Chọn nó ở danh sách trên rồi bấm “Dùng mô hình này”.")
                                   % info.display_name)
        self._select_after_refresh = info.path
        self.refresh()
        self.import_finished.emit(info)

    def _import_failed(self, job: BackgroundJob, exc: BaseException) -> None:
        if job is not self._import_job:
            return
        self._import_job = None
        self._end_import()
        if isinstance(exc, Cancelled):
            message = self.tr("Đã huỷ. Không có tệp nào bị chép dở trong máy.")
        elif isinstance(exc, TutorError):
            log.warning("model import failed: %s", exc.log_message)
            message = core_text.user_text(exc)
        else:
            log.error("model import failed", exc_info=exc)
            message = self.tr("Chép mô hình không được. Hãy thử lại.")
        self.import_status.setText(message)
        self.import_status.setFocus()
        self.import_failed.emit(message)

    def _end_import(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self._update_buttons()

    # -- the engine failure banner --------------------------------------------------------------

    def show_engine_failure(self, message: str) -> None:
        """The model stopped unexpectedly (see LlmRunner.engine_failed): offer a restart."""
        self._failure_message = message
        self._render_banner()
        self.banner.show()
        self.restart_button.setFocus()

    def hide_engine_failure(self) -> None:
        self._failure_message = ""
        self.banner.hide()

    def _render_banner(self) -> None:
        text = self.tr("Mô hình AI đã dừng bất ngờ.")
        if self._failure_message:
            text = f"{text} {self._failure_message}"
        self.banner_text.setText(text)
        self.banner_text.setAccessibleName(text)

    def _restart(self) -> None:
        self.hide_engine_failure()
        self.installed_status.setText(self.tr("Đang khởi động lại mô hình AI…"))
        self.restart_requested.emit()

    def _choose_other(self) -> None:
        self.hide_engine_failure()
        self.installed_list.setFocus()

    # -- plumbing ------------------------------------------------------------------------------------

    def _start_job(self, work, on_done, on_failed) -> BackgroundJob:
        job = BackgroundJob(work, self)
        job.done.connect(lambda result, job=job: (on_done(job, result), job.deleteLater()))
        job.failed.connect(lambda exc, job=job: (on_failed(job, exc), job.deleteLater()))
        job.start()
        return job

    def _update_buttons(self) -> None:
        importing = self._import_job is not None
        row = self.selected_installed()
        usable = row is not None and row.kind == "model" and row.fitness.level != "unsupported"
        self.use_button.setEnabled(usable and not _same_file(row.info.path, self._in_use))
        found = self.selected_found()
        self.import_button.setVisible(bool(self._found))
        self.import_button.setEnabled(not importing and found is not None and found.kind == "model")
        self.find_button.setEnabled(not importing)
