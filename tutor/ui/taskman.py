"""Runs work off the main thread and brings results back to it.

Database work goes to the single database thread; slow work (imports, audio,
models) to a small pool. Callbacks always run on the main (GUI) thread.
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

from tutor.changes import Changes, WithChanges
from tutor.dbthread import DbThread
from tutor.workspace import Workspace

log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


def _split(result: Changes | WithChanges) -> tuple[Changes, Any]:
    """A write returns a Changes or a WithChanges; anything else is a programming error,
    caught here rather than a broadcast silently lost."""
    if isinstance(result, Changes):
        return result, result
    if isinstance(result, WithChanges):
        return result.changes, result.value
    raise TypeError(f"a mutation must return Changes or WithChanges, not {type(result).__name__}")


class TaskManager(QObject):
    # Emitted on the main thread after any mutation, once per operation.
    changed = Signal(object)
    # Internal hop from worker threads to the main thread. Only an int crosses: PySide6 6.12
    # mis-counts references of Python objects (None among them) sent through queued
    # Signal(object) connections, which crashed the interpreter after a few hundred tasks.
    _deliver = Signal(int)

    def __init__(self, db: DbThread, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="slow")
        self._pending = 0
        self._next_id = 0
        self._waiting: dict[int, tuple] = {}
        self._lock = threading.Lock()
        self._deliver.connect(self._on_deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def pending(self) -> int:
        return self._pending

    def run_db(
        self,
        fn: Callable[[Workspace], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> concurrent.futures.Future:
        return self._track(self.db.submit(fn), on_done, on_error)

    def mutate(
        self,
        fn: Callable[[Workspace], Changes | WithChanges],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> concurrent.futures.Future:
        """Like run_db for writes. ``fn`` returns the Changes, or a WithChanges whose value
        ``on_done`` gets; the Changes is broadcast on ``changed`` before ``on_done`` runs."""

        def write(ws: Workspace) -> tuple[Changes, Any]:
            return _split(fn(ws))  # a wrong shape fails the task (on_error), on the db thread

        def done(split: tuple[Changes, Any]) -> None:
            changes, value = split
            self.broadcast(changes)
            if on_done:
                on_done(value)

        return self.run_db(write, done, on_error)

    def broadcast(self, changes: Changes | None) -> None:
        """Emits ``changed`` unless nothing changed. mutate() calls it for its results; work
        that writes on its own connection (a sync round) calls it on the main thread."""
        if changes is not None and not changes.empty:
            self.changed.emit(changes)

    def run_slow(
        self,
        fn: Callable[[], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> concurrent.futures.Future:
        return self._track(self._pool.submit(fn), on_done, on_error)

    def _track(self, future: concurrent.futures.Future, on_done: OnDone | None, on_error: OnError | None):
        self._pending += 1
        with self._lock:
            self._next_id += 1
            task_id = self._next_id
            self._waiting[task_id] = (future, on_done, on_error)
        future.add_done_callback(lambda _f: self._deliver.emit(task_id))
        return future

    @Slot(int)
    def _on_deliver(self, task_id: int) -> None:
        with self._lock:
            future, on_done, on_error = self._waiting.pop(task_id)
        self._pending -= 1
        exc = future.exception()
        if exc is not None:
            if on_error:
                on_error(exc)
            else:
                log.error("background task failed", exc_info=exc)
                raise exc
            return
        if on_done:
            on_done(future.result())

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self.db.close()
