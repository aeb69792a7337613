"""The first join of a chunked bundled model survives being cut short: the next
start goes on from where it stopped instead of copying everything again."""

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.local_llm.ggufmaker import write_gguf
from tutor.cancel import Cancelled, CancelToken
from tutor.local_llm import registry
from tutor.local_llm.bundled import BundledModel
from tutor.local_llm.header_cache import CACHE_NAME


@dataclass(frozen=True)
class ChunkedModel(BundledModel):
    parts: tuple[Path, ...] = ()
    sha: str = ""

    def package_file(self):
        return None

    def expected_sha256(self):
        return self.sha

    def chunks(self):
        return list(self.parts)


@pytest.fixture
def chunked(tmp_path, monkeypatch):
    monkeypatch.setattr(registry, "COPY_CHUNK", 4096)
    whole = write_gguf(tmp_path / "whole.gguf", extra_bytes=200_000)
    data = whole.read_bytes()
    parts = []
    for index, start in enumerate(range(0, len(data), 60_000)):
        part = tmp_path / "pkg" / f"model.gguf.part{index}"
        part.parent.mkdir(exist_ok=True)
        part.write_bytes(data[start:start + 60_000])
        parts.append(part)
    model = ChunkedModel("tiny", "Tiny", "model.gguf", "tiny-dist", "MIT", tuple(parts),
                         hashlib.sha256(data).hexdigest())
    return model, data


class CancelAfter(CancelToken):
    """Cancels once ``limit`` bytes were joined, as closing the app would."""

    def __init__(self, limit: int):
        super().__init__()
        self.limit = limit

    def progress(self, fraction: float, _message: str) -> None:
        if fraction * self.total >= self.limit:
            self.cancel()


def test_an_interrupted_join_resumes_where_it_stopped(chunked, tmp_path):
    model, data = chunked
    models = tmp_path / "models"
    stop = CancelAfter(150_000)
    stop.total = len(data)
    with pytest.raises(Cancelled):
        registry.install_bundled(model, models, stop, stop.progress)
    partial = registry.resume_path(models, model.file_name)
    kept = partial.stat().st_size
    assert 150_000 <= kept < len(data)
    assert not (models / model.file_name).exists()          # never the real name half done

    assert registry.clean_partials(models) == 0              # the start's clean-up keeps it
    fractions = []
    info = registry.install_bundled(model, models, progress=lambda f, _m: fractions.append(f))
    assert fractions[0] * len(data) > kept                   # went on from there, not from zero
    assert info.path.read_bytes() == data
    assert info.sha256 == model.sha and info.bundled_key == "tiny"
    assert not partial.exists()


def test_a_resumed_join_with_a_damaged_tail_starts_again(chunked, tmp_path):
    model, data = chunked
    models = tmp_path / "models"
    models.mkdir()
    partial = registry.resume_path(models, model.file_name)
    partial.write_bytes(data[:100_000] + b"\xff" * 5_000)    # a power cut left garbage
    with pytest.raises(registry.ModelImportError):
        registry.install_bundled(model, models)
    assert not partial.exists()
    info = registry.install_bundled(model, models)           # the next start joins from zero
    assert info.path.read_bytes() == data


def test_the_joined_model_is_described_from_the_header_cache(chunked, tmp_path):
    model, _data = chunked
    models = tmp_path / "models"
    registry.install_bundled(model, models)
    assert registry.install_bundled(model, models).header.architecture == "llama"
    assert (models / CACHE_NAME).is_file()
