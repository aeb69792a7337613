"""Sentence streaming, teacher recordings, and the choice between recorded and synthetic voice."""

from __future__ import annotations

import threading

import pytest

from tests.audio.signals import dbfs, harmonic_tone, leading_silence_s
from tutor.audio.clip import AudioClip
from tutor.audio.engine import FakeSpeechEngine
from tutor.audio.errors import BadRecording, SpeechUnavailable
from tutor.audio.espeak import EspeakEngine
from tutor.audio.narration import (
    FirstRecording, Narrator, RecordingsInMemory, TeacherNarrations, prepare_recording,
)
from tutor.audio.processing import TARGET_DBFS
from tutor.audio.stream import SENTENCE_PAUSE_S, speak_all, speak_stream
from tutor.audio.voices import NORTHERN, SOUTHERN
from tutor.cancel import Cancelled, CancelToken

TWO_SENTENCES = "Xin chào bà con. Hôm nay chúng ta học cách hỏi trí tuệ nhân tạo."


def teacher_wav(seconds_of_silence=1.0, amplitude=0.02, rate=44_100) -> bytes:
    """What a microphone capture looks like: a pause, quiet speech, a pause, in stereo."""
    silence = AudioClip.silence(seconds_of_silence, rate)
    mono = silence + harmonic_tone(170, 1.2, rate, amplitude=amplitude) + silence
    stereo = AudioClip(b"".join(mono.pcm[i:i + 2] * 2 for i in range(0, len(mono.pcm), 2)), rate, 2, 2)
    return stereo.to_wav_bytes()


# --- streaming ---------------------------------------------------------------

def test_text_streams_one_clip_per_sentence_with_a_pause_between():
    engine = FakeSpeechEngine()
    clips = list(speak_stream(engine, TWO_SENTENCES, SOUTHERN, 1.25, CancelToken()))

    assert [call[0] for call in engine.calls] == ["Xin chào bà con.", "Hôm nay chúng ta học cách hỏi trí tuệ nhân tạo."]
    assert {call[1:] for call in engine.calls} == {("south", 1.25)}
    assert len(clips) == 2
    words_first = 4 * engine.seconds_per_word / 1.25
    assert clips[0].duration_s == pytest.approx(words_first + SENTENCE_PAUSE_S / 1.25, abs=0.01)
    assert clips[1].duration_s == pytest.approx(11 * engine.seconds_per_word / 1.25, abs=0.01)
    assert all((c.channels, c.sample_width) == (1, 2) for c in clips)


def test_the_first_clip_is_ready_before_the_second_sentence_is_synthesised():
    engine = FakeSpeechEngine()
    stream = speak_stream(engine, TWO_SENTENCES, NORTHERN, 1.0, CancelToken())
    next(stream)
    assert len(engine.calls) == 1


def test_synthetic_speech_comes_out_at_the_common_loudness():
    clips = list(speak_stream(EspeakEngine(), TWO_SENTENCES, NORTHERN, 1.0, CancelToken()))
    assert len(clips) == 2
    assert dbfs(clips[1]) == pytest.approx(TARGET_DBFS, abs=1.0)


def test_cancel_between_sentences_stops_the_stream():
    token = CancelToken()
    engine = FakeSpeechEngine()
    stream = speak_stream(engine, TWO_SENTENCES, NORTHERN, 1.0, token)
    next(stream)
    token.cancel()
    with pytest.raises(Cancelled):
        next(stream)
    assert len(engine.calls) == 1


def test_cancel_while_waiting_for_a_busy_engine():
    gate = threading.Event()
    token = CancelToken()
    engine = FakeSpeechEngine(gate=gate)
    outcome = []

    def work():
        try:
            list(speak_stream(engine, TWO_SENTENCES, NORTHERN, 1.0, token))
            outcome.append("finished")
        except Cancelled:
            outcome.append("cancelled")

    worker = threading.Thread(target=work)
    worker.start()
    assert engine.started.wait(timeout=30)  # the worker is inside the engine, held by the gate
    token.cancel()
    worker.join(timeout=30)
    assert outcome == ["cancelled"]
    assert not gate.is_set()


