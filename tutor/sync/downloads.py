"""Downloads of the catalogue items a hub offers this PC's site (packs, models, voices).

Qt-free; runs on a worker thread after a successful sync round (or on a commune hub that
fetches from its upper hub), takes a cancel token and a progress callable.

For each offered item this PC lacks, in this order:
1. can it run here? A model or voice needing more RAM than is free, or a CPU feature this
   PC lacks, is skipped with a Vietnamese reason (tutor.messages "download.*"); a pack no
   newer than the installed one is skipped silently (a PC never downgrades a pack);
2. is there room? The bytes still missing must fit on the disk;
3. download into ONE partial file ``<final>.part``: after a cut, a hub restart or a PC
   restart it goes on from the partial file's length with an HTTP Range request;
4. check the whole file on disk: size, SHA-256 from the hub's signed listing, and for a
   pack the publisher's signature; a file that fails is deleted, never used;
5. rename ``.part`` into place (atomic; the file is never copied, so the disk never holds
   two full copies).
What happened to each item is kept in ``<data dir>/downloads/status.json`` (replaced
whole), which the model manager reads.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

import httpx

from tutor.cancel import Cancelled, CancelToken, Progress, no_progress
from tutor.changes import Changes
from tutor.messages import render
from tutor.sync.transport import HttpTransport, SyncRefused, SyncUnavailable

log = logging.getLogger(__name__)

CHUNK = 256 * 1024
STATUS_FILE = "status.json"
BOOK_FILE = "book.json"
DISK_MARGIN = 64 * 2**20      # left free after a download: the database and logs still need room
_X86_FLAGS = {"sse", "sse2", "ssse3", "sse4_2", "avx"}


@dataclass
class ItemStatus:
    sha256: str
    kind: str
    name: str
    size: int
    version: str | None = None
    state: str = "waiting"     # waiting | downloading | done | skipped | failed
    done_bytes: int = 0
    code: str | None = None    # tutor.messages code of the reason, when skipped or failed
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def fraction(self) -> float:
        return 1.0 if self.size <= 0 else min(1.0, self.done_bytes / self.size)

    @property
    def message(self) -> str:
        return render(self.code, **self.params) if self.code else ""


@dataclass
class DownloadReport:
    items: list[ItemStatus] = field(default_factory=list)
    # Put in place by this pass (not those already there): what a person is told was added.
    installed: list[ItemStatus] = field(default_factory=list)
    # What installing changed in the database (a pack's lessons), for the app to broadcast.
    changes: Changes = field(default_factory=Changes)

    def by_state(self, state: str) -> list[ItemStatus]:
        return [i for i in self.items if i.state == state]


BlobChunks = tuple[int, Iterator[bytes]]


class CatalogueSource(Protocol):
    """Where offers and bytes come from: a hub over HTTP (or a fake in unit tests)."""

    def listing(self) -> list[dict[str, Any]]: ...
    def open_blob(self, url: str, offset: int) -> AbstractContextManager[BlobChunks]: ...
    def close(self) -> None: ...


class HttpCatalogueSource:
    """The hub's /v1/catalogue (its answer signed by the pinned hub key) and its blobs."""

    def __init__(self, base_url: str, token: str, hub_key: str | None = None, timeout_s: float = 30.0):
        self._transport = HttpTransport(base_url, token, timeout_s=timeout_s, hub_key=hub_key)
        self._client = httpx.Client(base_url=base_url.rstrip("/"), headers={"Authorization": f"Bearer {token}"},
                                    timeout=httpx.Timeout(timeout_s, connect=min(10.0, timeout_s)))

    def listing(self) -> list[dict[str, Any]]:
        items = self._transport.catalogue().get("items")
        return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []

    @contextmanager
    def open_blob(self, url: str, offset: int) -> Iterator[BlobChunks]:
        headers = {"Range": f"bytes={offset}-"} if offset else {}
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code == 416:
                    yield offset, iter(())  # nothing past what we hold: the size check decides
                    return
                if response.status_code not in (200, 206):
                    response.read()
                    if response.status_code >= 500:
                        raise SyncUnavailable(f"GET {url}: HTTP {response.status_code}")
                    data = _json_or_empty(response)
                    raise SyncRefused(response.status_code, str(data.get("error", "")),
                                      str(data.get("message", response.reason_phrase)), data.get("message_vi"))
                start = 0
                if response.status_code == 206:
                    start = _range_start(response.headers.get("content-range"))
                yield start, response.iter_bytes(CHUNK)
        except httpx.HTTPError as exc:
            raise SyncUnavailable(f"GET {url}: {type(exc).__name__}: {exc}") from exc

    def close(self) -> None:
        self._transport.close()
        self._client.close()


