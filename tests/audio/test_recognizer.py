"""Speech in: the offline recogniser hears natural recordings, listening streams partial text
and stops on silence or on request, and the fake behaves like the real one."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from tutor.audio.clip import AudioClip
from tutor.audio.listen import ClipSource, listen
from tutor.audio.recognizer import FakeRecognizer, VietAsrRecognizer
from tutor.cancel import Cancelled, CancelToken

SPEECH = Path(__file__).resolve().parents[1] / "fixtures" / "speech"


def recording(name: str) -> AudioClip:
    return AudioClip.from_wav_bytes((SPEECH / name).read_bytes())


def words(text: str) -> list[str]:
    import re

    return re.sub(r"[^\w\s]", " ", text.lower()).split()


@pytest.fixture(scope="module")
def recognizer():
    pytest.importorskip("vietasr")
    return VietAsrRecognizer()


def test_the_fixture_recordings_say_what_their_manifest_says():
    meta = json.loads((SPEECH / "recordings.json").read_text(encoding="utf-8"))
    assert meta["licence"] == "Apache-2.0" and "vieneu" in meta["source"]
    for name in meta["recordings"]:
        clip = recording(name)
        assert clip.sample_rate == 16_000 and 2.0 < clip.duration_s < 8.0


def test_a_natural_recording_is_heard_word_for_word(recognizer):
    heard = recognizer.transcribe(recording("vieneu_ly.wav"))
    assert words(heard) == words("Chúng ta có thể áp dụng logic tương tự với người khác.")


def test_listening_gives_growing_partial_text_then_stops_on_silence(recognizer):
    clip = recording("vieneu_doan.wav")
    # the sentence, a long pause, then more talk that must not be heard: the pause ends it
    source = ClipSource(clip + AudioClip.silence(2.0, clip.sample_rate) + recording("vieneu_ly.wav"))
    partials: list[str] = []
    heard = listen(recognizer, source, CancelToken(), partials.append)
    assert heard.stopped_by == "silence"
    assert words(heard.text) == words(
        "Nuôi con theo phong cách Do Thái, không chỉ tốt cho đứa trẻ, mà còn tốt cho cả các bậc cha mẹ.")
    assert len(partials) >= 3 and partials[-1] == heard.text
    assert all(len(words(a)) <= len(words(b)) + 1 for a, b in zip(partials, partials[1:]))
    assert heard.audio_s < clip.duration_s + 2.0  # stopped inside the pause


def test_a_stop_request_keeps_what_was_heard(recognizer):
    stop = threading.Event()
    seen: list[str] = []

    def on_partial(text: str) -> None:
        seen.append(text)
        if len(text.split()) >= 3:
            stop.set()  # the second press of the button

    heard = listen(recognizer, ClipSource(recording("vieneu_doan.wav")), CancelToken(), on_partial, stop)
    assert heard.stopped_by == "stop"
    assert 3 <= len(words(heard.text)) < 20 and heard.text.startswith("nuôi con")


def test_cancel_drops_the_utterance():
    cancel = CancelToken()
    cancel.cancel()
    source = ClipSource(AudioClip.silence(1.0, 16_000))
    with pytest.raises(Cancelled):
        listen(FakeRecognizer(), source, cancel)


def test_nobody_speaking_ends_listening():
    heard = listen(FakeRecognizer(), ClipSource(AudioClip.silence(10.0, 16_000), tail_silence_s=0),
                   CancelToken(), no_speech_s=3.0)
    assert heard.stopped_by == "no-speech" and heard.audio_s == pytest.approx(3.0, abs=0.2)


def test_the_fake_recognizer_hears_a_word_per_step():
    session = FakeRecognizer("xin chào cả lớp", seconds_per_word=0.5).open_session(16_000)
    assert session.accept(bytes(16_000)) == "xin"          # 0.5 s
    assert session.accept(bytes(32_000)) == "xin chào cả"  # 1.5 s
    assert session.finish() == "xin chào cả lớp"
