"""The local model and other slow AI work, run off the main thread.

``LlmRunner`` runs ``LocalLLM.generate`` on a Python thread and re-emits what
it produces (tokens, the result, a typed failure) on the main thread, where
screens may touch widgets. ``BackgroundJob`` does the same for any slow call
that takes a cancel token and a progress callable (model scans and imports).

The hop is the one tutor/ui/taskman.py uses: a private signal emitted from the
worker thread, connected with a queued connection, so its slot runs in the
event loop of the thread the QObject lives in (the main thread).
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from tutor.cancel import Cancelled, CancelToken, Progress
from tutor.local_llm import protocol
from tutor.local_llm.api import GenerationRequest, GenerationResult, LLMError, LocalLLM
from tutor.local_llm.fake import NoModel
from tutor.ui import core_text

log = logging.getLogger(__name__)

# Failures that mean the engine itself is broken (not one bad answer): the app
# should offer to restart it or to choose another model (ModelsScreen banner).
ENGINE_FAILURE_CODES = frozenset({
    protocol.WORKER_CRASHED, protocol.WORKER_KILLED, protocol.WORKER_STUCK,
    protocol.WORKER_START_FAILED, protocol.CPU_UNSUPPORTED, protocol.OUT_OF_MEMORY,
    protocol.LOAD_FAILED, protocol.MODEL_INVALID, protocol.LLAMA_UNAVAILABLE,
})

# Code sent with ``failed`` when generate raised something that is not an LLMError
# (a bug): the learner gets the ordinary "try again" message, the log the traceback.
UNEXPECTED = "unexpected"


def _takes_on_started(llm: LocalLLM) -> bool:
    """WorkerLLM and FakeLLM report when the model starts reading the prompt; the
    LocalLLM Protocol does not promise it, so ask the method itself."""
    try:
        return "on_started" in inspect.signature(llm.generate).parameters
    except (TypeError, ValueError):
        return False


def _emit(signal: Any, *args: Any) -> None:
    """Emit from a worker thread; the receiver may be gone if its screen was closed."""
    try:
        signal.emit(*args)
    except RuntimeError:  # "Internal C++ object already deleted"
        log.debug("dropped a background result: its receiver was deleted")


class LlmRunner(QObject):
    """One generation at a time on a worker thread; every signal arrives on the main thread.

    A second ``run`` while one is going is refused (returns False) rather than queued:
    the model answers one request at a time anyway, and a queued answer would start
    streaming later into a screen the learner may have left. Screens disable their
    send button while ``busy`` and stop their generation when they are left.

    Several screens share one runner; each handles the signals only while it is
    waiting for a generation it started. Order of a run: busy_changed(True),
    started?, token*, then finished or failed (with ``busy`` already False, so a
    handler may start the next run), then busy_changed(False) unless one did.
    """

    token = Signal(str)                 # a piece of the answer, in order
    started = Signal(int)               # the model began reading the prompt (prompt tokens)
    finished = Signal(object)           # GenerationResult (stopped=True after stop())
    failed = Signal(str, str)           # Vietnamese user message, error code
    engine_failed = Signal(str, str)    # the same, only for ENGINE_FAILURE_CODES
    busy_changed = Signal(bool)
    llm_changed = Signal()              # set_llm was called: availability may differ

    _hop_token = Signal(str)
    _hop_started = Signal(int)
    _hop_done = Signal(object)
    _hop_failed = Signal(str, str)

    def __init__(self, llm: LocalLLM | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._llm: LocalLLM = llm if llm is not None else NoModel()
        self._busy = False
        self._cancel: CancelToken | None = None
        self._running_llm: LocalLLM | None = None
        queued = Qt.ConnectionType.QueuedConnection
        self._hop_token.connect(self._on_token, queued)
        self._hop_started.connect(self._on_started, queued)
        self._hop_done.connect(self._on_done, queued)
        self._hop_failed.connect(self._on_failed, queued)

    # -- state ------------------------------------------------------------------------

    @property
    def llm(self) -> LocalLLM:
        return self._llm

    @property
    def available(self) -> bool:
        return bool(self._llm.available)

    @property
    def name(self) -> str:
        return self._llm.name

    @property
    def busy(self) -> bool:
        return self._busy

    def set_llm(self, llm: LocalLLM | None) -> None:
        """Use another model from the next run on. A generation still going on the old
        one is stopped; its (stopped) result still arrives, then ``busy`` turns False.
        Closing the old model is the caller's job (it may be shared)."""
        if self._busy:
            self.stop()
        self._llm = llm if llm is not None else NoModel()
        self.llm_changed.emit()

    # -- commands ---------------------------------------------------------------------

    def run(self, request: GenerationRequest) -> bool:
        """Start generating; False (and nothing happens) when a generation is going."""
        if self._busy:
            return False
        llm = self._llm
        cancel = CancelToken()
        self._cancel = cancel
        self._running_llm = llm
        self._set_busy(True)
        threading.Thread(target=self._work, args=(llm, request, cancel),
                         name="llm-generate", daemon=True).start()
        return True

    def stop(self) -> None:
        """Ask the running generation to end; returns at once. ``finished`` follows with
        the text so far (``result.stopped`` True)."""
        if self._cancel is not None:
            self._cancel.cancel()      # covers the model still loading, and FakeLLM
        llm = self._running_llm
        if llm is not None:
            try:
                llm.stop()             # WorkerLLM: one line to the worker's pipe
            except Exception:          # stopping must never take the UI down
                log.exception("stopping the local model failed")

    # -- worker thread ----------------------------------------------------------------

    def _work(self, llm: LocalLLM, request: GenerationRequest, cancel: CancelToken) -> None:
        options: dict[str, Any] = {}
        if _takes_on_started(llm):
            options["on_started"] = lambda n: _emit(self._hop_started, int(n))
        try:
            result = llm.generate(request, lambda text: _emit(self._hop_token, text), cancel, **options)
        except LLMError as exc:
            log.warning("local model failed: %s", exc.log_message)
            _emit(self._hop_failed, exc.user_message, exc.code)
            return
        except Cancelled:
            # WorkerLLM cannot abort a model load; it ends the worker and raises this.
            result = GenerationResult("", "cancelled")
        except Exception:
            log.exception("local model raised an unexpected error")
            _emit(self._hop_failed, protocol.user_message(protocol.GENERATION_FAILED), UNEXPECTED)
            return
        _emit(self._hop_done, result)

    # -- main thread ------------------------------------------------------------------

    @Slot(str)
    def _on_token(self, text: str) -> None:
        self.token.emit(text)

    @Slot(int)
    def _on_started(self, prompt_tokens: int) -> None:
        self.started.emit(prompt_tokens)

    @Slot(object)
    def _on_done(self, result: GenerationResult) -> None:
        self._end()
        self.finished.emit(result)
        self._announce_idle()

    @Slot(str, str)
    def _on_failed(self, message: str, code: str) -> None:
        self._end()
        message = core_text.translate(message)  # the core's Vietnamese, in the UI language
        self.failed.emit(message, code)
        if code in ENGINE_FAILURE_CODES:
            self.engine_failed.emit(message, code)
        self._announce_idle()

    def _end(self) -> None:
        # ``busy`` is False while finished/failed are handled, so a handler may start
        # the next run; busy_changed(False) comes after them, and only if none did.
        self._cancel = None
        self._running_llm = None
        self._busy = False

    def _announce_idle(self) -> None:
        if not self._busy:
            self.busy_changed.emit(False)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_changed.emit(busy)


