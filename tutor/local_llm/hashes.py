"""SHA-256 of installed models, kept in a small JSON file beside them.

llama.cpp loads a model with a few overwritten bytes inside its weights without
any error and then answers nonsense, so the app records each model's SHA-256
when it installs it and can check the file against it later.

The book is ``models/models.json``: {"version": 1, "models": {file name: {...}}}.
It is rewritten whole through a temporary file and ``os.replace``, so a power
cut leaves either the old or the new book.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from tutor.cancel import CancelToken, Progress, no_progress
from tutor.messages import render

log = logging.getLogger(__name__)

BOOK_NAME = "models.json"
CHUNK = 4 * 1024 * 1024
_lock = threading.Lock()  # one read-modify-write of the book at a time


@dataclass(frozen=True)
class Record:
    sha256: str
    size: int
    source: str        # "imported" (from a USB stick or folder) or "bundled" (assembled from the app's package)
    origin: str        # where it came from: a file name, a package name


def sha256_file(path: Path, cancel: CancelToken | None = None, progress: Progress = no_progress,
                message: str = render("model.checking")) -> str:
    digest = hashlib.sha256()
    size = max(1, path.stat().st_size)
    done = 0
    with open(path, "rb") as stream:
        while block := stream.read(CHUNK):
            if cancel is not None:
                cancel.raise_if_cancelled()
            digest.update(block)
            done += len(block)
            progress(min(1.0, done / size), message)
    return digest.hexdigest()


def read_book(models_dir: Path) -> dict[str, Record]:
    path = Path(models_dir) / BOOK_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = data.get("models", {}) if isinstance(data, dict) else {}
        return {
            name: Record(str(e["sha256"]), int(e["size"]), str(e.get("source", "imported")),
                         str(e.get("origin", "")))
            for name, e in entries.items()
            if isinstance(e, dict) and "sha256" in e and "size" in e
        }
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, TypeError, KeyError) as exc:
        # A damaged book only loses the ability to verify; the models still work.
        log.warning("model hash book %s unreadable: %s", path, exc)
        return {}


def record(models_dir: Path, file_name: str, entry: Record) -> None:
    with _lock:
        book = read_book(models_dir)
        book[file_name] = entry
        _write(models_dir, book)


def forget(models_dir: Path, file_name: str) -> None:
    with _lock:
        book = read_book(models_dir)
        if book.pop(file_name, None) is not None:
            _write(models_dir, book)


def _write(models_dir: Path, book: dict[str, Record]) -> None:
    models_dir = Path(models_dir)
    data = {"version": 1, "models": {
        name: {"sha256": r.sha256, "size": r.size, "source": r.source, "origin": r.origin}
        for name, r in sorted(book.items())
    }}
    tmp = models_dir / f".{BOOK_NAME}.tmp"
    with open(tmp, "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, indent=1)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, models_dir / BOOK_NAME)
