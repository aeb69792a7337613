"""The real espeak-ng library from espeakng-loader, driven through ctypes."""

from __future__ import annotations

import threading

import pytest

from tests.audio.signals import dbfs, fundamental_hz, sound_duration_s
from tutor.audio.errors import VoiceNotFound
from tutor.audio.espeak import MAX_RATE, MIN_RATE, EspeakEngine
from tutor.audio.voices import CENTRAL, NORTHERN, SOUTHERN, VOICES, Voice
from tutor.cancel import Cancelled, CancelToken

# Every syllable has the level tone (thanh ngang), so the voice's pitch stays
# near its base and a pitch estimate compares like with like across speeds.
LEVEL_TONE_SENTENCE = "Anh ba đi xa, em ra sân chơi với cô ba."
SYLLABLES = 11

# Bounds for speech at speed 1.0, per syllable, pauses included:
# 0.12 s is over 8 syllables a second, faster than fluent conversation
# (about 5 to 6); 0.35 s is under 3 a second, slower than careful reading
# aloud. A clip outside them is truncated, padded with silence or garbled.
MIN_S_PER_SYLLABLE, MAX_S_PER_SYLLABLE = 0.12, 0.35
NOT_SILENT_DBFS = -40.0


@pytest.fixture(scope="module")
def engine():
    return EspeakEngine()


def speak(engine, text=LEVEL_TONE_SENTENCE, voice=NORTHERN, speed=1.0, cancel=None):
    return engine.synthesize(text, voice, speed, cancel or CancelToken())


@pytest.mark.parametrize("voice", VOICES, ids=lambda v: v.key)
def test_each_vietnamese_voice_speaks_a_sentence_of_plausible_length(engine, voice):
    clip = speak(engine, voice=voice)

    assert clip.sample_rate == engine.sample_rate == 22050
    assert (clip.channels, clip.sample_width) == (1, 2)
    assert dbfs(clip) > NOT_SILENT_DBFS
    per_syllable = sound_duration_s(clip) / SYLLABLES
    assert MIN_S_PER_SYLLABLE <= per_syllable <= MAX_S_PER_SYLLABLE


def test_slower_speed_is_longer_and_keeps_the_pitch(engine):
    clips = {speed: speak(engine, speed=speed) for speed in (0.75, 1.0, 1.25)}
    durations = {speed: sound_duration_s(clip) for speed, clip in clips.items()}

    assert durations[0.75] > durations[1.0] > durations[1.25]
    assert durations[0.75] / durations[1.25] > 1.3  # the rate really changed, not rounding noise
    pitch = {speed: fundamental_hz(clip) for speed, clip in clips.items()}
    assert 70 < pitch[1.0] < 300  # a speaking voice, not a harmonic or noise
    for speed in (0.75, 1.25):
        assert abs(pitch[speed] - pitch[1.0]) / pitch[1.0] < 0.10


def test_rate_follows_speed_within_the_library_limits():
    engine = EspeakEngine(base_rate=175)
    assert engine.rate_for(1.0) == 175
    assert engine.rate_for(0.75) == 131
    assert engine.rate_for(1.25) == 219
    assert EspeakEngine(base_rate=100).rate_for(0.5) == MIN_RATE
    assert EspeakEngine(base_rate=400).rate_for(2.0) == MAX_RATE
    with pytest.raises(ValueError):
        engine.rate_for(5.0)


def test_empty_text_gives_an_empty_clip(engine):
    assert speak(engine, text="").is_empty
    assert speak(engine, text="  \n ").is_empty


class PausesOnFirstPoll(CancelToken):
    """Holds the synthesis inside its first audio callback until the test has cancelled."""

    def __init__(self):
        super().__init__()
        self.polls = 0
        self.first_poll = threading.Event()
        self.resume = threading.Event()

    @property
    def cancelled(self) -> bool:
        self.polls += 1
        if self.polls == 1:
            self.first_poll.set()
            self.resume.wait(timeout=30)
        return super().cancelled


def test_cancel_from_another_thread_stops_a_long_synthesis(engine):
    long_text = ("Hôm nay chúng ta học cách dùng trí tuệ nhân tạo một cách an toàn. " * 300)[:20_000]
    token = PausesOnFirstPoll()
    outcome = {}

    def work():
        try:
            outcome["clip"] = engine.synthesize(long_text, NORTHERN, 1.0, token)
        except Cancelled:
            outcome["cancelled"] = True

    worker = threading.Thread(target=work)
    worker.start()
    assert token.first_poll.wait(timeout=30)
    token.cancel()
    token.resume.set()
    worker.join(timeout=30)

    assert not worker.is_alive()
    assert outcome == {"cancelled": True}
    # Uncancelled, this text is about 18 minutes of audio: some 20 000 callbacks.
    assert token.polls <= 2


def test_the_engine_works_normally_after_a_cancelled_synthesis(engine):
    before = sound_duration_s(speak(engine))
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        speak(engine, text="Một câu dài. " * 200, cancel=token)

    after = sound_duration_s(speak(engine))
    assert abs(after - before) < 0.1  # no audio left over from the cancelled text


def test_calls_from_several_threads_are_serialised_and_all_complete(engine):
    results: list[object] = []

    def work(voice):
        try:
            results.append(speak(engine, voice=voice))
        except Exception as exc:  # reported through the assertion below
            results.append(exc)

    threads = [threading.Thread(target=work, args=(voice,)) for voice in (NORTHERN, CENTRAL, SOUTHERN) * 2]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert len(results) == len(threads)
    for clip in results:
        assert not isinstance(clip, Exception), clip
        assert MIN_S_PER_SYLLABLE <= sound_duration_s(clip) / SYLLABLES <= MAX_S_PER_SYLLABLE


def test_an_unknown_voice_is_refused_and_the_next_call_still_speaks(engine):
    with pytest.raises(VoiceNotFound) as error:
        speak(engine, voice=Voice("nowhere", "xx-no-such-voice", "Không có"))
    assert "giọng" in error.value.user_message.lower()

    assert dbfs(speak(engine, voice=SOUTHERN)) > NOT_SILENT_DBFS
