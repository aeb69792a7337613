"""Logging to a rotating file in the data dir (English), plus stderr for the CLI."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "tutor.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5


def setup_logging(log_dir: Path, level: int = logging.INFO, to_stderr: bool = False) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_tutor", False):
            root.removeHandler(handler)
            handler.close()
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    try:
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        file_handler = None  # read-only or full medium: keep running without a log file
    handlers: list[logging.Handler] = [h for h in (file_handler,) if h]
    if to_stderr:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler.setFormatter(fmt)
        handler._tutor = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    return path