def _json_or_empty(response: httpx.Response) -> dict[str, Any]:
    try:
        data = response.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _range_start(header: str | None) -> int:
    try:
        return int((header or "").split(" ", 1)[1].split("-", 1)[0])
    except (IndexError, ValueError):
        raise SyncUnavailable(f"bad Content-Range {header!r}") from None


# --- where things go, and what is installed ------------------------------------------------


def downloads_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "downloads"


def pc_target(data_dir: Path) -> Callable[[dict[str, Any]], Path]:
    """Models and voices go where the app looks for them (a voice counts only once its manifest
    is written, after the check); packs wait in downloads/packs/ until imported."""
    def target(offer: dict[str, Any]) -> Path:
        if offer["kind"] == "model":
            return Path(data_dir) / "models" / offer["name"]
        if offer["kind"] == "voice":
            stem = offer["name"][: -len(".onnx")] if offer["name"].endswith(".onnx") else offer["name"]
            return Path(data_dir) / "voices" / (re.sub(r"[^\w.-]", "_", stem) or "voice") / offer["name"]
        return downloads_dir(data_dir) / "packs" / offer["name"]
    return target


def _write_json(path: Path, data: Any, durable: bool = True) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with open(temp, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=1)
            out.flush()
            if durable:
                os.fsync(out.fileno())
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def read_status(data_dir: Path) -> list[ItemStatus]:
    """What the last download round did, for the model manager (empty before any)."""
    try:
        raw = json.loads((downloads_dir(data_dir) / STATUS_FILE).read_text(encoding="utf-8"))
        return [ItemStatus(**entry) for entry in raw.get("items", [])]
    except (OSError, ValueError, TypeError, AttributeError):
        return []


def _version_key(version: str | None) -> tuple[int, ...]:
    from tutor.lessons.pack_format import version_key

    try:
        return version_key(version or "0")
    except ValueError:
        return (0,)


def _sha256_file(path: Path, cancel: CancelToken) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while block := stream.read(4 * 2**20):
            cancel.raise_if_cancelled()
            digest.update(block)
    return digest.hexdigest()


def _sha256_prefix(path: Path, length: int, cancel: CancelToken):
    digest, done = hashlib.sha256(), 0
    if length:
        with open(path, "rb") as stream:
            while done < length and (block := stream.read(min(4 * 2**20, length - done))):
                cancel.raise_if_cancelled()
                digest.update(block)
                done += len(block)
    return digest, done


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _default_free_ram() -> int:
    from tutor.local_llm.registry import free_ram

    return free_ram()


def _default_cpu_flags() -> frozenset[str] | None:
    from tutor.local_llm.registry import cpu_flags

    return cpu_flags()


def _human(n: int) -> str:
    from tutor.local_llm.registry import human_size

    return human_size(n)


def _check_pack(path: Path) -> None:
    from tutor.lessons.pack_verify import verify_pack

    verify_pack(path)


