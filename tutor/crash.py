"""Crash reports: an unhandled exception is written to a file in the data dir.

The learner's data lives in SQLite and every acknowledged answer is already
committed, so a crash report never needs to touch it.
"""

from __future__ import annotations

import json
import platform
import sys
import traceback
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType

import tutor


def write_crash_report(
    directory: Path,
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> Path | None:
    now = datetime.now(timezone.utc)
    report = {
        "time_utc": now.isoformat(),
        "app_version": tutor.__version__,
        "python": sys.version,
        "platform": platform.platform(),
        "exception": f"{exc_type.__name__}: {exc}",
        "traceback": traceback.format_exception(exc_type, exc, tb),
    }
    try:
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / f"crash-{now.strftime('%Y%m%dT%H%M%S%f')}.json"
        path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
        return path
    except OSError:
        return None
