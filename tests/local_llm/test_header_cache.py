"""The registry remembers what it learned from a GGUF header between starts,
and reads the header again when the file changed."""

import os

from tests.local_llm.ggufmaker import with_kv, write_gguf
from tutor.local_llm import gguf as g
from tutor.local_llm import registry
from tutor.local_llm.header_cache import CACHE_NAME, HeaderCache


def test_an_unchanged_model_is_not_parsed_again_across_starts(tmp_path):
    model = tmp_path / "tiny.gguf"
    write_gguf(model)
    first = HeaderCache.beside(tmp_path)
    header = first.read(model)
    assert first.parsed == 1
    again = HeaderCache.beside(tmp_path)   # the next start: a new process, the file on disk
    cached = again.read(model)
    assert again.parsed == 0
    assert cached == header
    assert cached.control_tokens == header.control_tokens and cached.metadata == header.metadata


def test_a_changed_file_is_read_again(tmp_path):
    model = tmp_path / "tiny.gguf"
    write_gguf(model)
    cache = HeaderCache.beside(tmp_path)
    assert cache.read(model).name == "Tiny Test"
    write_gguf(model, kv=with_kv(**{"general.name": (g.T_STRING, "Another Model")}))
    stat = model.stat()
    os.utime(model, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # a coarse clock
    later = HeaderCache.beside(tmp_path)
    assert later.read(model).name == "Another Model"
    assert later.parsed == 1


def test_a_file_touched_or_resized_is_read_again(tmp_path):
    model = tmp_path / "tiny.gguf"
    write_gguf(model)
    HeaderCache.beside(tmp_path).read(model)
    stat = model.stat()
    os.utime(model, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    touched = HeaderCache.beside(tmp_path)
    touched.read(model)
    assert touched.parsed == 1
    with open(model, "ab") as f:
        f.write(b"\0" * 64)   # padding after the tensors: still a good GGUF, another size
    grown = HeaderCache.beside(tmp_path)
    assert grown.read(model).file_size == model.stat().st_size
    assert grown.parsed == 1


def test_a_damaged_cache_file_only_costs_the_parse(tmp_path):
    model = tmp_path / "tiny.gguf"
    write_gguf(model)
    (tmp_path / CACHE_NAME).write_text("{not json", encoding="utf-8")
    cache = HeaderCache.beside(tmp_path)
    assert cache.read(model).architecture == "llama"
    assert HeaderCache.beside(tmp_path).read(model).architecture == "llama"


def test_the_registry_scan_uses_the_cache_beside_the_models(tmp_path):
    write_gguf(tmp_path / "tiny.gguf")
    first = registry.available_models(tmp_path)
    assert (tmp_path / CACHE_NAME).is_file()
    assert [m.file_name for m in first.models if m.source == "installed"] == ["tiny.gguf"]
    # Make the parser unusable: the second scan must still describe the model.
    original = g._parse
    g._parse = lambda *_a, **_k: (_ for _ in ()).throw(AssertionError("parsed again"))
    try:
        second = registry.available_models(tmp_path)
    finally:
        g._parse = original
    assert [m.header for m in second.models if m.source == "installed"] == \
        [m.header for m in first.models if m.source == "installed"]
