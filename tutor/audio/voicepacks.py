"""Neural voice packs on this PC: import from a USB stick or folder, check, choose.

Qt-free. A pack is a Piper voice: ``NAME.onnx`` with ``NAME.onnx.json`` beside
it. Importing checks both before anything is copied (the JSON must be a Piper
config, the ONNX file must open in onnxruntime: a truncated copy or a file
that is something else is refused with a plain message), copies them into
``<data dir>/voices/NAME/`` under temporary names, renames them when complete
and records their SHA-256 in ``pack.json``. ``active.txt`` names the pack the
app reads with; without one (or when it fails) espeak-ng reads.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from tutor.audio.errors import AudioError
from tutor.audio.voices import Voice
from tutor.cancel import CancelToken, Progress, no_progress
from tutor.messages import render

log = logging.getLogger(__name__)

VOICES_DIRNAME = "voices"
MANIFEST = "pack.json"
ACTIVE = "active.txt"
MIN_MODEL_BYTES = 1_000_000      # the smallest Piper voices ("x_low") are about 20 MB
_COPY_CHUNK = 1 << 20


class BadVoicePack(AudioError):
    def __init__(self, log_message: str, code: str):
        """``code``: why, for people (a tutor.messages code, shown in the UI language)."""
        super().__init__(log_message, code=code)


@dataclass(frozen=True)
class VoicePack:
    name: str            # folder name, from the file name (vi_VN-vais1000-medium)
    model: Path          # the .onnx file
    language: str        # from the config: "vi", "en-us" ...
    quality: str         # x_low / low / medium / high, when the config says
    sample_rate: int
    size_bytes: int
    sha256: str
    label: str           # shown to people

    @property
    def config(self) -> Path:
        return Path(f"{self.model}.json")

    @property
    def is_vietnamese(self) -> bool:
        return self.language.lower().startswith("vi")

    @property
    def voice(self) -> Voice:
        return Voice(f"pack:{self.name}", f"piper:{self.model}", self.label)

    @property
    def ram_needed_mb(self) -> int:
        # onnxruntime holds the weights plus working buffers: about 2.5x the file, plus the runtime.
        return round(self.size_bytes * 2.5 / 1e6) + 120


def voices_dir(data_root: Path) -> Path:
    return Path(data_root) / VOICES_DIRNAME


def _sha256(path: Path, cancel: CancelToken | None = None) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(_COPY_CHUNK):
            if cancel is not None:
                cancel.raise_if_cancelled()
            digest.update(block)
    return digest.hexdigest()


def _read_config(config_path: Path) -> dict:
    if not config_path.is_file():
        raise BadVoicePack(f"{config_path} missing",
                           "voice.config_missing")
    try:
        data = json.loads(config_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadVoicePack(f"{config_path} unreadable: {exc}",
                           "voice.config_damaged") from exc
    if not isinstance(data, dict) or not isinstance(data.get("phoneme_id_map"), dict) \
            or not isinstance(data.get("audio"), dict) or not data["audio"].get("sample_rate"):
        raise BadVoicePack(f"{config_path} is not a Piper voice config",
                           "voice.not_piper")
    return data


def _check_model(model_path: Path) -> None:
    size = model_path.stat().st_size
    with open(model_path, "rb") as handle:
        head = handle.read(16)
    # An ONNX file is a protobuf ModelProto; its first field is ir_version (tag 0x08).
    if size < MIN_MODEL_BYTES or not head.startswith(b"\x08"):
        raise BadVoicePack(f"{model_path} ({size} bytes) is not an ONNX voice model",
                           "voice.not_a_voice")
    try:
        import onnxruntime
    except Exception as exc:
        raise BadVoicePack(f"onnxruntime unavailable: {exc}",
                           "voice.runtime_unavailable") from exc
    try:
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 4  # the refusal below is the message; keep stderr quiet
        onnxruntime.InferenceSession(str(model_path), sess_options=options,
                                     providers=["CPUExecutionProvider"])
    except Exception as exc:  # truncated or altered weights fail to parse or to validate
        raise BadVoicePack(f"{model_path} does not load: {exc}",
                           "voice.damaged") from exc


def _label(name: str, language: str, quality: str) -> str:
    speaker = name.split("-")[1] if name.count("-") >= 2 else name
    if language.lower().startswith("vi"):
        return render("voice.new", speaker=speaker)
    return render("voice.new_foreign", speaker=speaker, language=language)


def inspect(model_path: Path, cancel: CancelToken | None = None) -> VoicePack:
    """Check a voice at ``model_path`` without copying it; ``BadVoicePack`` when unusable."""
    model_path = Path(model_path)
    if model_path.suffix.lower() != ".onnx" or not model_path.is_file():
        raise BadVoicePack(f"{model_path} is not an .onnx file",
                           "voice.choose_onnx")
    config = _read_config(Path(f"{model_path}.json"))
    _check_model(model_path)
    language = str((config.get("espeak") or {}).get("voice") or (config.get("language") or {}).get("code") or "")
    quality = str((config.get("audio") or {}).get("quality") or "")
    name = re.sub(r"[^\w.-]", "_", model_path.name[: -len(".onnx")]) or "voice"
    return VoicePack(name, model_path, language, quality, int(config["audio"]["sample_rate"]),
                     model_path.stat().st_size, _sha256(model_path, cancel), _label(name, language, quality))


def load_voice_pack(model_path: Path) -> VoicePack:
    return inspect(model_path)


def register_downloaded(model_path: Path, config: dict, sha256: str) -> VoicePack:
    """A voice a hub sent (tutor.sync.downloads), already in place as ``voices/NAME/NAME.onnx``
    and checked against the SHA-256 of the hub's signed listing: write its config and the
    manifest beside it, so the voice list sees it. Nothing is copied (one copy on disk)."""
    model_path = Path(model_path)
    config_path = Path(f"{model_path}.json")
    temp = config_path.with_name(config_path.name + ".partial")
    temp.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    temp.replace(config_path)
    config = _read_config(config_path)
    language = str((config.get("espeak") or {}).get("voice") or (config.get("language") or {}).get("code") or "")
    quality = str((config.get("audio") or {}).get("quality") or "")
    name = model_path.parent.name
    pack = VoicePack(name, model_path, language, quality, int(config["audio"]["sample_rate"]),
                     model_path.stat().st_size, sha256, _label(name, language, quality))
    manifest = {k: str(v) if isinstance(v, Path) else v for k, v in asdict(pack).items()}
    manifest["model"] = model_path.name
    manifest["imported_at"] = time.time()
    (model_path.parent / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    log.info("voice pack from the hub registered: %s (%s)", name, language)
    return pack


class VoicePackStore:
    """The packs in ``<data dir>/voices`` and the one in use."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def import_pack(self, model_path: Path, cancel: CancelToken | None = None,
                    progress: Progress = no_progress) -> VoicePack:
        cancel = cancel or CancelToken()
        progress(0.0, "checking")
        source = inspect(Path(model_path), cancel)
        target_dir = self.root / source.name
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / Path(source.model).name
        partial = target.with_name(target.name + ".partial")
        copied = 0
        try:
            with open(source.model, "rb") as src, open(partial, "wb") as dst:
                while block := src.read(_COPY_CHUNK):
                    cancel.raise_if_cancelled()
                    dst.write(block)
                    copied += len(block)
                    progress(0.1 + 0.8 * copied / max(1, source.size_bytes), "copying")
            if _sha256(partial, cancel) != source.sha256:
                raise BadVoicePack("copy differs from source",
                                   "voice.copy_failed")
            shutil.copyfile(source.config, Path(f"{target}.json"))
            partial.replace(target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        pack = VoicePack(source.name, target, source.language, source.quality, source.sample_rate,
                         source.size_bytes, source.sha256, source.label)
        manifest = {k: str(v) if isinstance(v, Path) else v for k, v in asdict(pack).items()}
        manifest["model"] = target.name
        manifest["imported_at"] = time.time()
        (target_dir / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
        progress(1.0, "done")
        log.info("voice pack imported: %s (%s, %d bytes)", pack.name, pack.language, pack.size_bytes)
        return pack

    def packs(self) -> list[VoicePack]:
        found = []
        if not self.root.is_dir():
            return found
        for manifest_path in sorted(self.root.glob(f"*/{MANIFEST}")):
            try:
                data = json.loads(manifest_path.read_text(encoding="utf-8"))
                model = manifest_path.parent / data["model"]
                if not model.is_file():
                    continue
                found.append(VoicePack(data["name"], model, data["language"], data.get("quality", ""),
                                       int(data["sample_rate"]), int(data["size_bytes"]), data["sha256"],
                                       data["label"]))
            except (OSError, ValueError, KeyError, TypeError):
                log.warning("ignoring unreadable voice pack manifest %s", manifest_path)
        return found

    def verify(self, pack: VoicePack, cancel: CancelToken | None = None) -> bool:
        """The installed weights still match the SHA-256 taken at import."""
        return pack.model.is_file() and _sha256(pack.model, cancel) == pack.sha256

    def active(self) -> VoicePack | None:
        try:
            name = (self.root / ACTIVE).read_text(encoding="utf-8").strip()
        except OSError:
            return None
        return next((p for p in self.packs() if p.name == name), None)

    def set_active(self, pack: VoicePack | None) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        if pack is None:
            (self.root / ACTIVE).unlink(missing_ok=True)
        else:
            (self.root / ACTIVE).write_text(pack.name, encoding="utf-8")

    def remove(self, pack: VoicePack) -> None:
        if self.active() == pack:
            self.set_active(None)
        shutil.rmtree(pack.model.parent, ignore_errors=True)


SPEED_TEST_TEXT = "Xin chào bà con. Đây là giọng đọc mới của máy."


def measure_speed(pack: VoicePack, engine=None, cancel: CancelToken | None = None) -> float:
    """Real-time factor of this pack on this PC: seconds of work per second of speech (lower is faster).
    Loads the voice (the first Listen pays this once)."""
    from tutor.audio.piper import PiperEngine

    engine = engine or PiperEngine()
    voice = pack.voice
    engine.synthesize("Xin chào.", voice, 1.0, cancel or CancelToken())  # load and warm up
    started = time.perf_counter()
    clip = engine.synthesize(SPEED_TEST_TEXT, voice, 1.0, cancel or CancelToken())
    return (time.perf_counter() - started) / max(0.1, clip.duration_s)


@dataclass(frozen=True)
class Verdict:
    usable: bool
    text: str  # plain Vietnamese for the teacher, made of catalogued sentences (tutor.messages)


def verdict(pack: VoicePack, free_ram_bytes: int, real_time_factor: float | None) -> Verdict:
    """Can this PC read with this pack? Memory first, then speed (a sentence must be ready
    before the previous one has finished playing), then the language."""
    need_mb = pack.ram_needed_mb
    free_mb = free_ram_bytes // 1_000_000
    if free_mb < need_mb:
        return Verdict(False, render("voice.low_memory", free_mb=free_mb, need_mb=need_mb))
    parts = [render("voice.memory_ok", need_mb=need_mb, free_mb=free_mb)]
    usable = True
    if real_time_factor is not None:
        if real_time_factor <= 0.5:
            parts.append(render("voice.fast", factor=f"{real_time_factor:.2f}"))
        elif real_time_factor <= 1.0:
            parts.append(render("voice.slowish", factor=f"{real_time_factor:.2f}"))
        else:
            usable = False
            parts.append(render("voice.too_slow", factor=f"{real_time_factor:.1f}"))
    if not pack.is_vietnamese:
        parts.append(render("voice.foreign", language=pack.language))
    return Verdict(usable, " ".join(parts))