class Downloader:
    """One pass over a hub's offers. ``installed_pack_version(pack_id)`` says what this PC
    holds (None: no pack of that id); ``on_installed(offer, path)`` runs after an item is in place."""

    def __init__(self, data_dir: Path, source: CatalogueSource, *,
                 target_for: Callable[[dict[str, Any]], Path] | None = None,
                 installed_pack_version: Callable[[str], str | None] = lambda pack_id: None,
                 on_installed: Callable[[dict[str, Any], Path], None] = lambda offer, path: None,
                 free_ram: Callable[[], int] = _default_free_ram,
                 cpu_flags: Callable[[], frozenset[str] | None] = _default_cpu_flags,
                 disk_free: Callable[[Path], int] = lambda p: shutil.disk_usage(p).free,
                 check_pack: Callable[[Path], None] = _check_pack,
                 max_failed_tries: int = 5, status_dir: Path | None = None):
        self.data_dir = Path(data_dir)
        self.source = source
        self.target_for = target_for or pc_target(self.data_dir)
        self.installed_pack_version = installed_pack_version
        self.on_installed = on_installed
        self.free_ram = free_ram
        self.cpu_flags = cpu_flags
        self.disk_free = disk_free
        self.check_pack = check_pack
        self.max_failed_tries = max_failed_tries
        self.status_dir = status_dir or downloads_dir(self.data_dir)
        self.status_dir.mkdir(parents=True, exist_ok=True)
        self._report = DownloadReport()

    # --- the book of what is in place (so a 1 GB model is not hashed again every round) ---

    def _book(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads((self.status_dir / BOOK_FILE).read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _in_place(self, offer: dict[str, Any], final: Path) -> bool:
        entry = self._book().get(offer["sha256"])
        if not entry or entry.get("path") != str(final):
            return False
        try:
            stat = final.stat()
        except OSError:
            return False
        return stat.st_size == offer["size"] and stat.st_mtime_ns == entry.get("mtime_ns")

    def _record(self, offer: dict[str, Any], final: Path) -> None:
        book = self._book()
        book[offer["sha256"]] = {"path": str(final), "mtime_ns": final.stat().st_mtime_ns, "name": offer["name"]}
        _write_json(self.status_dir / BOOK_FILE, book)

    def _save_status(self) -> None:
        # Not fsync'd: it only tells the model manager what is going on (a lost update costs nothing),
        # and an fsync per percent made a download 5x slower.
        _write_json(self.status_dir / STATUS_FILE, {"items": [asdict(i) for i in self._report.items]}, durable=False)

    # --- one pass -------------------------------------------------------------------------

    def run(self, cancel: CancelToken | None = None, progress: Progress = no_progress) -> DownloadReport:
        cancel = cancel or CancelToken()
        offers = _newest_packs_only(_valid(self.source.listing()))
        self._report = DownloadReport([ItemStatus(o["sha256"], o["kind"], o["name"], o["size"], o.get("version"))
                                       for o in offers])
        self._save_status()
        for offer, status in zip(offers, self._report.items):
            cancel.raise_if_cancelled()
            try:
                self._one(offer, status, cancel, progress)
            except Cancelled:
                status.state = "waiting"
                self._save_status()
                raise
            self._save_status()
        return self._report

    def _skip(self, status: ItemStatus, code: str | None, **params: Any) -> None:
        status.state, status.code, status.params = "skipped", code, params
        log.info("catalogue item %s skipped: %s %s", status.name, code, params)

    def _one(self, offer: dict[str, Any], status: ItemStatus, cancel: CancelToken, progress: Progress) -> None:
        final = self.target_for(offer)
        if self._in_place(offer, final):
            status.state, status.done_bytes = "done", offer["size"]
            return
        if offer["kind"] == "pack":
            installed = self.installed_pack_version(offer.get("pack_id") or "")
            if installed is not None and _version_key(offer.get("version")) <= _version_key(installed):
                self._skip(status, None)  # never a downgrade, nor the same version again
                return
        need_ram = offer.get("ram_needed_bytes")
        if offer["kind"] != "pack" and isinstance(need_ram, int) and need_ram > (free := self.free_ram()):
            self._skip(status, "download.skipped_ram", name=offer["name"], need_ram=_human(need_ram),
                       free_ram=_human(free))
            return
        missing = self._missing_cpu_features(offer)
        if missing:
            self._skip(status, "download.skipped_cpu", name=offer["name"], feature=", ".join(missing).upper())
            return
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists():
            beside = final.with_name(f"{final.stem}-{offer['sha256'][:8]}{final.suffix}")
            if self._in_place(offer, beside):
                status.state, status.done_bytes = "done", offer["size"]
                return
            # Something of that name is already there (copied from a USB stick?): same bytes, adopt it.
            if final.stat().st_size == offer["size"] and _sha256_file(final, cancel) == offer["sha256"]:
                self._record(offer, final)
                status.state, status.done_bytes = "done", offer["size"]
                return
            final = beside  # another file of that name stays as it is
        part = final.with_name(final.name + ".part")
        held = part.stat().st_size if part.exists() else 0
        if held > offer["size"]:
            part.unlink()
            held = 0
        free = self.disk_free(final.parent)
        if offer["size"] - held + DISK_MARGIN > free:
            self._skip(status, "download.no_space", name=offer["name"], size=_human(offer["size"] - held),
                       free=_human(free))
            return
        digest = self._fetch(offer, part, status, cancel, progress)
        if digest is None:
            return
        if not self._verified(offer, part, digest, status):
            return
        os.replace(part, final)
        _fsync_dir(final.parent)
        self._record(offer, final)
        status.state, status.code, status.params = "done", None, {}
        log.info("catalogue item %s (%s) downloaded and verified", offer["name"], offer["sha256"])
        self.on_installed(offer, final)
        self._report.installed.append(status)

    def _missing_cpu_features(self, offer: dict[str, Any]) -> list[str]:
        wanted = [f for f in offer.get("cpu_features") or () if isinstance(f, str)]
        flags = self.cpu_flags() if wanted else None
        if flags is None or not (flags & _X86_FLAGS):
            return []  # unknown, or not an x86 CPU: x86 features say nothing there
        return [f for f in wanted if f not in flags]

    def _fetch(self, offer: dict[str, Any], part: Path, status: ItemStatus, cancel: CancelToken,
               progress: Progress) -> str | None:
        """Fill ``part`` up to the offer's size, resuming; the SHA-256 of what is in it (hashed as it
        is written, the bytes already there hashed first), or None when the link keeps failing."""
        failed_tries = 0
        status.state = "downloading"
        reported = -1
        digest, hashed = hashlib.sha256(), 0
        while True:
            held = part.stat().st_size if part.exists() else 0
            if hashed != held:  # a partial file from an earlier round, or a write cut short
                digest, hashed = _sha256_prefix(part, held, cancel)
            status.done_bytes = held
            if held >= offer["size"]:
                return digest.hexdigest()
            before = held
            try:
                with self.source.open_blob(offer["url"], held) as (start, chunks):
                    with open(part, "r+b" if part.exists() else "wb") as out:
                        if start != held:  # the hub sent the whole file (no Range): start over
                            out.truncate(start)
                            digest, hashed = _sha256_prefix(part, start, cancel)
                        out.seek(start)
                        held = start
                        for chunk in chunks:
                            cancel.raise_if_cancelled()
                            if held + len(chunk) > offer["size"]:
                                # More than the listing said: never let a hub fill the disk. What is
                                # there fails the size check below and is deleted.
                                out.write(chunk[: offer["size"] - held + 1])
                                break
                            out.write(chunk)
                            digest.update(chunk)
                            held += len(chunk)
                            hashed = held
                            status.done_bytes = held
                            percent = int(status.fraction * 100)
                            if percent != reported:
                                reported = percent
                                progress(status.fraction, render("download.progress", name=offer["name"],
                                                                 percent=percent))
                                self._save_status()
                        out.flush()
                        os.fsync(out.fileno())
            except (SyncUnavailable, httpx.HTTPError, OSError) as exc:
                log.info("download of %s cut at %d bytes: %s", offer["name"], held, exc)
            except SyncRefused as exc:
                status.state, status.code, status.params = "failed", "download.refused", {"name": offer["name"]}
                log.warning("hub refused %s: %s", offer["name"], exc)
                return None
            now_held = part.stat().st_size if part.exists() else 0
            failed_tries = 0 if now_held > before else failed_tries + 1
            if now_held < offer["size"] and failed_tries >= self.max_failed_tries:
                status.state, status.code, status.params = "waiting", "download.interrupted", {"name": offer["name"]}
                return None  # the partial file stays: the next round goes on from it

    def _verified(self, offer: dict[str, Any], part: Path, sha256: str, status: ItemStatus) -> bool:
        size = part.stat().st_size
        if size != offer["size"] or sha256 != offer["sha256"]:
            part.unlink(missing_ok=True)
            status.state, status.code, status.params = "failed", "download.bad_hash", {"name": offer["name"]}
            log.warning("download of %s does not match the hub's SHA-256: deleted", offer["name"])
            return False
        if offer["kind"] == "pack":
            from tutor.lessons.errors import PackError

            try:
                self.check_pack(part)
            except PackError as exc:
                part.unlink(missing_ok=True)
                status.state, status.code, status.params = "failed", "download.bad_pack", {"name": offer["name"]}
                log.warning("downloaded pack %s refused: %s", offer["name"], exc.log_message)
                return False
        return True


_SHA = frozenset("0123456789abcdef")


def _valid(listing: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Offers whose fields are usable; anything odd in a listing is left out, never trusted."""
    from tutor.lessons.pack_format import unsafe_name_reason

    good = []
    for offer in listing:
        sha, name, size, url = offer.get("sha256"), offer.get("name"), offer.get("size"), offer.get("url")
        if (isinstance(sha, str) and len(sha) == 64 and set(sha) <= _SHA and offer.get("kind") in ("pack", "model", "voice")
                and isinstance(name, str) and "/" not in name and "\\" not in name and unsafe_name_reason(name) is None
                and isinstance(size, int) and not isinstance(size, bool) and size >= 0
                and isinstance(url, str) and url.startswith("/")):
            good.append(offer)
        else:
            log.warning("catalogue offer left out (malformed): %.200r", offer)
    return good


def _newest_packs_only(offers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    newest: dict[str, dict[str, Any]] = {}
    for offer in offers:
        if offer["kind"] == "pack":
            key = str(offer.get("pack_id") or offer["name"])
            if key not in newest or _version_key(offer.get("version")) > _version_key(newest[key].get("version")):
                newest[key] = offer
    return [o for o in offers if o["kind"] != "pack" or newest.get(str(o.get("pack_id") or o["name"])) is o]
