"""Which models this PC has, whether each fits, and how new ones get in.

- ``scan_folder``: every readable .gguf under a folder (the data dir's models/,
  or a USB stick the user picks), described from its header alone.
- ``available_models`` / ``default_model``: installed models plus the one that
  ships in the app's packages (see bundled.py).
- ``assess`` / ``recommend``: fit against free RAM and the CPU's vector units.
- ``import_model`` / ``install_bundled``: copy a model in, in chunks, with
  progress and cancel, recording its SHA-256; a partial file never carries the
  real name. ``verify_models`` re-hashes installed models on demand.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tutor.cancel import CancelToken, Progress, no_progress
from tutor.errors import TutorError
from tutor.local_llm import bundled, hashes
from tutor.local_llm.bundled import BundledModel
from tutor.local_llm.gguf import GgufError, GgufHeader, read_header
from tutor.local_llm.header_cache import HeaderCache, read_header_cached
from tutor.messages import render

log = logging.getLogger(__name__)

SUFFIX = ".gguf"
PARTIAL_SUFFIX = ".partial"
COPY_CHUNK = 4 * 1024 * 1024
DISK_MARGIN = 64 * 1024 * 1024       # leave room for the database and logs
SCAN_DEPTH = 3                        # a USB stick: E:\, E:\models\, E:\AI\models\
DEFAULT_CONTEXT = 2048                 # what assess() budgets the KV cache for


class ModelImportError(TutorError):
    pass


# --- describing models ----------------------------------------------------------


@dataclass(frozen=True)
class ModelInfo:
    path: Path
    source: str                 # "bundled" (in the app's package), "installed" (models/), "external"
    header: GgufHeader
    sha256: str | None = None   # recorded at install time, when known
    bundled_key: str | None = None

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def size_bytes(self) -> int:
        return self.header.file_size

    @property
    def display_name(self) -> str:
        if self.bundled_key and (b := bundled.by_key(self.bundled_key)):
            return b.title
        name = self.header.name or self.path.stem
        extras = [x for x in (self.header.parameters_label, self.header.file_type)
                  if x and x.lower() not in name.lower()]
        return f"{name} ({', '.join(extras)})" if extras else name

    @property
    def architecture(self) -> str:
        return self.header.architecture


@dataclass(frozen=True)
class RejectedFile:
    path: Path
    user_message: str
    log_message: str


@dataclass(frozen=True)
class ScanResult:
    models: tuple[ModelInfo, ...]
    rejected: tuple[RejectedFile, ...]


def describe(path: Path, source: str = "external", sha256: str | None = None,
             bundled_key: str | None = None, cache: HeaderCache | None = None) -> ModelInfo:
    """ModelInfo for one file; GgufError when the file must not be used. With a
    ``cache``, a header parsed before (same path, size and mtime) is not parsed again."""
    return ModelInfo(Path(path), source, read_header_cached(path, cache), sha256, bundled_key)


def scan_folder(folder: Path, source: str = "external", max_depth: int = SCAN_DEPTH,
                cache: HeaderCache | None = None) -> ScanResult:
    """Every .gguf under ``folder`` (not following links, skipping hidden names)."""
    folder = Path(folder)
    book = hashes.read_book(folder) if source == "installed" else {}
    models: list[ModelInfo] = []
    rejected: list[RejectedFile] = []
    for path in sorted(_gguf_files(folder, max_depth)):
        try:
            rec = book.get(path.name)
            models.append(describe(path, source, rec.sha256 if rec else None,
                                   _bundled_key_for(path.name, rec), cache))
        except GgufError as exc:
            rejected.append(RejectedFile(path, exc.user_message, exc.log_message))
    return ScanResult(tuple(models), tuple(rejected))


def _gguf_files(folder: Path, depth: int) -> Iterator[Path]:
    try:
        entries = list(os.scandir(folder))
    except OSError as exc:  # unplugged stick, no permission: nothing found there
        log.info("cannot list %s: %s", folder, exc)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.name.lower().endswith(SUFFIX):
                yield Path(entry.path)
            elif depth > 1 and entry.is_dir(follow_symlinks=False):
                yield from _gguf_files(Path(entry.path), depth - 1)
        except OSError:
            continue


def _bundled_key_for(file_name: str, rec: hashes.Record | None) -> str | None:
    if rec is not None and rec.source == "bundled":
        b = next((m for m in bundled.BUNDLED if m.file_name == file_name), None)
        return b.key if b else None
    return None


def available_models(models_dir: Path) -> ScanResult:
    """Models in the data dir's models/ plus the ones inside the app's packages.
    Their headers come from the cache beside the models when unchanged."""
    cache = HeaderCache.beside(models_dir) if Path(models_dir).is_dir() else None
    found = scan_folder(models_dir, "installed", max_depth=1, cache=cache) if cache is not None \
        else ScanResult((), ())
    models = list(found.models)
    rejected = list(found.rejected)
    for b in bundled.BUNDLED:
        path = b.package_file()
        if path is None or any(m.file_name == b.file_name for m in models):
            continue
        try:
            models.append(describe(path, "bundled", b.expected_sha256(), b.key, cache))
        except GgufError as exc:
            rejected.append(RejectedFile(path, exc.user_message, exc.log_message))
    return ScanResult(tuple(models), tuple(rejected))


def default_model(models_dir: Path, preferred: str | None = None) -> ModelInfo | None:
    """The model to use: ``preferred`` (a file name) if usable, else the bundled
    default, else any installed model; None means the app runs without a model."""
    models = available_models(models_dir).models
    if preferred:
        for m in models:
            if m.file_name == preferred:
                return m
    for m in models:
        if m.bundled_key == bundled.DEFAULT.key:
            return m
    return models[0] if models else None


def ensure_default(models_dir: Path, preferred: str | None = None, cancel: CancelToken | None = None,
                   progress: Progress = no_progress) -> ModelInfo | None:
    """default_model(), first joining the bundled default into ``models_dir`` if it
    ships in pieces and has not been joined yet (once; about a second per 250 MB).

    Run it as a background job at first use; None means no model at all.
    """
    chosen = default_model(models_dir, preferred)
    if chosen is not None and (chosen.file_name == preferred or chosen.bundled_key == bundled.DEFAULT.key):
        return chosen
    if bundled.DEFAULT.is_installed():
        try:
            return install_bundled(bundled.DEFAULT, models_dir, cancel, progress)
        except (ModelImportError, GgufError) as exc:
            log.error("bundled model unusable: %s", exc.log_message)
    return chosen


# --- does it fit this PC? ----------------------------------------------------------


@dataclass(frozen=True)
class Fitness:
    level: str          # "good" | "slow" | "too_big" | "unsupported"
    message: str        # Vietnamese, for the model picker
    needed_ram: int     # bytes, the estimate the verdict rests on


def estimate_ram(header: GgufHeader, n_ctx: int = DEFAULT_CONTEXT) -> int:
    """Weights (mapped whole) + KV cache for ``n_ctx`` + compute buffers.

    Calibrated on SmolLM2-135M and Gemma-3-270M in llama-cpp-python 0.3.36,
    whose worker RSS was file size + KV + 60..110 MB.
    """
    meta = header.metadata
    arch = header.architecture
    layers = _meta_int(meta, f"{arch}.block_count", 32)
    heads = _meta_int(meta, f"{arch}.attention.head_count", 32)
    kv_heads = _meta_int(meta, f"{arch}.attention.head_count_kv", heads)
    embed = _meta_int(meta, f"{arch}.embedding_length", 4096)
    key_len = _meta_int(meta, f"{arch}.attention.key_length", embed // max(1, heads))
    value_len = _meta_int(meta, f"{arch}.attention.value_length", key_len)
    kv_cache = layers * n_ctx * kv_heads * (key_len + value_len) * 2  # f16
    overhead = 128 * 2**20 + header.file_size // 10
    return header.file_size + kv_cache + overhead


def _meta_int(meta: dict, key: str, default: int) -> int:
    value = meta.get(key)
    return value if isinstance(value, int) and value > 0 else default


def assess(info: ModelInfo | GgufHeader, free_ram: int, cpu_flags: frozenset[str] | None,
           n_ctx: int = DEFAULT_CONTEXT) -> Fitness:
    """How well this model will run here. ``cpu_flags`` None means "unknown"."""
    header = info.header if isinstance(info, ModelInfo) else info
    need = estimate_ram(header, n_ctx)
    if header.unknown_tensor_types:
        return Fitness("unsupported", render("model.new_compression"), need)
    if cpu_flags is not None and _is_x86(cpu_flags) and "avx" not in cpu_flags:
        return Fitness("unsupported", render("model.no_avx"), need)
    if need > free_ram:
        return Fitness("too_big", render("model.too_big", need=human_size(need), free=human_size(free_ram)), need)
    reasons = []
    if cpu_flags is not None and _is_x86(cpu_flags) and "avx2" not in cpu_flags:
        reasons.append(render("model.slow_old_cpu"))
    if need > free_ram * 3 // 4:
        reasons.append(render("model.slow_low_memory"))
    if header.file_size > 2500 * 2**20:
        reasons.append(render("model.slow_big_model"))
    if reasons:
        return Fitness("slow", render("model.slow", reasons=", ".join(reasons)), need)
    return Fitness("good", render("model.good", need=human_size(need), free=human_size(free_ram)), need)


def _is_x86(flags: frozenset[str]) -> bool:
    # ARM flag lists (neon, asimd) say nothing about AVX; only judge x86 CPUs.
    return bool(flags & {"sse2", "sse4_2", "ssse3", "avx", "sse"}) or "x86" in _machine()


def _machine() -> str:
    import platform

    return platform.machine().lower().replace("amd64", "x86_64")


def free_ram() -> int:
    import psutil

    return int(psutil.virtual_memory().available)


def cpu_flags() -> frozenset[str] | None:
    """CPU features that matter to llama.cpp, or None when this OS will not say."""
    if sys.platform.startswith("linux"):
        try:
            with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as info:
                for line in info:
                    if line.startswith(("flags", "Features")):
                        return frozenset(line.split(":", 1)[1].split())
        except OSError:
            return None
        return None
    if sys.platform == "win32":
        return _windows_flags()
    return None  # macOS and others: do not guess


def _windows_flags() -> frozenset[str] | None:
    try:
        import ctypes

        present = ctypes.windll.kernel32.IsProcessorFeaturePresent  # type: ignore[attr-defined]
    except (ImportError, AttributeError, OSError):
        return None
    # PF_AVX_INSTRUCTIONS_AVAILABLE = 39, PF_AVX2 = 40. Older Windows answers
    # False for constants it does not know, so "no AVX" is treated as unknown.
    if not present(39):
        return None
    return frozenset({"sse2", "avx"} | ({"avx2"} if present(40) else set()))


@dataclass(frozen=True)
class Recommendation:
    name: str
    file_name: str | None       # what to look for on the USB stick; None for the bundled one
    approx_size: int
    needs_import: bool
    message: str


# Ordered best first; each needs the given free RAM.
_CANDIDATES = (
    (2560 * 2**20, "Qwen2.5-1.5B-Instruct (Q4_K_M)", "qwen2.5-1.5b-instruct-q4_k_m.gguf", 1120 * 2**20),
    (1280 * 2**20, "Qwen2.5-0.5B-Instruct (Q4_K_M)", "qwen2.5-0.5b-instruct-q4_k_m.gguf", 400 * 2**20),
)
_MIN_FOR_BUNDLED = 400 * 2**20


def recommend(free_ram: int) -> Recommendation | None:
    """The model to suggest for this much free RAM; None when there is too little."""
    for need, name, file_name, size in _CANDIDATES:
        if free_ram >= need:
            return Recommendation(name, file_name, size, True, render(
                "model.recommend_import", name=name, size=human_size(size), file_name=file_name))
    if free_ram >= _MIN_FOR_BUNDLED:
        b = bundled.DEFAULT
        return Recommendation(b.title, None, 0, False, render("model.recommend_bundled"))
    return None


def human_size(n: int) -> str:
    """Vietnamese style: "1,2 GB", "250 MB"."""
    if n >= 2**30:
        return f"{n / 2**30:.1f} GB".replace(".", ",")
    return f"{max(1, round(n / 2**20))} MB"


# --- bringing models in ------------------------------------------------------------


def import_model(src: Path, models_dir: Path, cancel: CancelToken | None = None,
                 progress: Progress = no_progress) -> ModelInfo:
    """Copy a GGUF (from a USB stick) into ``models_dir`` and record its SHA-256.

    Refuses non-GGUF, truncated and corrupt files before copying. The copy goes
    to a hidden ``.partial`` name and is renamed only when complete, flushed to
    disk and re-checked; cancel or any error removes it. A file already there
    with the same content is reused; a different one keeps its name and the new
    one gets a numbered name.
    """
    src = Path(src)
    cancel = cancel or CancelToken()
    header = read_header(src)
    models_dir = Path(models_dir)
    models_dir.mkdir(parents=True, exist_ok=True)
    _check_space(models_dir, header.file_size)
    sha, temp = _copy_in(iter([src]), models_dir, src.name, header.file_size, cancel, progress,
                         "model.copying")
    return _settle(temp, models_dir, src.name, sha, "imported", src.name)


def install_bundled(model: BundledModel, models_dir: Path, cancel: CancelToken | None = None,
                    progress: Progress = no_progress) -> ModelInfo:
    """Make a bundled model usable from ``models_dir``.

    A single-file package is used where it lies; a chunked one is joined here
    once (checked against the package's SHA-256). A join cut short (the app
    closed, a power cut) goes on from where it stopped at the next start.
    """
    cancel = cancel or CancelToken()
    in_package = model.package_file()
    if in_package is not None:
        return describe(in_package, "bundled", model.expected_sha256(), model.key)
    models_dir = Path(models_dir)
    target = models_dir / model.file_name
    rec = hashes.read_book(models_dir).get(model.file_name)
    expected = model.expected_sha256()
    if target.is_file() and rec is not None and rec.sha256 == expected:
        return describe(target, "installed", rec.sha256, model.key, HeaderCache.beside(models_dir))
    chunks = model.chunks()
    if chunks is None:
        raise ModelImportError(f"bundled model {model.key} is not installed",
                               code="model.bundled_missing")
    models_dir.mkdir(parents=True, exist_ok=True)
    total = sum(p.stat().st_size for p in chunks)
    temp = resume_path(models_dir, model.file_name)
    _check_space(models_dir, total - (temp.stat().st_size if temp.is_file() else 0))
    sha = _join_resumable(chunks, temp, total, cancel, progress)
    if expected and sha != expected:
        temp.unlink(missing_ok=True)  # a damaged piece: the next start joins from zero
        raise ModelImportError(f"bundled model {model.key}: sha256 {sha} != {expected}",
                               code="model.bundled_damaged")
    if target.exists():
        target.unlink()  # a stale or damaged earlier join: the checked one replaces it
    info = _settle(temp, models_dir, model.file_name, sha, "bundled", model.distribution)
    return ModelInfo(info.path, info.source, info.header, info.sha256, model.key)


RESUME_SUFFIX = ".resume"   # not PARTIAL_SUFFIX: clean_partials() must leave it for the next start
RESUME_FSYNC_EVERY = 64 * 1024 * 1024


def resume_path(models_dir: Path, name: str) -> Path:
    """Where a join of the bundled model grows; it keeps what was joined when the
    app is closed or the power fails, and the next start goes on from there."""
    return Path(models_dir) / f".{name}{RESUME_SUFFIX}"


def _join_resumable(chunks: list[Path], temp: Path, total: int, cancel: CancelToken,
                    progress: Progress) -> str:
    """Append ``chunks`` to ``temp`` from where an earlier join stopped; return the
    whole file's SHA-256. The caller checks it: a wrong tail (a power cut can leave
    one) fails the check and the partial file is removed."""
    import hashlib

    done = temp.stat().st_size if temp.is_file() else 0
    if done > total:
        temp.unlink()
        done = 0
    digest = hashlib.sha256()
    if done:
        log.info("resuming the join of %s at %d of %d bytes", temp.name, done, total)
        with open(temp, "rb") as have:
            for block in iter(lambda: have.read(COPY_CHUNK), b""):
                digest.update(block)
    message_code = "model.preparing_bundled"
    offset = 0
    since_sync = 0
    with open(temp, "ab") as out:
        for src in chunks:
            size = src.stat().st_size
            if offset + size <= done:
                offset += size
                continue
            try:
                stream = open(src, "rb")
            except OSError as exc:
                raise _unreadable(src, exc) from exc
            with stream:
                stream.seek(max(0, done - offset))
                while True:
                    if cancel.cancelled:
                        out.flush()
                        os.fsync(out.fileno())  # keep what is joined for the next start
                        cancel.raise_if_cancelled()
                    block = stream.read(COPY_CHUNK)
                    if not block:
                        break
                    out.write(block)
                    digest.update(block)
                    done += len(block)
                    since_sync += len(block)
                    if since_sync >= RESUME_FSYNC_EVERY:
                        out.flush()
                        os.fsync(out.fileno())
                        since_sync = 0
                    progress(min(0.99, done / max(1, total)),
                             render(message_code, done=human_size(done), total=human_size(total)))
            offset += size
        out.flush()
        os.fsync(out.fileno())
    if done != total:
        temp.unlink(missing_ok=True)
        raise GgufError("truncated", f"joined {done} of {total} bytes", temp)
    read_header(temp)  # the joined file must be a whole, sane GGUF
    return digest.hexdigest()


def _check_space(models_dir: Path, size: int) -> None:
    free = shutil.disk_usage(models_dir).free
    if free < size + DISK_MARGIN:
        raise ModelImportError(
            f"not enough disk space: {free} free, {size} needed",
            code="model.disk_full", params={"size": human_size(size), "free": human_size(free)})


def _copy_in(sources: Iterable[Path], models_dir: Path, name: str, total: int,
             cancel: CancelToken, progress: Progress, message_code: str) -> tuple[str, Path]:
    """Concatenate ``sources`` into a hidden partial file; return (sha256, partial path).
    ``message_code``: the progress line (tutor.messages, with ``done`` and ``total``)."""
    import hashlib

    temp = models_dir / f".{name}.{uuid.uuid4().hex[:8]}{PARTIAL_SUFFIX}"
    digest = hashlib.sha256()
    done = 0
    try:
        with open(temp, "xb") as out:
            for src in sources:
                try:
                    stream = open(src, "rb")
                except OSError as exc:
                    raise _unreadable(src, exc) from exc
                with stream:
                    while True:
                        cancel.raise_if_cancelled()
                        try:
                            block = stream.read(COPY_CHUNK)
                        except OSError as exc:  # the stick was pulled out mid-copy
                            raise _unreadable(src, exc) from exc
                        if not block:
                            break
                        out.write(block)
                        digest.update(block)
                        done += len(block)
                        progress(min(0.99, done / max(1, total)),
                                 render(message_code, done=human_size(done), total=human_size(total)))
            out.flush()
            os.fsync(out.fileno())
        if done != total:
            raise GgufError("truncated", f"copied {done} of {total} bytes", temp)
        read_header(temp)  # the copy itself must be a whole, sane GGUF
        return digest.hexdigest(), temp
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _unreadable(src: Path, exc: OSError) -> ModelImportError:
    return ModelImportError(f"reading {src} failed: {exc}",
                            code="model.unreadable")


def _settle(temp: Path, models_dir: Path, name: str, sha: str, source: str, origin: str) -> ModelInfo:
    """Give the finished copy its real name (or reuse an identical file) and record it."""
    try:
        book = hashes.read_book(models_dir)
        target = models_dir / name
        stem, suffix = Path(name).stem, Path(name).suffix or SUFFIX
        n = 1
        size = temp.stat().st_size
        while target.exists():
            if _same_content(target, book.get(target.name), sha, size):
                temp.unlink()
                # Re-recording repairs a lost or damaged book.
                hashes.record(models_dir, target.name,
                              hashes.Record(sha, target.stat().st_size, source, origin))
                return describe(target, "installed", sha)
            n += 1
            target = models_dir / f"{stem}-{n}{suffix}"
        os.replace(temp, target)
        _fsync_dir(models_dir)
        hashes.record(models_dir, target.name,
                      hashes.Record(sha, target.stat().st_size, source, origin))
        return describe(target, "installed", sha)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _same_content(path: Path, rec: hashes.Record | None, sha: str, size: int) -> bool:
    if path.stat().st_size != size:
        return False
    if rec is not None:
        return rec.sha256 == sha and rec.size == size
    # Not in the book (copied by hand, or the book was lost): hash it to know.
    try:
        return hashes.sha256_file(path) == sha
    except OSError:
        return False


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory fsync; the rename is journaled by NTFS
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def clean_partials(models_dir: Path) -> int:
    """Remove copies left by a power cut mid-import; returns how many."""
    removed = 0
    for path in Path(models_dir).glob(f".*{PARTIAL_SUFFIX}"):
        path.unlink(missing_ok=True)
        removed += 1
    return removed


# --- checking installed models -------------------------------------------------------


@dataclass(frozen=True)
class Verification:
    path: Path
    status: str          # "ok" | "changed" | "unrecorded" | "missing"
    message: str         # Vietnamese


def verify_models(models_dir: Path, cancel: CancelToken | None = None,
                  progress: Progress = no_progress) -> list[Verification]:
    """Re-hash every installed model against the SHA-256 recorded when it came in."""
    models_dir = Path(models_dir)
    book = hashes.read_book(models_dir)
    names = sorted(set(book) | {p.name for p in _gguf_files(models_dir, 1)}) \
        if models_dir.is_dir() else sorted(book)
    results = []
    for index, name in enumerate(names):
        def part(fraction: float, message: str, index: int = index) -> None:
            progress((index + fraction) / max(1, len(names)), message)

        results.append(verify_file(models_dir / name, book.get(name), cancel, part))
    progress(1.0, render("model.checked"))
    return results


def verify_file(path: Path, rec: hashes.Record | None, cancel: CancelToken | None = None,
                progress: Progress = no_progress) -> Verification:
    if not path.is_file():
        return Verification(path, "missing", render("model.file_missing"))
    if rec is None:
        return Verification(path, "unrecorded", render("model.unrecorded"))
    actual = hashes.sha256_file(path, cancel, progress)
    if actual == rec.sha256:
        return Verification(path, "ok", render("model.intact"))
    return Verification(path, "changed", render("model.changed"))
