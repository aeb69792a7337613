"""The "Nói" button: speak instead of typing into the field beside it.

Press once and talk: the words appear in the field as they are recognised
(partial text), listening stops by itself after a short silence or at a second
press, and the text stays in the field to correct by keyboard. Recognition
runs offline on a Python thread (``tutor.audio.listen``), never on the UI
thread; only short strings cross back through queued signals.

The composition root (tutor/ui/app.py) chooses the back-end once with
``set_backend``: the real recogniser and the microphone in the app, a
recording as the "microphone" in tests. Without a back-end the button hides,
so the keyboard is all a screen offers.
"""

from __future__ import annotations

import logging
import queue
import threading
import weakref
from array import array
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QObject, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTextEdit, QVBoxLayout, QWidget

from tutor.audio._compat import audioop
from tutor.audio.errors import AudioError
from tutor.audio.listen import AudioSource, listen
from tutor.audio.recognizer import SpeechRecognizer
from tutor.cancel import Cancelled, CancelToken
from tutor.ui import core_text

log = logging.getLogger(__name__)

MIC_RATE = 16_000


class MicUnavailable(AudioError):
    def __init__(self, log_message: str, user_message: str | None = None):
        super().__init__(log_message, user_message or (
            "Không tìm thấy micrô trên máy này. Hãy cắm micrô (hoặc tai nghe có micrô) rồi bấm Nói lại. "
            "Bạn vẫn gõ chữ bằng bàn phím được."))


@dataclass
class MicBackend:
    recognizer: SpeechRecognizer
    make_source: Callable[[], AudioSource]  # called on the UI thread; raises MicUnavailable


_backend: MicBackend | None = None
_buttons: "weakref.WeakSet[MicButton]" = weakref.WeakSet()


def set_backend(backend: MicBackend | None) -> None:
    """Choose the recogniser and microphone for every Nói button (composition root, tests)."""
    global _backend
    _backend = backend
    for button in list(_buttons):
        try:
            button._sync_visibility()
        except RuntimeError:  # its C++ side is already gone
            pass


def backend() -> MicBackend | None:
    return _backend


def to_mono16(data: bytes, kind: str, channels: int, rate: int, state=None) -> tuple[bytes, object]:
    """Microphone bytes in Qt's format (``kind``: int16, int32, uint8 or float; interleaved
    channels; any rate) as 16-bit mono at MIC_RATE. ``state`` carries the resampler
    across chunks: pass back what the previous call returned."""
    if kind == "float":
        values = array("f")
        values.frombytes(data[: len(data) - len(data) % 4])
        data = array("h", (max(-32768, min(32767, int(v * 32767))) for v in values)).tobytes()
    elif kind == "int32":
        data = audioop.lin2lin(data[: len(data) - len(data) % 4], 4, 2)
    elif kind == "uint8":
        data = audioop.lin2lin(audioop.bias(data, 1, -128), 1, 2)
    data = data[: len(data) - len(data) % (2 * channels)]
    if channels == 2:
        data = audioop.tomono(data, 2, 0.5, 0.5)
    elif channels > 2:  # the first channel of each frame
        frame = 2 * channels
        data = b"".join(data[i:i + 2] for i in range(0, len(data), frame))
    if rate != MIC_RATE:
        data, state = audioop.ratecv(data, 2, 1, rate, MIC_RATE, state)
    return data, state


class QtMicrophone(QObject):
    """The default audio input as an ``AudioSource`` (16-bit mono PCM).

    Lives on the UI thread (QAudioSource needs its event loop); the worker reads
    from a thread-safe queue. ``close`` may be called from the worker.
    """

    _stop_requested = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        from PySide6.QtMultimedia import QAudio, QAudioFormat, QAudioSource, QMediaDevices

        _check_permission()
        device = QMediaDevices.defaultAudioInput()
        if device.isNull():
            raise MicUnavailable("no audio input device")
        wanted = QAudioFormat()
        wanted.setSampleRate(MIC_RATE)
        wanted.setChannelCount(1)
        wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        fmt = wanted if device.isFormatSupported(wanted) else device.preferredFormat()
        self._rate = fmt.sampleRate()
        self._channels = max(1, fmt.channelCount())
        self._float = fmt.sampleFormat() == QAudioFormat.SampleFormat.Float
        self._int32 = fmt.sampleFormat() == QAudioFormat.SampleFormat.Int32
        self._uint8 = fmt.sampleFormat() == QAudioFormat.SampleFormat.UInt8
        self.sample_rate = MIC_RATE
        self._queue: queue.Queue[bytes | None] = queue.Queue()
        self._ratecv_state = None
        self._source = QAudioSource(device, fmt, self)
        self._io = self._source.start()
        if self._io is None or self._source.error() != QAudio.Error.NoError:
            raise MicUnavailable(f"audio input failed to start: {self._source.error()}")
        self._io.readyRead.connect(self._on_ready)
        self._stop_requested.connect(self._stop, Qt.ConnectionType.QueuedConnection)
        self._closed = False

    def _convert(self, data: bytes) -> bytes:
        kind = "float" if self._float else "int32" if self._int32 else "uint8" if self._uint8 else "int16"
        data, self._ratecv_state = to_mono16(data, kind, self._channels, self._rate, self._ratecv_state)
        return data

    @Slot()
    def _on_ready(self) -> None:
        data = bytes(self._io.readAll().data())
        if data:
            self._queue.put(self._convert(data))

    @Slot()
    def _stop(self) -> None:
        self._source.stop()
        self._queue.put(None)
        self.deleteLater()

    def read(self, timeout_s: float) -> bytes | None:
        try:
            return self._queue.get(timeout=timeout_s)
        except queue.Empty:
            return b""

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._stop_requested.emit()


