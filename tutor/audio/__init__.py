"""Read-aloud, fully offline: espeak-ng's Vietnamese voices and recorded narration.

Qt-free. The UI runs the iterators on its worker pool and plays the clips
(16-bit mono WAV bytes from ``AudioClip.to_wav_bytes``) in order.

- ``engine.SpeechEngine``: the back-end interface; ``espeak.EspeakEngine`` the
  real one, ``engine.FakeSpeechEngine`` for UI tests.
- ``stream.speak_stream``: text to clips, a sentence at a time.
- ``narration.Narrator``: recorded narration when present, synthetic otherwise;
  ``narration.TeacherNarrations``: recordings made on this PC.
- ``processing``: loudness, silence trimming, 16-bit mono WAV (pydub).
- ``stretch``: tempo change keeping pitch, for recordings.
- ``speakable``: lesson Markdown to sentences espeak reads well.
"""
