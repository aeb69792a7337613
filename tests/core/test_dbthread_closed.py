"""A task submitted after the database thread closed fails as a task; it never raises at the caller.

A window that is closing can still have a timer fire (a lesson part counted as read): that late
submit must reach the task's on_error, not throw into the Qt event loop."""

from __future__ import annotations

import pytest

from tutor.dbthread import DbThread


def test_a_task_after_close_is_a_failed_future(tmp_path):
    db = DbThread(tmp_path / "data")
    db.opened.result(timeout=30)
    assert db.submit(lambda ws: 41 + 1).result(timeout=10) == 42
    db.close()
    late = db.submit(lambda ws: 1)
    with pytest.raises(RuntimeError, match="closed"):
        late.result(timeout=1)
