"""What the registry learned from a model's GGUF header, kept between starts.

Parsing the header of the 253 MB default model walks its 262k-token
vocabulary in Python: 0.17 s on an idle PC, 0.55-0.78 s at start-up when it
competes with the window (issue 21). The answer only changes when the file
does, so it is kept in a small JSON file beside the models, keyed by the
file's resolved path, size and modification time (nanoseconds). A file that
was replaced, grew, shrank or was touched is read again; a cache that cannot
be read or written only costs the parse.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from tutor.local_llm.gguf import GgufHeader, read_header

log = logging.getLogger(__name__)

CACHE_NAME = ".gguf-headers.json"
VERSION = 1          # bump when GgufHeader or the parser changes what it reports
MAX_ENTRIES = 64     # a USB stick's models are not cached; this bounds a odd models/


def _key(path: Path) -> tuple[str, dict[str, int]]:
    st = path.stat()
    return str(path.resolve()), {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _to_json(header: GgufHeader) -> dict[str, Any]:
    data = asdict(header)
    data["path"] = str(header.path)
    data["control_tokens"] = sorted(header.control_tokens)
    data["unknown_tensor_types"] = list(header.unknown_tensor_types)
    return data


def _from_json(data: dict[str, Any]) -> GgufHeader:
    names = {f.name for f in fields(GgufHeader)}
    if set(data) != names:
        raise ValueError("cached header has other fields")
    return GgufHeader(**{**data, "path": Path(data["path"]),
                         "control_tokens": frozenset(data["control_tokens"]),
                         "unknown_tensor_types": tuple(data["unknown_tensor_types"])})


class HeaderCache:
    """read_header() with a memory of earlier answers, stored in ``file``."""

    def __init__(self, file: Path):
        self.file = Path(file)
        self._lock = threading.Lock()
        self._entries: dict[str, dict[str, Any]] | None = None
        self.parsed = 0   # headers actually parsed through this cache (tests, figures)

    @classmethod
    def beside(cls, models_dir: Path) -> HeaderCache:
        return cls(Path(models_dir) / CACHE_NAME)

    def read(self, path: str | Path) -> GgufHeader:
        """The header of ``path``; GgufError as read_header() for a bad file (never cached)."""
        path = Path(path)
        try:
            name, stamp = _key(path)
        except OSError:
            return read_header(path)  # read_header says what is wrong in the user's words
        with self._lock:
            entry = self._load().get(name)
        if entry is not None and entry.get("stamp") == stamp:
            try:
                header = _from_json(entry["header"])
                return header if header.path == path else _with_path(header, path)
            except (KeyError, TypeError, ValueError) as exc:
                log.info("header cache entry for %s unusable: %s", path, exc)
        header = read_header(path)
        self.parsed += 1
        try:
            record = {"stamp": stamp, "header": _to_json(header)}
            json.dumps(record)  # metadata that JSON cannot hold is simply not cached
        except (TypeError, ValueError):
            return header
        with self._lock:
            entries = self._load()
            entries[name] = record
            while len(entries) > MAX_ENTRIES:
                entries.pop(next(iter(entries)))
            self._save(entries)
        return header

    def _load(self) -> dict[str, dict[str, Any]]:
        if self._entries is None:
            try:
                data = json.loads(self.file.read_text(encoding="utf-8"))
                ok = isinstance(data, dict) and data.get("version") == VERSION
                self._entries = dict(data.get("entries", {})) if ok else {}
            except (OSError, ValueError):
                self._entries = {}
        return self._entries

    def _save(self, entries: dict[str, dict[str, Any]]) -> None:
        temp = self.file.with_name(f"{self.file.name}.{os.getpid()}.tmp")
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            temp.write_text(json.dumps({"version": VERSION, "entries": entries}, ensure_ascii=False),
                            encoding="utf-8")
            os.replace(temp, self.file)  # readers see the old file or the new one, never half
        except OSError as exc:
            log.info("header cache not saved: %s", exc)
            temp.unlink(missing_ok=True)


def _with_path(header: GgufHeader, path: Path) -> GgufHeader:
    from dataclasses import replace

    return replace(header, path=path)


def read_header_cached(path: str | Path, cache: HeaderCache | None) -> GgufHeader:
    return cache.read(path) if cache is not None else read_header(path)
