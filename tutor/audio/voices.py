"""The Vietnamese voices and speeds a learner can choose."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Voice:
    key: str          # stable, stored in settings
    espeak_name: str  # what espeak_SetVoiceByName takes
    label: str        # shown to people (Vietnamese)


NORTHERN = Voice("north", "vi", "Giọng miền Bắc")
CENTRAL = Voice("central", "vi-vn-x-central", "Giọng miền Trung")
SOUTHERN = Voice("south", "vi-vn-x-south", "Giọng miền Nam")

VOICES: tuple[Voice, ...] = (NORTHERN, CENTRAL, SOUTHERN)
DEFAULT_VOICE = NORTHERN


def voice_by_key(key: str | None) -> Voice:
    """The voice stored under ``key``; the default for an unknown or missing key
    (a setting written by a newer version must not break reading aloud)."""
    return next((v for v in VOICES if v.key == key), DEFAULT_VOICE)


SPEEDS: tuple[float, ...] = (0.75, 1.0, 1.25)
SPEED_LABELS = {0.75: "Chậm", 1.0: "Vừa", 1.25: "Nhanh"}
MIN_SPEED, MAX_SPEED = 0.5, 2.0


def check_speed(speed: float) -> float:
    speed = float(speed)
    if not MIN_SPEED <= speed <= MAX_SPEED:  # also refuses NaN
        raise ValueError(f"speed {speed} outside {MIN_SPEED}..{MAX_SPEED}")
    return speed
