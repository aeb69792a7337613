"""Display preferences: a light module the UI can import before the store is open."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

TEXT_SIZES_PT = (14, 17, 20, 24, 28)
TEXT_SIZE_NAMES_VI = ("Nhỏ", "Vừa", "Lớn", "Rất lớn", "Lớn nhất")
LANGUAGES = ("vi", "en")
IDLE_CHOICES_MIN = (0, 2, 5, 10, 15, 30)
SPEECH_SPEEDS = (0.75, 1.0, 1.25)
VOICE_KEYS = ("north", "central", "south")


@dataclass(frozen=True)
class DisplayPrefs:
    text_size: int = 1          # index into TEXT_SIZES_PT
    high_contrast: bool = False
    language: str = "vi"
    speech_speed: float = 1.0   # read-aloud tempo; pitch is kept
    voice: str = "north"        # Vietnamese voice: northern, central or southern
    speak_controls: bool = True  # say what a big button does on focus or hover (first-timers)

    @classmethod
    def from_dict(cls, data: dict[str, Any], base: "DisplayPrefs | None" = None) -> "DisplayPrefs":
        base = base or cls()
        size = data.get("text_size", base.text_size)
        lang = data.get("language", base.language)
        speed = data.get("speech_speed", base.speech_speed)
        voice = data.get("voice", base.voice)
        return cls(
            text_size=size if isinstance(size, int) and 0 <= size < len(TEXT_SIZES_PT) else base.text_size,
            high_contrast=bool(data.get("high_contrast", base.high_contrast)),
            language=lang if lang in LANGUAGES else base.language,
            speech_speed=speed if speed in SPEECH_SPEEDS else base.speech_speed,
            voice=voice if voice in VOICE_KEYS else base.voice,
            speak_controls=bool(data.get("speak_controls", base.speak_controls)),
        )

    @property
    def point_size(self) -> int:
        return TEXT_SIZES_PT[self.text_size]


def learner_display(prefs: dict[str, Any], pc_default: DisplayPrefs) -> DisplayPrefs:
    """A learner's own choices over the PC's defaults."""
    return DisplayPrefs.from_dict(prefs, base=pc_default)
