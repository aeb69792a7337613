"""The catalogue on the hub's disk, and the ONE module that writes its metadata.

Layout under <hub data dir>/catalogue/:
  blobs/<sha256>   each item's bytes, named by their SHA-256 (content-addressed: the same
                   model added twice is stored once)
  incoming/        files being copied in or fetched from the upper hub (``.part``)
  items.json       {"version": 1, "items": {sha256: item}}
  desired.json     {"version": 1, "sites": {site_id: [sha256, ...]}, "all_sites": [sha256, ...]}
  .lock            held while items.json / desired.json are read-modified-written

Both JSON files are replaced whole (temporary file, fsync, os.replace, fsync of the folder),
so a power cut leaves the old or the new file, never half of one; the lock lets two
`tutor-hub` processes (a `catalogue add` while `serve` fetches from upstream) write in turn.
Readers take the files as they are (a replace is atomic), so serving never waits on a writer.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from tutor.hub.catalogue.filelock import exclusive
from tutor.hub.catalogue.items import (
    SHA256_RE, CatalogueItem, CatalogueRefused, describe_file, kind_of, read_voice_config, safe_name,
)

ITEMS_FILE = "items.json"
DESIRED_FILE = "desired.json"
ALL_SITES = "*"
COPY_CHUNK = 1 << 20


def catalogue_dir(data_dir: Path | str) -> Path:
    return Path(data_dir) / "catalogue"


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":
        return  # Windows cannot open a folder for fsync; NTFS journals the rename
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_json_atomically(path: Path, data: Any) -> None:
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with open(temp, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=1, sort_keys=True)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    _fsync_dir(path.parent)


class CatalogueStore:
    def __init__(self, root: Path | str):
        self.root = Path(root)
        self.blobs = self.root / "blobs"
        self.incoming = self.root / "incoming"
        for folder in (self.root, self.blobs, self.incoming):
            folder.mkdir(parents=True, exist_ok=True)
        self._lock_path = self.root / ".lock"

    # --- reading ---------------------------------------------------------------------

    def _read(self, name: str) -> dict[str, Any]:
        try:
            data = json.loads((self.root / name).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return data if isinstance(data, dict) else {}

    def items(self) -> list[CatalogueItem]:
        raw = self._read(ITEMS_FILE).get("items", {})
        found = [CatalogueItem.from_json(v) for v in raw.values()] if isinstance(raw, dict) else []
        return sorted(found, key=lambda i: (i.kind, i.name, i.added_at))

    def item(self, sha256: str) -> CatalogueItem | None:
        raw = self._read(ITEMS_FILE).get("items", {}).get(sha256)
        return CatalogueItem.from_json(raw) if raw else None

    def blob_path(self, sha256: str) -> Path:
        if not SHA256_RE.fullmatch(sha256):
            raise CatalogueRefused("bad_item", f"{sha256[:80]!r} is not a SHA-256", "Mục này không có trong danh mục.")
        return self.blobs / sha256

    def find(self, text: str) -> CatalogueItem:
        """An item by its SHA-256 (or a prefix of 8 or more), its name, or NAME@VERSION for a pack."""
        text = text.strip()
        items = self.items()
        name, _, version = text.partition("@")
        found = [i for i in items if len(text) >= 8 and i.sha256.startswith(text.lower())] or \
            [i for i in items if (i.name == name or i.pack_id == name) and (not version or i.version == version)]
        if len(found) != 1:
            raise CatalogueRefused("unknown_item", f"{'no' if not found else 'more than one'} catalogue item {text!r}"
                                   " (`tutor-hub catalogue list` shows them; give the SHA-256)",
                                   "Mục này không có trong danh mục.")
        return found[0]

    def desired_for(self, site_id: str) -> list[CatalogueItem]:
        """What the PCs of ``site_id`` should hold: the site's own wishes and those for every site."""
        desired = self._read(DESIRED_FILE)
        wanted = list(desired.get("all_sites", [])) + list(desired.get("sites", {}).get(site_id, []))
        items = {i.sha256: i for i in self.items()}
        seen: set[str] = set()
        return [items[s] for s in wanted if s in items and not (s in seen or seen.add(s))]

    def desired_sets(self) -> dict[str, list[str]]:
        desired = self._read(DESIRED_FILE)
        sets = {k: list(v) for k, v in desired.get("sites", {}).items()}
        if desired.get("all_sites"):
            sets[ALL_SITES] = list(desired["all_sites"])
        return sets

    # --- writing (this module only) ----------------------------------------------------

    @contextmanager
    def _writing(self) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
        with exclusive(self._lock_path):
            items = self._read(ITEMS_FILE) or {"version": 1, "items": {}}
            desired = self._read(DESIRED_FILE) or {"version": 1, "sites": {}, "all_sites": []}
            before = (json.dumps(items, sort_keys=True), json.dumps(desired, sort_keys=True))
            yield items, desired
            if json.dumps(items, sort_keys=True) != before[0]:
                write_json_atomically(self.root / ITEMS_FILE, items)
            if json.dumps(desired, sort_keys=True) != before[1]:
                write_json_atomically(self.root / DESIRED_FILE, desired)

    def add_file(self, path: Path | str, kind: str | None = None, expected_sha256: str | None = None,
                 licence: str | None = None, origin: str = "operator", name: str | None = None,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> CatalogueItem:
        """Copy ``path`` in (hashing as it goes), check it, and record it. The operator's file is
        left as it was; a refused file leaves nothing behind."""
        path = Path(path)
        config = read_voice_config(Path(f"{path}.json")) if kind_of(path, kind) == "voice" else None
        try:
            with open(path, "rb") as src:
                return self.add_stream(src, name or path.name, kind, expected_sha256, licence, origin, now,
                                       voice_config=config)
        except OSError as exc:
            raise CatalogueRefused("unreadable", f"{path}: {exc}", "Không đọc được tệp này.") from None

    def add_stream(self, src: BinaryIO, original_name: str, kind: str | None = None,
                   expected_sha256: str | None = None, licence: str | None = None, origin: str = "operator",
                   now: Callable[[], datetime] = lambda: datetime.now(UTC),
                   voice_config: dict[str, Any] | None = None) -> CatalogueItem:
        """The same from an open file (a dashboard upload). A voice needs its Piper config."""
        kind = kind_of(Path(original_name), kind)
        if kind == "voice" and voice_config is None:
            raise CatalogueRefused("bad_voice", f"{original_name}: a voice needs its .onnx.json config",
                                   "Thiếu tệp cấu hình đi kèm giọng đọc (tệp .onnx.json nằm cạnh tệp .onnx).")
        if expected_sha256 is not None and not SHA256_RE.fullmatch(expected_sha256.lower()):
            raise CatalogueRefused("bad_hash", "--sha256 must be 64 hex digits", "Mã SHA-256 không đúng dạng.")
        temp = self.incoming / f"{uuid.uuid4().hex}.part"
        digest = hashlib.sha256()
        try:
            try:
                with open(temp, "wb") as out:
                    while block := src.read(COPY_CHUNK):
                        digest.update(block)
                        out.write(block)
                    out.flush()
                    os.fsync(out.fileno())
            except OSError as exc:
                raise CatalogueRefused("unreadable", f"{original_name}: {exc}",
                                       "Không đọc hoặc không lưu được tệp này.") from None
            return self.adopt(temp, digest.hexdigest(), kind, expected_sha256=expected_sha256,
                              licence=licence, origin=origin, original_name=original_name, now=now,
                              voice_config=voice_config)
        finally:
            temp.unlink(missing_ok=True)

    def adopt(self, temp: Path, sha256: str, kind: str, *, expected_sha256: str | None = None,
              licence: str | None = None, origin: str = "operator", original_name: str,
              now: Callable[[], datetime] = lambda: datetime.now(UTC),
              announced: CatalogueItem | None = None,
              voice_config: dict[str, Any] | None = None) -> CatalogueItem:
        """Move a complete file from incoming/ into blobs/ (a rename: one copy) once it is checked."""
        if expected_sha256 is not None and sha256 != expected_sha256.lower():
            raise CatalogueRefused("wrong_hash", f"{original_name}: SHA-256 is {sha256}, expected {expected_sha256}",
                                   "Tệp này khác với tệp gốc (mã SHA-256 không khớp). Hãy chép lại tệp.")
        described = describe_file(temp, kind, original_name)
        fields = {"name": safe_name(original_name), **described}
        voice_config = voice_config if voice_config is not None else (announced.voice_config if announced else None)
        if kind == "voice":
            if voice_config is None:
                raise CatalogueRefused("bad_voice", f"{original_name}: a voice needs its .onnx.json config",
                                       "Thiếu tệp cấu hình đi kèm giọng đọc (tệp .onnx.json nằm cạnh tệp .onnx).")
            fields["voice_config"] = voice_config
        if licence:
            fields["licence"] = licence
        item = CatalogueItem(sha256=sha256, kind=kind, size=temp.stat().st_size,
                             added_at=now().isoformat(timespec="seconds"), origin=origin, **fields)
        if announced is not None:  # the upper hub's word on what the file alone cannot tell
            item = replace(item, licence=item.licence or announced.licence,
                           ram_needed_bytes=item.ram_needed_bytes or announced.ram_needed_bytes)
        with self._writing() as (items, _desired):
            existing = items["items"].get(sha256)
            target = self.blobs / sha256
            if existing is not None and target.exists():
                return CatalogueItem.from_json(existing)
            os.replace(temp, target)
            _fsync_dir(self.blobs)
            items["items"][sha256] = item.to_json()
        return item

    def want(self, site_id: str, shas: Iterable[str], replace_all: bool = False) -> list[str]:
        """Add items to a site's desired set (``ALL_SITES`` for every site); the new set."""
        shas = list(shas)
        with self._writing() as (items, desired):
            unknown = [s for s in shas if s not in items["items"]]
            if unknown:
                raise CatalogueRefused("unknown_item", f"not in the catalogue: {unknown}",
                                       "Mục này không có trong danh mục.")
            current = [] if replace_all else (desired["all_sites"] if site_id == ALL_SITES
                                              else desired["sites"].get(site_id, []))
            new = current + [s for s in shas if s not in current]
            if site_id == ALL_SITES:
                desired["all_sites"] = new
            else:
                desired["sites"][site_id] = new
        return new

    def unwant(self, site_id: str, shas: Iterable[str]) -> list[str]:
        drop = set(shas)
        with self._writing() as (_items, desired):
            key_list = desired["all_sites"] if site_id == ALL_SITES else desired["sites"].get(site_id, [])
            new = [s for s in key_list if s not in drop]
            if site_id == ALL_SITES:
                desired["all_sites"] = new
            else:
                desired["sites"][site_id] = new
        return new

    def clean_incoming(self, keep: Iterable[Path] = ()) -> None:
        """Files left in incoming/ by a copy that was cut (a crash, a pulled plug)."""
        kept = {Path(p).resolve() for p in keep}
        for leftover in self.incoming.iterdir():
            if leftover.resolve() not in kept and leftover.suffix == ".part" and len(leftover.stem) == 32:
                leftover.unlink(missing_ok=True)


def disk_free(path: Path) -> int:
    return shutil.disk_usage(path).free
