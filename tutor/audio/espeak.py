"""Speech through the espeak-ng C library, loaded from the espeakng-loader package.

espeak-ng keeps one synthesiser per process, with global voice and
parameters, and is not re-entrant: one module-level lock serialises every
call, whichever ``EspeakEngine`` makes it. Synthesis runs in synchronous mode:
``espeak_Synth`` returns when the text is spoken, handing audio to our
callback chunk by chunk; the callback answers "abort" as soon as the caller's
cancel token is set.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
import threading
import unicodedata

from tutor.audio.clip import AudioClip
from tutor.audio.errors import SpeechFailed, SpeechUnavailable, VoiceNotFound
from tutor.audio.voices import Voice, check_speed
from tutor.cancel import Cancelled, CancelToken

log = logging.getLogger(__name__)

# From espeak-ng's speak_lib.h.
_AUDIO_OUTPUT_SYNCHRONOUS = 2
_INITIALIZE_DONT_EXIT = 0x8000  # return an error instead of calling exit() when data is missing
_CHARS_UTF8 = 1
_POS_CHARACTER = 1
_RATE, _PITCH = 1, 3
_EE_OK, _EE_NOT_FOUND = 0, 2
_CHUNK_MS = 50  # audio per callback: how soon a cancel is noticed

MIN_RATE, MAX_RATE = 80, 450  # words per minute espeak-ng accepts
DEFAULT_RATE = 175            # espeak-ng's own default; unhurried for Vietnamese


class _VoiceStruct(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p), ("languages", ctypes.c_char_p), ("identifier", ctypes.c_char_p),
        ("gender", ctypes.c_ubyte), ("age", ctypes.c_ubyte), ("variant", ctypes.c_ubyte),
        ("xx1", ctypes.c_ubyte), ("score", ctypes.c_int), ("spare", ctypes.c_void_p),
    ]


_SynthCallback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)


class _Job:
    def __init__(self, cancel: CancelToken):
        self.cancel = cancel
        self.chunks: list[bytes] = []
        self.aborted = False


class _Library:
    """The loaded library. Use only while holding ``_LOCK``."""

    def __init__(self, library_path: str, data_path: str):
        try:
            lib = ctypes.CDLL(library_path)
        except OSError as exc:
            raise SpeechUnavailable(f"cannot load {library_path}: {exc}") from exc
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_SetSynthCallback.argtypes = [_SynthCallback]
        lib.espeak_SetSynthCallback.restype = None
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetVoiceByName.restype = ctypes.c_int
        lib.espeak_GetCurrentVoice.argtypes = []
        lib.espeak_GetCurrentVoice.restype = ctypes.POINTER(_VoiceStruct)
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_SetParameter.restype = ctypes.c_int
        lib.espeak_Synth.argtypes = [
            ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int, ctypes.c_uint,
            ctypes.c_uint, ctypes.POINTER(ctypes.c_uint), ctypes.c_void_p,
        ]
        lib.espeak_Synth.restype = ctypes.c_int
        rate = lib.espeak_Initialize(
            _AUDIO_OUTPUT_SYNCHRONOUS, _CHUNK_MS, _native_path(data_path), _INITIALIZE_DONT_EXIT)
        if rate <= 0:
            raise SpeechUnavailable(f"espeak_Initialize failed ({rate}) with data at {data_path}")
        self.lib = lib
        self.sample_rate = rate
        self.paths = (library_path, data_path)
        self._job: _Job | None = None
        self._voice_name: str | None = None
        self._callback = _SynthCallback(self._on_audio)  # keep a reference: the C side holds a raw pointer
        lib.espeak_SetSynthCallback(self._callback)

    def _on_audio(self, wav, sample_count: int, _events) -> int:
        job = self._job
        if job is None:
            return 1
        if job.cancel.cancelled:
            job.aborted = True
            return 1
        if wav and sample_count > 0:
            job.chunks.append(ctypes.string_at(wav, sample_count * 2))
        return 0

    def select_voice(self, name: str) -> None:
        if name == self._voice_name:
            return
        result = self.lib.espeak_SetVoiceByName(name.encode("ascii"))
        current = self.lib.espeak_GetCurrentVoice()
        # A voice name espeak does not know can leave the previous voice in place:
        # check the language really is Vietnamese before reading Vietnamese with it.
        languages = current.contents.languages if current else None
        if result != _EE_OK or not languages or b"vi" not in languages:
            self._voice_name = None
            raise VoiceNotFound(name)
        self._voice_name = name

    def synthesize(self, text: str, voice_name: str, rate: int, pitch: int, cancel: CancelToken) -> bytes:
        self.select_voice(voice_name)
        self.lib.espeak_SetParameter(_RATE, rate, 0)
        self.lib.espeak_SetParameter(_PITCH, pitch, 0)
        encoded = text.encode("utf-8")
        job = _Job(cancel)
        self._job = job
        try:
            result = self.lib.espeak_Synth(encoded, len(encoded) + 1, 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None)
        finally:
            self._job = None
        if job.aborted:
            raise Cancelled()
        if result != _EE_OK:
            raise SpeechFailed(f"espeak_Synth returned {result}")
        pcm = b"".join(job.chunks)
        if sys.byteorder == "big":  # espeak writes native shorts; our clips are little-endian
            from array import array

            swapped = array("h", pcm)
            swapped.byteswap()
            pcm = swapped.tobytes()
        return pcm


_LOCK = threading.Lock()
_library: _Library | None = None
_IGNORED_DATA: set[str] = set()


def _default_paths() -> tuple[str, str]:
    try:
        import espeakng_loader
    except ImportError as exc:
        raise SpeechUnavailable("the espeakng-loader package is not installed") from exc
    try:
        return espeakng_loader.get_library_path(), espeakng_loader.get_data_path()
    except RuntimeError as exc:  # raised when the bundled data folder is missing
        raise SpeechUnavailable(str(exc)) from exc


def _load(library_path: str | None, data_path: str | None) -> _Library:
    """The process's one library, loaded on first use (call holding ``_LOCK``)."""
    global _library
    if _library is not None:
        if library_path and library_path != _library.paths[0]:
            log.warning("espeak-ng is already loaded from %s; ignoring %s", _library.paths[0], library_path)
        if data_path and data_path != _library.paths[1] and data_path not in _IGNORED_DATA:
            _IGNORED_DATA.add(data_path)  # said once, not at every sentence
            log.warning("espeak-ng already reads its data from %s; ignoring %s", _library.paths[1], data_path)
        return _library
    if not (library_path and data_path):
        default_library, default_data = _default_paths()
        library_path, data_path = library_path or default_library, data_path or default_data
    _library = _Library(library_path, data_path)
    log.info("espeak-ng loaded from %s, data %s, %d Hz", library_path, data_path, _library.sample_rate)
    return _library


