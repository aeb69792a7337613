"""One thread owns the database: every read and write runs there, in order.

Callers submit a function of the Workspace and get a concurrent Future. The
UI adapts the future to a Qt signal; the core stays Qt-free.
"""

from __future__ import annotations

import concurrent.futures
import logging
import sqlite3
import threading
from pathlib import Path
from typing import Any, Callable, TypeVar

from tutor.clock import Clock
from tutor.store.storage_errors import Moment, is_storage_failure, storage_problem
from tutor.workspace import Workspace

log = logging.getLogger(__name__)
T = TypeVar("T")


class DbThread:
    def __init__(self, root: Path | str, clock: Clock | None = None, **open_kwargs: Any):
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
        self._workspace: Workspace | None = None
        self._thread_id: int | None = None
        self.opened: concurrent.futures.Future[Workspace] = self._executor.submit(
            self._open, root, clock, open_kwargs
        )

    def _open(self, root: Path | str, clock: Clock | None, kwargs: dict[str, Any]) -> Workspace:
        self._thread_id = threading.get_ident()
        self._workspace = Workspace.open(root, clock=clock, **kwargs)
        return self._workspace

    def submit(self, fn: Callable[[Workspace], T]) -> "concurrent.futures.Future[T]":
        try:
            return self._executor.submit(self._run, fn)
        except RuntimeError as exc:
            # Closed: a late event of a closing window (a reading timer firing) gets a failed task
            # its caller's on_error handles, not an exception thrown into the Qt event loop.
            refused: concurrent.futures.Future[T] = concurrent.futures.Future()
            refused.set_exception(RuntimeError(f"database is closed: {exc}"))
            return refused

    def _run(self, fn: Callable[[Workspace], T]) -> T:
        ws = self._workspace
        if ws is None:
            if self.opened.done() and self.opened.exception() is not None:
                raise self.opened.exception()  # why it did not open (a full disk says how much to free)
            raise RuntimeError("database is not open")
        try:
            return fn(ws)
        except (sqlite3.Error, OSError) as exc:
            # A full disk or a pulled USB stick: the write was rolled back, nothing acknowledged
            # is lost, and the person reads what happened and what to do (not "an error occurred").
            if is_storage_failure(exc):
                raise storage_problem(exc, ws.data.root, ws.data.database, Moment.SAVING) from exc
            raise

    def call(self, fn: Callable[[Workspace], T], timeout: float | None = 30) -> T:
        """Run on the db thread and wait: for start-up, shutdown and tests only."""
        return self.submit(fn).result(timeout=timeout)

    def close(self) -> None:
        def _close() -> None:
            if self._workspace is not None:
                self._workspace.close()
                self._workspace = None

        try:
            self._executor.submit(_close).result(timeout=30)
        except Exception:
            log.exception("closing the database failed")
        self._executor.shutdown(wait=True)
