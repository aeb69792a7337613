"""Stand-ins for the real model: FakeLLM (scripted) and NoModel.

FakeLLM lets UI tests drive every path of an AI answer without a model or a
process: streamed pieces, a stop in the middle (``hold_after`` parks the
answer until stop(), cancel or release()), and typed errors.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence

from tutor.cancel import CancelToken
from tutor.local_llm import protocol as p
from tutor.local_llm.api import GenerationRequest, GenerationResult, GenerationStats, LLMError, OnToken

Script = str | Sequence[str] | LLMError


def split_pieces(text: str) -> list[str]:
    """Word-sized pieces, spaces kept, so joining them gives the text back."""
    return re.findall(r"\s*\S+|\s+$", text) or [text]


class FakeLLM:
    """Answers from a script, one entry per generate() call (the last one repeats).

    An entry is a whole text (streamed word by word), a list of pieces, or an
    LLMError to raise. ``requests`` records what the app asked.
    """

    def __init__(self, script: Sequence[Script] = ("Xin chào! Tôi là trợ lý AI.",), *,
                 name: str = "Mô hình thử", hold_after: int | None = None):
        if not script:
            raise ValueError("FakeLLM needs at least one scripted answer")
        self._script = list(script)
        self._name = name
        self.hold_after = hold_after
        self.requests: list[GenerationRequest] = []
        self.started = threading.Event()     # set when a generation begins (tests wait on it)
        self.holding = threading.Event()     # set while parked at hold_after
        self._release = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self.closed = False

    @property
    def available(self) -> bool:
        return not self.closed

    @property
    def name(self) -> str:
        return self._name

    def generate(self, request: GenerationRequest, on_token: OnToken | None = None,
                 cancel: CancelToken | None = None, *,
                 on_started: Callable[[int], None] | None = None) -> GenerationResult:
        if self.closed:
            raise LLMError(p.CLOSED, "fake closed")
        cancel = cancel or CancelToken()
        with self._lock:
            self.requests.append(request)
            entry = self._script[min(len(self.requests) - 1, len(self._script) - 1)]
            self._stop.clear()
            self._release.clear()
        self.started.set()
        if isinstance(entry, LLMError):
            raise entry
        if on_started is not None:
            on_started(0)
        pieces = split_pieces(entry) if isinstance(entry, str) else list(entry)
        sent: list[str] = []
        for index, piece in enumerate(pieces):
            if len(sent) >= request.max_tokens:
                return self._result(sent, "length")
            if self.hold_after is not None and index == self.hold_after:
                self.holding.set()
                while not (self._release.is_set() or self._stop.is_set() or cancel.cancelled):
                    self._release.wait(0.01)
                self.holding.clear()
            if self._stop.is_set() or cancel.cancelled:
                return self._result(sent, "cancelled")
            sent.append(piece)
            if on_token is not None:
                on_token(piece)
        return self._result(sent, "stop")

    @staticmethod
    def _result(sent: list[str], finish: str) -> GenerationResult:
        return GenerationResult("".join(sent), finish,
                                GenerationStats(tokens=len(sent), seconds=0.0, ttft=0.0))

    def stop(self) -> None:
        self._stop.set()

    def release(self) -> None:
        """Let an answer parked at ``hold_after`` continue."""
        self._release.set()

    def close(self) -> None:
        self.closed = True
        self._stop.set()


class NoModel:
    """The app without a model: lessons work, AI practice explains why it cannot."""

    @property
    def available(self) -> bool:
        return False

    @property
    def name(self) -> str:
        return "Chưa có mô hình AI"

    def generate(self, request: GenerationRequest, on_token: OnToken | None = None,
                 cancel: CancelToken | None = None) -> GenerationResult:
        raise LLMError(p.NO_MODEL, "no model installed")

    def stop(self) -> None:
        return None

    def close(self) -> None:
        return None
