"""What a catalogue item is, and what the hub learns from its file before accepting it.

A pack must carry a valid signature of a trusted publisher (tutor.lessons.pack_verify);
a model must have a readable GGUF header (its RAM need is estimated from it); a voice is
taken by size and SHA-256. Every kind is checked against the SHA-256 the operator or the
upper hub announced, when there is one.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from tutor.errors import TutorError

KINDS = ("pack", "model", "voice")
SUFFIX_KINDS = {".bdpack": "pack", ".gguf": "model", ".onnx": "voice"}
SHA256_RE = re.compile(r"[0-9a-f]{64}")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
# llama.cpp's x86 builds need AVX (tutor.local_llm.registry.assess); ARM PCs ignore x86 features.
MODEL_CPU_FEATURES = ("avx",)
VOICE_RUNTIME_BYTES = 120 * 10**6
MAX_VOICE_CONFIG = 256 * 1024    # Piper configs are a few KB (a phoneme table)


class CatalogueRefused(TutorError):
    """A file the catalogue will not take, or an item it does not hold. Nothing was changed."""

    def __init__(self, code: str, log_message: str, user_message: str):
        super().__init__(log_message, user_message)
        self.refusal = code


@dataclass(frozen=True)
class CatalogueItem:
    sha256: str
    kind: str                      # pack | model | voice
    name: str                      # the file name a PC stores it under
    size: int
    version: str | None = None     # packs only: the signed manifest's version
    pack_id: str | None = None     # packs only
    licence: str = ""
    ram_needed_bytes: int | None = None
    cpu_features: tuple[str, ...] = field(default_factory=tuple)
    added_at: str = ""
    origin: str = "operator"       # "operator" (added here) or "upstream" (fetched from the upper hub)
    # voices only: the Piper config (NAME.onnx.json, a few KB) travels inside the signed listing
    voice_config: dict[str, Any] | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["cpu_features"] = list(self.cpu_features)
        if self.voice_config is None:
            data.pop("voice_config")
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CatalogueItem:
        """Raises CatalogueRefused on anything malformed (an upper hub's listing is input too)."""
        try:
            sha, kind, name, size = str(data["sha256"]), str(data["kind"]), str(data["name"]), data["size"]
            ram = data.get("ram_needed_bytes")
            if (not SHA256_RE.fullmatch(sha) or kind not in KINDS or safe_name(name) != name
                    or isinstance(size, bool) or not isinstance(size, int) or size < 0
                    or (ram is not None and (isinstance(ram, bool) or not isinstance(ram, int)))):
                raise ValueError("bad field")
            version = data.get("version")
            config = data.get("voice_config")
            if config is not None and (not isinstance(config, dict) or len(json.dumps(config)) > MAX_VOICE_CONFIG):
                raise ValueError("bad voice_config")
            return cls(sha256=sha, kind=kind, name=name, size=size,
                       version=str(version) if version is not None else None,
                       pack_id=str(data["pack_id"]) if data.get("pack_id") is not None else None,
                       licence=str(data.get("licence") or "")[:200], ram_needed_bytes=ram,
                       cpu_features=tuple(str(f) for f in data.get("cpu_features") or ())[:16],
                       added_at=str(data.get("added_at") or ""), origin=str(data.get("origin") or "operator"),
                       voice_config=config)
        except (KeyError, TypeError, ValueError) as exc:
            raise CatalogueRefused("bad_item", f"malformed catalogue item {str(data)[:200]!r}: {exc}",
                                   "Danh mục nhận được không đúng dạng.") from None

    @property
    def label(self) -> str:
        return f"{self.pack_id or self.name} {self.version}" if self.version else self.name


def safe_name(name: str) -> str:
    """A file name with nothing a file system or a path could misread."""
    cleaned = _SAFE_NAME.sub("-", Path(name).name).strip(".-")
    return cleaned[:120] or "item"


def kind_of(path: Path, given: str | None) -> str:
    if given:
        if given not in KINDS:
            raise CatalogueRefused("bad_kind", f"kind must be one of {KINDS}", "Loại tệp không đúng.")
        return given
    kind = SUFFIX_KINDS.get(path.suffix.lower())
    if kind is None:
        raise CatalogueRefused("unknown_kind", f"{path.name}: say --kind pack|model|voice",
                               "Không biết đây là gói bài học, mô hình hay giọng đọc.")
    return kind


def read_voice_config(config_path: Path) -> dict[str, Any]:
    """A Piper voice's NAME.onnx.json, checked like the app checks it (tutor.audio.voicepacks)."""
    from tutor.audio.voicepacks import BadVoicePack, _read_config

    try:
        if config_path.is_file() and config_path.stat().st_size > MAX_VOICE_CONFIG:
            raise CatalogueRefused("bad_voice", f"{config_path}: config over {MAX_VOICE_CONFIG} bytes",
                                   "Tệp cấu hình giọng đọc quá lớn.")
        return _read_config(config_path)
    except BadVoicePack as exc:
        raise CatalogueRefused("bad_voice", exc.log_message, exc.user_message) from None


def describe_file(path: Path, kind: str, original_name: str) -> dict[str, Any]:
    """The fields the file itself vouches for; raises CatalogueRefused when it is not what it claims."""
    size = path.stat().st_size
    if kind == "pack":
        from tutor.lessons.errors import PackError
        from tutor.lessons.pack_verify import verify_pack

        try:
            pack = verify_pack(path)
        except PackError as exc:
            raise CatalogueRefused("bad_pack", f"{original_name}: {exc.log_message}", exc.user_message) from None
        return {"pack_id": pack.pack_id, "version": pack.version,
                "name": safe_name(f"{pack.pack_id}-{pack.version}.bdpack")}
    if kind == "model":
        from tutor.local_llm.gguf import GgufError, read_header
        from tutor.local_llm.registry import estimate_ram

        try:
            header = read_header(path)
        except GgufError as exc:
            raise CatalogueRefused("bad_model", f"{original_name}: {exc.log_message}", exc.user_message) from None
        licence = header.metadata.get("general.license")
        return {"name": safe_name(original_name), "ram_needed_bytes": estimate_ram(header),
                "cpu_features": MODEL_CPU_FEATURES, "licence": licence if isinstance(licence, str) else ""}
    # A Piper voice in onnxruntime holds about 2.5x its file (tutor.audio.voicepacks.VoicePack.ram_needed_mb).
    return {"name": safe_name(original_name), "ram_needed_bytes": int(size * 2.5) + VOICE_RUNTIME_BYTES}
