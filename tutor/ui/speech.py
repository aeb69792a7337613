"""Read-aloud in the window: synthesis on a worker thread, playback with QtMultimedia.

Clips arrive sentence by sentence, so the first sentence plays while the rest is
still being made. Speed is chosen at synthesis (pitch kept), never by playback
rate, which would make voices squeaky or growly.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from typing import Protocol

from PySide6.QtCore import QIODevice, QObject, Qt, QTimer, Signal, Slot

from tutor.audio.voices import NORTHERN, Voice
from tutor.cancel import Cancelled, CancelToken
from tutor.ui import core_text

log = logging.getLogger(__name__)


class AudioOut(Protocol):
    """Plays one WAV at a time and says when it has finished."""

    finished: Signal

    def play(self, wav: bytes) -> None: ...
    def pause(self) -> None: ...
    def resume(self) -> None: ...
    def stop(self) -> None: ...


class QtAudioOut(QObject):
    """Plays clips through one QAudioSink in push mode, fed from the main thread by a timer.

    Why not QMediaPlayer: its stop()/setSourceDevice() wait for Qt's FFmpeg thread while the
    main thread holds Python's lock, and that thread needs the lock too: the whole app froze
    when the next sentence started. Here no Qt audio thread ever calls Python and the main
    thread never waits for one: a timer writes what fits into the sink's buffer (a non-blocking
    write into a C++ device), and a clip has ended once it is all written and the buffer has
    run empty. No signal of the audio stack is connected to Python.

    One sink serves clip after clip of the same format, so the sound server does not set up
    a new stream (and wait to fill its buffer) before each sentence.
    """

    finished = Signal()
    FEED_MS = 30
    BUFFER_S = 0.25   # short, so a sentence is heard at once and Stop is quick

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._sink = None
        self._device: QIODevice | None = None
        self._format_key: tuple[int, int] | None = None
        self._pending = b""
        self._playing = False
        self._feed = QTimer(self)
        self._feed.setInterval(self.FEED_MS)
        self._feed.timeout.connect(self._pump)

    def play(self, wav: bytes) -> None:
        from tutor.audio.clip import AudioClip, audioop

        self._pending = b""
        try:
            clip = AudioClip.from_wav_bytes(wav)
            pcm = clip.pcm if clip.sample_width == 2 else audioop.lin2lin(clip.pcm, clip.sample_width, 2)
            self._open((clip.sample_rate, clip.channels))
        except Exception:
            log.exception("a clip could not be played")
            self._close()
            QTimer.singleShot(0, self.finished.emit)  # "finished" after play() returns, as for a clip
            return
        self._pending = pcm
        self._playing = True
        self._pump()
        self._feed.start()

    def pause(self) -> None:
        if self._sink is not None:
            self._feed.stop()
            self._sink.suspend()

    def resume(self) -> None:
        if self._sink is not None:
            self._sink.resume()
            self._feed.start()

    def stop(self) -> None:
        self._playing = False
        self._pending = b""
        self._close()

    def _open(self, key: tuple[int, int]) -> None:
        from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices

        from PySide6.QtMultimedia import QAudio

        if (self._sink is not None and key == self._format_key
                and self._sink.state() != QAudio.State.StoppedState):
            return
        self._close()
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            raise OSError("no audio output device")  # no sound card or no sound server
        rate, channels = key
        fmt = QAudioFormat()
        fmt.setSampleRate(rate)
        fmt.setChannelCount(channels)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        sink = QAudioSink(device, fmt, self)
        sink.setBufferSize(int(rate * channels * 2 * self.BUFFER_S))
        self._device = sink.start()
        if self._device is None:
            sink.deleteLater()
            raise OSError(f"audio output refused to start: {sink.error()}")
        self._sink, self._format_key = sink, key

    def _pump(self) -> None:
        from PySide6.QtMultimedia import QAudio

        sink = self._sink
        if sink is None or not self._playing:
            self._feed.stop()
            return
        if sink.state() == QAudio.State.StoppedState and sink.error() != QAudio.Error.NoError:
            log.warning("audio playback failed: %s", sink.error())
            self._end()
            return
        if self._pending:
            room = sink.bytesFree()
            frame = 2 * (self._format_key[1] if self._format_key else 1)
            room -= room % frame
            if room > 0:
                written = self._device.write(self._pending[:room])
                if written > 0:
                    self._pending = self._pending[written:]
            return
        if sink.bytesFree() >= sink.bufferSize() or sink.state() == QAudio.State.IdleState:
            self._end()  # all written and the buffer has run empty: heard to the end

    def _end(self) -> None:
        self._playing = False
        self._feed.stop()
        self.finished.emit()

    def _close(self) -> None:
        self._feed.stop()
        sink = self._sink
        self._sink = self._device = None
        self._format_key = None
        if sink is not None:
            sink.reset()  # drop what is queued; stop() alone would wait for it to drain
            sink.stop()
            sink.deleteLater()


class SpeechController(QObject):
    """speak(text) / pause() / resume() / stop(); one thing is read at a time."""

    state_changed = Signal(str)        # "idle" | "preparing" | "playing" | "paused"
    failed = Signal(str)               # a Vietnamese message for the learner
    # From the worker thread only ints cross (see taskman: PySide6 mis-counts references of
    # objects sent through queued Signal(object)); the payloads wait in _inbox.
    _clip = Signal(int, int)           # generation, inbox key of an AudioClip
    _done = Signal(int, int)           # generation, inbox key of an exception (0: none)

    def __init__(self, narrator, out: AudioOut, voice: Voice = NORTHERN, speed: float = 1.0,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.narrator = narrator
        self.out = out
        self.voice = voice
        self.speed = speed
        self.state = "idle"
        self._generation = 0
        self._cancel: CancelToken | None = None
        self._queue: deque = deque()
        self._producing = False
        self._playing = False
        self.clips_played = 0
        self._inbox: dict[int, object] = {}
        self._inbox_key = 0
        self._inbox_lock = threading.Lock()
        self._clip.connect(self._on_clip, Qt.ConnectionType.QueuedConnection)
        self._done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        out.finished.connect(self._on_finished)

    # -- commands ----------------------------------------------------------------

    def speak(self, text: str, lesson_id: str | None = None, section: int | None = None,
              recording: bytes | None = None) -> None:
        """``recording``: the pack's narration of this section, used when no teacher recorded one."""
        self.stop()
        if not text.strip():
            return
        self._generation += 1
        generation = self._generation
        cancel = CancelToken()
        self._cancel = cancel
        self._producing = True
        self._set_state("preparing")
        narrator, voice, speed = self.narrator, self.voice, self.speed

        def work() -> None:
            try:
                if lesson_id is not None and section is not None and section >= 0:
                    # This PC's teacher recording first, then the pack's, then the synthetic voice.
                    teacher = narrator.recordings.recording(lesson_id, section)
                    narration = narrator.narrate(text, voice, speed, cancel,
                                                 recording=teacher if teacher is not None else recording)
                else:
                    narration = narrator.text(text, voice, speed, cancel)
                for clip in narration.clips:
                    if cancel.cancelled:
                        break
                    self._clip.emit(generation, self._post(clip))
                self._done.emit(generation, 0)
            except Cancelled:
                self._done.emit(generation, 0)
            except Exception as exc:  # reported on the main thread
                self._done.emit(generation, self._post(exc))

        threading.Thread(target=work, name="speech", daemon=True).start()

    def pause(self) -> None:
        if self.state == "playing":
            self.out.pause()
            self._set_state("paused")

    def resume(self) -> None:
        if self.state == "paused":
            self.out.resume()
            self._set_state("playing")

    def stop(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()
        self._generation += 1
        self._queue.clear()
        self._producing = False
        if self._playing:
            self._playing = False
            self.out.stop()
        self._set_state("idle")

    def set_speed(self, speed: float) -> None:
        self.speed = speed

    # -- plumbing (main thread) ----------------------------------------------------

    def _post(self, payload: object) -> int:
        with self._inbox_lock:
            self._inbox_key += 1
            self._inbox[self._inbox_key] = payload
            return self._inbox_key

    def _take(self, key: int) -> object | None:
        with self._inbox_lock:
            return self._inbox.pop(key, None)

    @Slot(int, int)
    def _on_clip(self, generation: int, key: int) -> None:
        clip = self._take(key)
        if generation != self._generation:
            return
        self._queue.append(clip)
        if not self._playing and self.state != "paused":
            self._play_next()

    @Slot(int, int)
    def _on_done(self, generation: int, key: int) -> None:
        error = self._take(key) if key else None
        if generation != self._generation:
            return
        self._producing = False
        if error is not None:
            log.error("speech synthesis failed", exc_info=error)
            self.failed.emit(core_text.user_text(error)
                             or self.tr("Không đọc được đoạn này. Bạn hãy đọc trên màn hình nhé."))
        if not self._playing and not self._queue:
            self._set_state("idle")

    def _on_finished(self) -> None:
        if not self._playing:
            return
        self._playing = False
        self.clips_played += 1
        if self._queue:
            self._play_next()
        elif not self._producing:
            self._set_state("idle")

    def _play_next(self) -> None:
        clip = self._queue.popleft()
        self._playing = True
        self._set_state("playing")
        self.out.play(clip.to_wav_bytes())

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