@pytest.mark.parametrize("garbage", ["", "   ", "😀🎉👍🏽❤️", "**\n\n---"])
def test_nothing_to_say_yields_no_clips(garbage):
    engine = FakeSpeechEngine()
    assert list(speak_stream(engine, garbage, NORTHERN, 1.0, CancelToken())) == []
    assert speak_all(engine, garbage, NORTHERN, 1.0, CancelToken()) is None
    assert engine.calls == []


def test_twenty_thousand_characters_start_playing_after_one_short_sentence():
    wall = ("Hôm nay trời đẹp, chúng ta cùng học bài mới về cách dùng điện thoại " * 400)[:20_000]
    engine = EspeakEngine()
    stream = speak_stream(engine, wall, NORTHERN, 1.0, CancelToken())

    first = next(stream)
    stream.close()

    assert 0.5 < first.duration_s < 60  # one bounded piece, not eighteen minutes of audio
    assert dbfs(first) > -40


def test_a_missing_speech_library_says_so_in_vietnamese(tmp_path):
    import tutor.audio.espeak as espeak_module

    saved = espeak_module._library
    espeak_module._library = None
    try:
        engine = EspeakEngine(library_path=str(tmp_path / "no-such-libespeak.so"), data_path=str(tmp_path))
        with pytest.raises(SpeechUnavailable) as error:
            engine.synthesize("Xin chào.", NORTHERN, 1.0, CancelToken())
    finally:
        espeak_module._library = saved
    assert "đọc chữ trên màn hình" in error.value.user_message


# --- teacher recordings ------------------------------------------------------

def test_a_teacher_recording_is_trimmed_normalised_and_stored_per_section(tmp_path):
    store = TeacherNarrations.in_data_dir(tmp_path)

    stored = store.save("l1.ai-la-gi", 2, teacher_wav())

    assert store.path("l1.ai-la-gi", 2) == tmp_path / "narration" / "l1.ai-la-gi" / "2.wav"
    assert (stored.channels, stored.sample_width, stored.sample_rate) == (1, 2, 44_100)
    assert leading_silence_s(stored) <= 0.06
    assert dbfs(stored) == pytest.approx(TARGET_DBFS, abs=0.5)
    assert store.recording("l1.ai-la-gi", 2) == stored
    assert store.recording("l1.ai-la-gi", 1) is None
    assert store.sections("l1.ai-la-gi") == [2]
    assert store.has("l1.ai-la-gi", 2) and not store.has("l1.ai-la-gi", 3)


def test_recording_again_replaces_and_delete_removes(tmp_path):
    store = TeacherNarrations.in_data_dir(tmp_path)
    store.save("l1.ai-la-gi", 0, teacher_wav())
    second = store.save("l1.ai-la-gi", 0, teacher_wav(seconds_of_silence=0.2, amplitude=0.2))

    assert store.recording("l1.ai-la-gi", 0) == second
    assert [p.name for p in store.path("l1.ai-la-gi", 0).parent.iterdir()] == ["0.wav"]  # no temp files left
    assert store.delete("l1.ai-la-gi", 0) is True
    assert store.delete("l1.ai-la-gi", 0) is False
    assert store.recording("l1.ai-la-gi", 0) is None


@pytest.mark.parametrize("wav, phrase", [
    (b"garbage", "hỏng"),
    (AudioClip.silence(3.0, 16_000).to_wav_bytes(), "Không nghe thấy tiếng"),
])
def test_a_bad_recording_is_refused_and_keeps_the_old_one(tmp_path, wav, phrase):
    store = TeacherNarrations.in_data_dir(tmp_path)
    kept = store.save("l2.anh", 1, teacher_wav())

    with pytest.raises(BadRecording) as error:
        store.save("l2.anh", 1, wav)

    assert phrase in error.value.user_message
    assert store.recording("l2.anh", 1) == kept


def test_an_over_long_recording_is_refused(monkeypatch):
    import tutor.audio.narration as narration

    monkeypatch.setattr(narration, "MAX_RECORDING_S", 2)
    with pytest.raises(BadRecording) as error:
        prepare_recording(teacher_wav(seconds_of_silence=1.0))
    assert "dài quá" in error.value.user_message


