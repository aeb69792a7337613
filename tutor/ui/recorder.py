"""Microphone capture for teacher-recorded narration (QtMultimedia), behind a small
interface so screens can be tested without a microphone."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class QtVoiceRecorder(QObject):
    """start() / stop(); ``recorded`` carries the WAV bytes, ``failed`` a Vietnamese message."""

    recorded = Signal(bytes)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._recorder = None
        self._session = None
        self._file: Path | None = None

    @property
    def recording(self) -> bool:
        return self._recorder is not None

    def start(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import (
            QAudioInput, QMediaCaptureSession, QMediaDevices, QMediaFormat, QMediaRecorder,
        )

        if QMediaDevices.defaultAudioInput().isNull():
            self.failed.emit(self.tr("Máy này không có micrô. Hãy cắm micrô rồi thử lại."))
            return
        self._file = Path(tempfile.mkstemp(prefix="narration-", suffix=".wav")[1])
        self._session = QMediaCaptureSession(self)
        self._session.setAudioInput(QAudioInput(self))
        recorder = QMediaRecorder(self)
        fmt = QMediaFormat(QMediaFormat.FileFormat.Wave)
        recorder.setMediaFormat(fmt)
        recorder.setOutputLocation(QUrl.fromLocalFile(str(self._file)))
        recorder.errorOccurred.connect(self._error)
        recorder.recorderStateChanged.connect(self._state)
        self._session.setRecorder(recorder)
        self._recorder = recorder
        recorder.record()

    def stop(self) -> None:
        if self._recorder is not None:
            self._recorder.stop()

    def _state(self, state) -> None:
        from PySide6.QtMultimedia import QMediaRecorder

        if state == QMediaRecorder.RecorderState.StoppedState and self._recorder is not None:
            path = Path(self._recorder.actualLocation().toLocalFile() or self._file)
            self._recorder = None
            try:
                data = path.read_bytes()
            except OSError as exc:
                log.error("narration recording unreadable: %s", exc)
                self.failed.emit(self.tr("Không ghi âm được. Hãy thử lại."))
                return
            finally:
                path.unlink(missing_ok=True)
            self.recorded.emit(data)

    def _error(self, _error, message: str) -> None:
        log.error("narration recording failed: %s", message)
        self._recorder = None
        self.failed.emit(self.tr("Không ghi âm được. Hãy kiểm tra micrô rồi thử lại."))