Work = Callable[[CancelToken, Progress], Any]


class BackgroundJob(QObject):
    """Runs ``work(cancel, progress)`` once on a Python thread.

    ``progress``, then ``done(result)`` or ``failed(exception)`` arrive on the main
    thread; a job cancelled by ``cancel()`` fails with tutor.cancel.Cancelled (or
    finishes, if the work was already past its last cancel check).
    """

    progress = Signal(float, str)
    done = Signal(object)
    failed = Signal(object)

    _hop_progress = Signal(float, str)
    _hop_done = Signal(object)
    _hop_failed = Signal(object)

    def __init__(self, work: Work, parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._cancel = CancelToken()
        self._running = False
        queued = Qt.ConnectionType.QueuedConnection
        self._hop_progress.connect(self._on_progress, queued)
        self._hop_done.connect(self._on_done, queued)
        self._hop_failed.connect(self._on_failed, queued)

    @property
    def running(self) -> bool:
        return self._running

    @property
    def cancelled(self) -> bool:
        return self._cancel.cancelled

    def start(self) -> None:
        if self._running:
            raise RuntimeError("a BackgroundJob runs once")
        self._running = True
        threading.Thread(target=self._run, name="ui-background", daemon=True).start()

    def cancel(self) -> None:
        self._cancel.cancel()

    def _run(self) -> None:
        def report(fraction: float, message: str) -> None:
            _emit(self._hop_progress, float(fraction), str(message))

        try:
            result = self._work(self._cancel, report)
        except BaseException as exc:  # noqa: BLE001  (delivered to the screen, which explains it)
            _emit(self._hop_failed, exc)
            return
        _emit(self._hop_done, result)

    @Slot(float, str)
    def _on_progress(self, fraction: float, message: str) -> None:
        if self._running:
            self.progress.emit(fraction, message)

    @Slot(object)
    def _on_done(self, result: Any) -> None:
        self._running = False
        self.done.emit(result)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._running = False
        self.failed.emit(exc)