@pytest.mark.parametrize("lesson_id, section", [("../etc", 0), ("l1/x", 0), ("", 0), ("l1.a", -1), ("l1.a", True)])
def test_keys_that_could_escape_the_folder_are_refused(tmp_path, lesson_id, section):
    with pytest.raises(ValueError):
        TeacherNarrations.in_data_dir(tmp_path).path(lesson_id, section)


def test_a_damaged_stored_recording_falls_back_to_the_synthetic_voice(tmp_path):
    store = TeacherNarrations.in_data_dir(tmp_path)
    store.save("l1.a", 0, teacher_wav())
    store.path("l1.a", 0).write_bytes(b"RIFF\x00")

    engine = FakeSpeechEngine()
    narration = Narrator(engine, store).section("l1.a", 0, "Đọc phần này.", NORTHERN, 1.0, CancelToken())

    assert narration.recorded is False
    assert len(list(narration.clips)) == 1


# --- recorded first, synthetic otherwise ---------------------------------------

def test_the_teacher_recording_is_played_instead_of_the_synthetic_voice(tmp_path):
    store = TeacherNarrations.in_data_dir(tmp_path)
    stored = store.save("l1.a", 3, teacher_wav())
    engine = FakeSpeechEngine()
    narrator = Narrator(engine, store)

    recorded = narrator.section("l1.a", 3, "Văn bản của phần ba.", NORTHERN, 0.75, CancelToken())
    played = list(recorded.clips)
    synthetic = narrator.section("l1.a", 4, "Văn bản của phần bốn.", NORTHERN, 0.75, CancelToken())

    assert recorded.recorded is True
    assert sum(c.duration_s for c in played) == pytest.approx(stored.duration_s / 0.75, rel=0.03)
    assert synthetic.recorded is False
    assert len(list(synthetic.clips)) == 1
    assert [call[0] for call in engine.calls] == ["Văn bản của phần bốn."]


def test_the_teachers_recording_comes_before_the_packs(tmp_path):
    store = TeacherNarrations.in_data_dir(tmp_path)
    teacher = store.save("l1.a", 0, teacher_wav())
    pack_clip = harmonic_tone(120, 0.5, 16_000)
    pack = RecordingsInMemory({("l1.a", 0): pack_clip.to_wav_bytes(), ("l1.a", 1): pack_clip.to_wav_bytes(),
                               ("l1.a", 2): b"broken"})
    sources = FirstRecording(store, pack)

    assert sources.recording("l1.a", 0) == teacher
    assert sources.recording("l1.a", 1) == pack_clip
    assert sources.recording("l1.a", 2) is None
    assert sources.recording("l9.none", 0) is None


def test_a_recorded_wav_given_directly_is_preferred_and_a_broken_one_is_not():
    engine = FakeSpeechEngine()
    narrator = Narrator(engine)
    good = harmonic_tone(120, 0.5, 16_000).to_wav_bytes()

    assert narrator.narrate("Chữ.", NORTHERN, 1.0, CancelToken(), recording=good).recorded is True
    fallback = narrator.narrate("Chữ.", NORTHERN, 1.0, CancelToken(), recording=b"broken")
    assert fallback.recorded is False
    assert len(list(fallback.clips)) == 1


def test_speak_all_joins_the_sentences_and_reports_progress():
    engine = FakeSpeechEngine()
    reports = []
    whole = speak_all(engine, TWO_SENTENCES, NORTHERN, 1.0, CancelToken(), lambda f, m: reports.append((f, m)))

    assert whole.duration_s == pytest.approx((4 + 11) * engine.seconds_per_word + SENTENCE_PAUSE_S, abs=0.01)
    assert [f for f, _ in reports] == [0.0, 0.5, 1.0]
    assert reports[1][1] == "Hôm nay chúng ta học cách hỏi trí tuệ nhân tạo."


def test_a_speed_outside_the_range_is_refused_before_any_work():
    engine = FakeSpeechEngine()
    with pytest.raises(ValueError):
        speak_stream(engine, TWO_SENTENCES, NORTHERN, 3.0, CancelToken())
    with pytest.raises(ValueError):
        Narrator(engine).text(TWO_SENTENCES, NORTHERN, float("nan"), CancelToken())
    assert engine.calls == []
