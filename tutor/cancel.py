"""Cancellation for slow work: a token the caller sets and the worker polls."""

from __future__ import annotations

import threading
from typing import Callable

Progress = Callable[[float, str], None]


class Cancelled(Exception):
    pass


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


def no_progress(fraction: float, message: str) -> None:
    return None