def _check_permission() -> None:
    from PySide6.QtCore import QCoreApplication

    try:
        from PySide6.QtCore import QMicrophonePermission
    except ImportError:  # Qt before 6.5: no permission API, the OS asks by itself
        return
    app = QCoreApplication.instance()
    if app is None:
        return
    status = app.checkPermission(QMicrophonePermission())
    if status == Qt.PermissionStatus.Denied:
        raise MicUnavailable("microphone permission denied",
                             "Máy đang tắt quyền dùng micrô cho ứng dụng này. Hãy bật quyền micrô trong "
                             "phần cài đặt của máy, hoặc gõ chữ bằng bàn phím.")


class _Bridge(QObject):
    """Carries strings from the listening thread to the UI thread (queued)."""

    partial = Signal(str)
    finished = Signal(str)
    failed = Signal(str)


def _send(signal, text: str) -> None:
    """Emit from the listening thread; the button may have been deleted with its screen."""
    try:
        signal.emit(text)
    except RuntimeError:  # "Internal C++ object already deleted"
        log.debug("dropped speech input: its button is gone")


class MicButton(QWidget):
    """A "Nói" button for ``target`` (QLineEdit, QPlainTextEdit or QTextEdit), with a status line."""

    heard = Signal(str)          # the final text of one utterance
    listening_changed = Signal(bool)

    def __init__(self, target: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.target = target
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton()
        self.button.setMinimumHeight(44)
        self.button.setCheckable(True)
        self.button.setIconSize(QSize(24, 24))
        self.button.clicked.connect(self._toggle)
        layout.addWidget(self.button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status, 1)
        self._bridge = _Bridge(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._bridge.partial.connect(self._on_partial, queued)
        self._bridge.finished.connect(self._on_finished, queued)
        self._bridge.failed.connect(self._on_failed, queued)
        self._cancel: CancelToken | None = None
        self._stop: threading.Event | None = None
        self._thread: threading.Thread | None = None
        self._prefix = self._suffix = ""
        self.retranslate()
        _buttons.add(self)
        self._sync_visibility()

    def take_status(self) -> QLabel:
        """The status line, out of this widget, for the host to place under a row of controls."""
        self.layout().removeWidget(self.status)
        self.status.setParent(None)
        return self.status

    # -- state -----------------------------------------------------------------------

    @property
    def listening(self) -> bool:
        return self._thread is not None

    def _sync_visibility(self) -> None:
        self.setVisible(_backend is not None)

    def retranslate(self) -> None:
        # Icons, not emoji: many village PCs have no emoji font.
        from PySide6.QtGui import QIcon

        from tutor.ui.widgets.avatar import ICON_DIR

        if self.listening:
            self.button.setIcon(QIcon(str(ICON_DIR / "stop.svg")))
            self.button.setText(self.tr("Dừng"))
            self.button.setAccessibleName(self.tr("Dừng nghe"))
        else:
            self.button.setIcon(QIcon(str(ICON_DIR / "mic.svg")))
            self.button.setText(self.tr("Nói"))
            self.button.setAccessibleName(self.tr("Nói thay cho gõ chữ"))
        self.button.setToolTip(self.tr("Bấm rồi nói. Nói xong, dừng lại một chút hoặc bấm lần nữa."))

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #a40000;" if error else "")
        self.status.setVisible(bool(text))

    # -- actions ---------------------------------------------------------------------

    def _toggle(self) -> None:
        if self.listening:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        if self.listening or _backend is None:
            return
        if getattr(self.target, "isReadOnly", lambda: False)():
            self.button.setChecked(False)  # e.g. the prompt while the scaffold writes it
            return
        try:
            source = _backend.make_source()
        except AudioError as exc:
            log.warning("microphone unavailable: %s", exc.log_message)
            self.button.setChecked(False)
            self._show_status(core_text.user_text(exc), error=True)
            return
        except Exception as exc:  # a broken audio stack must not take the screen down
            log.exception("microphone failed to open")
            self.button.setChecked(False)
            self._show_status(MicUnavailable(str(exc)).user_message, error=True)
            return
        text = self._text()
        cursor = self._cursor(len(text))
        self._prefix, self._suffix = text[:cursor], text[cursor:]
        if self._prefix and not self._prefix[-1].isspace():
            self._prefix += " "
        self._cancel, self._stop = CancelToken(), threading.Event()
        recognizer, cancel, stop, bridge = _backend.recognizer, self._cancel, self._stop, self._bridge

        def work() -> None:
            try:
                heard = listen(recognizer, source, cancel, lambda text: _send(bridge.partial, text), stop)
                _send(bridge.finished, heard.text)
            except Cancelled:
                _send(bridge.finished, "\x00cancelled")
            except AudioError as exc:
                log.warning("listening failed: %s", exc.log_message)
                _send(bridge.failed, core_text.user_text(exc))
            except Exception:
                log.exception("listening failed")
                _send(bridge.failed, "")
            finally:
                source.close()

        self._thread = threading.Thread(target=work, name="mic-listen", daemon=True)
        self.button.setChecked(True)
        self.retranslate()
        self._show_status(self.tr("Đang nghe… Hãy nói. Nói xong thì dừng lại một chút."))
        self.listening_changed.emit(True)
        self._thread.start()

    def stop(self) -> None:
        """Second press: stop listening and keep what was heard."""
        if self._stop is not None:
            self._stop.set()
            self._show_status(self.tr("Đang viết nốt…"))

    def cancel(self) -> None:
        """Stop and drop what was not yet written into the field."""
        if self._cancel is not None:
            self._cancel.cancel()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt name)
        # Leaving the screen ends listening; what was heard stays in the field.
        self.stop()
        super().hideEvent(event)

    # -- results (UI thread) ------------------------------------------------------------

    @Slot(str)
    def _on_partial(self, text: str) -> None:
        if self.listening:
            self._put(text)

    @Slot(str)
    def _on_finished(self, text: str) -> None:
        self._end()
        if text == "\x00cancelled":
            self._show_status("")
            return
        if text:
            self._put(text)
            self._show_status("")
            self.heard.emit(text)
        else:
            self._show_status(self.tr("Chưa nghe rõ. Hãy bấm Nói và nói lại gần micrô hơn."), error=True)
        self.target.setFocus()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._end()
        self._show_status(message or self.tr("Chưa nghe được. Bạn vẫn gõ chữ bằng bàn phím được."), error=True)

    def _end(self) -> None:
        self._thread = None
        self._cancel = self._stop = None
        self.button.setChecked(False)
        self.retranslate()
        self.listening_changed.emit(False)

    # -- the target field ------------------------------------------------------------------

    def _text(self) -> str:
        if isinstance(self.target, QLineEdit):
            return self.target.text()
        return self.target.toPlainText()

    def _cursor(self, length: int) -> int:
        if isinstance(self.target, QLineEdit):
            return self.target.cursorPosition()
        if isinstance(self.target, (QPlainTextEdit, QTextEdit)):
            return self.target.textCursor().position()
        return length

    def _put(self, heard: str) -> None:
        if heard and (not self._prefix.strip() or self._prefix.rstrip()[-1] in ".!?\n"):
            heard = heard[0].upper() + heard[1:]  # a new sentence starts with a capital, as typed
        value = self._prefix + heard + self._suffix
        if isinstance(self.target, QLineEdit):
            self.target.setText(value)
            self.target.setCursorPosition(len(self._prefix) + len(heard))
        else:
            self.target.setPlainText(value)
            cursor = self.target.textCursor()
            cursor.setPosition(len(self._prefix) + len(heard))
            self.target.setTextCursor(cursor)


def attach_mic(target: QWidget) -> MicButton:
    """A Nói button for ``target``; the caller places it (beside or under the field)."""
    return MicButton(target)


def with_mic(field: QWidget) -> QWidget:
    """``field`` and its Nói button side by side, for a form row."""
    row = QWidget()
    column = QVBoxLayout(row)
    column.setContentsMargins(0, 0, 0, 0)
    line = QHBoxLayout()
    line.addWidget(field, 1)
    row.mic = MicButton(field)
    line.addWidget(row.mic, 0, Qt.AlignmentFlag.AlignTop)
    column.addLayout(line)
    column.addWidget(row.mic.take_status())
    return row