def _native_path(path: str) -> bytes:
    if sys.platform == "win32":
        # espeak-ng opens its data with the C library's narrow-character calls, which
        # fail on a path with Vietnamese letters (a Windows user named Nguyễn). The
        # 8.3 short form of the same folder is plain ASCII.
        buffer = ctypes.create_unicode_buffer(32768)
        if ctypes.windll.kernel32.GetShortPathNameW(path, buffer, len(buffer)):
            path = buffer.value
        return path.encode("mbcs", "replace")
    return os.fsencode(path)


class EspeakEngine:
    """``SpeechEngine`` backed by espeak-ng. Cheap to create; the library loads on first use.

    ``base_rate`` is the words-per-minute at speed 1.0; a speed multiplies it.
    espeak changes tempo without touching pitch, so 0.75x sounds slower, not lower.
    """

    def __init__(self, base_rate: int = DEFAULT_RATE, pitch: int = 50,
                 library_path: str | None = None, data_path: str | None = None):
        if not 0 <= pitch <= 100:
            raise ValueError("pitch runs from 0 to 100")
        self.base_rate = base_rate
        self.pitch = pitch
        self._paths = (library_path, data_path)

    def rate_for(self, speed: float) -> int:
        return max(MIN_RATE, min(MAX_RATE, round(self.base_rate * check_speed(speed))))

    @property
    def sample_rate(self) -> int:
        with _LOCK:
            return _load(*self._paths).sample_rate

    def synthesize(self, text: str, voice: Voice, speed: float, cancel: CancelToken) -> AudioClip:
        rate = self.rate_for(speed)
        text = unicodedata.normalize("NFC", text).replace("\x00", " ")
        # Wait for another thread's synthesis without ignoring our own cancel.
        while not _LOCK.acquire(timeout=0.05):
            cancel.raise_if_cancelled()
        try:
            cancel.raise_if_cancelled()
            library = _load(*self._paths)
            if not text.strip():
                return AudioClip(b"", library.sample_rate)
            pcm = library.synthesize(text, voice.espeak_name, rate, self.pitch, cancel)
            return AudioClip(pcm, library.sample_rate)
        finally:
            _LOCK.release()
